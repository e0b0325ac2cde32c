# Source: Measure-Command (PowerShell 7.4 reference, examples 3-5), PowerShell's Measure-Command.Tests.ps1 (v7.4.19) and TimeExpressionCommand.cs (one TimeSpan at the end; the block's output goes to a null pipe)
(Measure-Command { Get-Date }).GetType().FullName
#=>
# System.TimeSpan
---
Measure-Command { Write-Output hi } | ForEach-Object { $_ -is [timespan] }
#=>
# True
---
$result = Measure-Command { 'a'; 'b' }
@($result).Count
#=>
# 1
---
@(10, 20, 50 | Measure-Command -Expression { for ($i=0; $i -lt $_; $i++) {$i} }).Count
#=>
# 1
---
$times = 10, 20, 50 | Measure-Command -Expression {for ($i=0; $i -lt $_; $i++) {$i}; "$($_)" | Out-Default }
$times.GetType().Name
#=>
# 10
# 20
# 50
# TimeSpan
---
$foo = 'Value 1'
$null = Measure-Command { $foo = 'Value 2' }
$foo
$null = Measure-Command { & { $foo = 'Value 3' } }
$foo
#=>
# Value 2
# Value 2
---
(Get-Command Measure-Command).Source
#=>
# Microsoft.PowerShell.Utility
