# Source: about_Classes_Methods (PowerShell 7.4 docs). Skipped: CookieJar (it defines its method with Update-TypeData). Where the page's output shows the current time, the chunk first defines a Get-Date function giving the page's moment (a function comes before a cmdlet of the same name), so the example itself runs unchanged.
# Example 1
class ExampleCube1 {
    [float]   $Height
    [float]   $Length
    [float]   $Width

    [float] GetVolume() { return $this.Height * $this.Length * $this.Width }
}

$box = [ExampleCube1]@{
    Height = 2
    Length = 2
    Width  = 3
}

$box.GetVolume()
#=>
# 12
---
# Example 2
class ExampleCube2 {
    [float]   $Height
    [float]   $Length
    [float]   $Width

    [float] GetVolume() { return $this.Height * $this.Length * $this.Width }
    [float] GetWeight([float]$Density) {
        return $this.GetVolume() * $Density
    }
}

$cube = [ExampleCube2]@{
    Height = 2
    Length = 2
    Width  = 3
}

$cube.GetWeight(2.5)
#=>
# 30
---
# Example 3. The error names this file and its line (the page ran the example at a prompt) and wraps at the width the cases run with.
class ExampleCube3 {
    [float]   $Height
    [float]   $Length
    [float]   $Width

    [float] GetVolume() {
        $this.Validate()

        return $this.Height * $this.Length * $this.Width
    }

    [void] Validate() {
        $InvalidProperties = @()
        foreach ($Property in @('Height', 'Length', 'Width')) {
            if ($this.$Property -le 0) {
                $InvalidProperties += $Property
            }
        }

        if ($InvalidProperties.Count -gt 0) {
            $Message = @(
                'Invalid cube properties'
                "('$($InvalidProperties -join "', '")'):"
                "Cube dimensions must all be positive numbers."
            ) -join ' '
            throw $Message
        }
    }
}

$Cube = [ExampleCube3]@{ Length = 1 ; Width = -1 }
$Cube

$Cube.GetVolume()
#=>
# Height Length Width
# ------ ------ -----
#   0.00   1.00 -1.00
#!>
# Exception: <casedir>/about_classes_methods.chunks.ps1:69
# Line |
#   69 |              throw $Message
#      |              ~~~~~~~~~~~~~~
#      | Invalid cube properties ('Height', 'Width'): Cube dimensions must all be positive numbers.
---
# Example 4 (both blocks in order). The error names this file and its line (the page ran the example at a prompt).
class ExampleCube4 {
    [float]   $Height
    [float]   $Length
    [float]   $Width

    static [float] GetVolume(
        [float]$Height,
        [float]$Length,
        [float]$Width,
        [boolean]$Strict
    ) {
        $Signature = "[ExampleCube4]::GetVolume({0}, {1}, {2}, {3})"
        $Signature = $Signature -f $Height, $Length, $Width, $Strict
        Write-Verbose "Called $Signature"

        if ($Strict) {
            [ValidateScript({$_ -gt 0 })]$Height = $Height
            [ValidateScript({$_ -gt 0 })]$Length = $Length
            [ValidateScript({$_ -gt 0 })]$Width  = $Width
        }

        return $Height * $Length * $Width
    }

    static [float] GetVolume([float]$Height, [float]$Length, [float]$Width) {
        $Signature = "[ExampleCube4]::GetVolume($Height, $Length, $Width)"
        Write-Verbose "Called $Signature"

        return [ExampleCube4]::GetVolume($Height, $Length, $Width, $true)
    }

    [float] GetVolume() {
        Write-Verbose "Called `$this.GetVolume()"
        return [ExampleCube4]::GetVolume(
            $this.Height,
            $this.Length,
            $this.Width
        )
    }
}

$VerbosePreference = 'Continue'
$Cube = [ExampleCube4]@{ Height = 2 ; Length = 2 }
$Cube.GetVolume()

[ExampleCube4]::GetVolume($Cube.Height, $Cube.Length, $Cube.Width, $false)
#=>
# VERBOSE: Called $this.GetVolume()
# VERBOSE: Called [ExampleCube4]::GetVolume(2, 2, 0)
# VERBOSE: Called [ExampleCube4]::GetVolume(2, 2, 0, True)
# VERBOSE: Called [ExampleCube4]::GetVolume(2, 2, 0, False)
# 0
#!>
# MetadataError: <casedir>/about_classes_methods.chunks.ps1:108
# Line |
#  108 |              [ValidateScript({$_ -gt 0 })]$Width  = $Width
#      |              ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | The variable cannot be validated because the value 0 is not a valid value for the Width variable.
---
# Method signatures and overloads (CardDeck): the page defines the class and shows no output.
class CardDeck {
    [string[]]$Cards  = @()
    hidden [string[]]$Dealt  = @()
    hidden [string[]]$Suits  = @('Clubs', 'Diamonds', 'Hearts', 'Spades')
    hidden [string[]]$Values = 2..10 + @('Jack', 'Queen', 'King', 'Ace')

    CardDeck() {
        foreach($Suit in $this.Suits) {
            foreach($Value in $this.Values) {
                $this.Cards += "$Value of $Suit"
            }
        }
        $this.Shuffle()
    }

    [void] Shuffle() {
        $this.Cards = $this.Cards + $this.Dealt | Where-Object -FilterScript {
             -not [string]::IsNullOrEmpty($_)
        } | Get-Random -Count $this.Cards.Count
    }

    [string] Deal() {
        if ($this.Cards.Count -eq 0) { throw "There are no cards left." }

        $Card        = $this.Cards[0]
        $this.Cards  = $this.Cards[1..$this.Cards.Count]
        $this.Dealt += $Card

        return $Card
    }

    [string[]] Deal([int]$Count) {
        if ($Count -gt $this.Cards.Count) {
            throw "There are only $($this.Cards.Count) cards left."
        } elseif ($Count -lt 1) {
            throw "You must deal at least 1 card."
        }

        return (1..$Count | ForEach-Object { $this.Deal() })
    }
}
---
# Derived class methods (its blocks in order), with Get-Date giving the page's moment for each block. The page
# ran the blocks at a prompt, minutes apart; here the clock moves to each block's moment before it runs.
$PageNow = [datetime]'2023-11-06 09:41:23'
function Get-Date { $PageNow }
class BaseClass {
    static [datetime] Now() {
        return Get-Date
    }
    static [datetime] DaysAgo([int]$Count) {
        return [BaseClass]::Now().AddDays(-$Count)
    }

    [datetime] $TimeStamp = [BaseClass]::Now()

    [string] ToString() {
        return $this.TimeStamp.ToString()
    }

    [void] SetTimeStamp([datetime]$TimeStamp) {
        $this.TimeStamp = $TimeStamp
    }
    [void] SetTimeStamp() {
        $this.TimeStamp = [BaseClass]::Now()
    }
}

class DerivedClassA : BaseClass     {}
class DerivedClassB : BaseClass     {
    static [string] DaysAgo([int]$Count) {
        return [BaseClass]::DaysAgo($Count).ToString('yyyy-MM-dd')
    }
    [string] ToString() {
        return $this.TimeStamp.ToString('yyyy-MM-dd')
    }
}
class DerivedClassC : BaseClass {
    [void] SetTimeStamp() {
        $this.SetTimeStamp([BaseClass]::Now().AddDays(-10))
    }
}

"[BaseClass]::Now()     => $([BaseClass]::Now())"
"[DerivedClassA]::Now() => $([DerivedClassA]::Now())"
"[DerivedClassB]::Now() => $([DerivedClassB]::Now())"
"[DerivedClassC]::Now() => $([DerivedClassC]::Now())"

$PageNow = [datetime]'2023-11-06 09:41:38'
"[BaseClass]::DaysAgo(3)     => $([BaseClass]::DaysAgo(3))"
"[DerivedClassA]::DaysAgo(3) => $([DerivedClassA]::DaysAgo(3))"
"[DerivedClassB]::DaysAgo(3) => $([DerivedClassB]::DaysAgo(3))"
"[DerivedClassC]::DaysAgo(3) => $([DerivedClassC]::DaysAgo(3))"

$PageNow = [datetime]'2023-11-06 09:44:57'
"`$base = [BaseClass]::new()     => $($base = [BaseClass]::new(); $base)"
"`$a    = [DerivedClassA]::new() => $($a = [DerivedClassA]::new(); $a)"
"`$b    = [DerivedClassB]::new() => $($b = [DerivedClassB]::new(); $b)"
"`$c    = [DerivedClassC]::new() => $($c = [DerivedClassC]::new(); $c)"

[datetime]$Stamp = '2024-10-31'
"`$base.SetTimeStamp(`$Stamp) => $($base.SetTimeStamp($Stamp) ; $base)"
"`$a.SetTimeStamp(`$Stamp)    => $($a.SetTimeStamp($Stamp); $a)"
"`$b.SetTimeStamp(`$Stamp)    => $($b.SetTimeStamp($Stamp); $b)"
"`$c.SetTimeStamp(`$Stamp)    => $($c.SetTimeStamp($Stamp); $c)"

$PageNow = [datetime]'2023-11-06 09:53:58'
"`$base.SetTimeStamp() => $($base.SetTimeStamp() ; $base)"
"`$a.SetTimeStamp()    => $($a.SetTimeStamp(); $a)"
"`$b.SetTimeStamp()    => $($b.SetTimeStamp(); $b)"
"`$c.SetTimeStamp()    => $($c.SetTimeStamp(); $c)"
#=>
# [BaseClass]::Now()     => 11/06/2023 09:41:23
# [DerivedClassA]::Now() => 11/06/2023 09:41:23
# [DerivedClassB]::Now() => 11/06/2023 09:41:23
# [DerivedClassC]::Now() => 11/06/2023 09:41:23
# [BaseClass]::DaysAgo(3)     => 11/03/2023 09:41:38
# [DerivedClassA]::DaysAgo(3) => 11/03/2023 09:41:38
# [DerivedClassB]::DaysAgo(3) => 2023-11-03
# [DerivedClassC]::DaysAgo(3) => 11/03/2023 09:41:38
# $base = [BaseClass]::new()     => 11/6/2023 9:44:57 AM
# $a    = [DerivedClassA]::new() => 11/6/2023 9:44:57 AM
# $b    = [DerivedClassB]::new() => 2023-11-06
# $c    = [DerivedClassC]::new() => 11/6/2023 9:44:57 AM
# $base.SetTimeStamp($Stamp) => 10/31/2024 12:00:00 AM
# $a.SetTimeStamp($Stamp)    => 10/31/2024 12:00:00 AM
# $b.SetTimeStamp($Stamp)    => 2024-10-31
# $c.SetTimeStamp($Stamp)    => 10/31/2024 12:00:00 AM
# $base.SetTimeStamp() => 11/6/2023 9:53:58 AM
# $a.SetTimeStamp()    => 11/6/2023 9:53:58 AM
# $b.SetTimeStamp()    => 2023-11-06
# $c.SetTimeStamp()    => 10/27/2023 9:53:58 AM
