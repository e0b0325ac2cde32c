"""`$MyInvocation`: the InvocationInfo of the running function, script block or script file."""
from __future__ import annotations

import os

from pyposh.interpreter.commands.command_info import command_info_for
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.session.records import InvocationInfo
from pyposh.interpreter.values.objects import Hashtable

COMMAND_ORIGIN = ENUMS.setdefault("system.management.automation.commandorigin", EnumType(
    "System.Management.Automation.CommandOrigin", [("Runspace", 0), ("Internal", 1)]))


def command_kind(name: str, script_block=None) -> str:
    """The CommandType of what runs: a function (or filter), a script file, or a script block (`& {...}`)."""
    if not name:
        return "Script"
    path = getattr(script_block, "script_path", None)
    if name.lower().endswith(".ps1") and (path is None or os.path.basename(path) == name) \
            and not getattr(script_block, "name", ""):
        return "ExternalScript"
    return "Filter" if getattr(script_block, "is_filter", False) else "Function"


def command_info(kind: str, name: str, script_block=None, path=None):
    """MyCommand: a FunctionInfo, FilterInfo, ExternalScriptInfo or ScriptInfo, as Get-Command builds them."""
    runspace = getattr(script_block, "runspace", None)
    if kind == "ExternalScript":
        path = path or getattr(script_block, "script_path", None) or name
    return command_info_for(runspace, kind, name, script_block, path)


class ScriptInvocationInfo(InvocationInfo):
    """System.Management.Automation.InvocationInfo for `$MyInvocation` in a function, script block or script
    (the position properties come from records.InvocationInfo). MyCommand and BoundParameters are built when
    first read."""

    __slots__ = ("name", "bound", "unbound", "invocation_name", "script_block", "script_path",
                 "expecting_input", "_bound_parameters", "_command", "origin")
    ps_type_name = "System.Management.Automation.InvocationInfo"
    ps_properties = {
        "MyCommand": "my_command", "BoundParameters": "bound_parameters", "UnboundArguments": "unbound",
        "ScriptLineNumber": "script_line_number", "OffsetInLine": "offset_in_line", "HistoryId": "history_id",
        "ScriptName": "script_name", "Line": "line", "Statement": "statement",
        "PositionMessage": "position_message", "PSScriptRoot": "ps_script_root", "PSCommandPath": "script_name",
        "InvocationName": "invocation_name", "PipelineLength": "pipeline_length",
        "PipelinePosition": "pipeline_length", "ExpectingInput": "expecting_input",
        "CommandOrigin": "command_origin", "DisplayScriptPosition": "display_script_position"}
    history_id = 1
    display_script_position = None

    def __init__(self, name, extent, bound, unbound, invocation_name, script_block, script_path,
                 expecting_input, bound_parameters):
        super().__init__(name, extent)
        self.name = name
        self.bound = bound
        self.unbound = unbound
        self.invocation_name = invocation_name
        self.script_block = script_block
        self.script_path = script_path
        self.expecting_input = expecting_input
        self._bound_parameters = bound_parameters
        self._command = None
        self.origin = "Internal" if extent is not None else "Runspace"

    @property
    def my_command(self):
        if self._command is None:
            self._command = command_info(command_kind(self.name, self.script_block), self.name,
                                         self.script_block, self.script_path)
        return self._command

    @property
    def bound_parameters(self):
        if self._bound_parameters is None:
            self._bound_parameters = Hashtable((p.name, v) for p, v in self.bound.items())
        return self._bound_parameters

    @property
    def ps_script_root(self):
        return os.path.dirname(self.script_name) if self.script_name else ""

    @property
    def statement(self):
        return self.extent.text if self.extent is not None else ""

    @property
    def pipeline_length(self):
        return 1 if self.extent is not None else 0

    @property
    def command_origin(self):
        return COMMAND_ORIGIN.lookup(self.origin)

    def ps_to_string(self):
        return self.ps_type_name


def invocation_info(name, extent, bound, unbound, *, invocation_name=None, script_block=None, script_path=None,
                    expecting_input=False, bound_parameters=None) -> ScriptInvocationInfo:
    """`$MyInvocation` for a command named `name` called at `extent` (the CommandAst; None for a script run
    by the host). `invocation_name` is the name as typed (an alias, a path, `&` or `.`); `bound_parameters`
    is the command's $PSBoundParameters (shared, as in PowerShell), else built from `bound` when read."""
    return ScriptInvocationInfo(name, extent, bound, list(unbound),
                                name if invocation_name is None else invocation_name, script_block, script_path,
                                expecting_input, bound_parameters)
