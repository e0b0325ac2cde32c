"""Constructors for `[T]::new(args)` and `New-Object T args`: collections, dates, builders, exceptions."""
from __future__ import annotations

import calendar
import datetime
import uuid

from pyposh.errors import EXCEPTION_BASES, ScriptRuntimeError
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.generics import register_constructors
from pyposh.interpreter.dotnet.members.collections import items_of
from pyposh.interpreter.dotnet.members.enumeration import PSCollection
from pyposh.interpreter.dotnet.members.psobject import PSPropertyInfo
from pyposh.interpreter.dotnet.objects import Random, Stopwatch, StringBuilder, make_version
from pyposh.interpreter.dotnet.registry import argument_out_of_range, to_int, to_str
from pyposh.interpreter.dotnet.static_members import constructor, statics
from pyposh.interpreter.dotnet.statics.text import parse_guid
from pyposh.interpreter.dotnet.xml_document import new_document
from pyposh.interpreter.text.dates import datetime_from_ticks
from pyposh.interpreter.values.objects import ArrayList, GenericList, Hashtable, PSObject
from pyposh.interpreter.values.types import wrap


def _is_capacity(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _new_list(t, source=None):
    element = t.args[0].full_name
    if source is None or _is_capacity(source):
        if source is not None and source < 0:
            raise argument_out_of_range("capacity", "Non-negative number required.")
        return GenericList([], element)
    return GenericList([reg.convert_arg(v, element, "new", "collection") for v in items_of(source)], element)


def _new_array_list(t, source=None):
    if source is None or _is_capacity(source):
        return ArrayList()
    return ArrayList(items_of(source))


def _new_hashtable(t, source=None, *rest):
    table = Hashtable()
    if isinstance(source, Hashtable):
        for k, v in source.items():
            table[k] = v
    return table


def _new_datetime(t, *args):
    if len(args) == 1:
        ticks = to_int(args[0], "new", "ticks")
        if not 0 <= ticks <= 3155378975999999999:
            raise argument_out_of_range("ticks", "Ticks must be between DateTime.MinValue.Ticks and "
                                        "DateTime.MaxValue.Ticks.")
        return datetime_from_ticks(ticks)
    if len(args) in (2, 5):
        raise reg.overload_not_found("new", len(args))
    kind = None
    numbers = list(args)
    if len(numbers) in (4, 7, 8) and (isinstance(numbers[-1], str) or hasattr(numbers[-1], "ps_numeric_value")):
        kind = to_str(numbers.pop())
    parts = [to_int(n, "new") for n in numbers]
    year, month, day = parts[:3]
    if not (1 <= year <= 9999 and 1 <= month <= 12) or not 1 <= day <= _days(year, month):
        raise reg.DotNetException("System.ArgumentOutOfRangeException",
                                  "Year, Month, and Day parameters describe an un-representable DateTime.")
    hour, minute, second = (parts[3:6] + [0, 0, 0])[:3]
    millisecond = parts[6] if len(parts) > 6 else 0
    if not (0 <= hour < 24 and 0 <= minute < 60 and 0 <= second < 60):
        raise reg.DotNetException("System.ArgumentOutOfRangeException",
                                  "Hour, Minute, and Second parameters describe an un-representable DateTime.")
    if not 0 <= millisecond < 1000:
        raise argument_out_of_range("millisecond", "Valid values are between 0 and 999, inclusive.")
    value = datetime.datetime(year, month, day, hour, minute, second, millisecond * 1000)
    if kind is not None and kind.lower() == "utc":
        value = value.replace(tzinfo=datetime.timezone.utc)
    elif kind is not None and kind.lower() == "local":
        value = value.astimezone()
    return value


def _days(year, month):
    return calendar.monthrange(year, month)[1]


def _new_timespan(t, *args):
    if len(args) == 2:
        raise reg.overload_not_found("new", 2)
    numbers = [to_int(a, "new") for a in args]
    try:
        if len(numbers) == 1:
            return datetime.timedelta(microseconds=numbers[0] // 10)
        if len(numbers) == 3:
            hours, minutes, seconds = numbers
            return datetime.timedelta(hours=hours, minutes=minutes, seconds=seconds)
        days, hours, minutes, seconds = numbers[:4]
        ms = numbers[4] if len(numbers) > 4 else 0
        return datetime.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds, milliseconds=ms)
    except OverflowError:
        raise reg.DotNetException("System.ArgumentOutOfRangeException",
                                  "TimeSpan overflowed because the duration is too long.") from None


def _new_string_builder(t, value=None, capacity=None):
    if value is None or _is_capacity(value):
        return StringBuilder()
    return StringBuilder(to_str(value))


def _new_guid(t, value=None):
    if value is None:
        return uuid.UUID(int=0)
    return parse_guid(value)


def _new_string(t, value, count=None):
    if count is not None:
        count = to_int(count, "new", "count")
        if count < 0:
            raise argument_out_of_range("count", "Non-negative number required.")
        return to_str(value)[:1] * count
    if isinstance(value, (list, tuple)):
        return "".join(to_str(c) for c in value)
    return to_str(value)


def _new_psobject(t, value=None):
    if value is None:
        return PSObject()
    return value if isinstance(value, PSObject) else wrap(value)


def _new_exception(t, message=None, inner=None):
    full = t.full_name
    if message is None:
        message = "Exception of type '%s' was thrown." % full
    return ScriptRuntimeError(to_str(message), full.rsplit(".", 1)[-1], "NotSpecified", exception_type=full,
                              inner=inner)


for _name, _fn, _low, _high in (
        ("System.Collections.Generic.List`1", _new_list, 0, 1),
        ("System.Collections.ArrayList", _new_array_list, 0, 1),
        ("System.Collections.Hashtable", _new_hashtable, 0, 2),
        ("System.Collections.Specialized.OrderedDictionary", lambda t, *a: Hashtable(ordered=True), 0, 1),
        ("System.Collections.ObjectModel.Collection`1", lambda t: PSCollection(), 0, 0),
        ("System.DateTime", _new_datetime, 1, 8),
        ("System.TimeSpan", _new_timespan, 1, 5),
        ("System.Text.StringBuilder", _new_string_builder, 0, 2),
        ("System.Version", lambda t, *parts: make_version(*parts) if parts else make_version(0, 0), 0, 4),
        ("System.Guid", _new_guid, 0, 1),
        ("System.String", _new_string, 1, 2),
        ("System.Management.Automation.PSObject", _new_psobject, 0, 1),
        ("System.Management.Automation.PSCustomObject", lambda t: PSObject(), 0, 0),
        ("System.Object", lambda t: PSObject(type_names=["System.Object"]), 0, 0),
        ("System.Management.Automation.PSNoteProperty",
         lambda t, name, value=None: PSPropertyInfo(None, to_str(name), "NoteProperty", value), 1, 2),
        ("System.Random", lambda t, seed=None: Random(None if seed is None else to_int(seed)), 0, 1),
        ("System.Diagnostics.Stopwatch", lambda t: Stopwatch(), 0, 0)):
    constructor(_name, _fn, _low, _high)
register_constructors(constructor)
constructor("System.Xml.XmlDocument", new_document, 0, 0)
for _name in EXCEPTION_BASES:
    constructor(_name, _new_exception, 0, 2)



statics("System.Diagnostics.Stopwatch").method("StartNew", lambda t: _started(Stopwatch()))
statics("System.Diagnostics.Stopwatch").prop("Frequency", lambda t: 1_000_000_000)


def _started(sw):
    sw.start()
    return sw
