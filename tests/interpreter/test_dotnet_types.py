"""Tables for type literals, `-is`, static members and constructors (pyposh/interpreter/values/types.py,
pyposh/interpreter/dotnet/static_members.py).

Each row names the source of its expectation: a .NET API page (learn.microsoft.com/dotnet/api/...) or a
PowerShell documentation page (learn.microsoft.com/powershell/...).
"""
from __future__ import annotations

import datetime
import decimal
import math
import os
import uuid

import pytest

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.dotnet import adapter as members  # noqa: F401 - fills the member tables
from pyposh.interpreter.dotnet.adapter import get_member, invoke_method
from pyposh.interpreter.dotnet.static_members import get_static_member, invoke_static, new_object, set_static_member
from pyposh.interpreter.text.numbers import PSChar, PSInt64
from pyposh.interpreter.values.objects import ArrayList, GenericList, Hashtable, PSObject, PSReference, TypedArray
from pyposh.interpreter.values.types import resolve_type, type_of

NET = "https://learn.microsoft.com/dotnet/api/"
PS = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/"
ACCEL = PS + "about_type_accelerators"


def T(name):
    t = resolve_type(name)
    assert t is not None, name
    return t


def plain(value):
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, PSChar):
        return str(value)
    return value


# ---- type names ---------------------------------------------------------------------------------------

RESOLVE_CASES = [
    # (literal, ToString() full name, Name, source)
    ("int", "System.Int32", "Int32", ACCEL),
    ("System.Int32", "System.Int32", "Int32", NET + "system.int32"),
    ("Int32", "System.Int32", "Int32", PS + "about_types (System. may be omitted)"),
    ("INT", "System.Int32", "Int32", ACCEL + " (case-insensitive)"),
    ("long", "System.Int64", "Int64", ACCEL),
    ("string", "System.String", "String", ACCEL),
    ("string[]", "System.String[]", "String[]", PS + "about_arrays (typed arrays)"),
    ("[int[]]", "System.Int32[]", "Int32[]", PS + "about_arrays"),
    ("double", "System.Double", "Double", ACCEL),
    ("decimal", "System.Decimal", "Decimal", ACCEL),
    ("bool", "System.Boolean", "Boolean", ACCEL),
    ("char", "System.Char", "Char", ACCEL),
    ("byte", "System.Byte", "Byte", ACCEL),
    ("datetime", "System.DateTime", "DateTime", ACCEL),
    ("timespan", "System.TimeSpan", "TimeSpan", ACCEL),
    ("guid", "System.Guid", "Guid", ACCEL),
    ("version", "System.Version", "Version", ACCEL),
    ("regex", "System.Text.RegularExpressions.Regex", "Regex", ACCEL),
    ("hashtable", "System.Collections.Hashtable", "Hashtable", ACCEL),
    ("ordered", "System.Collections.Specialized.OrderedDictionary", "OrderedDictionary", ACCEL),
    ("array", "System.Array", "Array", ACCEL),
    ("pscustomobject", "System.Management.Automation.PSObject", "PSObject", ACCEL),
    ("psobject", "System.Management.Automation.PSObject", "PSObject", ACCEL),
    ("scriptblock", "System.Management.Automation.ScriptBlock", "ScriptBlock", ACCEL),
    ("math", "System.Math", "Math", NET + "system.math"),
    ("convert", "System.Convert", "Convert", NET + "system.convert"),
    ("console", "System.Console", "Console", NET + "system.console"),
    ("environment", "System.Environment", "Environment", NET + "system.environment"),
    ("System.IO.Path", "System.IO.Path", "Path", NET + "system.io.path"),
    ("IO.Path", "System.IO.Path", "Path", PS + "about_types (System. may be omitted)"),
    ("text.encoding", "System.Text.Encoding", "Encoding", NET + "system.text.encoding"),
    ("System.Text.Encoding", "System.Text.Encoding", "Encoding", NET + "system.text.encoding"),
    ("System.Text.StringBuilder", "System.Text.StringBuilder", "StringBuilder", NET + "system.text.stringbuilder"),
    ("System.Collections.ArrayList", "System.Collections.ArrayList", "ArrayList", NET + "system.collections.arraylist"),
    ("System.Collections.Generic.List[int]", "System.Collections.Generic.List`1[System.Int32]", "List`1",
     NET + "system.collections.generic.list-1"),
    ("Collections.Generic.List[string]", "System.Collections.Generic.List`1[System.String]", "List`1",
     PS + "about_types"),
    ("System.Collections.Generic.List[string][]", "System.Collections.Generic.List`1[System.String][]", "List`1[]",
     NET + "system.type.makearraytype"),
    ("System.DayOfWeek", "System.DayOfWeek", "DayOfWeek", NET + "system.dayofweek"),
    ("System.IO.IOException", "System.IO.IOException", "IOException", NET + "system.io.ioexception"),
]


@pytest.mark.parametrize("literal,full,name,source", RESOLVE_CASES)
def test_resolve_type(literal, full, name, source):
    t = T(literal)
    assert t.full_name == full
    assert get_member(t, "Name") == name
    assert invoke_method(t, "ToString", []) == full


@pytest.mark.parametrize("literal", ["NoSuchType", "System.Nope", "List[int]", "int[", "Foo[int]"])
def test_unknown_types_resolve_to_none(literal):
    # PowerShell: `Unable to find type [X].` (the evaluator raises it when resolve_type gives None)
    assert resolve_type(literal) is None


def test_type_members():
    # .NET System.Type: FullName, Namespace, BaseType, IsArray, IsValueType, GetElementType
    t = T("int")
    assert get_member(t, "FullName") == "System.Int32"
    assert get_member(t, "Namespace") == "System"
    assert get_member(get_member(t, "BaseType"), "FullName") == "System.ValueType"
    assert get_member(t, "IsValueType") is True
    arr = T("string[]")
    assert get_member(arr, "IsArray") is True
    assert invoke_method(arr, "GetElementType", []) == T("string")
    assert get_member(get_member(arr, "BaseType"), "FullName") == "System.Array"
    gl = T("System.Collections.Generic.List[int]")
    assert get_member(gl, "FullName").startswith("System.Collections.Generic.List`1[[System.Int32, ")
    assert get_member(gl, "IsGenericType") is True
    assert invoke_method(gl, "GetGenericArguments", []) == [T("int")]
    assert T("int") == T("System.Int32") and T("int") is T("System.Int32")


def test_type_string_form_uses_accelerator():
    # PowerShell: [string][int] is 'int' (ToStringCodeMethods.Type), while [int].ToString() is System.Int32
    from pyposh.interpreter.values.conversions import to_string
    assert to_string(T("int")) == "int"
    assert to_string(T("string[]")) == "string[]"
    assert to_string(T("System.Text.StringBuilder")) == "System.Text.StringBuilder"


# ---- a value's type -------------------------------------------------------------------------------------

TYPE_OF_CASES = [
    # (value factory, full name, source)
    (lambda: 1, "System.Int32", NET + "system.int32"),
    (lambda: 2**40, "System.Int64", PS + "about_numeric_literals (too big for Int32)"),
    (lambda: PSInt64(1), "System.Int64", PS + "about_numeric_literals (1L)"),
    (lambda: 1.5, "System.Double", NET + "system.double"),
    (lambda: decimal.Decimal("1.5"), "System.Decimal", NET + "system.decimal"),
    (lambda: True, "System.Boolean", NET + "system.boolean"),
    (lambda: "s", "System.String", NET + "system.string"),
    (lambda: PSChar("c"), "System.Char", NET + "system.char"),
    (lambda: [1], "System.Object[]", PS + "about_arrays"),
    (lambda: TypedArray([1], "System.Int32"), "System.Int32[]", PS + "about_arrays"),
    (lambda: ArrayList(), "System.Collections.ArrayList", NET + "system.collections.arraylist"),
    (lambda: GenericList([], "System.String"), "System.Collections.Generic.List`1[System.String]",
     NET + "system.collections.generic.list-1"),
    (lambda: Hashtable(), "System.Collections.Hashtable", PS + "about_hash_tables"),
    (lambda: Hashtable(ordered=True), "System.Collections.Specialized.OrderedDictionary", PS + "about_hash_tables"),
    (lambda: PSObject(), "System.Management.Automation.PSCustomObject", PS + "about_pscustomobject"),
    (lambda: datetime.datetime(2024, 1, 1), "System.DateTime", NET + "system.datetime"),
    (lambda: datetime.timedelta(1), "System.TimeSpan", NET + "system.timespan"),
    (lambda: uuid.UUID(int=0), "System.Guid", NET + "system.guid"),
    (lambda: T("int"), "System.RuntimeType", NET + "system.type (GetType of a type)"),
    (lambda: get_static_member(T("System.DayOfWeek"), "Monday"), "System.DayOfWeek", NET + "system.dayofweek"),
]


@pytest.mark.parametrize("make,full,source", TYPE_OF_CASES)
def test_type_of(make, full, source):
    assert type_of(make()).full_name == full
    assert get_member(invoke_method(make(), "GetType", []), "FullName").split("[[")[0] == full.split("[")[0] \
        if "`" in full else get_member(invoke_method(make(), "GetType", []), "FullName") == full


IS_CASES = [
    # (value factory, type literal, expected, source)
    (lambda: 1, "int", True, PS + "about_type_operators"),
    (lambda: 1, "long", False, PS + "about_type_operators"),
    (lambda: 1, "System.ValueType", True, PS + "about_type_operators (base types match)"),
    (lambda: 1, "object", True, PS + "about_type_operators"),
    (lambda: "s", "string", True, PS + "about_type_operators"),
    (lambda: "s", "System.IComparable", True, NET + "system.string (implements IComparable)"),
    (lambda: PSChar("c"), "string", False, PS + "about_type_operators"),
    (lambda: [1], "array", True, PS + "about_type_operators"),
    (lambda: [1], "object[]", True, PS + "about_type_operators"),
    (lambda: [1], "int[]", False, PS + "about_type_operators (Object[] is not Int32[])"),
    (lambda: TypedArray(["a"], "System.String"), "object[]", True, NET + "system.array (reference-type covariance)"),
    (lambda: [1], "System.Collections.IList", True, NET + "system.array (implements IList)"),
    (lambda: Hashtable(), "hashtable", True, PS + "about_type_operators"),
    (lambda: Hashtable(), "System.Collections.IDictionary", True, NET + "system.collections.hashtable"),
    (lambda: PSObject(), "pscustomobject", True, PS + "about_pscustomobject"),
    (lambda: PSObject(), "psobject", True, PS + "about_pscustomobject"),
    (lambda: 1, "psobject", False, PS + "about_type_operators (a plain int is not wrapped)"),
    (lambda: None, "object", False, PS + "about_type_operators ($null -is [object] is False)"),
    (lambda: datetime.datetime(2024, 1, 1), "datetime", True, PS + "about_type_operators"),
    (lambda: get_static_member(T("System.DayOfWeek"), "Monday"), "System.Enum", True, NET + "system.enum"),
]


@pytest.mark.parametrize("make,literal,expected,source", IS_CASES)
def test_is_instance(make, literal, expected, source):
    assert T(literal).is_instance(make()) is expected


# ---- static properties and methods -------------------------------------------------------------------------

STATIC_CASES = [
    # (type, member, args or None for a property, expected, source)
    ("math", "PI", None, math.pi, NET + "system.math.pi"),
    ("math", "E", None, math.e, NET + "system.math.e"),
    ("math", "Round", [2.5], 2.0, NET + "system.math.round (banker's rounding: to even)"),
    ("math", "Round", [3.5], 4.0, NET + "system.math.round (to even)"),
    ("math", "Round", [-2.5], -2.0, NET + "system.math.round"),
    ("math", "Round", [2.345, 2], 2.35, NET + "system.math.round#system-math-round(system-double-system-int32)"),
    ("math", "Round", [1.125, 2], 1.12, NET + "system.math.round (midpoint to even)"),
    ("math", "Round", [2.5, "AwayFromZero"], 3.0, NET + "system.midpointrounding"),
    ("math", "Round", [1.125, 2, "AwayFromZero"], 1.13, NET + "system.midpointrounding"),
    ("math", "Round", [decimal.Decimal("2.5")], decimal.Decimal("2"), NET + "system.math.round (decimal)"),
    ("math", "Floor", [2.7], 2.0, NET + "system.math.floor"),
    ("math", "Floor", [-2.1], -3.0, NET + "system.math.floor"),
    ("math", "Ceiling", [2.1], 3.0, NET + "system.math.ceiling"),
    ("math", "Truncate", [-2.7], -2.0, NET + "system.math.truncate"),
    ("math", "Abs", [-5], 5, NET + "system.math.abs"),
    ("math", "Pow", [2, 10], 1024.0, NET + "system.math.pow"),
    ("math", "Sqrt", [16], 4.0, NET + "system.math.sqrt"),
    ("math", "Max", [3, 7], 7, NET + "system.math.max"),
    ("math", "Min", [3, 7.5], 3.0, NET + "system.math.min (mixed: Double overload)"),
    ("math", "Log10", [1000], 3.0, NET + "system.math.log10"),
    ("math", "Log", [math.e], 1.0, NET + "system.math.log"),
    ("math", "Exp", [0], 1.0, NET + "system.math.exp"),
    ("math", "Sign", [-3.2], -1, NET + "system.math.sign"),
    ("int", "MaxValue", None, 2147483647, NET + "system.int32.maxvalue"),
    ("int", "MinValue", None, -2147483648, NET + "system.int32.minvalue"),
    ("long", "MaxValue", None, 9223372036854775807, NET + "system.int64.maxvalue"),
    ("byte", "MaxValue", None, 255, NET + "system.byte.maxvalue"),
    ("double", "MaxValue", None, 1.7976931348623157e308, NET + "system.double.maxvalue"),
    ("double", "PositiveInfinity", None, math.inf, NET + "system.double.positiveinfinity"),
    ("int", "Parse", ["42"], 42, NET + "system.int32.parse"),
    ("int", "Parse", [" -7 "], -7, NET + "system.int32.parse (white space and sign allowed)"),
    ("double", "Parse", ["1.5"], 1.5, NET + "system.double.parse"),
    ("double", "IsNaN", [math.nan], True, NET + "system.double.isnan"),
    ("string", "Empty", None, "", NET + "system.string.empty"),
    ("string", "Join", [", ", ["a", "b", "c"]], "a, b, c", NET + "system.string.join"),
    ("string", "Join", ["-", "a", "b"], "a-b", NET + "system.string.join (params)"),
    ("string", "IsNullOrEmpty", [""], True, NET + "system.string.isnullorempty"),
    ("string", "IsNullOrEmpty", [None], True, NET + "system.string.isnullorempty"),
    ("string", "IsNullOrEmpty", [" "], False, NET + "system.string.isnullorempty"),
    ("string", "IsNullOrWhiteSpace", [" \t"], True, NET + "system.string.isnullorwhitespace"),
    ("string", "Concat", ["a", "b", "c"], "abc", NET + "system.string.concat"),
    ("string", "Compare", ["a", "B"], -1, NET + "system.string.compare (culture order)"),
    ("string", "Compare", ["a", "A", True], 0, NET + "system.string.compare (ignoreCase)"),
    ("string", "Format", ["{0}-{1}", "a", "b"], "a-b", NET + "system.string.format"),
    ("string", "Format", ["{0:N2}", 1234.5], "1,234.50", NET + "system.string.format (N2, en-US)"),
    ("char", "IsDigit", ["5"], True, NET + "system.char.isdigit"),
    ("char", "IsDigit", ["a"], False, NET + "system.char.isdigit"),
    ("char", "IsLetter", ["a"], True, NET + "system.char.isletter"),
    ("char", "IsUpper", ["A"], True, NET + "system.char.isupper"),
    ("char", "IsWhiteSpace", [" "], True, NET + "system.char.iswhitespace"),
    ("char", "ToUpper", ["a"], "A", NET + "system.char.toupper"),
    ("char", "IsDigit", ["a1", 1], True, NET + "system.char.isdigit#system-char-isdigit(system-string-system-int32)"),
    ("datetime", "DaysInMonth", [2024, 2], 29, NET + "system.datetime.daysinmonth"),
    ("datetime", "IsLeapYear", [2023], False, NET + "system.datetime.isleapyear"),
    ("datetime", "Parse", ["2024-03-05"], datetime.datetime(2024, 3, 5), NET + "system.datetime.parse"),
    ("datetime", "Parse", ["3/5/2024 2:07:09 PM"], datetime.datetime(2024, 3, 5, 14, 7, 9),
     NET + "system.datetime.parse"),
    ("datetime", "ParseExact", ["05/03/2024", "dd/MM/yyyy", None], datetime.datetime(2024, 3, 5),
     NET + "system.datetime.parseexact"),
    ("timespan", "FromSeconds", [90], datetime.timedelta(seconds=90), NET + "system.timespan.fromseconds"),
    ("timespan", "FromMinutes", [1.5], datetime.timedelta(seconds=90), NET + "system.timespan.fromminutes"),
    ("timespan", "FromHours", [2], datetime.timedelta(hours=2), NET + "system.timespan.fromhours"),
    ("timespan", "FromDays", [1], datetime.timedelta(days=1), NET + "system.timespan.fromdays"),
    ("timespan", "FromMilliseconds", [1500], datetime.timedelta(seconds=1.5), NET + "system.timespan.frommilliseconds"),
    ("timespan", "Zero", None, datetime.timedelta(0), NET + "system.timespan.zero"),
    ("timespan", "Parse", ["1.02:03:04"], datetime.timedelta(days=1, hours=2, minutes=3, seconds=4),
     NET + "system.timespan.parse"),
    ("guid", "Empty", None, uuid.UUID(int=0), NET + "system.guid.empty"),
    ("guid", "Parse", ["{0f8fad5b-d9cb-469f-a165-70867728950e}"], uuid.UUID("0f8fad5b-d9cb-469f-a165-70867728950e"),
     NET + "system.guid.parse"),
    ("System.IO.Path", "Combine", ["a", "b", "c.txt"], "a/b/c.txt", NET + "system.io.path.combine (Unix separator)"),
    ("System.IO.Path", "Combine", ["a", "/b"], "/b", NET + "system.io.path.combine (a rooted part restarts)"),
    ("System.IO.Path", "GetFileName", ["/x/y/file.tar.gz"], "file.tar.gz", NET + "system.io.path.getfilename"),
    ("System.IO.Path", "GetExtension", ["/x/y/file.tar.gz"], ".gz", NET + "system.io.path.getextension"),
    ("System.IO.Path", "GetExtension", ["noext"], "", NET + "system.io.path.getextension"),
    ("System.IO.Path", "GetFileNameWithoutExtension", ["/x/file.txt"], "file",
     NET + "system.io.path.getfilenamewithoutextension"),
    ("System.IO.Path", "GetDirectoryName", ["/x/y/file.txt"], "/x/y", NET + "system.io.path.getdirectoryname"),
    ("System.IO.Path", "DirectorySeparatorChar", None, "/", NET + "system.io.path.directoryseparatorchar (Unix)"),
    ("System.IO.Path", "ChangeExtension", ["a/b.txt", ".md"], "a/b.md", NET + "system.io.path.changeextension"),
    ("environment", "NewLine", None, "\n", NET + "system.environment.newline (Unix)"),
    ("convert", "ToInt32", ["42"], 42, NET + "system.convert.toint32"),
    ("convert", "ToInt32", ["ff", 16], 255,
     NET + "system.convert.toint32#system-convert-toint32(system-string-system-int32)"),
    ("convert", "ToInt32", ["1010", 2], 10, NET + "system.convert.toint32"),
    ("convert", "ToInt32", [2.5], 2, NET + "system.convert.toint32#system-convert-toint32(system-double) (to even)"),
    ("convert", "ToInt32", [3.5], 4, NET + "system.convert.toint32 (to even)"),
    ("convert", "ToString", [255, 16], "ff",
     NET + "system.convert.tostring#system-convert-tostring(system-int32-system-int32)"),
    ("convert", "ToString", [5, 2], "101", NET + "system.convert.tostring"),
    ("convert", "ToString", [-1, 16], "ffffffff", NET + "system.convert.tostring (two's complement)"),
    ("convert", "ToBase64String", [[72, 105]], "SGk=", NET + "system.convert.tobase64string"),
    ("convert", "FromBase64String", ["SGk="], [72, 105], NET + "system.convert.frombase64string"),
    ("convert", "ToDouble", ["2.5"], 2.5, NET + "system.convert.todouble"),
    ("convert", "ToBoolean", ["true"], True, NET + "system.convert.toboolean"),
    ("convert", "ToBoolean", [0], False, NET + "system.convert.toboolean"),
    ("regex", "Escape", ["a.b*c"], "a\\.b\\*c", NET + "system.text.regularexpressions.regex.escape"),
    ("regex", "Unescape", ["a\\.b\\tc"], "a.b\tc", NET + "system.text.regularexpressions.regex.unescape"),
    ("regex", "IsMatch", ["abc123", "\\d+"], True, NET + "system.text.regularexpressions.regex.ismatch"),
    ("regex", "IsMatch", ["ABC", "abc"], False, NET + "system.text.regularexpressions.regex.ismatch (case-sensitive)"),
    ("regex", "IsMatch", ["ABC", "abc", "IgnoreCase"], True, NET + "system.text.regularexpressions.regexoptions"),
    ("regex", "Replace", ["a1b22", "\\d+", "#"], "a#b#", NET + "system.text.regularexpressions.regex.replace"),
    ("regex", "Replace", ["john smith", "(\\w+) (\\w+)", "$2 $1"], "smith john",
     "https://learn.microsoft.com/dotnet/standard/base-types/substitutions-in-regular-expressions"),
    ("regex", "Split", ["a1b2c", "\\d"], ["a", "b", "c"], NET + "system.text.regularexpressions.regex.split"),
    ("array", "IndexOf", [[5, 6, 7], 7], 2, NET + "system.array.indexof"),
]


def _static_value(type_name, member, args):
    t = T(type_name)
    return get_static_member(t, member) if args is None else invoke_static(t, member, list(args))


@pytest.mark.parametrize("type_name,member,args,expected,source", STATIC_CASES)
def test_static(type_name, member, args, expected, source):
    assert plain(_static_value(type_name, member, args)) == plain(expected)


def test_static_value_types():
    # .NET: Math.Round(Double) returns Double; [long]::MaxValue is an Int64; [char]::ToUpper returns Char
    assert type(invoke_static(T("math"), "Round", [2.5])) is float
    assert type_of(get_static_member(T("long"), "MaxValue")).full_name == "System.Int64"
    assert type_of(get_static_member(T("byte"), "MaxValue")).full_name == "System.Byte"
    assert type_of(invoke_static(T("char"), "ToUpper", ["a"])).full_name == "System.Char"
    assert type_of(invoke_static(T("convert"), "FromBase64String", ["SGk="])).full_name == "System.Byte[]"


def test_datetime_now_and_today():
    # .NET DateTime.Now / Today / UtcNow
    now = get_static_member(T("datetime"), "Now")
    assert abs((now - datetime.datetime.now()).total_seconds()) < 5
    today = get_static_member(T("datetime"), "Today")
    assert (today.hour, today.minute, today.second) == (0, 0, 0)
    assert str(get_member(get_static_member(T("datetime"), "UtcNow"), "Kind")) == "Utc"


def test_guid_new_guid():
    # .NET Guid.NewGuid: a random (version 4) guid; ToString('N') has 32 hex digits
    g = invoke_static(T("guid"), "NewGuid", [])
    assert isinstance(g, uuid.UUID) and g.version == 4
    assert len(invoke_method(g, "ToString", ["N"])) == 32


def test_environment_variables_round_trip(monkeypatch):
    # .NET Environment.SetEnvironmentVariable / GetEnvironmentVariable, in an embedded runspace (its own copy of
    # the environment: the host process's os.environ is left alone)
    import pyposh
    monkeypatch.delenv("PYPOSH_TEST_VAR", raising=False)
    with pyposh.Runspace() as rs:
        assert rs.invoke("[Environment]::GetEnvironmentVariable('PYPOSH_TEST_VAR')") == [None]
        rs.invoke("[Environment]::SetEnvironmentVariable('PYPOSH_TEST_VAR', 'v')")
        assert rs.invoke("[Environment]::GetEnvironmentVariable('PYPOSH_TEST_VAR'); $env:PYPOSH_TEST_VAR") == ["v", "v"]
    assert "PYPOSH_TEST_VAR" not in os.environ
    env = T("environment")
    assert isinstance(get_static_member(env, "ProcessorCount"), int)
    assert get_static_member(env, "MachineName")


def test_int_try_parse_writes_reference():
    # .NET Int32.TryParse(string, out int): PowerShell passes [ref]
    box = [None]
    ref = PSReference(lambda: box[0], lambda v: box.__setitem__(0, v))
    assert invoke_static(T("int"), "TryParse", ["12", ref]) is True and box == [12]
    assert invoke_static(T("int"), "TryParse", ["x", ref]) is False and box == [0]


def test_encoding_round_trip():
    # .NET Encoding.UTF8.GetBytes / GetString
    utf8 = get_static_member(T("text.encoding"), "UTF8")
    data = invoke_method(utf8, "GetBytes", ["hé"])
    assert plain(data) == [104, 195, 169]
    assert invoke_method(utf8, "GetString", [data]) == "hé"
    assert type_of(utf8).full_name == "System.Text.UTF8Encoding"


def test_regex_match_object():
    # .NET Regex.Match: Success, Value, Index, Length, Groups by number and name, NextMatch
    m = invoke_static(T("regex"), "Match", ["ab12cd345", "(?<num>\\d+)"])
    assert get_member(m, "Success") is True
    assert (get_member(m, "Value"), get_member(m, "Index"), get_member(m, "Length")) == ("12", 2, 2)
    groups = get_member(m, "Groups")
    assert get_member(groups, "Count") == 2
    assert get_member(groups["num"], "Value") == "12"
    assert get_member(groups[1], "Value") == "12"
    nxt = invoke_method(m, "NextMatch", [])
    assert get_member(nxt, "Value") == "345"
    assert get_member(invoke_method(nxt, "NextMatch", []), "Success") is False
    assert get_member(invoke_static(T("regex"), "Matches", ["a1b2c3", "\\d"]), "Count") == 3


def test_enum_statics():
    # .NET enums: [DayOfWeek]::Monday is named, numbered 1; [enum]::GetNames lists the names
    monday = get_static_member(T("System.DayOfWeek"), "Monday")
    assert str(monday) == "Monday" and int(monday) == 1
    assert invoke_static(T("System.DayOfWeek"), "GetNames", [])[:2] == ["Sunday", "Monday"]
    assert get_static_member(T("System.DayOfWeek"), "Funday") is None


def test_static_property_assignment():
    # .NET Environment.CurrentDirectory is settable; Math.PI is not
    env = T("environment")
    here = get_static_member(env, "CurrentDirectory")
    set_static_member(env, "CurrentDirectory", here)
    with pytest.raises(ScriptRuntimeError) as e:
        set_static_member(T("math"), "PI", 3)
    assert e.value.message == "'PI' is a ReadOnly property."


# ---- static errors --------------------------------------------------------------------------------------

STATIC_ERROR_CASES = [
    # (type, method, args, error id, exception type, message, source)
    ("math", "Foo", [], "MethodNotFound", "System.Management.Automation.MethodException",
     "Method invocation failed because [System.Math] does not contain a method named 'Foo'.",
     "PowerShell ParserStrings.MethodNotFound"),
    ("math", "Round", [], "MethodCountCouldNotFindBest", "System.Management.Automation.MethodException",
     'Cannot find an overload for "Round" and the argument count: "0".',
     "PowerShell ExtendedTypeSystem.MethodCountCouldNotFindBest"),
    ("math", "Round", [1.5, 16], "ArgumentOutOfRangeException",
     "System.Management.Automation.MethodInvocationException",
     'Exception calling "Round" with "2" argument(s): "Rounding digits must be between 0 and 15, inclusive. '
     "(Parameter 'digits')\"", NET + "system.math.round#exceptions"),
    ("int", "Parse", ["abc"], "FormatException", "System.Management.Automation.MethodInvocationException",
     'Exception calling "Parse" with "1" argument(s): "The input string \'abc\' was not in a correct format."',
     NET + "system.int32.parse#exceptions (.NET 8 message)"),
    ("int", "Parse", ["99999999999"], "OverflowException", "System.Management.Automation.MethodInvocationException",
     'Exception calling "Parse" with "1" argument(s): "Value was either too large or too small for an Int32."',
     NET + "system.int32.parse#exceptions"),
    ("convert", "ToInt32", ["12", 3], "ArgumentException", "System.Management.Automation.MethodInvocationException",
     'Exception calling "ToInt32" with "2" argument(s): "Invalid Base. (Parameter \'fromBase\')"',
     NET + "system.convert.toint32#exceptions"),
    ("convert", "FromBase64String", ["!!"], "FormatException", "System.Management.Automation.MethodInvocationException",
     None, NET + "system.convert.frombase64string#exceptions"),
    ("datetime", "Parse", ["not a date"], "FormatException", "System.Management.Automation.MethodInvocationException",
     None, NET + "system.datetime.parse#exceptions"),
    ("regex", "Match", ["a", "("], "RegexParseException", "System.Management.Automation.MethodInvocationException",
     None, NET + "system.text.regularexpressions.regexparseexception"),
    ("datetime", "DaysInMonth", [2024, 13], "ArgumentOutOfRangeException",
     "System.Management.Automation.MethodInvocationException",
     'Exception calling "DaysInMonth" with "2" argument(s): "Month must be between one and twelve. '
     "(Parameter 'month')\"", NET + "system.datetime.daysinmonth#exceptions"),
]


@pytest.mark.parametrize("type_name,member,args,error_id,exc_type,message,source", STATIC_ERROR_CASES)
def test_static_errors(type_name, member, args, error_id, exc_type, message, source):
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_static(T(type_name), member, list(args))
    assert e.value.error_id == error_id
    assert e.value.exception_type == exc_type
    if message is not None:
        assert e.value.message == message


def test_missing_static_property_is_null():
    # PowerShell returns $null for a static property a type lacks (outside strict mode)
    assert get_static_member(T("math"), "Nope") is None


# ---- constructors ---------------------------------------------------------------------------------------

CTOR_CASES = [
    # (type, args, check(value) -> bool, source)
    ("System.Collections.Generic.List[int]", [], lambda v: isinstance(v, GenericList) and v == [],
     NET + "system.collections.generic.list-1.-ctor"),
    ("System.Collections.Generic.List[int]", [["1", 2]], lambda v: v == [1, 2] and type(v[0]) is int,
     NET + "system.collections.generic.list-1.-ctor (from a collection, items converted)"),
    ("System.Collections.ArrayList", [], lambda v: isinstance(v, ArrayList),
     NET + "system.collections.arraylist.-ctor"),
    ("hashtable", [], lambda v: isinstance(v, Hashtable) and len(v) == 0, NET + "system.collections.hashtable.-ctor"),
    ("datetime", [2024, 3, 5], lambda v: v == datetime.datetime(2024, 3, 5), NET + "system.datetime.-ctor"),
    ("datetime", [2024, 3, 5, 14, 7, 9], lambda v: v == datetime.datetime(2024, 3, 5, 14, 7, 9),
     NET + "system.datetime.-ctor"),
    ("timespan", [1, 2, 3], lambda v: v == datetime.timedelta(hours=1, minutes=2, seconds=3),
     NET + "system.timespan.-ctor (hours, minutes, seconds)"),
    ("timespan", [1, 2, 3, 4], lambda v: v == datetime.timedelta(days=1, hours=2, minutes=3, seconds=4),
     NET + "system.timespan.-ctor (days, hours, minutes, seconds)"),
    ("System.Text.StringBuilder", ["ab"], lambda v: invoke_method(v, "ToString", []) == "ab",
     NET + "system.text.stringbuilder.-ctor"),
    ("version", ["1.2.3"], lambda v: (get_member(v, "Major"), get_member(v, "Minor"), get_member(v, "Build"),
                                      get_member(v, "Revision")) == (1, 2, 3, -1), NET + "system.version.-ctor"),
    ("version", [1, 2], lambda v: invoke_method(v, "ToString", []) == "1.2", NET + "system.version.-ctor"),
    ("guid", ["0f8fad5b-d9cb-469f-a165-70867728950e"], lambda v: str(v) == "0f8fad5b-d9cb-469f-a165-70867728950e",
     NET + "system.guid.-ctor"),
    ("regex", ["a+"], lambda v: invoke_method(v, "IsMatch", ["caab"]) is True,
     NET + "system.text.regularexpressions.regex.-ctor"),
    ("string", ["x", 3], lambda v: v == "xxx",
     NET + "system.string.-ctor#system-string-ctor(system-char-system-int32)"),
    ("pscustomobject", [], lambda v: isinstance(v, PSObject), PS + "about_pscustomobject"),
    ("System.IO.IOException", ["disk"], lambda v: isinstance(v, ScriptRuntimeError) and v.message == "disk" and
     v.exception_type == "System.IO.IOException", NET + "system.io.ioexception.-ctor"),
    ("System.Exception", [], lambda v: v.message == "Exception of type 'System.Exception' was thrown.",
     NET + "system.exception.-ctor"),
]


@pytest.mark.parametrize("type_name,args,check,source", CTOR_CASES)
def test_constructor(type_name, args, check, source):
    assert check(new_object(T(type_name), list(args)))
    assert check(invoke_static(T(type_name), "new", list(args)))


def test_string_builder_methods():
    # .NET StringBuilder: Append returns the builder; AppendLine adds Environment.NewLine; Length; Insert; Replace
    sb = new_object(T("System.Text.StringBuilder"), [])
    assert invoke_method(sb, "Append", ["a"]) is sb
    invoke_method(sb, "AppendLine", ["b"])
    invoke_method(sb, "AppendFormat", ["{0}-{1}", 1, 2])
    assert invoke_method(sb, "ToString", []) == "ab\n1-2"
    assert get_member(sb, "Length") == 6
    invoke_method(sb, "Insert", [0, ">"])
    invoke_method(sb, "Replace", ["\n", "|"])
    assert invoke_method(sb, "ToString", []) == ">ab|1-2"


CTOR_ERROR_CASES = [
    ("datetime", [2024, 2, 30], "ArgumentOutOfRangeException",
     'Exception calling ".ctor" with "3" argument(s): "Year, Month, and Day parameters describe an '
     'un-representable DateTime."', NET + "system.datetime.-ctor#exceptions"),
    ("System.Text.StringBuilder", [1, 2, 3, 4, 5], "MethodCountCouldNotFindBest",
     'Cannot find an overload for "new" and the argument count: "5".', "PowerShell ExtendedTypeSystem"),
    ("math", [], "MethodCountCouldNotFindBest", 'Cannot find an overload for "new" and the argument count: "0".',
     NET + "system.math (a static class has no constructor)"),
]


@pytest.mark.parametrize("type_name,args,error_id,message,source", CTOR_ERROR_CASES)
def test_constructor_errors(type_name, args, error_id, message, source):
    with pytest.raises(ScriptRuntimeError) as e:
        new_object(T(type_name), list(args))
    assert e.value.error_id == error_id
    assert e.value.message == message


# ---- nothing of Python is reachable through types -----------------------------------------------------

@pytest.mark.parametrize("name", ["__class__", "__dict__", "__init__", "mro", "full_name", "flags", "enum",
                                  "definition", "_TYPES", "is_instance", "ancestry", "statics"])
def test_type_internals_unreachable(name):
    # DESIGN.md: a type literal shows .NET's Type members and static members only
    for t in (T("math"), T("int"), T("string[]")):
        assert get_static_member(t, name) is None
        assert members.find_property(t, name) is members.MISSING
        with pytest.raises(ScriptRuntimeError) as e:
            invoke_static(t, name, [])
        assert e.value.error_id == "MethodNotFound"
        with pytest.raises(ScriptRuntimeError):
            invoke_method(t, name, [])


# ---- generic collections beyond List[T], [xml], [enum] statics --------------------------------------------

def test_generic_dictionary_is_case_sensitive_and_converts_values():
    # NET + "system.collections.generic.dictionary-2" (default comparer: ordinal, case-sensitive)
    d = new_object(T("System.Collections.Generic.Dictionary[string,int]"), [])
    invoke_method(d, "Add", ["one", "1"])
    assert invoke_method(d, "ContainsKey", ["one"]) is True
    assert invoke_method(d, "ContainsKey", ["ONE"]) is False
    assert d["one"] == 1 and type(d["one"]) is int
    assert type_of(d).name == "Dictionary`2"
    with pytest.raises(ScriptRuntimeError):
        invoke_method(d, "Add", ["one", 2])


def test_hash_set_queue_stack():
    # NET + "system.collections.generic.hashset-1", "...queue-1", "...stack-1"
    s = new_object(T("System.Collections.Generic.HashSet[int]"), [])
    assert invoke_method(s, "Add", [1]) is True
    assert invoke_method(s, "Add", ["1"]) is False
    q = new_object(T("System.Collections.Generic.Queue[string]"), [])
    invoke_method(q, "Enqueue", ["a"])
    invoke_method(q, "Enqueue", ["b"])
    assert invoke_method(q, "Dequeue", []) == "a"
    st = new_object(T("System.Collections.Generic.Stack[int]"), [])
    invoke_method(st, "Push", [1])
    invoke_method(st, "Push", [2])
    assert list(st) == [2, 1] and invoke_method(st, "Pop", []) == 2


def test_xml_adapter_properties():
    # PS + "about_type_accelerators" ([xml]); the XML adapter simplifies text-only elements to strings
    from pyposh.interpreter.values.casts import convert_to
    doc = convert_to('<r><a k="v">x</a><b>1</b><b>2</b></r>', "xml")
    r = get_member(doc, "r")
    assert get_member(r, "b") == ["1", "2"]
    assert get_member(get_member(r, "a"), "k") == "v"
    assert type_of(doc).full_name == "System.Xml.XmlDocument"
    assert get_member(doc, "OuterXml") == '<r><a k="v">x</a><b>1</b><b>2</b></r>'


def test_xml_path_subset():
    # NET + "system.xml.xmlnode.selectnodes"
    from pyposh.interpreter.dotnet.xml_document import load_xml
    from pyposh.interpreter.text.xml_path import select
    doc = load_xml('<r><i id="1">a</i><g><i id="2">b</i></g></r>').node
    assert [n.getAttribute("id") for n in select(doc, "//i")] == ["1", "2"]
    assert [n.getAttribute("id") for n in select(doc, "/r/i")] == ["1"]
    assert [n.getAttribute("id") for n in select(doc, "//i[@id='2']")] == ["2"]
    assert [n.value for n in select(doc, "//i/@id")] == ["1", "2"]


def test_enum_class_statics():
    # NET + "system.enum.getnames", "system.enum.parse"
    names = invoke_static(T("enum"), "GetNames", [T("DayOfWeek")])
    assert names[0] == "Sunday" and len(names) == 7
    assert str(invoke_static(T("enum"), "Parse", [T("DayOfWeek"), "monday", True])) == "Monday"
    with pytest.raises(ScriptRuntimeError):
        invoke_static(T("enum"), "Parse", [T("DayOfWeek"), "monday"])
