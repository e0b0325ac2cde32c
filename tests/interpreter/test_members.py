"""Tables for the member adapter (pyposh/interpreter/members.py): what `$value.Name` and `$value.Name(...)` give.

Each row names the source of its expectation: a .NET API page (learn.microsoft.com/dotnet/api/...) or a
PowerShell documentation page (learn.microsoft.com/powershell/...), or PowerShell's own source.
"""
from __future__ import annotations

import datetime
import decimal

import pytest

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.dotnet import adapter as members
from pyposh.interpreter.dotnet.adapter import MISSING, VOID, find_property, get_member, invoke_method, set_member
from pyposh.interpreter.text.numbers import PSChar
from pyposh.interpreter.values.objects import ArrayList, GenericList, Hashtable, PSObject, PSProperty, PSReference, TypedArray

NET = "https://learn.microsoft.com/dotnet/api/"
PS = "https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/"
PS_SRC = "PowerShell/PowerShell src/System.Management.Automation/engine/runtime/Operations/MiscOps.cs"


def obj(**props):
    return PSObject(list(props.items()))


def strings(*items):
    return TypedArray(list(items), "System.String")


def plain(value):
    """Compare results as plain Python data (typed lists become lists, chars become str)."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, PSChar):
        return str(value)
    return value


# ---- properties ---------------------------------------------------------------------------------------

PROPERTY_CASES = [
    # (value factory, property, expected, source)
    (lambda: "hello", "Length", 5, NET + "system.string.length"),
    (lambda: "hello", "LENGTH", 5, PS + "about_properties (member names are case-insensitive)"),
    (lambda: "hello", "Count", 1, PS + "about_intrinsic_members#properties ($str.Count is 1)"),
    (lambda: 42, "Count", 1, PS + "about_intrinsic_members#properties"),
    (lambda: 42, "Length", 1, PS + "about_intrinsic_members#properties"),
    (lambda: None, "Count", 0, PS + "about_properties ($null.Count is 0)"),
    (lambda: [1, 2, 3], "Count", 3, NET + "system.array.system-collections-icollection-count"),
    (lambda: [1, 2, 3], "Length", 3, NET + "system.array.length"),
    (lambda: [1, 2, 3], "Rank", 1, NET + "system.array.rank"),
    (lambda: [1, 2, 3], "IsFixedSize", True, NET + "system.array.isfixedsize"),
    (lambda: ArrayList([1, 2]), "Count", 2, NET + "system.collections.arraylist.count"),
    (lambda: ArrayList([1, 2]), "IsFixedSize", False, NET + "system.collections.arraylist.isfixedsize"),
    (lambda: GenericList([1, 2], "System.Int32"), "Count", 2, NET + "system.collections.generic.list-1.count"),
    (lambda: Hashtable([("a", 1), ("b", 2)]), "Count", 2, NET + "system.collections.hashtable.count"),
    (lambda: Hashtable([("a", 1), ("b", 2)]), "Keys", ["a", "b"], NET + "system.collections.hashtable.keys"),
    (lambda: Hashtable([("a", 1), ("b", 2)]), "Values", [1, 2], NET + "system.collections.hashtable.values"),
    (lambda: Hashtable([("a", 1)]), "a", 1, PS + "about_hash_tables (keys read with dot notation)"),
    (lambda: Hashtable([("a", 1)]), "A", 1, PS + "about_hash_tables (keys are case-insensitive)"),
    (lambda: Hashtable([("Keys", "mine")]), "Keys", "mine", PS + "about_hash_tables (a key shadows a property)"),
    (lambda: Hashtable([("Keys", "mine")]), "missing", None, PS + "about_hash_tables (missing key is $null)"),
    (lambda: obj(Name="x", Size=3), "Name", "x", PS + "about_pscustomobject"),
    (lambda: obj(Name="x", Size=3), "size", 3, PS + "about_pscustomobject"),
    (lambda: obj(Name="x"), "Nope", None, PS + "about_properties (a missing property is $null)"),
    (lambda: PSReference.of_value(5), "Value", 5, PS + "about_ref"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Year", 2024, NET + "system.datetime.year"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Month", 3, NET + "system.datetime.month"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Day", 5, NET + "system.datetime.day"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Hour", 14, NET + "system.datetime.hour"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Minute", 7, NET + "system.datetime.minute"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Second", 9, NET + "system.datetime.second"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9, 123000), "Millisecond", 123,
     NET + "system.datetime.millisecond"),
    (lambda: datetime.datetime(2024, 3, 5), "DayOfYear", 65, NET + "system.datetime.dayofyear"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7), "Date", datetime.datetime(2024, 3, 5), NET + "system.datetime.date"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7), "TimeOfDay", datetime.timedelta(hours=14, minutes=7),
     NET + "system.datetime.timeofday"),
    (lambda: datetime.datetime(2001, 1, 1), "Ticks", 631139040000000000, NET + "system.datetime.ticks"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5), "Days", 1,
     NET + "system.timespan.days"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5), "Hours", 2,
     NET + "system.timespan.hours"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5), "Minutes", 3,
     NET + "system.timespan.minutes"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5), "Seconds", 4,
     NET + "system.timespan.seconds"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5), "Milliseconds", 5,
     NET + "system.timespan.milliseconds"),
    (lambda: datetime.timedelta(hours=36), "TotalDays", 1.5, NET + "system.timespan.totaldays"),
    (lambda: datetime.timedelta(minutes=90), "TotalHours", 1.5, NET + "system.timespan.totalhours"),
    (lambda: datetime.timedelta(seconds=90), "TotalMinutes", 1.5, NET + "system.timespan.totalminutes"),
    (lambda: datetime.timedelta(minutes=2), "TotalSeconds", 120.0, NET + "system.timespan.totalseconds"),
    (lambda: datetime.timedelta(seconds=2), "TotalMilliseconds", 2000.0,
     NET + "system.timespan.totalmilliseconds"),
    (lambda: datetime.timedelta(seconds=1), "Ticks", 10_000_000, NET + "system.timespan.ticks"),
    (lambda: -datetime.timedelta(hours=1, minutes=30), "Hours", -1, NET + "system.timespan.hours (sign kept)"),
    (lambda: -datetime.timedelta(hours=1, minutes=30), "Minutes", -30, NET + "system.timespan.minutes"),
]


@pytest.mark.parametrize("make,name,expected,source", PROPERTY_CASES)
def test_property(make, name, expected, source):
    assert plain(get_member(make(), name)) == expected


def test_datetime_enum_properties():
    # .NET: DayOfWeek and Kind are enum values, shown by name (system.datetime.dayofweek, system.datetime.kind)
    d = datetime.datetime(2024, 3, 5)
    assert str(get_member(d, "DayOfWeek")) == "Tuesday"
    assert int(get_member(d, "DayOfWeek")) == 2
    assert str(get_member(d, "Kind")) == "Unspecified"
    assert str(get_member(datetime.datetime(2024, 3, 5, tzinfo=datetime.timezone.utc), "Kind")) == "Utc"


def test_missing_property_is_distinguishable():
    # PowerShell returns $null for a missing property unless strict mode is on (about_Set-StrictMode)
    assert find_property(obj(a=None), "a") is None
    assert find_property(obj(a=None), "b") is MISSING
    assert find_property("abc", "Nope") is MISSING
    assert find_property(None, "Nope") is MISSING


# ---- member enumeration -------------------------------------------------------------------------------

ENUMERATION_CASES = [
    # (value factory, property, expected, source)
    (lambda: [obj(Name="a"), obj(Name="b")], "Name", ["a", "b"], PS + "about_member-access_enumeration"),
    (lambda: [obj(Name="a"), obj(Other=1)], "Name", "a", PS_SRC + " (PropertyGetter: one result is a scalar)"),
    (lambda: [obj(Name="a"), obj(Other=1), obj(Name="c")], "Name", ["a", "c"],
     PS_SRC + " (items without the property are skipped)"),
    (lambda: [obj(Name=None), obj(Name="b")], "Name", [None, "b"], PS_SRC + " ($null values are kept)"),
    (lambda: [obj(N=[1, 2]), obj(N=3)], "N", [1, 2, 3], PS_SRC + " (FlattenResults: one level)"),
    (lambda: ["ab", "cde"], "Length", 2, PS + "about_member-access_enumeration (the array's own Length wins)"),
    (lambda: GenericList(["ab", "cde"], "System.String"), "Length", [2, 3],
     PS + "about_member-access_enumeration (List[T] has no Length: enumerated)"),
    (lambda: [[obj(Name="a")], obj(Name="b")], "Name", ["a", "b"], PS_SRC + " (nested collections recurse)"),
    (lambda: [Hashtable([("k", 1)]), Hashtable([("k", 2)])], "k", [1, 2], PS + "about_member-access_enumeration"),
]


@pytest.mark.parametrize("make,name,expected,source", ENUMERATION_CASES)
def test_member_enumeration(make, name, expected, source):
    assert plain(get_member(make(), name)) == expected


def test_member_enumeration_nothing_found():
    # PS_SRC PropertyGetter: no results -> $null (strict mode: PropertyNotFoundStrict)
    assert find_property([obj(a=1)], "b") is MISSING
    assert find_property([], "b") is MISSING


def test_method_enumeration():
    # about_Member-Access_Enumeration: methods are called on each element
    assert invoke_method(["ab", "cd"], "ToUpper", []) == ["AB", "CD"]
    assert invoke_method(["ab"], "ToUpper", []) == "AB"  # PS_SRC MethodInvoker: one result is a scalar
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_method([], "Foo", [])
    assert e.value.message == "Method invocation failed because [System.Object[]] does not contain a method " \
                              "named 'Foo'."


# ---- methods ------------------------------------------------------------------------------------------

METHOD_CASES = [
    # (value factory, method, args, expected, source)
    (lambda: "Hello", "ToUpper", [], "HELLO", NET + "system.string.toupper"),
    (lambda: "Hello", "toupper", [], "HELLO", PS + "about_methods (case-insensitive names)"),
    (lambda: "Hello", "ToLower", [], "hello", NET + "system.string.tolower"),
    (lambda: "  hi  ", "Trim", [], "hi", NET + "system.string.trim"),
    (lambda: "xxhixx", "Trim", ["x"], "hi", NET + "system.string.trim#system-string-trim(system-char)"),
    (lambda: "xyhiyx", "Trim", ["xy"], "hi", NET + "system.string.trim#system-string-trim(system-char())"),
    (lambda: "  hi  ", "TrimStart", [], "hi  ", NET + "system.string.trimstart"),
    (lambda: "  hi  ", "TrimEnd", [], "  hi", NET + "system.string.trimend"),
    (lambda: "a.b.", "TrimEnd", ["."], "a.b", NET + "system.string.trimend"),
    (lambda: "a,b,c", "Split", [","], ["a", "b", "c"], NET + "system.string.split"),
    (lambda: "a,,b", "Split", [","], ["a", "", "b"], NET + "system.string.split (empty entries kept)"),
    (lambda: "a,,b", "Split", [",", "RemoveEmptyEntries"], ["a", "b"], NET + "system.stringsplitoptions"),
    (lambda: " a , b ", "Split", [",", "TrimEntries"], ["a", "b"], NET + "system.stringsplitoptions"),
    (lambda: "a12b12c", "Split", ["12"], ["a", "b", "c"],
     "PowerShell/PowerShell#11720 (PowerShell 7 binds a string to Split(string))"),
    (lambda: "a-b_c", "Split", [TypedArray([PSChar("-"), PSChar("_")], "System.Char")], ["a", "b", "c"],
     NET + "system.string.split#system-string-split(system-char())"),
    (lambda: "a b c", "Split", [" ", 2], ["a", "b c"], NET + "system.string.split (count limits the pieces)"),
    (lambda: "a b\tc", "Split", [], ["a", "b", "c"], NET + "system.string.split (no separator: white space)"),
    (lambda: "a--b--c", "Split", [strings("--"), "None"], ["a", "b", "c"],
     NET + "system.string.split#system-string-split(system-string()-system-stringsplitoptions)"),
    (lambda: "hello", "Replace", ["l", "L"], "heLLo", NET + "system.string.replace"),
    (lambda: "hello", "Replace", ["L", "x"], "hello", NET + "system.string.replace (ordinal, case-sensitive)"),
    (lambda: "hello", "Replace", ["ll", None], "heo", NET + "system.string.replace (null new value removes)"),
    (lambda: "hello", "Contains", ["ell"], True, NET + "system.string.contains"),
    (lambda: "hello", "Contains", ["ELL"], False, NET + "system.string.contains (ordinal)"),
    (lambda: "hello", "Contains", ["ELL", "OrdinalIgnoreCase"], True,
     NET + "system.string.contains#system-string-contains(system-string-system-stringcomparison)"),
    (lambda: "hello", "StartsWith", ["he"], True, NET + "system.string.startswith"),
    (lambda: "hello", "StartsWith", ["HE", "OrdinalIgnoreCase"], True, NET + "system.string.startswith"),
    (lambda: "hello", "EndsWith", ["lo"], True, NET + "system.string.endswith"),
    (lambda: "hello", "IndexOf", ["l"], 2, NET + "system.string.indexof"),
    (lambda: "hello", "IndexOf", ["l", 3], 3,
     NET + "system.string.indexof#system-string-indexof(system-string-system-int32)"),
    (lambda: "hello", "IndexOf", ["z"], -1, NET + "system.string.indexof (-1 when absent)"),
    (lambda: "hello", "LastIndexOf", ["l"], 3, NET + "system.string.lastindexof"),
    (lambda: "hello", "IndexOfAny", [TypedArray([PSChar("l"), PSChar("o")], "System.Char")], 2,
     NET + "system.string.indexofany"),
    (lambda: "hello", "Substring", [1], "ello", NET + "system.string.substring"),
    (lambda: "hello", "Substring", [1, 3], "ell", NET + "system.string.substring"),
    (lambda: "hello", "Substring", [5], "", NET + "system.string.substring (startIndex == Length is allowed)"),
    (lambda: "7", "PadLeft", [3, "0"], "007", NET + "system.string.padleft"),
    (lambda: "7", "PadLeft", [3], "  7", NET + "system.string.padleft"),
    (lambda: "7", "PadRight", [3, "."], "7..", NET + "system.string.padright"),
    (lambda: "hello", "Insert", [2, "XX"], "heXXllo", NET + "system.string.insert"),
    (lambda: "hello", "Remove", [2], "he", NET + "system.string.remove"),
    (lambda: "hello", "Remove", [1, 2], "hlo", NET + "system.string.remove"),
    (lambda: "abc", "ToCharArray", [], ["a", "b", "c"], NET + "system.string.tochararray"),
    (lambda: "abc", "Chars", [1], "b", NET + "system.string.chars"),
    (lambda: "abc", "Equals", ["abc"], True, NET + "system.string.equals"),
    (lambda: "abc", "Equals", ["ABC"], False, NET + "system.string.equals (ordinal)"),
    (lambda: "abc", "Equals", ["ABC", "OrdinalIgnoreCase"], True, NET + "system.string.equals"),
    (lambda: "a", "CompareTo", ["b"], -1, NET + "system.string.compareto"),
    (lambda: "b", "CompareTo", ["a"], 1, NET + "system.string.compareto"),
    (lambda: "a", "CompareTo", ["A"], -1, NET + "system.string.compareto (culture: lower case first)"),
    (lambda: "abc", "ToString", [], "abc", NET + "system.string.tostring"),
    # numbers
    (lambda: 5, "ToString", [], "5", NET + "system.int32.tostring"),
    (lambda: 5, "CompareTo", [3], 1, NET + "system.int32.compareto"),
    (lambda: 5, "Equals", [5], True, NET + "system.int32.equals"),
    (lambda: 5, "Equals", [5.0], False, NET + "system.int32.equals#system-int32-equals(system-object) (type differs)"),
    (lambda: 5, "Equals", ["5"], False, NET + "system.int32.equals#system-int32-equals(system-object)"),
    (lambda: True, "ToString", [], "True", NET + "system.boolean.tostring"),
    # arrays and lists
    (lambda: [1, 2, 3], "Contains", [2], True, NET + "system.collections.ilist.contains"),
    (lambda: ["a", "b"], "Contains", ["A"], False, NET + "system.collections.ilist.contains (Equals: ordinal)"),
    (lambda: [1, 2, 3], "IndexOf", [3], 2, NET + "system.collections.ilist.indexof"),
    (lambda: [1, 2, 3], "IndexOf", ["3"], -1, NET + "system.array.indexof (Object.Equals: types differ)"),
    (lambda: ArrayList([1, 2]), "Add", [3], 2, NET + "system.collections.arraylist.add (returns the index)"),
    (lambda: ArrayList([1, 2, 1]), "Remove", [1], VOID, NET + "system.collections.arraylist.remove"),
    (lambda: GenericList([1, 2], "System.Int32"), "Add", [3], VOID,
     NET + "system.collections.generic.list-1.add (void)"),
    (lambda: GenericList([1, 2], "System.Int32"), "Remove", [2], True,
     NET + "system.collections.generic.list-1.remove"),
    (lambda: GenericList([1, 2], "System.Int32"), "Remove", [9], False,
     NET + "system.collections.generic.list-1.remove"),
    (lambda: GenericList([1, 2], "System.Int32"), "Contains", [2], True,
     NET + "system.collections.generic.list-1.contains"),
    (lambda: ArrayList([3, 1, 2]), "ToArray", [], [3, 1, 2], NET + "system.collections.arraylist.toarray"),
    (lambda: ArrayList([1, 2, 3, 4]), "GetRange", [1, 2], [2, 3], NET + "system.collections.arraylist.getrange"),
    # hashtables
    (lambda: Hashtable([("a", 1)]), "ContainsKey", ["A"], True, NET + "system.collections.hashtable.containskey"),
    (lambda: Hashtable([("a", 1)]), "ContainsKey", ["b"], False, NET + "system.collections.hashtable.containskey"),
    (lambda: Hashtable([("a", 1)]), "ContainsValue", [1], True, NET + "system.collections.hashtable.containsvalue"),
    (lambda: Hashtable([("a", 1)]), "Contains", ["a"], True, NET + "system.collections.hashtable.contains"),
    (lambda: Hashtable([("a", 1)]), "Add", ["b", 2], VOID, NET + "system.collections.hashtable.add"),
    (lambda: Hashtable([("a", 1)]), "Remove", ["zz"], VOID, NET + "system.collections.hashtable.remove (no error)"),
    # datetime and timespan
    (lambda: datetime.datetime(2024, 1, 31), "AddDays", [1], datetime.datetime(2024, 2, 1),
     NET + "system.datetime.adddays"),
    (lambda: datetime.datetime(2024, 1, 1), "AddDays", [-0.5], datetime.datetime(2023, 12, 31, 12),
     NET + "system.datetime.adddays"),
    (lambda: datetime.datetime(2024, 1, 1), "AddHours", [25], datetime.datetime(2024, 1, 2, 1),
     NET + "system.datetime.addhours"),
    (lambda: datetime.datetime(2024, 1, 1), "AddMinutes", [90], datetime.datetime(2024, 1, 1, 1, 30),
     NET + "system.datetime.addminutes"),
    (lambda: datetime.datetime(2024, 1, 1), "AddSeconds", [3600], datetime.datetime(2024, 1, 1, 1),
     NET + "system.datetime.addseconds"),
    (lambda: datetime.datetime(2024, 1, 1), "AddMilliseconds", [1500], datetime.datetime(2024, 1, 1, 0, 0, 1, 500000),
     NET + "system.datetime.addmilliseconds"),
    (lambda: datetime.datetime(2024, 1, 31), "AddMonths", [1], datetime.datetime(2024, 2, 29),
     NET + "system.datetime.addmonths (day clamped to the month's length)"),
    (lambda: datetime.datetime(2024, 2, 29), "AddYears", [1], datetime.datetime(2025, 2, 28),
     NET + "system.datetime.addyears"),
    (lambda: datetime.datetime(2024, 3, 5), "Subtract", [datetime.datetime(2024, 3, 1)], datetime.timedelta(days=4),
     NET + "system.datetime.subtract"),
    (lambda: datetime.datetime(2024, 3, 5), "Subtract", [datetime.timedelta(days=5)], datetime.datetime(2024, 2, 29),
     NET + "system.datetime.subtract"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9), "ToString", ["yyyy-MM-dd HH:mm:ss"], "2024-03-05 14:07:09",
     NET + "system.datetime.tostring (custom format)"),
    (lambda: datetime.datetime(2024, 3, 5, 14, 7, 9), "ToString", [], "3/5/2024 2:07:09 PM",
     NET + "system.datetime.tostring (en-US 'G')"),
    (lambda: datetime.datetime(2024, 3, 5), "ToShortDateString", [], "3/5/2024",
     NET + "system.datetime.toshortdatestring (en-US)"),
    (lambda: datetime.datetime(2024, 3, 5), "ToLongDateString", [], "Tuesday, March 5, 2024",
     NET + "system.datetime.tolongdatestring (en-US)"),
    (lambda: datetime.datetime(2024, 3, 5), "CompareTo", [datetime.datetime(2025, 1, 1)], -1,
     NET + "system.datetime.compareto"),
    (lambda: datetime.timedelta(hours=1), "Add", [datetime.timedelta(minutes=30)], datetime.timedelta(minutes=90),
     NET + "system.timespan.add"),
    (lambda: datetime.timedelta(hours=1), "Subtract", [datetime.timedelta(minutes=30)], datetime.timedelta(minutes=30),
     NET + "system.timespan.subtract"),
    (lambda: datetime.timedelta(days=1, hours=2, minutes=3, seconds=4), "ToString", [], "1.02:03:04",
     NET + "system.timespan.tostring ('c')"),
    (lambda: datetime.timedelta(hours=2, minutes=3), "ToString", ["hh\\:mm"], "02:03",
     "https://learn.microsoft.com/dotnet/standard/base-types/custom-timespan-format-strings"),
]


@pytest.mark.parametrize("make,name,args,expected,source", METHOD_CASES)
def test_method(make, name, args, expected, source):
    assert plain(invoke_method(make(), name, list(args))) == plain(expected)


def test_string_split_returns_string_array():
    # .NET: String.Split returns string[] (system.string.split)
    result = invoke_method("a,b", "Split", [","])
    assert isinstance(result, TypedArray) and result.element_type == "System.String"


def test_list_mutators():
    # .NET: system.collections.arraylist.insert / removeat / clear / sort / reverse
    a = ArrayList(["b", "c", "a"])
    invoke_method(a, "Insert", [0, "z"])
    assert a == ["z", "b", "c", "a"]
    invoke_method(a, "RemoveAt", [0])
    invoke_method(a, "Sort", [])
    assert a == ["a", "b", "c"]
    invoke_method(a, "Reverse", [])
    assert a == ["c", "b", "a"]
    invoke_method(a, "AddRange", [[1, 2]])
    assert a == ["c", "b", "a", 1, 2]
    invoke_method(a, "Clear", [])
    assert a == []


def test_generic_list_converts_items():
    # .NET List<T>.Add(T): PowerShell converts the argument to T (about_Type_Conversion)
    lst = GenericList([], "System.Int32")
    invoke_method(lst, "Add", ["42"])
    assert lst == [42] and type(lst[0]) is int


def test_hashtable_add_remove_clear():
    # .NET: system.collections.hashtable.add / remove / clear
    h = Hashtable()
    invoke_method(h, "Add", ["k", 1])
    assert h["K"] == 1
    invoke_method(h, "Remove", ["K"])
    assert len(h) == 0
    h["x"] = 1
    invoke_method(h, "Clear", [])
    assert len(h) == 0


def test_hashtable_get_enumerator_entries():
    # .NET: Hashtable.GetEnumerator yields DictionaryEntry (Key, Value); PowerShell adds Name (types.ps1xml)
    entries = invoke_method(Hashtable([("a", 1), ("b", 2)]), "GetEnumerator", [])
    assert [(get_member(e, "Key"), get_member(e, "Value"), get_member(e, "Name")) for e in entries] == \
        [("a", 1, "a"), ("b", 2, "b")]
    assert members.property_names(entries[0]) == ["Name", "Key", "Value"]


def test_hashtable_clone_is_shallow_copy():
    # .NET: system.collections.hashtable.clone
    h = Hashtable([("a", [1])])
    c = invoke_method(h, "Clone", [])
    assert c is not h and c["a"] is h["a"]


def test_hashtable_psbase_ignores_keys():
    # about_Hash_Tables: `$h.psbase.Keys` reaches the property when a key named Keys exists
    h = Hashtable([("Keys", "mine"), ("b", 2)])
    assert get_member(get_member(h, "psbase"), "Keys") == ["Keys", "b"]
    assert get_member(get_member(h, "psbase"), "Count") == 2


# ---- errors -------------------------------------------------------------------------------------------

ERROR_CASES = [
    # (value factory, method, args, exception type, error id, message, source)
    (lambda: "abc", "Foo", [], "System.Management.Automation.MethodException", "MethodNotFound",
     "Method invocation failed because [System.String] does not contain a method named 'Foo'.",
     "PowerShell ParserStrings.MethodNotFound"),
    (lambda: 5, "Foo", [], "System.Management.Automation.MethodException", "MethodNotFound",
     "Method invocation failed because [System.Int32] does not contain a method named 'Foo'.",
     "PowerShell ParserStrings.MethodNotFound"),
    (lambda: "abc", "Substring", [], "System.Management.Automation.MethodException", "MethodCountCouldNotFindBest",
     'Cannot find an overload for "Substring" and the argument count: "0".',
     "PowerShell ExtendedTypeSystem.MethodCountCouldNotFindBest"),
    (lambda: [1, 2], "Add", [3], "System.Management.Automation.MethodInvocationException", "NotSupportedException",
     'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."',
     NET + "system.collections.ilist.add (arrays are fixed size)"),
    (lambda: "abc", "Substring", [5], "System.Management.Automation.MethodInvocationException",
     "ArgumentOutOfRangeException",
     'Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. '
     "(Parameter 'startIndex')\"", NET + "system.string.substring#exceptions"),
    (lambda: "abc", "Substring", [1, 5], "System.Management.Automation.MethodInvocationException",
     "ArgumentOutOfRangeException",
     'Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the '
     "string. (Parameter 'length')\"", NET + "system.string.substring#exceptions"),
    (lambda: Hashtable([("a", 1)]), "Add", ["a", 2], "System.Management.Automation.MethodInvocationException",
     "ArgumentException",
     'Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: \'a\'  '
     "Key being added: 'a'\"", NET + "system.collections.hashtable.add#exceptions"),
    (lambda: ArrayList([1]), "RemoveAt", [5], "System.Management.Automation.MethodInvocationException",
     "ArgumentOutOfRangeException",
     'Exception calling "RemoveAt" with "1" argument(s): "Index was out of range. Must be non-negative and less '
     "than the size of the collection. (Parameter 'index')\"", NET + "system.collections.arraylist.removeat"),
    (lambda: datetime.datetime(2024, 1, 1), "ToString", ["q"], "System.Management.Automation.MethodInvocationException",
     "FormatException",
     'Exception calling "ToString" with "1" argument(s): "Input string was not in a correct format."',
     NET + "system.datetime.tostring#exceptions"),
    (lambda: "abc", "Substring", ["x"], "System.Management.Automation.MethodException",
     "MethodArgumentConversionInvalidCastArgument", None,
     "PowerShell ExtendedTypeSystem.MethodArgumentConversionException"),
]


@pytest.mark.parametrize("make,name,args,exc_type,error_id,message,source", ERROR_CASES)
def test_method_errors(make, name, args, exc_type, error_id, message, source):
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_method(make(), name, list(args))
    assert e.value.exception_type == exc_type
    assert e.value.error_id == error_id
    if message is not None:
        assert e.value.message == message


def test_method_on_null():
    # PowerShell ParserStrings.InvokeMethodOnNull
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_method(None, "ToString", [])
    assert e.value.error_id == "InvokeMethodOnNull"
    assert e.value.message == "You cannot call a method on a null-valued expression."


def test_method_invocation_error_keeps_inner_exception():
    # about_Try_Catch_Finally: $_.Exception.InnerException is the .NET exception the method threw
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_method([1], "Add", [2])
    assert e.value.inner.exception_type == "System.NotSupportedException"
    assert e.value.inner.message == "Collection was of a fixed size."


# ---- setting ------------------------------------------------------------------------------------------

def test_set_note_property_and_hashtable_key():
    # about_PSCustomObject / about_Hash_Tables: `$o.Name = v`, `$h.key = v` (adds the key)
    o = obj(Name="a")
    set_member(o, "name", "b")
    assert get_member(o, "Name") == "b"
    h = Hashtable()
    set_member(h, "New", 1)
    assert h["new"] == 1


def test_set_reference_value():
    # about_Ref: `$ref.Value = x` writes through the reference
    box = [1]
    ref = PSReference(lambda: box[0], lambda v: box.__setitem__(0, v))
    set_member(ref, "Value", 9)
    assert box == [9]


SET_ERROR_CASES = [
    (lambda: obj(a=1), "b", "PropertyNotFound",
     "The property 'b' cannot be found on this object. Verify that the property exists and can be set.",
     "PowerShell ParserStrings.PropertyNotFound"),
    (lambda: "abc", "Foo", "PropertyNotFound",
     "The property 'Foo' cannot be found on this object. Verify that the property exists and can be set.",
     "PowerShell ParserStrings.PropertyNotFound"),
    (lambda: "abc", "Length", "PropertyAssignmentException", "'Length' is a ReadOnly property.",
     "PowerShell ExtendedTypeSystem.ReadOnlyProperty"),
    (lambda: [1, 2], "Foo", "PropertyNotFound",
     "The property 'Foo' cannot be found on this object. Verify that the property exists and can be set.",
     "PowerShell ParserStrings.PropertyNotFound"),
]


@pytest.mark.parametrize("make,name,error_id,message,source", SET_ERROR_CASES)
def test_set_errors(make, name, error_id, message, source):
    with pytest.raises(ScriptRuntimeError) as e:
        set_member(make(), name, 1)
    assert e.value.error_id == error_id
    assert e.value.message == message


# ---- script properties and methods ----------------------------------------------------------------------

def test_script_property_and_method_use_this():
    # about_Properties / Add-Member: a ScriptProperty getter and a ScriptMethod see $this
    o = obj(x=2)
    o.add_member(PSProperty("Double", kind="ScriptProperty", getter=lambda this: [get_member(this, "x") * 2]))
    o.add_member(PSProperty("Times", value=lambda this, n: [get_member(this, "x") * n], kind="ScriptMethod"))
    o.add_member(PSProperty("Alias", kind="AliasProperty", target="x"))
    assert get_member(o, "Double") == 4
    assert invoke_method(o, "times", [5]) == 10
    assert get_member(o, "Alias") == 2
    set_member(o, "Alias", 7)
    assert get_member(o, "x") == 7


def test_pscustomobject_tostring_is_empty():
    # PowerShell/PowerShell#6163: [pscustomobject].ToString() returns the empty string
    assert invoke_method(obj(a=1), "ToString", []) == ""


# ---- .ForEach() and .Where() ------------------------------------------------------------------------------

def block(fn):
    """A scriptblock stand-in following the protocol ForEach/Where use (`invoke_with_underscore`)."""
    class Block:
        def invoke_with_underscore(self, item):
            result = fn(item)
            return result if isinstance(result, list) else [result]
    return Block()


INTRINSIC_CASES = [
    # (value, method, args, expected, source)
    ([1, 2, 3], "ForEach", [block(lambda x: x * 2)], [2, 4, 6], PS + "about_arrays#foreach"),
    (5, "ForEach", [block(lambda x: x + 1)], [6], PS + "about_intrinsic_members (scalars have ForEach)"),
    ([1, 2, 3], "ForEach", [block(lambda x: [x, x])], [1, 1, 2, 2, 3, 3], PS + "about_arrays#foreach"),
    (["a", "bb"], "ForEach", ["Length"], [1, 2], PS + "about_arrays#foreach (property name)"),
    (["a", "b"], "ForEach", ["ToUpper"], ["A", "B"], PS + "about_arrays#foreach (method name)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x % 2 == 0)], [2, 4], PS + "about_arrays#where"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 1), "First"], [2], PS + "about_arrays#where (First)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 1), "First", 2], [2, 3], PS + "about_arrays#where"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 1), "Last"], [4], PS + "about_arrays#where (Last)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 1), "Last", 2], [3, 4], PS + "about_arrays#where"),
    ([1, 2, 3, 1], "Where", [block(lambda x: x > 1), "SkipUntil"], [2, 3, 1], PS + "about_arrays#where (SkipUntil)"),
    ([1, 2, 3, 1], "Where", [block(lambda x: x > 2), "Until"], [1, 2], PS + "about_arrays#where (Until)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x % 2 == 0), "Split"], [[2, 4], [1, 3]],
     PS + "about_arrays#where (Split)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 0), "Default", 2], [1, 2], PS + "about_arrays#where (numberToReturn)"),
    ([1, 2, 3, 4], "Where", [block(lambda x: x > 1), "Split", 1], [[2], [1, 3, 4]],
     PS + "about_arrays#where (Split with numberToReturn)"),
]


@pytest.mark.parametrize("value,name,args,expected,source", INTRINSIC_CASES)
def test_foreach_where(value, name, args, expected, source):
    assert plain(invoke_method(value, name, list(args))) == expected


def test_where_result_is_a_collection():
    # about_Arrays#where: the result is Collection[psobject]
    from pyposh.interpreter.values.types import type_of
    result = invoke_method([1], "Where", [block(lambda x: True)])
    assert type_of(result).full_name == \
        "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]"


# ---- PSObject view ------------------------------------------------------------------------------------------

def test_psobject_properties_and_type_names():
    # about_Intrinsic_Members#psobject: .PSObject.Properties (Name, Value, MemberType, TypeNameOfValue), .TypeNames
    o = obj(Name="x", N=1)
    view = get_member(o, "psobject")
    props = get_member(view, "Properties")
    assert get_member(props, "Name") == ["Name", "N"]
    assert get_member(props, "Value") == ["x", 1]
    assert [str(get_member(p, "MemberType")) for p in props] == ["NoteProperty", "NoteProperty"]
    assert get_member(props[0], "TypeNameOfValue") == "System.String"
    assert get_member(view, "TypeNames") == ["System.Management.Automation.PSCustomObject", "System.Object"]
    assert get_member(view, "BaseObject") is o
    set_member(props["N"], "Value", 5)
    assert get_member(o, "N") == 5


def test_psobject_of_plain_values():
    # about_Intrinsic_Members#psobject: .psobject works on any object; BaseObject is the object itself
    view = get_member("abc", "PSObject")
    assert get_member(view, "BaseObject") == "abc"
    assert get_member(get_member(view, "Properties"), "Name") == "Length"
    assert get_member(5, "pstypenames") == ["System.Int32", "System.ValueType", "System.Object"]


def test_psobject_properties_add_and_remove():
    # PSMemberInfoCollection.Add / Remove
    # (learn.microsoft.com/dotnet/api/system.management.automation.psmemberinfocollection-1)
    from pyposh.interpreter.dotnet.static_members import new_object
    from pyposh.interpreter.values.types import resolve_type
    o = obj(a=1)
    props = get_member(get_member(o, "psobject"), "Properties")
    invoke_method(props, "Add", [new_object(resolve_type("System.Management.Automation.PSNoteProperty"), ["b", 2])])
    assert get_member(o, "b") == 2
    invoke_method(props, "Remove", ["a"])
    assert members.property_names(o) == ["b"]


# ---- property_names ------------------------------------------------------------------------------------

NAMES_CASES = [
    (lambda: obj(B=1, A=2), ["B", "A"], PS + "about_pscustomobject (properties keep their order)"),
    (lambda: "abc", ["Length"], NET + "system.string (its one property)"),
    (lambda: datetime.datetime(2024, 1, 1),
     ["DateTime", "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Microsecond",
      "Nanosecond", "Minute", "Month", "Second", "Ticks", "TimeOfDay", "Year"],
     "PowerShell 7.4 `Get-Date | Format-List *` (DateTime ScriptProperty, then .NET properties)"),
    (lambda: datetime.timedelta(1),
     ["Ticks", "Days", "Hours", "Milliseconds", "Microseconds", "Nanoseconds", "Minutes", "Seconds", "TotalDays",
      "TotalHours", "TotalMilliseconds", "TotalMicroseconds", "TotalNanoseconds", "TotalMinutes", "TotalSeconds"],
     "PowerShell 7.4 `[timespan]1 | Format-List *`"),
    (lambda: Hashtable([("a", 1)]), [], "pyposh design: formatting shows a hashtable's entries, not its .NET "
                                        "properties (PowerShell's `Select-Object *` would list IsReadOnly ... Count)"),
    (lambda: None, [], "nothing to list"),
]


@pytest.mark.parametrize("make,expected,source", NAMES_CASES)
def test_property_names(make, expected, source):
    assert members.property_names(make()) == expected


# ---- nothing of Python is reachable --------------------------------------------------------------------

PYTHON_NAMES = ["__class__", "__dict__", "__doc__", "__len__", "__init__", "mro", "format", "upper", "join",
                "encode", "_items", "_TABLES", "__getattribute__", "__reduce__", "__subclasses__", "append",
                "members", "type_names", "base", "items", "get", "copy", "pop", "strip", "split_"]
SAMPLES = [lambda: "abc", lambda: 5, lambda: [1, 2], lambda: Hashtable([("x", 1)]), lambda: obj(x=1),
           lambda: datetime.datetime(2024, 1, 1), lambda: datetime.timedelta(1), lambda: ArrayList([1]),
           lambda: decimal.Decimal("1.5"), lambda: True]


@pytest.mark.parametrize("name", PYTHON_NAMES)
@pytest.mark.parametrize("make", SAMPLES)
def test_python_internals_unreachable(make, name):
    # DESIGN.md: scripts see only .NET-like members, never a Python attribute or a `_` name
    value = make()
    if isinstance(value, Hashtable) and name.lower() == "x":
        return
    found = find_property(value, name)
    assert found is MISSING or (isinstance(value, list) and found is MISSING)
    with pytest.raises(ScriptRuntimeError) as e:
        invoke_method(value, name, [])
    assert e.value.error_id in ("MethodNotFound", "MethodCountCouldNotFindBest")
    with pytest.raises(ScriptRuntimeError):
        if not isinstance(value, (Hashtable,)):
            set_member(value, name, 1)
        else:
            raise ScriptRuntimeError("hashtables take any key", "x")


def test_str_python_methods_fail_like_powershell():
    # PowerShell ParserStrings.MethodNotFound for a name System.String lacks
    for name in ("format", "mro", "__class__", "upper", "isdigit"):
        with pytest.raises(ScriptRuntimeError) as e:
            invoke_method("abc", name, [])
        assert e.value.message == "Method invocation failed because [System.String] does not contain a method " \
                                  "named '%s'." % name


def test_gettype_returns_pstype():
    # .NET Object.GetType; PowerShell shows FullName and Name
    t = invoke_method("abc", "GetType", [])
    assert get_member(t, "FullName") == "System.String"
    assert get_member(t, "Name") == "String"
    assert invoke_method(t, "ToString", []) == "System.String"
    assert get_member(invoke_method([1], "GetType", []), "FullName") == "System.Object[]"
    assert get_member(get_member(invoke_method(5, "GetType", []), "BaseType"), "FullName") == "System.ValueType"


def test_generic_list_foreach_is_the_dotnet_method():
    # PowerShell/PowerShell#12607: List[T] has its own ForEach(Action[T]), so .ForEach() outputs nothing
    seen = []
    lst = GenericList([1, 2], "System.Int32")
    assert invoke_method(lst, "ForEach", [lambda item: seen.append(item)]) is VOID
    assert seen == [1, 2]


# ---- properties that hold for any input (hypothesis) ---------------------------------------------------------

from hypothesis import given, strategies as st  # noqa: E402

_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)


@given(_TEXT, st.sampled_from([",", ";", "ab"]))
def test_split_then_join_round_trips(text, sep):
    # .NET: String.Join(sep, s.Split(sep)) == s (system.string.split / system.string.join)
    from pyposh.interpreter.dotnet.static_members import invoke_static
    from pyposh.interpreter.values.types import resolve_type
    parts = invoke_method(text, "Split", [sep])
    assert invoke_static(resolve_type("string"), "Join", [sep, parts]) == text


@given(_TEXT, st.integers(min_value=0, max_value=40))
def test_pad_left_length(text, width):
    # .NET String.PadLeft: the result is max(Length, totalWidth) long and ends with the original
    padded = invoke_method(text, "PadLeft", [width])
    assert len(padded) == max(len(text), width) and padded.endswith(text)


@given(_TEXT, _TEXT)
def test_compare_to_is_antisymmetric(a, b):
    # .NET IComparable contract: a.CompareTo(b) == -b.CompareTo(a)
    assert invoke_method(a, "CompareTo", [b]) == -invoke_method(b, "CompareTo", [a])


@given(st.text(max_size=20), st.integers(min_value=0, max_value=25))
def test_substring_matches_slicing_or_fails(text, start):
    # .NET String.Substring(startIndex): valid for 0 <= startIndex <= Length, else ArgumentOutOfRangeException
    if start <= len(text):
        assert invoke_method(text, "Substring", [start]) == text[start:]
    else:
        with pytest.raises(ScriptRuntimeError) as e:
            invoke_method(text, "Substring", [start])
        assert e.value.error_id == "ArgumentOutOfRangeException"


def test_error_record_members():
    # about_Try_Catch_Finally / ErrorRecord (learn.microsoft.com/dotnet/api/system.management.automation.errorrecord):
    # $_.Exception.Message, $_.FullyQualifiedErrorId, $_.CategoryInfo.Reason, $_.Exception.GetType().FullName
    from pyposh.interpreter.session.records import ErrorRecord
    try:
        invoke_method([1], "Add", [2])
    except ScriptRuntimeError as exc:
        record = ErrorRecord.from_error(exc)
    exception = get_member(record, "Exception")
    assert get_member(exception, "Message") == \
        'Exception calling "Add" with "1" argument(s): "Collection was of a fixed size."'
    assert get_member(record, "FullyQualifiedErrorId") == "NotSupportedException"
    assert get_member(get_member(record, "CategoryInfo"), "Reason") == "MethodInvocationException"
    assert get_member(invoke_method(exception, "GetType", []), "FullName") == \
        "System.Management.Automation.MethodInvocationException"
    inner = get_member(exception, "InnerException")
    assert get_member(inner, "Message") == "Collection was of a fixed size."
    assert get_member(invoke_method(inner, "GetType", []), "FullName") == "System.NotSupportedException"
