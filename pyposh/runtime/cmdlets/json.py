"""JSON: ConvertTo-Json (Newtonsoft's layout as pwsh 7 writes it) and ConvertFrom-Json."""
from __future__ import annotations

import datetime
import decimal
import json
import re
import uuid
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, EnumValue, Hashtable, Parameter, PSBigInt, PSInt64, PSObject, cmdlet, format_datetime, get_member, is_list,
    property_names, roundtrip_text, to_string,
)

TRUNCATED = "Resulting JSON is truncated as serialization has exceeded the set depth of %d."
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_HTML = {"<": "\\u003c", ">": "\\u003e", "'": "\\u0027", "&": "\\u0026"}


# ---- writing -----------------------------------------------------------------------------------------

def json_string(text: str, escape: str = "default") -> str:
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or code in (0x85, 0x2028, 0x2029):
            out.append("\\u%04x" % code)
        elif escape == "escapehtml" and ch in _HTML:
            out.append(_HTML[ch])
        elif escape == "escapenonascii" and code > 0x7e:
            out.append("".join("\\u%04x" % c for c in _utf16_units(ch)))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _utf16_units(ch):
    data = ch.encode("utf-16-be")
    return [int.from_bytes(data[i:i + 2], "big") for i in range(0, len(data), 2)]


def json_double(value: float) -> str:
    if value != value:
        return '"NaN"'
    if value in (float("inf"), float("-inf")):
        return '"Infinity"' if value > 0 else '"-Infinity"'
    text = roundtrip_text(value)
    if not any(c in text for c in ".E"):
        text += ".0"
    return text


def json_date(value: datetime.datetime) -> str:
    """Newtonsoft's ISO form: yyyy-MM-ddTHH:mm:ss.FFFFFFFK."""
    return format_datetime(value, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK")


class JsonWriter:
    """Walks a value the way ConvertTo-Json does: objects past `depth` become their string form."""

    def __init__(self, depth=2, compress=False, enums_as_strings=False, escape="default"):
        self.depth = depth
        self.compress = compress
        self.enums_as_strings = enums_as_strings
        self.escape = (escape or "default").lower()
        self.truncated = False

    def write(self, value) -> str:
        return self.value(value, 0, 0)

    def _newline(self, indent):
        return "" if self.compress else "\n" + "  " * indent

    def value(self, value, level, indent) -> str:
        if isinstance(value, PSObject) and value.base is not None and (
                not value.members or isinstance(value.base, (str, datetime.datetime))):
            value = value.base
        if value is None:
            return "null"
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, EnumValue):
            return json_string(str(value), self.escape) if self.enums_as_strings else str(value.number)
        if isinstance(value, int):
            return str(int(value))
        if isinstance(value, float):
            return json_double(float(value))
        if isinstance(value, decimal.Decimal):
            text = to_string(value)
            return text if "." in text or "E" in text else text + ".0"
        if isinstance(value, str):
            return json_string(str.__str__(value), self.escape)
        if isinstance(value, datetime.datetime):
            return json_string(json_date(value))
        if isinstance(value, uuid.UUID):
            return json_string(str(value))
        if _is_scriptblock(value):
            return json_string(to_string(value), self.escape)
        if level > self.depth:
            self.truncated = True
            return json_string(to_string(value), self.escape)
        if isinstance(value, Hashtable) or isinstance(value, dict):
            return self.object([(to_string(k), v) for k, v in value.items()], level, indent)
        if is_list(value):
            return self.array(value, level, indent)
        if isinstance(value, datetime.timedelta) or isinstance(value, PSObject) or property_names(value):
            names = property_names(value)
            return self.object([(n, _safe_member(value, n)) for n in names], level, indent)
        return json_string(to_string(value), self.escape)

    def object(self, pairs, level, indent) -> str:
        if not pairs:
            return "{}"
        sep = ":" if self.compress else ": "
        parts = [self._newline(indent + 1) + json_string(k, self.escape) + sep + self.value(v, level + 1, indent + 1)
                 for k, v in pairs]
        return "{" + ",".join(parts) + self._newline(indent) + "}"

    def array(self, items, level, indent) -> str:
        if not items:
            return "[]"
        parts = [self._newline(indent + 1) + self.value(v, level + 1, indent + 1) for v in items]
        return "[" + ",".join(parts) + self._newline(indent) + "]"


def _safe_member(value, name):
    try:
        return get_member(value, name)
    except Exception:  # noqa: BLE001 - a property whose getter throws serializes as null, as in pwsh
        return None


def _is_scriptblock(value) -> bool:
    return type(value).__name__ == "ScriptBlock"


@cmdlet("ConvertTo-Json")
class ConvertToJson(Cmdlet):
    input_object: Annotated[object, Parameter(type="object", position=0, mandatory=True, pipeline=True)] = None
    depth: Annotated[int, Parameter(type="int", validate_range=(0, 100))] = 2
    compress: Annotated[bool, Parameter(type="switch")] = False
    enums_as_strings: Annotated[bool, Parameter(type="switch")] = False
    as_array: Annotated[bool, Parameter(type="switch")] = False
    escape_handling: Annotated[str, Parameter(type="string",
                                              validate_set=("Default", "EscapeNonAscii", "EscapeHtml"))] = "Default"

    def begin(self):
        self.items = []

    def process(self):
        self.items.append(self.input_object)

    def end(self):
        if not self.items:
            return
        value = self.items if (len(self.items) > 1 or self.as_array) else self.items[0]
        writer = JsonWriter(self.depth, self.compress, self.enums_as_strings, self.escape_handling)
        text = writer.write(value)
        if writer.truncated:
            self.write_warning(TRUNCATED % self.depth)
        self.write_object(text)


# ---- reading -----------------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,7}))?(Z|[+-]\d{2}(?::?\d{2})?)?$")
_COMMENTS = re.compile(r'"(?:\\.|[^"\\])*"|//[^\n]*|/\*.*?\*/', re.S)


def parse_date(text: str):
    """A JSON string Newtonsoft reads as a DateTime (ISO 8601 with a time), or None."""
    m = _ISO_DATE.match(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(g) for g in m.groups()[:6])
    fraction = m.group(7) or ""
    try:
        value = datetime.datetime(year, month, day, hour, minute, second, int((fraction + "000000")[:6]))
    except ValueError:
        return None
    zone = m.group(8)
    if zone is None:
        return value
    if zone == "Z":
        return value.replace(tzinfo=datetime.timezone.utc)
    digits = zone[1:].replace(":", "")
    offset = datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    aware = value.replace(tzinfo=datetime.timezone(-offset if zone[0] == "-" else offset))
    return aware.astimezone()


class JsonError(ValueError):
    pass


class JsonReader:
    """Builds PowerShell values from parsed JSON: PSObjects (or ordered hashtables) and object[] arrays."""

    def __init__(self, as_hashtable=False, depth=1024):
        self.as_hashtable = as_hashtable
        self.depth = depth

    def parse(self, text: str):
        try:
            raw = json.loads(text, object_pairs_hook=lambda pairs: ("obj", pairs), parse_float=_parse_float,
                             parse_constant=lambda c: float(c.replace("Infinity", "inf")))
        except json.JSONDecodeError:
            stripped = _COMMENTS.sub(lambda m: m.group(0) if m.group(0).startswith('"') else "", text)
            try:
                raw = json.loads(stripped, object_pairs_hook=lambda pairs: ("obj", pairs),
                                 parse_float=_parse_float)
            except json.JSONDecodeError as error:
                raise JsonError(_newtonsoft_message(error)) from None
        return self.build(raw, 0)

    def build(self, raw, level):
        if level > self.depth:
            raise JsonError("The maximum depth allowed for serialization is %d." % self.depth)
        if isinstance(raw, tuple) and len(raw) == 2 and raw[0] == "obj":
            return self.object(raw[1], level)
        if isinstance(raw, list):
            return [self.build(item, level + 1) for item in raw]
        if isinstance(raw, str):
            date = parse_date(raw)
            return raw if date is None else date
        if type(raw) is int:
            return PSInt64(raw) if -2 ** 63 <= raw < 2 ** 63 else PSBigInt(raw)
        return raw

    def object(self, pairs, level):
        if self.as_hashtable:
            table = Hashtable()
            for key, value in pairs:
                table[key] = self.build(value, level + 1)
            return table
        obj = PSObject()
        seen = {}
        for key, value in pairs:
            if key == "":
                raise JsonError("The provided JSON includes a property whose name is an empty string, this is only "
                                "supported using the -AsHashtable switch.")
            folded = key.lower()
            if folded in seen and seen[folded] != key:
                raise JsonError("Cannot convert the JSON string because it contains keys with different casing. "
                                "Please use the -AsHashtable switch instead. The key that was attempted to be added "
                                "to the existing key '%s' was '%s'." % (seen[folded], key))
            seen[folded] = key
            obj.add_note(key, self.build(value, level + 1))
        return obj


def _parse_float(text: str):
    return float(text)


def _newtonsoft_message(error: json.JSONDecodeError) -> str:
    line = error.lineno
    position = error.colno
    doc = error.doc
    char = doc[error.pos] if error.pos < len(doc) else ""
    if not char:
        return "Unexpected end when reading JSON. Path '', line %d, position %d." % (line, position)
    return ("Unexpected character encountered while parsing value: %s. Path '', line %d, position %d."
            % (char, line, position - 1))


@cmdlet("ConvertFrom-Json")
class ConvertFromJson(Cmdlet):
    input_object: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True)] = None
    as_hashtable: Annotated[bool, Parameter(type="switch")] = False
    depth: Annotated[int, Parameter(type="int")] = 1024
    no_enumerate: Annotated[bool, Parameter(type="switch")] = False
    date_kind: Annotated[str, Parameter(type="string")] = None

    def begin(self):
        self.lines = []

    def process(self):
        if self.input_object is not None:
            self.lines.append(self.input_object)

    def end(self):
        if not self.lines:
            return
        if len(self.lines) > 1:
            try:
                first = self.convert(self.lines[0])
            except JsonError:
                first = None
            else:
                self.emit(first)
                for text in self.lines[1:]:
                    self.emit(self.checked(text))
                return
        self.emit(self.checked("\n".join(self.lines)))

    def convert(self, text):
        if not text.strip():
            return _NOTHING
        return JsonReader(self.as_hashtable, self.depth).parse(text)

    def checked(self, text):
        try:
            return self.convert(text)
        except JsonError as error:
            self.throw_terminating("Conversion from JSON failed with error: %s" % error,
                                   "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand",
                                   "NotSpecified", text, "System.ArgumentException")

    def emit(self, value):
        if value is _NOTHING:
            return
        if isinstance(value, list) and not self.no_enumerate:
            for item in value:
                self.write_object(item)
        else:
            self.write_object(value)


_NOTHING = object()
