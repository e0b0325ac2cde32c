# Source: about_Enum (PowerShell 7.4 docs, ms.date 11/20/2023): Examples 1-4, "Format", "IsDefined", and
# "Formatting enumeration values" for a flag enumeration, each with the output the page shows; the -bor case
# follows PowerShell's source (Binders.cs casts a bitwise result to the left operand's enum type).
enum MarkdownUnorderedListCharacter {
    Asterisk
    Dash
    Plus
}
$ValuesToConvert = @(0, 'Asterisk', 1, 'Dash', 2, 'Plus')
foreach ($Value in $ValuesToConvert) {
    [MarkdownUnorderedListCharacter]$EnumValue = $Value

    [pscustomobject]@{
        AssignedValue = $Value
        Enumeration   = $EnumValue
        AreEqual      = $Value -eq $EnumValue
    }
}
#=>
# AssignedValue Enumeration AreEqual
# ------------- ----------- --------
#             0    Asterisk     True
#      Asterisk    Asterisk     True
#             1        Dash     True
#          Dash        Dash     True
#             2        Plus     True
#          Plus        Plus     True
---
enum MediaTypes {
    unknown
    music   = 10
    mp3
    aac
    ogg     = 15
    oga     = 15
    mogg    = 15
    picture = 20
    jpg
    jpeg    = 21
    png
    video   = 40
    mpg
    mpeg    = 41
    avi
    m4v
}
[MediaTypes].GetEnumName(15)
[MediaTypes]::png
[MediaTypes]::png -eq 22
#=>
# ogg
# png
# True
---
[Flags()] enum FileAttributes {
    Archive    = 1
    Compressed = 2
    Device     = 4
    Directory  = 8
    Encrypted  = 16
    Hidden     = 32
}

[FileAttributes]$file1 =  [FileAttributes]::Archive
[FileAttributes]$file1 += [FileAttributes]::Compressed
[FileAttributes]$file1 += [FileAttributes]::Device
"file1 attributes are: $file1"

[FileAttributes]$file2 = [FileAttributes]28 ## => 16 + 8 + 4
"file2 attributes are: $file2"
($file2 -band [FileAttributes]::Device) -eq [FileAttributes]::Device
($file2 -band [FileAttributes]::Archive) -eq [FileAttributes]::Archive
$file1.HasFlag([FileAttributes]::Device)
$file1.HasFlag([FileAttributes]::Hidden)
#=>
# file1 attributes are: Archive, Compressed, Device
# file2 attributes are: Device, Directory, Encrypted
# True
# False
# True
# False
---
enum EndOfLine {
    CR   = 1
    LF   = 2
    CRLF = 3
}

function ConvertTo-LineEndingRegex {
    [CmdletBinding()]
    param (
        [Parameter(ValueFromPipeline)]
        [EndOfLine[]]$InputObject
    )

    process {
        switch ($InputObject) {
            CR   {  '\r'  }
            LF   {  '\n'  }
            CRLF { '\r\n' }
        }
    }
}

[EndOfLine]::CR | ConvertTo-LineEndingRegex

'CRLF' | ConvertTo-LineEndingRegex

ConvertTo-LineEndingRegex 2
#=>
# \r
# \r\n
# \n
---
enum TaskState {
    ToDo
    Doing
    Done
}

# String format template for the statements
$Statement = "[System.Enum]::Format([TaskState], {0}, '{1}')"

foreach ($Format in @('G', 'D', 'X', 'F')) {
    $StatementToDo  = $Statement -f 0, $Format
    $StatementDoing = $Statement -f "([TaskState]'Doing')", $Format
    $StatementDone  = $Statement -f '[TaskState]::Done', $Format
    $FormattedToDo  = [System.Enum]::Format(
      [TaskState], 0, $Format
    )
    $FormattedDoing = [System.Enum]::Format(
        [TaskState], ([TaskState]'Doing'), $Format
    )
    $FormattedDone  = [System.Enum]::Format(
      [TaskState], [TaskState]::Done, $Format
    )

    "{0,-62} => {1}" -f $StatementToDo,  $FormattedToDo
    "{0,-62} => {1}" -f $StatementDoing, $FormattedDoing
    "{0,-62} => {1}" -f $StatementDone,  $FormattedDone
}
#=>
# [System.Enum]::Format([TaskState], 0, 'G')                     => ToDo
# [System.Enum]::Format([TaskState], ([TaskState]'Doing'), 'G')  => Doing
# [System.Enum]::Format([TaskState], [TaskState]::Done, 'G')     => Done
# [System.Enum]::Format([TaskState], 0, 'D')                     => 0
# [System.Enum]::Format([TaskState], ([TaskState]'Doing'), 'D')  => 1
# [System.Enum]::Format([TaskState], [TaskState]::Done, 'D')     => 2
# [System.Enum]::Format([TaskState], 0, 'X')                     => 00000000
# [System.Enum]::Format([TaskState], ([TaskState]'Doing'), 'X')  => 00000001
# [System.Enum]::Format([TaskState], [TaskState]::Done, 'X')     => 00000002
# [System.Enum]::Format([TaskState], 0, 'F')                     => ToDo
# [System.Enum]::Format([TaskState], ([TaskState]'Doing'), 'F')  => Doing
# [System.Enum]::Format([TaskState], [TaskState]::Done, 'F')     => Done
---
enum Season {
    Unknown
    Spring
    Summer
    Autumn
    Winter
    Fall   = 3
}

foreach ($Value in 0..5) {
    $IsValid   = [Season]::IsDefined([Season], $Value)
    $EnumValue = if ($IsValid) { [Season]$Value }

    [pscustomobject] @{
        InputValue = $Value
        IsValid    = $IsValid
        EnumValue  = $EnumValue
    }
}
#=>
# InputValue IsValid EnumValue
# ---------- ------- ---------
#          0    True   Unknown
#          1    True    Spring
#          2    True    Summer
#          3    True      Fall
#          4    True    Winter
#          5   False
---
[Flags()] enum FlagEnum {
    A = 1
    B = 2
    C = 4
}

$FlagValues = @(
    [FlagEnum]::A                                 # 1
    [FlagEnum]::B                                 # 2
    [FlagEnum]::A + [FlagEnum]::B                 # 3
    [FlagEnum]::C                                 # 4
    [FlagEnum]::C + [FlagEnum]::A                 # 5
    [FlagEnum]::C + [FlagEnum]::B                 # 6
    [FlagEnum]::C + [FlagEnum]::A + [FlagEnum]::B # 7
    [FlagEnum]::C + [FlagEnum]::C                 # 8
)

foreach ($Value in $FlagValues) {
    [pscustomobject]@{
        "ToString('G')" = $Value.ToString('G')
        "ToString('D')" = $Value.ToString('D')
        "ToString('X')" = $Value.ToString('X')
        "ToString('F')" = $Value.ToString('F')
    }
}
#=>
# ToString('G') ToString('D') ToString('X') ToString('F')
# ------------- ------------- ------------- -------------
# A             1             00000001      A
# B             2             00000002      B
# A, B          3             00000003      A, B
# C             4             00000004      C
# A, C          5             00000005      A, C
# B, C          6             00000006      B, C
# A, B, C       7             00000007      A, B, C
# 8             8             00000008      8
---
[Flags()] enum Perm { None = 0; Read = 1; Write = 2; Exec = 4 }
$p = [Perm]::Read -bor [Perm]::Write
$p
$p.GetType().Name
(-bnot [Perm]::None).GetType().Name
[Enum]::GetUnderlyingType([Perm]).Name
#=>
# Read, Write
# Perm
# Perm
# Int32
