"""The parameter binder through real commands: names, prefixes, aliases, positions, switches, pipeline input
and PowerShell's binding errors (messages from PowerShell's ParameterBinderStrings.resx)."""
from __future__ import annotations

import pytest

import pyposh

FUNCTIONS = r'''
function Get-Thing {
    [CmdletBinding(DefaultParameterSetName = 'ByName')]
    param(
        [Parameter(Mandatory, Position = 0, ParameterSetName = 'ByName')][string]$Name,
        [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id,
        [Alias('cn')][string]$ComputerName = 'localhost',
        [ValidateSet('Low', 'High')][string]$Level = 'Low',
        [ValidateRange(1, 10)][int]$Count = 1,
        [switch]$Force
    )
    "$($PSCmdlet.ParameterSetName)|$Name|$Id|$ComputerName|$Level|$Count|$Force|" + ($PSBoundParameters.Keys -join ',')
}
function Show-Pipe {
    param([Parameter(ValueFromPipeline)][int]$Value, [Parameter(ValueFromPipelineByPropertyName)][string]$Label)
    process { "$Label=$Value" }
}
'''

CASES = [
    ("Get-Thing a", "ByName|a|0|localhost|Low|1|False|Name"),
    ("Get-Thing -name b -computername s1", "ByName|b|0|s1|Low|1|False|Name,ComputerName"),
    ("Get-Thing -n c -cn s2 -f", "ByName|c|0|s2|Low|1|True|Name,ComputerName,Force"),
    ("Get-Thing -Name:d -Force:$false", "ByName|d|0|localhost|Low|1|False|Name,Force"),
    ("Get-Thing -Id 7", "ById||7|localhost|Low|1|False|Id"),
    # named arguments bind before positional ones, so they come first in $PSBoundParameters
    ("Get-Thing x -Level high -Count 3", "ByName|x|0|localhost|high|3|False|Level,Count,Name"),
    ("$p = @{ Name = 'sp'; Force = $true }; Get-Thing @p", "ByName|sp|0|localhost|Low|1|True|Name,Force"),
    ("1, 2 | Show-Pipe", "=1\n=2"),
    ("[pscustomobject]@{ Value = 5; Label = 'five' } | Show-Pipe", "five=0"),
]


@pytest.mark.parametrize("script,expected", CASES)
def test_binding(script, expected):
    with pyposh.Runspace() as rs:
        rs.invoke(FUNCTIONS)
        out = rs.invoke(script)
        assert "\n".join(str(o) for o in out) == expected
        assert not rs.errors


ERRORS = [
    ("Get-Thing -Nope 1", "A parameter cannot be found that matches parameter name 'Nope'.",
     "NamedParameterNotFound,Get-Thing"),
    ("Get-Thing -C 1", "Parameter cannot be processed because the parameter name 'C' is ambiguous. Possible matches "
                       "include: -ComputerName -Count.", "AmbiguousParameter,Get-Thing"),
    ("Get-Thing", "Cannot process command because of one or more missing mandatory parameters: Name.",
     "MissingMandatoryParameter,Get-Thing"),
    ("Get-Thing a b", "A positional parameter cannot be found that accepts argument 'b'.",
     "PositionalParameterNotFound,Get-Thing"),
    ("Get-Thing a -Level Mid", "Cannot validate argument on parameter 'Level'. The argument \"Mid\" does not belong "
                               "to the set \"Low,High\" specified by the ValidateSet attribute. Supply an argument "
                               "that is in the set and then try the command again.",
     "ParameterArgumentValidationError,Get-Thing"),
    ("Get-Thing a -Count 11", "Cannot validate argument on parameter 'Count'. The 11 argument is greater than the "
                              "maximum allowed range of 10. Supply an argument that is less than or equal to 10 and "
                              "then try the command again.", "ParameterArgumentValidationError,Get-Thing"),
    ("Get-Thing -Name", "Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and "
                        "try again.", "MissingArgument,Get-Thing"),
    ("Write-Output -Bogus", "A parameter cannot be found that matches parameter name 'Bogus'.",
     "NamedParameterNotFound,Microsoft.PowerShell.Commands.WriteOutputCommand"),
]


@pytest.mark.parametrize("script,message,error_id", ERRORS)
def test_binding_errors(script, message, error_id):
    with pyposh.Runspace() as rs:
        rs.invoke(FUNCTIONS)
        rs.invoke(script)
        assert [str(e) for e in rs.errors] == [message]
        assert rs.errors[0].fully_qualified_error_id == error_id


def test_simple_function_collects_extra_arguments_in_args():
    with pyposh.Runspace() as rs:
        out = rs.invoke("function f($a) { \"$a|$($args -join ',')\" }; f 1 2 3")
        assert out == ["1|2,3"]
