# Source: Get-Variable, Set-Variable, New-Variable, Remove-Variable, Clear-Variable (PowerShell 7.4 reference)
Set-Variable -Name "desc" -Value "A description"
Get-Variable -Name "desc"
#=>
# Name                           Value
# ----                           -----
# desc                           A description
---
$zA = 1; $zB = 'two'
Get-Variable -Name z* | ForEach-Object { "$($_.Name)=$($_.Value)" }
Get-Variable zB -ValueOnly
(Get-Variable zA).pstypenames[0]
#=>
# zA=1
# zB=two
# two
# System.Management.Automation.PSVariable
---
Get-Variable -Name nosuchvar -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
#=>
# VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand
# Cannot find a variable with the name 'nosuchvar'.
---
New-Variable -Name days -Value 1
New-Variable -Name days -Value 2 -ErrorAction SilentlyContinue
$days
$Error[0].FullyQualifiedErrorId
New-Variable -Name days -Value 3 -Force
$days
#=>
# 1
# VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand
# 3
---
New-Variable -Name max -Value 256 -Option ReadOnly
Set-Variable -Name max -Value 512 -ErrorAction SilentlyContinue
$max
$Error[0].FullyQualifiedErrorId
Set-Variable -Name max -Value 1024 -Force
$max
(Get-Variable max).Options
#=>
# 256
# VariableNotWritable,Microsoft.PowerShell.Commands.SetVariableCommand
# 1024
# ReadOnly
---
$a = 3
&{ Clear-Variable a }
$a
#=>
# 3
---
$b = 4
Clear-Variable b
$null -eq $b
Remove-Variable b
Get-Variable b -ErrorAction SilentlyContinue
(Test-Path variable:b)
#=>
# True
# False
---
function Set-Outer { Set-Variable -Name outer -Value 'from function' -Scope 1 }
function Set-Global { Set-Variable -Name glob -Value 'global value' -Scope Global }
function Set-Local { Set-Variable -Name loc -Value 'local value' }
Set-Outer; Set-Global; Set-Local
$outer; $glob; $null -eq $loc
#=>
# from function
# global value
# True
---
$x = 1
function Show-Scopes { $x = 2; Get-Variable x -ValueOnly; Get-Variable x -Scope 1 -ValueOnly; Get-Variable x -Scope Local -ValueOnly }
Show-Scopes
#=>
# 2
# 1
# 2
---
1, 2, 3 | Set-Variable -Name piped
$piped -join ','
Set-Variable -Name multi -Value 1, 2 -PassThru | ForEach-Object { $_.Value.Count }
#=>
# 1,2,3
# 2
