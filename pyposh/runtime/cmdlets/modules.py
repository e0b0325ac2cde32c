"""Module cmdlets: Import-Module, Export-ModuleMember, Get-Module, Remove-Module and New-Module (runtime/modules.py
does the work)."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, Parameter, ScriptBlock, cmdlet, has_wildcards, is_list, module_scope_of, to_string, wildcard_match,
)
from pyposh.runtime import modules as m

_NOT_IN_MODULE = "The Export-ModuleMember cmdlet can only be called from inside a module."


def _items(value) -> list:
    if value is None:
        return []
    return list(value) if is_list(value) else [value]


def _module_failure(cmd: Cmdlet, error: m.ModuleError, terminating=False):
    if terminating:
        cmd.throw_terminating(error.message, error.error_id, error.category, error.target, error.exception_type)
    cmd.write_error(error.message, error.error_id, error.category, error.target, error.exception_type)


@cmdlet("Import-Module", aliases=("ipmo",), default_set="Name")
class ImportModule(Cmdlet):
    name: Annotated[list, Parameter(type="object[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Name",))] = None
    argument_list: Annotated[list, Parameter(type="object[]", aliases=("Args",))] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    prefix: Annotated[str, Parameter(type="string")] = None
    function: Annotated[list, Parameter(type="string[]")] = None
    scope: Annotated[str, Parameter(type="string", validate_set=("Local", "Global"))] = None
    global_: Annotated[bool, Parameter(name="Global", type="switch")] = False
    disable_name_checking: Annotated[bool, Parameter(type="switch")] = False
    minimum_version: Annotated[object, Parameter(type="version", aliases=("Version",))] = None
    required_version: Annotated[object, Parameter(type="version")] = None

    def process(self):
        for value in self.name:
            info = getattr(value, "base", value)
            if isinstance(info, m.PSModuleInfo):        # a module New-Module made, piped in
                m.place_exports(info, self.target_scope(), self.prefix or "", self.function)
                m.add_loaded_module(self.runspace, info)
                if self.pass_thru:
                    self.write_object(info)
                continue
            try:
                info = m.import_named_module(self.ctx, to_string(value), _items(self.argument_list), self.force,
                                       self.write_object, self.prefix or "", self.target_scope(), self.function)
            except m.ModuleError as error:
                _module_failure(self, error)
                continue
            wanted = self.required_version or self.minimum_version
            if wanted is not None and (info.version < wanted if self.minimum_version else info.version != wanted):
                m.remove_module(self.runspace, info)
                self.write_error("The specified module '%s' with version '%s' was not loaded because no valid module "
                                 "file was found in any module directory." % (to_string(value), wanted),
                                 "Modules_ModuleWithVersionNotFound", "ResourceUnavailable", value,
                                 "System.IO.FileNotFoundException")
                continue
            if self.pass_thru:
                self.write_object(info)

    def target_scope(self):
        """Where the exports go: the global scope (Import-Module's default), -Scope Local's, or the module being
        loaded when a module imports another."""
        if self.global_ or (self.scope or "").lower() == "global":
            return self.runspace.global_scope
        if (self.scope or "").lower() == "local":
            return self.ctx.scope.parent or self.ctx.scope
        return module_scope_of(self.ctx.scope) or self.runspace.global_scope


@cmdlet("Export-ModuleMember")
class ExportModuleMember(Cmdlet):
    function: Annotated[list, Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True)] = None
    cmdlet_names: Annotated[list, Parameter(name="Cmdlet", type="string[]")] = None
    variable: Annotated[list, Parameter(type="string[]")] = None
    alias: Annotated[list, Parameter(type="string[]")] = None

    def process(self):
        module = module_scope_of(self.ctx.scope)
        if module is None or module.module is None:
            self.throw_terminating(_NOT_IN_MODULE, "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                                   "PermissionDenied", None, "System.InvalidOperationException")
        info = module.module
        for kind, patterns in (("function", self.function), ("variable", self.variable), ("alias", self.alias)):
            m.request_export(info, kind, _items(patterns))
        if not (self.function or self.variable or self.alias or self.cmdlet_names):
            m.request_export(info, "function", [])     # Export-ModuleMember alone: export nothing


@cmdlet("Get-Module", aliases=("gmo",), default_set="Loaded")
class GetModule(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, pipeline=True)] = None
    list_available: Annotated[bool, Parameter(type="switch", sets=("Available",))] = False
    all: Annotated[bool, Parameter(type="switch")] = False
    refresh: Annotated[bool, Parameter(type="switch", sets=("Available",))] = False

    def process(self):
        found = m.available_modules(self.runspace) if self.list_available else m.loaded_modules(self.runspace)
        found = [info for info in found if not info.name.startswith("__DynamicModule_")]
        patterns = [to_string(n) for n in _items(self.name)]
        for info in sorted(found, key=lambda i: i.name.lower()):
            if not patterns or any(wildcard_match(p, info.name) for p in patterns):
                self.write_object(info)


@cmdlet("Remove-Module", aliases=("rmo",), default_set="name", should_process=True)
class RemoveModule(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    sets=("name",))] = None
    module_info: Annotated[list, Parameter(name="ModuleInfo", type="object[]", position=0, mandatory=True,
                                           pipeline=True, sets=("ModuleInfo",))] = None
    force: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        loaded = m.loaded_modules(self.runspace)
        targets = [getattr(v, "base", v) for v in _items(self.module_info)]
        for name in _items(self.name):
            name = to_string(name)
            matches = [info for info in loaded if wildcard_match(name, info.name)]
            if not matches and not has_wildcards(name):
                self.write_error("No modules were removed. Verify that the specification of modules to remove is "
                                 "correct and those modules exist in the runspace.",
                                 "Modules_NoModulesRemoved", "ResourceUnavailable", name,
                                 "System.InvalidOperationException")
            targets.extend(matches)
        for info in targets:
            if isinstance(info, m.PSModuleInfo) and self.should_process(info.name, "Remove-Module"):
                m.remove_module(self.runspace, info)


@cmdlet("New-Module", aliases=("nmo",))
class NewModule(Cmdlet):
    """`New-Module [-ScriptBlock] {...}` and `New-Module [-Name] name [-ScriptBlock] {...}`."""

    name: Annotated[object, Parameter(type="object", position=0)] = None
    script_block: Annotated[object, Parameter(type="scriptblock", position=1)] = None
    argument_list: Annotated[list, Parameter(type="object[]", aliases=("Args",))] = None
    function: Annotated[list, Parameter(type="string[]")] = None

    def process(self):
        name, body = self.name, self.script_block
        if body is None and isinstance(name, ScriptBlock):
            name, body = None, name
        if body is None:
            self.throw_terminating("Cannot process command because of one or more missing mandatory parameters: "
                                   "ScriptBlock.", "MissingMandatoryParameter", "InvalidArgument")
        info = m.dynamic_module(self.ctx, body, to_string(name) if name is not None else None,
                                _items(self.argument_list))
        m.place_exports(info, self.runspace.global_scope, "", self.function)
        self.write_object(info)
