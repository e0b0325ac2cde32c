"""Command syntax from parameter metadata: parameter sets in PowerShell's order, each set's parameters in display
order, and the syntax line of each set (CommandParameterSetInfo.ToString, GenerateParametersInDisplayOrder,
GetParameterTypeString and MergedCommandParameterMetadata.GenerateParameterSetMappingFromMetadata)."""
from __future__ import annotations

from pyposh.interpreter.commands.binding import COMMON_PARAMETERS, SHOULD_PROCESS_PARAMETERS
from pyposh.interpreter.values.types import resolve_type

ALL_SETS = "__AllParameterSets"
COMMON_PLACEHOLDER = "<CommonParameters>"
_COMMON_NAMES = {p.name.lower() for p in COMMON_PARAMETERS}
# builtin accelerators whose names pyposh's type table spells otherwise (TypeResolver.cs CoreTypes: no `object`)
_DISPLAY_OVERRIDES = {"System.Object": "Object"}


def type_display(type_name) -> str:
    """A parameter type as syntax shows it: the accelerator ('string[]', 'int', 'psobject') or the name without
    its namespace ('Object', 'Encoding'); Nullable[T] shows as T (ToStringCodeMethods.Type, dropNamespaces)."""
    text = (type_name or "object").strip()
    t = resolve_type(text)
    if t is None:
        rank = ""
        while text.endswith("[]"):
            text, rank = text[:-2], rank + "[]"
        return text.rsplit(".", 1)[-1].rsplit("+", 1)[-1] + rank
    return _display(t)


def _display(t) -> str:
    if t.element is not None:
        return _display(t.element) + "[]"
    if t.args:
        if t.definition.startswith("System.Nullable`"):
            return _display(t.args[0])
        base = t.definition[:t.definition.index("`")].rsplit(".", 1)[-1]
        return "%s[%s]" % (base, ",".join(_display(a) for a in t.args))
    if t.full_name in _DISPLAY_OVERRIDES:
        return _DISPLAY_OVERRIDES[t.full_name]
    short = t.ps_name
    return short if short != t.full_name else t.name


class ParameterSetEntry:
    """One parameter set of a command: its name, whether it is the default, and its parameters (declared ones,
    then the common and ShouldProcess ones) in display order."""

    __slots__ = ("is_default", "name", "parameters")

    def __init__(self, name, is_default, parameters):
        self.name = name
        self.is_default = is_default
        self.parameters = parameters

    def line(self, command_name: str, collapse_common: bool = True) -> str:
        """`Name [[-Path] <string[]>] -Force [<CommonParameters>]` for this set."""
        parts = []
        common = [p for p in self.parameters if p.name.lower() in _COMMON_NAMES]
        for p in self.parameters:
            if p.name.lower() in _COMMON_NAMES and collapse_common and len(common) == len(COMMON_PARAMETERS):
                continue
            parts.append(parameter_text(p))
        if collapse_common and common and len(common) == len(COMMON_PARAMETERS):
            parts.append("[%s]" % COMMON_PLACEHOLDER)
        return ("%s %s" % (command_name, " ".join(parts))).rstrip()


def parameter_text(p) -> str:
    """One parameter as syntax shows it (AppendFormatCommandParameterInfo)."""
    positional = p.position is not None
    if p.is_switch:
        return ("-%s" if p.mandatory else "[-%s]") % p.name
    kind = type_display(p.type)
    if p.mandatory:
        return ("[-%s] <%s>" if positional else "-%s <%s>") % (p.name, kind)
    return ("[[-%s] <%s>]" if positional else "[-%s <%s>]") % (p.name, kind)


def parameter_sets(params, advanced: bool, should_process: bool = False, default_set: str = "") -> list:
    """The command's parameter sets (ParameterSetEntry), in CommandInfo.ParameterSets order: the default set
    first when it is named, then each set as the parameters first name it."""
    params = list(params) + (list(COMMON_PARAMETERS) if advanced else []) \
        + (list(SHOULD_PROCESS_PARAMETERS) if advanced and should_process else [])
    names: list[str] = []
    if default_set:
        names.append(default_set)
    for p in params:
        for s in p.sets or ():
            if s != ALL_SETS and s.lower() not in (n.lower() for n in names):
                names.append(s)
    if not names:
        return [ParameterSetEntry(ALL_SETS, False, _display_order(params))]
    out = []
    for name in names:
        members = [p for p in params if not p.sets or ALL_SETS in p.sets
                   or name.lower() in (s.lower() for s in p.sets)]
        out.append(ParameterSetEntry(name, bool(default_set) and name.lower() == default_set.lower(),
                                     _display_order(members)))
    return out


def _display_order(params) -> list:
    """Positional parameters by position, then named mandatory ones, then the others (common ones last)."""
    positional = sorted((p for p in params if p.position is not None), key=lambda p: p.position)
    seen_positions, ordered = set(), []
    for p in positional:                       # one parameter per position, the last declared wins
        if p.position in seen_positions:
            ordered = [q for q in ordered if q.position != p.position]
        seen_positions.add(p.position)
        ordered.append(p)
    named = [p for p in params if p.position is None]
    mandatory = [p for p in named if p.mandatory]
    others = [p for p in named if not p.mandatory and p.name.lower() not in _COMMON_NAMES]
    common = [p for p in named if not p.mandatory and p.name.lower() in _COMMON_NAMES]
    return ordered + mandatory + others + common


def syntax_lines(name: str, params, advanced: bool, should_process: bool = False, default_set: str = "") -> list:
    """One syntax line per parameter set."""
    return [entry.line(name) for entry in parameter_sets(params, advanced, should_process, default_set)]


__all__ = ["ALL_SETS", "ParameterSetEntry", "parameter_sets", "parameter_text", "syntax_lines", "type_display"]
