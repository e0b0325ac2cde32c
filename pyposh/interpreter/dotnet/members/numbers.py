"""The members of numbers, booleans and enum values."""
from __future__ import annotations

import decimal

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.composite_format import format_value
from pyposh.interpreter.values.enums import EnumValue
from pyposh.interpreter.values.types import type_of


def format_number(value, fmt) -> str:
    """`number.ToString(format)`: .NET numeric format strings."""
    if fmt is None or not isinstance(fmt, str) or fmt == "":
        return to_str(value)
    try:
        return format_value(value, fmt)
    except ValueError as exc:
        raise reg.format_error(str(exc) or "Input string was not in a correct format.") from None


def _compare(value, other):
    other = reg.unwrap(other)
    if other is None:
        return 1
    if isinstance(other, bool) != isinstance(value, bool) or isinstance(other, str):
        raise reg.argument_error("Object must be of type %s." % type_of(value).name)
    if isinstance(other, EnumValue):
        other = other.number
    if isinstance(value, decimal.Decimal) or isinstance(other, decimal.Decimal):
        value, other = decimal.Decimal(value), decimal.Decimal(other)
    return (value > other) - (value < other)


NUMBER = reg.define_type(int, "System.Int32")
NUMBER.method("ToString", lambda v, fmt=None, provider=None: format_number(v, fmt), 0, 2)
NUMBER.method("CompareTo", _compare, 1)
reg.define_type(float, "System.Double", NUMBER)
reg.define_type(decimal.Decimal, "System.Decimal", NUMBER)

BOOLEAN = reg.define_type(bool, "System.Boolean")
BOOLEAN.method("ToString", lambda v, provider=None: "True" if v else "False", 0, 1)
BOOLEAN.method("CompareTo", _compare, 1)


def _has_flag(value, flag):
    flag = int(flag) if not isinstance(flag, str) else value.enum.parse(flag).number
    return value.number & flag == flag


def _enum_to_string(value, fmt=None, provider=None):
    try:
        return value.formatted(fmt)
    except ValueError as e:
        raise reg.format_error(str(e)) from None


ENUM = reg.define_type(EnumValue, "System.Enum")
ENUM.prop("value__", lambda v: convert_to(v.number, v.enum.underlying), listed=False)   # the underlying type
ENUM.method("ToString", _enum_to_string, 0, 2)
ENUM.method("HasFlag", _has_flag, 1)
ENUM.method("CompareTo", lambda v, o: _compare(v.number, o), 1)
ENUM.method("Equals", lambda v, o: isinstance(reg.unwrap(o), EnumValue) and reg.unwrap(o).enum is v.enum
            and reg.unwrap(o).number == v.number, 1)
ENUM.method("GetHashCode", lambda v: v.number)
