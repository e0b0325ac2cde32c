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
