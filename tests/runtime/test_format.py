"""Formatting (pyposh/runtime/format): objects in, the text PowerShell 7 prints out.

Each row: (id, objects, expected text, where the expectation comes from). `objects` is a callable giving the
pipeline's output objects (Python values, PSObjects, or formatting records from format_table/format_list/...).
Rows marked `acceptance=` read their expectation from ../shared/acceptance and compare the way its README says
(trailing white space off each line, blank lines off both ends); the others compare exactly, blank lines
included, with trailing white space kept only where PowerShell writes it (checked separately below).
"""
from __future__ import annotations

import datetime
import decimal
from pathlib import Path

import pytest

from pyposh.interpreter.values.objects import Hashtable, PSObject
from pyposh.runtime.format import (OutDefault, format_for_host, format_list, format_table, format_wide,
                                   out_string, register_view, TableControl, ViewColumn)
from pyposh.runtime.format.cells import cell_len, generate_lines
from pyposh.runtime.format.default_views import ViewRegistry
from pyposh.runtime.format.display import double_to_string, smart_to_string
from pyposh.interpreter.api import composite_format, format_value
from pyposh.runtime.format.table import fit_column_widths

ACCEPTANCE = Path(__file__).resolve().parents[3] / "shared" / "acceptance"
PSCUSTOM = ["System.Management.Automation.PSCustomObject", "System.Object"]


def pso(*pairs, type_name: str | None = None) -> PSObject:
    names = [type_name] + PSCUSTOM if type_name else None
    return PSObject(list(pairs), type_names=names)


def measure(count, average=None, sum=None, maximum=None, minimum=None, stdev=None, prop=None, stdev_shown=True):
    pairs = [("Count", count), ("Average", average), ("Sum", sum), ("Maximum", maximum), ("Minimum", minimum)]
    if stdev_shown:
        pairs.append(("StandardDeviation", stdev))
    pairs.append(("Property", prop))
    return pso(*pairs, type_name="Microsoft.PowerShell.Commands.GenericMeasureInfo")


def group_info(name, items):
    return pso(("Name", name), ("Count", len(items)), ("Group", items), ("Values", [name]),
               type_name="Microsoft.PowerShell.Commands.GroupInfo")


def normalize(text: str) -> str:
    lines = [line.rstrip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def render(objects, width=120, **kw) -> str:
    return "\n".join(format_for_host(objects, width, **kw))


def acceptance(name: str) -> str:
    path = ACCEPTANCE / (name + ".out")
    if not path.is_file():
        pytest.skip("shared acceptance cases not present: " + str(path))
    return path.read_text()


# ------------------------------------------------------------------ rows checked against shared/acceptance

ACCEPTANCE_ROWS = [
    ("format/hashtable", lambda: [Hashtable({"a": 1})]),
    ("format/list", lambda: list(format_list([pso(("Name", "x"), ("Size", 3))]))),
    ("format/single", lambda: [pso(("Name", "x"), ("Size", 3))]),
    ("format/table", lambda: [pso(("N", n), ("Word", "w" * n)) for n in (1, 2, 3)]),
    ("docs/Compare-Object__5", lambda: [pso(("Length", 3), ("SideIndicator", "=="))]),
    ("docs/Measure-Object__5", lambda: [pso(("Lines", 3), ("Words", None), ("Characters", None), ("Property", None),
                                            type_name="Microsoft.PowerShell.Commands.TextMeasureInfo")]),
    ("docs/Measure-Object__8", lambda: [measure(3, maximum=5, prop="num")]),
    ("docs/about_Calculated_Properties__7", lambda: [measure(10, sum=3, prop="($_ % 3) -eq 0")]),
    # the page predates StandardDeviation; the object here has the properties the page shows
    ("docs/about_Return__4", lambda: [measure(1, stdev_shown=False)]),
    ("docs/Select-Object__11", lambda: [pso(("name", "a"), ("weight", 7))]),
    ("docs/Select-Object__8", lambda: [pso(("MyCustomProperty", "New Custom Property"))]),
    ("docs/Select-Object__14", lambda: [5, 6, 7, 18, 19, 20]),
    ("docs/Get-Unique__3", lambda: ["aa", "Bb"]),
    ("docs/ForEach-Object__1", lambda: [30000 / 1024, 56798 / 1024, 12432 / 1024]),
    ("docs/about_Hash_Tables__2", lambda: [Hashtable([(1, "one"), (2, "two"), ("three", 3)], ordered=True)]),
    ("docs/about_Ref__2", lambda: [Hashtable({"Test": "New Text"})]),
    ("docs/Set-Variable__1", lambda: [pso(("Name", "desc"), ("Value", "A description"), ("Options", "None"),
                                          ("Description", ""), ("Visibility", "Public"),
                                          type_name="System.Management.Automation.PSVariable")]),
    ("docs/about_Enum__14", lambda: [pso(("IntegerValue", i), ("EnumName", n)) for i, n in
                                     enumerate(["Unknown", "Open", "Opening", "Closing", "Closed"])]),
    ("docs/about_Enum__16", lambda: [pso(("EnumType", "IntBasedEnum"), ("ValueType", "System.Int32")),
                                     pso(("EnumType", "ShortBasedEnum"), ("ValueType", "System.Int16"))]),
    ("docs/about_Enum__23", lambda: [pso(("ToString('G')", g), ("ToString('D')", d), ("ToString('X')", x),
                                         ("ToString('F')", g))
                                     for g, d, x in [("ToDo", "0", "00000000"), ("Doing", "1", "00000001"),
                                                     ("Done", "2", "00000002")]]),
    ("docs/about_Comparison_Operators__9", lambda: ["Test collection:", 5, 6, 7, 8, 9, "\nMembers greater than 7",
                                                    8, 9, "\nMembers greater than or equal to 7", 7, 8, 9,
                                                    "\nMembers smaller than 7", 5, 6,
                                                    "\nMembers smaller than or equal to 7", 5, 6, 7]),
]


@pytest.mark.parametrize("name,objects", ACCEPTANCE_ROWS, ids=[r[0] for r in ACCEPTANCE_ROWS])
def test_acceptance_rows(name, objects):
    assert normalize(render(objects())) == normalize(acceptance(name))


# ------------------------------------------------------------------ exact rows

ROWS = [
    # -- scalars and blank lines around tables
    ("scalars", lambda: [1, "a", 2.5, True, decimal.Decimal("1.50")], "1\na\n2.5\nTrue\n1.50",
     "scalars are out-of-band ToString() lines (BaseFormattingCommand.cs ProcessOutOfBandObject...)"),
    ("empty string is a blank line", lambda: ["a", "", "b"], "a\n\nb", "RawTextFormatEntry of ''"),
    ("table has a blank line before and after", lambda: [pso(("a", "x"))], "\na\n-\nx\n",
     "BaseOutputtingCommand.cs ProcessFormatStart/ProcessFormatEnd write one empty line each"),
    ("scalar after a table sits right under it", lambda: [pso(("a", "x")), 5], "\na\n-\nx\n5\n",
     "scalars never enter the table's document: written in order, the table ends only at the end"),
    ("scalar before a table", lambda: [5, pso(("a", "x"))], "5\n\na\n-\nx\n", "as above"),
    ("the first object's columns serve the whole output", lambda: [pso(("a", "x")), pso(("b", "y"))],
     "\na\n-\nx\n\n", "PowerShell issue #4552 (by design): same type, no new table; missing property is empty"),
    ("numbers right-aligned, header too", lambda: [pso(("Name", "x"), ("Size", 3))],
     "\nName Size\n---- ----\nx       3\n", "acceptance format/single"),
    ("float in a table: F format", lambda: [pso(("x", 2.0), ("y", 1.456789))],
     "\n   x    y\n   -    -\n2.00 1.46\n", "PowerShell issue #19463 (7.3+ renders doubles with 'F' in tables)"),
    ("bool right-aligned", lambda: [pso(("ok", True), ("name", "n"))], "\n  ok name\n  -- ----\nTrue n\n",
     "FormatViewGenerator_Table.cs ComputeDefaultAlignment: Boolean is a DefaultScalarType"),
    ("collections in cells", lambda: [pso(("a", [1, 2, 3, 4, 5]), ("b", [1, 2]), ("c", None), ("d", []))],
     "\na             b      c d\n-             -      - -\n{1, 2, 3, 4…} {1, 2}   {}\n",
     "MshObjectUtil.cs SmartToString, $FormatEnumerationLimit 4"),
    ("nested object and hashtable in cells", lambda: [pso(("o", pso(("x", 1))), ("h", Hashtable({"k": 1})))],
     "\no      h\n-      -\n@{x=1} {k}\n", "SmartToString: a dictionary enumerates its entries, shown by Key"),
    ("five properties make a list", lambda: [pso(*[(c, i) for i, c in enumerate("abcde")])],
     "\na : 0\nb : 1\nc : 2\nd : 3\ne : 4\n", "PropertyCountForTable 4; list: one blank line after each object"),
    ("lists of two objects", lambda: [pso(*[(c, i) for i, c in enumerate("abcde")]), pso(("x", 1), ("yy", 2))],
     "\na : 0\nb : 1\nc : 2\nd : 3\ne : 4\n\nx  : 1\nyy : 2\n",
     "list view from properties uses each object's own properties (FormatViewGenerator_List.cs)"),
    ("multi-line list value", lambda: [pso(*[("Name", "n"), ("Text", "one\ntwo")] + [(c, 1) for c in "abc"])],
     "\nName : n\nText : one\n       two\na    : 1\nb    : 1\nc    : 1\n", "ListWriter.cs WriteProperty"),
    ("datetime: the DateTime view", lambda: [datetime.datetime(2026, 11, 25, 17, 46, 44)],
     "\nWednesday, November 25, 2026 5:46:44 PM\n", "DotNetTypes.format.ps1xml DateTime custom view"),
    ("datetime in a cell: ToString() in en-US", lambda: [pso(("d", datetime.datetime(2026, 1, 5, 7, 8, 9)))],
     "\nd\n-\n1/5/2026 7:08:09 AM\n", "PSObject.ToString uses the current culture (en-US)"),
    ("other type inside a view shows as a list", lambda: [datetime.datetime(2026, 1, 5, 7, 8, 9), pso(("a", 1))],
     "\nMonday, January 5, 2026 7:08:09 AM\n\na : 1\n\n",
     "IsObjectApplicable false: out-of-band list (FormatViewManager.cs GenerateOutOfBandData)"),
    ("timespan: list view", lambda: [datetime.timedelta(minutes=1, seconds=30)],
     "\nDays              : 0\nHours             : 0\nMinutes           : 1\nSeconds           : 30\n"
     "Milliseconds      : 0\nTicks             : 900000000\nTotalDays         : 0.00104166666666667\n"
     "TotalHours        : 0.025\nTotalMinutes      : 1.5\nTotalSeconds      : 90\nTotalMilliseconds : 90000\n",
     "DotNetTypes.format.ps1xml System.TimeSpan list view"),
    ("group info view", lambda: [group_info("a", ["a", "a"]), group_info("b", ["b"])],
     "\nCount Name                      Group\n----- ----                      -----\n"
     "    2 a                         {a, a}\n    1 b                         {b}\n",
     "PowerShellCore.format.ps1xml GroupInfo table: Count (right, 5), Name (25), Group"),
    ("hashtable value truncated at the width", lambda: [Hashtable({"k": "v" * 100})],
     "\nName                           Value\n----                           -----\nk                              "
     + "v" * 88 + "…\n", "Dictionary view: Name 30, Value takes the rest (89 cells)"),
    ("wide table: last column shrinks", lambda: [pso(("a", "x" * 70), ("b", "y" * 70))],
     "\na" + " " * 70 + "b\n-" + " " * 70 + "-\n" + "x" * 70 + " " + "y" * 48 + "…\n",
     "ColumnWidthManager.cs TrimToFit, TableWriter.cs GenerateRowField ellipsis"),
    ("multi-line cell: first line and …", lambda: [pso(("a", "one\ntwo"), ("b", 1))],
     "\na       b\n-       -\none…    1\n",
     "TruncateAtNewLine; the column was sized from the whole text (7 cells)"),
    ("header labels of views and GroupBy", lambda: list(format_table(
        [pso(("g", "x"), ("v", 1)), pso(("g", "x"), ("v", 2)), pso(("g", "y"), ("v", 3))], group_by="g")),
     "\n   g: x\n\ng v\n- -\nx 1\nx 2\n\n   g: y\n\ng v\n- -\ny 3\n",
     "BaseOutputtingCommand.cs ProcessGroupStart; resource GroupStartDataIndentedAutoGeneratedLabel '   {0}: '"),
    ("Format-Table -HideTableHeaders", lambda: list(format_table([pso(("a", 1), ("b", "x"))],
                                                                  hide_table_headers=True)),
     "\n1 x\n", "PowerShell issue #15779: blank lines stay"),
    ("calculated columns", lambda: list(format_table(
        [pso(("n", 1.5), ("s", "ab"))],
        [Hashtable([("Label", "Num"), ("Expression", "n"), ("FormatString", "N3")]),
         Hashtable([("n", "Up"), ("e", lambda o: "AB"), ("Alignment", "Right")])])),
     "\n  Num Up\n  --- --\n1.500 AB\n",
     "Format-Table hashtable keys (prefixes allowed, Name = Label); numbers right-aligned unless Alignment says"),
    ("Width on the first column: the others share the rest", lambda: list(format_table(
        [pso(("a", "x"), ("b", "y"))], [Hashtable({"e": "a", "Width": 4}), "b"])),
     "\na    b\n-    -\nx    y\n",
     "no autosize when column 0 has a width (BaseOutputtingCommand.cs); the free column gets 115 cells"),
    ("script block column header is its text", lambda: list(format_table([pso(("a", 2))], [_block("$_.a * 2")])),
     "\n$_.a * 2\n--------\n       4\n", "PSPropertyExpression.ToString() of a script block"),
    ("Format-Table -Wrap", lambda: list(format_table([pso(("a", "w" * 10), ("b", "one two three"))],
                                                     [Hashtable({"e": "a", "w": 5}), "b"], wrap=True)),
     "\na     b\n-     -\nwwwww one two three\nwwwww\n", "TableWriter.cs GenerateTableRow (word wrap, en-US)"),
    ("Format-Table -AutoSize", lambda: list(format_table([pso(("a", "x"), ("bb", 12345))], auto_size=True)),
     "\na    bb\n-    --\nx 12345\n", "autosize: widths from all rows"),
    ("Format-List -Property with wildcard", lambda: list(format_list([pso(("Name", "n"), ("Nick", "k"),
                                                                          ("Age", 3))], "N*")),
     "\nName : n\nNick : k\n", "AssociationManager.ExpandParameters"),
    ("Format-List *", lambda: list(format_list([group_info("a", [1])], "*")),
     "\nName   : a\nCount  : 1\nGroup  : {1}\nValues : {a}\n", "-Property * ignores the view"),
    ("Format-List uses the type's list view", lambda: list(format_list([group_info("a", [1])])),
     "\nName   : a\nCount  : 1\nGroup  : {1}\nValues : {a}\n", "GroupInfo list view"),
    ("Format-Wide default: two columns", lambda: list(format_wide([pso(("Name", "n%d" % i)) for i in range(3)])),
     "\nn0" + " " * 59 + "n1\nn2\n", "WideOutputContext: 2 items per row, widths 60/59"),
    ("Format-Wide -Column 3", lambda: list(format_wide([pso(("Name", "n%d" % i)) for i in range(4)], column=3)),
     "\nn0" + " " * 39 + "n1" + " " * 38 + "n2\nn3\n", "3 columns: 40/39/39"),
    ("Format-Wide of strings prints them as they are", lambda: list(format_wide(["a", "b"])), "a\nb",
     "scalars are out of band unless -Force"),
    ("enumerated array in Out-Default", lambda: [[1, None, 2]], "1\n\n2",
     "format-default enumerates; a null item becomes an empty string"),
]


def _block(text):
    def block(obj):
        return obj.get_member("a").value * 2
    block.text = text
    return block


@pytest.mark.parametrize("name,objects,expected,source", ROWS, ids=[r[0] for r in ROWS])
def test_rows(name, objects, expected, source):
    actual = "\n".join(line.rstrip() for line in format_for_host(objects()))
    assert actual == expected.rstrip("\n") or actual == expected, source


# ------------------------------------------------------------------ trailing spaces, streaming, autosize window

def test_list_keeps_trailing_space_after_empty_value():
    lines = list(format_for_host([measure(3, maximum=5, prop="num")]))
    assert "Average           : " in lines  # ListWriter writes the label and an empty value


def test_last_column_is_not_padded():
    lines = list(format_for_host([pso(("a", "xxxx"), ("b", "y")), pso(("a", "x"), ("b", "yyyy"))]))
    assert lines[3:5] == ["xxxx y", "x    yyyy"]


def test_streaming_table_rows_wait_for_the_group_then_flow():
    clock = [0.0]
    out = OutDefault(autosize_window=0.3, clock=lambda: clock[0])
    assert out.process(pso(("a", "x"))) == [""]
    clock[0] = 0.1
    assert out.process(pso(("a", "yy"))) == []
    clock[0] = 0.5  # past the window: this object is the last one used to size the columns
    assert out.process(pso(("a", "zzz"))) == ["a", "-", "x", "yy", "zzz"]
    assert out.process(pso(("a", "long value"))) == ["lo…"]
    assert out.end() == [""]


def test_streaming_scalars_print_at_once():
    out = OutDefault()
    assert out.process("a") == ["a"]
    assert out.process(1) == ["1"]
    assert out.end() == []


def test_format_table_output_then_more_objects_starts_a_new_table():
    objects = [pso(("a", 1))] + list(format_table([pso(("b", 2))]))
    assert render(objects) == "\n".join(["", "a", "-", "1", "", "", "b", "-", "2", ""])


def test_out_string():
    assert out_string(["a", 1]) == "a\n1\n"
    assert out_string([pso(("a", "x"))]) == "\na\n-\nx\n\n"
    assert out_string([pso(("a", "x"))], stream=True) == ["", "a", "-", "x", ""]
    assert out_string(format_table([pso(("a", "x"))])) == "\na\n-\nx\n\n"
    assert out_string(["a", "b"], no_newline=True) == "ab"


def test_out_string_width_limits_tables_and_lists():
    assert out_string([pso(("a", "x" * 30))], width=10, stream=True) == ["", "a", "-", "xxxxxxxxx…", ""]
    text = out_string(list(format_list([pso(("a", "one two three four"))])), width=12, stream=True)
    assert text == ["", "a : one two ", "    three ", "    four", ""]


def test_registered_view_by_type_name():
    registry = ViewRegistry()
    register_view("My.Thing", TableControl([ViewColumn("Id", width=4, alignment="right"), ViewColumn("Name")]),
                  registry=registry)
    out = OutDefault(registry=registry)
    lines = out.process(pso(("Name", "n"), ("Id", 7), ("Extra", 1), type_name="My.Thing")) + out.end()
    assert lines == ["", "  Id Name", "  -- ----", "   7 n", ""]


def test_hashtable_value_column_and_names_30_wide():
    lines = list(format_for_host([Hashtable([("alpha", [1, 2]), ("b", None)])]))
    assert lines[1:5] == ["Name                           Value", "----                           -----",
                          "alpha                          {1, 2}", "b                              "]


# ------------------------------------------------------------------ building blocks

@pytest.mark.parametrize("widths,table,expected", [
    ([0, 0], 120, [60, 59]),
    ([30, 0], 120, [30, 89]),
    ([50, 50, 50], 120, [50, 50, 18]),
    ([100, 30, 5], 120, [100, 19, -1]),
    ([5, 25, 0], 120, [5, 25, 88]),
], ids=["spread", "fixed+free", "shrink-last", "hide-last", "groupinfo"])
def test_fit_column_widths(widths, table, expected):
    assert fit_column_widths(widths, table) == expected


def test_cells_count_wide_characters_twice():
    assert cell_len("日本") == 4
    assert cell_len("a\x1b[32mb\x1b[0m") == 2


def test_word_wrap():
    assert generate_lines("one two three", 8, 8) == ["one two ", "three"]
    assert generate_lines("abcdefghij", 4, 4) == ["abcd", "efgh", "ij"]


@pytest.mark.parametrize("value,expected", [
    (0.1, "0.1"), (1e15, "1E+15"), (123456789012345.0, "123456789012345"), (0.0001, "0.0001"),
    (0.00001, "1E-05"), (2.0, "2"), (-1.5, "-1.5"), (1 / 3, "0.333333333333333"), (0.1 + 0.2, "0.3"),
    (1 / 1.9, "0.526315789473684"), (1.7976931348623157e308, "1.79769313486232E+308"),
])
def test_double_to_string(value, expected):
    assert double_to_string(value) == expected


@pytest.mark.parametrize("value,fmt,expected", [
    (1234.5678, "N2", "1,234.57"), (0.125, "F2", "0.12"), (1.005, "F2", "1.00"), (42, "D5", "00042"),
    (255, "X", "FF"), (-1, "x", "ffffffff"), (0.5, "P0", "50%"), (1234.5, "C", "$1,234.50"),
    (1234.5678, "0.00", "1234.57"), (1234567, "#,##0", "1,234,567"), (0.5, "#.##", ".5"),
    (datetime.datetime(2026, 11, 25, 17, 46, 4), "yyyy-MM-dd HH:mm:ss", "2026-11-25 17:46:04"),
    (datetime.datetime(2026, 11, 25, 17, 46, 4), "D", "Wednesday, November 25, 2026"),
    (datetime.timedelta(hours=1, minutes=2, seconds=3), "c", "01:02:03"),
])
def test_dotnet_formats(value, fmt, expected):
    assert format_value(value, fmt) == expected


# Exact binary ties round to even in .NET Core 3.0+ standard formats: pwsh 7.1 prints "{0:f1}" -f 0.25 as 0.2
# and -f 0.75 as 0.8 (PowerShell/PowerShell issue #16150).
def test_composite_format():
    assert composite_format("{0,6:N1}|{0}", [3.25]) == "   3.2|3.25"


def test_enumeration_limit():
    assert smart_to_string(list(range(10)), 2) == "{0, 1…}"
    assert smart_to_string(list(range(10)), -1) == "{" + ", ".join(map(str, range(10))) + "}"


# ------------------------------------------------------------------ registered views of other commands

FILE = ["System.IO.FileInfo", "System.IO.FileSystemInfo", "System.Object"]


def _file(name, size):
    return PSObject([("UnixMode", "-rw-r--r--"), ("User", "root"), ("Group", "root"),
                     ("LastWriteTime", datetime.datetime(2026, 11, 25, 17, 46)), ("Size", size), ("NameString", name),
                     ("Name", name), ("PSParentPath", "Microsoft.PowerShell.Core\\FileSystem::/tmp/x")],
                    type_names=FILE)


def _member(name, kind, definition):
    return PSObject([("TypeName", "System.String"), ("Name", name), ("MemberType", kind),
                     ("Definition", definition)],
                    type_names=["Microsoft.PowerShell.Commands.MemberDefinition", "System.Object"])


VIEW_ROWS = [
    ("Get-ChildItem on Linux", lambda: [_file("a.txt", 0), _file("b.txt", 12345)],
     "\n    Directory: /tmp/x\n\n"
     "UnixMode         User Group         LastWriteTime         Size Name\n"
     "--------         ---- -----         -------------         ---- ----\n"
     "-rw-r--r--       root root       11/25/2026 17:46            0 a.txt\n"
     "-rw-r--r--       root root       11/25/2026 17:46        12345 b.txt\n",
     "FileSystem.format.ps1xml childrenWithUnixStat, grouped by PSParentPath"),
    ("Get-Member", lambda: [_member("Clone", "Method", "System.Object Clone()"),
                            _member("Length", "Property", "int Length {get;}")],
     "\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\n"
     "Clone  Method     System.Object Clone()\nLength Property   int Length {get;}\n",
     "PowerShellCore.format.ps1xml MemberDefinition: autosize, grouped by TypeName"),
    ("Format-List -GroupBy", lambda: list(format_list([pso(("g", "x"), ("a", 1)), pso(("g", "y"), ("a", 2))],
                                                      "a", group_by="g")),
     "\n   g: x\n\na : 1\n\n\n   g: y\n\na : 2\n",
     "the list writes a blank line after each entry, the group change one more"),
]


@pytest.mark.parametrize("name,objects,expected,source", VIEW_ROWS, ids=[r[0] for r in VIEW_ROWS])
def test_view_rows(name, objects, expected, source):
    actual = "\n".join(line.rstrip() for line in format_for_host(objects()))
    assert actual == expected.rstrip("\n") or actual == expected, source


def test_table_formatter_streams_records():
    from pyposh.runtime.format import table_formatter, is_format_record
    fmt = table_formatter(["a"])
    first = fmt.process(pso(("a", 1)))
    assert [type(r).__name__ for r in first] == ["FormatStartData", "GroupStartData", "FormatEntryData"]
    assert all(is_format_record(r) for r in first)
    assert str(first[0]) == "Microsoft.PowerShell.Commands.Internal.Format.FormatStartData"
    assert [type(r).__name__ for r in fmt.end()] == ["GroupEndData", "FormatEndData"]


def test_bad_calculated_property_keys():
    from pyposh.errors import ParameterBindingError
    with pytest.raises(ParameterBindingError, match="The Bogus key is not valid."):
        list(format_table([pso(("a", 1))], [Hashtable({"Expression": "a", "Bogus": 1})]))
    with pytest.raises(ParameterBindingError, match="should be greater than 0"):
        list(format_table([pso(("a", 1))], [Hashtable({"e": "a", "Width": 0})]))
    with pytest.raises(ParameterBindingError, match="A mandatory entry for expression is missing."):
        list(format_table([pso(("a", 1))], [Hashtable({"Label": "x"})]))


def test_long_list_value_wraps_at_the_width():
    lines = list(format_for_host(list(format_list([pso(("Text", "word " * 30))]))))
    assert lines[1] == "Text : " + "word " * 22  # words keep their trailing delimiter (GenerateLinesWithWordWrap)
    assert lines[2] == "       " + "word " * 8


def test_enum_values_are_scalars():
    class Color:
        ps_numeric_value = property(lambda self: 1)
        ps_type_name = "MyColor"

        def ps_to_string(self):
            return "Red"
    assert list(format_for_host([Color()])) == ["Red"]


# ------------------------------------------------------------------ registry index, ErrorRecord view, hosts

def test_registry_index_sees_later_registrations():
    registry = ViewRegistry()
    assert registry.find(["My.Type"]) is None
    assert registry.find_out_of_band(["My.Type"]) is None          # cached miss ...
    from pyposh.runtime.format.default_views import CustomControl
    view = register_view("my.type", CustomControl(lambda o: ["x"], out_of_band=True), registry=registry)
    assert registry.find_out_of_band(["My.Type", "System.Object"]) is view   # ... dropped on register
    assert registry.applies(view, ["MY.TYPE"])


def _error_record(message="boom"):
    import pyposh
    rs = pyposh.Runspace()
    return rs.invoke("Write-Error '%s' 2>&1" % message)[0]


def test_error_record_output_uses_concise_view():
    # PowerShellCore.format.ps1xml ErrorInstance (OutOfBand) with $ErrorView = ConciseView
    from pyposh.interpreter.session.error_view import concise_view
    record = _error_record()
    assert list(format_for_host([record])) == concise_view(record).split("\n")
    assert list(format_for_host([record])) == ["Write-Error: boom"]


def test_error_record_is_out_of_band_inside_a_table():
    record = _error_record()
    lines = list(format_for_host([pso(("a", 1)), record, pso(("a", 2))]))
    assert lines == ["", "a", "-", "1", "Write-Error: boom", "2", ""]


def test_pad_fast_path_matches_general_path():
    from pyposh.runtime.format.cells import pad
    for text in ("", "ab", "abcdef", "a\tb"):
        for width in (1, 3, 6, 8):
            for alignment in ("left", "right", "center"):
                for pad_right in (True, False):
                    got = pad(text, width, alignment, pad_right)
                    assert len(got) <= width or not text.isprintable()
                    if len(text) > width:
                        assert got.endswith("\u2026") or got.startswith("\u2026") or width == 1


class _Tty:
    def __init__(self, tty=True):
        self.parts = []
        self.tty = tty

    def isatty(self):
        return self.tty

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def text(self):
        return "".join(self.parts)


def _progress(activity="Work", status="Half", percent=50, completed=False):
    record = PSObject(type_names=["System.Management.Automation.ProgressRecord", "System.Object"])
    for name, value in (("ActivityId", 0), ("ParentActivityId", -1), ("Activity", activity),
                        ("StatusDescription", status), ("CurrentOperation", None), ("PercentComplete", percent),
                        ("SecondsRemaining", -1), ("RecordType", "Completed" if completed else "Processing")):
        record.add_note(name, value)
    return record


def test_progress_is_silent_when_redirected():
    from pyposh.runtime.host import ConsoleHost
    out = _Tty(tty=False)
    host = ConsoleHost(out, _Tty(tty=False))
    host.write_progress(_progress())
    host.write_progress(_progress(completed=True))
    assert out.text() == ""


def test_progress_bar_on_a_terminal_is_drawn_then_erased():
    from pyposh.runtime.host import ConsoleHost, progress_line
    out = _Tty()
    host = ConsoleHost(out, _Tty(), width=40)
    host.write_progress(_progress())
    line = progress_line(_progress(), 40)
    assert out.text() == "\r" + line + "\x1b[K"
    # the activity in $PSStyle.Progress.Style, the first half of the bar in reverse video
    assert line.startswith("\x1b[33;1mWork\x1b[0m [\x1b[7mHalf")
    bar = line[line.index(" [") + 2:-1].replace("\x1b[7m", "").replace("\x1b[0m", "")
    assert len(bar) == 40 - len("Work") - 3
    host.write_object("text")
    assert out.text().endswith("\r\x1b[Ktext\n")         # the bar is erased before output
    out.parts.clear()
    host.write_progress(_progress(completed=True))
    assert out.text() == ""                               # nothing shown any more


def test_stream_prefixes_and_colours_only_on_a_terminal():
    from pyposh.interpreter.session.records import InformationalRecord
    from pyposh.runtime.host import ConsoleHost
    for tty, expected in ((False, "WARNING: w\nVERBOSE: v\nDEBUG: d\n"),
                          (True, "\x1b[33;1mWARNING: w\x1b[0m\n\x1b[33;1mVERBOSE: v\x1b[0m\n"
                                 "\x1b[33;1mDEBUG: d\x1b[0m\n")):
        out = _Tty(tty)
        host = ConsoleHost(out, _Tty(tty))
        for kind, text in (("Warning", "w"), ("Verbose", "v"), ("Debug", "d")):
            host.write_informational(InformationalRecord.of(kind, text))
        assert out.text() == expected


def test_host_ui_reports_the_formatting_width():
    from pyposh.runtime.host import CapturingHost, ConsoleHost
    host = ConsoleHost(_Tty(False), _Tty(False))
    assert host.width == 120
    raw = host.ui().get_member("RawUI").value
    size = raw.get_member("BufferSize").value
    assert size.get_member("Width").value == 120
    assert CapturingHost(80).ui().get_member("RawUI").value.get_member("BufferSize").value \
        .get_member("Width").value == 80


def test_out_string_and_redirect_write_the_same_text(tmp_path):
    import pyposh
    rs = pyposh.Runspace()
    path = str(tmp_path / "t.txt")
    text = rs.invoke("1..3 | % { [pscustomobject]@{ N = $_; Word = 'w' * $_ } } | Out-String")[0]
    rs.invoke("1..3 | % { [pscustomobject]@{ N = $_; Word = 'w' * $_ } } > $p", variables={"p": path})
    data = (tmp_path / "t.txt").read_bytes()
    assert data.decode("utf-8") == text
    assert not data.startswith(b"\xef\xbb\xbf")
