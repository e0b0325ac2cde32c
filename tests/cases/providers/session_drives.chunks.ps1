# Source: about_Environment_Provider, about_Variable_Provider, about_Function_Provider, about_Alias_Provider.
$env:PP_ONE = 'first'
Get-Item env:PP_ONE
(Get-Item env:PP_ONE).Value
Get-ChildItem env:PP_* | ForEach-Object Name
Remove-Item env:PP_ONE
#=>
# Name                           Value
# ----                           -----
# PP_ONE                         first
# first
# PP_ONE
---
New-Item -Path env: -Name PP_TWO -Value second | ForEach-Object Value
Set-Item -Path env:PP_TWO -Value changed
Get-Content env:PP_TWO
$env:PP_TWO
Set-Content env:PP_TWO 'by set-content'
$env:PP_TWO
Remove-Item env:PP_TWO
Test-Path env:PP_TWO
$null -eq $env:PP_TWO
#=>
# second
# changed
# changed
# by set-content
# False
# True
---
$answer = 42
Get-ChildItem variable:answer
Get-Item variable:answer | ForEach-Object { $_.GetType().FullName }
Set-Content variable:answer 43
$answer
Set-Item variable:fresh -Value 'new'
$fresh
Remove-Item variable:answer
Test-Path variable:answer
#=>
# Name                           Value
# ----                           -----
# answer                         42
# System.Management.Automation.PSVariable
# 43
# new
# False
---
function Get-Thing { 'thing' }
Get-ChildItem function:Get-Thing | ForEach-Object Name
(Get-Content function:Get-Thing).ToString().Trim()
Remove-Item function:Get-Thing
Test-Path function:Get-Thing
#=>
# Get-Thing
# 'thing'
# False
---
Set-Alias gt Get-Date
Get-Item alias:gt | ForEach-Object Definition
Get-ChildItem alias:gci | ForEach-Object Definition
Remove-Item alias:gt
Test-Path alias:gt
#=>
# Get-Date
# Get-ChildItem
# False
