"""Static members of System.Enum (`[enum]::GetNames`, GetValues, Parse, TryParse, IsDefined, ToObject)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.values.types import PSType, resolve_type


def _enum_of(value, method):
    t = value if isinstance(value, PSType) else resolve_type(to_str(value)) if isinstance(value, str) else None
    if t is None or t.enum is None:
        raise reg.argument_error("Type provided must be an Enum.", "enumType")
    return t.enum


def _get_names(t, enum_type):
    return [name for name, _ in _enum_of(enum_type, "GetNames").sorted_members()]


def _get_values(t, enum_type):
    enum = _enum_of(enum_type, "GetValues")
    return [enum.value(number) for _, number in enum.sorted_members()]


def _parse(t, enum_type, text, *rest):
    enum = _enum_of(enum_type, "Parse")
    ignore_case = bool(rest[0]) if rest else False
    text = to_str(text)
    for part in text.split(","):
        part = part.strip()
        if part.lstrip("-").isdigit():
            continue
        names = [n for n, _ in enum.members]
        if not (part in names or ignore_case and part.lower() in (n.lower() for n in names)):
            raise reg.argument_error("Requested value '%s' was not found." % part)
    return enum.parse(text)


def _try_parse(t, enum_type, text, *rest):
    result = rest[-1]
    try:
        value = _parse(t, enum_type, text, *rest[:-1])
    except reg.PyposhError:
        if hasattr(result, "value"):
            result.value = None
        return False
    if hasattr(result, "value"):
        result.value = value
    return True


def _is_defined(t, enum_type, value):
    enum = _enum_of(enum_type, "IsDefined")
    if isinstance(value, str):
        return any(n == value for n, _ in enum.members)
    number = getattr(value, "ps_numeric_value", value)
    return any(v == int(number) for _, v in enum.members)


def _get_name(t, enum_type, value):
    enum = _enum_of(enum_type, "GetName")
    number = int(getattr(value, "ps_numeric_value", value))
    return next((n for n, v in enum.members if v == number), None)


def _to_object(t, enum_type, value):
    enum = _enum_of(enum_type, "ToObject")
    return enum.value(int(getattr(value, "ps_numeric_value", value)))


def _format(t, enum_type, value, fmt):
    """[Enum]::Format(type, value, "G" | "F" | "D" | "X"): the value as ToString(format) shows it."""
    enum = _enum_of(enum_type, "Format")
    try:
        return enum.value(int(getattr(value, "ps_numeric_value", value))).formatted(to_str(fmt))
    except ValueError as e:
        raise reg.format_error(str(e)) from None


def _underlying_type(t, enum_type):
    return resolve_type(_enum_of(enum_type, "GetUnderlyingType").underlying)


(statics("System.Enum")
 .method("Format", _format, 3).method("GetUnderlyingType", _underlying_type, 1)
 .method("GetNames", _get_names, 1).method("GetValues", _get_values, 1)
 .method("Parse", _parse, 2, 3).method("TryParse", _try_parse, 3, 4)
 .method("IsDefined", _is_defined, 2).method("GetName", _get_name, 2)
 .method("ToObject", _to_object, 2))
