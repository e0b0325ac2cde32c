"""What scripts see of commands: CommandInfo (CmdletInfo, FunctionInfo, AliasInfo, ApplicationInfo,
ExternalScriptInfo, ScriptInfo: `Get-Command`'s objects, `$ExecutionContext.InvokeCommand.GetCommand()`) and
`$MyInvocation`, the InvocationInfo of the running function, script block or script (with its MyCommand)."""
from __future__ import annotations

import os

from pyposh.errors import PyposhError
from pyposh.interpreter.commands.binding import COMMON_PARAMETERS
from pyposh.interpreter.commands.cmdlet import command_class_name
from pyposh.interpreter.commands.dynamic_params import declared_dynamic_parameters
from pyposh.interpreter.commands.syntax import syntax_lines
from pyposh.interpreter.session.automatic_variables import PS_VERSION
from pyposh.interpreter.session.records import InvocationInfo
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.objects import Hashtable, PSObject
from pyposh.interpreter.values.typenames import register_type
from pyposh.interpreter.values.types import resolve_type

ACTION_PREFERENCE = "System.Management.Automation.ActionPreference"
COMMAND_TYPES = ENUMS.setdefault("system.management.automation.commandtypes", EnumType(
    "System.Management.Automation.CommandTypes", [
    ("Alias", 1), ("Function", 2), ("Filter", 4), ("Cmdlet", 8), ("ExternalScript", 16), ("Application", 32),
    ("Script", 64), ("Configuration", 256), ("All", 383)], flags=True))


class CommandInfo:
    """CmdletInfo, FunctionInfo, FilterInfo, AliasInfo or ApplicationInfo, as Get-Command returns them."""

    ps_methods = {"ToString": "ps_to_string"}
    help_uri = ""
    description = ""
    dll = None
    help_file = ""
    ps_snapin = None
    cmdlet_binding = False
    visibility = "Public"
    module = None
    remoting = "PowerShell"
    output_type = ()
    parameter_sets = None
    implementing_type = None
    path = None
    extension = None
    script_block = None
    resolved_command_name = None
    referenced_command = None

    ps_type_name = "System.Management.Automation.CommandInfo"

    def __init__(self, runspace, kind, name, definition="", source="", version="", target=None, options="None"):
        self.kind = kind
        self.name = name
        self.definition = definition
        self.source = source
        self.version = version
        self.options = options
        self.target = target
        self.runspace = runspace
        self.type_names = ["System.Management.Automation.%sInfo" % kind, "System.Management.Automation.CommandInfo",
                           "System.Object"]

    @property
    def command_type(self):
        return COMMAND_TYPES.lookup(self.kind)

    @property
    def display_name(self):
        return "%s -> %s" % (self.name, self.definition) if self.kind == "Alias" else self.name

    @property
    def verb(self):
        return self.name.partition("-")[0] if "-" in self.name else ""

    @property
    def noun(self):
        return self.name.partition("-")[2]

    @property
    def default_set(self):
        spec = self.target if self.kind == "Cmdlet" else None
        return getattr(spec, "default_set", "") or None

    @property
    def parameters(self):
        """Parameters: name -> ParameterMetadata, the declared ones then (advanced commands) the common ones."""
        table = Hashtable()
        if self.kind == "Alias":
            return self.referenced_command.parameters if self.referenced_command is not None else table
        if self.kind == "Cmdlet":
            params, advanced = self.target.parameters, self.target.common
        elif self.script_block is not None:
            info = self.script_block.parameters
            params, advanced = info.params, info.advanced
        else:
            params, advanced = (), False
        for p in params:
            table[p.name] = ParameterMetadata(p)
        if self.script_block is not None and self.runspace is not None and self.kind != "Cmdlet":
            for p in declared_dynamic_parameters(self.script_block, self.runspace.current_context()):
                table[p.name] = entry = ParameterMetadata(p)
                entry.is_dynamic = True
        for p in COMMON_PARAMETERS if advanced else ():
            table[p.name] = ParameterMetadata(p, common=True)
        return table

    def ps_to_string(self, *_):
        return self.definition if self.kind == "Script" else self.name     # ScriptInfo: the script's text

    @property
    def syntax(self) -> str:
        """CommandInfo.Syntax (`Get-Command -Syntax`): a cmdlet's Definition; a function's sets each after a
        blank line; a script's sets one a line; otherwise the Definition."""
        if self.kind == "Cmdlet":
            return self.definition
        sb = self.script_block
        if sb is None and self.kind == "ExternalScript" and self.runspace is not None:
            try:
                sb = self.runspace.load_script(self.path)
            except (PyposhError, OSError):
                sb = None
        if self.kind in ("Function", "Filter", "ExternalScript") and sb is not None:
            info = sb.parameters
            lines = syntax_lines(self.name, info.params, info.advanced, info.should_process, info.default_set)
            return "".join(("%s\n" if self.kind == "ExternalScript" else "\n%s\n") % line for line in lines)
        return self.definition


class ParameterMetadata:
    """System.Management.Automation.ParameterMetadata: one entry of a command's Parameters dictionary."""

    ps_type_name = "System.Management.Automation.ParameterMetadata"
    ps_properties = {"Name": "name", "ParameterType": "parameter_type", "ParameterSets": "parameter_sets",
                     "IsDynamic": "is_dynamic", "Aliases": "aliases", "Attributes": "attributes",
                     "SwitchParameter": "switch_parameter"}
    is_dynamic = False

    def __init__(self, p, common=False):
        self.p, self.name, self.switch_parameter, self.aliases, self.attributes = p, p.name, p.is_switch, \
            list(p.aliases), []
        kind = ACTION_PREFERENCE if common and p.name.endswith("Action") else p.type   # -ErrorAction and kin
        self.parameter_type = resolve_type("switch" if p.is_switch else kind or "object") or resolve_type("object")

    @property
    def parameter_sets(self):
        """Set name -> ParameterSetMetadata (Position, IsMandatory, ValueFromPipeline ...)."""
        p, table = self.p, Hashtable()
        for name in p.sets or ("__AllParameterSets",):
            table[name] = entry = PSObject(type_names=["System.Management.Automation.ParameterSetMetadata"])
            for key, value in (("Position", -2147483648 if p.position is None else p.position),
                               ("IsMandatory", p.mandatory), ("ValueFromPipeline", p.pipeline),
                               ("ValueFromPipelineByPropertyName", p.pipeline_by_property),
                               ("ValueFromRemainingArguments", p.remaining), ("HelpMessage", None)):
                entry.add_note(key, value)
        return table


_ATTRS = {"HelpUri": "help_uri", "ResolvedCommandName": "resolved_command_name", "DisplayName": "display_name",
          "ReferencedCommand": "referenced_command", "ResolvedCommand": "referenced_command",
          "Definition": "definition", "Options": "options", "Description": "description", "Verb": "verb",
          "Noun": "noun", "Path": "path", "Extension": "extension", "ScriptBlock": "script_block", "Name": "name",
          "CommandType": "command_type", "Source": "source", "Version": "version", "Visibility": "visibility",
          "ModuleName": "source", "Module": "module", "RemotingCapability": "remoting", "OutputType": "output_type",
          "Parameters": "parameters", "ParameterSets": "parameter_sets", "DefaultParameterSet": "default_set",
          "ImplementingType": "implementing_type", "DLL": "dll", "HelpFile": "help_file", "PSSnapIn": "ps_snapin",
          "CmdletBinding": "cmdlet_binding"}
_TAIL = "OutputType Name CommandType Source Version Visibility ModuleName Module RemotingCapability Parameters " \
        "ParameterSets"
_PROPERTIES = {   # each kind's properties in the order Select-Object * shows them
    "Cmdlet": "HelpUri DLL Verb Noun HelpFile PSSnapIn Version ImplementingType Definition DefaultParameterSet "
              "OutputType Options Name CommandType Source Visibility ModuleName Module RemotingCapability "
              "Parameters ParameterSets",
    "Alias": "HelpUri ResolvedCommandName DisplayName ReferencedCommand ResolvedCommand Definition Options "
             "Description " + _TAIL,
    "Function": "HelpUri ScriptBlock CmdletBinding DefaultParameterSet Definition Options Description Verb Noun "
                "HelpFile " + _TAIL,
    "Application": "Path Extension Definition Source Version Visibility OutputType Name CommandType ModuleName "
                   "Module RemotingCapability Parameters ParameterSets",
    "ExternalScript": "Path ScriptBlock Definition Source Version Visibility OutputType Name CommandType "
                      "ModuleName Module RemotingCapability Parameters ParameterSets",
}
_PROPERTIES["Filter"] = _PROPERTIES["Function"]
_PROPERTIES["Script"] = "ScriptBlock Definition " + _TAIL
_INFO_CLASSES = {kind: type(kind + "Info", (CommandInfo,), {
    "ps_type_name": "System.Management.Automation.%sInfo" % kind,
    "ps_base_types": ("System.Management.Automation.CommandInfo",),
    "ps_properties": {name: _ATTRS[name] for name in names.split()}}) for kind, names in _PROPERTIES.items()}


for _name in ["CommandInfo"] + ["%sInfo" % k for k in _PROPERTIES]:
    register_type("System.Management.Automation." + _name)


def make_info(runspace, kind, *args, **kwargs) -> CommandInfo:
    return _INFO_CLASSES[kind](runspace, kind, *args, **kwargs)


def alias_info(runspace, ctx, name, target, user_defined):
    info = make_info(runspace, "Alias", name, target, options="None" if user_defined else "ReadOnly, AllScope")
    resolved = resolve_command(runspace, ctx, target, follow_alias=True)
    if resolved is not None:
        info.referenced_command = resolved
        info.resolved_command_name = resolved.name
        info.source = ""
    return info


def _cmdlet_info(runspace, spec):
    module = spec.module
    version = _engine_version() if module == "Microsoft.PowerShell.Core" else "7.0.0.0"
    info = make_info(runspace, "Cmdlet", spec.name, _cmdlet_definition(spec), module, version, spec,
                     options="ReadOnly")
    info.implementing_type = command_class_name(spec.name)
    if module:
        info.dll = "Microsoft.PowerShell.Commands.%s.dll" % module.rsplit(".", 1)[-1]
    return info


def _cmdlet_definition(spec) -> str:
    """CmdletInfo.Definition: a blank line before each parameter set's syntax line."""
    return "".join("\n%s\n" % line for line in syntax_lines(spec.name, spec.parameters, spec.common,
                                                              spec.should_process, spec.default_set))


def _engine_version() -> str:
    return PS_VERSION + ".500"


def _function_info(runspace, name, sb, kind="Function"):
    info = make_info(runspace, kind, name, to_string(sb), target=sb)
    info.script_block = sb
    info.cmdlet_binding = sb is not None and sb.parameters.advanced
    return info


def _script_info(runspace, path, sb=None):
    info = make_info(runspace, "ExternalScript", os.path.basename(path), path, path, "", path)
    info.path = path
    info.script_block = sb
    return info


def command_info_for(runspace, kind, name, script_block=None, path=None) -> CommandInfo:
    """The CommandInfo `$MyInvocation.MyCommand` shows for a running function, script file or script block."""
    if kind == "ExternalScript":
        return _script_info(runspace, path or name, script_block)
    if kind == "Script":
        info = make_info(runspace, "Script", "", to_string(script_block) if script_block is not None else "")
        info.script_block = script_block
        return info
    return _function_info(runspace, name, script_block, kind)


def application_info(runspace, path):
    info = make_info(runspace, "Application", os.path.basename(path), path, path, "0.0.0.0", path)
    info.path = path
    info.extension = os.path.splitext(path)[1]
    return info


def command_object(runspace, ctx, entry):
    """A CommandInfo for one entry (CommandEntry) of `runspace.commands.all_commands()`."""
    if entry.kind == "Alias":
        target = entry.definition
        spec = runspace.commands.find_cmdlet(target)
        return alias_info(runspace, ctx, entry.name, spec.name if spec else target,
                           runspace.commands.cmdlet_alias(entry.name) != target)
    if entry.kind in ("Function", "Filter"):
        return _function_info(runspace, entry.name, entry.target, entry.kind)
    if entry.kind == "Cmdlet":
        return _cmdlet_info(runspace, entry.target or runspace.commands.find_cmdlet(entry.name))
    return application_info(runspace, entry.definition)


def resolve_command(runspace, ctx, name, follow_alias=False):
    """The CommandInfo that running `name` would use (its alias when `follow_alias` is false), or None."""
    if not follow_alias:
        user = ctx.scope.find_alias(name.lower())
        alias = user or runspace.commands.cmdlet_alias(name)
        if alias is not None:
            return alias_info(runspace, ctx, name, alias, user is not None)
    found = runspace.commands.resolve(ctx, name, follow_alias=follow_alias)
    if found is None:
        return None
    kind, value, resolved_name = found
    if kind == "function":
        return _function_info(runspace, getattr(value, "name", None) or resolved_name, value,
                              "Filter" if getattr(value, "is_filter", False) else "Function")
    if kind == "cmdlet":
        return _cmdlet_info(runspace, value)
    if kind == "script":
        return _script_info(runspace, value)
    return application_info(runspace, value)


# ---- $MyInvocation --------------------------------------------------------------------------------------

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
