# Source: about_Requires (#Requires -Version, -Modules: "If the required modules aren't in the current session,
# PowerShell imports them", -PSEdition) with the messages of DiscoveryExceptions.resx (RequiresPSVersionNotCompatible,
# RequiresMissingModules), and about_Using (`using module` imports a module; a relative path is from the script's
# folder).
New-Item -ItemType Directory mods/Greet | Out-Null
Set-Content mods/Greet/Greet.psm1 'function Get-Greeting($Name) { "Hello, $Name" }'
$env:PSModulePath = "$PWD/mods"
Set-Content needs.ps1 "#Requires -Version 7.0`n#Requires -Modules Greet`n#requires -PSEdition Core`nGet-Greeting Req"
./needs.ps1
Set-Content future.ps1 "#Requires -Version 99.0`n'never printed'"
try { ./future.ps1 } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
Set-Content missing.ps1 "#Requires -Modules NotThere`n'never printed'"
try { ./missing.ps1 } catch { $_.Exception.Message }
#=>
# Hello, Req
# The script 'future.ps1' cannot be run because it contained a "#requires" statement for PowerShell 99.0. The version of PowerShell that is required by the script does not match the currently running version of PowerShell 7.4.6.
# ScriptRequiresUnmatchedPSVersion
# The script 'missing.ps1' cannot be run because the following modules that are specified by the "#requires" statements of the script are missing: NotThere.
---
New-Item -ItemType Directory lib | Out-Null
Set-Content lib/Calc.psm1 'function Add-Numbers($a, $b) { $a + $b }'
Set-Content uses.ps1 "using module ./lib/Calc.psm1`nAdd-Numbers 40 2"
./uses.ps1
#=>
# 42
