"""Script modules: finding one (a path, or a name on `$env:PSModulePath`), loading it (a .psm1 or .ps1 run in a
scope of its own, a .psd1 manifest and its root module), its exports (Export-ModuleMember's, else every
function; a manifest's *ToExport lists filter them), importing them into a scope and removing them again.

A module's functions run below its ModuleScope (interpreter/session/scopes.py), so its script-scope variables
stay private to it, as in PowerShell's module session state."""
from __future__ import annotations

import os
import uuid

from pyposh.interpreter.api import (
    ENUMS, EnumType, Hashtable, ModuleScope, ScriptBlock, convert_to, invoke_script_command, is_list, register_type,
    script_body, to_string, wildcard_match,
)
from pyposh.runtime.cmdlets.data_files import read_data_file

MODULE_TYPE = ENUMS.setdefault("system.management.automation.moduletype", EnumType(
    "System.Management.Automation.ModuleType", [("Binary", 0), ("Script", 1), ("Manifest", 2), ("Cim", 3),
                                                ("Workflow", 4)]))
EXTENSIONS = (".psd1", ".psm1", ".ps1")
NOT_FOUND = ("The specified module '%s' was not loaded because no valid module file was found in any module "
             "directory.")
# where pwsh looks for modules on Linux when $env:PSModulePath is not set
DEFAULT_MODULE_PATH = ("~/.local/share/powershell/Modules", "/usr/local/share/powershell/Modules")
# variables a script's run sets in the scope it runs in, never exports
_AUTOMATIC = frozenset(("args", "input", "psboundparameters", "myinvocation", "pscmdlet", "_", "this"))


class ModuleError(Exception):
    """A module that cannot be found or loaded: the message, error id, category and target of its error."""

    def __init__(self, message, error_id, category, target, exception_type="System.IO.FileNotFoundException"):
        super().__init__(message)
        self.message = message
        self.error_id = error_id
        self.category = category
        self.target = target
        self.exception_type = exception_type


class PSModuleInfo:
    """One module: what Get-Module shows and what Import-Module imported from it."""

    ps_type_name = "System.Management.Automation.PSModuleInfo"
    ps_properties = {
        "Name": "name", "Path": "path", "ModuleBase": "module_base", "ModuleType": "module_type",
        "Version": "version", "Description": "description", "Guid": "guid", "Author": "author",
        "ExportedFunctions": "exported_functions", "ExportedAliases": "exported_aliases",
        "ExportedVariables": "exported_variables", "ExportedCmdlets": "exported_cmdlets",
        "ExportedCommands": "exported_commands", "NestedModules": "nested_modules", "PrivateData": "private_data",
    }
    ps_methods = {"ToString": "__str__"}

    def __init__(self, name: str, path: str, kind: str):
        self.name = name
        self.path = path
        self.module_base = os.path.dirname(path) if path else ""
        self.kind = kind                        # Script or Manifest
        self.version = convert_to("0.0", "version")
        self.description = ""
        self.author = ""
        self.guid = uuid.UUID(int=0)
        self.private_data = None
        self.nested_modules = []
        self.scope = None                       # the ModuleScope its script ran in
        self.export_requests = None             # Export-ModuleMember's (kind, pattern) pairs, None if not called
        self.manifest_filters = {}              # kind -> the manifest's patterns for it
        self.functions, self.aliases, self.variables = {}, {}, {}     # the exports: name -> value
        self.imported = []                      # (scope, kind, lower name) placed by Import-Module

    @property
    def module_type(self):
        return MODULE_TYPE.lookup(self.kind)

    def _table(self, items) -> Hashtable:
        return Hashtable(sorted(items.items(), key=lambda item: item[0].lower()))

    @property
    def exported_functions(self):
        return self._table(self.functions)

    @property
    def exported_aliases(self):
        return self._table(self.aliases)

    @property
    def exported_variables(self):
        return self._table(self.variables)

    @property
    def exported_cmdlets(self):
        return Hashtable()

    @property
    def exported_commands(self):
        return self._table({**self.functions, **self.aliases})

    def __str__(self):
        return self.name


register_type(PSModuleInfo.ps_type_name)


# ---- finding ------------------------------------------------------------------------------------------------

def module_path_dirs(runspace) -> list:
    configured = runspace.environment.get("PSModulePath")
    if configured is None:
        return [os.path.expanduser(d) for d in DEFAULT_MODULE_PATH]
    return [d for d in configured.split(os.pathsep) if d]


def find_module(runspace, name: str) -> str | None:
    """The file a module name or path stands for: a .psd1/.psm1/.ps1 file, a folder holding `<folder>.psd1` or
    `<folder>.psm1` (newest version folder first), or such a folder on $env:PSModulePath."""
    if "/" in name or "\\" in name or name.lower().endswith(EXTENSIONS):
        path = runspace.resolve_path(name.replace("\\", "/"))
        return path if os.path.isfile(path) else _in_folder(path)
    for folder in module_path_dirs(runspace):
        found = _in_folder(os.path.join(folder, name))
        if found is not None:
            return found
    return None


def _in_folder(folder: str) -> str | None:
    if not os.path.isdir(folder):
        return None
    name = os.path.basename(folder.rstrip("/"))
    for extension in (".psd1", ".psm1"):
        candidate = os.path.join(folder, name + extension)
        if os.path.isfile(candidate):
            return candidate
    versions = sorted((v for v in os.listdir(folder) if _version_key(v) is not None), key=_version_key, reverse=True)
    for version in versions:
        found = _in_folder_named(os.path.join(folder, version), name)
        if found is not None:
            return found
    return None


def _in_folder_named(folder: str, name: str) -> str | None:
    for extension in (".psd1", ".psm1"):
        candidate = os.path.join(folder, name + extension)
        if os.path.isfile(candidate):
            return candidate
    return None


def _version_key(text: str):
    parts = text.split(".")
    return tuple(int(p) for p in parts) if all(p.isdigit() for p in parts) and parts else None


def available_modules(runspace) -> list:
    """Get-Module -ListAvailable: a PSModuleInfo for each module on $env:PSModulePath (not loaded)."""
    found = []
    for folder in module_path_dirs(runspace):
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder), key=str.lower):
            path = _in_folder(os.path.join(folder, name))
            if path is not None:
                info = PSModuleInfo(name, path, "Manifest" if path.endswith(".psd1") else "Script")
                if path.endswith(".psd1"):
                    try:
                        _apply_manifest_fields(info, read_data_file(runspace, path))
                    except ValueError:
                        continue
                found.append(info)
    return found


# ---- loading ------------------------------------------------------------------------------------------------

def load_module(ctx, path: str, args=(), emit=None) -> PSModuleInfo:
    """Run a module file in a new module scope and work out its exports."""
    runspace = ctx.runspace
    name = os.path.splitext(os.path.basename(path))[0]
    if path.lower().endswith(".psd1"):
        return _load_manifest(ctx, path, name, args, emit)
    info = PSModuleInfo(name, path, "Script")
    run_module_script(ctx, info, runspace.load_script(path), args, emit)
    return info


def run_module_script(ctx, info: PSModuleInfo, script: ScriptBlock, args=(), emit=None) -> None:
    """Run a module's script block in its own ModuleScope (below the global scope), then collect its exports."""
    runspace = ctx.runspace
    if info.scope is None:
        info.scope = ModuleScope(runspace.global_scope, info)
    module_ctx = ctx.child(scope=info.scope)
    if script.script_path:
        module_ctx.script_path = script.script_path
    invoke_script_command(script, module_ctx, list(args), emit or (lambda value: None), dot_source=True)
    _collect_exports(info)


def _load_manifest(ctx, path, name, args, emit) -> PSModuleInfo:
    try:
        manifest = read_data_file(ctx.runspace, path)
    except ValueError as error:
        raise ModuleError(str(error), "Modules_InvalidManifest", "ResourceUnavailable", path) from None
    info = PSModuleInfo(name, path, "Manifest")
    _apply_manifest_fields(info, manifest)
    for required in _names(manifest.get("RequiredModules")):
        if not any(m.name.lower() == required.lower() for m in loaded_modules(ctx.runspace)):
            import_named_module(ctx, required)
    root = manifest.get("RootModule") or manifest.get("ModuleToProcess")
    for nested in _names(manifest.get("NestedModules")) + ([to_string(root)] if root else []):
        nested_path = os.path.join(info.module_base, nested)
        if not os.path.splitext(nested_path)[1]:
            nested_path += ".psm1"
        if not os.path.isfile(nested_path):
            raise ModuleError("The module to process '%s', listed in field 'ModuleToProcess/RootModule' of module "
                                "manifest '%s' was not processed because no valid module was found in any module "
                                "directory." % (nested, path), "Modules_ModuleFileNotFound", "ResourceUnavailable",
                                path)
        run_module_script(ctx, info, ctx.runspace.load_script(nested_path), args, emit)
    if info.scope is None:
        info.scope = ModuleScope(ctx.runspace.global_scope, info)
    _collect_exports(info)
    return info


def _apply_manifest_fields(info: PSModuleInfo, manifest) -> None:
    if manifest.get("ModuleVersion") is not None:
        info.version = convert_to(manifest.get("ModuleVersion"), "version")
    info.description = to_string(manifest.get("Description") or "")
    info.author = to_string(manifest.get("Author") or "")
    if manifest.get("Guid"):
        info.guid = convert_to(manifest.get("Guid"), "guid")
    info.private_data = manifest.get("PrivateData")
    for kind, key in (("function", "FunctionsToExport"), ("alias", "AliasesToExport"),
                      ("variable", "VariablesToExport")):
        if manifest.get(key) is not None:
            info.manifest_filters[kind] = _names(manifest.get(key))


def _names(value) -> list:
    if value is None:
        return []
    items = list(value) if is_list(value) else [value]
    return [to_string(item.get("ModuleName") if isinstance(item, Hashtable) else item) for item in items]


def _collect_exports(info: PSModuleInfo) -> None:
    """Export-ModuleMember's choices, else every function (PowerShell's default for a script module), narrowed
    by the manifest's *ToExport lists."""
    scope = info.scope
    requests = info.export_requests
    candidates = {"function": scope.functions, "alias": scope.aliases,
                  "variable": {k: v for k, v in scope.vars.items() if k not in _AUTOMATIC}}
    names = {"function": {k: scope.functions[k].name or k for k in scope.functions},
             "alias": {k: k for k in scope.aliases},
             "variable": {k: scope.names.get(k, k) for k in scope.vars if k not in _AUTOMATIC}}
    chosen = {}
    for kind in ("function", "alias", "variable"):
        if requests is None:
            patterns = ["*"] if kind == "function" else []
        else:
            patterns = [p for k, p in requests if k == kind]
        manifest = info.manifest_filters.get(kind)
        selected = {}
        for key, value in candidates[kind].items():
            shown = names[kind][key]
            if any(wildcard_match(p, shown) for p in patterns) and \
                    (manifest is None or any(wildcard_match(p, shown) for p in manifest)):
                selected[shown] = value
        chosen[kind] = selected
    info.functions, info.aliases, info.variables = chosen["function"], chosen["alias"], chosen["variable"]


def request_export(info: PSModuleInfo, kind: str, patterns) -> None:
    """Export-ModuleMember: add patterns of one kind (function, alias, variable)."""
    if info.export_requests is None:
        info.export_requests = []
    info.export_requests.extend((kind, to_string(p)) for p in patterns)


# ---- importing, the module table ----------------------------------------------------------------------------

def loaded_modules(runspace) -> list:
    return list(_table(runspace).values())


def add_loaded_module(runspace, info: PSModuleInfo) -> None:
    """Put a module in the runspace's table of loaded modules (Import-Module of a New-Module module)."""
    _table(runspace)[info.name.lower()] = info


def _table(runspace) -> dict:
    services = runspace.services
    table = getattr(services, "modules", None)
    if table is None:
        table = services.modules = {}
    return table


def import_named_module(ctx, name: str, args=(), force=False, emit=None, prefix="", target_scope=None,
                  function_filter=None) -> PSModuleInfo:
    """Load a module (unless already loaded and not -Force) and place its exports in `target_scope`."""
    runspace = ctx.runspace
    path = find_module(runspace, name)
    if path is None:
        raise ModuleError(NOT_FOUND % name, "Modules_ModuleNotFound", "ResourceUnavailable", name)
    table = _table(runspace)
    info = next((m for m in table.values() if m.path == path), None)
    if info is not None and force:
        remove_module(runspace, info)
        info = None
    if info is None:
        info = load_module(ctx, path, args, emit)
        table[info.name.lower()] = info
    place_exports(info, target_scope or runspace.global_scope, prefix, function_filter)
    return info


def place_exports(info: PSModuleInfo, scope, prefix="", function_filter=None) -> None:
    for name, sb in info.functions.items():
        if function_filter is not None and not any(wildcard_match(p, name) for p in function_filter):
            continue
        imported = _prefixed(name, prefix)
        scope.functions[imported.lower()] = sb
        info.imported.append((scope, "function", imported.lower()))
    for name, target in info.aliases.items():
        scope.aliases[name.lower()] = target
        info.imported.append((scope, "alias", name.lower()))
    for name, value in info.variables.items():
        scope.set_local(name.lower(), value, name)
        info.imported.append((scope, "variable", name.lower()))


def _prefixed(name: str, prefix: str) -> str:
    if not prefix or "-" not in name:
        return name
    verb, noun = name.split("-", 1)
    return "%s-%s%s" % (verb, prefix, noun)


def remove_module(runspace, info: PSModuleInfo) -> None:
    """Remove-Module: the module leaves the table and what it placed leaves the scopes it went to."""
    for scope, kind, key in info.imported:
        store = {"function": scope.functions, "alias": scope.aliases, "variable": scope.vars}[kind]
        store.pop(key, None)
    info.imported.clear()
    _table(runspace).pop(info.name.lower(), None)


def dynamic_module(ctx, script: ScriptBlock, name: str | None, args=()) -> PSModuleInfo:
    """New-Module: a module made from a script block (its name: __DynamicModule_<guid> when none is given)."""
    info = PSModuleInfo(name or "__DynamicModule_%s" % uuid.uuid4(), "", "Script")
    body = ScriptBlock(script_body(str(script), None), ctx.runspace)
    run_module_script(ctx, info, body, args)
    return info
