"""The built-in cmdlets: one module per noun family, indexed here so a module is imported only when one of
its commands (or their aliases) is first used. tests/runtime/test_builtin_index.py checks the index against
what the modules register."""
from __future__ import annotations

import importlib

# module (under pyposh.runtime.cmdlets) -> the cmdlets it registers
BUILTIN_COMMANDS = {
    "commands": ("Get-Alias", "Get-Command", "New-Alias", "Set-Alias", "Set-StrictMode"),
    "csv": ("ConvertFrom-Csv", "ConvertTo-Csv", "Export-Csv", "Import-Csv"),
    "content": ("Add-Content", "Clear-Content", "Get-Content", "Out-File", "Set-Content"),
    "drives": ("Get-PSDrive", "New-PSDrive", "Remove-PSDrive"),
    "filesystem": ("Copy-Item", "Get-ChildItem", "Get-Item", "Move-Item", "New-Item", "Remove-Item",
        "Rename-Item", "Set-Item"),
    "formatting": ("Format-List", "Format-Table", "Format-Wide"),
    "jobs": ("Get-Job", "Receive-Job", "Remove-Job", "Start-Job", "Start-ThreadJob", "Stop-Job", "Wait-Job"),
    "json": ("ConvertFrom-Json", "ConvertTo-Json"),
    "location": ("Convert-Path", "Get-Location", "Join-Path", "Pop-Location", "Push-Location",
        "Resolve-Path", "Set-Location", "Split-Path", "Test-Path"),
    "objects": ("ForEach-Object", "Tee-Object", "Where-Object"),
    "objects_add_member": ("Add-Member",),
    "objects_measure": ("Measure-Object",),
    "objects_members": ("Get-Member",),
    "objects_select": ("Select-Object",),
    "objects_sort": ("Compare-Object", "Get-Unique", "Group-Object", "Sort-Object"),
    "output": ("Out-Host", "Out-Null", "Out-String", "Write-Debug", "Write-Error", "Write-Host",
        "Write-Information", "Write-Output", "Write-Progress", "Write-Verbose", "Write-Warning"),
    "utility": ("Clear-Host", "Get-Date", "Get-Random", "Invoke-Expression", "New-Object", "New-TimeSpan",
        "Start-Sleep"),
    "variables": ("Clear-Variable", "Get-Variable", "New-Variable", "Remove-Variable", "Set-Variable"),
}
# PowerShell 7's default aliases on Linux -> command names
BUILTIN_ALIASES = {
    "%": "ForEach-Object", "?": "Where-Object", "cd": "Set-Location", "chdir": "Set-Location",
    "clc": "Clear-Content", "cls": "Clear-Host", "clv": "Clear-Variable", "compare": "Compare-Object",
    "copy": "Copy-Item", "cpi": "Copy-Item", "cvpa": "Convert-Path", "del": "Remove-Item",
    "diff": "Compare-Object", "epcsv": "Export-Csv", "dir": "Get-ChildItem", "echo": "Write-Output", "erase": "Remove-Item",
    "fl": "Format-List", "foreach": "ForEach-Object", "ft": "Format-Table", "fw": "Format-Wide",
    "gal": "Get-Alias", "gc": "Get-Content", "gci": "Get-ChildItem", "gcm": "Get-Command", "gi": "Get-Item",
    "gl": "Get-Location", "gm": "Get-Member", "group": "Group-Object", "gu": "Get-Unique",
    "gv": "Get-Variable", "iex": "Invoke-Expression", "ipcsv": "Import-Csv", "measure": "Measure-Object", "mi": "Move-Item",
    "move": "Move-Item", "nal": "New-Alias", "ni": "New-Item", "nv": "New-Variable", "oh": "Out-Host",
    "popd": "Pop-Location", "pushd": "Push-Location", "pwd": "Get-Location", "rd": "Remove-Item",
    "ren": "Rename-Item", "ri": "Remove-Item", "rni": "Rename-Item", "rv": "Remove-Variable",
    "rvpa": "Resolve-Path", "sal": "Set-Alias", "select": "Select-Object", "set": "Set-Variable",
    "sl": "Set-Location", "sort": "Sort-Object", "tee": "Tee-Object", "type": "Get-Content",
    "where": "Where-Object", "write": "Write-Output",
}
BUILTIN_ALIASES.update({"gjb": "Get-Job", "rcjb": "Receive-Job", "rjb": "Remove-Job", "sajb": "Start-Job",
                        "spjb": "Stop-Job", "wjb": "Wait-Job"})
BUILTIN_ALIASES.update({"gdr": "Get-PSDrive", "ndr": "New-PSDrive", "rdr": "Remove-PSDrive", "si": "Set-Item"})

_MODULE_OF = {name.lower(): module for module, names in BUILTIN_COMMANDS.items() for name in names}


def load_command(name: str) -> bool:
    """Import the module that registers the built-in cmdlet `name`; False when there is none."""
    module = _MODULE_OF.get(name.lower())
    if module is None:
        return False
    importlib.import_module("pyposh.runtime.cmdlets." + module)
    return True


def load_builtins():
    """Import every built-in cmdlet module (Get-Command and the index test need them all)."""
    for module in BUILTIN_COMMANDS:
        importlib.import_module("pyposh.runtime.cmdlets." + module)
