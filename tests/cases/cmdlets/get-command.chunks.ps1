# Source: PowerShell source ParameterSetInfo.cs (CommandParameterSetInfo.ToString, GenerateParametersInDisplayOrder) and FunctionInfo.Syntax; ScriptHelp.Tests.ps1 ('missingHelp [[-abc] <Object>]')
function missingHelp { param($abc) }
(Get-Command missingHelp -Syntax).Trim()
#=>
# missingHelp [[-abc] <Object>]
---
function f($a, [switch]$s, [int[]]$b) {}
(Get-Command f -Syntax).Trim()
#=>
# f [[-a] <Object>] [[-b] <int[]>] [-s]
---
function g {
    [CmdletBinding(SupportsShouldProcess, DefaultParameterSetName = 'P')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'P')][string]$Path,
        [Parameter(Mandatory, ParameterSetName = 'L')][string[]]$LiteralPath,
        [switch]$Force
    )
}
(Get-Command g -Syntax).Trim()
#=>
# g [-Path] <string> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]
#
# g -LiteralPath <string[]> [-Force] [-WhatIf] [-Confirm] [<CommonParameters>]
---
function h { [CmdletBinding()] param([Parameter(Mandatory)][hashtable]$Table, [scriptblock]$Block, [datetime]$When) }
(Get-Command h -Syntax).Trim()
#=>
# h [-Table] <hashtable> [[-Block] <scriptblock>] [[-When] <datetime>] [<CommonParameters>]
