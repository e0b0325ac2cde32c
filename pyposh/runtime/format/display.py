"""Values as display text: PowerShell's SmartToString (collections as `{a, b…}`), format strings, scalar types."""
from __future__ import annotations

import datetime as _dt
import decimal

from pyposh.interpreter import api
from pyposh.interpreter.api import Hashtable, PSObject, is_list
from pyposh.runtime.format.cells import ELLIPSIS
from pyposh.runtime.format.properties import DictionaryEntry, display_name_expression, type_names

DEFAULT_ENUMERATION_LIMIT = 4  # $FormatEnumerationLimit

_SCALAR_TYPES = frozenset(name.lower() for name in (
    "System.String", "System.SByte", "System.Byte", "System.Int16", "System.UInt16", "System.Int32",
    "System.UInt32", "System.Int64", "System.UInt64", "System.Char", "System.Single", "System.Double",
    "System.Boolean", "System.Decimal", "System.IntPtr", "System.Security.SecureString",
    "System.Numerics.BigInteger"))


def is_scalar(value) -> bool:
    """Types PowerShell always shows with ToString(), one per line (its DefaultScalarTypes, and enums)."""
    if isinstance(value, (str, bool, int, float, decimal.Decimal)) and not isinstance(value, PSObject):
        return True
    if hasattr(type(value), "ps_numeric_value"):  # an enum value
        return True
    names = type_names(value)
    if not names:
        return False
    exact = names[0]
    if exact.startswith("Deserialized."):
        exact = exact[len("Deserialized."):]
    if len(names) > 1 and names[1] == "System.Enum":
        return True
    return exact.lower() in _SCALAR_TYPES


def is_enumerable(value) -> bool:
    """Values formatting enumerates: arrays and lists, and dictionaries (PowerShell's PSObjectHelper.GetEnumerable)."""
    if isinstance(value, PSObject):
        value = value.base
    return is_list(value) or isinstance(value, Hashtable)


def enumerate_value(value):
    """The items formatting sees in an enumerable value (a dictionary gives DictionaryEntry items)."""
    if isinstance(value, PSObject):
        value = value.base
    if isinstance(value, Hashtable):
        types = getattr(value, "pair_types", None)      # a generic Dictionary gives KeyValuePair entries
        if types is not None:
            return [api.KeyValuePair(k, v, types) for k, v in value.items()]
        return [DictionaryEntry(k, v) for k, v in value.items()]
    return list(value)


def to_display(value) -> str:
    """`PSObject.ToString()` in the en-US culture."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return value
    if isinstance(value, _dt.datetime):
        return api.format_datetime(value, "G")
    if isinstance(value, _dt.timedelta):
        return api.format_timespan(value, "c")
    if isinstance(value, DictionaryEntry):
        return "System.Collections.DictionaryEntry"
    dotnet_text = getattr(value, "ps_dotnet_string", None)
    if dotnet_text is not None:
        return dotnet_text()     # .NET's ToString() where it differs from PowerShell's conversion (types)
    try:
        return api.to_string(value)
    except (ImportError, AttributeError):
        return _fallback_to_string(value)


def _fallback_to_string(value) -> str:
    if isinstance(value, float):
        return double_to_string(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return format(value, "f")
    if isinstance(value, Hashtable):
        return "System.Collections.Specialized.OrderedDictionary" if value.ordered else "System.Collections.Hashtable"
    if is_list(value):
        return " ".join("System.Object[]" if is_list(v) else _fallback_to_string(v) for v in value if v is not None)
    if isinstance(value, PSObject):
        if value.base is not None:
            return to_display(value.base)
        parts = []
        for name in value.property_names():
            member = value.get_member(name)
            parts.append("%s=%s" % (name, to_display(member.value) if member is not None else ""))
        return "@{" + "; ".join(parts) + "}"
    return str(value)


def double_to_string(x: float) -> str:
    """A double as PowerShell prints it: 15 significant digits, exponent form from E+15 and below E-05."""
    if x != x:
        return "NaN"
    if x in (float("inf"), float("-inf")):
        return "\u221e" if x > 0 else "-\u221e"
    if x == 0:
        return "0"
    d = decimal.Decimal(x)
    exp10 = d.adjusted()
    d = d.quantize(decimal.Decimal(1).scaleb(exp10 - 14), rounding=decimal.ROUND_HALF_EVEN)
    exp10 = d.adjusted()
    sign, digit_tuple, _ = d.as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0") or "0"
    s = "-" if sign else ""
    if exp10 >= 15 or exp10 < -4:
        mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        return "%s%sE%s%02d" % (s, mant, "-" if exp10 < 0 else "+", abs(exp10))
    if exp10 < 0:
        return s + "0." + "0" * (-exp10 - 1) + digits
    if len(digits) <= exp10 + 1:
        return s + digits + "0" * (exp10 + 1 - len(digits))
    return s + digits[:exp10 + 1] + "." + digits[exp10 + 1:]


def object_name(item) -> str:
    """How one item of a collection shows inside `{…}` (PowerShell's GetObjectName)."""
    if item is None:
        return "$null"
    if isinstance(item, (str, bool, int, float, decimal.Decimal, _dt.datetime, _dt.timedelta, PSObject, Hashtable)):
        return to_display(item)
    if is_list(item):
        return to_display(item)
    expr = display_name_expression(item)
    if expr is not None:
        results = expr.get_values(item)
        if results and results[0].exception is None:
            return to_display(results[0].result)
    return to_display(item)


def smart_to_string(value, enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT, format_float: bool = False) -> str:
    """PowerShell's SmartToString: collections as `{a, b, c, d…}` (limit `$FormatEnumerationLimit`); in tables
    made from properties, floating-point numbers use the `F` format (two decimals in en-US)."""
    if value is None:
        return ""
    if is_enumerable(value):
        parts = []
        for count, item in enumerate(enumerate_value(value)):
            if 0 <= enumeration_limit == count:
                parts.append(ELLIPSIS)
                break
            if count:
                parts.append(", ")
            parts.append(object_name(item))
        return "{" + "".join(parts) + "}"
    if format_float and isinstance(value, (float, decimal.Decimal)) and not isinstance(value, bool):
        return api.format_value(value, "F")
    return to_display(value)


def format_field(value, enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT, format_string: str | None = None,
                 is_table: bool = False) -> str:
    """A cell's text: the FormatString when given (falling back to plain text if it fails), else SmartToString."""
    if format_string:
        try:
            if "{0" in format_string or "}" in format_string:
                return api.composite_format(format_string, [value])
            return api.format_value(value, format_string)
        except (api.FormatError, ValueError, decimal.InvalidOperation):
            pass
    return smart_to_string(value, enumeration_limit, is_table)
