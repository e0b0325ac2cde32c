"""Casts to named types (`[int]$x`, `-as`, typed variables): PowerShell's ConvertTo for each target type."""
from __future__ import annotations

import datetime
import uuid

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.text.dates import datetime_from_ticks
from pyposh.interpreter.text.numbers import (
    BIGINT, BYTE, INT16, INT32, INT64, SBYTE, UINT16, UINT32, UINT64, PSBigInt, PSChar, PSSingle,
)
from pyposh.interpreter.values import conversions as cv
from pyposh.interpreter.values.enums import ENUMS
from pyposh.interpreter.values.objects import (
    AUTOMATION_NULL, ArrayList, GenericList, Hashtable, PSObject, PSReference, TypedArray,
)
from pyposh.interpreter.values.regex_dialect import DotNetRegex, RegexPatternError, compile_regex
from pyposh.interpreter.values.typenames import (
    _REGISTERED, GENERIC_LIST, HASHTABLE, ORDERED, PSOBJECT, generic_arguments, is_instance, registered_type,
    resolve_type_name,
)
from pyposh.interpreter.values.types import PSType, resolve_type

_LISTS = (list, tuple)


def _enumerate(value) -> list:
    if isinstance(value, _LISTS):
        return list(value)
    return [value]


def _to_bigint(value):
    value = cv.unwrap(value)
    if value is None:
        return PSBigInt(0)
    if isinstance(value, str) and type(value) is not PSChar:
        text = value.strip()
        try:
            return PSBigInt(int(text)) if text else PSBigInt(0)
        except ValueError:
            raise cv.cast_error(value, "System.Numerics.BigInteger",
                                "The value could not be parsed.", "InvalidCastParseTargetInvocation") from None
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise cv.cast_error(value, "System.Numerics.BigInteger", "Value was either too large or too small "
                                "for a BigInteger.", "InvalidCastIConvertible")
        return PSBigInt(int(value))
    number = cv.to_number(value, "System.Numerics.BigInteger")
    return PSBigInt(int(number))


def _to_string(value):
    return cv.to_string(value)


def _to_object(value):
    return value


def _to_array(value):
    if value is None or value is AUTOMATION_NULL:
        return None
    if type(value) is list:
        return value
    return _enumerate(value)


def _to_hashtable(value):
    value = cv.unwrap(value)
    if value is None:
        return None
    if type(value) is Hashtable:
        return value if not value.ordered else Hashtable(value.items())
    raise cv.final_cast_error(value, HASHTABLE)


def _to_ordered(value):
    value = cv.unwrap(value)
    if value is None:
        return None
    if type(value) is Hashtable:
        return value if value.ordered else Hashtable(value.items(), ordered=True)
    raise cv.final_cast_error(value, ORDERED)


def _to_pscustomobject(value):
    if type(value) is Hashtable:
        return PSObject(value.items())
    return value


def _to_datetime(value):
    value = cv.unwrap(value)
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        return datetime.datetime(value.year, value.month, value.day)
    if isinstance(value, str) and type(value) is not PSChar:
        parsed = cv.parse_datetime(value)
        if parsed is None:
            raise cv.cast_error(value, "System.DateTime", "String '%s' was not recognized as a valid DateTime."
                                % value, "InvalidCastParseTargetInvocationWithFormatProvider")
        return parsed
    if isinstance(value, int) and not isinstance(value, bool):
        try:
            return datetime_from_ticks(int(value))
        except (OverflowError, ValueError):
            raise cv.cast_error(value, "System.DateTime", "Ticks must be between DateTime.MinValue.Ticks and "
                                "DateTime.MaxValue.Ticks. (Parameter 'ticks')", "InvalidCastConstructorException") \
                from None
    if value is None:
        raise cv.final_cast_error(None, "System.DateTime")
    if isinstance(value, (float, bool)) or cv.numeric_code(value) is not None:
        raise cv.cast_error(value, "System.DateTime", "Invalid cast from '%s' to 'DateTime'."
                            % cv.short_name(cv.type_name(value)), "InvalidCastIConvertible")
    raise cv.final_cast_error(value, "System.DateTime")


def _to_timespan(value):
    value = cv.unwrap(value)
    if isinstance(value, datetime.timedelta):
        return value
    if isinstance(value, str) and type(value) is not PSChar:
        try:
            return cv.parse_timespan(value)
        except ValueError as e:
            raise cv.cast_error(value, "System.TimeSpan", str(e),
                                "InvalidCastParseTargetInvocationWithFormatProvider") from None
    if isinstance(value, int) and not isinstance(value, bool):
        return datetime.timedelta(microseconds=int(value) / 10)
    if value is None:
        raise cv.final_cast_error(None, "System.TimeSpan")
    raise cv.final_cast_error(value, "System.TimeSpan")


def _to_regex(value):
    value = cv.unwrap(value)
    if isinstance(value, DotNetRegex):
        return value
    if value is None:
        return None
    text = cv.to_string(value)
    try:
        return compile_regex(text, 0)
    except RegexPatternError as e:
        raise cv.cast_error(text, "System.Text.RegularExpressions.Regex", e.message,
                            "InvalidCastFromStringToRegex") from None


def _to_guid(value):
    value = cv.unwrap(value)
    if isinstance(value, uuid.UUID):
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value.strip())
        except ValueError:
            raise cv.cast_error(value, "System.Guid", "Unrecognized Guid format.",
                                "InvalidCastParseTargetInvocation") from None
    raise cv.final_cast_error(value, "System.Guid")


def _to_version(value):
    value = cv.unwrap(value)
    if isinstance(value, cv.PSVersion) or value is None:
        return value
    if isinstance(value, (str, float)):       # a double converts through its text (1.2 -> 1.2; NaN fails)
        try:
            return cv.PSVersion.parse(value if isinstance(value, str) else cv.to_string(value))
        except ValueError as e:
            raise cv.cast_error(value, "System.Version", str(e), "InvalidCastParseTargetInvocation") from None
    raise cv.final_cast_error(value, "System.Version")


def _to_reference(value):
    if isinstance(value, PSReference):
        return value
    return PSReference.of_value(value)


def _to_arraylist(value):
    if value is None:
        return None
    return ArrayList(_enumerate(cv.unwrap(value)))


def _to_scriptblock(value):
    value = cv.unwrap(value)
    if value is None or cv.type_name(value) == "System.Management.Automation.ScriptBlock":
        return value
    raise cv.final_cast_error(value, "System.Management.Automation.ScriptBlock")


def _to_type(value):
    """`[type]'int'`: a type object passes through; a string names a type."""
    value = cv.unwrap(value)
    if value is None or isinstance(value, PSType):
        return value
    if isinstance(value, str):
        found = resolve_type(value)
        if found is not None:
            return found
    raise cv.final_cast_error(value, "System.Type")


def _to_void(value):
    return AUTOMATION_NULL


def _integer(code):
    return lambda value: cv.to_integer(value, code)


_CONVERTERS = {
    "System.Int32": _integer(INT32), "System.Int64": _integer(INT64), "System.Int16": _integer(INT16),
    "System.Byte": _integer(BYTE), "System.SByte": _integer(SBYTE), "System.UInt16": _integer(UINT16),
    "System.UInt32": _integer(UINT32), "System.UInt64": _integer(UINT64),
    "System.Numerics.BigInteger": _to_bigint, "System.Double": cv.to_double,
    "System.Single": lambda v: PSSingle(cv.to_double(v, "System.Single")), "System.Decimal": cv.to_decimal,
    "System.Boolean": cv.to_bool, "System.Management.Automation.SwitchParameter": cv.to_bool,
    "System.String": _to_string, "System.Char": cv.to_char, "System.Object": _to_object,
    "System.Array": _to_array, "System.Object[]": _to_array, HASHTABLE: _to_hashtable, ORDERED: _to_ordered,
    PSOBJECT: _to_object, "System.Management.Automation.PSCustomObject": _to_pscustomobject,
    "System.DateTime": _to_datetime, "System.TimeSpan": _to_timespan,
    "System.Text.RegularExpressions.Regex": _to_regex, "System.Guid": _to_guid, "System.Version": _to_version,
    "System.Management.Automation.PSReference": _to_reference, "System.Collections.ArrayList": _to_arraylist,
    "System.Management.Automation.ScriptBlock": _to_scriptblock, "System.Void": _to_void,
    "System.Type": _to_type,
}
# Casts to generic types by definition: `System.Collections.Generic.HashSet`1[` -> fn(value, full name).
_GENERIC_CONVERTERS: dict[str, object] = {}
_RESOLVED: dict[str, tuple] = {}


def register_converter(full_name: str, converter) -> None:
    """Casts to `full_name` call `converter(value)`: how a higher layer makes its types castable ([xml])."""
    _CONVERTERS[full_name] = converter
    _RESOLVED.clear()


def register_generic_converter(definition: str, converter) -> None:
    """Casts to a closed generic type of `definition` (`System.Collections.Generic.HashSet`1`) call
    `converter(value, full_name)` unless the value already is one."""
    _GENERIC_CONVERTERS[definition + "["] = converter


def _target(type_name) -> tuple:
    """(canonical full name, converter or None, custom flag) for a type name or a type object."""
    key = type_name if isinstance(type_name, str) else getattr(type_name, "full_name", None)
    if key is None:
        raise ScriptRuntimeError("Unable to find type [%s]." % type_name, "TypeNotFound", "InvalidOperation")
    found = _RESOLVED.get(key)
    if found is None:
        full = cv.lookup_type_name(key) or _other_type_name(key) or resolve_type_name(key)
        bare = key.strip().strip("[]").strip().lower()
        converter = _CONVERTERS.get(full)
        if bare in ("pscustomobject", "system.management.automation.pscustomobject"):
            converter = _to_pscustomobject
        found = (full, converter)
        if len(_RESOLVED) < 4096:
            _RESOLVED[key] = found
    return found


def _other_type_name(name: str):
    """A type only the type-literal module knows (static classes and the like)."""
    found = resolve_type(name)
    return found.full_name if found is not None else None


def convert_to(value, type_name):
    """`[T]value`: convert to the type named by `type_name` (accelerator, full name, `int[]`, `List[string]`, or
    a type object with `full_name`). Failures raise PowerShell's cast errors (PSInvalidCastException)."""
    full, converter = _target(type_name)
    info = registered_type(full) if _REGISTERED else None
    if info is not None and info.converter is not None:
        return info.converter(value)
    if converter is not None:
        return converter(value)
    if full.endswith("[]"):
        return _to_typed_array(value, full)
    if full.startswith(GENERIC_LIST + "["):
        return _to_generic_list(value, full)
    generic = _GENERIC_CONVERTERS.get(full[:full.find("[") + 1]) if "`" in full else None
    if generic is not None and not is_instance(value, full):
        return generic(value, full)
    enum = _enum_type(full)
    if enum is not None:
        return _to_enum(value, enum)
    if value is None or value is AUTOMATION_NULL:
        return None
    if is_instance(value, full):
        return value
    raise cv.final_cast_error(value, full)


def try_convert_to(value, type_name, default=None):
    """`value -as [T]`: the converted value, or `default` ($null) when the conversion fails."""
    try:
        return convert_to(value, type_name)
    except PyposhError:
        return default
    except (ValueError, OverflowError, TypeError):
        return default


def _to_typed_array(value, full):
    if value is None or value is AUTOMATION_NULL:
        return None
    element = full[:-2]
    if type(value) is TypedArray and cv.lookup_type_name(value.element_type or "") == element:
        return value
    source = cv.unwrap(value)
    if element == "System.Char" and isinstance(source, str):
        return TypedArray([PSChar(c) for c in source], element_type=element)
    items = _enumerate(source)
    try:
        converted = [convert_to(item, element) for item in items]
    except PyposhError as e:
        error_id = "InvalidCastExceptionEnumerableToArray" if isinstance(source, _LISTS) else \
            "InvalidCastExceptionScalarToArray"
        raise cv.cast_error(source, full, e.message, error_id) from None
    return TypedArray(converted, element_type=element)


def _to_generic_list(value, full):
    if value is None:
        return None
    element = generic_arguments(full)[0]
    items = _enumerate(cv.unwrap(value))
    return GenericList([convert_to(item, element) for item in items], element_type=element)


def _enum_type(full: str):
    return ENUMS.get(full.lower())


def _to_enum(value, enum):
    value = cv.unwrap(value)
    if getattr(value, "enum", None) is enum:
        return value
    if isinstance(value, str):
        return enum.parse(value)
    if value is None:
        raise cv.final_cast_error(None, enum.full_name)
    if isinstance(value, _LISTS):
        return enum.parse(",".join(cv.to_string(v) for v in value))
    number = getattr(value, "ps_numeric_value", None)
    if number is None:
        number = cv.to_integer(value, INT64)
    return enum.value(int(number))


__all__ = ["convert_to", "try_convert_to", "BIGINT"]
