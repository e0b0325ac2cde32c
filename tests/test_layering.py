"""Layering: imports run one way, down the layers of docs/architecture.md, and never in a circle.

Two kinds of check. Each package imported alone in a fresh interpreter loads no forbidden neighbour
(grammar/ loads nothing of interpreter/ or runtime/, interpreter/ nothing of runtime/, nothing loads
paramiko). A static scan of every module's imports then checks, import by import:
- an import runs down the project's layers (errors -> grammar -> interpreter -> runtime -> the command
  line and embedding), and inside interpreter/ down its own layers (text -> values -> dotnet -> session
  -> commands -> evaluate -> runspace/api); runtime/ reaches the interpreter only through
  `pyposh/interpreter/api.py`;
- no module-level import cycle, in any package;
- an import inside a function is one of the few kept there for start-up time, listed in START_UP with
  its reason (and the same reason is written beside it in the code).
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

# ---- packages imported alone --------------------------------------------------------------------------

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
    "pyposh.interpreter.runspace": ("pyposh.runtime", "paramiko"),
    "pyposh.interpreter.api": ("pyposh.runtime", "paramiko"),
    "pyposh.runtime": ("paramiko",),
}


def _loaded(module: str, stub: bool) -> list[str]:
    proc = subprocess.run([sys.executable, "-c", PROBE, str(ROOT), module, "1" if stub else "0"],
                          capture_output=True, text=True, timeout=60, cwd=str(ROOT))
    assert proc.returncode == 0, f"importing {module} failed:\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _forbidden(modules, prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.mark.parametrize("module", sorted(RULES))
def test_package_loads_no_forbidden_neighbour(module):
    bad = _forbidden(_loaded(module, stub=True), RULES[module])
    assert not bad, f"import {module} loaded {bad} (docs/architecture.md: dependencies point one way)"


def test_import_pyposh_does_not_load_paramiko():
    bad = _forbidden(_loaded("pyposh", stub=False), ("paramiko",))
    assert not bad, f"import pyposh loaded {bad}: import paramiko inside runtime remoting code only"


# ---- the static scan ----------------------------------------------------------------------------------

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _imports(path: Path, module: str, known=None) -> list[tuple[int, str, bool]]:
    """(line, module imported, inside a function?) for every import in `path`, relative imports resolved
    and `from package import submodule` read as the submodule when `known` lists it."""
    known = MODULES if known is None else known
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found = []

    def visit(node, in_function):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", "") == "TYPE_CHECKING":
                continue            # imports for type annotations only: never run
            if isinstance(child, ast.Import):
                found.extend((child.lineno, alias.name, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package[: len(package) - child.level + 1]
                    name = ".".join(base + ([child.module] if child.module else []))
                else:
                    name = child.module or ""
                for alias in child.names:
                    sub = name + "." + alias.name
                    found.append((child.lineno, sub if sub in known else name, in_function))
            visit(child, in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)))

    visit(tree, False)
    return found


# The project's layers, lowest first: a module may import its own layer or a lower one.
PROJECT_LAYERS = (
    ("pyposh.errors",),
    ("pyposh.grammar",),
    ("pyposh.interpreter",),
    ("pyposh.runtime",),
    ("pyposh.embedding", "pyposh.repl", "pyposh.cli", "pyposh.__main__", "pyposh"),
)
# interpreter/'s own layers, lowest first
INTERPRETER_LAYERS = (
    ("pyposh.interpreter.text",),
    ("pyposh.interpreter.values",),
    ("pyposh.interpreter.dotnet",),
    ("pyposh.interpreter.session",),
    ("pyposh.interpreter.commands",),
    ("pyposh.interpreter.evaluate",),
    ("pyposh.interpreter.runspace", "pyposh.interpreter.api", "pyposh.interpreter"),
)


def _layer(module: str, layers) -> int | None:
    best = None
    for index, prefixes in enumerate(layers):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                if best is None or len(prefix) > best[1]:
                    best = (index, len(prefix))
    return None if best is None else best[0]


def _direction_problem(importer: str, imported: str) -> str | None:
    """Why `importer` may not import `imported` (None when it may)."""
    if not imported.startswith("pyposh"):
        return None
    low, high = _layer(imported, PROJECT_LAYERS), _layer(importer, PROJECT_LAYERS)
    if low is None or high is None:
        return None
    if low > high:
        return "runs up the project's layers"
    if importer.startswith("pyposh.runtime") and imported.startswith("pyposh.interpreter") \
            and imported != "pyposh.interpreter.api":
        return "reaches past pyposh/interpreter/api.py"
    if importer.startswith("pyposh.interpreter.") and imported.startswith("pyposh.interpreter."):
        low, high = _layer(imported, INTERPRETER_LAYERS), _layer(importer, INTERPRETER_LAYERS)
        if low is not None and high is not None and low > high:
            return "runs up the interpreter's layers"
    return None


def test_imports_run_down_the_layers():
    problems = []
    for module, path in MODULES.items():
        for lineno, name, _ in _imports(path, module):
            why = _direction_problem(module, name)
            if why:
                problems.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}: {why}")
    assert not problems, "\n".join(problems)


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]
    for root in edges:
        if root in index:
            continue
        work = [(root, iter(sorted(edges.get(root, ()))))]
        index[root] = low[root] = counter[0]
        counter[0] += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter[0]
                    counter[0] += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def module_level_edges() -> dict[str, set[str]]:
    return {module: {name for _, name, in_function in _imports(path, module)
                     if not in_function and name in MODULES and name != module}
            for module, path in MODULES.items()}


def test_no_module_level_import_cycle():
    cycles = _cycles(module_level_edges())
    assert not cycles, "module-level import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


# Imports kept inside functions, each for start-up time (`pyposh -c '$null'` does not pay for them); the
# same reason is written beside each in the code. (importing module, imported module) -> why.
_LIBRARY = "the .NET library's static members take ~10 ms to import; they load when a script first uses one"
START_UP = {
    ("pyposh.repl", "prompt_toolkit"): "line editing loads only for an interactive terminal",
    ("pyposh.repl", "prompt_toolkit.history"): "line editing loads only for an interactive terminal",
    ("pyposh.repl", "prompt_toolkit.lexers"): "line editing loads only for an interactive terminal",
    ("pyposh.repl", "pygments.lexers.shell"): "highlighting loads only for an interactive terminal",
    ("pyposh.interpreter.commands.external", "subprocess"): "~3 ms; loads when a native program first runs",
    ("pyposh.interpreter.commands.external", "selectors"): "loads when a native program first runs",
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.xml_document"):
        "xml.dom.minidom takes ~3.5 ms to import; it loads when a script first uses [xml]",
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.members"):
        "the member tables take ~3 ms to import; they load at a script's first member lookup",
    ("pyposh.runtime.host", "pyposh.runtime.format"): "formatting (~10 ms) loads with the first object shown",
    ("pyposh.runtime.session", "pyposh.runtime.jobs.manager"): "the job manager loads when a script uses jobs",
    ("pyposh.runtime.session", "pyposh.runtime.remoting.sessions"):
        "remoting (paramiko, psrpcore: ~150 ms) loads when a script first uses a PSSession",
    ("pyposh.cli", "pyposh.runtime.remoting.server"): "psrpcore and the server load only in a `pyposh -sshs` process",
    ("pyposh.repl", "pyposh.runtime.cmdlets.remoting"): "remoting loads only after Enter-PSSession",
    ("pyposh.repl", "pyposh.runtime.remoting.prompt"): "remoting loads only after Enter-PSSession",
    ("pyposh.runtime.session", "pyposh.runtime.paths.drives"): "the providers load with the first path resolved",
    ("pyposh.runtime.session", "pyposh.runtime.paths.locations"): "the providers load with the first path resolved",
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.constructors"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.members.regex"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.enums"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.io"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.net"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.numbers"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.system"): _LIBRARY,
    ("pyposh.interpreter.dotnet.library", "pyposh.interpreter.dotnet.statics.text"): _LIBRARY,
}


def test_function_level_imports_are_on_the_start_up_list():
    found, problems = set(), []
    for module, path in MODULES.items():
        for lineno, name, in_function in _imports(path, module):
            if not in_function:
                continue
            found.add((module, name))
            if (module, name) not in START_UP:
                problems.append(f"{path.relative_to(ROOT)}:{lineno} imports {name} inside a function")
    stale = sorted(set(START_UP) - found)
    assert not problems, "not on the start-up list (import at module level):\n" + "\n".join(problems)
    assert not stale, f"START_UP lists imports the code no longer makes: {stale}"


def test_modules_are_imported_by_name_in_one_place_only():
    # Loading a module by name hides an import from the checks above; only the index of built-in cmdlets does
    # it (STYLE.md rule 1: one explicit list of built-in cmdlet modules, imported lazily).
    users = sorted(str(path.relative_to(ROOT)) for path in MODULES.values()
                   if "import_module" in path.read_text(encoding="utf-8") or "__import__(" in path.read_text(
                       encoding="utf-8"))
    assert users == ["pyposh/runtime/cmdlets/__init__.py"]


# ---- the scanner itself -------------------------------------------------------------------------------

def test_import_scanner_resolves_relative_and_function_imports(tmp_path):
    src = ("from ..runtime import x\nfrom . import lexer\nimport paramiko\n\n"
           "def f():\n    from ..interpreter.api import y\n")
    path = tmp_path / "mod.py"
    path.write_text(src)
    found = _imports(path, "pyposh.grammar.mod", known={"pyposh.grammar.lexer"})
    assert found == [(1, "pyposh.runtime", False), (2, "pyposh.grammar.lexer", False), (3, "paramiko", False),
                     (6, "pyposh.interpreter.api", True)]


def test_direction_rules():
    assert _direction_problem("pyposh.interpreter.values.casts", "pyposh.interpreter.dotnet.registry")
    assert _direction_problem("pyposh.interpreter.values.casts", "pyposh.interpreter.text.numbers") is None
    assert _direction_problem("pyposh.runtime.host", "pyposh.interpreter.session.records")
    assert _direction_problem("pyposh.runtime.host", "pyposh.interpreter.api") is None
    assert _direction_problem("pyposh.grammar.parser", "pyposh.interpreter.api")
    assert _direction_problem("pyposh.cli", "pyposh.runtime.host") is None


def test_cycle_finder():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
