# Source: Get-Command, Get-Alias, Set-Alias, New-Alias and Set-StrictMode reference pages; PowerShell 7.4 on Linux prints the same.
$c = Get-Command Get-Content
$c.CommandType
$c.Name
$c.Source
$c.GetType().FullName
#=>
# Cmdlet
# Get-Content
# Microsoft.PowerShell.Management
# System.Management.Automation.CmdletInfo
---
$a = Get-Command gci
$a.CommandType
$a.Definition
$a.DisplayName
$a.ResolvedCommandName
#=>
# Alias
# Get-ChildItem
# gci -> Get-ChildItem
# Get-ChildItem
---
function Get-Thing { 'thing' }
$f = Get-Command Get-Thing
$f.CommandType
$f.GetType().Name
(Get-Command -Name Get-Thing, Get-Date).Name -join ','
#=>
# Function
# FunctionInfo
# Get-Thing,Get-Date
---
(Get-Command ConvertTo-J*).Name
(Get-Command -Name *-Location -CommandType Cmdlet | Sort-Object Name).Name -join ','
(Get-Command -Verb Split -Noun Path).Name
#=>
# ConvertTo-Json
# Get-Location,Pop-Location,Push-Location,Set-Location
# Split-Path
---
Get-Command No-SuchCommand -ErrorVariable err -ErrorAction SilentlyContinue
'next'
$err[0].FullyQualifiedErrorId
$err[0].CategoryInfo.Category
$err[0].Exception.GetType().FullName
#=>
# next
# CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand
# ObjectNotFound
# System.Management.Automation.CommandNotFoundException
---
(Get-Alias gc).Definition
(Get-Alias -Definition Get-ChildItem | Sort-Object Name).Name -join ','
(Get-Alias iex, gcm).DisplayName -join '; '
#=>
# Get-Content
# dir,gci
# iex -> Invoke-Expression; gcm -> Get-Command
---
Set-Alias now Get-Date
(Get-Alias now).Definition
(now -Date '2024-01-02').Day
New-Alias hello Write-Output
hello 'hi there'
Set-Alias hello Get-Location
(Get-Alias hello).Definition
#=>
# Get-Date
# 2
# hi there
# Get-Location
---
New-Alias x1 Get-Date
New-Alias x1 Get-Date
#=>
#!>
# New-Alias: <casedir>/commands.chunks.ps1:75
# Line |
#   75 |  New-Alias x1 Get-Date
#      |  ~~~~~~~~~~~~~~~~~~~~~
#      | The alias is not allowed, because an alias with the name 'x1' already exists.
---
Get-Alias nosuchalias
#=>
#!>
# Get-Alias: <casedir>/commands.chunks.ps1:84
# Line |
#   84 |  Get-Alias nosuchalias
#      |  ~~~~~~~~~~~~~~~~~~~~~
#      | This command cannot find a matching alias because an alias with the name 'nosuchalias' does not exist.
---
function Set-Local { Set-Alias inner Get-Date }
Set-Local
Test-Path alias:inner
function Set-Global { Set-Alias outer Get-Date -Scope Global }
Set-Global
Test-Path alias:outer
#=>
# False
# True
---
Set-StrictMode -Version Latest
try { $undefinedVariable } catch { $_.FullyQualifiedErrorId }
Set-StrictMode -Off
"[$undefinedVariable]"
#=>
# VariableIsUndefined
# []
---
(Get-Command Get-Date) -is [System.Management.Automation.CommandInfo]
(Get-Command gc) -is [System.Management.Automation.AliasInfo]
(Get-Command gc).CommandType -eq 'Alias'
#=>
# True
# True
# True
