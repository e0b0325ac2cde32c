# Source: about_Automatic_Variables, "$true", "$false", "$null"
$true
$false
$true.GetType().Name
$null -eq $null
$null -eq $undefinedVariable
#=>
# True
# False
# Boolean
# True
# True
---
# Source: about_Automatic_Variables, "$null": $null in a collection is counted and is sent down the pipeline
$a = "one", $null, "three"
$a.Count
"one", $null, "three" | ForEach-Object {"Hello " + $_}
#=>
# 3
# Hello one
# Hello
# Hello three
---
# Source: about_Automatic_Variables, "$_" and about_PSItem
1..3 | ForEach-Object { $PSItem * 10 }
1..3 | Where-Object { $_ -ne 2 }
#=>
# 10
# 20
# 30
# 1
# 3
---
# Source: about_PSItem: $_ inside a nested script block refers to the innermost pipeline
'a', 'b' | ForEach-Object { $outer = $_; 1, 2 | ForEach-Object { "$outer$_" } }
#=>
# a1
# a2
# b1
# b2
---
# Source: about_Automatic_Variables, "$Matches"
'abc123' -match '(?<letters>[a-z]+)(?<digits>\d+)'
$Matches.letters
$Matches.digits
$Matches.GetType().Name
#=>
# True
# abc
# 123
# Hashtable
---
# Source: about_Automatic_Variables, "$LASTEXITCODE" and "$?" after a native command
sh -c 'exit 3'
$?
$LASTEXITCODE
sh -c 'exit 0'
$?
$LASTEXITCODE
#=>
# False
# 3
# True
# 0
---
# Source: about_Automatic_Variables, "$LASTEXITCODE": not set until a native command runs; not changed by cmdlets
$null -eq $LASTEXITCODE
sh -c 'exit 7'
Write-Output 'cmdlet'
$LASTEXITCODE
#=>
# True
# cmdlet
# 7
---
# Source: about_Automatic_Variables, "$PSVersionTable"
$PSVersionTable.PSEdition
#=>
# Core
---
# Source: about_Automatic_Variables, "$IsLinux", "$IsWindows", "$IsMacOS", "$IsCoreCLR"
$IsLinux
$IsWindows
$IsMacOS
$IsCoreCLR
#=>
# True
# False
# False
# True
---
# Source: about_Automatic_Variables, "$PID"
$PID.GetType().Name
$PID -gt 0
#=>
# Int32
# True
---
# Source: about_Automatic_Variables, "$HOME"
$HOME -eq $env:HOME
$HOME.GetType().Name
#=>
# True
# String
---
# Source: about_Automatic_Variables, "$PWD" follows Set-Location
New-Item -ItemType Directory -Name sub | Out-Null
Set-Location sub
$PWD.Path
#=>
# <cwd>/sub
---
# Source: about_Automatic_Variables, "$PSScriptRoot" and "$PSCommandPath" in a script file
$PSScriptRoot
$PSCommandPath
Split-Path -Leaf $PSCommandPath
#=>
# <casedir>
# <casedir>/automatic_variables.chunks.ps1
# automatic_variables.chunks.ps1
---
# Source: about_Automatic_Variables, "$PSScriptRoot" is the script's folder inside functions too
function Where-Am-I { $PSScriptRoot }
Where-Am-I
#=>
# <casedir>
---
# Source: about_Automatic_Variables, "$args" in a script run without arguments
$args.Count
$args.GetType().Name
#=>
# 0
# Object[]
---
# Source: about_Automatic_Variables, "$ShellId", "$PSEdition", "$NestedPromptLevel"
$ShellId
$NestedPromptLevel
#=>
# Microsoft.PowerShell
# 0
---
# Source: about_Automatic_Variables, "$Host" and "$ExecutionContext"
$Host.Name
#=>
# ConsoleHost
---
# Source: about_Automatic_Variables, "$PSHOME" is a folder that exists
Test-Path -LiteralPath $PSHOME -PathType Container
#=>
# True
---
# Source: about_Preference_Variables: default values
$ErrorActionPreference
$WarningPreference
$VerbosePreference
$DebugPreference
$InformationPreference
$ProgressPreference
$ConfirmPreference
$WhatIfPreference
$FormatEnumerationLimit
#=>
# Continue
# Continue
# SilentlyContinue
# SilentlyContinue
# SilentlyContinue
# Continue
# High
# False
# 4
---
# Source: about_Preference_Variables, "$VerbosePreference": Continue shows verbose messages
$VerbosePreference = 'Continue'
Write-Verbose 'visible now' 4>&1 | ForEach-Object { $_.Message }
#=>
# visible now
---
# Source: about_Automatic_Variables, "$Error" is empty at start; "$?" is true at start
$Error.Count
$?
#=>
# 0
# True
---
# Source: about_Automatic_Variables, "$input" is an enumerator: it can be read once, then Reset
function f { @($input).Count; @($input).Count; $input.Reset(); @($input).Count }
1, 2 | f
#=>
# 2
# 0
# 2
---
# Source: about_Environment_Variables: $env: reads and writes process environment variables
$env:PYPOSH_AV_TEST = 'value'
$env:PYPOSH_AV_TEST
Test-Path Env:PYPOSH_AV_TEST
sh -c 'echo $PYPOSH_AV_TEST'
Remove-Item Env:PYPOSH_AV_TEST
$null -eq $env:PYPOSH_AV_TEST
#=>
# value
# True
# value
# True
---
# Source: about_Automatic_Variables, "$StackTrace" and "$PSDebugContext": $PSDebugContext is null outside the debugger
$null -eq $PSDebugContext
#=>
# True
---
# Source: about_Automatic_Variables, "$MyInvocation.ScriptLineNumber" in a function is the line of the call
function Show-Line { $MyInvocation.ScriptLineNumber }
'pad'
Show-Line
#=>
# pad
# 215
---
# Source: about_Automatic_Variables, "$PSVersionTable": PSVersion is a version object
$PSVersionTable.PSVersion.Major
$PSVersionTable.PSVersion.GetType().Name
#=>
# 7
# SemanticVersion
---
# Source: about_Automatic_Variables, "$PSEdition"
$PSEdition
#=>
# Core
---
# Source: about_Automatic_Variables, "$ExecutionContext"
$ExecutionContext.GetType().Name
#=>
# EngineIntrinsics
---
# Source: about_Preference_Variables: default values of $ErrorView and $PSNativeCommandUseErrorActionPreference
$ErrorView
$PSNativeCommandUseErrorActionPreference
#=>
# ConciseView
# False
---
# Source: about_Automatic_Variables, "$ConsoleFileName", "$PSCulture" exist
$null -eq $PSCulture
$PSUICulture.GetType().Name
#=>
# False
# String
---
# Source: about_Automatic_Variables, "$EnabledExperimentalFeatures" is a collection
$null -ne $EnabledExperimentalFeatures
#=>
# True
---
# Source: about_Automatic_Variables, "$PSVersionTable"; PowerShell issues #1618 and #3786: PSVersion compares with version strings and [version] values
$PSVersionTable.PSVersion -ge '7.0'
$PSVersionTable.PSVersion -lt [version]'99.0'
[semver]'1.2.3-beta' -lt [semver]'1.2.3'
#=>
# True
# True
# True
---
# Source: CommandInvocationIntrinsics.InvokeScript (PowerShell source): the text runs in a child scope
$ExecutionContext.InvokeCommand.InvokeScript('$inner = 1; 2 + 3')
$null -eq $inner
#=>
# 5
# True
---
# Source: about_Automatic_Variables, "$MyInvocation" in a script
$MyInvocation.MyCommand.Name
$MyInvocation.MyCommand.Path
#=>
# automatic_variables.chunks.ps1
# <casedir>/automatic_variables.chunks.ps1
---
# Source: about_Preference_Variables: preference variables are typed enums
$ErrorActionPreference.GetType().FullName
$ErrorActionPreference = 'stop'
$ErrorActionPreference
$ErrorActionPreference.GetType().Name
#=>
# System.Management.Automation.ActionPreference
# Stop
# ActionPreference
---
# Source: about_Automatic_Variables: automatic variables are read-only
try { $true = 1 } catch { $_.FullyQualifiedErrorId }
#=>
# VariableNotWritable
---
# Source: about_Automatic_Variables, "$PWD"
"$PWD"
$PWD.Path
$PWD.GetType().Name
$PWD.Path -eq (Get-Location).Path
#=>
# <cwd>
# <cwd>
# PathInfo
# True
---
# Source: about_Automatic_Variables, "$this" in a ScriptMethod and ScriptProperty
$o = [pscustomobject]@{ N = 2 }
$o | Add-Member -MemberType ScriptMethod -Name Twice -Value { $this.N * 2 }
$o | Add-Member -MemberType ScriptProperty -Name Thrice -Value { $this.N * 3 }
$o.Twice()
$o.Thrice
#=>
# 4
# 6
