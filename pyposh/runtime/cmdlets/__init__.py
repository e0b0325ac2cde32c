"""The built-in cmdlets: one module per noun family, indexed here so a module is imported only when one of
its commands (or their aliases) is first used. tests/runtime/test_builtin_index.py checks the index against
what the modules declare. This is the one place pyposh imports modules by name."""
from __future__ import annotations

import importlib
import threading

# module (under pyposh.runtime.cmdlets) -> the cmdlets it registers
BUILTIN_COMMANDS = {
    "commands": ("Get-Alias", "Get-Command", "New-Alias", "Set-Alias", "Set-StrictMode"),
    "csv": ("ConvertFrom-Csv", "ConvertTo-Csv", "Export-Csv", "Import-Csv"),
    "content": ("Add-Content", "Clear-Content", "Get-Content", "Out-File", "Set-Content"),
    "data_files": ("Import-PowerShellDataFile",),
    "drives": ("Get-PSDrive", "New-PSDrive", "Remove-PSDrive"),
    "eventlog": ("Get-EventLog",),
    "file_hash": ("Get-FileHash",),
    "filesystem": ("Copy-Item", "Get-ChildItem", "Get-Item", "Move-Item", "New-Item", "Remove-Item",
        "Rename-Item", "Set-Item"),
    "formatting": ("Format-List", "Format-Table", "Format-Wide"),
    "get_error": ("Get-Error",),
    "guid": ("New-Guid",),
    "help": ("Get-Help", "help"),
    "jobs": ("Get-Job", "Receive-Job", "Remove-Job", "Start-Job", "Start-ThreadJob", "Stop-Job", "Wait-Job"),
    "json": ("ConvertFrom-Json", "ConvertTo-Json"),
    "json_validation": ("Test-Json",),
    "location": ("Convert-Path", "Get-Location", "Join-Path", "Pop-Location", "Push-Location",
        "Resolve-Path", "Set-Location", "Split-Path", "Test-Path"),
    "measure_command": ("Measure-Command",),
    "modules": ("Export-ModuleMember", "Get-Module", "Import-Module", "New-Module", "Remove-Module"),
    "objects": ("ForEach-Object", "Tee-Object", "Where-Object"),
    "objects_add_member": ("Add-Member",),
    "objects_measure": ("Measure-Object",),
    "objects_members": ("Get-Member",),
    "objects_select": ("Select-Object",),
    "objects_sort": ("Compare-Object", "Get-Unique", "Group-Object", "Sort-Object"),
    "process": ("Get-Process", "Start-Process", "Stop-Process", "Wait-Process"),
    "security": ("ConvertFrom-SecureString", "ConvertTo-SecureString", "Get-Credential"),
    "remoting": ("Enter-PSSession", "Exit-PSSession", "Get-PSSession", "Invoke-Command", "New-PSSession",
        "Remove-PSSession"),
    "output": ("Out-Default", "Out-Host", "Out-Null", "Out-String", "Write-Debug", "Write-Error", "Write-Host",
        "Write-Information", "Write-Output", "Write-Progress", "Write-Verbose", "Write-Warning"),
    "text": ("ConvertFrom-StringData", "Join-String", "Select-String"),
    "utility": ("Clear-Host", "Get-Date", "Get-Random", "Invoke-Expression", "New-Object", "New-TimeSpan",
        "Start-Sleep"),
    "variables": ("Clear-Variable", "Get-Variable", "New-Variable", "Remove-Variable", "Set-Variable"),
}
# PowerShell 7's default aliases on Linux -> command names (InitialSessionState.cs; those under #if !UNIX, such as
# sort, tee, write, compare and diff, are Windows-only: on Linux those names run native programs)
BUILTIN_ALIASES = {
    "%": "ForEach-Object", "?": "Where-Object", "cd": "Set-Location", "chdir": "Set-Location",
    "clc": "Clear-Content", "cls": "Clear-Host", "clv": "Clear-Variable",
    "copy": "Copy-Item", "cpi": "Copy-Item", "cvpa": "Convert-Path", "del": "Remove-Item",
    "epcsv": "Export-Csv", "dir": "Get-ChildItem", "echo": "Write-Output", "erase": "Remove-Item",
    "fl": "Format-List", "foreach": "ForEach-Object", "ft": "Format-Table", "fw": "Format-Wide",
    "gal": "Get-Alias", "gc": "Get-Content", "gci": "Get-ChildItem", "gcm": "Get-Command", "gi": "Get-Item",
    "gl": "Get-Location", "gm": "Get-Member", "group": "Group-Object", "gu": "Get-Unique",
    "gv": "Get-Variable", "iex": "Invoke-Expression", "ipcsv": "Import-Csv", "measure": "Measure-Object", "mi": "Move-Item",
    "move": "Move-Item", "nal": "New-Alias", "ni": "New-Item", "nv": "New-Variable", "oh": "Out-Host",
    "popd": "Pop-Location", "pushd": "Push-Location", "pwd": "Get-Location", "rd": "Remove-Item",
    "ren": "Rename-Item", "ri": "Remove-Item", "rni": "Rename-Item", "rv": "Remove-Variable",
    "rvpa": "Resolve-Path", "sal": "Set-Alias", "select": "Select-Object", "set": "Set-Variable",
    "sl": "Set-Location", "sv": "Set-Variable", "type": "Get-Content", "where": "Where-Object",
}
BUILTIN_ALIASES.update({"gjb": "Get-Job", "rcjb": "Receive-Job", "rjb": "Remove-Job", "sajb": "Start-Job",
                        "spjb": "Stop-Job", "wjb": "Wait-Job"})
BUILTIN_ALIASES.update({"icm": "Invoke-Command", "nsn": "New-PSSession", "gsn": "Get-PSSession",
                        "rsn": "Remove-PSSession", "etsn": "Enter-PSSession", "exsn": "Exit-PSSession"})
BUILTIN_ALIASES.update({"ipmo": "Import-Module", "gmo": "Get-Module", "rmo": "Remove-Module", "nmo": "New-Module"})
BUILTIN_ALIASES.update({"gdr": "Get-PSDrive", "ndr": "New-PSDrive", "rdr": "Remove-PSDrive", "si": "Set-Item"})
BUILTIN_ALIASES.update({"sls": "Select-String"})
BUILTIN_ALIASES.update({"gerr": "Get-Error"})
BUILTIN_ALIASES.update({"gps": "Get-Process", "saps": "Start-Process", "spps": "Stop-Process"})

_MODULE_OF = {name.lower(): module for module, names in BUILTIN_COMMANDS.items() for name in names}
_ALIASES = {alias.lower(): name for alias, name in BUILTIN_ALIASES.items()}

_CORE = {"foreach-object", "where-object", "get-command", "get-help", "set-strictmode", "get-history",
         "invoke-command", "out-default", "out-host", "out-null", "get-module", "import-module", "new-module",
         "remove-module", "start-job", "get-job", "receive-job", "stop-job", "wait-job", "remove-job",
         "new-pssession", "get-pssession", "remove-pssession", "enter-pssession", "exit-pssession",
         "clear-history", "add-history", "invoke-history", "export-modulemember", "get-pshostprocessinfo"}
_SECURITY = {"convertto-securestring", "convertfrom-securestring", "get-credential"}
_MANAGEMENT_NOUNS = {"eventlog", "item", "childitem", "content", "location", "path", "process", "psdrive", "itemproperty",
                     "service", "computer", "timezone", "psprovider", "computerinfo"}


def module_of(name: str) -> str:
    """The module a built-in cmdlet ships in."""
    lower = name.lower()
    if lower in _CORE:
        return "Microsoft.PowerShell.Core"
    if lower in _SECURITY:
        return "Microsoft.PowerShell.Security"
    noun = lower.partition("-")[2]
    if noun in _MANAGEMENT_NOUNS or lower in ("join-path", "split-path", "test-path", "resolve-path",
                                              "convert-path"):
        return "Microsoft.PowerShell.Management"
    return "Microsoft.PowerShell.Utility"


class BuiltinCommands:
    """The built-in cmdlets as a command source (interpreter/services.py's CommandSource): a cmdlet's module is
    imported the first time the cmdlet (or one of its aliases) is looked up. One for the process: built-ins are
    the same for every runspace."""

    def __init__(self):
        self._specs: dict[str, object] = {}       # lower-case name -> CommandSpec, for modules loaded so far
        self._lock = threading.Lock()

    def find(self, name: str):
        key = name.lower()
        spec = self._specs.get(key)
        if spec is None and key in _MODULE_OF:
            self._load(_MODULE_OF[key])
            spec = self._specs.get(key)
        return spec

    def alias_target(self, name: str) -> str | None:
        return _ALIASES.get(name.lower())

    def aliases(self) -> dict[str, str]:
        return dict(_ALIASES)

    def specs(self) -> list:
        for module in BUILTIN_COMMANDS:
            self._load(module)
        return [self._specs[name.lower()] for names in BUILTIN_COMMANDS.values() for name in names]

    def _load(self, module_name: str):
        """Import a cmdlet module and take the cmdlets it declares (`@cmdlet` classes of its own)."""
        module = importlib.import_module("pyposh.runtime.cmdlets." + module_name)
        with self._lock:
            for value in vars(module).values():
                spec = getattr(value, "spec", None)
                if isinstance(value, type) and spec is not None and spec.cls is value \
                        and value.__module__ == module.__name__:
                    spec.module = module_of(spec.name)
                    self._specs[spec.name.lower()] = spec


BUILTINS = BuiltinCommands()
