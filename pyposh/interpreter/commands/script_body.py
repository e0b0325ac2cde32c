"""Script bodies: a parsed script block and everything compiled from it, kept together.

Every ScriptBlock made from the same source shares one ScriptBody: each time `{ ... }` is evaluated, each
call of a function, each job running a block. The body compiles its blocks, its parameters and their default
values once, on first use, and they live exactly as long as the body does. Script text (a script file,
`Invoke-Expression`, the embedding API) is parsed through `script_body`, a bounded cache of bodies by text,
so running the same text again neither parses nor compiles it again.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from pyposh.grammar import ast as A, parse
from pyposh.interpreter.commands.compiler import compile_node
from pyposh.interpreter.commands.function_params import ScriptParameters, parameters_of
from pyposh.interpreter.commands.using_namespaces import apply_using_namespaces


class ScriptBody:
    """A ScriptBlockAst with its compiled closures. `function_parameters` are a function's parameters written
    outside the body (`function f($a, $b)`); a filter's body is its process block."""

    __slots__ = ("ast", "function_parameters", "is_filter", "_blocks", "_script", "_parameters", "_dynamic")

    def __init__(self, ast: A.ScriptBlockAst, function_parameters=(), is_filter: bool = False):
        self.ast = ast
        self.function_parameters = function_parameters
        self.is_filter = is_filter
        self._blocks = None
        self._script = None
        self._parameters = None
        self._dynamic = None

    @property
    def dynamic_block(self):
        """The compiled `dynamicparam { }` block, a closure fn(ctx); None when the body has none."""
        node = self.ast.dynamicparam
        if node is None:
            return None
        if self._dynamic is None:
            self._dynamic = compile_node(A.StatementBlockAst(node.extent, node.statements, node.traps))
        return self._dynamic

    @property
    def blocks(self) -> tuple:
        """Compiled (begin, process, end) statement blocks, each a closure fn(ctx); None where absent."""
        if self._blocks is None:
            ast = self.ast
            blocks = [None if b is None else compile_node(A.StatementBlockAst(b.extent, b.statements, b.traps))
                      for b in (ast.begin, ast.process, ast.end)]
            if self.is_filter and ast.process is None:
                blocks[1], blocks[2] = blocks[2], None      # a filter's body is its process block
            self._blocks = tuple(blocks)
        return self._blocks

    @property
    def script(self):
        """The whole body as one closure: its blocks in order, no pipeline input (scripts, dot-sourcing)."""
        if self._script is None:
            self._script = compile_node(self.ast)
        return self._script

    @property
    def parameters(self) -> ScriptParameters:
        if self._parameters is None:
            self._parameters = parameters_of(self.ast, self.function_parameters)
        return self._parameters


_CACHE_SIZE = 512
_cache: OrderedDict = OrderedDict()       # (text, file) -> ScriptBody, least recently used first
_cache_lock = threading.Lock()


def script_body(text: str, file: str | None = None) -> ScriptBody:
    """The body of script text, parsed (and later compiled) once while it stays among the 512 most recently
    used. Raises ParseError."""
    key = (text, file)
    with _cache_lock:
        body = _cache.get(key)
        if body is not None:
            _cache.move_to_end(key)
            return body
    body = ScriptBody(apply_using_namespaces(parse(text, file)))
    with _cache_lock:
        _cache[key] = body
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return body
