"""`using namespace X` applied to a script's type names.

PowerShell resolves the type names a script writes (`[StringBuilder]`, `[List[StringBuilder]]`, a parameter's
type, a class member's type, `catch [IOException]`) with the namespaces its `using namespace` statements name,
lexically: the statements hold for the whole script file, nested script blocks and functions included, and
for nothing outside it. Here that happens once per parsed script, before it is compiled: each type name that
is not found as written but is found under one of the namespaces is replaced by the type's full name.
"""
from __future__ import annotations

from pyposh.grammar import ast as A
from pyposh.interpreter.values.typenames import lookup_type_name

_TYPE_FIELDS = ("type_name", "return_type", "trap_type")
_TYPE_LIST_FIELDS = ("base_types", "catch_types")


def using_namespaces(script: A.ScriptBlockAst) -> tuple:
    """The namespaces a script's top-level `using namespace` statements name, in order."""
    end = script.end
    statements = end.statements if end is not None else ()
    return tuple(s.name for s in statements if isinstance(s, A.UsingStatementAst) and s.kind == "namespace")


def apply_using_namespaces(script: A.ScriptBlockAst) -> A.ScriptBlockAst:
    """The script with its type names qualified by its `using namespace` statements (itself when it has none)."""
    namespaces = using_namespaces(script)
    if not namespaces:
        return script
    return _qualify(script, namespaces)


def _qualified(type_name, namespaces):
    if not isinstance(type_name, str) or lookup_type_name(type_name) is not None:
        return type_name
    return lookup_type_name(type_name, namespaces) or type_name


def _qualify(node, namespaces):
    if isinstance(node, tuple):
        items = tuple(_qualify(item, namespaces) for item in node)
        return node if all(a is b for a, b in zip(items, node)) else items
    if not isinstance(node, A.Ast):
        return node
    changes = {}
    for name in A.fields(node):
        value = getattr(node, name)
        if name in _TYPE_FIELDS:
            new = _qualified(value, namespaces)
        elif name in _TYPE_LIST_FIELDS:
            new = tuple(_qualified(t, namespaces) for t in value)
            new = value if new == value else new
        else:
            new = _qualify(value, namespaces)
        if new is not value:
            changes[name] = new
    return A.replace(node, **changes) if changes else node
