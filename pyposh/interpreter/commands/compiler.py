"""Evaluation dispatch: each AST node type compiles, through one table, to a closure `fn(ctx)`.

The table is the interface between the commands that run code (script blocks, default values, validation
scripts) and the evaluator that compiles it: the handlers in evaluate/ register with `@compiles(NodeType)`
as they are imported (runspace.py imports them). Compiling is a pure function of the node; whoever compiles
keeps the closure (script_body.py keeps a script block's).
"""
from __future__ import annotations

import types

from pyposh.interpreter.values.objects import AUTOMATION_NULL

COMPILERS: dict = {}


def compiles(node_type):
    def register(fn):
        COMPILERS[node_type] = fn
        return fn
    return register


def compile_node(node):
    """The closure for a node."""
    handler = COMPILERS.get(type(node))
    if handler is None:
        raise AssertionError("no compiler registered for %s" % type(node).__name__)   # see test_engine
    return handler(node)


def enumerate_output(value, emit):
    """Write a value to a pipeline as PowerShell does: arrays and lists one item at a time."""
    if value is AUTOMATION_NULL:
        return
    if isinstance(value, (list, tuple, range)):
        for item in value:
            emit(item)
    elif isinstance(value, types.GeneratorType):
        for item in value:
            emit(item)
    elif hasattr(value, "ps_enumerate"):
        for item in value.ps_enumerate():
            emit(item)
    else:
        emit(value)


def pipeline_result(items: list):
    """The value of captured pipeline output: $null for nothing, the item for one, else an array."""
    if not items:
        return None
    if len(items) == 1:
        return items[0]
    return items


def collect(statement_fn, ctx) -> list:
    """Run a compiled statement with its output captured into a list."""
    items = []
    saved = ctx.out
    ctx.out = items.append
    try:
        statement_fn(ctx)
    finally:
        ctx.out = saved
    return items
