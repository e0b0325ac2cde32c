"""Reading objects for display: type names, property names and values, and property expressions (names or blocks)."""
from __future__ import annotations

import datetime as _dt
import decimal
import fnmatch
import re
import types

from pyposh.interpreter import api
from pyposh.interpreter.api import Hashtable, PSObject, format_datetime

_PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"
_REMOTING_PROPERTIES = frozenset(("pscomputername", "psshowcomputername", "runspaceid", "pssourcejobinstanceid"))


class DictionaryEntry:
    """`System.Collections.DictionaryEntry`: one key/value pair of an enumerated hashtable (`Name` aliases `Key`)."""

    __slots__ = ("key", "value")
    type_names = ["System.Collections.DictionaryEntry", "System.ValueType", "System.Object"]

    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __repr__(self):
        return "DictionaryEntry(%r, %r)" % (self.key, self.value)

    def __str__(self):
        return "System.Collections.DictionaryEntry"


_PY_TYPE_NAMES = (
    (bool, "System.Boolean"), (int, "System.Int32"), (float, "System.Double"), (decimal.Decimal, "System.Decimal"),
    (str, "System.String"), (_dt.datetime, "System.DateTime"), (_dt.timedelta, "System.TimeSpan"),
    (list, "System.Object[]"), (tuple, "System.Object[]"),
)

_VALUE_TYPES = ("System.Boolean", "System.Int32", "System.Int64", "System.Double", "System.Decimal",
                "System.DateTime", "System.TimeSpan", "System.Char", "System.Byte", "System.Single")


def type_names(value) -> list[str]:
    """PowerShell's TypeNames for a value (most derived first)."""
    if isinstance(value, PSObject):
        if value.base is not None and value.type_names[:1] == [_PSCUSTOMOBJECT]:
            return type_names(value.base)
        return value.type_names
    names = getattr(value, "type_names", None)
    if isinstance(names, (list, tuple)):
        return list(names)
    if isinstance(value, Hashtable):
        name = "System.Collections.Specialized.OrderedDictionary" if value.ordered else "System.Collections.Hashtable"
        return [name, "System.Object"]
    try:
        return list(api.type_names(value))
    except (ImportError, AttributeError):
        pass
    for cls, name in _PY_TYPE_NAMES:
        if isinstance(value, cls):
            if cls is int and not -2**31 <= value < 2**31:
                name = "System.Int64"
            base = ["System.ValueType", "System.Object"] if name in _VALUE_TYPES else ["System.Object"]
            if name == "System.Object[]":
                base = ["System.Array", "System.Object"]
            return [name] + base
    return ["System.Object"]


def _native_names(value) -> list[str] | None:
    if isinstance(value, DictionaryEntry):
        return ["Name", "Key", "Value"]
    if isinstance(value, PSObject) and value.base is None:
        return value.property_names()
    return None


def property_names(value) -> list[str]:
    """Names of the properties a script sees on the value, in display order."""
    names = _native_names(value)
    if names is not None:
        return names
    if value is None or isinstance(value, (str, bool, int, float, decimal.Decimal)):
        return []
    try:
        names = list(api.property_names(value))
    except (ImportError, AttributeError):
        names = _fallback_names(value)
    if isinstance(value, PSObject):
        own = value.property_names()
        names = names + [n for n in own if n.lower() not in {m.lower() for m in names}]
    return names


def _fallback_names(value) -> list[str]:
    if isinstance(value, _dt.timedelta):
        return [name for name, _ in _TIMESPAN_PROPS]
    if isinstance(value, _dt.datetime):
        return [name for name, _ in _DATETIME_PROPS]
    if isinstance(value, PSObject):
        return property_names(value.base) if value.base is not None else []
    return []


def get_property(value, name: str):
    """The value of a property (case-insensitive); raises LookupError when the value has none by that name."""
    if isinstance(value, DictionaryEntry):
        low = name.lower()
        if low in ("name", "key"):
            return value.key
        if low == "value":
            return value.value
        raise LookupError(name)
    if isinstance(value, PSObject):
        member = value.get_member(name)
        if member is not None and member.kind == "NoteProperty":
            return member.value
    if isinstance(value, _dt.timedelta) and name.lower() in _TIMESPAN_GETTERS:
        return _TIMESPAN_GETTERS[name.lower()](value)
    if isinstance(value, _dt.datetime) and name.lower() == "datetime":
        return format_datetime(value, "F")
    if isinstance(value, _dt.datetime) and name.lower() in _DATETIME_GETTERS:
        try:
            return api.get_member(value, name)
        except (ImportError, AttributeError):
            return _DATETIME_GETTERS[name.lower()](value)
    names = property_names(value)
    if not any(n.lower() == name.lower() for n in names):
        raise LookupError(name)
    try:
        return api.get_member(value, name)
    except (ImportError, AttributeError):
        if isinstance(value, PSObject):
            member = value.get_member(name)
            if member is not None:
                return _member_value(value, member)
        raise LookupError(name)


def _member_value(obj, member):
    if member.kind == "AliasProperty" and member.target:
        return get_property(obj, member.target)
    if member.getter is not None:
        return member.getter(obj)
    return member.value


def _property_set_names(obj, name: str) -> list[str]:
    names = {n.lower(): n for n in property_names(obj)}
    return [names[n.lower()] for n in api.property_set_names(obj, name) if n.lower() in names]


def has_displayable_properties(value) -> bool:
    """True when the value has a property other than those remoting adds (PowerShell's HasNonRemotingProperties)."""
    return any(n.lower() not in _REMOTING_PROPERTIES for n in property_names(value))


def _ticks(td: _dt.timedelta) -> int:
    return (td.days * 86400 + td.seconds) * 10_000_000 + td.microseconds * 10


def _span_part(td: _dt.timedelta, unit: int, modulo: int) -> int:
    ticks = _ticks(td)
    sign = -1 if ticks < 0 else 1
    return sign * ((abs(ticks) // unit) % modulo)


_TIMESPAN_PROPS = (
    ("Days", lambda td: int(_ticks(td) / 864_000_000_000)),
    ("Hours", lambda td: _span_part(td, 36_000_000_000, 24)),
    ("Minutes", lambda td: _span_part(td, 600_000_000, 60)),
    ("Seconds", lambda td: _span_part(td, 10_000_000, 60)),
    ("Milliseconds", lambda td: _span_part(td, 10_000, 1000)),
    ("Ticks", _ticks),
    ("TotalDays", lambda td: _ticks(td) / 864_000_000_000),
    ("TotalHours", lambda td: _ticks(td) / 36_000_000_000),
    ("TotalMinutes", lambda td: _ticks(td) / 600_000_000),
    ("TotalSeconds", lambda td: _ticks(td) / 10_000_000),
    ("TotalMilliseconds", lambda td: _ticks(td) / 10_000),
)
_TIMESPAN_GETTERS = {name.lower(): fn for name, fn in _TIMESPAN_PROPS}

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DATETIME_PROPS = (
    ("DisplayHint", lambda d: "DateTime"),
    ("DateTime", None),
    ("Date", lambda d: d.replace(hour=0, minute=0, second=0, microsecond=0)),
    ("Day", lambda d: d.day),
    ("DayOfWeek", lambda d: _DAY_NAMES[d.weekday()]),
    ("DayOfYear", lambda d: d.timetuple().tm_yday),
    ("Hour", lambda d: d.hour),
    ("Kind", lambda d: "Local" if d.tzinfo else "Unspecified"),
    ("Millisecond", lambda d: d.microsecond // 1000),
    ("Microsecond", lambda d: d.microsecond % 1000),
    ("Nanosecond", lambda d: 0),
    ("Minute", lambda d: d.minute),
    ("Month", lambda d: d.month),
    ("Second", lambda d: d.second),
    ("Ticks", lambda d: ((d.replace(tzinfo=None) - _dt.datetime(1, 1, 1)) // _dt.timedelta(microseconds=1)) * 10),
    ("TimeOfDay", lambda d: _dt.timedelta(hours=d.hour, minutes=d.minute, seconds=d.second,
                                          microseconds=d.microsecond)),
    ("Year", lambda d: d.year),
)
_DATETIME_GETTERS = {name.lower(): fn for name, fn in _DATETIME_PROPS if fn is not None}


_WILDCARD = re.compile(r"[*?\[]")


class PropertyExpression:
    """A property name (wildcards allowed) or a block (any Python callable taking the object), as PowerShell's
    PSPropertyExpression. `resolve_names` expands wildcards against an object; `get_values` evaluates."""

    __slots__ = ("name", "script", "is_resolved")

    def __init__(self, name_or_script, is_resolved: bool = False):
        if callable(name_or_script) and not isinstance(name_or_script, str):
            self.name = None
            self.script = name_or_script
        else:
            self.name = str(name_or_script)
            self.script = None
        self.is_resolved = is_resolved

    @property
    def has_wildcards(self) -> bool:
        return self.script is None and bool(_WILDCARD.search(self.name))

    def __str__(self):
        if self.script is not None:
            return script_text(self.script)
        return self.name

    def __repr__(self):
        return "PropertyExpression(%s)" % self

    def resolve_names(self, obj) -> list["PropertyExpression"]:
        if self.script is not None or self.is_resolved:
            return [self]
        names = property_names(obj)
        if self.has_wildcards:
            pattern = _wildcard_regex(self.name)
            matched = [n for n in names if pattern.fullmatch(n)]
        else:
            matched = [n for n in names if n.lower() == self.name.lower()] or _property_set_names(obj, self.name)
        seen = set()
        result = []
        for n in matched:
            if n.lower() not in seen:
                seen.add(n.lower())
                result.append(PropertyExpression(n, is_resolved=True))
        return result

    def get_values(self, obj) -> list["ExpressionResult"]:
        """Results for each name the expression resolves to (a block gives one result)."""
        if self.script is not None:
            try:
                return [ExpressionResult(_unwrap_script_result(self.script(obj)), self)]
            except Exception as exc:  # a failing block shows an empty cell, as in PowerShell
                return [ExpressionResult(None, self, exc)]
        results = []
        for ex in self.resolve_names(obj):
            try:
                results.append(ExpressionResult(get_property(obj, ex.name), ex))
            except LookupError:
                continue
            except Exception as exc:
                results.append(ExpressionResult(None, ex, exc))
        return results


class ExpressionResult:
    __slots__ = ("result", "resolved", "exception")

    def __init__(self, result, resolved: PropertyExpression, exception: Exception | None = None):
        self.result = result
        self.resolved = resolved
        self.exception = exception


def _unwrap_script_result(value):
    # A block writing one object yields that object; several yield an array.
    if isinstance(value, (list, tuple)) and len(value) == 1 and type(value) in (list, tuple):
        return value[0]
    return value


def script_text(script) -> str:
    """How a block shows as a label: the block's text (a Python function shows its name)."""
    text = getattr(script, "text", None)
    if isinstance(text, str):
        return text
    if isinstance(script, (types.FunctionType, types.BuiltinFunctionType, types.MethodType)):
        return script.__name__
    return str(script)


def _wildcard_regex(pattern: str):
    return re.compile(fnmatch.translate(pattern), re.IGNORECASE)


def display_name_expression(obj) -> PropertyExpression | None:
    """The property that names an object: the first of name, id, key, *key, *name, *id it has."""
    for pattern in ("name", "id", "key", "*key", "*name", "*id"):
        resolved = [ex for ex in PropertyExpression(pattern).resolve_names(obj)
                    if ex.name.lower() not in _REMOTING_PROPERTIES]
        if resolved:
            return resolved[0]
    return None
