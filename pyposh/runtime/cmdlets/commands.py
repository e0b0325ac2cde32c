"""The command table as scripts see it: Get-Command, Get-Alias, Set-Alias, New-Alias, Set-StrictMode."""
from __future__ import annotations

import os
from typing import Annotated

from pyposh.interpreter.api import to_string
from pyposh.interpreter.commands.cmdlet import (CATALOG, DEFAULT_ALIASES, SERVICES, Cmdlet, Parameter, _command_class_name,
                                      cmdlet)
from pyposh.runtime.cmdlets import load_builtins
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.typenames import register_type
from pyposh.interpreter.text.wildcard import has_wildcards, wildcard_match

ACTION_PREFERENCE = "System.Management.Automation.ActionPreference"
COMMAND_TYPES = ENUMS.setdefault("system.management.automation.commandtypes", EnumType(
    "System.Management.Automation.CommandTypes", [
    ("Alias", 1), ("Function", 2), ("Filter", 4), ("Cmdlet", 8), ("ExternalScript", 16), ("Application", 32),
    ("Script", 64), ("Configuration", 256), ("All", 383)], flags=True))
NOT_RECOGNIZED = ("The term '%s' is not recognized as a name of a cmdlet, function, script file, or executable "
                  "program.\nCheck the spelling of the name, or if a path was included, verify that the path is "
                  "correct and try again.")
_CORE = {"foreach-object", "where-object", "get-command", "get-help", "set-strictmode", "get-history",
         "invoke-command", "out-default", "out-host", "out-null", "get-module", "import-module", "new-module",
         "remove-module", "start-job", "get-job", "receive-job", "stop-job", "wait-job", "remove-job",
         "new-pssession", "get-pssession", "remove-pssession", "enter-pssession", "exit-pssession",
         "clear-history", "add-history", "invoke-history", "export-modulemember", "get-pshostprocessinfo"}
_MANAGEMENT_NOUNS = {"item", "childitem", "content", "location", "path", "process", "psdrive", "itemproperty",
                     "service", "computer", "timezone", "psprovider", "computerinfo"}
_TYPE_ORDER = {"Alias": 0, "Function": 1, "Filter": 2, "Cmdlet": 3, "ExternalScript": 4, "Application": 5}


def module_of(name: str) -> str:
    """The module a built-in cmdlet ships in."""
    lower = name.lower()
    if lower in _CORE:
        return "Microsoft.PowerShell.Core"
    noun = lower.partition("-")[2]
    if noun in _MANAGEMENT_NOUNS or lower in ("join-path", "split-path", "test-path", "resolve-path",
                                              "convert-path"):
        return "Microsoft.PowerShell.Management"
    return "Microsoft.PowerShell.Utility"


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
        from pyposh.interpreter.api import Hashtable
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
        from pyposh.interpreter.commands.binding import COMMON_PARAMETERS
        for p in params:
            table[p.name] = ParameterMetadata(p)
        for p in COMMON_PARAMETERS if advanced else ():
            table[p.name] = ParameterMetadata(p, common=True)
        return table

    def ps_to_string(self, *_):
        return self.definition if self.kind == "Script" else self.name     # ScriptInfo: the script's text


class ParameterMetadata:
    """System.Management.Automation.ParameterMetadata: one entry of a command's Parameters dictionary."""

    ps_type_name = "System.Management.Automation.ParameterMetadata"
    ps_properties = {"Name": "name", "ParameterType": "parameter_type", "ParameterSets": "parameter_sets",
                     "IsDynamic": "is_dynamic", "Aliases": "aliases", "Attributes": "attributes",
                     "SwitchParameter": "switch_parameter"}
    is_dynamic = False

    def __init__(self, p, common=False):
        from pyposh.interpreter.values.types import resolve_type
        self.p, self.name, self.switch_parameter, self.aliases, self.attributes = p, p.name, p.is_switch, \
            list(p.aliases), []
        kind = ACTION_PREFERENCE if common and p.name.endswith("Action") else p.type   # -ErrorAction and kin
        self.parameter_type = resolve_type("switch" if p.is_switch else kind or "object") or resolve_type("object")

    @property
    def parameter_sets(self):
        """Set name -> ParameterSetMetadata (Position, IsMandatory, ValueFromPipeline ...)."""
        from pyposh.interpreter.api import Hashtable, PSObject
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


def _alias_info(runspace, ctx, name, target, user_defined):
    info = make_info(runspace, "Alias", name, target, options="None" if user_defined else "ReadOnly, AllScope")
    resolved = resolve_command(runspace, ctx, target, follow_alias=True)
    if resolved is not None:
        info.referenced_command = resolved
        info.resolved_command_name = resolved.name
        info.source = ""
    return info


def _cmdlet_info(runspace, spec):
    module = module_of(spec.name)
    version = _engine_version() if module == "Microsoft.PowerShell.Core" else "7.0.0.0"
    info = make_info(runspace, "Cmdlet", spec.name, _cmdlet_definition(spec), module, version, spec,
                     options="ReadOnly")
    info.implementing_type = _command_class_name(spec.name)
    info.dll = "Microsoft.PowerShell.Commands.%s.dll" % module.rsplit(".", 1)[-1]
    return info


def _cmdlet_definition(spec) -> str:
    parts = [spec.name]
    for p in spec.parameters:
        kind = "switch" if p.is_switch else (p.type or "Object")
        parts.append("[-%s <%s>]" % (p.name, kind) if not p.is_switch else "[-%s]" % p.name)
    parts.append("[<CommonParameters>]")
    return "\n" + " ".join(parts) + "\n"


def _engine_version() -> str:
    from pyposh.interpreter.session.automatic_variables import PS_VERSION
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


def _application_info(runspace, path):
    info = make_info(runspace, "Application", os.path.basename(path), path, path, "0.0.0.0", path)
    info.path = path
    info.extension = os.path.splitext(path)[1]
    return info


def command_object(runspace, ctx, entry):
    """A CommandInfo for one entry of `runspace.commands.all_commands()`."""
    if entry.kind == "Alias":
        target = entry.definition
        spec = CATALOG.get(target.lower())
        return _alias_info(runspace, ctx, entry.name, spec.name if spec else target,
                           DEFAULT_ALIASES.get(entry.name.lower()) != target)
    if entry.kind in ("Function", "Filter"):
        return _function_info(runspace, entry.name, entry.target, entry.kind)
    if entry.kind == "Cmdlet":
        return _cmdlet_info(runspace, entry.target or CATALOG[entry.name.lower()])
    return _application_info(runspace, entry.definition)


def resolve_command(runspace, ctx, name, follow_alias=False):
    """The CommandInfo that running `name` would use (its alias when `follow_alias` is false), or None."""
    if not follow_alias:
        user = ctx.scope.find_alias(name.lower())
        alias = user or DEFAULT_ALIASES.get(name.lower())
        if alias is not None:
            return _alias_info(runspace, ctx, name, alias, user is not None)
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
    return _application_info(runspace, value)


SERVICES["command_info"] = command_info_for
SERVICES["command_resolver"] = resolve_command


def _applications(runspace, pattern):
    seen = set()
    for folder in (runspace.environment.get("PATH") or "").split(os.pathsep):
        try:
            names = sorted(os.listdir(folder or "."))
        except OSError:
            continue
        for name in names:
            path = os.path.join(folder, name)
            if name in seen or not wildcard_match(pattern, name) or not os.access(path, os.X_OK) \
                    or os.path.isdir(path):
                continue
            seen.add(name)
            yield _application_info(runspace, path)


@cmdlet("Get-Command", aliases=("gcm",))
class GetCommand(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True,
                                    sets=("AllCommandSet",))] = None
    verb: Annotated[list, Parameter(type="string[]", sets=("CmdletSet",))] = None
    noun: Annotated[list, Parameter(type="string[]", sets=("CmdletSet",))] = None
    module: Annotated[list, Parameter(type="string[]", aliases=("PSSnapin",))] = None
    command_type: Annotated[list, Parameter(type="string[]", aliases=("Type",), sets=("AllCommandSet",))] = None
    total_count: Annotated[int, Parameter(type="int")] = -1
    syntax: Annotated[bool, Parameter(type="switch")] = False
    all: Annotated[bool, Parameter(type="switch")] = False
    list_imported: Annotated[bool, Parameter(type="switch")] = False
    argument_list: Annotated[list, Parameter(type="object[]", position=1, aliases=("Args",))] = None
    parameter_name: Annotated[list, Parameter(type="string[]")] = None
    parameter_type: Annotated[list, Parameter(type="object[]")] = None
    show_command_info: Annotated[bool, Parameter(type="switch")] = False
    fully_qualified_module: Annotated[list, Parameter(type="object[]")] = None
    use_fuzzy_matching: Annotated[bool, Parameter(type="switch")] = False
    use_abbreviation_expansion: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        self.written = 0
        self.types = None
        if self.command_type:
            types = set()
            for t in self.command_type:
                for part in to_string(t).split(","):
                    value = COMMAND_TYPES.parse(part.strip())
                    types.update(n for n, v in COMMAND_TYPES.members if v and v & value.number == v)
            self.types = types

    def wanted(self, info) -> bool:
        if self.types is not None and info.kind not in self.types:
            return False
        if self.module and not any(wildcard_match(m, info.source or "") for m in self.module):
            return False
        if self.verb and not any(wildcard_match(v, info.verb) for v in self.verb):
            return False
        if self.noun and not any(wildcard_match(n, info.noun) for n in self.noun):
            return False
        return True

    def emit(self, info):
        if self.total_count >= 0 and self.written >= self.total_count:
            return
        self.written += 1
        if self.syntax:
            self.write_object(info.definition if info.kind != "Cmdlet" else info.definition.strip())
        else:
            self.write_object(info)

    def everything(self, pattern, with_apps):
        infos = [command_object(self.runspace, self.ctx, e) for e in self.runspace.commands.all_commands(self.ctx)
                 if wildcard_match(pattern, e.name)]
        if with_apps and (self.types is None or "Application" in self.types):
            infos += list(_applications(self.runspace, pattern))
        return sorted(infos, key=lambda i: (_TYPE_ORDER.get(i.kind, 9), i.name.lower()))

    def process(self):
        if not self.name:
            for info in self.everything("*", self.types is not None and "Application" in self.types):
                if self.wanted(info):
                    self.emit(info)
            return
        for name in self.name:
            name = to_string(name)
            if has_wildcards(name):
                for info in self.everything(name, True):
                    if self.wanted(info):
                        self.emit(info)
                continue
            found = self.exact(name)
            if not found:
                self.write_error(NOT_RECOGNIZED % name, "CommandNotFoundException", "ObjectNotFound", name,
                                 "System.Management.Automation.CommandNotFoundException")
            for info in found:
                self.emit(info)

    def exact(self, name):
        if self.all or self.types is not None:
            return [i for i in self.everything(name, True) if self.wanted(i)]
        info = resolve_command(self.runspace, self.ctx, name)
        return [info] if info is not None and self.wanted(info) else []


# ---- aliases -------------------------------------------------------------------------------------------

def _target_scope(command: Cmdlet, scope_name):
    scope = command.ctx.scope
    if scope_name is None:
        return scope
    text = to_string(scope_name)
    if text.isdigit():
        for _ in range(int(text)):
            scope = scope.parent or scope
        return scope
    return scope.resolve(text)


@cmdlet("Get-Alias", aliases=("gal",))
class GetAlias(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True,
                                    sets=("Default",))] = None
    definition: Annotated[list, Parameter(type="string[]", sets=("Definition",))] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    scope: Annotated[str, Parameter(type="string")] = None

    def aliases(self):
        entries = [e for e in self.runspace.commands.all_commands(self.ctx) if e.kind == "Alias"]
        infos = [command_object(self.runspace, self.ctx, e) for e in entries]
        if self.exclude:
            infos = [i for i in infos if not any(wildcard_match(x, i.name) for x in self.exclude)]
        return sorted(infos, key=lambda i: i.name.lower())

    def process(self):
        infos = self.aliases()
        if self.definition is not None:
            for info in infos:
                if any(wildcard_match(d, info.definition) for d in self.definition):
                    self.write_object(info)
            return
        for name in self.name or ["*"]:
            matches = [i for i in infos if wildcard_match(name, i.name)]
            if not matches and not has_wildcards(name):
                self.write_error("This command cannot find a matching alias because an alias with the name '%s' "
                                 "does not exist." % name, "ItemNotFoundException", "ObjectNotFound", name,
                                 "System.Management.Automation.ItemNotFoundException")
            for info in matches:
                self.write_object(info)


class _AliasWriter(Cmdlet):
    """Set-Alias and New-Alias: the same parameters; New-Alias refuses to replace an alias."""
    name: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True)] = None
    value: Annotated[str, Parameter(type="string", position=1, mandatory=True, pipeline_by_property=True)] = None
    description: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    option: Annotated[object, Parameter(type="object", pipeline_by_property=True)] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    scope: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    force: Annotated[bool, Parameter(type="switch")] = False

    def write_alias(self, check_exists: bool):
        scope = _target_scope(self, self.scope)
        key = self.name.lower()
        if check_exists and not self.force and (key in scope.aliases or (
                DEFAULT_ALIASES.get(key) is not None and scope.parent is None)):
            self.write_error("The alias is not allowed, because an alias with the name '%s' already exists."
                             % self.name, "AliasAlreadyExists", "ResourceExists", self.name,
                             "System.Management.Automation.SessionStateException")
            return
        scope.aliases[key] = self.value
        if self.pass_thru:
            self.write_object(_alias_info(self.runspace, self.ctx, self.name, self.value, True))


@cmdlet("Set-Alias", aliases=("sal",))
class SetAlias(_AliasWriter):
    def process(self):
        self.write_alias(False)


@cmdlet("New-Alias", aliases=("nal",))
class NewAlias(_AliasWriter):
    def process(self):
        self.write_alias(True)


# ---- Set-StrictMode ------------------------------------------------------------------------------------

@cmdlet("Set-StrictMode")
class SetStrictMode(Cmdlet):
    version: Annotated[object, Parameter(type="object", aliases=("v",), mandatory=True, sets=("Version",))] = None
    off: Annotated[bool, Parameter(type="switch", mandatory=True, sets=("Off",))] = False

    def end(self):
        if self.off:
            self.runspace.strict_mode = False
            return
        text = to_string(self.version).strip()
        if text.lower() == "latest":
            level = 3.0
        else:
            try:
                level = float(text)
            except ValueError:
                self.throw_terminating("Cannot process argument transformation on parameter 'Version'. Cannot "
                                       "convert value \"%s\" to type \"System.Version\"." % text,
                                       "ParameterArgumentTransformationError", "InvalidData", text,
                                       "System.Management.Automation.ParameterBindingException")
            if level not in (1.0, 2.0, 3.0) and not 1.0 <= level <= 3.0:
                self.throw_terminating("Cannot validate argument on parameter 'Version'. The \"%s\" argument "
                                       "does not contain a valid PowerShell version. Supply a valid version "
                                       "number and then try the command again." % text,
                                       "ParameterArgumentValidationError", "InvalidData", text,
                                       "System.Management.Automation.ParameterBindingException")
        self.runspace.strict_mode = level


# Get-Command and Get-Alias list every built-in, so their module loads all the others.
load_builtins()
