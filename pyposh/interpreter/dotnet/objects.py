"""Small .NET classes scripts build or receive (StringBuilder, Version, Guid, exceptions) and the members of
types themselves (`[int].Name`, `$x.GetType().FullName`)."""
from __future__ import annotations

import datetime
import random
import time
import uuid

from pyposh.errors import PyposhError, hresult_of
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import argument_out_of_range, to_int, to_str
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.composite_format import string_format
from pyposh.interpreter.values.conversions import PSVersion
from pyposh.interpreter.values.objects import PSReference, TypedArray
from pyposh.interpreter.values.types import PSType, resolve_type

# ---- System.Text.StringBuilder -------------------------------------------------------------------------

class StringBuilder:
    """`System.Text.StringBuilder`: a mutable string."""

    __slots__ = ("text",)
    ps_type_name = "System.Text.StringBuilder"

    def __init__(self, text: str = ""):
        self.text = text

    def ps_to_string(self) -> str:
        return self.text

    def __repr__(self):
        return "StringBuilder(%r)" % self.text


def _sb_append(sb, value=None, *rest):
    if rest and isinstance(value, str) and len(rest) == 1:  # Append(char, repeatCount)
        sb.text += value * to_int(rest[0])
    elif rest:  # Append(value, startIndex, count)
        text = to_str(value)
        start, count = to_int(rest[0]), to_int(rest[1] if len(rest) > 1 else len(text))
        sb.text += text[start:start + count]
    else:
        sb.text += to_str(value)
    return sb


def _sb_append_line(sb, value=None):
    sb.text += ("" if value is None else to_str(value)) + "\n"
    return sb


def _sb_append_format(sb, fmt, *args):
    sb.text += string_format(to_str(fmt), list(args[0]) if len(args) == 1 and isinstance(args[0], list) else list(args))
    return sb


def _sb_insert(sb, index, value):
    index = to_int(index, "Insert", "index")
    if index < 0 or index > len(sb.text):
        raise argument_out_of_range("index")
    sb.text = sb.text[:index] + to_str(value) + sb.text[index:]
    return sb


def _sb_remove(sb, start, length):
    start, length = to_int(start), to_int(length)
    if start < 0 or length < 0 or start + length > len(sb.text):
        raise argument_out_of_range("length", "Index was out of range. Must be non-negative and less than the "
                                    "size of the collection.")
    sb.text = sb.text[:start] + sb.text[start + length:]
    return sb


def _sb_replace(sb, old, new, *rest):
    old = to_str(old)
    if not old:
        raise reg.argument_error("The value cannot be an empty string.", "oldValue")
    sb.text = sb.text.replace(old, "" if new is None else to_str(new))
    return sb


def _sb_set_length(sb, length):
    length = to_int(length)
    if length < 0:
        raise argument_out_of_range("value", "Length cannot be less than zero.")
    sb.text = sb.text[:length].ljust(length, "\0")


def _sb_to_string(sb, start=None, length=None):
    if start is None:
        return sb.text
    start, length = to_int(start), to_int(length)
    if start < 0 or length < 0 or start + length > len(sb.text):
        raise argument_out_of_range("length", "Index and length must refer to a location within the string.")
    return sb.text[start:start + length]


def _sb_clear(sb):
    sb.text = ""
    return sb


STRING_BUILDER = reg.define_type(StringBuilder, "System.Text.StringBuilder")
(STRING_BUILDER
 .prop("Capacity", lambda sb: max(16, len(sb.text)))
 .prop("MaxCapacity", lambda sb: 2147483647)
 .prop("Length", lambda sb: len(sb.text), _sb_set_length)
 .method("Append", _sb_append, 0, 3)
 .method("AppendLine", _sb_append_line, 0, 1)
 .method("AppendFormat", _sb_append_format, 1, None)
 .method("Insert", _sb_insert, 2)
 .method("Remove", _sb_remove, 2)
 .method("Replace", _sb_replace, 2, 4)
 .method("Clear", _sb_clear)
 .method("ToString", _sb_to_string, 0, 2)
 .method("Chars", lambda sb, i: reg.make_char(sb.text[to_int(i)]), 1))


# ---- System.Version (conversions.PSVersion) ------------------------------------------------------------

def _version_part(v, i):
    return v.parts[i] if len(v.parts) > i else -1


def _version_to_string(v, count=None):
    if count is None:
        return ".".join(str(p) for p in v.parts)
    count = to_int(count)
    if count < 0 or count > len(v.parts):
        raise reg.argument_error("Argument must be between 0 and %d." % len(v.parts), "fieldCount")
    return ".".join(str(p) for p in v.parts[:count])


def _version_compare(v, other):
    other = reg.unwrap(other)
    if other is None:
        return 1
    if type(other) is not type(v):
        raise reg.argument_error("Object must be of type Version.")
    return (other < v) - (v < other)


def _version_table(cls):
    table = reg.define_type(cls, "System.Version")
    (table
     .prop("Major", lambda v: _version_part(v, 0)).prop("Minor", lambda v: _version_part(v, 1))
     .prop("Build", lambda v: _version_part(v, 2)).prop("Revision", lambda v: _version_part(v, 3))
     .prop("MajorRevision", lambda v: _version_part(v, 3) >> 16 if len(v.parts) > 3 else -1)
     .prop("MinorRevision", lambda v: _version_part(v, 3) & 0xFFFF if len(v.parts) > 3 else -1)
     .method("ToString", _version_to_string, 0, 1)
     .method("CompareTo", _version_compare, 1)
     .method("Equals", lambda v, o: type(reg.unwrap(o)) is type(v) and reg.unwrap(o) == v, 1)
     .method("Clone", lambda v: cls(*v.parts)))
    return table


_version_table(PSVersion)


def make_version(*parts):
    """A [version] value (conversions.PSVersion) from 2 to 4 parts, or parsed from one string."""
    if len(parts) == 1:
        try:
            return PSVersion.parse(to_str(parts[0]))
        except ValueError as exc:
            text = str(exc)
            if "format" in text:
                raise reg.format_error("The input string '%s' was not in a correct format."
                                       % to_str(parts[0]).split(".")[0]) from None
            if "parameters" in text:
                raise reg.argument_out_of_range("version", text) from None
            raise reg.argument_error(text, "input") from None
    numbers = [to_int(p) for p in parts]
    if any(n < 0 for n in numbers):
        names = ("major", "minor", "build", "revision")
        bad = next(i for i, n in enumerate(numbers) if n < 0)
        raise argument_out_of_range(names[bad], "Version's parameters must be greater than or equal to zero.")
    return PSVersion(*numbers)


# ---- System.Guid ----------------------------------------------------------------------------------------

def guid_to_string(g: uuid.UUID, fmt=None) -> str:
    fmt = (fmt or "D")
    text = str(g)
    if fmt in ("D", "d"):
        return text
    if fmt in ("N", "n"):
        return g.hex
    if fmt in ("B", "b"):
        return "{%s}" % text
    if fmt in ("P", "p"):
        return "(%s)" % text
    if fmt in ("X", "x"):
        h = g.hex
        tail = ",".join("0x" + h[i:i + 2] for i in range(16, 32, 2))
        return "{0x%s,0x%s,0x%s,{%s}}" % (h[:8], h[8:12], h[12:16], tail)
    raise reg.format_error('Format string can be only "D", "d", "N", "n", "P", "p", "B", "b", "X" or "x".')


def _guid_compare(g, other):
    other = reg.unwrap(other)
    if other is None:
        return 1
    if not isinstance(other, uuid.UUID):
        raise reg.argument_error("Object must be of type GUID.")
    return (g.int > other.int) - (g.int < other.int)


GUID = reg.define_type(uuid.UUID, "System.Guid")
(GUID
 .prop("Guid", lambda g: str(g))
 .method("ToString", lambda g, fmt=None, provider=None: guid_to_string(g, fmt), 0, 2)
 .method("CompareTo", _guid_compare, 1)
 .method("ToByteArray", lambda g: TypedArray(list(g.bytes_le), "System.Byte")))


# ---- types -------------------------------------------------------------------------------------------------

def _type_arg(value) -> PSType:
    value = reg.unwrap(value)
    if isinstance(value, PSType):
        return value
    found = resolve_type(to_str(value))
    if found is None:
        raise reg.argument_error("Type must be a type provided by the runtime.", "type")
    return found


def _enum(t):
    if t.enum is None:
        raise reg.argument_error("Type provided must be an Enum.", "enumType")
    return t.enum


def _enum_names(t):
    return [name for name, _ in _enum(t).sorted_members()]


def _enum_values(t):
    enum = _enum(t)
    return [enum.value(v) for _, v in enum.sorted_members()]


def _enum_name(t, value):
    enum = _enum(t)
    number = int(reg.unwrap(value))
    return next((name for name, v in enum.members if v == number), None)


def _enum_underlying_values(t):
    enum = _enum(t)
    return [convert_to(v, enum.underlying) for _, v in enum.sorted_members()]


TYPE = reg.define_type(PSType, "System.RuntimeType")
(TYPE
 .prop("IsPublic", lambda t: True)
 .prop("IsSerializable", lambda t: "i" not in t.flags)
 .prop("Name", lambda t: t.name)
 .prop("BaseType", lambda t: t.base if "i" not in t.flags else None)
 .prop("FullName", lambda t: t.assembly_name)
 .prop("Namespace", lambda t: t.namespace)
 .prop("IsArray", lambda t: t.element is not None, listed=False)
 .prop("IsEnum", lambda t: t.enum is not None, listed=False)
 .prop("IsValueType", lambda t: "v" in t.flags, listed=False)
 .prop("IsClass", lambda t: "v" not in t.flags and "i" not in t.flags, listed=False)
 .prop("IsInterface", lambda t: "i" in t.flags, listed=False)
 .prop("IsGenericType", lambda t: bool(t.args), listed=False)
 .prop("IsPrimitive", lambda t: "n" in t.flags and t.name not in ("Decimal", "BigInteger") or
       t.name in ("Boolean", "Char"), listed=False)
 .prop("UnderlyingSystemType", lambda t: t, listed=False)
 .prop("GenericTypeArguments", lambda t: list(t.args), listed=False)
 .method("ToString", lambda t: t.full_name)
 .method("GetElementType", lambda t: t.element)
 .method("GetGenericArguments", lambda t: list(t.args))
 .method("IsInstanceOfType", lambda t, v: t.is_instance(v), 1)
 .method("IsAssignableFrom", lambda t, other: t.is_assignable_from(_type_arg(other)), 1)
 .method("IsSubclassOf", lambda t, other: t != _type_arg(other) and _type_arg(other).is_assignable_from(t), 1)
 .method("GetEnumNames", _enum_names)
 .method("GetEnumName", _enum_name, 1)
 .method("GetEnumValues", _enum_values)
 .method("GetEnumValuesAsUnderlyingType", _enum_underlying_values)
 .method("GetEnumUnderlyingType", lambda t: resolve_type(_enum(t).underlying)))


# ---- exceptions ----------------------------------------------------------------------------------------------

def _exception_to_string(exc):
    return "%s: %s" % (exc.exception_type, exc.message)


def _base_exception(exc):
    while isinstance(getattr(exc, "inner", None), PyposhError):
        exc = exc.inner
    return exc


EXCEPTION = reg.define_type(PyposhError, "System.Exception")
(EXCEPTION
 .prop("Message", lambda e: e.message)
 .prop("InnerException", lambda e: e.inner if isinstance(e.inner, PyposhError) else None)
 .prop("ErrorRecord", lambda e: getattr(e, "error_record", None))
 .prop("WasThrownFromThrowStatement", lambda e: getattr(e, "was_thrown", False), listed=False)
 .prop("HResult", lambda e: hresult_of(e.exception_type))
 .prop("Source", lambda e: None)
 .prop("StackTrace", lambda e: None)
 .prop("HelpLink", lambda e: None)
 .prop("TargetSite", lambda e: None)
 .method("ToString", _exception_to_string)
 .method("GetBaseException", _base_exception))


# ---- System.Random, System.Diagnostics.Stopwatch ------------------------------------------------------------

class Random:
    """`System.Random`."""

    __slots__ = ("rng",)
    ps_type_name = "System.Random"

    def __init__(self, seed=None):
        self.rng = random.Random(seed)


def _random_next(r, *args):
    if not args:
        return r.rng.randrange(0, 2**31 - 1)
    low, high = (0, to_int(args[0])) if len(args) == 1 else (to_int(args[0]), to_int(args[1]))
    if low > high:
        raise argument_out_of_range("minValue" if len(args) == 2 else "maxValue",
                                    "'minValue' cannot be greater than maxValue." if len(args) == 2 else
                                    "'maxValue' must be greater than zero.")
    return low if low == high else r.rng.randrange(low, high)


def _next_bytes(r, buffer):
    for i in range(len(buffer)):
        buffer[i] = r.rng.randrange(256)
    return reg.VOID


RANDOM = reg.define_type(Random, "System.Random")
(RANDOM.method("Next", _random_next, 0, 2)
 .method("NextDouble", lambda r: r.rng.random())
 .method("NextInt64", lambda r, *a: _random_next(r, *a), 0, 2)
 .method("NextBytes", _next_bytes, 1))


class Stopwatch:
    """`System.Diagnostics.Stopwatch`."""

    __slots__ = ("started", "elapsed")
    ps_type_name = "System.Diagnostics.Stopwatch"

    def __init__(self):
        self.started = None   # monotonic time when running
        self.elapsed = 0.0    # seconds accumulated while stopped

    def seconds(self) -> float:
        running = time.monotonic() - self.started if self.started is not None else 0.0
        return self.elapsed + running

    def start(self):
        if self.started is None:
            self.started = time.monotonic()
        return reg.VOID

    def stop(self):
        if self.started is not None:
            self.elapsed = self.seconds()
            self.started = None
        return reg.VOID

    def reset(self):
        self.started, self.elapsed = None, 0.0
        return reg.VOID


def _restart(sw):
    sw.reset()
    return sw.start()


STOPWATCH = reg.define_type(Stopwatch, "System.Diagnostics.Stopwatch")
(STOPWATCH
 .prop("IsRunning", lambda sw: sw.started is not None)
 .prop("Elapsed", lambda sw: datetime.timedelta(seconds=sw.seconds()))
 .prop("ElapsedMilliseconds", lambda sw: int(sw.seconds() * 1000))
 .prop("ElapsedTicks", lambda sw: int(sw.seconds() * 1_000_000_000))
 .method("Start", Stopwatch.start).method("Stop", Stopwatch.stop).method("Reset", Stopwatch.reset)
 .method("Restart", _restart))


# ---- [ref] -----------------------------------------------------------------------------------------------------

REFERENCE = reg.define_type(PSReference, "System.Management.Automation.PSReference")
REFERENCE.prop("Value", lambda r: r.value, lambda r, v: setattr(r, "value", v))
