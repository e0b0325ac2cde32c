"""PowerShell's LanguagePrimitives conversions: to string, to bool, to numbers, and casts to named types."""
from __future__ import annotations

import datetime
import decimal
import math
import re
import uuid

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.text.dates import (  # noqa: F401  (the parsers are used through this module)
    format_datetime, format_timespan, parse_datetime, parse_timespan,
)
from pyposh.interpreter.text.numbers import (  # noqa: F401  (PSChar and the typed classes are re-exported)
    BIGINT, BYTE, CHAR, DECIMAL_MAX, INT16, INT32, INT64, INTEGER_INFO, SBYTE, UINT16, UINT32, UINT64, PSBigInt, PSByte,
    PSChar, PSInt16, PSInt64, PSSByte, PSSingle, PSUInt16, PSUInt32, PSUInt64, TypedInt, double_to_decimal,
    format_decimal, format_double, format_single, make_integer, numeric_code, parse_double_text, parse_number_text,
    roundtrip_text,
)
from pyposh.interpreter.values.objects import AUTOMATION_NULL, Hashtable, PSObject, unwrap  # noqa: F401
from pyposh.interpreter.values.typenames import (  # noqa: F401  (re-exported: the conversions API names types too)
    GENERIC_LIST, HASHTABLE, ORDERED, PSOBJECT, generic_arguments, is_instance, lookup_type_name, registered_type,
    resolve_type_name, short_name, type_name,
)

INVALID_CAST = "System.Management.Automation.PSInvalidCastException"
_LISTS = (list, tuple)


class PSVersion:
    """`[version]`: System.Version (major.minor[.build[.revision]])."""

    __slots__ = ("parts",)
    ps_type_name = "System.Version"

    def __init__(self, *parts: int):
        self.parts = tuple(int(p) for p in parts)

    @classmethod
    def parse(cls, text: str) -> "PSVersion":
        pieces = text.strip().split(".")
        if not 2 <= len(pieces) <= 4:
            raise ValueError("Version string portion was too short or too long.")
        try:
            numbers = [int(p) for p in pieces]
        except ValueError:
            raise ValueError("Input string was not in a correct format.") from None
        if any(n < 0 for n in numbers):
            raise ValueError("Version's parameters must be greater than or equal to zero.")
        return cls(*numbers)

    def _key(self):
        return self.parts + (-1,) * (4 - len(self.parts))

    def __eq__(self, other):
        return isinstance(other, PSVersion) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def ps_to_string(self) -> str:
        return ".".join(str(p) for p in self.parts)

    def __repr__(self):
        return "PSVersion(%s)" % self.ps_to_string()


# ---------------------------------------------------------------- errors

def cast_error(value, target: str, reason: str, error_id: str, extent=None) -> ScriptRuntimeError:
    """PowerShell's `Cannot convert value "x" to type "T". Error: "reason"` (PSInvalidCastException)."""
    message = 'Cannot convert value "%s" to type "%s". Error: "%s"' % (dotnet_text(value), target, reason)
    return ScriptRuntimeError(message, error_id, "InvalidArgument", extent, exception_type=INVALID_CAST)


def final_cast_error(value, target: str, extent=None) -> ScriptRuntimeError:
    """PowerShell's `Cannot convert the "x" value of type "S" to type "T".` (no conversion exists)."""
    if value is None:
        return ScriptRuntimeError('Cannot convert null to type "%s".' % target, "nullToObjectInvalidCast",
                                  "InvalidArgument", extent, exception_type=INVALID_CAST)
    message = 'Cannot convert the "%s" value of type "%s" to type "%s".' % (dotnet_text(value), type_name(value),
                                                                           target)
    return ScriptRuntimeError(message, "ConvertToFinalInvalidCastException", "InvalidArgument", extent,
                              exception_type=INVALID_CAST)


def dotnet_text(value) -> str:
    """`value.ToString()` as .NET gives it in messages: doubles round-trip, collections by type name."""
    if type(value) is float:
        return roundtrip_text(value)
    if type(value) is PSSingle:
        return roundtrip_text(value, single=True)
    if isinstance(value, (list, tuple, Hashtable)):
        return type_name(value)
    if isinstance(value, datetime.datetime):
        return format_datetime(value, "G")
    return to_string(value)


# ---------------------------------------------------------------- to string

def to_string(value, ofs: str = " ") -> str:
    """PowerShell's string conversion (`[string]`, string expansion): culture-invariant, arrays joined by $OFS."""
    t = type(value)
    if t is str:
        return value
    if value is None:
        return ""
    if t is int:
        return str(value)
    if t is float:
        return format_double(value)
    if t is bool:
        return "True" if value else "False"
    if t is list or isinstance(value, _LISTS):
        return ofs.join(_element_string(e) for e in value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int):
        return str(int(value))
    if t is PSSingle:
        return format_single(value)
    if t is decimal.Decimal:
        return format_decimal(value)
    if t is Hashtable:
        return ORDERED if value.ordered else HASHTABLE
    if t is PSObject:
        return _psobject_string(value, ofs)
    if isinstance(value, datetime.datetime):
        return format_datetime(value, "G", "invariant")
    if isinstance(value, datetime.timedelta):
        return format_timespan(value)
    if isinstance(value, datetime.date):
        return format_datetime(datetime.datetime(value.year, value.month, value.day), "G", "invariant")
    if t is uuid.UUID:
        return str(value)
    if value is AUTOMATION_NULL:
        return ""
    hook = getattr(value, "ps_to_string", None)
    if hook is not None:
        return hook()
    if isinstance(value, PyposhError):
        return value.message
    return type_name(value)


def _element_string(element) -> str:
    if element is None:
        return ""
    if isinstance(element, _LISTS):
        return type_name(element)
    return to_string(element)


def _psobject_string(value: PSObject, ofs: str) -> str:
    if value.deserialized_text is not None:
        return value.deserialized_text
    if value.base is not None:
        return to_string(value.base, ofs)
    hook = getattr(value, "ps_to_string", None)
    if hook is not None:
        return hook()
    parts = []
    for member in value.members.values():
        if not member.kind.endswith("Property"):
            continue
        v = member.value
        if isinstance(v, (list, tuple, Hashtable)):
            text = type_name(v)
        elif type(v) is float:
            text = roundtrip_text(v)
        else:
            text = to_string(v)
        parts.append("%s=%s" % (member.name, text))
    return "@{%s}" % "; ".join(parts) if parts else ""


# ---------------------------------------------------------------- to bool

def to_bool(value) -> bool:
    """PowerShell truthiness (LanguagePrimitives.IsTrue)."""
    t = type(value)
    if t is bool:
        return value
    if value is None:
        return False
    if t is str:
        return len(value) > 0
    if t is int or t is float:
        return value != 0
    if isinstance(value, _LISTS):
        n = len(value)
        if n == 0:
            return False
        if n > 1:
            return True
        first = value[0]
        if isinstance(first, PSObject) and first.base is not None:
            first = first.base
        if isinstance(first, _LISTS):
            return len(first) > 0
        return to_bool(first)
    if t is PSChar:
        return value != "\0"
    if isinstance(value, (int, float, decimal.Decimal)):
        return value != 0
    if value is AUTOMATION_NULL:
        return False
    if t is PSObject and value.base is not None:
        return to_bool(value.base)
    hook = getattr(value, "ps_to_bool", None)
    if hook is not None:
        return bool(hook())
    return True


# ---------------------------------------------------------------- numbers

def to_number(value, target: str = "System.Int32"):
    """A value as a number for arithmetic: numbers as they are, strings parsed as number literals, $null as 0,
    booleans and chars as Int32. Anything else raises PowerShell's cast error to `target`."""
    value = unwrap(value)
    if numeric_code(value) is not None:
        return value
    if value is None or value is AUTOMATION_NULL:
        return 0
    if type(value) is bool:
        return int(value)
    if type(value) is PSChar:
        return ord(value)
    if isinstance(value, str):
        if not value.strip():
            return 0
        number = parse_number_text(value)
        if number is None:
            number = parse_double_text(value)
        if number is None:
            raise cast_error(value, target, "The input string '%s' was not in a correct format." % value,
                             _string_cast_id(target))
        return number
    enum_value = getattr(value, "ps_numeric_value", None)
    if enum_value is not None:
        return enum_value
    raise final_cast_error(value, target)


def _string_cast_id(target: str) -> str:
    if target in ("System.Double", "System.Single"):
        return "InvalidCastFromStringToDoubleOrSingle"
    if target == "System.Decimal":
        return "InvalidCastFromStringToDecimal"
    return "InvalidCastFromStringToInteger"


def _overflow(code: int) -> str:
    return "Value was either too large or too small for %s." % INTEGER_INFO[code][3]


def _round_half_even(x) -> int:
    if isinstance(x, decimal.Decimal):
        return int(x.to_integral_value(rounding=decimal.ROUND_HALF_EVEN))
    return round(x)


def to_integer(value, code: int = INT32):
    """Cast to an integer type (by TypeCode): banker's rounding from reals, range checks, string parsing."""
    if type(value) is int:
        _, lo, hi, _ = INTEGER_INFO[code]
        if lo <= value <= hi:
            return make_integer(value, code)
    value = unwrap(value)
    full = INTEGER_INFO[code][0]
    if value is None or value is AUTOMATION_NULL:
        return make_integer(0, code)
    if isinstance(value, str) and type(value) is not PSChar:
        return _string_to_integer(value, code, full)
    number = _integral_value(value, code, full)
    _, lo, hi, _ = INTEGER_INFO[code]
    if not lo <= number <= hi:
        raise cast_error(value, full, _overflow(code), "InvalidCastIConvertible")
    return make_integer(number, code)


def _integral_value(value, code, full) -> int:
    t = type(value)
    if t is bool:
        return int(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise cast_error(value, full, _overflow(code), "InvalidCastIConvertible")
        return _round_half_even(value)
    if t is decimal.Decimal:
        return _round_half_even(value)
    if t is PSChar:
        return ord(value)
    enum_value = getattr(value, "ps_numeric_value", None)
    if enum_value is not None:
        return int(enum_value)
    if isinstance(value, datetime.datetime):
        raise cast_error(value, full, "Invalid cast from 'DateTime' to '%s'." % short_name(full),
                         "InvalidCastIConvertible")
    raise final_cast_error(value, full)


def _string_to_integer(text: str, code: int, full: str):
    if text == "":
        return make_integer(0, code)
    _, lo, hi, _ = INTEGER_INFO[code]
    number = parse_number_text(text)
    if number is not None:
        n = _round_half_even(number) if isinstance(number, (float, decimal.Decimal)) else int(number)
        if isinstance(number, float) and not math.isfinite(number):
            n = None
        if n is not None and lo <= n <= hi:
            return make_integer(n, code)
        if isinstance(number, int):
            raise cast_error(text, full, _overflow(code), "InvalidCastFromStringToInteger")
    else:
        number = parse_double_text(text)
        if number is not None and math.isfinite(number):
            n = _round_half_even(number)
            if lo <= n <= hi:
                return make_integer(n, code)
    raise cast_error(text, full, "The input string '%s' was not in a correct format." % text,
                     "InvalidCastFromStringToInteger")


def to_int(value) -> int:
    """`[int]value`."""
    if type(value) is int and -2**31 <= value < 2**31:
        return value
    return to_integer(value, INT32)


def to_double(value, target: str = "System.Double") -> float:
    """`[double]value`."""
    t = type(value)
    if t is float:
        return value
    if t is int:
        return float(value)
    value = unwrap(value)
    if value is None or value is AUTOMATION_NULL:
        return 0.0
    if isinstance(value, str) and type(value) is not PSChar:
        if value == "":
            return 0.0
        number = parse_number_text(value)
        if number is None:
            number = parse_double_text(value)
        if number is None:
            raise cast_error(value, target, "The input string '%s' was not in a correct format." % value,
                             "InvalidCastFromStringToDoubleOrSingle")
        return float(number)
    if isinstance(value, (bool, int, float, decimal.Decimal)):
        return float(value)
    if type(value) is PSChar:
        return float(ord(value))
    enum_value = getattr(value, "ps_numeric_value", None)
    if enum_value is not None:
        return float(enum_value)
    if isinstance(value, datetime.datetime):
        raise cast_error(value, target, "Invalid cast from 'DateTime' to '%s'." % short_name(target),
                         "InvalidCastIConvertible")
    raise final_cast_error(value, target)


_DECIMAL_TEXT = re.compile(r"\s*[+-]?(\d+\.?\d*|\.\d+)\s*\Z")


def to_decimal(value) -> decimal.Decimal:
    """`[decimal]value` (doubles go through 15 significant digits, as .NET's Convert.ToDecimal does)."""
    value = unwrap(value)
    full = "System.Decimal"
    if type(value) is decimal.Decimal:
        return value
    if value is None or value is AUTOMATION_NULL:
        return decimal.Decimal(0)
    if isinstance(value, str) and type(value) is not PSChar:
        if value == "":
            return decimal.Decimal(0)
        if _DECIMAL_TEXT.match(value):   # Decimal.Parse keeps the scale the text has: '1.50' is 1.50
            exact = decimal.Decimal(value.strip())
            if abs(exact) <= DECIMAL_MAX and -exact.as_tuple().exponent <= 28:
                return exact
        number = parse_number_text(value)
        if number is None:
            number = parse_double_text(value)
        if number is None:
            raise cast_error(value, full, "The input string '%s' was not in a correct format." % value,
                             "InvalidCastFromStringToDecimal")
        value = number
        if type(value) is decimal.Decimal:
            return value
    try:
        if isinstance(value, float):
            return double_to_decimal(value)
        if isinstance(value, (bool, int)):
            if abs(value) > DECIMAL_MAX:
                raise OverflowError
            return decimal.Decimal(int(value))
    except OverflowError:
        raise cast_error(value, full, "Value was either too large or too small for a Decimal.",
                         "InvalidCastIConvertible") from None
    if type(value) is PSChar:
        return decimal.Decimal(ord(value))
    enum_value = getattr(value, "ps_numeric_value", None)
    if enum_value is not None:
        return decimal.Decimal(int(enum_value))
    raise final_cast_error(value, full)


def to_char(value) -> PSChar:
    """`[char]value`."""
    value = unwrap(value)
    if type(value) is PSChar:
        return value
    if value is None or value is AUTOMATION_NULL:
        return PSChar("\0")
    if isinstance(value, str):
        if len(value) != 1:
            raise cast_error(value, "System.Char", "String must be exactly one character long.",
                             "InvalidCastParseTargetInvocation")
        return PSChar(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if not 0 <= value <= 0xFFFF:
            raise cast_error(value, "System.Char", _overflow(CHAR), "InvalidCastIConvertible")
        return PSChar(chr(value))
    if isinstance(value, (float, decimal.Decimal, bool)):
        raise cast_error(value, "System.Char", "Invalid cast from '%s' to 'Char'." % short_name(type_name(value)),
                         "InvalidCastIConvertible")
    raise final_cast_error(value, "System.Char")
