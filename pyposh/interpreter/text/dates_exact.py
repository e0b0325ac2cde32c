"""DateTime.ParseExact: reading a date from text by a .NET custom format (en-US month names)."""
from __future__ import annotations

import datetime
import re

from pyposh.errors import format_error
from pyposh.interpreter.text.dates import MONTHS as MONTH_NAMES

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
            try:
                return _from_exact(m.groupdict())
            except (ValueError, StopIteration, OverflowError):
                break        # the text matched the pattern but names no real date (month 13, Feb 30)
    raise format_error("String '%s' was not recognized as a valid DateTime." % text)


def _from_exact(g):
    if g.get("year"):
        year = int(g["year"])
    elif g.get("year2"):     # the Gregorian calendar's TwoDigitYearMax is 2049
        year = int(g["year2"]) + (2000 if int(g["year2"]) <= 49 else 1900)
    else:
        year = datetime.date.today().year
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
