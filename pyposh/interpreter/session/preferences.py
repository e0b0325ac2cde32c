"""Common parameters of advanced commands: -ErrorAction, -Verbose, -ErrorVariable ... as preferences."""
from __future__ import annotations

from pyposh.interpreter.values.conversions import to_string

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
        elif lower in ("errorvariable", "warningvariable", "informationvariable", "outvariable",
                       "pipelinevariable"):
            prefs[name] = to_string(value)
    ctx.command_preferences = prefs
