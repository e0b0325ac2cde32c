# Source: about_Functions_CmdletBindingAttribute (SupportsShouldProcess adds -WhatIf and -Confirm),
# about_Preference_Variables ($WhatIfPreference, $ConfirmPreference High by default, -Confirm:$false), the
# Remove-Item page ("What if: Performing the operation "Remove File" on target ..."), and PowerShell's resource
# strings: CommandBaseStrings.resx (ShouldProcessMessage 'Performing the operation "{0}" on target "{1}".',
# ShouldProcessWhatIfMessage 'What if: {0}') and FileSystemProviderStrings.resx (Remove File, Create File,
# Create Directory, Copy File, Move File, Rename File, Set Content with "Path: {0}", "Destination: {0}",
# "Item: {0} Destination: {1}").
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess)]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, 'Remove thing')) { "removed $Name" }
}
Remove-Thing -Name a
Remove-Thing -Name b -WhatIf
Remove-Thing -Name c -wi
#=>
# removed a
# What if: Performing the operation "Remove thing" on target "b".
# What if: Performing the operation "Remove thing" on target "c".
---
function Test-Target {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    $PSCmdlet.ShouldProcess('the target')
}
Test-Target -WhatIf
#=>
# What if: Performing the operation "Test-Target" on target "the target".
# False
---
function f { [CmdletBinding()] param() 'f ran' }
f -WhatIf
#!>
# f: <casedir>/should_process.chunks.ps1:32
# Line |
#   32 |  f -WhatIf
#      |    ~~~~~~~
#      | A parameter cannot be found that matches parameter name 'WhatIf'.
---
'data' | Set-Content a.txt
Remove-Item a.txt -WhatIf
Copy-Item a.txt b.txt -WhatIf
Move-Item a.txt c.txt -WhatIf
Rename-Item a.txt d.txt -WhatIf
New-Item sub -ItemType Directory -WhatIf
New-Item e.txt -WhatIf
'more' | Add-Content a.txt -WhatIf
(Get-ChildItem).Name
Get-Content a.txt
#=>
# What if: Performing the operation "Remove File" on target "<cwd>/a.txt".
# What if: Performing the operation "Copy File" on target "Item: <cwd>/a.txt Destination: <cwd>/b.txt".
# What if: Performing the operation "Move File" on target "Item: <cwd>/a.txt Destination: <cwd>/c.txt".
# What if: Performing the operation "Rename File" on target "Item: <cwd>/a.txt Destination: <cwd>/d.txt".
# What if: Performing the operation "Create Directory" on target "Destination: <cwd>/sub".
# What if: Performing the operation "Create File" on target "Destination: <cwd>/e.txt".
# What if: Performing the operation "Add Content" on target "Path: <cwd>/a.txt".
# a.txt
# data
---
function Clear-Things {
    [CmdletBinding(SupportsShouldProcess)]
    param()
    'x' | Set-Content inner.txt
}
Clear-Things -WhatIf
Test-Path inner.txt
$WhatIfPreference = $true
'y' | Set-Content pref.txt
'z' | Set-Content pref.txt -WhatIf:$false
Get-Content pref.txt
#=>
# What if: Performing the operation "Set Content" on target "Path: <cwd>/inner.txt".
# False
# What if: Performing the operation "Set Content" on target "Path: <cwd>/pref.txt".
# z
---
function Remove-Risky {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Low')]
    param()
    if ($PSCmdlet.ShouldProcess('risky')) { 'done' }
}
Remove-Risky
Remove-Risky -Confirm:$false
$ConfirmPreference
#=>
# done
# done
# High
---
# Source: PowerShell's Var.cs (ShouldProcess with VariableCommandStrings: "Set variable"/"New variable"/"Remove variable"/"Clear variable", targets "Name: {0} Value: {1}" and "Name: {0}"); -WhatIf changes nothing
$x = 1
Set-Variable x 5 -WhatIf
New-Variable y 3 -WhatIf
Remove-Variable x -WhatIf
Clear-Variable x -WhatIf
$x
Test-Path variable:y
#=>
# What if: Performing the operation "Set variable" on target "Name: x Value: 5".
# What if: Performing the operation "New variable" on target "Name: y Value: 3".
# What if: Performing the operation "Remove variable" on target "Name: x".
# What if: Performing the operation "Clear variable" on target "Name: x".
# 1
# False
---
# Source: PowerShell's FileSystemProvider.ClearContent (ClearContentActionFile "Clear Content", ClearContentesourceTemplate "Item: {0}")
'abc' | Set-Content f.txt
Clear-Content f.txt -WhatIf
Get-Content f.txt
#=>
# What if: Performing the operation "Clear Content" on target "Item: <cwd>/f.txt".
# abc
---
# Source: PowerShell's StopJob.cs and RemoveJob.cs (ShouldProcess(target, "Stop"/"Remove") with RemotingErrorIdStrings RemovePSJobWhatIfTarget / StopPSJobWhatIfTarget, the job's Command and Id)
$j = Start-ThreadJob -ScriptBlock {Start-Sleep 5}
Stop-Job $j -WhatIf
$j.State
Remove-Job $j -WhatIf
Stop-Job $j
Remove-Job $j
@(Get-Job).Count
#=>
# What if: Performing the operation "Stop" on target "Remote Command: Start-Sleep 5, associated with a job that has an ID of "1".".
# Running
# What if: Performing the operation "Remove" on target "Remote Command: Start-Sleep 5, associated with the job that has an ID of "1".".
# 0
