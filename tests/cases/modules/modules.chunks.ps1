# Source: about_Modules and about_Module_Manifests (a script module exports every function unless it calls
# Export-ModuleMember; a manifest's FunctionsToExport narrows that; module script-scope variables stay private;
# modules are found in the folders of $env:PSModulePath, in a folder named like the module, optionally inside a
# version folder), the Import-Module page (-Prefix adds the prefix to the noun; -PassThru), the Export-ModuleMember
# page (its error outside a module), Get-Module's table (PowerShellCore_format_ps1xml.cs, ViewsOf_..._PSModuleInfo:
# ModuleType 10, Version 10, PreRelease 10, Name 35, ExportedCommands), Remove-Module and New-Module's pages.
New-Item -ItemType Directory mods/Greet | Out-Null
Set-Content mods/Greet/Greet.psm1 @'
$script:count = 0
function Get-Greeting { param($Name) $script:count++; "Hello, $Name ($script:count)" }
function Get-Helper { 'helper' }
Export-ModuleMember -Function Get-Greeting
'@
$env:PSModulePath = "$PWD/mods"
Import-Module Greet
Get-Greeting Ann
Get-Greeting Bob
"count outside: [$count]"
@(Get-Command Get-Helper -ErrorAction SilentlyContinue).Count
#=>
# Hello, Ann (1)
# Hello, Bob (2)
# count outside: []
# 0
---
New-Item -ItemType Directory mods/Calc/1.2.0 | Out-Null
Set-Content mods/Calc/1.2.0/Calc.psm1 @'
function Add-Numbers($a, $b) { $a + $b }
function Invoke-Inner { Get-Private }
function Get-Private { 'private ok' }
'@
Set-Content mods/Calc/1.2.0/Calc.psd1 @'
@{
    RootModule = 'Calc.psm1'
    ModuleVersion = '1.2.0'
    Description = 'Adds numbers'
    FunctionsToExport = @('Add-Numbers', 'Invoke-Inner')
}
'@
$env:PSModulePath = "$PWD/mods"
$m = Import-Module Calc -PassThru
$m.Name, $m.Version.ToString(), $m.Description, $m.ModuleType.ToString()
Add-Numbers 2 3
Invoke-Inner
@(Get-Command Get-Private -ErrorAction SilentlyContinue).Count
Get-Module
#=>
# Calc
# 1.2.0
# Adds numbers
# Manifest
# 5
# private ok
# 0
#
# ModuleType Version    PreRelease Name                                ExportedCommands
# ---------- -------    ---------- ----                                ----------------
# Manifest   1.2.0                 Calc                                {Add-Numbers, Invoke-Inner}
---
Set-Content Tools.psm1 'function Get-Thing { "thing" }'
Import-Module ./Tools.psm1 -Prefix My
Get-MyThing
(Get-Module Tools).ModuleType.ToString()
Remove-Module Tools
@(Get-Command Get-MyThing -ErrorAction SilentlyContinue).Count
@(Get-Module).Count
#=>
# thing
# Script
# 0
# 0
---
$dynamic = New-Module -Name Dyn -ScriptBlock { function Hi { 'hi from a dynamic module' } }
Hi
$dynamic.Name
#=>
# hi from a dynamic module
# Dyn
---
Import-Module NoSuchModule
#!>
# Import-Module: <casedir>/modules.chunks.ps1:80
# Line |
#   80 |  Import-Module NoSuchModule
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | The specified module 'NoSuchModule' was not loaded because no valid module file was found in any module
#      | directory.
---
Export-ModuleMember -Function x
#!>
# Export-ModuleMember: <casedir>/modules.chunks.ps1:89
# Line |
#   89 |  Export-ModuleMember -Function x
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | The Export-ModuleMember cmdlet can only be called from inside a module.
---
# Source: about_Command_Precedence ("Module-qualified names": Module\Command runs the command from that module, e.g. Microsoft.PowerShell.Utility\Get-Date); about_Modules / PSModuleInfo.NewBoundScriptBlock (`& $module { }` runs a block in the module's session state); a script block made in a module belongs to the module's session state (ScriptBlock.SessionStateInternal)
Microsoft.PowerShell.Utility\Write-Output 'qualified'
$m = New-Module -Name MyMod -ScriptBlock {
    $script:x = 'module state'
    function Get-Thing { 'thing' }
    function Get-Block { { $script:x } }
}
MyMod\Get-Thing
$script:x = 'caller state'
& (Get-Block)
& $m { $script:x }
try { Microsoft.PowerShell.Management\Write-Output 'x' } catch { $_.FullyQualifiedErrorId }
#=>
# qualified
# thing
# module state
# module state
# CommandNotFoundException
