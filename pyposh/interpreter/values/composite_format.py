""".NET composite formatting for -f and [string]::Format: `{index[,alignment][:format]}`, en-US culture."""
from __future__ import annotations

import datetime
import decimal
import uuid

from pyposh.errors import ScriptRuntimeError, format_error
from pyposh.interpreter.text.dates import DateFormatError, format_datetime, format_timespan
from pyposh.interpreter.text.number_format import NumberFormatError, format_number
from pyposh.interpreter.values.conversions import to_string, type_name
from pyposh.interpreter.values.objects import Hashtable, PSObject

INDEX_OUT_OF_RANGE = ("Index (zero based) must be greater than or equal to zero and less than the size of the "
                      "argument list.")
_INVALID = "Input string was not in a correct format. Failure to parse near offset %d. %s"
_EXPECTED_DIGIT = "Expected an ASCII digit."
_UNCLOSED = "Format item ends prematurely."
_UNEXPECTED_CLOSE = "Unexpected closing brace without a corresponding opening brace."
_INDEX_LIMIT = 1_000_000
_WIDTH_LIMIT = 1_000_000


class FormatError(ValueError):
    """.NET's FormatException from a composite or value format string."""


def format_value(value, spec: str | None = None) -> str:
    """`value.ToString(spec)` as String.Format calls it (IFormattable with the en-US culture)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, bool):
        return "True" if value else "False"
    try:
        if isinstance(value, (int, float, decimal.Decimal)):
            return format_number(value, spec)
        if isinstance(value, datetime.datetime):
            return format_datetime(value, spec or "G", "en-US")
        if isinstance(value, datetime.timedelta):
            return format_timespan(value, spec)
    except (NumberFormatError, DateFormatError) as e:
        raise FormatError(str(e)) from None
    if isinstance(value, uuid.UUID):
        return _format_guid(value, spec)
    number = getattr(value, "ps_numeric_value", None)
    if number is not None and hasattr(value, "ps_to_string"):
        return _format_enum(value, number, spec)
    if isinstance(value, (list, tuple, Hashtable)):
        return type_name(value)
    if type(value) is PSObject and value.base is not None:
        return format_value(value.base, spec)
    return to_string(value)


def _format_guid(value: uuid.UUID, spec) -> str:
    text = str(value)
    spec = (spec or "D").upper()
    if spec == "N":
        return value.hex
    if spec == "B":
        return "{%s}" % text
    if spec == "P":
        return "(%s)" % text
    if spec == "D":
        return text
    raise FormatError("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or "
                      "\"x\".")


def _format_enum(value, number: int, spec) -> str:
    spec = (spec or "G").upper()
    if spec in ("G", "F"):
        return value.ps_to_string()
    if spec == "D":
        return str(number)
    if spec == "X":
        return format(number & 0xFFFFFFFF, "08X")
    raise FormatError("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".")


def composite_format(fmt: str, args) -> str:
    """String.Format(fmt, args): raises FormatError with .NET 8's messages for bad items and indexes."""
    out = []
    pos, n = 0, len(fmt)
    args = list(args)
    while pos < n:
        brace = _next_brace(fmt, pos)
        if brace < 0:
            out.append(fmt[pos:])
            break
        out.append(fmt[pos:brace])
        pos = brace
        ch = fmt[pos]
        if pos + 1 >= n:
            raise FormatError(_INVALID % (pos + 1, _UNCLOSED))
        if fmt[pos + 1] == ch:
            out.append(ch)
            pos += 2
            continue
        if ch == "}":
            raise FormatError(_INVALID % (pos + 1, _UNEXPECTED_CLOSE))
        pos, index, width, spec = _parse_item(fmt, pos + 1)
        if index >= len(args):
            raise FormatError(INDEX_OUT_OF_RANGE)
        text = format_value(args[index], spec)
        if width > 0:
            text = text.rjust(width)
        elif width < 0:
            text = text.ljust(-width)
        out.append(text)
    return "".join(out)


def string_format(fmt: str, args) -> str:
    """String.Format, as .NET methods call it: a bad format string is .NET's FormatException."""
    try:
        return composite_format(fmt, args)
    except ValueError as exc:       # FormatError, and a bad number or date format inside an item
        raise format_error(str(exc)) from None


def _next_brace(fmt: str, pos: int) -> int:
    a = fmt.find("{", pos)
    b = fmt.find("}", pos)
    if a < 0:
        return b
    if b < 0:
        return a
    return min(a, b)


def _char(fmt: str, pos: int) -> str:
    if pos >= len(fmt):
        raise FormatError(_INVALID % (pos, _UNCLOSED))
    return fmt[pos]


def _parse_item(fmt: str, pos: int):
    """Parse `index[,alignment][:format]}` starting at `pos` (just after '{'); returns (next pos, index, width,
    format or None)."""
    ch = _char(fmt, pos)
    if not ("0" <= ch <= "9"):
        raise FormatError(_INVALID % (pos, _EXPECTED_DIGIT))
    index = 0
    while "0" <= ch <= "9" and index < _INDEX_LIMIT:
        index = index * 10 + ord(ch) - 48
        pos += 1
        ch = _char(fmt, pos)
    while ch == " ":
        pos += 1
        ch = _char(fmt, pos)
    width = 0
    if ch == ",":
        pos += 1
        ch = _char(fmt, pos)
        while ch == " ":
            pos += 1
            ch = _char(fmt, pos)
        left = ch == "-"
        if left:
            pos += 1
            ch = _char(fmt, pos)
        if not ("0" <= ch <= "9"):
            raise FormatError(_INVALID % (pos, _EXPECTED_DIGIT))
        while "0" <= ch <= "9" and width < _WIDTH_LIMIT:
            width = width * 10 + ord(ch) - 48
            pos += 1
            ch = _char(fmt, pos)
        while ch == " ":
            pos += 1
            ch = _char(fmt, pos)
        width = -width if left else width
    spec = None
    if ch != "}":
        if ch != ":":
            raise FormatError(_INVALID % (pos, _UNCLOSED))
        start = pos + 1
        while True:
            pos += 1
            ch = _char(fmt, pos)
            if ch == "}":
                break
            if ch == "{":
                raise FormatError(_INVALID % (pos, _UNCLOSED))
        spec = fmt[start:pos]
    return pos + 1, index, width, spec


def format_operator(fmt_value, args_value, extent=None) -> str:
    """PowerShell's `-f`: the left operand as the format string, the right operand as the argument list.
    Failures raise `Error formatting a string: ...` (FormatError)."""
    fmt = to_string(fmt_value)
    if isinstance(args_value, (list, tuple)):
        args = list(args_value)
    else:
        args = [args_value]
    try:
        return composite_format(fmt, args)
    except FormatError as e:
        raise ScriptRuntimeError("Error formatting a string: %s." % e, "FormatError", "InvalidOperation", extent,
                                 exception_type="System.FormatException") from None
