"""Utility cmdlets: Get-Date, New-TimeSpan, Start-Sleep, Get-Random, New-Object, Invoke-Expression, Clear-Host."""
from __future__ import annotations

import calendar
import datetime
import decimal
import random
import time
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, Hashtable, Parameter, PSObject, cmdlet, convert_to, datetime_now, format_datetime, has_property, is_list,
    new_object, resolve_type, set_member, to_string, wrap,
)

_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
_SPECIAL_FORMATS = {"filedate": ("yyyyMMdd", False), "filedateuniversal": ("yyyyMMddZ", True),
                    "filedatetime": ("yyyyMMddTHHmmssffff", False),
                    "filedatetimeuniversal": ("yyyyMMddTHHmmssffffZ", True)}


# ---- Get-Date ------------------------------------------------------------------------------------------

def _format(value: datetime.datetime, fmt: str) -> str:
    return format_datetime(value, fmt)


def _utc(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(datetime.timezone.utc)


def _week_of_year(value: datetime.datetime, first: int) -> int:
    """Calendar.GetWeekOfYear with CalendarWeekRule.FirstFullWeek (strftime %U / %W style)."""
    return int(value.strftime("%U" if first == 6 else "%W"))


def uformat(value: datetime.datetime, fmt: str) -> str:
    """Get-Date -UFormat: the Unix date(1) specifiers as PowerShell implements them."""
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%" or i + 1 >= len(fmt):
            out.append(ch)
            i += 1
            continue
        spec = fmt[i + 1]
        i += 2
        out.append(_uformat_one(value, spec))
    return "".join(out)


def _uformat_one(value, spec) -> str:
    table = {
        "a": "ddd", "A": "dddd", "b": "MMM", "B": "MMMM", "c": "ddd MMM dd HH:mm:ss yyyy", "d": "dd",
        "D": "MM/dd/yy", "F": "yyyy-MM-dd", "h": "MMM", "H": "HH", "I": "hh", "m": "MM", "M": "mm",
        "p": "tt", "r": "hh:mm:ss tt", "R": "HH:mm", "S": "ss", "T": "HH:mm:ss", "x": "MM/dd/yy",
        "X": "HH:mm:ss", "y": "yy", "Y": "yyyy",
    }
    if spec in table:
        return _format(value, table[spec])
    if spec == "C":
        return "%02d" % (value.year // 100)
    if spec == "e":
        return "%2d" % value.day
    if spec == "g":
        return "%02d" % (value.isocalendar()[0] % 100)
    if spec == "G":
        return str(value.isocalendar()[0])
    if spec == "j":
        return "%03d" % value.timetuple().tm_yday
    if spec == "k":
        return "%2d" % value.hour
    if spec == "l":
        return "%2d" % (value.hour % 12 or 12)
    if spec == "n":
        return "\n"
    if spec == "t":
        return "\t"
    if spec == "s":
        return str(int((_utc(value) - _EPOCH).total_seconds()))
    if spec == "u":
        return str(value.isoweekday())
    if spec == "U":
        return "%02d" % _week_of_year(value, 6)
    if spec == "V":
        return "%02d" % value.isocalendar()[1]
    if spec == "w":
        return str(value.isoweekday() % 7)
    if spec == "W":
        return "%02d" % _week_of_year(value, 0)
    if spec == "Z":
        return _format(value, "zz")
    return spec


@cmdlet("Get-Date")
class GetDate(Cmdlet):
    date: Annotated[object, Parameter(type="datetime", position=0, pipeline=True, pipeline_by_property=True,
                                      aliases=("LastWriteTime",), sets=("DateAndFormat", "DateAndUFormat"))] = None
    unix_time_seconds: Annotated[int, Parameter(type="long", aliases=("UnixTime",),
                                                sets=("UnixTimeSecondsAndFormat", "UnixTimeSecondsAndUFormat"))] = None
    year: Annotated[int, Parameter(type="int", validate_range=(1, 9999))] = None
    month: Annotated[int, Parameter(type="int", validate_range=(1, 12))] = None
    day: Annotated[int, Parameter(type="int", validate_range=(1, 31))] = None
    hour: Annotated[int, Parameter(type="int", validate_range=(0, 23))] = None
    minute: Annotated[int, Parameter(type="int", validate_range=(0, 59))] = None
    second: Annotated[int, Parameter(type="int", validate_range=(0, 59))] = None
    millisecond: Annotated[int, Parameter(type="int", validate_range=(0, 999))] = None
    display_hint: Annotated[str, Parameter(type="string", validate_set=("Date", "Time", "DateTime"))] = None
    format: Annotated[str, Parameter(type="string", sets=("DateAndFormat", "UnixTimeSecondsAndFormat"))] = None
    u_format: Annotated[str, Parameter(name="UFormat", type="string",
                                       sets=("DateAndUFormat", "UnixTimeSecondsAndUFormat"))] = None
    as_utc: Annotated[bool, Parameter(name="AsUTC", type="switch")] = False

    def process(self):
        if self.unix_time_seconds is not None:
            value = (_EPOCH + datetime.timedelta(seconds=self.unix_time_seconds)).astimezone().replace(tzinfo=None)
        elif self.date is not None:
            value = self.date
        else:
            value = datetime_now()
        try:
            value = self.adjust(value)
        except ValueError:
            self.throw_terminating("Year, Month, and Day parameters describe an un-representable DateTime.",
                                   "GetDateInvalidArgument", "InvalidArgument", value, "System.ArgumentException")
        if self.as_utc:
            value = _utc(value)
        if self.u_format is not None:
            self.write_object(uformat(value, self.u_format))
        elif self.format is not None:
            special = _SPECIAL_FORMATS.get(self.format.lower())
            if special is not None:
                fmt, universal = special
                self.write_object(_format(_utc(value) if universal else value, fmt))
            else:
                self.write_object(_format(value, self.format))
        else:
            self.write_object(value)

    def adjust(self, value):
        changes = {}
        for field in ("year", "month", "day", "hour", "minute", "second"):
            if getattr(self, field) is not None:
                changes[field] = getattr(self, field)
        if "day" in changes or "month" in changes or "year" in changes:
            year = changes.get("year", value.year)
            month = changes.get("month", value.month)
            if "day" not in changes:
                changes["day"] = min(value.day, calendar.monthrange(year, month)[1])
        if self.millisecond is not None:
            changes["microsecond"] = self.millisecond * 1000 + value.microsecond % 1000
        return value.replace(**changes) if changes else value


@cmdlet("New-TimeSpan")
class NewTimeSpan(Cmdlet):
    start_time: Annotated[object, Parameter(name="Start", type="datetime", position=0, pipeline_by_property=True,
                                       aliases=("LastWriteTime",), sets=("Date",))] = None
    end_time: Annotated[object, Parameter(name="End", type="datetime", position=1, pipeline_by_property=True, sets=("Date",))] = None
    days: Annotated[int, Parameter(type="int", sets=("Time",))] = 0
    hours: Annotated[int, Parameter(type="int", sets=("Time",))] = 0
    minutes: Annotated[int, Parameter(type="int", sets=("Time",))] = 0
    seconds: Annotated[int, Parameter(type="int", sets=("Time",))] = 0
    milliseconds: Annotated[int, Parameter(type="int", sets=("Time",))] = 0

    def process(self):
        if self.parameter_set == "Time":
            self.write_object(datetime.timedelta(days=self.days, hours=self.hours, minutes=self.minutes,
                                                 seconds=self.seconds, milliseconds=self.milliseconds))
            return
        start = self.start_time if self.start_time is not None else datetime.datetime.now()
        end = self.end_time if self.end_time is not None else datetime.datetime.now()
        if (start.tzinfo is None) != (end.tzinfo is None):
            start, end = _utc(start), _utc(end)
        self.write_object(end - start)


# ---- Start-Sleep ---------------------------------------------------------------------------------------

@cmdlet("Start-Sleep")
class StartSleep(Cmdlet):
    seconds: Annotated[float, Parameter(type="double", position=0, pipeline=True, pipeline_by_property=True,
                                        sets=("Seconds",), validate_range=(0, 2147483.0))] = None
    milliseconds: Annotated[int, Parameter(type="int", aliases=("ms",), pipeline_by_property=True,
                                           sets=("Milliseconds",), validate_range=(0, 2147483647))] = None
    duration: Annotated[object, Parameter(type="timespan", aliases=("ts",), pipeline_by_property=True,
                                          sets=("FromTimeSpan",))] = None

    def process(self):
        if self.milliseconds is not None:
            total = self.milliseconds / 1000.0
        elif self.duration is not None:
            total = self.duration.total_seconds()
        else:
            total = self.seconds or 0.0
        deadline = time.monotonic() + total
        stop = getattr(self.runspace, "stop_event", None)
        while True:
            self.check_stop()
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if stop is not None:
                stop.wait(min(left, 0.02))
            else:
                time.sleep(min(left, 0.02))


# ---- Get-Random ----------------------------------------------------------------------------------------

def _generator(runspace) -> random.Random:
    """The runspace's generator (its runtime session keeps it; -SetSeed reseeds it)."""
    return runspace.services.random


def _is_float(value) -> bool:
    return isinstance(value, (float, decimal.Decimal)) or (isinstance(value, str) and not value.strip().lstrip(
        "-").isdigit())


@cmdlet("Get-Random")
class GetRandom(Cmdlet):
    maximum: Annotated[object, Parameter(type="object", position=0, sets=("RandomNumberParameterSet",))] = None
    input_object: Annotated[list, Parameter(type="object[]", position=0, mandatory=True, pipeline=True,
                                            sets=("RandomListItemParameterSet",))] = None
    minimum: Annotated[object, Parameter(type="object", sets=("RandomNumberParameterSet",))] = None
    count: Annotated[int, Parameter(type="int", validate_range=(1, 2147483647))] = None
    set_seed: Annotated[int, Parameter(type="int")] = None
    shuffle: Annotated[bool, Parameter(type="switch", sets=("ShuffleParameterSet",))] = False

    def begin(self):
        self.items = []
        if self.set_seed is not None:
            _generator(self.runspace).seed(self.set_seed)

    def process(self):
        if self.input_object is not None:
            self.items.extend(self.input_object)

    def end(self):
        gen = _generator(self.runspace)
        if self.input_object is not None or self.shuffle or self.parameter_set == "RandomListItemParameterSet":
            items = [i for i in self.items]
            count = len(items) if self.shuffle else min(self.count or 1, len(items))
            for item in gen.sample(items, count):
                self.write_object(item)
            return
        for _ in range(self.count or 1):
            self.write_object(self.number(gen))

    def number(self, gen):
        low, high = self.minimum, self.maximum
        if _is_float(low) or _is_float(high):
            lo = 0.0 if low is None else float(convert_to(low, "double"))
            hi = 1.7976931348623157e308 if high is None else float(convert_to(high, "double"))
            self.check_range(lo, hi, low, high)
            return lo + gen.random() * (hi - lo)
        lo = 0 if low is None else int(convert_to(low, "long"))
        hi = (2 ** 31 - 1 if lo < 2 ** 31 else 2 ** 63 - 1) if high is None else int(convert_to(high, "long"))
        self.check_range(lo, hi, low, high)
        return gen.randrange(lo, hi)

    def check_range(self, lo, hi, low, high):
        if lo >= hi:
            self.throw_terminating("The Minimum value (%s) cannot be greater than or equal to the Maximum value (%s)."
                                   % (to_string(low if low is not None else lo), to_string(high)),
                                   "MinGreaterThanOrEqualMax", "InvalidArgument", None,
                                   "System.ArgumentException")


# ---- New-Object ----------------------------------------------------------------------------------------

_PSOBJECT_NAMES = ("psobject", "system.management.automation.psobject", "pscustomobject",
                   "system.management.automation.pscustomobject")


@cmdlet("New-Object")
class NewObject(Cmdlet):
    type_name: Annotated[str, Parameter(type="string", position=0, mandatory=True, sets=("Net",))] = None
    argument_list: Annotated[list, Parameter(type="object[]", position=1, aliases=("Args",), sets=("Net",))] = None
    property: Annotated[object, Parameter(type="hashtable")] = None
    com_object: Annotated[str, Parameter(type="string", position=0, mandatory=True, sets=("Com",))] = None
    strict: Annotated[bool, Parameter(type="switch", sets=("Com",))] = False

    def end(self):
        if self.com_object is not None:
            self.throw_terminating("A parameter cannot be found that matches parameter name 'ComObject'.",
                                   "NamedParameterNotFound", "InvalidArgument")
        name = self.type_name.strip()
        key = name.lower().strip("[]")
        args = list(self.argument_list or [])
        if key in _PSOBJECT_NAMES:
            obj = wrap(args[0]) if args and not isinstance(args[0], PSObject) else (
                args[0] if args else PSObject())
        elif key in ("hashtable", "system.collections.hashtable") and not args:
            obj = Hashtable()
        else:
            obj = self.construct(name, args)
        if self.property is not None:
            self.apply_properties(obj)
        self.write_object(obj)

    def construct(self, name, args):
        t = resolve_type(name)
        if t is None:
            self.throw_terminating("Cannot find type [%s]: verify that the assembly containing this type is loaded."
                                   % name, "TypeNotFound", "InvalidType", name,
                                   "System.Management.Automation.PSArgumentException")
        return new_object(t, args, "new")

    def apply_properties(self, obj):
        for key, value in self.property.items():
            key = to_string(key)
            if isinstance(obj, PSObject) and obj.base is None:
                obj.add_note(key, value)
            elif has_property(obj, key):
                set_member(obj, key, value)
            else:
                self.write_error('The member "%s" was not found for the specified .NET object.' % key,
                                 "InvalidOperationException", "InvalidOperation", obj,
                                 "System.InvalidOperationException")


# ---- Invoke-Expression, Clear-Host ---------------------------------------------------------------------

@cmdlet("Invoke-Expression", aliases=("iex",))
class InvokeExpression(Cmdlet):
    command: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True)] = None

    def process(self):
        for value in self.runspace.invoke_text(self.command or "", self.ctx):
            if is_list(value):
                self.write_object(value, enumerate_collection=False)
            else:
                self.write_object(value)


@cmdlet("Clear-Host", aliases=("cls",))
class ClearHost(Cmdlet):
    def end(self):
        stream = getattr(self.runspace.host, "stdout", None)
        try:
            tty = stream is not None and stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        if tty:
            stream.write("\x1b[2J\x1b[3J\x1b[H")
            stream.flush()
