"""The index of built-in cmdlets (pyposh/runtime/cmdlets/__init__.py) matches what the modules register."""
from __future__ import annotations

import subprocess
import sys

from pyposh.interpreter.commands.cmdlet import CATALOG, DEFAULT_ALIASES
from pyposh.runtime import cmdlets


def test_index_lists_exactly_what_modules_register():
    cmdlets.load_builtins()
    registered = {}
    for spec in CATALOG.values():
        module = spec.cls.__module__
        if module.startswith("pyposh.runtime.cmdlets."):
            registered.setdefault(module.rsplit(".", 1)[1], set()).add(spec.name)
    assert registered == {m: set(names) for m, names in cmdlets.BUILTIN_COMMANDS.items()}


def test_index_aliases_match_registration():
    cmdlets.load_builtins()
    builtin = {k: v for k, v in DEFAULT_ALIASES.items() if CATALOG[v.lower()].cls.__module__.startswith(
        "pyposh.runtime.cmdlets.")}
    assert builtin == cmdlets.BUILTIN_ALIASES


def test_cmdlet_modules_load_on_first_use():
    code = ("import sys, pyposh; rs = pyposh.Runspace(); rs.invoke('1 + 1');"
            "print('pyposh.runtime.cmdlets.json' in sys.modules);"
            "rs.invoke('@{a=1} | ConvertTo-Json');"
            "print('pyposh.runtime.cmdlets.json' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]
