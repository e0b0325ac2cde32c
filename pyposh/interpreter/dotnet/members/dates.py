"""The members of System.DateTime and System.TimeSpan."""
from __future__ import annotations

import calendar
import datetime

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_int
from pyposh.interpreter.text import dates
from pyposh.interpreter.values.enums import ENUMS

_DAY_OF_WEEK = ENUMS["system.dayofweek"]
_KIND = ENUMS["system.datetimekind"]
_UNREPRESENTABLE = "The added or subtracted value results in an un-representable DateTime."
TICKS_PER_SECOND = 10_000_000
TICKS_PER_DAY = 86400 * TICKS_PER_SECOND
timespan_ticks = dates.timedelta_ticks


def format_datetime(dt, fmt=None) -> str:
    """DateTime.ToString(format) in en-US; a bad format is .NET's FormatException."""
    try:
        return dates.format_datetime(dt, fmt)
    except ValueError as exc:
        raise reg.format_error(str(exc)) from None


def format_timespan(ts, fmt=None) -> str:
    try:
        return dates.format_timespan(ts, fmt)
    except ValueError as exc:
        raise reg.format_error(str(exc)) from None


ticks_of = dates.datetime_ticks


def kind_of(dt: datetime.datetime) -> str:
    """DateTimeKind: naive values are Unspecified, UTC ones Utc, other aware ones Local."""
    if dt.tzinfo is None:
        return "Unspecified"
    return "Utc" if dt.utcoffset() == datetime.timedelta(0) and dt.tzinfo is datetime.timezone.utc else "Local"


def timespan_parts(ts: datetime.timedelta):
    """(sign, days, hours, minutes, seconds, ticks of fraction) of a TimeSpan, parts non-negative."""
    ticks = timespan_ticks(ts)
    sign = -1 if ticks < 0 else 1
    days, rest = divmod(abs(ticks), TICKS_PER_DAY)
    hours, rest = divmod(rest, 3600 * TICKS_PER_SECOND)
    minutes, rest = divmod(rest, 60 * TICKS_PER_SECOND)
    seconds, fraction = divmod(rest, TICKS_PER_SECOND)
    return sign, days, hours, minutes, seconds, fraction


def _number(value, method, param="value") -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    return reg.convert_arg(value, "System.Double", method, param)


def _shift(dt, delta):
    """dt + delta, keeping dt's ticks below a microsecond (a TimeSpan here is whole microseconds)."""
    try:
        return dates.with_sub_ticks(dt + delta, dates.sub_ticks(dt))
    except OverflowError:
        raise reg.argument_out_of_range("value", _UNREPRESENTABLE) from None


def _adder(unit, method):
    def add(dt, amount):
        amount = _number(amount, method)
        try:
            delta = datetime.timedelta(**{unit: amount})
        except OverflowError:
            raise reg.argument_out_of_range("value", _UNREPRESENTABLE) from None
        return _shift(dt, delta)
    return add


def add_months(dt: datetime.datetime, months) -> datetime.datetime:
    months = to_int(months, "AddMonths", "months")
    if not -120000 <= months <= 120000:
        raise reg.argument_out_of_range("months", "Value to add was out of range.")
    index = dt.year * 12 + dt.month - 1 + months
    year, month = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise reg.argument_out_of_range("months", "The added or subtracted value results in an un-representable "
                                        "DateTime.")
    day = min(dt.day, calendar.monthrange(year, month + 1)[1])
    return dt.replace(year=year, month=month + 1, day=day)


def _add_years(dt, years):
    return add_months(dt, to_int(years, "AddYears", "value") * 12)


def _add_ticks(dt, ticks):
    try:
        return dates.datetime_from_ticks(ticks_of(dt) + to_int(ticks, "AddTicks"), dt.tzinfo)
    except (OverflowError, ValueError):
        raise reg.argument_out_of_range("value", _UNREPRESENTABLE) from None


def _naive(dt):
    return dt.replace(tzinfo=None) if dt.tzinfo is not None else dt


def _subtract(dt, other):
    other = reg.unwrap(other)
    if isinstance(other, datetime.datetime):
        return _naive(dt) - _naive(other)
    if isinstance(other, datetime.timedelta):
        return _shift(dt, -other)
    other = reg.convert_arg(other, "System.TimeSpan", "Subtract", "value")
    return _shift(dt, -other)


def _add(dt, other):
    other = reg.unwrap(other)
    if not isinstance(other, datetime.timedelta):
        other = reg.convert_arg(other, "System.TimeSpan", "Add", "value")
    return _shift(dt, other)


def _to_string(dt, fmt=None, provider=None):
    if fmt is not None and not isinstance(fmt, str):
        fmt = None  # ToString(IFormatProvider)
    return format_datetime(dt, fmt)


def _compare(a, b):
    b = reg.unwrap(b)
    if b is None:
        return 1
    if not isinstance(b, type(a)):
        raise reg.argument_error("Object must be of type %s." % ("DateTime" if isinstance(a, datetime.datetime)
                                                                   else "TimeSpan"))
    if isinstance(a, datetime.datetime):
        a, b = _naive(a), _naive(b)
    return (a > b) - (a < b)


def _to_universal(dt):
    if kind_of(dt) == "Utc":
        return dt
    return dt.astimezone(datetime.timezone.utc)


def _to_local(dt):
    if dt.tzinfo is None:
        return dt
    return dt.astimezone().replace(tzinfo=None)


def _date(dt):
    return dt.replace(hour=0, minute=0, second=0, microsecond=0)


DATETIME = reg.define_type(datetime.datetime, "System.DateTime")
(DATETIME
 .prop("DateTime", lambda d: format_datetime(d, "dddd, MMMM d, yyyy h:mm:ss tt"))
 .prop("Date", _date)
 .prop("Day", lambda d: d.day)
 .prop("DayOfWeek", lambda d: _DAY_OF_WEEK.value((d.weekday() + 1) % 7))
 .prop("DayOfYear", lambda d: d.timetuple().tm_yday)
 .prop("Hour", lambda d: d.hour)
 .prop("Kind", lambda d: _KIND.lookup(kind_of(d)))
 .prop("Millisecond", lambda d: d.microsecond // 1000)
 .prop("Microsecond", lambda d: d.microsecond % 1000)
 .prop("Nanosecond", lambda d: 0)
 .prop("Minute", lambda d: d.minute)
 .prop("Month", lambda d: d.month)
 .prop("Second", lambda d: d.second)
 .prop("Ticks", ticks_of)
 .prop("TimeOfDay", lambda d: datetime.timedelta(hours=d.hour, minutes=d.minute, seconds=d.second,
                                                 microseconds=d.microsecond))
 .prop("Year", lambda d: d.year)
 .method("Add", _add, 1)
 .method("AddDays", _adder("days", "AddDays"), 1)
 .method("AddHours", _adder("hours", "AddHours"), 1)
 .method("AddMinutes", _adder("minutes", "AddMinutes"), 1)
 .method("AddSeconds", _adder("seconds", "AddSeconds"), 1)
 .method("AddMilliseconds", _adder("milliseconds", "AddMilliseconds"), 1)
 .method("AddMicroseconds", _adder("microseconds", "AddMicroseconds"), 1)
 .method("AddTicks", _add_ticks, 1)
 .method("AddMonths", add_months, 1)
 .method("AddYears", _add_years, 1)
 .method("Subtract", _subtract, 1)
 .method("ToString", _to_string, 0, 2)
 .method("ToShortDateString", lambda d: format_datetime(d, "d"))
 .method("ToLongDateString", lambda d: format_datetime(d, "D"))
 .method("ToShortTimeString", lambda d: format_datetime(d, "t"))
 .method("ToLongTimeString", lambda d: format_datetime(d, "T"))
 .method("ToUniversalTime", _to_universal)
 .method("ToLocalTime", _to_local)
 .method("IsDaylightSavingTime", lambda d: bool(d.astimezone().dst()))
 .method("CompareTo", _compare, 1))


# ---- TimeSpan ----------------------------------------------------------------------------------------

def _part(index):
    def get(ts):
        parts = timespan_parts(ts)
        return parts[0] * parts[index]
    return get


def _ts_arg(value, method):
    value = reg.unwrap(value)
    if isinstance(value, datetime.timedelta):
        return value
    return reg.convert_arg(value, "System.TimeSpan", method, "ts")


def _ts_overflow(fn):
    try:
        return fn()
    except OverflowError:
        raise reg.DotNetException("System.OverflowException", "TimeSpan overflowed because the duration is too "
                                  "long.") from None


def _ts_divide(ts, divisor):
    divisor = reg.unwrap(divisor)
    if isinstance(divisor, datetime.timedelta):
        return timespan_ticks(ts) / timespan_ticks(divisor) if timespan_ticks(divisor) else float("nan")
    return _ts_overflow(lambda: ts / _number(divisor, "Divide", "divisor"))


TIMESPAN = reg.define_type(datetime.timedelta, "System.TimeSpan")
(TIMESPAN
 .prop("Ticks", timespan_ticks)
 .prop("Days", _part(1))
 .prop("Hours", _part(2))
 .prop("Milliseconds", lambda t: (lambda p: p[0] * (p[5] // 10000))(timespan_parts(t)))
 .prop("Microseconds", lambda t: (lambda p: p[0] * (p[5] // 10 % 1000))(timespan_parts(t)))
 .prop("Nanoseconds", lambda t: (lambda p: p[0] * (p[5] % 10 * 100))(timespan_parts(t)))
 .prop("Minutes", _part(3))
 .prop("Seconds", _part(4))
 .prop("TotalDays", lambda t: timespan_ticks(t) / (86400 * TICKS_PER_SECOND))
 .prop("TotalHours", lambda t: timespan_ticks(t) / (3600 * TICKS_PER_SECOND))
 .prop("TotalMilliseconds", lambda t: timespan_ticks(t) / 10000)
 .prop("TotalMicroseconds", lambda t: timespan_ticks(t) / 10)
 .prop("TotalNanoseconds", lambda t: float(timespan_ticks(t) * 100))
 .prop("TotalMinutes", lambda t: timespan_ticks(t) / (60 * TICKS_PER_SECOND))
 .prop("TotalSeconds", lambda t: timespan_ticks(t) / TICKS_PER_SECOND)
 .method("Add", lambda t, o: _ts_overflow(lambda: t + _ts_arg(o, "Add")), 1)
 .method("Subtract", lambda t, o: _ts_overflow(lambda: t - _ts_arg(o, "Subtract")), 1)
 .method("Negate", lambda t: -t)
 .method("Duration", lambda t: abs(t))
 .method("Multiply", lambda t, f: _ts_overflow(lambda: t * _number(f, "Multiply", "factor")), 1)
 .method("Divide", _ts_divide, 1)
 .method("ToString", lambda t, fmt=None, provider=None: format_timespan(t, fmt if isinstance(fmt, str) else None),
         0, 2)
 .method("CompareTo", _compare, 1))
