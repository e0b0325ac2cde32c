"""Reading and writing variables: scopes (`$global:`), drives (`$env:`), `$using:` and automatic variables."""
from __future__ import annotations

import os

from pyposh.errors import ScriptRuntimeError
from pyposh.grammar import ast as A
from pyposh.interpreter.session.automatic_variables import PROTECTED_VARIABLES
from pyposh.interpreter.session.scopes import MISSING
from pyposh.interpreter.values.objects import PSReference

CONSTANTS = {"true": True, "false": False, "null": None}


def dynamic_variable(ctx, key):
    """Automatic variables whose value is computed when read."""
    rs = ctx.runspace
    if key == "pwd":
        return rs.location_object()
    if key == "?":
        return rs.last_success
    if key == "psscriptroot":
        return os.path.dirname(ctx.script_path) if ctx.script_path else ""
    if key == "pscommandpath":
        return ctx.script_path or ""
    if key == "input":
        return []
    return MISSING


def compile_variable_read(node):
    key = node.name.lower()
    scope_name = node.scope
    extent = node.extent
    if not scope_name and key in CONSTANTS:
        value = CONSTANTS[key]
        return lambda ctx: value
    if scope_name == "env":
        name = node.name

        def read_env(ctx):
            return ctx.runspace.environment.get(name)
        return read_env
    if scope_name == "using":
        def read_using(ctx):
            values = ctx.runspace.using_values
            if values is None or key not in values:
                value = ctx.scope.lookup(key)
                return None if value is MISSING else value
            return values[key]
        return read_using
    if scope_name == "function":
        def read_function(ctx):
            return ctx.runspace.commands.function_script_block(ctx, node.name)
        return read_function
    if scope_name in ("local", "private"):
        def read_local(ctx):
            value = ctx.scope.vars.get(key, MISSING)
            return None if value is MISSING else value
        return read_local
    if scope_name in ("global", "script"):
        def read_scoped(ctx):
            value = ctx.scope.resolve(scope_name).lookup(key)
            return None if value is MISSING else value
        return read_scoped
    if key == "psitem":
        key = "_"

    def read(ctx):
        value = ctx.scope.lookup(key)
        if value is MISSING:
            value = dynamic_variable(ctx, key)
            if value is MISSING:
                if ctx.runspace.strict_mode:
                    raise ScriptRuntimeError(
                        "The variable '$%s' cannot be retrieved because it has not been set." % node.name,
                        "VariableIsUndefined", "InvalidOperation", extent)
                return None
        return value
    return read


def assign_variable(ctx, node, value):
    """`$x = value` for a VariableExpressionAst, honouring scope qualifiers and drives."""
    scope_name = node.scope
    name = node.name
    key = name.lower()
    if scope_name == "env":
        ctx.runspace.environment.set(name, value)
        return
    if not scope_name and key in CONSTANTS:
        if key == "null":
            return                    # `$null = expr` discards the value
        raise ScriptRuntimeError("Cannot overwrite variable %s because it is read-only or constant." % key,
                                 "VariableNotWritable", "WriteError",
                                 exception_type="System.Management.Automation.SessionStateUnauthorizedAccessException")
    if not scope_name and key in PROTECTED_VARIABLES:
        ctx.scope.global_scope().set_local(key, value, name)    # AllScope: the session's one variable
        return
    if scope_name in ("global", "script"):
        ctx.scope.resolve(scope_name).set_local(key, value, name)
        return
    if scope_name == "function":
        ctx.runspace.commands.define_function_value(ctx, name, value)
        return
    scope = ctx.scope
    scope.set_local(key, value, name)
    if scope_name == "private":
        if scope.private is None:
            scope.private = set()
        scope.private.add(key)        # not visible from child scopes (the option stays on the variable)


def reference_to(node):
    """`[ref]$x`: a PSReference that reads and writes the variable in the scope that holds it."""
    key = node.name.lower()

    def make(ctx):
        scope = ctx.scope.find_scope(key) or ctx.scope
        return PSReference(lambda: scope.vars.get(key), lambda v: scope.set_local(key, v, node.name))
    return make


def using_names(ast) -> set:
    """The lower-case names of the `$using:` variables a script block reads (a job copies their values)."""
    return {node.name.lower() for node in A.walk(ast)
            if isinstance(node, A.VariableExpressionAst) and node.scope.lower() == "using"}
