"""Evaluation dispatch: each AST node type compiles, through one table, to a closure `fn(ctx)`.

Handlers are registered with `@compiles(NodeType)` in expressions.py, statements.py and pipelines.py.
Compiled closures are kept in a side table keyed by id(node) (holding the node, so ids stay unique).
"""
from __future__ import annotations

import types

from pyposh.interpreter.values.objects import AUTOMATION_NULL

COMPILERS: dict = {}
_compiled: dict = {}


def compiles(node_type):
    def register(fn):
        COMPILERS[node_type] = fn
        return fn
    return register


def compile_node(node):
    """The closure for a node (compiled once per node object)."""
    entry = _compiled.get(id(node))
    if entry is not None and entry[0] is node:
        return entry[1]
    handler = COMPILERS.get(type(node))
    if handler is None:
        raise AssertionError("no compiler registered for %s" % type(node).__name__)   # see test_engine
    fn = handler(node)
    _compiled[id(node)] = (node, fn)
    return fn


def evaluate(node, ctx):
    return compile_node(node)(ctx)


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


def run_statements(fns, ctx):
    for fn in fns:
        fn(ctx)


def load_handlers():
    """Import the handler modules (they register themselves in COMPILERS)."""
    from pyposh.interpreter.evaluate import expressions  # noqa: F401
    from pyposh.interpreter.evaluate import statements
    from pyposh.interpreter.evaluate import pipelines
    from pyposh.interpreter.evaluate import assignment
