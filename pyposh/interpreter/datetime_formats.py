"""The .NET date and time format strings (standard and custom, en-US culture) for DateTime and TimeSpan."""
from __future__ import annotations

import datetime
import re

from pyposh.interpreter.member_registry import format_error

DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
EPOCH = datetime.datetime(1, 1, 1)
TICKS_PER_SECOND = 10_000_000
TICKS_PER_DAY = 86400 * TICKS_PER_SECOND

# en-US patterns for the standard one-letter formats
STANDARD = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt",
    "g": "M/d/yyyy h:mm tt", "G": "M/d/yyyy h:mm:ss tt", "m": "MMMM d", "M": "MMMM d",
    "y": "MMMM yyyy", "Y": "MMMM yyyy", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "U": "dddd, MMMM d, yyyy h:mm:ss tt",
}
_RUN_LETTERS = set("dfFghHKmMstyz")


def ticks_of(dt: datetime.datetime) -> int:
    naive = dt.replace(tzinfo=None)
    delta = naive - EPOCH
    return (delta.days * 86400 + delta.seconds) * TICKS_PER_SECOND + delta.microseconds * 10


def kind_of(dt: datetime.datetime) -> str:
    """DateTimeKind: naive values are Unspecified, UTC-aware ones Utc, other aware ones Local."""
    if dt.tzinfo is None:
        return "Unspecified"
    return "Utc" if dt.utcoffset() == datetime.timedelta(0) and dt.tzinfo is datetime.timezone.utc else "Local"


def _tokens(fmt: str):
    """Split a custom format into (kind, text) pieces: ('spec', 'yyyy'), ('lit', quoted or escaped text) or
    ('bare', an unquoted character)."""
    i, n = 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c in ("'", '"'):
            end = fmt.find(c, i + 1)
            if end < 0:
                raise format_error("Cannot find a matching quote character for the character '%s'." % c)
            yield "lit", fmt[i + 1:end]
            i = end + 1
        elif c == "\\":
            if i + 1 >= n:
                raise format_error()
            yield "lit", fmt[i + 1]
            i += 2
        elif c == "%":
            i += 1
        elif c in _RUN_LETTERS:
            j = i
            while j < n and fmt[j] == c:
                j += 1
            yield "spec", fmt[i:j]
            i = j
        else:
            yield "bare", c
            i += 1


def _offset(dt: datetime.datetime) -> datetime.timedelta:
    if dt.tzinfo is not None:
        return dt.utcoffset()
    return dt.astimezone().utcoffset()


def _format_offset(delta: datetime.timedelta, width: int) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    if width == 1:
        return "%s%d" % (sign, hours)
    if width == 2:
        return "%s%02d" % (sign, hours)
    return "%s%02d:%02d" % (sign, hours, mins)


def format_datetime(dt: datetime.datetime, fmt: str | None = None) -> str:
    """DateTime.ToString(format) under en-US: standard letters ('d', 'o', ...) or custom patterns."""
    if not fmt:
        fmt = "G"
    if len(fmt) == 1:
        if fmt not in STANDARD:
            raise format_error()
        if fmt in "uUrR":
            if dt.tzinfo is not None:
                dt = dt.astimezone(datetime.timezone.utc)
            elif fmt == "U":
                dt = dt.astimezone(datetime.timezone.utc)
        fmt = STANDARD[fmt]
    out: list[str] = []
    fraction = dt.microsecond * 10
    for kind, text in _tokens(fmt):
        if kind != "spec":
            out.append(text)
            continue
        c, width = text[0], len(text)
        if c == "d":
            out.append(str(dt.day).zfill(width) if width <= 2 else
                       DAY_NAMES[dt.weekday()][:3] if width == 3 else DAY_NAMES[dt.weekday()])
        elif c == "M":
            out.append(str(dt.month).zfill(width) if width <= 2 else
                       MONTH_NAMES[dt.month - 1][:3] if width == 3 else MONTH_NAMES[dt.month - 1])
        elif c == "y":
            out.append(str(dt.year % 100).zfill(width) if width <= 2 else str(dt.year).zfill(width))
        elif c == "h":
            out.append(str(dt.hour % 12 or 12).zfill(min(width, 2)))
        elif c == "H":
            out.append(str(dt.hour).zfill(min(width, 2)))
        elif c == "m":
            out.append(str(dt.minute).zfill(min(width, 2)))
        elif c == "s":
            out.append(str(dt.second).zfill(min(width, 2)))
        elif c == "f" or c == "F":
            if width > 7:
                raise format_error()
            digits = ("%07d" % fraction)[:width]
            if c == "F":
                digits = digits.rstrip("0")
                if not digits and out and out[-1].endswith("."):
                    out[-1] = out[-1][:-1]
            out.append(digits)
        elif c == "t":
            marker = "AM" if dt.hour < 12 else "PM"
            out.append(marker[:1] if width == 1 else marker)
        elif c == "z":
            out.append(_format_offset(_offset(dt), min(width, 3)))
        elif c == "K":
            kind_name = kind_of(dt)
            out.append("Z" if kind_name == "Utc" else "" if kind_name == "Unspecified" else
                       _format_offset(_offset(dt), 3))
        elif c == "g":
            out.append("A.D.")
    return "".join(out)


# ---- TimeSpan -------------------------------------------------------------------------------------------

def timespan_ticks(ts: datetime.timedelta) -> int:
    return (ts.days * 86400 + ts.seconds) * TICKS_PER_SECOND + ts.microseconds * 10


def timespan_parts(ts: datetime.timedelta):
    """(sign, days, hours, minutes, seconds, ticks of fraction) of a TimeSpan, parts non-negative."""
    ticks = timespan_ticks(ts)
    sign = -1 if ticks < 0 else 1
    ticks = abs(ticks)
    days, rest = divmod(ticks, TICKS_PER_DAY)
    hours, rest = divmod(rest, 3600 * TICKS_PER_SECOND)
    minutes, rest = divmod(rest, 60 * TICKS_PER_SECOND)
    seconds, fraction = divmod(rest, TICKS_PER_SECOND)
    return sign, days, hours, minutes, seconds, fraction


def format_timespan(ts: datetime.timedelta, fmt: str | None = None) -> str:
    """TimeSpan.ToString(format): 'c' (the default), 'g', 'G', or a custom pattern."""
    sign, days, hours, minutes, seconds, fraction = timespan_parts(ts)
    neg = "-" if sign < 0 else ""
    if not fmt or fmt in ("c", "t", "T"):
        text = "%s%s%02d:%02d:%02d" % (neg, "%d." % days if days else "", hours, minutes, seconds)
        return text + (".%07d" % fraction if fraction else "")
    if fmt == "g":
        text = "%s%s%d:%02d:%02d" % (neg, "%d:" % days if days else "", hours, minutes, seconds)
        return text + ((".%07d" % fraction).rstrip("0") if fraction else "")
    if fmt == "G":
        return "%s%d:%02d:%02d:%02d.%07d" % (neg, days, hours, minutes, seconds, fraction)
    if len(fmt) == 1:
        raise format_error()
    out = []
    for kind, text in _tokens(fmt):
        if kind == "lit":
            out.append(text)
            continue
        if kind == "bare":
            raise format_error()
        c, width = text[0], len(text)
        if c == "d":
            if width > 8:
                raise format_error()
            out.append(str(days).zfill(width))
        elif c in "hms":
            if width > 2:
                raise format_error()
            out.append(str({"h": hours, "m": minutes, "s": seconds}[c]).zfill(width))
        elif c in "fF":
            if width > 7:
                raise format_error()
            digits = ("%07d" % fraction)[:width]
            out.append(digits.rstrip("0") if c == "F" else digits)
        else:
            raise format_error()
    return "".join(out)


# ---- parsing -----------------------------------------------------------------------------------------------

_PARSE_PATTERNS = [
    "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y",
    "%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%Y-%m-%d %I:%M:%S %p", "%Y-%m-%d %I:%M %p",
    "%B %d, %Y %I:%M:%S %p", "%B %d, %Y %H:%M:%S", "%B %d, %Y", "%B %d %Y", "%b %d, %Y", "%b %d %Y",
    "%d %B %Y", "%d %b %Y", "%d %B %Y %H:%M:%S", "%d %b %Y %H:%M:%S", "%A, %B %d, %Y",
    "%A, %B %d, %Y %I:%M:%S %p", "%A, %B %d, %Y %I:%M %p", "%a, %d %b %Y %H:%M:%S GMT", "%B %Y", "%m/%d",
]
_TIME_ONLY = ["%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p", "%I %p"]


def parse_datetime(text: str) -> datetime.datetime:
    """DateTime.Parse under en-US (and the invariant culture PowerShell's casts use)."""
    s = " ".join(str(text).split())
    if not s:
        raise format_error("String '' was not recognized as a valid DateTime.")
    try:
        iso = s.replace(" ", "T", 1) if re.match(r"^\d{4}-\d\d-\d\d \d", s) else s
        if re.match(r"^\d{4}-\d\d-\d\dT", iso):
            iso = re.sub(r"(\.\d{6})\d+", r"\1", iso)
        if re.match(r"^\d{4}-\d\d(-\d\d)?", iso):
            value = datetime.datetime.fromisoformat(iso)
            if value.tzinfo is not None and value.utcoffset() != datetime.timedelta(0):
                value = value.astimezone()
            elif value.tzinfo is not None:
                value = value.replace(tzinfo=datetime.timezone.utc)
            return value
    except ValueError:
        pass
    for pattern in _PARSE_PATTERNS:
        try:
            value = datetime.datetime.strptime(s, pattern)
        except ValueError:
            continue
        if "%Y" not in pattern:
            value = value.replace(year=datetime.date.today().year)
        return value
    for pattern in _TIME_ONLY:
        try:
            t = datetime.datetime.strptime(s, pattern)
        except ValueError:
            continue
        return datetime.datetime.combine(datetime.date.today(), t.time())
    if s[:1].isalpha():
        raise format_error("The string '%s' was not recognized as a valid DateTime. There is an unknown word "
                           "starting at index '0'." % text)
    raise format_error("String '%s' was not recognized as a valid DateTime." % text)


_EXACT = {
    "yyyy": r"(?P<year>\d{4})", "yy": r"(?P<year2>\d{2})", "MMMM": r"(?P<monthname>[A-Za-z]+)",
    "MMM": r"(?P<monthabbr>[A-Za-z]{3})", "MM": r"(?P<month>\d{2})", "M": r"(?P<month>\d{1,2})",
    "dddd": r"[A-Za-z]+", "ddd": r"[A-Za-z]{3}", "dd": r"(?P<day>\d{2})", "d": r"(?P<day>\d{1,2})",
    "HH": r"(?P<hour>\d{2})", "H": r"(?P<hour>\d{1,2})", "hh": r"(?P<hour12>\d{2})", "h": r"(?P<hour12>\d{1,2})",
    "mm": r"(?P<minute>\d{2})", "m": r"(?P<minute>\d{1,2})", "ss": r"(?P<second>\d{2})",
    "s": r"(?P<second>\d{1,2})", "tt": r"(?P<ampm>[AaPp][Mm])", "t": r"(?P<ampm>[AaPp])",
    "zzz": r"(?P<offset>[+-]\d{2}:\d{2})", "zz": r"(?P<offset>[+-]\d{2})", "z": r"(?P<offset>[+-]\d{1,2})",
    "K": r"(?P<offset>Z|[+-]\d{2}:\d{2})?",
}


def parse_exact(text: str, formats) -> datetime.datetime:
    """DateTime.ParseExact with one custom format or a list of them."""
    for fmt in formats if isinstance(formats, (list, tuple)) else [formats]:
        fmt = STANDARD.get(fmt, fmt) if len(fmt) == 1 else fmt
        parts = []
        for kind, piece in _tokens(fmt):
            if kind != "spec":
                parts.append(re.escape(piece))
            elif piece[0] in "fF":
                parts.append(r"(?P<fraction>\d{1,%d})" % len(piece))
            else:
                regex = _EXACT.get(piece)
                if regex is None:
                    raise format_error()
                parts.append(regex)
        try:
            m = re.fullmatch("".join(parts), str(text).strip())
        except re.error:
            m = None
        if m:
            return _from_exact(m.groupdict())
    raise format_error("String '%s' was not recognized as a valid DateTime." % text)


def _from_exact(g):
    year = int(g.get("year") or (2000 + int(g["year2"]) if g.get("year2") else datetime.date.today().year))
    if g.get("monthname") or g.get("monthabbr"):
        name = (g.get("monthname") or g.get("monthabbr")).lower()
        month = next(i + 1 for i, full in enumerate(MONTH_NAMES) if full.lower().startswith(name))
    else:
        month = int(g.get("month") or 1)
    hour = int(g.get("hour") or 0)
    if g.get("hour12"):
        hour = int(g["hour12"]) % 12 + (12 if (g.get("ampm") or "a")[0] in "pP" else 0)
    micro = int((g.get("fraction") or "0").ljust(6, "0")[:6])
    value = datetime.datetime(year, month, int(g.get("day") or 1), hour, int(g.get("minute") or 0),
                              int(g.get("second") or 0), micro)
    offset = g.get("offset")
    if offset:
        if offset == "Z":
            return value.replace(tzinfo=datetime.timezone.utc)
        sign = -1 if offset[0] == "-" else 1
        hh, _, mm = offset[1:].partition(":")
        tz = datetime.timezone(sign * datetime.timedelta(hours=int(hh), minutes=int(mm or 0)))
        return value.replace(tzinfo=tz).astimezone()
    return value
