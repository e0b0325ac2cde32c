"""The command table as scripts see it: Get-Command, Get-Alias, Set-Alias, New-Alias, Set-StrictMode."""
from __future__ import annotations

import os
from typing import Annotated

from pyposh.interpreter.api import (
    COMMAND_TYPES, Cmdlet, Parameter, alias_info, application_info, cmdlet, command_object, has_wildcards, message,
    resolve_command, to_string, wildcard_match,
)

_TYPE_ORDER = {"Alias": 0, "Function": 1, "Filter": 2, "Cmdlet": 3, "ExternalScript": 4, "Application": 5}


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
            yield application_info(runspace, path)


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
            self.write_object(self.syntax_text(info))
        else:
            self.write_object(info)

    def syntax_text(self, info) -> str:
        """What -Syntax writes (GetCommandCommand.GetSyntaxObject): an alias shows `name (alias) -> target` and
        the target's syntax under the alias's name; an application its path."""
        target = info.referenced_command if info.kind == "Alias" else None
        if target is None:
            return info.path if info.kind == "Application" else info.syntax
        if target.kind == "Application":
            return target.path
        return "%s (alias) -> %s\n%s" % (info.name, target.name, target.syntax.replace(target.name, info.name))

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
                self.write_error(message("CommandNotFoundException", name=name), "CommandNotFoundException",
                                 "ObjectNotFound", name,
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
                self.runspace.commands.cmdlet_alias(key) is not None and scope.parent is None)):
            self.write_error("The alias is not allowed, because an alias with the name '%s' already exists."
                             % self.name, "AliasAlreadyExists", "ResourceExists", self.name,
                             "System.Management.Automation.SessionStateException")
            return
        scope.aliases[key] = self.value
        if self.pass_thru:
            self.write_object(alias_info(self.runspace, self.ctx, self.name, self.value, True))


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
