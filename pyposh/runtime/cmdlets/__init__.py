"""The built-in cmdlets: one module per noun family, listed once here and imported when a runspace starts."""
from __future__ import annotations

import importlib

BUILTIN_MODULES = (
    "pyposh.runtime.cmdlets.output",       # Write-*, Out-Null, Out-Host, Out-String, Out-Default
    "pyposh.runtime.cmdlets.objects",      # ForEach-Object, Where-Object, Select/Sort/Measure/Group-Object, ...
    "pyposh.runtime.cmdlets.variables",    # Get/Set/New/Remove/Clear-Variable
    "pyposh.runtime.cmdlets.formatting",   # Format-Table, Format-List, Format-Wide
    "pyposh.runtime.cmdlets.location",     # Get/Set/Push/Pop-Location, Join-Path, Split-Path, Test-Path
    "pyposh.runtime.cmdlets.filesystem",   # Get-Item, Get-ChildItem, Get/Set/Add-Content, Out-File, ...
    "pyposh.runtime.cmdlets.json",         # ConvertTo-Json, ConvertFrom-Json
    "pyposh.runtime.cmdlets.utility",      # Get-Date, Start-Sleep, Get-Random, New-Object, Invoke-Expression, ...
    "pyposh.runtime.cmdlets.commands",     # Get-Command, Get-Alias, Set-Alias, Set-StrictMode
)


def load_builtins():
    """Import every built-in cmdlet module (each registers its cmdlets in the catalog)."""
    for name in BUILTIN_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name != name:
                raise
