# Source: Import-PowerShellDataFile (PowerShell 7.4 reference, example 1), PowerShell's PowerShellData.tests.ps1 (v7.4.19), ImportPowerShellDataFile.cs and Ast.SafeGetValue (SafeValues.cs; message from AutomationExceptions.resx)
Set-Content -Path Configuration.psd1 -Value @'
@{
    AllNodes = @(
        @{
            NodeName = 'DSC-01'
        }
        @{
            NodeName = 'DSC-02'
        }
    )
}
'@
$config = Import-PowerShellDataFile .\Configuration.psd1
$config.AllNodes
#=>
# Name                           Value
# ----                           -----
# NodeName                       DSC-01
# NodeName                       DSC-02
---
Set-Content -Path gooddatafile -Value '@{ "Hello" = "World" }'
$result = Import-PowerShellDataFile gooddatafile -ErrorAction Stop
$result.Hello
$result.GetType().FullName
#=>
# World
# System.Collections.Hashtable
---
try { Import-PowerShellDataFile -Path /SomeMissingDirectory -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Import-PowerShellDataFile $PWD -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
#=>
# PathNotFound,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
# PathNotFound,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
---
Set-Content -Path insecure.psd1 -Value '@{ Foo = Get-Process }'
try { Import-PowerShellDataFile insecure.psd1 -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
#=>
# System.InvalidOperationException,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
# Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: @{ Foo = Get-Process }.
---
Set-Content -Path NotAPSDataFile -Value '"Hello World"'
try { Import-PowerShellDataFile NotAPSDataFile -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
#=>
# CouldNotParseAsPowerShellDataFileNoHashtableRoot,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
---
$largePsd1Builder = [System.Text.StringBuilder]::new('@{')
1..501 | ForEach-Object { $null = $largePsd1Builder.Append("key$_ = $_;") }
$null = $largePsd1Builder.Append('}')
Set-Content -Path large.psd1 -Value $largePsd1Builder.ToString()
try { Import-PowerShellDataFile large.psd1 } catch { $_.FullyQualifiedErrorId }
$result = Import-PowerShellDataFile large.psd1 -SkipLimitCheck
$result.Keys.Count
#=>
# System.InvalidOperationException,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
# 501
---
Set-Content -Path insecure2.psd1 -Value '@{ Foo = [object] (calc.exe) }'
try { Import-PowerShellDataFile insecure2.psd1 -SkipLimitCheck -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
#=>
# System.InvalidOperationException,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
---
Set-Content -Path values.psd1 -Value @'
@{
    Text = 'plain'
    Expanded = "on: $true, off: $false, none: [$null]"
    Number = 42
    Negative = -1
    List = 'a', 'b'
    Array = @(1, @{ Inner = $true })
    Cast = [int] '7'
}
'@
$data = Import-PowerShellDataFile values.psd1
$data.Text
$data.Expanded
$data.Number + 1
$data.Negative
$data.List -join '+'
$data.Array[1].Inner
$data.Cast.GetType().FullName
#=>
# plain
# on: True, off: False, none: []
# 43
# -1
# a+b
# True
# System.Int32
---
Set-Content -Path dynamic.psd1 -Value '@{ Home = "$HOME" }'
try { Import-PowerShellDataFile dynamic.psd1 } catch { $_.Exception.Message }
Set-Content -Path sum.psd1 -Value '@{ Sum = 1 + 1 }'
try { Import-PowerShellDataFile sum.psd1 } catch { $_.Exception.Message }
#=>
# Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: @{ Home = "$HOME" }.
# Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: @{ Sum = 1 + 1 }.
---
Set-Content -Path broken.psd1 -Value '@{ a = '
Import-PowerShellDataFile broken.psd1 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message -replace [regex]::Escape("$PWD"), '.'
#=>
# CouldNotParseAsPowerShellDataFile,Microsoft.PowerShell.Commands.ImportPowerShellDataFileCommand
# The file './broken.psd1' could not be parsed as a PowerShell Data File.
---
(Get-Command Import-PowerShellDataFile).Source
#=>
# Microsoft.PowerShell.Utility
