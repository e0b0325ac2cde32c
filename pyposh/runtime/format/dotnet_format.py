""".NET format strings in the en-US culture: numbers, DateTime and TimeSpan (`ToString(format)`, `String.Format`)."""
from __future__ import annotations

import datetime as _dt
import decimal
import math
import re

_D = decimal.Decimal
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_DATE_PATTERNS = {
    "d": "M/d/yyyy", "D": "dddd, MMMM d, yyyy", "t": "h:mm tt", "T": "h:mm:ss tt",
    "f": "dddd, MMMM d, yyyy h:mm tt", "F": "dddd, MMMM d, yyyy h:mm:ss tt", "g": "M/d/yyyy h:mm tt",
    "G": "M/d/yyyy h:mm:ss tt", "M": "MMMM d", "m": "MMMM d", "Y": "MMMM yyyy", "y": "MMMM yyyy",
    "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss", "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK", "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
}


class DotNetFormatError(ValueError):
    """A format string .NET would reject (FormatException)."""


def format_value(value, fmt: str | None) -> str:
    """`value.ToString(fmt)` for numbers, DateTime and TimeSpan; other values ignore the format."""
    if isinstance(value, bool) or not fmt:
        return _plain(value)
    if isinstance(value, _dt.datetime):
        return format_datetime(value, fmt)
    if isinstance(value, _dt.timedelta):
        return format_timespan(value, fmt)
    if isinstance(value, (int, float, _D)):
        return format_number(value, fmt)
    return _plain(value)


def _plain(value) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.datetime):
        return format_datetime(value, "G")
    if isinstance(value, _dt.timedelta):
        return format_timespan(value, "c")
    from pyposh.runtime.format.display import to_display
    return to_display(value)


_ITEM = re.compile(r"\{(\d+)\s*(?:,\s*(-?\d+))?\s*(?::([^}]*))?\}")


def composite_format(fmt: str, args) -> str:
    """`String.Format(fmt, args)`: `{index[,alignment][:format]}` items, `{{` and `}}` escapes."""
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "{":
            if fmt.startswith("{{", i):
                out.append("{")
                i += 2
                continue
            m = _ITEM.match(fmt, i)
            if not m:
                raise DotNetFormatError("Input string was not in a correct format.")
            index = int(m.group(1))
            if index >= len(args):
                raise DotNetFormatError("Index (zero based) must be greater than or equal to zero and less than "
                                        "the size of the argument list.")
            text = format_value(args[index], m.group(3))
            if m.group(2):
                width = int(m.group(2))
                text = text.rjust(width) if width > 0 else text.ljust(-width)
            out.append(text)
            i = m.end()
        elif ch == "}":
            if not fmt.startswith("}}", i):
                raise DotNetFormatError("Input string was not in a correct format.")
            out.append("}")
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


# ---------------------------------------------------------------- numbers

def _exact(value) -> _D:
    if isinstance(value, _D):
        return value
    if isinstance(value, float):
        return _D(value)
    return _D(int(value))


def _fixed(d: _D, places: int) -> str:
    q = d.quantize(_D(1).scaleb(-places), rounding=decimal.ROUND_HALF_UP) if places >= 0 else d
    text = format(abs(q), "f")
    return ("-" if q < 0 and q != 0 else "") + text


def _grouped(text: str) -> str:
    sign = "-" if text.startswith("-") else ""
    text = text.lstrip("-")
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ",".join(groups) + ("." + frac if frac else "")


def format_number(value, fmt: str) -> str:
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
        return "NaN" if math.isnan(value) else ("-\u221e" if value < 0 else "\u221e")
    m = re.fullmatch(r"([A-Za-z])(\d{0,9})", fmt)
    if not m:
        return _custom_number(value, fmt)
    kind, digits = m.group(1).upper(), m.group(2)
    prec = int(digits) if digits else None
    d = _exact(value)
    if kind == "F":
        return _fixed(d, 2 if prec is None else prec)
    if kind == "N":
        return _grouped(_fixed(d, 2 if prec is None else prec))
    if kind == "P":
        return _grouped(_fixed(d * 100, 2 if prec is None else prec)) + "%"
    if kind == "C":
        text = _grouped(_fixed(d, 2 if prec is None else prec))
        return "-$" + text[1:] if text.startswith("-") else "$" + text
    if kind in ("D", "X"):
        if not isinstance(value, int):
            raise DotNetFormatError("Format specifier was invalid.")
        if kind == "D":
            text = str(abs(value)).zfill(prec or 0)
            return ("-" if value < 0 else "") + text
        n = value if value >= 0 else value + (1 << (32 if value >= -2**31 else 64))
        text = format(n, "X" if m.group(1) == "X" else "x")
        return text.zfill(prec or 0)
    if kind == "E":
        places = 6 if prec is None else prec
        text = format(d, ".%dE" % places)
        mant, _, exp = text.partition("E")
        e = int(exp)
        return "%sE%s%03d" % (mant, "-" if e < 0 else "+", abs(e)) if m.group(1) == "E" else \
            "%se%s%03d" % (mant, "-" if e < 0 else "+", abs(e))
    if kind in ("G", "R"):
        if prec is None or kind == "R" or isinstance(value, int):
            return _plain(value)
        text = format(d, ".%dG" % prec)
        if "E" in text:
            mant, _, exp = text.partition("E")
            e = int(exp)
            text = "%sE%s%02d" % (mant, "-" if e < 0 else "+", abs(e))
        return text
    raise DotNetFormatError("Format specifier was invalid.")


def _split_sections(fmt: str) -> list[str]:
    sections, cur, quote, i = [], [], None, 0
    while i < len(fmt):
        ch = fmt[i]
        if quote:
            cur.append(ch)
            if ch == quote:
                quote = None
        elif ch in "'\"":
            quote = ch
            cur.append(ch)
        elif ch == "\\" and i + 1 < len(fmt):
            cur.append(fmt[i:i + 2])
            i += 1
        elif ch == ";":
            sections.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    sections.append("".join(cur))
    return sections


def _custom_number(value, fmt: str) -> str:
    d = _exact(value)
    sections = _split_sections(fmt)
    section = sections[0]
    signed = True
    if d < 0 and len(sections) > 1 and sections[1]:
        section, d, signed = sections[1], -d, False
    elif d == 0 and len(sections) > 2 and sections[2]:
        section = sections[2]
    # scan the section: literal chunks and the placeholder layout
    tokens = []  # ("lit", text) or ("int", ch) / ("frac", ch) / ("dot",)
    in_frac = False
    percent = 0
    grouping = False
    scale = 0
    i = 0
    while i < len(section):
        ch = section[i]
        if ch in "'\"":
            end = section.find(ch, i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[i + 1:end]))
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(section):
            tokens.append(("lit", section[i + 1]))
            i += 2
            continue
        if ch in "0#":
            tokens.append(("frac" if in_frac else "int", ch))
        elif ch == "." and not in_frac:
            in_frac = True
            tokens.append(("dot",))
        elif ch == "," and not in_frac:
            rest = section[i + 1:]
            if rest[:1] in ("0", "#") and any(t[0] == "int" for t in tokens):
                grouping = True
            elif not rest or rest[:1] == ".":
                scale += 1
        elif ch == "%":
            percent += 1
            tokens.append(("lit", "%"))
        else:
            tokens.append(("lit", ch))
        i += 1
    d = d * (_D(100) ** percent) / (_D(1000) ** scale)
    frac_marks = [t[1] for t in tokens if t[0] == "frac"]
    text = _fixed(d, len(frac_marks))
    negative = text.startswith("-")
    text = text.lstrip("-")
    whole, _, frac = text.partition(".")
    int_marks = [t[1] for t in tokens if t[0] == "int"]
    min_digits = len(int_marks) - int_marks.index("0") if "0" in int_marks else 0
    whole = whole.lstrip("0").zfill(min_digits)
    if grouping and whole:
        whole = _grouped(whole)
    keep = len(frac_marks)
    while keep > 0 and frac_marks[keep - 1] == "#" and frac[keep - 1:keep] == "0":
        keep -= 1
    frac = frac[:keep]
    out = []
    placed_int = False
    for t in tokens:
        if t[0] == "lit":
            out.append(t[1])
        elif t[0] == "int":
            if not placed_int:
                out.append(whole)
                placed_int = True
        elif t[0] == "dot":
            if not placed_int:
                out.append(whole)
                placed_int = True
            if frac:
                out.append(".")
        elif t[0] == "frac":
            if frac:
                out.append(frac)
                frac = ""
    if not placed_int and not frac_marks:
        out.append(whole)
    result = "".join(out)
    if negative and signed and any(c.isdigit() and c != "0" for c in result):
        result = "-" + result
    return result


# ---------------------------------------------------------------- dates and time spans

def _date_tokens(fmt: str):
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            end = fmt.find(ch, i + 1)
            end = len(fmt) if end < 0 else end
            yield "lit", fmt[i + 1:end]
            i = end + 1
        elif ch == "\\" and i + 1 < len(fmt):
            yield "lit", fmt[i + 1]
            i += 2
        elif ch == "%" and i + 1 < len(fmt):
            i += 1
        elif ch.isalpha():
            j = i
            while j < len(fmt) and fmt[j] == ch:
                j += 1
            yield ch, j - i
            i = j
        else:
            yield "lit", ch
            i += 1


def format_datetime(value: _dt.datetime, fmt: str | None) -> str:
    if not fmt:
        fmt = "G"
    pattern = _DATE_PATTERNS.get(fmt, fmt) if len(fmt) == 1 else fmt
    if len(fmt) == 1 and fmt not in _DATE_PATTERNS:
        raise DotNetFormatError("Input string was not in a correct format.")
    out = []
    for kind, n in _date_tokens(pattern):
        if kind == "lit":
            out.append(n)
        elif kind == "y":
            out.append(str(value.year % 100).zfill(n) if n <= 2 else str(value.year).zfill(n))
        elif kind == "M":
            out.append(_MONTHS[value.month - 1] if n >= 4 else _MONTHS[value.month - 1][:3] if n == 3
                       else str(value.month).zfill(n))
        elif kind == "d":
            out.append(_DAYS[value.weekday()] if n >= 4 else _DAYS[value.weekday()][:3] if n == 3
                       else str(value.day).zfill(n))
        elif kind == "H":
            out.append(str(value.hour).zfill(min(n, 2)))
        elif kind == "h":
            out.append(str(value.hour % 12 or 12).zfill(min(n, 2)))
        elif kind == "m":
            out.append(str(value.minute).zfill(min(n, 2)))
        elif kind == "s":
            out.append(str(value.second).zfill(min(n, 2)))
        elif kind in "fF":
            digits = ("%06d" % value.microsecond + "0")[:n]
            out.append(digits.rstrip("0") if kind == "F" else digits)
        elif kind == "t":
            ampm = "AM" if value.hour < 12 else "PM"
            out.append(ampm if n >= 2 else ampm[0])
        elif kind == "K":
            out.append(_offset(value, True) if value.tzinfo else "")
        elif kind == "z":
            out.append(_offset(value, n >= 3, n))
        elif kind == "g":
            out.append("A.D.")
        else:
            out.append(kind * n)
    return "".join(out)


def _offset(value: _dt.datetime, full: bool, n: int = 3) -> str:
    off = value.utcoffset() if value.tzinfo else _dt.datetime.now().astimezone().utcoffset()
    minutes = int(off.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    h, m = divmod(abs(minutes), 60)
    if full:
        return "%s%02d:%02d" % (sign, h, m)
    return "%s%s" % (sign, str(h).zfill(2 if n == 2 else 1))


def format_timespan(value: _dt.timedelta, fmt: str | None) -> str:
    ticks = (value.days * 86400 + value.seconds) * 10_000_000 + value.microseconds * 10
    sign = "-" if ticks < 0 else ""
    t = abs(ticks)
    days, rem = divmod(t, 864_000_000_000)
    hours, rem = divmod(rem, 36_000_000_000)
    minutes, rem = divmod(rem, 600_000_000)
    seconds, frac = divmod(rem, 10_000_000)
    if not fmt or fmt in ("c", "t", "T"):
        text = "%s%s%02d:%02d:%02d" % (sign, "%d." % days if days else "", hours, minutes, seconds)
        return text + (".%07d" % frac if frac else "")
    if fmt == "g":
        text = "%s%s%d:%02d:%02d" % (sign, "%d:" % days if days else "", hours, minutes, seconds)
        return text + (".%s" % ("%07d" % frac).rstrip("0") if frac else "")
    if fmt == "G":
        return "%s%d:%02d:%02d:%02d.%07d" % (sign, days, hours, minutes, seconds, frac)
    out = []
    for kind, n in _date_tokens(fmt):
        if kind == "lit":
            out.append(n)
        elif kind == "d":
            out.append(str(days).zfill(n))
        elif kind == "h":
            out.append(str(hours).zfill(n))
        elif kind == "m":
            out.append(str(minutes).zfill(n))
        elif kind == "s":
            out.append(str(seconds).zfill(n))
        elif kind in "fF":
            digits = ("%07d" % frac)[:n]
            out.append(digits.rstrip("0") if kind == "F" else digits)
        else:
            raise DotNetFormatError("Input string was not in a correct format.")
    return "".join(out)
