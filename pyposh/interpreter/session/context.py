"""The execution context: where a running script block writes each stream, its scope and its runspace."""
from __future__ import annotations

from pyposh.interpreter.session.scopes import MISSING, Scope


class Streams:
    """The non-output streams of a context: each a callable taking a record. Redirection swaps them."""

    __slots__ = ("error", "warning", "verbose", "debug", "information", "progress")

    def __init__(self, error, warning, verbose, debug, information, progress=None):
        self.error = error
        self.warning = warning
        self.verbose = verbose
        self.debug = debug
        self.information = information
        self.progress = progress or (lambda record: None)

    def copy(self) -> "Streams":
        return Streams(self.error, self.warning, self.verbose, self.debug, self.information, self.progress)


class ExecutionContext:
    """State for running statements: runspace, current scope, output sink, streams, script location."""

    __slots__ = ("runspace", "scope", "out", "streams", "script_path", "depth", "invocation",
                 "command_preferences", "finish_redirect")

    def __init__(self, runspace, scope: Scope, out, streams: Streams, script_path=None, depth=0,
                 invocation=None):
        self.runspace = runspace
        self.scope = scope
        self.out = out
        self.streams = streams
        self.script_path = script_path
        self.depth = depth
        self.invocation = invocation
        self.command_preferences = None   # -ErrorAction etc. for the running advanced function
        self.finish_redirect = None       # writes a redirection's file when its pipeline ends

    def child(self, scope=None, out=None, streams=None) -> "ExecutionContext":
        ctx = ExecutionContext(self.runspace, scope if scope is not None else self.scope,
                               out if out is not None else self.out,
                               streams if streams is not None else self.streams,
                               self.script_path, self.depth, self.invocation)
        ctx.command_preferences = self.command_preferences
        return ctx

    def get_variable(self, name: str, default=None):
        value = self.scope.lookup(name.lower())
        return default if value is MISSING else value

    def set_variable(self, name: str, value) -> None:
        self.scope.set_local(name.lower(), value, name)

    def preference(self, name: str, default: str) -> str:
        """A preference variable ($ErrorActionPreference ...) as a string, honouring common parameters."""
        prefs = self.command_preferences
        if prefs is not None and name in prefs:
            return prefs[name]
        value = self.scope.lookup(name.lower())
        if value is MISSING or value is None:
            return default
        return str(value)
