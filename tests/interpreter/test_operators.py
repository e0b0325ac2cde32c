"""Operators: arithmetic, comparison, matching, replace, split, join, type operators (rows cite their source)."""
from __future__ import annotations

import datetime
import decimal

import pytest
from hypothesis import given, strategies as st

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import PSChar, to_string, type_name
from pyposh.interpreter.values.comparison import compare_strings, compare_values, values_equal
from pyposh.interpreter.values.regex_dialect import DotNetRegex, compile_regex, parse_options, translate
from pyposh.interpreter.values.operators import (
    binary_operation as B, match_operation, replace_operation, split_operation, unary_operation as U,
)
from pyposh.interpreter.values.objects import Hashtable, PSObject
from pyposh.interpreter.text.wildcard import WildcardPatternError, has_wildcards, wildcard_match

D = decimal.Decimal
AR = "about_Arithmetic_Operators"
CO = "about_Comparison_Operators"
SP = "about_Split"

# (op, left, right, expected value, expected .NET type or None, source)
ARITHMETIC = [
    ("+", "10", 5, "105", "System.String", "core/arith: \"10\" + 5"),
    ("+", 5, "10", 15, "System.Int32", "core/arith: 5 + \"10\""),
    ("/", 7, 2, 3.5, "System.Double", "core/arith: 7 / 2"),
    ("/", 6, 3, 2, "System.Int32", "core/arith: 6 / 3"),
    ("%", 10, 3, 1, "System.Int32", "core/arith: 10 % 3"),
    ("%", -7, 3, -1, "System.Int32", "core/arith: -7 % 3 (sign of the dividend)"),
    ("*", "ab", 3, "ababab", "System.String", "core/arith: \"ab\" * 3"),
    ("+", 2147483647, 1, 2147483648, "System.Double", "core/arith: 2147483647 + 1; NumericOps.cs IntOps.Add"),
    ("*", 512 * 2**20, 512 * 2**20, 2**58, "System.Double", AR + ": 512MB * 512MB is a Double"),
    ("+", -2**31, convert_to(2**32 - 1, "uint"), 2**31 - 1, "System.Int64", AR + ": Int32 + UInt32 is Int64"),
    ("+", convert_to(2**63 - 1, "ulong"), 2, 2**63 + 1, "System.UInt64", AR + ": 9223372036854775807ul + 2"),
    ("+", convert_to(2**64 - 1, "ulong"), 1, float(2**64), "System.Double", AR + ": [ulong]::MaxValue + 1"),
    ("+", 2**63 - 1, 2, float(2**63 + 1), "System.Double", AR + ": Int64 overflow becomes Double"),
    ("/", 1, 1.9, 1 / 1.9, "System.Double", AR + ": 1 / 1.9"),
    ("/", 1, 2, 0.5, "System.Double", AR + ": 1 / [int]1.9"),
    ("+", 6, 4, 10, "System.Int32", AR + ": $intA + $intB"),
    ("+", "Power", "Shell", "PowerShell", "System.String", AR + ": $a + $b"),
    ("+", 6, "3", 9, "System.Int32", "about_Assignment_Operators: $a = 6; $a += '3'"),
    ("+", "27", 3, "273", "System.String", "about_Assignment_Operators: [string]$a = 27; $a += 3"),
    ("+", "10", "2", "102", "System.String", TC := "about_Type_Conversion: '10' + '2'"),
    ("*", "10", "2", "1010", "System.String", "about_Type_Conversion: '10' * '2'"),
    ("-", "10", 5, 5, "System.Int32", "string on the left of - converts to a number"),
    ("+", 2, 3.1, 5.1, "System.Double", AR + ": 2 + 3.1"),
    ("+", convert_to(1, "long"), 1, 2, "System.Int64", "NumericOps LongOps.Add keeps Int64"),
    ("+", convert_to(1, "byte"), convert_to(1, "byte"), 2, "System.Int32", "byte arithmetic widens to Int32"),
    ("+", D("1.5"), 1, D("2.5"), "System.Decimal", AR + ": Decimal operand gives Decimal"),
    ("/", D(1), D(3), D("0.3333333333333333333333333333"), "System.Decimal", ".NET decimal division"),
    ("/", D(10), D(4), D("2.5"), "System.Decimal", ".NET decimal division"),
    ("*", convert_to(1, "bigint"), 1.9, 1, "System.Numerics.BigInteger", AR + ": [bigint]1 / 1.9 truncates"),
    ("/", convert_to(1, "bigint"), 1.9, 1, "System.Numerics.BigInteger", AR + ": [bigint]1 / 1.9"),
    ("+", 5, None, 5, "System.Int32", "$null is zero in arithmetic"),
    ("-", None, 5, -5, "System.Int32", "$null is zero in arithmetic"),
    ("/", 1.0, 0, float("inf"), "System.Double", "double division by zero is Infinity"),
    ("band", 5, 3, 1, "System.Int32", AR + ": 5 -band 3"),
    ("bor", 5, 0x03, 7, "System.Int32", AR + ": 5 -bor 0x03"),
    ("bxor", 5, 3, 6, "System.Int32", AR + ": 5 -bxor 3"),
    ("band", 10, 3, 2, "System.Int32", AR + ": 10 -band 3"),
    ("bor", 10, 3, 11, "System.Int32", AR + ": 10 -bor 3"),
    ("bxor", 10, 3, 9, "System.Int32", AR + ": 10 -bxor 3"),
    ("shl", 102, 2, 408, "System.Int32", AR + ": 102 -shl 2"),
    ("shr", 102, 2, 25, "System.Int32", AR + ": 102 -shr 2"),
    ("shr", 102, 1, 51, "System.Int32", AR + ": 102 -shr 1"),
    ("shl", 1, 31, -2**31, "System.Int32", "C# shift on Int32 wraps"),
]


@pytest.mark.parametrize("op,left,right,expected,net_type,source", ARITHMETIC)
def test_arithmetic(op, left, right, expected, net_type, source):
    result = B(op, left, right)
    assert result == expected, source
    assert type_name(result) == net_type, source


def test_collections_and_hashtables():
    assert B("+", [1, 2], 3) == [1, 2, 3]  # core/arith: (1,2) + 3
    assert B("+", [1, "one"], [2.0, "two"]) == [1, "one", 2.0, "two"]  # about_Arithmetic_Operators
    assert B("*", ["!"], 4) == ["!", "!", "!", "!"]  # about_Arithmetic_Operators: @("!") * 4
    assert B("+", [1], None) == [1, None]  # adding $null appends an element
    merged = B("+", Hashtable({"one": 1}), Hashtable({"two": 2}))
    assert list(merged) == ["one", "two"]  # about_Arithmetic_Operators: @{"one"=1} + @{"two"=2}
    start = datetime.datetime(2024, 1, 1)
    assert B("+", start, datetime.timedelta(days=1)) == datetime.datetime(2024, 1, 2)
    assert B("-", datetime.datetime(2024, 1, 2), start) == datetime.timedelta(days=1)


# (op, left, right, message, error id, .NET exception, source)
ARITHMETIC_ERRORS = [
    ("/", 1, 0, "Attempted to divide by zero.", "RuntimeException", "System.DivideByZeroException",
     "core/errors: 1 / $zero; NumericOps IntOps.Divide"),
    ("%", 1, 0, "Attempted to divide by zero.", "RuntimeException", "System.DivideByZeroException", "IntOps"),
    ("/", D(1), 0, "Attempted to divide by zero.", "RuntimeException", "System.DivideByZeroException", "DecimalOps"),
    ("+", Hashtable({"a": 1}), 2, "A hash table can only be added to another hash table.",
     "AddHashTableToNonHashTable", "System.Management.Automation.RuntimeException", AR),
    ("+", Hashtable({"c": 1}), Hashtable({"c": 2}), "Item has already been added. Key in dictionary: 'c'  Key "
     "being added: 'c'", "System.ArgumentException", "System.ArgumentException", AR),
    ("+", 16, "file", 'Cannot convert value "file" to type "System.Int32". Error: "The input string \'file\' was '
     'not in a correct format."', "InvalidCastFromStringToInteger",
     "System.Management.Automation.PSInvalidCastException", AR + ": 16 + \"file\""),
    ("-", [1], 1, "Method invocation failed because [System.Object[]] does not contain a method named "
     "'op_Subtraction'.", "MethodNotFound", "System.Management.Automation.RuntimeException", "binder op_ methods"),
    ("+", PSObject({"a": 1}), 1, "Method invocation failed because [System.Management.Automation.PSObject] does "
     "not contain a method named 'op_Addition'.", "MethodNotFound", "System.Management.Automation.RuntimeException",
     "binder op_ methods"),
    ("+", D("79228162514264337593543950335"), 1, "Value was either too large or too small for a Decimal.",
     "RuntimeException", "System.OverflowException", AR + ": [Decimal]::maxvalue + 1"),
]


@pytest.mark.parametrize("op,left,right,message,error_id,exception,source", ARITHMETIC_ERRORS)
def test_arithmetic_errors(op, left, right, message, error_id, exception, source):
    with pytest.raises(ScriptRuntimeError) as info:
        B(op, left, right)
    assert info.value.message == message, source
    assert info.value.error_id == error_id, source
    assert info.value.exception_type == exception, source


UNARY = [
    ("-", 6, -6, AR + ": - -6"), ("-", "5", -5, "unary minus converts strings"), ("+", "123", 123, AR + ": + '123'"),
    ("bnot", 5, -6, AR + ": -bnot 5"), ("bnot", 10, -11, AR + ": -bNot 10"), ("!", 0, True, "about_Logical_Operators"),
    ("not", "x", False, "about_Logical_Operators"), ("join", [1, 2, 3], "123", "about_Join: -join (1,2,3)"),
    (",", 1, [1], "about_Operators: unary comma"),
]


@pytest.mark.parametrize("op,operand,expected,source", UNARY)
def test_unary(op, operand, expected, source):
    assert U(op, operand) == expected, source


def test_unary_split():
    assert U("split", "red yellow blue green") == ["red", "yellow", "blue", "green"]  # about_Split
    assert U("split", ["1 2", "a b"]) == ["1", "2", "a", "b"]  # about_Split: -split ("1 2", "a b")
    assert U("split", "  a  b ") == ["a", "b"]


# (op, left, right, expected, source)
COMPARISONS = [
    ("eq", 1, "1.0", True, CO + ": 1 -eq '1.0'"),
    ("eq", "1.0", 1, False, CO + ": '1.0' -eq 1"),
    ("eq", 2, 2, True, CO), ("eq", 2, 3, False, CO), ("eq", "abc", "abc", True, CO),
    ("eq", "abc", ["abc", "def"], False, CO + ": right-hand collections are singletons"),
    ("ne", "abc", ["abc", "def"], True, CO),
    ("eq", "ABC", "abc", True, "core/strings: case-insensitive by default"),
    ("ceq", "ABC", "abc", False, "core/strings: -ceq"),
    ("gt", 8, 6, True, CO), ("ge", 8, 8, True, CO), ("lt", 6, 8, True, CO), ("le", 8, 8, True, CO),
    ("lt", "a", "z", True, CO + ": 'a' -lt 'z'"),
    ("ilt", "macOS", "MacOS", False, CO + ": 'macOS' -ilt 'MacOS'"),
    ("ilt", "MacOS", "macOS", False, CO + ": 'MacOS' -ilt 'macOS'"),
    ("clt", "macOS", "MacOS", True, CO + ": 'm' comes before 'M'"),
    ("lt", datetime.datetime(2001, 11, 12), "2020-08-01", True, CO + ": date comparison"),
    ("eq", True, "false", True, "about_Booleans: a non-empty string is true"),
    ("eq", None, None, True, CO), ("eq", None, [], False, "core/collections: $null -eq @()"),
    ("eq", 0, None, False, "LanguagePrimitives.Equals: null is only equal to null"),
    ("lt", None, 0, True, "LanguagePrimitives.CompareObjectToNull"),
    ("gt", None, -1, True, "LanguagePrimitives.CompareObjectToNull: negative numbers sort below $null"),
    ("eq", PSChar("a"), "A", True, "CharOps.CompareIeq"),
    ("eq", 0.1, D("0.1"), True, "LanguagePrimitives.NumericCompareDecimal converts the double"),
    ("eq", 1, True, True, "bool converts to 1"),
    ("like", "PowerShell", "*shell", True, CO), ("notlike", "PowerShell", "*shell", False, CO),
    ("like", "PowerShell", "Power?hell", True, CO), ("like", "PowerShell", "Power[p-w]hell", True, CO),
    ("like", "f??", "f`?`?", True, CO + ": escaped wildcards"), ("like", "for", "f`?`?", False, CO),
    ("like", "abc", "a*", True, "core/strings: 'abc' -like 'a*'"),
    ("clike", "ABC", "a*", False, "-clike is case-sensitive"),
    ("match", "PowerShell", "shell", True, CO), ("like", "PowerShell", "shell", False, CO),
    ("match", "PowerShell", r"^Power\w+", True, CO), ("notmatch", "bag", "b[iou]g", True, CO),
    ("contains", ["abc", "def"], "def", True, CO), ("notcontains", ["abc", "def"], "def", False, CO),
    ("contains", ["Windows", "PowerShell"], "Shell", False, CO),
    ("contains", ["abc", "def", "ghi"], ["abc", "def"], False, CO),
    ("contains", ["abc def", "ghi"], ["abc", "def"], True, CO + ": the collection converts to 'abc def'"),
    ("in", "def", ["abc", "def"], True, CO), ("notin", "def", ["abc", "def"], False, CO),
    ("in", ["abc", "def"], ["abc", "def", "ghi"], False, CO),
    ("in", True, ["true", "false"], True, "about_Type_Conversion: $true -in 'true', 'false'"),
    ("contains", ["true", "false"], True, True, "about_Type_Conversion: 'true', 'false' -contains $true"),
    ("contains", [1, 2, 3], 2, True, "core/collections"), ("in", 3, [1, 2, 3], True, "core/collections"),
    ("is", 1, "int", True, CO + ": $a -is [int]"), ("isnot", "1", "int", True, CO + ": $b -isnot [int]"),
    ("as", "5", "int", 5, "about_Type_Operators: -as"), ("as", "abc", "int", None, "-as gives $null on failure"),
]


@pytest.mark.parametrize("op,left,right,expected,source", COMPARISONS)
def test_comparisons(op, left, right, expected, source):
    assert B(op, left, right) == expected, source


FILTERS = [
    ("gt", [5, 6, 7, 8, 9], 7, [8, 9], CO + ": $a -gt 7"), ("ge", [5, 6, 7, 8, 9], 7, [7, 8, 9], CO),
    ("lt", [5, 6, 7, 8, 9], 7, [5, 6], CO), ("le", [5, 6, 7, 8, 9], 7, [5, 6, 7], CO),
    ("eq", [1, 2, 3], 2, [2], CO), ("eq", ["abc", "def"], "abc", ["abc"], CO),
    ("ne", ["abc", "def"], "abc", ["def"], CO),
    ("eq", ["zzz", "def", "zzz"], "zzz", ["zzz", "zzz"], CO), ("eq", [1, 2], 3, [], CO + ": no match gives @()"),
    ("ne", [1, 2, None, 4, None, 6], None, [1, 2, 4, 6], CO + ": $a -ne $null"),
    ("like", ["PowerShell", "Server"], "*shell", ["PowerShell"], CO),
    ("notlike", ["PowerShell", "Server"], "*shell", ["Server"], CO),
    ("match", ["Rhell", "Chell", "Mel", "Smell", "Shell"], "hell", ["Rhell", "Chell", "Shell"], CO),
    ("notmatch", ["Bag", "Beg", "Big", "Bog", "Bug"], "b[iou]g", ["Bag", "Beg"], CO),
    ("like", [1, 12], "1*", ["1", "12"], CO + ": -like returns the members as strings"),
    ("gt", [" ", "`", "~", "!", "@", "#", "$", "%", "^", "&", "*", "(", ")", "_", "+", "-", "=", "{", "}", "[",
            "]", ":", ";", '"', "'", "\\", "|", "/", "?", ".", ">", ",", "<"], "a", [],
     CO + ": no keyboard symbol sorts after 'a'"),
]


@pytest.mark.parametrize("op,left,right,expected,source", FILTERS)
def test_collection_filters(op, left, right, expected, source):
    assert B(op, left, right) == expected, source


def test_match_sets_matches():
    result, matches = match_operation("match", "hello", "l+")
    assert result is True and matches[0] == "ll"  # core/strings: $Matches[0]
    result, matches = match_operation("match", r"The last logged on user was CONTOSO\jsmith",
                                      r"was (?<domain>.+)\\(?<user>.+)")
    assert (matches["domain"], matches["user"], matches[0]) == ("CONTOSO", "jsmith", r"was CONTOSO\jsmith")
    assert list(matches) == ["domain", "user", 0]  # about_Comparison_Operators shows this order
    assert match_operation("match", "abc", "x") == (False, None)  # no match: $Matches is left alone
    assert match_operation("notmatch", "abc", "b")[0] is False  # -notmatch that matched still sets $Matches
    assert match_operation("notmatch", "abc", "b")[1][0] == "b"
    assert match_operation("match", ["a", "b"], "a") == (["a"], None)  # a collection never sets $Matches
    assert match_operation("cmatch", "ABC", "a") == (False, None)
    _, unmatched = match_operation("match", "ac", "a(b)?c")
    assert 1 not in unmatched  # groups that did not take part are absent


def test_match_numbers_unnamed_groups_first():
    # .NET numbers unnamed groups before named ones
    _, matches = match_operation("match", "xy", "(?<a>x)(y)")
    assert matches[1] == "y" and matches["a"] == "x" and 2 not in matches


REPLACE = [
    ("ireplace", "book", ["B", "C"], "Cook", CO), ("creplace", "book", ["B", "C"], "book", CO),
    ("replace", "abc", ["b", "X"], "aXc", "core/strings"),
    ("replace", r"Contoso.local\John.Doe", [r"^(?<DomainName>[\w-.]+)\\(?<Username>[\w-.]+)$",
                                            "${Username}@${DomainName}"], "John.Doe@Contoso.local", CO),
    ("replace", "Hello World", [r"(\w+) \w+", "$1 Universe"], "Hello Universe", CO),
    ("replace", "5.72", ["(.+)", "$ $1"], "$ 5.72", CO), ("replace", "5.72", ["(.+)", "$$$1"], "$5.72", CO),
    ("replace", "5.72", ["(.+)", "$$1"], "$1", CO), ("replace", "Gobble", ["Gobble", "$& $&"], "Gobble Gobble",
                                                     "about_Regular_Expressions"),
    ("replace", ["B1", "B2", "B3"], ["B", "a"], ["a1", "a2", "a3"], CO + ": substituting in a collection"),
    ("replace", 1.2, ",", "1.2", CO + ": culture-insensitive conversion of the left operand"),
    ("replace", "abc", "b", "ac", "one element: replace with nothing"),
    ("replace", "abc", ["(b)", "[$10]"], "a[$10]c", ".NET: an unknown group number stays literal"),
    ("replace", "abc", ["b", "$`|$'|$_"], "aa|c|abcc", ".NET substitutions $` $' $_"),
]


@pytest.mark.parametrize("op,left,right,expected,source", REPLACE)
def test_replace(op, left, right, expected, source):
    assert replace_operation(op, left, right) == expected, source


def test_replace_with_scriptblock():
    # about_Comparison_Operators: '072101108108111' -replace '\d{3}', {return [char][int]$_.Value}
    block = lambda m: [convert_to(convert_to(m.Value, "int"), "char")]  # noqa: E731
    assert replace_operation("replace", "072101108108111", [r"\d{3}", block]) == "Hello"


def test_replace_errors():
    with pytest.raises(ScriptRuntimeError) as info:
        replace_operation("replace", "a", ["a", "b", "c"])
    assert info.value.message == "The -replace operator allows only two elements to follow it, not 3."
    with pytest.raises(ScriptRuntimeError) as info:
        replace_operation("replace", "a", ["(", "b"])
    assert info.value.message == "The regular expression pattern ( is not valid."


PLANETS = "Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune"
SPLITS = [
    ("split", "a,b,c", ",", ["a", "b", "c"], "core/strings"),
    ("split", "a,b,c,d,e,f,g,h", [",", 3], ["a", "b", "c,d,e,f,g,h"], SP),
    ("split", "a,b,c,d,e,f,g,h", [",", -3], ["a,b,c,d,e,f", "g", "h"], SP),
    ("split", ["a,b,c,d", "e,f,g,h"], [",", 3], ["a", "b", "c,d", "e", "f", "g,h"], SP),
    ("split", "This.is.a.test", r"\.", ["This", "is", "a", "test"], SP),
    ("split", "This.is.a.test", [".", 0, "SimpleMatch"], ["This", "is", "a", "test"], SP),
    ("split", PLANETS, "er", ["M", "cury,Venus,Earth,Mars,Jupit", ",Saturn,Uranus,Neptune"], SP),
    ("split", PLANETS, [",", -5], ["Mercury,Venus,Earth,Mars", "Jupiter", "Saturn", "Uranus", "Neptune"], SP),
    ("split", PLANETS, [",", 5], ["Mercury", "Venus", "Earth", "Mars", "Jupiter,Saturn,Uranus,Neptune"], SP),
    ("csplit", PLANETS, "N", ["Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,", "eptune"], SP),
    ("split", PLANETS, "[et]", ["M", "rcury,V", "nus,", "ar", "h,Mars,Jupi", "", "r,Sa", "urn,Uranus,N", "p", "un",
                                ""], SP),
    ("split", PLANETS, ["[er]", 6], ["M", "", "cu", "y,V", "nus,", "arth,Mars,Jupiter,Saturn,Uranus,Neptune"], SP),
    ("split", "Lastname:FirstName:Address", "(:)", ["Lastname", ":", "FirstName", ":", "Address"], SP),
    ("split", "Chocolate-Vanilla-Strawberry-Blueberry", ["(-)", 3],
     ["Chocolate", "-", "Vanilla", "-", "Strawberry-Blueberry"], SP),
    ("split", "1The first line.\n2The second line.", [r"^\d", 0, "multiline"],
     ["", "The first line.\n", "The second line."], SP),
    ("split", "LastName, FirstName; Address, City, State, Zip", ";",
     ["LastName, FirstName", " Address, City, State, Zip"], SP),
    ("split", "a1B2c", ["b", 0, "SimpleMatch,IgnoreCase"], ["a1", "2c"], SP + ": options"),
]


@pytest.mark.parametrize("op,left,right,expected,source", SPLITS)
def test_split(op, left, right, expected, source):
    result = split_operation(op, left, right)
    assert result == expected, source
    assert type_name(result) == "System.String[]"


def test_split_with_scriptblock():
    # about_Split: $c -split {$_ -eq "e" -or $_ -eq "p"}
    block = lambda ch: ch.lower() in ("e", "p")  # noqa: E731  (-eq ignores case)
    assert split_operation("split", PLANETS, block) == ["M", "rcury,V", "nus,", "arth,Mars,Ju", "it",
                                                        "r,Saturn,Uranus,N", "", "tun", ""]


def test_join_and_format_operators():
    assert B("join", [1, 2, 3], ",") == "1,2,3"  # about_Join
    assert B("join", "a", ",") == "a"
    assert B("join", [1, [2, 3]], ",") == "1,2 3"
    assert B("f", "a{0}b{1}", [1, "x"]) == "a1bx"  # core/strings
    assert B("..", 1, 3) == [1, 2, 3] and B("..", 3, 1) == [3, 2, 1]
    # about_Operators: 'c'..'X'
    assert "".join(B("..", "c", "X")) == "cba`_^]\\[ZYX"


def test_regex_dialect():
    assert translate(r"a\Z") == r"a(?=\n?\Z)"
    assert translate(r"(?'n'x)\k<n>") == r"(?P<n>x)\g<n>"
    assert compile_regex(r"^\p{IsBasicLatin}+$", 0).search("abc")
    assert parse_options("IgnoreCase, Multiline") == 3
    rx = DotNetRegex(r"(\d)(?<w>\w)")
    assert [g.Name for g in rx.Match("x1a").Groups] == ["0", "1", "w"]
    assert rx.Match("x1a").Groups["w"].Value == "a"


def test_wildcards():
    assert has_wildcards("a*") and not has_wildcards("a`*")
    assert wildcard_match("a[bc]d", "ACD") and not wildcard_match("a[bc]d", "ACD", ignore_case=False)
    with pytest.raises(WildcardPatternError):
        wildcard_match("a[", "a")


def test_string_collation():
    assert compare_strings("a", "B") < 0  # invariant culture: case-insensitive letters first
    assert compare_strings("_", "a") < 0 and compare_strings("1", "a") < 0
    assert compare_strings("abc", "ABC", ignore_case=True) == 0


# ---------------------------------------------------------------- properties: agree with PowerShell's tables

int32s = st.integers(min_value=-2**31, max_value=2**31 - 1)


@given(int32s, int32s)
def test_int32_arithmetic_widens_like_intops(a, b):
    # NumericOps.cs IntOps: the exact result when it fits Int32, else a Double
    for op, exact in (("+", a + b), ("-", a - b), ("*", a * b)):
        result = B(op, a, b)
        if -2**31 <= exact < 2**31:
            assert result == exact and type_name(result) == "System.Int32"
        else:
            assert result == float(exact) and type_name(result) == "System.Double"


@given(int32s, int32s.filter(lambda n: n != 0))
def test_int32_division_like_intops(a, b):
    result = B("/", a, b)
    if a % b == 0 and not (a == -2**31 and b == -1):
        assert result == a // b and type_name(result) == "System.Int32"
    else:
        assert result == float(a) / float(b)
    remainder = B("%", a, b)
    assert remainder == (abs(a) % abs(b)) * (-1 if a < 0 else 1)


@given(int32s, int32s)
def test_comparisons_agree_with_numbers_and_numeric_strings(a, b):
    assert B("eq", a, b) is (a == b)
    assert B("lt", a, b) is (a < b)
    assert B("ge", a, b) is (a >= b)
    # the right operand converts to the left's type
    assert B("eq", a, str(b)) is (a == b)
    assert B("gt", a, " %d " % b) is (a > b)
    # a string on the left compares as text
    assert B("eq", str(a), b) is (str(a) == str(b))


@given(st.text(max_size=8), st.text(max_size=8))
def test_string_order_is_antisymmetric(a, b):
    assert compare_strings(a, b) == -compare_strings(b, a)
    assert (compare_strings(a, b) == 0) == (a.lower() == b.lower())
    assert values_equal(a, b) == (compare_values(a, b) == 0)


@given(st.lists(st.integers(min_value=-100, max_value=100), max_size=10), st.integers(min_value=-100, max_value=100))
def test_filters_keep_order(items, n):
    assert B("gt", items, n) == [x for x in items if x > n]
    assert B("contains", items, n) is (n in items)
    assert B("in", n, items) is (n in items)


@given(st.text(alphabet="abc,", max_size=12))
def test_split_then_join_round_trips(text):
    assert B("join", B("split", text, ","), ",") == text
    assert to_string(B("split", text, [",", 0, "SimpleMatch"])) == " ".join(text.split(","))
