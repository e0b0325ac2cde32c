"""The index of built-in cmdlets (pyposh/runtime/cmdlets/__init__.py) matches what the modules declare."""
from __future__ import annotations

import importlib
import subprocess
import sys

from pyposh.runtime import cmdlets


def _declared():
    """Every `@cmdlet` class of every module under pyposh/runtime/cmdlets/, by module."""
    found = {}
    for module_name in cmdlets.BUILTIN_COMMANDS:
        module = importlib.import_module("pyposh.runtime.cmdlets." + module_name)
        for value in vars(module).values():
            spec = getattr(value, "spec", None)
            own = isinstance(value, type) and spec is not None and spec.cls is value
            if own and value.__module__ == module.__name__:
                found.setdefault(module_name, []).append(spec)
    return found


def test_index_lists_exactly_what_modules_declare():
    declared = {module: {spec.name for spec in specs} for module, specs in _declared().items()}
    assert declared == {m: set(names) for m, names in cmdlets.BUILTIN_COMMANDS.items()}


def test_index_aliases_match_declarations():
    declared = {alias: spec.name for specs in _declared().values() for spec in specs for alias in spec.aliases}
    assert declared == cmdlets.BUILTIN_ALIASES


def test_builtins_source_finds_cmdlets_and_their_module():
    spec = cmdlets.BUILTINS.find("get-childitem")
    assert spec.name == "Get-ChildItem" and spec.module == "Microsoft.PowerShell.Management"
    assert cmdlets.BUILTINS.alias_target("GCI") == "Get-ChildItem"
    assert cmdlets.BUILTINS.find("Get-NoSuchThing") is None
    assert {s.name for s in cmdlets.BUILTINS.specs()} == {n for names in cmdlets.BUILTIN_COMMANDS.values()
                                                           for n in names}


def test_cmdlet_modules_load_on_first_use():
    code = ("import sys, pyposh; rs = pyposh.Runspace(); rs.invoke('1 + 1');"
            "print('pyposh.runtime.cmdlets.json' in sys.modules);"
            "rs.invoke('@{a=1} | ConvertTo-Json');"
            "print('pyposh.runtime.cmdlets.json' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
