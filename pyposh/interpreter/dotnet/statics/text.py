"""Static members of text types: [string], [guid], and [System.Text.Encoding] with its encoding objects."""
from __future__ import annotations

import uuid

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.members.strings import culture_compare, ordinal_compare
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.dotnet.statics.numbers import byte_array, byte_values
from pyposh.interpreter.values.composite_format import string_format
from pyposh.interpreter.values.enums import enum_arg


def _items(values) -> list:
    if len(values) == 1 and isinstance(values[0], (list, tuple)):
        return list(values[0])
    return list(values)


def _join(t, separator, *values):
    sep = "" if separator is None else to_str(separator)
    return sep.join("" if v is None else to_str(v) for v in _items(values))


def _format(t, fmt, *args):
    if fmt is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'format')")
    if not isinstance(fmt, str) and args:  # Format(IFormatProvider, format, args...)
        fmt, args = args[0], args[1:]
    return string_format(to_str(fmt), _items(args))


def _compare(t, a, b, *rest):
    a = None if a is None else to_str(a)
    b = None if b is None else to_str(b)
    ignore = False
    if rest:
        option = rest[0]
        if isinstance(option, bool):
            ignore = option
        else:
            mode = enum_arg(option, "System.StringComparison")
            if mode in (4, 5):
                if a is None or b is None:
                    return culture_compare(a, b)
                return ordinal_compare(a.lower(), b.lower()) if mode == 5 else ordinal_compare(a, b)
            ignore = mode in (1, 3)
    return culture_compare(a, b, ignore)


def _equals(t, a, b, *rest):
    if a is None or b is None:
        return a is b
    a, b = to_str(a), to_str(b)
    if rest and enum_arg(rest[0], "System.StringComparison") in (1, 3, 5):
        return a.lower() == b.lower()
    return a == b


def _new_string(t, value, count=None):
    if count is not None:
        return to_str(value)[:1] * reg.to_int(count, "new", "count")
    if isinstance(value, (list, tuple)):
        return "".join(to_str(c) for c in value)
    return to_str(value)


STRING = statics("System.String")
(STRING.prop("Empty", lambda t: "")
 .method("Join", _join, 2, None)
 .method("Concat", lambda t, *values: "".join("" if v is None else to_str(v) for v in _items(values)), 0, None)
 .method("Format", _format, 1, None)
 .method("IsNullOrEmpty", lambda t, s: s is None or to_str(s) == "", 1)
 .method("IsNullOrWhiteSpace", lambda t, s: s is None or to_str(s).strip() == "", 1)
 .method("Compare", _compare, 2, 3)
 .method("CompareOrdinal", lambda t, a, b: ordinal_compare(to_str(a), to_str(b)), 2)
 .method("Equals", _equals, 2, 3)
 .method("Copy", lambda t, s: to_str(s), 1))


# ---- [guid] ------------------------------------------------------------------------------------------

def parse_guid(text) -> uuid.UUID:
    s = to_str(text).strip()
    body = s[1:-1] if len(s) > 2 and (s[0], s[-1]) in (("{", "}"), ("(", ")")) else s
    if len(body) in (32, 36):
        try:
            if len(body) == 36 and [body[i] for i in (8, 13, 18, 23)] != ["-"] * 4:
                raise ValueError
            return uuid.UUID(body)
        except ValueError:
            pass
    raise reg.format_error("Unrecognized Guid format.")


def _try_parse_guid(t, text, target):
    try:
        value, ok = parse_guid(text), True
    except reg.PyposhError:
        value, ok = uuid.UUID(int=0), False
    if hasattr(target, "value"):
        target.value = value
    return ok


GUID = statics("System.Guid")
(GUID.prop("Empty", lambda t: uuid.UUID(int=0))
 .method("NewGuid", lambda t: uuid.uuid4())
 .method("Parse", lambda t, s: parse_guid(s), 1)
 .method("TryParse", _try_parse_guid, 2))


# ---- encodings -----------------------------------------------------------------------------------------

class TextEncoding:
    """A System.Text.Encoding object (`[Text.Encoding]::UTF8`)."""

    __slots__ = ("codec", "web_name", "name", "code_page", "preamble", "type_name")

    def __init__(self, codec, web_name, name, code_page, preamble, type_name):
        self.codec = codec
        self.web_name = web_name
        self.name = name
        self.code_page = code_page
        self.preamble = preamble
        self.type_name = type_name

    @property
    def ps_type_name(self) -> str:
        return self.type_name


_ENCODINGS = {
    "utf8": TextEncoding("utf-8", "utf-8", "Unicode (UTF-8)", 65001, b"\xef\xbb\xbf", "System.Text.UTF8Encoding"),
    "ascii": TextEncoding("ascii", "us-ascii", "US-ASCII", 20127, b"", "System.Text.ASCIIEncoding"),
    "unicode": TextEncoding("utf-16-le", "utf-16", "Unicode", 1200, b"\xff\xfe", "System.Text.UnicodeEncoding"),
    "bigendianunicode": TextEncoding("utf-16-be", "utf-16BE", "Unicode (Big-Endian)", 1201, b"\xfe\xff",
                                     "System.Text.UnicodeEncoding"),
    "utf32": TextEncoding("utf-32-le", "utf-32", "Unicode (UTF-32)", 12000, b"\xff\xfe\x00\x00",
                          "System.Text.UTF32Encoding"),
    "latin1": TextEncoding("latin-1", "iso-8859-1", "Western European (ISO)", 28591, b"",
                           "System.Text.Latin1Encoding"),
}
_ALIASES = {"utf-8": "utf8", "us-ascii": "ascii", "utf-16": "unicode", "utf-16le": "unicode",
            "utf-16be": "bigendianunicode", "utf-32": "utf32", "iso-8859-1": "latin1", "65001": "utf8",
            "20127": "ascii", "1200": "unicode", "1201": "bigendianunicode", "12000": "utf32", "28591": "latin1"}


def get_encoding(name) -> TextEncoding:
    key = to_str(name).strip().lower()
    key = _ALIASES.get(key, key)
    if key not in _ENCODINGS:
        raise reg.argument_error("'%s' is not a supported encoding name. For information on defining a custom "
                                 "encoding, see the documentation for the Encoding.RegisterProvider method."
                                 % to_str(name), "name")
    return _ENCODINGS[key]


def _get_bytes(enc, text, *rest):
    if isinstance(text, (list, tuple)):
        text = "".join(to_str(c) for c in text)
    return byte_array(to_str(text).encode(enc.codec, errors="replace"))


def _get_string(enc, data, index=None, count=None):
    raw = byte_values(data)
    if index is not None:
        start = reg.to_int(index)
        raw = raw[start:start + reg.to_int(count)] if count is not None else raw[start:]
    return raw.decode(enc.codec, errors="replace")


ENCODING = reg.define_type(TextEncoding, "System.Text.Encoding")
(ENCODING
 .prop("BodyName", lambda e: e.web_name).prop("EncodingName", lambda e: e.name)
 .prop("WebName", lambda e: e.web_name).prop("CodePage", lambda e: e.code_page)
 .prop("IsSingleByte", lambda e: e.codec in ("ascii", "latin-1"))
 .method("GetBytes", _get_bytes, 1, 3)
 .method("GetString", _get_string, 1, 3)
 .method("GetByteCount", lambda e, s: len(to_str(s).encode(e.codec, errors="replace")), 1)
 .method("GetCharCount", lambda e, b: len(_get_string(e, b)), 1)
 .method("GetPreamble", lambda e: byte_array(e.preamble))
 .method("ToString", lambda e: e.type_name))

ENCODING_STATICS = statics("System.Text.Encoding")
for _prop, _key in (("UTF8", "utf8"), ("ASCII", "ascii"), ("Unicode", "unicode"),
                    ("BigEndianUnicode", "bigendianunicode"), ("UTF32", "utf32"), ("Latin1", "latin1"),
                    ("Default", "utf8")):
    ENCODING_STATICS.prop(_prop, (lambda k: lambda t: _ENCODINGS[k])(_key))
ENCODING_STATICS.method("GetEncoding", lambda t, name: get_encoding(name), 1)
