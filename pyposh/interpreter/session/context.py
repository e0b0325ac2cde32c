"""The execution context: where a running script block writes each stream, its scope and its runspace, and the
preferences a command's context carries (-ErrorAction, -Verbose, -ErrorVariable ... of advanced commands)."""
from __future__ import annotations

from pyposh.interpreter.session.scopes import MISSING, Scope
from pyposh.interpreter.values.conversions import to_bool, to_string


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


# ---- common parameters as preferences ------------------------------------------------------------------

ACTION_VALUES = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break")


def action_name(value) -> str:
    """An ActionPreference given as a name, an enum value or its number (`-ea 0`)."""
    number = getattr(value, "ps_numeric_value", value)
    if isinstance(number, int) and not isinstance(number, bool) and 0 <= number < len(ACTION_VALUES):
        return ACTION_VALUES[number]
    text = to_string(value)
    for name in ACTION_VALUES:
        if name.lower() == text.lower():
            return name
    return text


def apply_common_parameters(ctx, common: dict, variable_scope=None):
    """Record -ErrorAction and kin on a context, as preference overrides for the command it runs.
    -ErrorVariable and kin are set in `variable_scope` (the caller's scope)."""
    prefs = dict(ctx.command_preferences or {})
    prefs["VariableScope"] = variable_scope or ctx.scope
    for name, value in common.items():
        lower = name.lower()
        if lower == "erroraction":
            prefs["ErrorActionPreference"] = action_name(value)
        elif lower == "warningaction":
            prefs["WarningPreference"] = action_name(value)
        elif lower == "informationaction":
            prefs["InformationPreference"] = action_name(value)
        elif lower == "progressaction":
            prefs["ProgressPreference"] = action_name(value)
        elif lower == "verbose":
            prefs["VerbosePreference"] = "Continue" if value else "SilentlyContinue"
        elif lower == "debug":
            prefs["DebugPreference"] = "Continue" if value else "SilentlyContinue"
        elif lower == "whatif":
            prefs["WhatIfPreference"] = "True" if to_bool(value) else "False"
        elif lower == "confirm":       # -Confirm asks about every action; -Confirm:$false about none
            prefs["ConfirmPreference"] = "Low" if to_bool(value) else "None"
        elif lower in ("errorvariable", "warningvariable", "informationvariable", "outvariable",
                       "pipelinevariable"):
            prefs[name] = to_string(value)
    ctx.command_preferences = prefs
