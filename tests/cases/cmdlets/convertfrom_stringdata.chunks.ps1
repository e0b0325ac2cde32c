# Source: ConvertFrom-StringData (PowerShell 7.4 reference: examples), PowerShell's test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertFrom-StringData.Tests.ps1, and ConvertFrom-StringData.cs with its messages (ConvertFromStringData.resx). The reference shows a .NET Hashtable's entries in hash order, which changes from process to process; the chunks here sort the entries by name.
# Example 1
$Here = @'
Msg1 = The string parameter is required.
Msg2 = Credentials are required for this command.
Msg3 = The specified variable doesn't exist.
'@
(ConvertFrom-StringData -StringData $Here).GetEnumerator() | Sort-Object Name
#=>
# Name                           Value
# ----                           -----
# Msg1                           The string parameter is required.
# Msg2                           Credentials are required for this command.
# Msg3                           The specified variable doesn't exist.
---
# Example 2: another delimiter
$StringData = @'
color|red
model|coupe
year|1965
condition|mint
'@
$carData = ConvertFrom-StringData -StringData $StringData -Delimiter '|'
$carData.GetEnumerator() | Sort-Object Name
#=>
# Name                           Value
# ----                           -----
# color                          red
# condition                      mint
# model                          coupe
# year                           1965
---
# Example 3: blank lines and comments are skipped
(ConvertFrom-StringData -StringData @'
Name = Disks.ps1

# Category is optional.

Category = Storage
Cost = Free
'@).GetEnumerator() | Sort-Object Name
#=>
# Name                           Value
# ----                           -----
# Category                       Storage
# Cost                           Free
# Name                           Disks.ps1
---
# Example 4: pairs separated by `n in one string
$A = ConvertFrom-StringData -StringData "Top = Red `n Bottom = Blue"
$A.Count; $A.Top; $A.Bottom
#=>
# 2
# Red
# Blue
---
# Example 5: in a DATA section
$TextMsgs = DATA {
ConvertFrom-StringData @'
Text001 = The $Notebook variable contains the name of the user's system notebook.
Text002 = The $MyNotebook variable contains the name of the user's private notebook.
'@
}
$TextMsgs.GetEnumerator() | Sort-Object Name
#=>
# Name                           Value
# ----                           -----
# Text001                        The $Notebook variable contains the name of the user's system notebook.
# Text002                        The $MyNotebook variable contains the name of the user's private notebook.
---
# Example 6: from the pipeline
$Here = @'
Msg1 = The string parameter is required.
Msg2 = Credentials are required for this command.
'@
$Hash = $Here | ConvertFrom-StringData
$Hash.Msg1; $Hash.Msg2
#=>
# The string parameter is required.
# Credentials are required for this command.
---
# Example 7: \n in a value is a new line (Regex.Unescape). The reference shows "Didn't go forth" where its input has
# "Did not go forth"; ConvertFrom-StringData.cs changes nothing but the escapes, so the input's words are kept here.
(ConvertFrom-StringData @"
Vincentio = Heaven doth with us as we with torches do,\nNot light them for themselves; for if our virtues\nDid not go forth of us, 'twere all alike\nAs if we had them not.
Angelo = Let there be some more test made of my metal,\nBefore so noble and so great a figure\nBe stamp'd upon it.
"@).GetEnumerator() | Sort-Object Name | Format-List
#=>
# Name  : Angelo
# Value : Let there be some more test made of my metal,
#         Before so noble and so great a figure
#         Be stamp'd upon it.
#
# Name  : Vincentio
# Value : Heaven doth with us as we with torches do,
#         Not light them for themselves; for if our virtues
#         Did not go forth of us, 'twere all alike
#         As if we had them not.
---
# Example 8: \\ is a backslash
ConvertFrom-StringData "Message=Look in c:\\Windows\\System32"
#=>
# Name                           Value
# ----                           -----
# Message                        Look in c:\Windows\System32
---
# ConvertFrom-StringData.Tests.ps1: a Hashtable; the key left of the delimiter, the value right of it
$result = ConvertFrom-StringData -StringData 'a=b'
$result -is [hashtable]
$result.Keys
$result.Values
$sampleData = @'
foo  = 0
bar  = 1
bazz = 2
'@
(ConvertFrom-StringData -StringData $sampleData).Keys | Sort-Object
#=>
# True
# a
# b
# bar
# bazz
# foo
---
# ConvertFrom-StringData.Tests.ps1: "Delimiter parameter tests" (the value stays a string)
$r = ConvertFrom-StringData -StringData 'value:10' -Delimiter ':'
$r.Keys; $r['value']; $r['value'].GetType().Name
(ConvertFrom-StringData -StringData 'a-b' -Delimiter '-')['a']
('c,d' | ConvertFrom-StringData -Delimiter ',')['c']
#=>
# value
# 10
# String
# b
# d
---
# ConvertFrom-StringData.Tests.ps1: a line without the delimiter stops the command (InvalidDataLine)
foreach ($line in 'ab', 'a,b', 'a b', 'a\tb', 'a:b', "#comments here`nabc`ndef=content of def") {
    try { ConvertFrom-StringData $line } catch { $_.FullyQualifiedErrorId; "[$($_.Exception.Message)]" }
}
#=>
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'ab' is not in 'name=value' format. ]
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'a,b' is not in 'name=value' format. ]
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'a b' is not in 'name=value' format. ]
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'a\tb' is not in 'name=value' format. ]
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'a:b' is not in 'name=value' format. ]
# InvalidOperation,Microsoft.PowerShell.Commands.ConvertFromStringDataCommand
# [Data line 'abc' is not in 'name=value' format. ]
---
# ConvertFrom-StringData.cs: a line starting with the delimiter has no name; a name given twice (keys ignore case)
# is an error (DataItemAlreadyDefined); an empty string gives an empty Hashtable
try { ConvertFrom-StringData '=x' } catch { $_.Exception.Message }
try { ConvertFrom-StringData "Key = 1`nKEY = 2" } catch { $_.Exception.Message }
(ConvertFrom-StringData '').Count
(ConvertFrom-StringData 'Name = x')['NAME']
#=>
# Data line '=x' is not in 'name=value' format.
# Data item 'KEY' in line 'KEY = 2' is already defined.
# 0
# x
---
# The description: lines are trimmed, a comment's # must be the first non-blank character, \t is a tab
$h = ConvertFrom-StringData "   # a comment`n  key = a\tb  "
$h.Count
$h.key -replace "`t", '<tab>'
ConvertFrom-StringData 'a:b' ':'
#=>
# 1
# a<tab>b
#
# Name                           Value
# ----                           -----
# a                              b
