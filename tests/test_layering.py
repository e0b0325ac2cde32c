"""Layering: each package imported alone, in a fresh interpreter, loads no forbidden neighbour.

STYLE.md rule 1: grammar/ imports nothing of interpreter/ or runtime/; interpreter/ reaches runtime/
only lazily (nothing of runtime/ at import time) and never paramiko; `import pyposh` does not load
paramiko (remoting imports it on first use).

The package checks run with a stand-in `pyposh` package object in sys.modules, so they measure
what the package itself imports, not what `pyposh/__init__.py` re-exports. The check of the root
package imports the real `pyposh/__init__.py`. A static scan adds what sys.modules can't see:
imports inside functions in grammar/ (which must not reach the other two at all) and paramiko
anywhere in interpreter/.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PKG = ROOT / "pyposh"

# Import `module` with the real pyposh/__init__ skipped (stub=True) or run (stub=False); print sys.modules.
PROBE = r"""
import importlib, json, sys, types
root, module, stub = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
sys.path.insert(0, root)
if stub:
    pkg = types.ModuleType("pyposh")
    pkg.__path__ = [root + "/pyposh"]
    sys.modules["pyposh"] = pkg
importlib.import_module(module)
print(json.dumps(sorted(sys.modules)))
"""

# package imported -> prefixes that must not appear in sys.modules afterwards
RULES = {
    "pyposh.grammar": ("pyposh.interpreter", "pyposh.runtime", "paramiko"),
    "pyposh.interpreter": ("pyposh.runtime", "paramiko"),
    "pyposh.runtime": ("paramiko",),
}


def _loaded(module: str, stub: bool) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), module, "1" if stub else "0"],
                          capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert proc.returncode == 0, f"importing {module} failed:\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _forbidden(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.mark.parametrize("module", sorted(RULES))
def test_package_loads_no_forbidden_neighbour(module):
    if not (ROOT / module.replace(".", "/") / "__init__.py").exists():
        pytest.fail(f"{module} is missing")
    bad = _forbidden(_loaded(module, stub=True), RULES[module])
    assert not bad, f"import {module} loaded {bad} (STYLE.md rule 1: dependencies point one way)"


def test_import_pyposh_does_not_load_paramiko():
    bad = _forbidden(_loaded("pyposh", stub=False), ("paramiko",))
    assert not bad, f"import pyposh loaded {bad}: import paramiko inside runtime remoting code only"


def _imports(path: Path, package: str) -> list[tuple[int, str]]:
    """Every module `path` imports (anywhere in the file), relative imports resolved."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    here = package.split(".")
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
                if not node.module:  # from . import x  -> each x may be a submodule
                    found += [(node.lineno, name + "." + alias.name) for alias in node.names]
                    continue
            else:
                name = node.module or ""
            found.append((node.lineno, name))
    return found


def _package_of(path: Path) -> str:
    """The package a module file belongs to (for `pyposh/grammar/lexer.py`: `pyposh.grammar`)."""
    return ".".join(path.relative_to(ROOT).parts[:-1])


STATIC_RULES = {
    "grammar": ("pyposh.interpreter", "pyposh.runtime", "paramiko"),
    "interpreter": ("paramiko",),
}


@pytest.mark.parametrize("folder", sorted(STATIC_RULES))
def test_static_imports(folder):
    problems = []
    for path in sorted((PKG / folder).rglob("*.py")):
        for lineno, name in _imports(path, _package_of(path)):
            if _forbidden([name], STATIC_RULES[folder]):
                problems.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}")
    assert not problems, "\n".join(problems)


def test_import_scanner_resolves_relative_imports(tmp_path):
    """The static scan itself: relative imports resolve against the file's package."""
    src = ("from ..runtime import x\nfrom . import lexer\nimport paramiko\n\n"
           "def f():\n    from ..interpreter.api import y\n")
    path = tmp_path / "mod.py"
    path.write_text(src)
    names = [name for _, name in _imports(path, "pyposh.grammar")]
    assert names == ["pyposh.runtime", "pyposh.grammar.lexer", "paramiko", "pyposh.interpreter.api"]
