"""Conversions: PowerShell's string, bool, number and type casts (each row cites where its expectation comes from)."""
from __future__ import annotations

import datetime
import decimal

import pytest
from hypothesis import given, strategies as st

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.values.casts import convert_to, try_convert_to
from pyposh.interpreter.values.conversions import (
    PSChar, PSVersion, lookup_type_name, parse_number_text, resolve_type_name, to_bool, to_int, to_number,
    to_string, type_name,
)
from pyposh.interpreter.text.numbers import PSByte, PSInt64, PSSingle, PSUInt64, format_double, roundtrip_text
from pyposh.interpreter.values.typenames import is_instance, short_name
from pyposh.interpreter.values.objects import ArrayList, Hashtable, PSObject, TypedArray

D = decimal.Decimal
TC = "about_Type_Conversion"
SRC = "PowerShell source LanguagePrimitives.cs"

# (value, expected string, source)
TO_STRING = [
    (None, "", "about_Type_Conversion: [string]$null is empty"),
    (True, "True", TC),
    (False, "False", TC),
    (42, "42", TC),
    (3.5, "3.5", "LanguagePrimitives.cs DoublePrecision = G15"),
    (2.0, "2", "G15 formatting drops a zero fraction"),
    (1e20, "1E+20", "G15 switches to exponent notation past 15 digits"),
    (0.1 + 0.2, "0.3", "G15 rounds 0.30000000000000004"),
    (1 / 1.9, "0.526315789473684", "about_Arithmetic_Operators: 1 / 1.9"),
    (1e15, "1E+15", "G15: a 16-digit integer part is written with an exponent"),
    (123456789012345.0, "123456789012345", "G15: 15 digits stay fixed"),
    (1e-5, "1E-05", ".NET G: exponent below -4 is scientific, two exponent digits"),
    (0.0001, "0.0001", ".NET G: exponent -4 stays fixed"),
    (float("inf"), "Infinity", "invariant culture PositiveInfinitySymbol"),
    (float("nan"), "NaN", "invariant culture NaNSymbol"),
    (PSSingle(0.1), "0.1", "LanguagePrimitives.cs SinglePrecision = G7"),
    (D("1.50"), "1.50", ".NET decimal keeps its scale"),
    (D("1E+3"), "1000", ".NET decimal never uses an exponent"),
    ([1, 2, 3], "1 2 3", "about_Type_Conversion: [string] @(1, 2, 3)"),
    ([1, None, 3], "1  3", "$OFS join: $null is an empty string"),
    ([1, [2, 3]], "1 System.Object[]", "nested arrays are not flattened by the $OFS join"),
    (Hashtable({"a": 1}), "System.Collections.Hashtable", "about_Switch example: $test.ToString()"),
    (Hashtable({"a": 1}, ordered=True), "System.Collections.Specialized.OrderedDictionary", "[ordered] type"),
    (PSObject({"Name": "x", "Size": 3}), "@{Name=x; Size=3}", "PSCustomObject string form"),
    (PSObject({"a": None, "b": [1, 2]}), "@{a=; b=System.Object[]}", "PSCustomObject property values"),
    (PSObject(), "", "an empty PSCustomObject is an empty string"),
    (PSChar("A"), "A", "[char]65 displays A"),
    (datetime.datetime(2024, 1, 15, 9, 5, 3), "01/15/2024 09:05:03", "invariant culture DateTime conversion"),
    (datetime.timedelta(days=1, hours=2, minutes=3, seconds=4), "1.02:03:04", ".NET TimeSpan 'c' format"),
    (datetime.timedelta(seconds=1, microseconds=500000), "00:00:01.5000000", ".NET TimeSpan 'c' fraction"),
    (-datetime.timedelta(hours=1), "-01:00:00", ".NET TimeSpan negative"),
    (PSVersion(1, 2, 3), "1.2.3", "System.Version.ToString()"),
]


@pytest.mark.parametrize("value,expected,source", TO_STRING)
def test_to_string(value, expected, source):
    assert to_string(value) == expected, source


TO_BOOL = [
    (0, False, "about_Type_Conversion: [boolean]0"),
    (0.0, False, "about_Type_Conversion: [boolean]0.0"),
    (-1, True, "about_Type_Conversion: [boolean]-1"),
    (1, True, "about_Type_Conversion: [boolean]1"),
    (42.1, True, "about_Type_Conversion: [boolean]42.1"),
    ("", False, "about_Type_Conversion: [boolean]''"),
    ([], False, "about_Type_Conversion: [boolean]@()"),
    ("Hello", True, "about_Type_Conversion: [boolean]'Hello'"),
    ("False", True, "about_Booleans: [bool]'False' is true"),
    (Hashtable({"value": 0}), True, "about_Booleans: [bool]@{value = 0}"),
    (None, False, "about_Booleans: $null is false"),
    ([0], False, "LanguagePrimitives.IsTrue(IList): one element is judged by itself"),
    ([0, 0], True, "LanguagePrimitives.IsTrue(IList): two elements are true"),
    ([[]], False, "LanguagePrimitives.IsTrue(IList): a single empty array is false"),
    ([[0]], True, "LanguagePrimitives.IsTrue(IList): a single non-empty array is true"),
    (PSChar("\0"), False, "LanguagePrimitives.ConvertCharToBool"),
    (D(0), False, "numeric zero is false"),
    (PSObject(), True, "any other object is true"),
]


@pytest.mark.parametrize("value,expected,source", TO_BOOL)
def test_to_bool(value, expected, source):
    assert to_bool(value) is expected, source


NUMBER_TEXT = [
    ("  10 ", 10, "System.Int32", "ScanNumber trims white space"),
    ("0x1F", 31, "System.Int32", "about_Numeric_Literals: hexadecimal"),
    ("1e3", 1000.0, "System.Double", "about_Numeric_Literals: exponent makes a double"),
    ("1kb", 1024, "System.Int32", "core/arith: 1kb"),
    ("2gb", 2147483648, "System.Int64", "about_Numeric_Literals: multipliers widen"),
    ("0xFFFFFFFF", -1, "System.Int32", "about_Numeric_Literals: 0xFFFFFFFF is -1"),
    ("0x100000000", 4294967296, "System.Int64", "about_Numeric_Literals: hex beyond 32 bits is Int64"),
    ("10ul", 10, "System.UInt64", "about_Numeric_Literals: ul suffix"),
    ("10l", 10, "System.Int64", "about_Numeric_Literals: l suffix"),
    ("1.5d", D("1.5"), "System.Decimal", "about_Numeric_Literals: d suffix"),
    ("0b101", 5, "System.Int32", "about_Numeric_Literals: binary"),
    ("9223372036854775808", D("9223372036854775808"), "System.Decimal", "beyond Int64: decimal"),
    ("-5", -5, "System.Int32", "sign"),
    ("0xFFy", -1, "System.SByte", "about_Numeric_Literals: y suffix wraps"),
]


@pytest.mark.parametrize("text,value,net_type,source", NUMBER_TEXT)
def test_parse_number_text(text, value, net_type, source):
    result = parse_number_text(text)
    assert result == value, source
    assert type_name(result) == net_type, source


@pytest.mark.parametrize("text", ["abc", "", "1.2.3", "0x", "300y", "--1", "1e"])
def test_parse_number_text_rejects(text):
    assert parse_number_text(text) is None


# (value, type, expected value, expected .NET type, source)
CASTS = [
    (42.1, "byte", 42, "System.Byte", "about_Type_Conversion: [byte] 42.1"),
    ("43", "int", 43, "System.Int32", "about_Type_Conversion: [int]$foo = '43'"),
    (2.5, "int", 2, "System.Int32", "core/arith: [int]2.5 (banker's rounding)"),
    (3.5, "int", 4, "System.Int32", "core/arith: [int]3.5"),
    (1.9, "int", 2, "System.Int32", "about_Arithmetic_Operators: [int]1.9"),
    (D("2.5"), "int", 2, "System.Int32", "Convert.ToInt32(decimal) rounds to even"),
    ("1.5", "int", 2, "System.Int32", "ConvertStringToInteger via ScanNumber"),
    ("1,000", "int", 1000, "System.Int32", "ConvertNumericThroughDouble accepts thousands"),
    ("", "int", 0, "System.Int32", "ConvertStringToInteger: empty string is zero"),
    (None, "int", 0, "System.Int32", "$null converts to zero"),
    (True, "int", 1, "System.Int32", "bool to int"),
    (PSChar("A"), "int", 65, "System.Int32", "[int][char]'A'"),
    (65, "char", "A", "System.Char", "[char]65"),
    ("5", "long", 5, "System.Int64", "[long]'5'"),
    (5, "double", 5.0, "System.Double", "[double]5"),
    ("1,000.5", "double", 1000.5, "System.Double", "Double.Parse with AllowThousands"),
    (5, "float", 5.0, "System.Single", "[float] is System.Single"),
    (0.1 + 0.2, "decimal", D("0.3"), "System.Decimal", "Convert.ToDecimal(double) keeps 15 digits"),
    ([1, 2, 3], "string", "1 2 3", "System.String", "about_Type_Conversion: [string] @(1, 2, 3)"),
    (None, "string", "", "System.String", "[string]$null"),
    ("x", "bool", True, "System.Boolean", "[bool]'x'"),
    (5, "array", [5], "System.Object[]", "[array] wraps a scalar"),
    ("1.2.3", "version", PSVersion(1, 2, 3), "System.Version", "[version]'1.2.3'"),
    ("1.02:03:04", "timespan", datetime.timedelta(days=1, hours=2, minutes=3, seconds=4), "System.TimeSpan",
     "TimeSpan.Parse"),
    ("2024-01-15", "datetime", datetime.datetime(2024, 1, 15), "System.DateTime", "DateTime.Parse ISO 8601"),
    ("01/15/2024 10:30:00", "datetime", datetime.datetime(2024, 1, 15, 10, 30), "System.DateTime",
     "DateTime.Parse invariant month/day/year"),
    ("January 15, 2024", "datetime", datetime.datetime(2024, 1, 15), "System.DateTime", "DateTime.Parse names"),
    ("1/15/2024 3:04 PM", "datetime", datetime.datetime(2024, 1, 15, 15, 4), "System.DateTime", "AM/PM"),
]


@pytest.mark.parametrize("value,target,expected,net_type,source", CASTS)
def test_convert_to(value, target, expected, net_type, source):
    result = convert_to(value, target)
    assert result == expected, source
    assert type_name(result) == net_type, source


# (value, type, message, error id, source)
CAST_ERRORS = [
    ("abc", "int", 'Cannot convert value "abc" to type "System.Int32". Error: "The input string \'abc\' was not '
     'in a correct format."', "InvalidCastFromStringToInteger", "LanguagePrimitives.ConvertStringToInteger"),
    ("2147483648", "int", 'Cannot convert value "2147483648" to type "System.Int32". Error: "Value was either too '
     'large or too small for an Int32."', "InvalidCastFromStringToInteger", "Int32Converter overflow"),
    (3e10, "int", 'Cannot convert value "30000000000" to type "System.Int32". Error: "Value was either too large '
     'or too small for an Int32."', "InvalidCastIConvertible", "LanguagePrimitives.ConvertNumeric"),
    (-1, "byte", 'Cannot convert value "-1" to type "System.Byte". Error: "Value was either too large or too small '
     'for an unsigned byte."', "InvalidCastIConvertible", ".NET OverflowException for Byte"),
    ("abc", "double", 'Cannot convert value "abc" to type "System.Double". Error: "The input string \'abc\' was not '
     'in a correct format."', "InvalidCastFromStringToDoubleOrSingle", "LanguagePrimitives.ConvertStringToReal"),
    ([1, 2], "int", 'Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".',
     "ConvertToFinalInvalidCastException", "ExtendedTypeSystem.InvalidCastException"),
    ("AB", "char", 'Cannot convert value "AB" to type "System.Char". Error: "String must be exactly one character '
     'long."', "InvalidCastParseTargetInvocation", "Char.Parse"),
    ("abc", "datetime", 'Cannot convert value "abc" to type "System.DateTime". Error: "String \'abc\' was not '
     'recognized as a valid DateTime."', "InvalidCastParseTargetInvocationWithFormatProvider", "DateTime.Parse"),
    ("x", "NoSuchType", "Unable to find type [NoSuchType].", "TypeNotFound", "PowerShell's TypeNotFound error"),
]


@pytest.mark.parametrize("value,target,message,error_id,source", CAST_ERRORS)
def test_convert_to_errors(value, target, message, error_id, source):
    with pytest.raises(ScriptRuntimeError) as info:
        convert_to(value, target)
    assert info.value.message == message, source
    assert info.value.error_id == error_id, source


def test_cast_error_is_invalid_cast_exception():
    with pytest.raises(ScriptRuntimeError) as info:
        convert_to("abc", "int")
    assert info.value.exception_type == "System.Management.Automation.PSInvalidCastException"
    assert info.value.category == "InvalidArgument"


def test_typed_arrays_and_lists():
    ints = convert_to([1, "2"], "int[]")
    assert isinstance(ints, TypedArray) and ints == [1, 2] and type_name(ints) == "System.Int32[]"
    assert type_name(convert_to("5", "string[]")) == "System.String[]"  # about_Arrays: [string[]]$result
    assert convert_to("abc", "char[]") == ["a", "b", "c"]
    strings = convert_to(["a", "b", "c"], "System.Collections.Generic.List[string]")
    # about_Member-Access_Enumeration: $Collection.ToString() of a List[string]
    assert type_name(strings) == "System.Collections.Generic.List`1[System.String]"
    assert type_name(convert_to([1], "System.Collections.ArrayList")) == "System.Collections.ArrayList"


def test_pscustomobject_and_hashtable_casts():
    obj = convert_to(Hashtable({"a": 1, "b": 2}), "pscustomobject")
    assert isinstance(obj, PSObject) and obj.property_names() == ["a", "b"]
    ordered = convert_to(Hashtable({"z": 1, "y": 2}), "ordered")
    assert ordered.ordered and list(ordered) == ["z", "y"]
    assert convert_to(5, "pscustomobject") == 5


def test_enum_casts():
    assert to_string(convert_to("monday", "System.DayOfWeek")) == "Monday"
    assert to_string(convert_to(1, "DayOfWeek")) == "Monday"


def test_try_convert_to_is_as():
    assert try_convert_to("5", "int") == 5
    assert try_convert_to("abc", "int") is None


def test_type_names_and_accelerators():
    assert resolve_type_name("int") == "System.Int32"
    assert resolve_type_name("[INT]") == "System.Int32"
    assert resolve_type_name("Int32") == "System.Int32"  # 'System.' is optional
    assert resolve_type_name("pscustomobject") == "System.Management.Automation.PSObject"
    assert resolve_type_name("string[]") == "System.String[]"
    assert resolve_type_name("Collections.Generic.List[int]") == "System.Collections.Generic.List`1[System.Int32]"
    assert lookup_type_name("NoSuchType") is None
    assert short_name("System.Collections.Generic.List`1[System.String]") == "List`1"
    assert short_name("System.Object[]") == "Object[]"


TYPE_NAMES = [
    (5, "System.Int32"), (3000000000, "System.Int64"), (PSInt64(5), "System.Int64"), (PSByte(1), "System.Byte"),
    (PSUInt64(1), "System.UInt64"), (1.5, "System.Double"), (PSSingle(1.5), "System.Single"),
    (D("1.5"), "System.Decimal"), ("s", "System.String"), (PSChar("c"), "System.Char"), (True, "System.Boolean"),
    ([1], "System.Object[]"), (Hashtable(), "System.Collections.Hashtable"),
    (Hashtable(ordered=True), "System.Collections.Specialized.OrderedDictionary"),
    (PSObject(), "System.Management.Automation.PSCustomObject"), (datetime.datetime.now(), "System.DateTime"),
    (datetime.timedelta(0), "System.TimeSpan"), (ArrayList(), "System.Collections.ArrayList"),
]


@pytest.mark.parametrize("value,expected", TYPE_NAMES)
def test_type_name(value, expected):
    assert type_name(value) == expected


IS_CHECKS = [
    (1, "int", True), (1, "long", False), (1, "ValueType", True), (1, "object", True), ("a", "string", True),
    ([1], "array", True), ([1], "object[]", True), (ArrayList(), "array", False), (Hashtable(), "hashtable", True),
    (Hashtable(ordered=True), "System.Collections.IDictionary", True), (PSObject(), "pscustomobject", True),
    (5, "psobject", False), (None, "object", False), (convert_to(["a"], "string[]"), "object[]", True),
]


@pytest.mark.parametrize("value,target,expected", IS_CHECKS)
def test_is_instance(value, target, expected):
    # about_Comparison_Operators (-is) and about_Type_Operators
    assert is_instance(value, target) is expected


def test_to_number_and_to_int():
    assert to_number("10") == 10
    assert to_number(" 1.5 ") == 1.5
    assert to_number(None) == 0
    assert to_number(True) == 1
    assert to_int("7") == 7
    with pytest.raises(ScriptRuntimeError):
        to_number("abc")


# ---------------------------------------------------------------- properties

int32s = st.integers(min_value=-2**31, max_value=2**31 - 1)


@given(int32s)
def test_int_text_round_trips(n):
    assert to_string(to_int(str(n))) == str(n)
    assert parse_number_text(" %d " % n) == n


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300))
def test_g15_text_parses_back_close(x):
    text = format_double(x)
    assert float(text) == pytest.approx(x, rel=1e-14, abs=1e-300)
    assert float(roundtrip_text(x)) == x


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e9, max_value=1e9))
def test_int_cast_is_bankers_rounding(x):
    assert convert_to(x, "int") == round(x)


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**20, max_value=10**20, places=6))
def test_decimal_string_round_trips(d):
    assert D(to_string(d)) == d
