""".NET composite and value formatting (-f, [string]::Format, ToString(format)); rows cite their source."""
from __future__ import annotations

import datetime
import decimal

import pytest
from hypothesis import given, strategies as st

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.values.composite_format import FormatError, composite_format, format_operator, format_value
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.text.dates import format_datetime, format_timespan
from pyposh.interpreter.values.objects import Hashtable

D = decimal.Decimal
STD = ".NET docs: Standard numeric format strings"
CUS = ".NET docs: Custom numeric format strings"
DT = ".NET docs: Standard/Custom date and time format strings"

COMPOSITE = [
    ("a{0}b{1}", [1, "x"], "a1bx", "core/strings"),
    ("{0:N2}", [3.14159], "3.14", "core/strings"),
    ("{0,5}|", [42], "   42|", "core/strings"),
    ("{0} {1,-10} {2:N}", [1, "hello", 3.141592653589793], "1 hello      3.14", "about_Operators: -f"),
    ("{0:00} {1:000} {2:000000}", [7, 24, 365], "07 024 000365", "about_Operators: -f"),
    ("Has flag {0,-12}: {1}", ["'Commands'", True], "Has flag 'Commands'  : True", "about_Enum: -f"),
    ("{{0}} {0}", [1], "{0} 1", ".NET docs: Composite formatting, escaping braces"),
    ("{0}", [None], "", "null formats as empty"),
    ("{0}", [[1, 2]], "System.Object[]", "an array argument formats by its type name"),
    ("{0}", [Hashtable()], "System.Collections.Hashtable", "Hashtable.ToString()"),
    ("{0}", [0.1 + 0.2], "0.30000000000000004", ".NET Core: Double.ToString() round-trips"),
    ("{0}", [1e16], "10000000000000000", ".NET Core: 'R' is fixed up to 17 digits"),
    ("{0}", [1e17], "1E+17", ".NET Core: 'R' beyond 17 digits"),
    ("{0}", [datetime.datetime(2024, 1, 15, 13, 5, 9)], "1/15/2024 1:05:09 PM", "en-US general date 'G'"),
    ("{0:yyyy-MM-dd HH:mm:ss}", [datetime.datetime(2024, 1, 15, 13, 5, 9)], "2024-01-15 13:05:09", DT),
    ("{0 , 4 }|", [1], "   1|", ".NET: spaces around the index and alignment"),
]


@pytest.mark.parametrize("fmt,args,expected,source", COMPOSITE)
def test_composite_format(fmt, args, expected, source):
    assert composite_format(fmt, args) == expected, source


COMPOSITE_ERRORS = [
    ("{1}", [1], "Index (zero based) must be greater than or equal to zero and less than the size of the argument "
     "list."),
    ("{0", [1], "Input string was not in a correct format. Failure to parse near offset 2. Format item ends "
     "prematurely."),
    ("{x}", [1], "Input string was not in a correct format. Failure to parse near offset 1. Expected an ASCII "
     "digit."),
    ("a}b", [1], "Input string was not in a correct format. Failure to parse near offset 2. Unexpected closing "
     "brace without a corresponding opening brace."),
]


@pytest.mark.parametrize("fmt,args,message", COMPOSITE_ERRORS)
def test_composite_errors(fmt, args, message):
    # .NET 8 FormatException messages (dotnet/runtime PR #85106 added the offset and reason)
    with pytest.raises(FormatError) as info:
        composite_format(fmt, args)
    assert str(info.value) == message


def test_format_operator_wraps_errors():
    # PowerShell: "Error formatting a string: <.NET message>." (id FormatError)
    with pytest.raises(ScriptRuntimeError) as info:
        format_operator("{1}", 1)
    assert info.value.message.startswith("Error formatting a string: Index (zero based)")
    assert info.value.message.endswith("argument list..")
    assert info.value.error_id == "FormatError"
    assert format_operator("{0}-{1}", [1, 2]) == "1-2"
    assert format_operator("{0}", 5) == "5"


NUMBERS = [
    (1234.5678, "C", "$1,234.57", STD), (-1234.5678, "C", "-$1,234.57", STD + " (en-US with ICU)"),
    (1234, "D", "1234", STD), (-1234, "D6", "-001234", STD), (1052.0329112756, "E", "1.052033E+003", STD),
    (-1052.0329112756, "e2", "-1.05e+003", STD), (1234.567, "F", "1234.57", STD), (1234, "F1", "1234.0", STD),
    (-1234.56, "F4", "-1234.5600", STD), (-123.456, "G", "-123.456", STD), (123.4546, "G4", "123.5", STD),
    (-1.234567890e-25, "G", "-1.23456789E-25", STD), (1234.567, "N", "1,234.57", STD), (1234, "N1", "1,234.0", STD),
    (-1234.56, "N3", "-1,234.560", STD), (1, "P", "100.00%", STD + " (en-US with ICU)"),
    (-0.39678, "P1", "-39.7%", STD), (123456789.12345678, "R", "123456789.12345678", STD),
    (255, "X", "FF", STD), (-1, "x", "ffffffff", STD), (255, "X4", "00FF", STD),
    (convert_to(-1, "long"), "X", "FFFFFFFFFFFFFFFF", STD), (5, "B8", "00000101", ".NET 8 binary format"),
    (2.675, "N2", "2.67", "Dragon4 on the exact binary value (2.67499999...)"),
    (0.125, "F2", "0.12", "Dragon4: an exact tie rounds to the even digit"),
    (2.5, "F0", "2", "dotnet/runtime#1640: F0 rounds ties to even"),
    (D("2.5"), "F0", "3", "decimal digits round half away from zero"),
    (D("1.50"), "G", "1.50", ".NET decimal 'G' keeps trailing zeros"),
    (-0.001, "F2", "-0.00", ".NET Core 3.0+: negative zero keeps its sign"),
    (1e20, "N0", "100,000,000,000,000,000,000", STD),
    (1.0, "G", "1", STD), (float("nan"), "N2", "NaN", "NaNSymbol"),
    # custom formats
    (1.2, "00.00", "01.20", CUS), (0.086, "#0.##%", "8.6%", CUS), (86000, "0.###E+0", "8.6E+4", CUS),
    (1234567.891, "#,##0.00", "1,234,567.89", CUS), (1234567890, "#,#", "1,234,567,890", CUS),
    (1234567890, "#,##0,,", "1,235", CUS + ": scaling commas"), (123456789, "###-##-####", "123-45-6789", CUS),
    (0.5, "#.##", ".5", CUS), (123.456, "#.##", "123.46", CUS), (2.675, "0.00", "2.68",
                                                                  "custom formats round 15 digits half up"),
    (-5, "0;(0)", "(5)", CUS + ": sections"), (0, "0;(0);zero", "zero", CUS), (5, "0;(0);zero", "5", CUS),
    (-0.1, "0", "-0", "dotnet/runtime#32458: -0 in .NET Core"), (1.5, "'abc'", "abc", CUS + ": literal only"),
    (42, "\\#0", "#42", CUS + ": backslash escape"), (0.5, "0%", "50%", CUS), (1234, "0000000", "0001234", CUS),
]


@pytest.mark.parametrize("value,fmt,expected,source", NUMBERS)
def test_number_formats(value, fmt, expected, source):
    assert format_value(value, fmt) == expected, source


def test_bad_numeric_specifier():
    with pytest.raises(FormatError):
        format_value(1.5, "D")  # .NET: 'D' is for integral types only
    with pytest.raises(FormatError):
        format_value(1.5, "X")


STAMP = datetime.datetime(2009, 6, 15, 13, 45, 30, 617000)
DATES = [
    ("d", "6/15/2009", DT), ("D", "Monday, June 15, 2009", DT), ("f", "Monday, June 15, 2009 1:45 PM", DT),
    ("F", "Monday, June 15, 2009 1:45:30 PM", DT), ("g", "6/15/2009 1:45 PM", DT), ("G", "6/15/2009 1:45:30 PM", DT),
    ("M", "June 15", DT), ("s", "2009-06-15T13:45:30", DT), ("t", "1:45 PM", DT), ("T", "1:45:30 PM", DT),
    ("u", "2009-06-15 13:45:30Z", DT), ("Y", "June 2009", DT), ("o", "2009-06-15T13:45:30.6170000", DT),
    ("yyyy-MM-dd HH:mm:ss", "2009-06-15 13:45:30", DT), ("dddd", "Monday", DT), ("ddd MMM", "Mon Jun", DT),
    ("MMMM", "June", DT), ("hh:mm tt", "01:45 PM", DT), ("fff", "617", DT), ("FFFF", "617", DT),
    ("yy", "09", DT), ("%d", "15", DT + ": a single custom specifier needs %"), ("'Day' d", "Day 15", DT),
    ("HH\\hmm", "13h45", DT + ": backslash escape"),
]


@pytest.mark.parametrize("fmt,expected,source", DATES)
def test_datetime_formats(fmt, expected, source):
    assert format_datetime(STAMP, fmt) == expected, source


def test_invariant_datetime_and_timespans():
    assert format_datetime(STAMP, "G", "invariant") == "06/15/2009 13:45:30"
    span = datetime.timedelta(days=3, hours=17, minutes=25, seconds=30, microseconds=500000)
    assert format_timespan(span) == "3.17:25:30.5000000"  # .NET docs: Standard TimeSpan format strings
    assert format_timespan(span, "g") == "3:17:25:30.5"
    assert format_timespan(span, "G") == "3:17:25:30.5000000"
    assert format_timespan(span, "hh\\:mm") == "17:25"  # .NET docs: Custom TimeSpan format strings
    assert format_value(span, None) == "3.17:25:30.5000000"


@given(st.integers(min_value=-2**63, max_value=2**63 - 1))
def test_integers_format_like_python(n):
    assert composite_format("{0}", [n]) == str(n)
    assert format_value(n, "N0") == f"{n:,}"
    assert format_value(n, "D12") == ("-" if n < 0 else "") + str(abs(n)).zfill(12)


@given(st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**9, max_value=10**9, places=4))
def test_decimal_fixed_rounds_half_away_from_zero(d):
    expected = d.quantize(D("0.01"), rounding=decimal.ROUND_HALF_UP)
    text = format_value(d, "F2")
    assert D(text) == expected


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12))
def test_double_fixed_uses_exact_value_ties_to_even(x):
    expected = D(x).quantize(D("0.001"), rounding=decimal.ROUND_HALF_EVEN)
    assert D(format_value(x, "F3")) == expected
