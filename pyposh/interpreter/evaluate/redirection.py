"""Redirection operators: `>`/`>>` to files or `$null`, `2>&1` and `*>&1` merges, as stream rewiring."""
from __future__ import annotations

from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import compile_node
from pyposh.interpreter.values.conversions import to_string

STREAM_NAMES = {"2": "error", "3": "warning", "4": "verbose", "5": "debug", "6": "information"}


def _is_null(node):
    return isinstance(node, A.VariableExpressionAst) and node.name.lower() == "null" and not node.scope


def compile_redirections(redirections):
    """None when there are none, else `apply(ctx, emit) -> (ctx, emit)` wiring the streams."""
    if not redirections:
        return None
    steps = []
    for r in redirections:
        if isinstance(r, A.MergingRedirectionAst):
            steps.append(("merge", r.stream, r.to_stream, None, False))
        else:
            target = None if _is_null(r.location) else compile_node(r.location)
            steps.append(("file", r.stream, None, target, r.append))

    def apply(ctx, emit):
        new_ctx = ctx.child(streams=ctx.streams.copy())
        files = []
        for kind, stream, to_stream, target, append in steps:
            if kind == "merge":
                if to_stream == "1":
                    names = STREAM_NAMES.values() if stream == "*" else [STREAM_NAMES.get(stream)]
                    for name in names:
                        if name:
                            setattr(new_ctx.streams, name, emit)
                continue
            if target is None:
                sink = _discard
            else:
                path = to_string(target(ctx))
                buffer = []
                files.append((path, append, buffer))
                sink = buffer.append
            if stream in ("1", "*"):
                emit = sink
            names = STREAM_NAMES.values() if stream == "*" else [STREAM_NAMES.get(stream)]
            for name in names:
                if name:
                    setattr(new_ctx.streams, name, sink)
        if files:
            def finish():
                for path, append, buffer in files:
                    ctx.runspace.write_redirect_file(path, buffer, append)
            new_ctx.finish_redirect = finish
        new_ctx.out = emit
        return new_ctx, emit
    return apply


def _discard(value):
    pass
