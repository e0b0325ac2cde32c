"""Static members of system types: [datetime], [timespan], [environment], [console], [array] and [object] (the
file system's are in io.py)."""
from __future__ import annotations

import calendar
import datetime
import decimal
import functools
import getpass
import os
import platform
import re
import socket
import sys
import tempfile
import time

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.members.collections import index_of, net_compare
from pyposh.interpreter.dotnet.objects import make_version
from pyposh.interpreter.dotnet.registry import VOID, to_int, to_str
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.text import dates
from pyposh.interpreter.text.dates_exact import parse_exact
from pyposh.interpreter.values.composite_format import string_format
from pyposh.interpreter.values.enums import ENUMS
from pyposh.interpreter.values.objects import Hashtable, PSReference, unwrap

_START = time.monotonic()


# ---- [datetime] -------------------------------------------------------------------------------------------

def parse_datetime(text) -> datetime.datetime:
    """DateTime.Parse; a text that is no date is .NET's FormatException."""
    if text is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 's')")
    value = dates.parse_datetime(to_str(text))
    if value is None:
        s = to_str(text)
        if s[:1].isalpha():
            raise reg.format_error("The string '%s' was not recognized as a valid DateTime. There is an unknown "
                                   "word starting at index '0'." % s)
        raise reg.format_error("String '%s' was not recognized as a valid DateTime." % s)
    return value


def _try_parse_datetime(t, text, *rest):
    target = rest[-1] if rest else None
    try:
        value, ok = parse_datetime(text), True
    except reg.PyposhError:
        value, ok = datetime.datetime(1, 1, 1), False
    if isinstance(target, PSReference):
        target.value = value
    return ok


def _days_in_month(t, year, month):
    year, month = to_int(year, "DaysInMonth", "year"), to_int(month, "DaysInMonth", "month")
    if not 1 <= month <= 12:
        raise reg.argument_out_of_range("month", "Month must be between one and twelve.")
    if not 1 <= year <= 9999:
        raise reg.argument_out_of_range("year", "Year must be between 1 and 9999.")
    return calendar.monthrange(year, month)[1]


def _specify_kind(t, value, kind):
    kind = to_str(kind).lower()
    naive = value.replace(tzinfo=None)
    if kind == "utc":
        return naive.replace(tzinfo=datetime.timezone.utc)
    if kind == "local":
        return naive.astimezone()
    return naive


def _compare(t, a, b):
    a = a.replace(tzinfo=None) if isinstance(a, datetime.datetime) else a
    b = b.replace(tzinfo=None) if isinstance(b, datetime.datetime) else b
    return (a > b) - (a < b)


DATETIME = statics("System.DateTime")
(DATETIME
 .prop("Now", lambda t: dates.now())
 .prop("Today", lambda t: datetime.datetime.combine(datetime.date.today(), datetime.time()))
 .prop("UtcNow", lambda t: dates.now(datetime.timezone.utc))
 .prop("MinValue", lambda t: datetime.datetime.min)
 .prop("MaxValue", lambda t: datetime.datetime.max)
 .prop("UnixEpoch", lambda t: datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc))
 .method("Parse", lambda t, s, *rest: parse_datetime(s), 1, 3)
 .method("TryParse", _try_parse_datetime, 2, 4)
 .method("ParseExact", lambda t, s, fmt, *rest: parse_exact(to_str(s), fmt if isinstance(fmt, list)
                                                            else to_str(fmt)), 3, 4)
 .method("DaysInMonth", _days_in_month, 2)
 .method("IsLeapYear", lambda t, y: calendar.isleap(to_int(y, "IsLeapYear", "year")), 1)
 .method("SpecifyKind", _specify_kind, 2)
 .method("Compare", _compare, 2)
 .method("FromOADate", lambda t, d: datetime.datetime(1899, 12, 30) + datetime.timedelta(days=float(d)), 1))


# ---- [timespan] ---------------------------------------------------------------------------------------------

def _from(unit):
    def make(t, amount):
        value = float(amount) if not isinstance(amount, str) else float(reg.convert_arg(amount, "System.Double"))
        try:
            return datetime.timedelta(**{unit: value})
        except OverflowError:
            raise reg.DotNetException("System.OverflowException",
                                      "TimeSpan overflowed because the duration is too long.") from None
    return make


def parse_timespan(t, text, *rest):
    try:
        return dates.parse_timespan(to_str(text))
    except ValueError as exc:
        raise reg.format_error(str(exc)) from None


TIMESPAN = statics("System.TimeSpan")
(TIMESPAN
 .prop("Zero", lambda t: datetime.timedelta(0))
 .prop("MaxValue", lambda t: datetime.timedelta.max)
 .prop("MinValue", lambda t: datetime.timedelta.min)
 .prop("TicksPerMillisecond", lambda t: 10_000).prop("TicksPerSecond", lambda t: 10_000_000)
 .prop("TicksPerMinute", lambda t: 600_000_000).prop("TicksPerHour", lambda t: 36_000_000_000)
 .prop("TicksPerDay", lambda t: 864_000_000_000)
 .method("FromDays", _from("days"), 1).method("FromHours", _from("hours"), 1)
 .method("FromMinutes", _from("minutes"), 1).method("FromSeconds", _from("seconds"), 1)
 .method("FromMilliseconds", _from("milliseconds"), 1)
 .method("FromTicks", lambda t, n: datetime.timedelta(microseconds=to_int(n) / 10), 1)
 .method("Parse", parse_timespan, 1, 2)
 .method("Compare", _compare, 2))


# ---- [environment] ------------------------------------------------------------------------------------------

class OSVersion:
    """`[Environment]::OSVersion` (System.OperatingSystem)."""

    __slots__ = ()
    ps_type_name = "System.OperatingSystem"

    def ps_to_string(self) -> str:
        return _os_version_string()


def _os_version_string():
    return "%s %s" % ("Unix" if os.name == "posix" else "Microsoft Windows NT", _kernel_version())


def _kernel_version():
    digits = platform.release().split("-")[0]
    parts = [p for p in digits.split(".") if p.isdigit()][:4]
    return ".".join(parts) or "0.0"


def _make_version(text):
    parts = text.split(".")
    while len(parts) < 2:
        parts.append("0")
    return make_version(".".join(parts))


reg.define_type(OSVersion, "System.OperatingSystem") \
    .prop("Platform", lambda o: "Unix" if os.name == "posix" else "Win32NT") \
    .prop("ServicePack", lambda o: "") \
    .prop("Version", lambda o: _make_version(_kernel_version())) \
    .prop("VersionString", lambda o: _os_version_string()) \
    .method("ToString", lambda o: _os_version_string())


def _set_current_directory(t, value):
    try:
        reg.calling_environment().current_directory = to_str(value)
    except OSError:
        raise reg.DotNetException("System.IO.DirectoryNotFoundException",
                                  "Could not find a part of the path '%s'." % to_str(value)) from None


def _set_env(t, name, value, *target):
    name = to_str(name)
    if not name:
        raise reg.argument_error("String cannot be of zero length.", "variable")
    reg.calling_environment().set(name, None if value is None else to_str(value))
    return VOID


def _expand_env(t, text):
    environment = reg.calling_environment()
    return re.sub(r"%([^%]+)%", lambda m: environment.get(m.group(1)) or m.group(0), to_str(text))


_FOLDERS = {"userprofile": "~", "personal": "~", "mydocuments": "~", "desktop": "~/Desktop",
            "applicationdata": "~/.config", "localapplicationdata": "~/.local/share", "temp": tempfile.gettempdir()}


ENVIRONMENT = statics("System.Environment")
(ENVIRONMENT
 .prop("NewLine", lambda t: os.linesep)
 .prop("MachineName", lambda t: socket.gethostname().split(".")[0])
 .prop("UserName", lambda t: getpass.getuser())
 .prop("UserDomainName", lambda t: socket.gethostname().split(".")[0])
 .prop("ProcessorCount", lambda t: os.cpu_count() or 1)
 .prop("OSVersion", lambda t: OSVersion())
 .prop("CurrentDirectory", lambda t: reg.calling_environment().current_directory, _set_current_directory)
 .prop("Is64BitProcess", lambda t: sys.maxsize > 2**32)
 .prop("Is64BitOperatingSystem", lambda t: sys.maxsize > 2**32)
 .prop("ProcessId", lambda t: os.getpid())
 .prop("TickCount", lambda t: int((time.monotonic() - _START) * 1000) & 0x7FFFFFFF)
 .prop("TickCount64", lambda t: int((time.monotonic() - _START) * 1000))
 .prop("CommandLine", lambda t: " ".join(sys.argv))
 .prop("SystemDirectory", lambda t: "")
 .prop("HasShutdownStarted", lambda t: False)
 .method("GetEnvironmentVariable", lambda t, name, *target: reg.calling_environment().get(to_str(name)), 1, 2)
 .method("SetEnvironmentVariable", _set_env, 2, 3)
 .method("GetEnvironmentVariables", lambda t, *target: Hashtable(sorted(reg.calling_environment().as_dict().items())), 0, 1)
 .method("ExpandEnvironmentVariables", _expand_env, 1)
 .method("GetCommandLineArgs", lambda t: reg.string_array(sys.argv))
 .method("GetFolderPath", lambda t, f, *o: os.path.expanduser(_FOLDERS.get(to_str(f).lower(), "")), 1, 2))


# ---- [console] ------------------------------------------------------------------------------------------------

def _write(t, *args, newline=False):
    text = ""
    if args:
        text = to_str(args[0]) if len(args) == 1 else _console_format(args)
    text += "\n" if newline else ""
    ctx = reg.calling_context()
    if ctx is not None:
        ctx.runspace.host.write_console(text)      # the runspace's host: a console, a capture, a job's caller
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    return VOID


def _console_format(args):
    return string_format(to_str(args[0]), list(args[1:]))


CONSOLE = statics("System.Console")
_COLORS = ENUMS["system.consolecolor"]
(CONSOLE
 .prop("ForegroundColor", lambda t: _COLORS.lookup("Gray"), lambda t, v: None)
 .prop("BackgroundColor", lambda t: _COLORS.lookup("Black"), lambda t, v: None)
 .prop("WindowWidth", lambda t: os.get_terminal_size().columns if sys.stdout.isatty() else 120)
 .prop("BufferWidth", lambda t: os.get_terminal_size().columns if sys.stdout.isatty() else 120)
 .prop("WindowHeight", lambda t: os.get_terminal_size().lines if sys.stdout.isatty() else 50)
 .prop("IsOutputRedirected", lambda t: not sys.stdout.isatty())
 .prop("IsInputRedirected", lambda t: not sys.stdin.isatty())
 .method("WriteLine", lambda t, *a: _write(t, *a, newline=True), 0, None)
 .method("Write", _write, 0, None)
 .method("ResetColor", lambda t: VOID))


def _read_line(t):
    line = sys.stdin.readline()
    return line.rstrip("\n") if line else None


CONSOLE.method("ReadLine", _read_line)


# ---- [array] ------------------------------------------------------------------------------------------------------

def _array_arg(value):
    if not isinstance(value, list):
        raise reg.DotNetException("System.ArgumentNullException" if value is None else "System.ArgumentException",
                                  "Value cannot be null. (Parameter 'array')" if value is None else
                                  "Object must be an array.")
    return value


def _array_reverse(t, array, *span):
    array = _array_arg(array)
    if span:
        start, count = to_int(span[0]), to_int(span[1])
        array[start:start + count] = array[start:start + count][::-1]
    else:
        array.reverse()
    return VOID


def _array_sort(t, array, *rest):
    array = _array_arg(array)
    array.sort(key=functools.cmp_to_key(net_compare))
    return VOID


def _array_index_of(t, array, value, *rest):
    return index_of(_array_arg(array), value, *rest)


def _array_clear(t, array, index=0, length=None):
    array = _array_arg(array)
    index = to_int(index)
    length = len(array) - index if length is None else to_int(length)
    for i in range(index, index + length):
        array[i] = None
    return VOID


def _array_resize(t, ref, size):
    if not isinstance(ref, PSReference):
        raise reg.argument_error("Argument must be a [ref].", "array")
    size = to_int(size)
    items = list(ref.value or [])
    ref.value = (items + [None] * size)[:size]
    return VOID


ARRAY = statics("System.Array")
(ARRAY
 .method("Reverse", _array_reverse, 1, 3)
 .method("Sort", _array_sort, 1, 2)
 .method("IndexOf", _array_index_of, 2, 4)
 .method("LastIndexOf", lambda t, a, v: next((i for i in range(len(_array_arg(a)) - 1, -1, -1)
                                              if reg.net_equals(a[i], v)), -1), 2)
 .method("Clear", _array_clear, 1, 3)
 .method("Resize", _array_resize, 2)
 .method("Exists", lambda t, a, block: any(reg.collapse(reg.run_with_args(block, [x])) for x in _array_arg(a)), 2)
 .method("Find", lambda t, a, block: next((x for x in _array_arg(a)
                                           if reg.collapse(reg.run_with_args(block, [x]))), None), 2)
 .method("Copy", lambda t, src, dst, n: _array_copy(src, dst, n), 3)
 .method("Empty", lambda t: []))


def _array_copy(src, dst, count):
    count = to_int(count)
    _array_arg(dst)[:count] = _array_arg(src)[:count]
    return VOID


# ---- [object] ---------------------------------------------------------------------------------------------

def _reference_equals(t, a, b) -> bool:
    """Object.ReferenceEquals: the same object; numbers, booleans and dates are boxed anew each time."""
    a, b = unwrap(a), unwrap(b)
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (bool, int, float, decimal.Decimal, datetime.datetime, datetime.timedelta)):
        return False
    return a is b


(statics("System.Object")
 .method("ReferenceEquals", _reference_equals, 2)
 .method("Equals", lambda t, a, b: reg.net_equals(unwrap(a), unwrap(b)), 2))
