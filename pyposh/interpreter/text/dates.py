"""Date and time text: DateTime and TimeSpan parsing and formatting, invariant and en-US cultures."""
from __future__ import annotations

import datetime
import re
import time

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
TICKS_PER_SECOND = 10_000_000

# Standard format letter -> custom pattern, per culture.
_EN_US = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt", "g": "M/d/yyyy h:mm tt",
    "G": "M/d/yyyy h:mm:ss tt", "m": "MMMM d", "M": "MMMM d", "y": "MMMM yyyy", "Y": "MMMM yyyy",
}
_INVARIANT = {
    "d": "MM/dd/yyyy", "D": "dddd, dd MMMM yyyy", "t": "HH:mm", "T": "HH:mm:ss",
    "f": "dddd, dd MMMM yyyy HH:mm", "F": "dddd, dd MMMM yyyy HH:mm:ss", "g": "MM/dd/yyyy HH:mm",
    "G": "MM/dd/yyyy HH:mm:ss", "m": "MMMM dd", "M": "MMMM dd", "y": "yyyy MMMM", "Y": "yyyy MMMM",
}
_FIXED = {
    "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
}


class DateFormatError(ValueError):
    """A DateTime or TimeSpan format string .NET rejects (FormatException)."""


# ---- ticks: a DateTime counts 100 ns ticks, a Python datetime microseconds ---------------------------------

_EPOCH = datetime.datetime(1, 1, 1)


class NetDateTime(datetime.datetime):
    """A DateTime whose value is finer than a microsecond: `sub_ticks` (1-9) 100-ns ticks below .microsecond.
    Python's arithmetic on it gives a value without them (sub_ticks reads 0); what keeps them says so."""

    __slots__ = ("sub_ticks",)


def sub_ticks(value: datetime.datetime) -> int:
    """The 100-ns ticks of a DateTime below its microsecond (0 for a plain datetime)."""
    return getattr(value, "sub_ticks", 0)


def with_sub_ticks(value: datetime.datetime, extra: int) -> datetime.datetime:
    """The value with `extra` (0-9) 100-ns ticks below its microsecond."""
    if not extra:
        return value
    precise = NetDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second,
                          value.microsecond, value.tzinfo, fold=value.fold)
    precise.sub_ticks = extra
    return precise


def datetime_ticks(value: datetime.datetime) -> int:
    """DateTime.Ticks: 100-ns intervals since 0001-01-01 of the clock value (whatever its Kind)."""
    delta = value.replace(tzinfo=None) - _EPOCH
    return ((delta.days * 86400 + delta.seconds) * 1_000_000 + delta.microseconds) * 10 + sub_ticks(value)


def datetime_from_ticks(ticks: int, tzinfo=None) -> datetime.datetime:
    """`[datetime]::new(ticks)`: raises OverflowError outside DateTime's range."""
    micro, extra = divmod(ticks, 10)
    value = _EPOCH + datetime.timedelta(microseconds=micro)
    return with_sub_ticks(value.replace(tzinfo=tzinfo) if tzinfo is not None else value, extra)


def now(tzinfo=None) -> datetime.datetime:
    """DateTime.Now (tzinfo None: local time as an aware value is the caller's choice) to 100 ns, as .NET reads
    the clock on Linux."""
    ns = time.time_ns()
    value = datetime.datetime.fromtimestamp(ns // 1_000_000_000, tzinfo)
    value += datetime.timedelta(microseconds=ns // 1000 % 1_000_000)
    return with_sub_ticks(value, ns // 100 % 10)


def format_datetime(value: datetime.datetime, fmt: str | None = None, culture: str = "en-US") -> str:
    """DateTime.ToString(fmt) in the given culture ('en-US' or 'invariant'); fmt None means "G"."""
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime(value.year, value.month, value.day)
    if not fmt:
        fmt = "G"
    if len(fmt) == 1:
        table = _INVARIANT if culture == "invariant" else _EN_US
        if fmt in table:
            return _custom(value, table[fmt])
        if fmt in _FIXED:
            if fmt in "rR" and value.tzinfo is not None:
                value = value.astimezone(datetime.timezone.utc)
            return _custom(value, _FIXED[fmt])
        if fmt == "U":
            utc = _as_utc(value).replace(tzinfo=None)
            return _custom(utc, (_INVARIANT if culture == "invariant" else _EN_US)["F"])
        raise DateFormatError("Input string was not in a correct format.")
    return _custom(value, fmt)


def _as_utc(value: datetime.datetime) -> datetime.datetime:
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(datetime.timezone.utc)


def _offset(value: datetime.datetime) -> datetime.timedelta:
    off = value.utcoffset()
    if off is None:
        off = value.astimezone().utcoffset() or datetime.timedelta(0)
    return off


def _repeat(fmt: str, i: int) -> int:
    n = 1
    while i + n < len(fmt) and fmt[i + n] == fmt[i]:
        n += 1
    return n


def _custom(value: datetime.datetime, fmt: str) -> str:
    out = []
    i = 0
    ticks = value.microsecond * 10 + sub_ticks(value)
    while i < len(fmt):
        ch = fmt[i]
        n = _repeat(fmt, i)
        if ch == "d":
            out.append(str(value.day).zfill(n) if n <= 2 else (DAYS[value.weekday()][:3] if n == 3
                                                                  else DAYS[value.weekday()]))
        elif ch in "fF":
            if n > 7:
                raise DateFormatError("Input string was not in a correct format.")
            digits = str(ticks).zfill(7)[:n]
            if ch == "F":
                digits = digits.rstrip("0")
                if not digits and out and out[-1].endswith("."):
                    out[-1] = out[-1][:-1]
            out.append(digits)
        elif ch == "g":
            out.append("A.D.")
        elif ch == "h":
            out.append(str(value.hour % 12 or 12).zfill(min(n, 2)))
        elif ch == "H":
            out.append(str(value.hour).zfill(min(n, 2)))
        elif ch == "K":
            if value.tzinfo is not None:
                off = value.utcoffset()
                out.append("Z" if off == datetime.timedelta(0) and value.tzinfo is datetime.timezone.utc
                           else _format_offset(off, 3))
        elif ch == "m":
            out.append(str(value.minute).zfill(min(n, 2)))
        elif ch == "M":
            out.append(str(value.month).zfill(n) if n <= 2 else (MONTHS[value.month - 1][:3] if n == 3
                                                                   else MONTHS[value.month - 1]))
        elif ch == "s":
            out.append(str(value.second).zfill(min(n, 2)))
        elif ch == "t":
            designator = "AM" if value.hour < 12 else "PM"
            out.append(designator[0] if n == 1 else designator)
        elif ch == "y":
            out.append(str(value.year % 100) if n == 1 else str(value.year % 100).zfill(2) if n == 2
                       else str(value.year).zfill(n))
        elif ch == "z":
            out.append(_format_offset(_offset(value), n))
        elif ch == ":":
            out.append(":")
            n = 1
        elif ch == "/":
            out.append("/")
            n = 1
        elif ch in "'\"":
            end = fmt.find(ch, i + 1)
            if end < 0:
                raise DateFormatError("Cannot find a matching quote character for the character '%s'." % ch)
            out.append(fmt[i + 1:end])
            n = end - i + 1
        elif ch == "%":
            if i + 1 < len(fmt) and fmt[i + 1] != "%":
                out.append(_custom(value, fmt[i + 1]) if fmt[i + 1] not in "'\"\\" else "")
                n = 2
            else:
                raise DateFormatError("Input string was not in a correct format.")
        elif ch == "\\":
            if i + 1 >= len(fmt):
                raise DateFormatError("Input string was not in a correct format.")
            out.append(fmt[i + 1])
            n = 2
        else:
            out.append(ch * n)
        i += n
    return "".join(out)


def _format_offset(off: datetime.timedelta, n: int) -> str:
    total = int(off.total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total), 60)
    if n == 1:
        return "%s%d" % (sign, hours)
    if n == 2:
        return "%s%02d" % (sign, hours)
    return "%s%02d:%02d" % (sign, hours, minutes)


# ---------------------------------------------------------------- TimeSpan

def timedelta_ticks(value: datetime.timedelta) -> int:
    """A timedelta as .NET ticks (100 ns)."""
    return ((value.days * 86400 + value.seconds) * 1_000_000 + value.microseconds) * 10


def format_timespan(value: datetime.timedelta, fmt: str | None = None) -> str:
    """TimeSpan.ToString(fmt): "c" (the default), "g", "G", or a custom pattern."""
    ticks = timedelta_ticks(value)
    negative = ticks < 0
    ticks = abs(ticks)
    days, rem = divmod(ticks, 86400 * TICKS_PER_SECOND)
    hours, rem = divmod(rem, 3600 * TICKS_PER_SECOND)
    minutes, rem = divmod(rem, 60 * TICKS_PER_SECOND)
    seconds, fraction = divmod(rem, TICKS_PER_SECOND)
    sign = "-" if negative else ""
    if not fmt or fmt in ("c", "t", "T"):
        text = "%s%s%02d:%02d:%02d" % (sign, "%d." % days if days else "", hours, minutes, seconds)
        return text + (".%07d" % fraction if fraction else "")
    if fmt == "g":
        text = "%s%s%d:%02d:%02d" % (sign, "%d:" % days if days else "", hours, minutes, seconds)
        return text + ("." + ("%07d" % fraction).rstrip("0") if fraction else "")
    if fmt == "G":
        return "%s%d:%02d:%02d:%02d.%07d" % (sign, days, hours, minutes, seconds, fraction)
    if len(fmt) == 1:
        raise DateFormatError("Input string was not in a correct format.")
    parts = {"d": days, "h": hours, "m": minutes, "s": seconds}
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        n = _repeat(fmt, i)
        if ch in parts:
            out.append(str(parts[ch]).zfill(n if ch == "d" else min(n, 2)))
        elif ch in "fF":
            digits = ("%07d" % fraction)[:n]
            out.append(digits.rstrip("0") if ch == "F" else digits)
        elif ch in "'\"":
            end = fmt.find(ch, i + 1)
            if end < 0:
                raise DateFormatError("Input string was not in a correct format.")
            out.append(fmt[i + 1:end])
            n = end - i + 1
        elif ch == "\\" and i + 1 < len(fmt):
            out.append(fmt[i + 1])
            n = 2
        elif ch == "%":
            n = 1
        else:
            raise DateFormatError("Input string was not in a correct format.")
        i += n
    return "".join(out)


# Patterns compile on first use (re caches them): most scripts parse no date, and compiling all at import would
# cost start-up time.
_TIMESPAN = r"^\s*(-)?(?:(\d+)|(?:(\d+)(?:\.|:(?=\d+:\d+:\d+)))?(\d+):(\d+)(?::(\d+)(?:\.(\d+))?)?)\s*$"


def parse_timespan(text: str):
    """TimeSpan.Parse with the invariant culture: `[-][d.]hh:mm[:ss[.fffffff]]` or `[-]d`. Returns a timedelta,
    or raises ValueError with .NET's message."""
    m = re.match(_TIMESPAN, text)
    if not m:
        raise ValueError("String '%s' was not recognized as a valid TimeSpan." % text)
    neg, only_days, days, hours, minutes, seconds, fraction = m.groups()
    if only_days is not None:
        total = datetime.timedelta(days=int(only_days))
    else:
        h, mi, s = int(hours), int(minutes), int(seconds or 0)
        if h > 23 or mi > 59 or s > 59 or (fraction and len(fraction) > 7):
            raise ValueError("The TimeSpan string '%s' could not be parsed because at least one of the numeric "
                             "components is out of range or contains too many digits." % text)
        micro = int((fraction or "0").ljust(7, "0")[:7]) // 10
        total = datetime.timedelta(days=int(days or 0), hours=h, minutes=mi, seconds=s, microseconds=micro)
    return -total if neg else total


# ---------------------------------------------------------------- DateTime parsing

_MONTH_NAMES = {name.lower(): i + 1 for i, name in enumerate(MONTHS)}
_MONTH_NAMES.update({name[:3].lower(): i + 1 for i, name in enumerate(MONTHS)})
_MONTH_NAMES["sept"] = 9
_DAY_NAMES = {d.lower() for d in DAYS} | {d[:3].lower() for d in DAYS}
_TIME = r"(?<![\d.])(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,7}))?)?\s*(a\.?m\.?|p\.?m\.?)?"
_ISO = (r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?"
        r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$")
_ZONE = r"\s(Z|GMT|UTC|[+-]\d{2}:?\d{2})\s*$"


def _two_digit_year(year: int, text_len: int) -> int:
    if text_len <= 2:
        return 2000 + year if year < 50 else 1900 + year
    return year


def _build(year, month, day, hour=0, minute=0, second=0, fraction=None, zone=None):
    micro = int((fraction or "0").ljust(7, "0")[:7]) // 10
    value = datetime.datetime(year, month, day, hour, minute, second, micro)
    if zone:
        z = zone.upper()
        if z in ("Z", "GMT", "UTC"):
            offset = datetime.timedelta(0)
        else:
            sign = -1 if z[0] == "-" else 1
            digits = z[1:].replace(":", "")
            offset = sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        aware = value.replace(tzinfo=datetime.timezone(offset))
        value = aware.astimezone().replace(tzinfo=None)
    return value


def parse_datetime(text: str, today: datetime.date | None = None):
    """DateTime.Parse with the invariant culture (month/day/year order, ISO 8601, month names, times with AM/PM,
    zones converted to local time). Returns a naive datetime, or None when the text is not a date."""
    try:
        return _parse_datetime(text, today)
    except (ValueError, OverflowError):
        return None


def _parse_datetime(text: str, today):
    m = re.match(_ISO, text, re.I)
    if m:
        y, mo, d, h, mi, s, frac, zone = m.groups()
        return _build(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), frac, zone)
    rest = text.strip()
    if not rest:
        return None
    zone = None
    zm = re.search(_ZONE, rest, re.I)
    if zm:
        zone, rest = zm.group(1), rest[:zm.start()]
    hour = minute = second = 0
    fraction = None
    has_time = False
    tm = re.search(_TIME, rest, re.I)
    if tm:
        has_time = True
        hour, minute = int(tm.group(1)), int(tm.group(2))
        second, fraction = int(tm.group(3) or 0), tm.group(4)
        ampm = (tm.group(5) or "").replace(".", "").lower()
        if ampm:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        rest = rest[:tm.start()] + " " + rest[tm.end():]
    words = [w for w in re.split(r"[\s,]+", rest.strip()) if w]
    month_name = None
    numbers = []
    for word in words:
        low = word.lower().rstrip(".")
        if low in _DAY_NAMES:
            continue
        if low in _MONTH_NAMES and month_name is None:
            month_name = _MONTH_NAMES[low]
            continue
        if low in ("t",):
            continue
        for part in re.split(r"[/.\-]", low):          # `1-Jan-2022`, `2022/01/05`
            if part in _MONTH_NAMES and month_name is None:
                month_name = _MONTH_NAMES[part]
            elif part.isdigit() and part.isascii():
                numbers.append(part)
            else:
                return None
    base = today or datetime.date.today()
    if not numbers and month_name is None:
        if not has_time:
            return None
        return _build(base.year, base.month, base.day, hour, minute, second, fraction, zone)
    if month_name is not None:
        if len(numbers) == 1:
            n = numbers[0]
            if len(n) >= 3:
                return _build(int(n), month_name, 1, hour, minute, second, fraction, zone)
            return _build(base.year, month_name, int(n), hour, minute, second, fraction, zone)
        if len(numbers) != 2:
            return None
        a, b = numbers
        if len(a) >= 3 or int(a) > 31:
            year, day = a, b
        else:
            day, year = a, b
        return _build(_two_digit_year(int(year), len(year)), month_name, int(day), hour, minute, second,
                      fraction, zone)
    if len(numbers) == 3:
        a, b, c = numbers
        if len(a) >= 3:
            year, month, day = a, b, c
        else:
            month, day, year = a, b, c
        return _build(_two_digit_year(int(year), len(year)), int(month), int(day), hour, minute, second,
                      fraction, zone)
    if len(numbers) == 2:
        a, b = numbers
        if len(a) >= 3:
            return _build(int(a), int(b), 1, hour, minute, second, fraction, zone)
        if len(b) >= 3:
            return _build(int(b), int(a), 1, hour, minute, second, fraction, zone)
        return _build(base.year, int(a), int(b), hour, minute, second, fraction, zone)
    return None
