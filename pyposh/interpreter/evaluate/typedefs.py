"""Type definitions: `enum` statements define enum types, `class` definitions classes (evaluate/classes.py)."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import compiles
from pyposh.interpreter.evaluate.assignment import compile_statement_value
from pyposh.interpreter.evaluate.classes import compile_class
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.enums import EnumType
from pyposh.interpreter.values.types import define_enum, resolve_type

_FLAGS_ATTRIBUTES = ("flags", "system.flags", "flagsattribute", "system.flagsattribute")


@compiles(A.TypeDefinitionAst)
def compile_type_definition(node):
    return _compile_enum(node) if node.is_enum else compile_class(node)


def _compile_enum(node):
    values = [(name, compile_statement_value(value) if value is not None else None) for name, value in node.members]
    underlying = node.base_types[0] if node.base_types else "int"

    def define(ctx):
        underlying_type = resolve_type(underlying)
        if underlying_type is None:
            raise ScriptRuntimeError("Unable to find type [%s]." % underlying, "TypeNotFound", "InvalidOperation",
                                     node.extent)
        members = []
        number = 0
        for name, value_fn in values:
            if value_fn is not None:
                try:
                    number = int(convert_to(value_fn(ctx), "long"))
                except PyposhError as e:
                    e.extent = e.extent or node.extent
                    raise
            members.append((name, number))
            number += 1
        flags = any(a.type_name.lower() in _FLAGS_ATTRIBUTES for a in node.attributes)
        define_enum(EnumType(node.name, members, flags, underlying_type.full_name))
    return define
