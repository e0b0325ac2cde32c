"""Parsing the everyday style of real scripts (issue 11): each reproducer is a construct found failing in
PowerShell's own test/ and tools/ scripts, Pester's sources or posh-git (benchmarks/parse_corpus.py lists
them), reduced to its smallest form. pwsh accepts each one: PowerShell's grammar (about_Functions_Advanced,
about_Classes, about_Parsing) and the files themselves, which pwsh's own CI runs. A hypothesis test checks that
an advanced function parses to the same AST whatever line breaks it has where PowerShell allows them."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from pyposh.errors import ParseError
from pyposh.grammar import ast as A
from pyposh.grammar.parser import parse

ACCEPTED = [
    # a type constraint or attribute on its own line before a parameter
    "function f { param([string]\n$x) }",
    "function f {\nparam(\n[Parameter(Mandatory)]\n[ValidateNotNull()]\n[string]\n$Name)\n}",
    "function f { param(<# help #> [parameter()]    [string]\n$x) }",
    # `param` (and a statement keyword) before its `(` on the next line
    "function f {\n param\n (\n $x\n )\n}",
    "[CmdletBinding()]\nparam\n(\n$x\n)",
    "[OutputType([int])]\nParam\n(\n$x\n)",
    "[Diagnostics.CodeAnalysis.SuppressMessage('a', 'b')]\n[CmdletBinding()]\nparam ($x)",
    "$sb = {\n param\n ($x)\n}",
    "if\n($true) { 1 }",
    # class members across lines
    "class C { [int] F()\n{ return 1 } }",
    "class C {\n [ValidateNotNull()]\n [string] $P\n}",
    "class C1b\n{\n    [ValidateNotNull()]\n    [int]\n    $x\n}",
    "class X { static [int] foo()\n{ return 1 } }",
    "class P {\n P() {}\n P([string] $name1, [int] $port1)\n {}\n}",
    "class C4 { C4([int]$a) {} }\nclass C5 : C4 { C5() : base(1) {} }",
    "class C {}\nclass C2a:C,system.IDisposable{ [void] Dispose() { }}",
    # member access forms
    "'x'.ToString().\n  Trim()",
    "$results. Count",
    "$Matches.0",
    "$x = 20.",
    "$o.$('Length')",
    "[string]::('Concat')('a','b')",
    "[Linq.Enumerable]::Empty[int]()",
    "$d.AddOrUpdate[float](1, 2)",
    "(1, 2).Where{\n $_ -gt 1 }",
    # attributes before a statement that is not the script's first
    "1\n[Flags()] enum E { A = 1 }",
    "if ($true) {\n [Diagnostics.CodeAnalysis.SuppressMessage('a', '')]\n $x = 1\n}",
    # statements and operators
    "for ($i = 0\n $i -lt 3\n $i++) { $i }",
    "try { 1 }\ncatch\n[Exception] { 2 }",
    "try {}\ncatch\n[int]\n,\n[char]\n{\n}",
    "data -SupportedCommand X { 'a' }",
    "Get-Date & Get-Date",
    "@{ [int]::MaxValue = 1 }",
    '@{$body.Split("=")[0] = 1}',
    "using assembly './x.dll'",
    ":label1\nforeach ($i in 1..2) { break label1 }",
    "0xBEuy, 0xEFuy",
    "{$???$false}",
    # a here-string with CRLF line ends and a `$( )` inside
    '$code = @"\r\n    {\r\n        $($n -replace \'#B#\', \'x\')\r\n    }\r\n"@\r\n',
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_accepted(text):
    parse(text)


def test_what_the_reproducers_mean():
    fn = parse("function f {\nparam(\n[Parameter(Mandatory)]\n[ValidateNotNull()]\n[string]\n$Name)\n}"
               ).end.statements[0]
    param = fn.body.param_block.parameters[0]
    assert param.name == "Name"
    assert [type(a).__name__ for a in param.attributes] == ["AttributeAst", "AttributeAst", "TypeConstraintAst"]
    enum = parse("1\n[Flags()] enum E { A = 1 }").end.statements[1]
    assert isinstance(enum, A.TypeDefinitionAst) and [a.type_name for a in enum.attributes] == ["Flags"]
    sb = parse("[Diagnostics.CodeAnalysis.SuppressMessage('a', 'b')]\n[CmdletBinding()]\nparam ($x)")
    assert [a.type_name for a in sb.attributes] == ["Diagnostics.CodeAnalysis.SuppressMessage", "CmdletBinding"]
    loop = parse("for ($i = 0\n $i -lt 3\n $i++) { $i }").end.statements[0]
    assert loop.initializer is not None and loop.condition is not None and loop.iterator is not None


# pwsh rejects these: ParserStrings.resx ids, positions from Parser.cs (see test_parser.py's ERRORS)
@pytest.mark.parametrize("text, error_id", [
    ("try { 1 }", "MissingCatchOrFinally"),
    ("if ($x {", "MissingEndParenthesisAfterStatement"),
    ("1 + (2", "MissingEndParenthesisInExpression"),
])
def test_rejected(text, error_id):
    with pytest.raises(ParseError) as info:
        parse(text)
    assert info.value.error_id == error_id


# ---- line breaks where PowerShell allows them ---------------------------------------------------------------

ATTRIBUTES = ["[Parameter(Mandatory)]", "[Parameter(Position = 0, ValueFromPipeline = $true)]",
              "[ValidateNotNull()]", "[ValidateSet('a', 'b')]", "[Alias('n')]", "[AllowNull()]"]
TYPES = ["[string]", "[int]", "[string[]]", "[hashtable]", "[switch]", "[System.IO.FileInfo]"]
NAMES = ["Name", "Path", "Count", "InputObject", "Force"]
DEFAULTS = ["", " = 1", " = 'x'", " = @()", " = $null"]


@st.composite
def advanced_functions(draw):
    """An advanced function as parts, and a `gap(draw)` for each place a line break may stand."""
    parameters = []
    for index in range(draw(st.integers(0, 4))):
        attributes = draw(st.lists(st.sampled_from(ATTRIBUTES), max_size=3))
        type_name = draw(st.sampled_from([None] + TYPES))
        name = "%s%d" % (draw(st.sampled_from(NAMES)), index)
        default = draw(st.sampled_from(DEFAULTS))
        parameters.append((attributes, type_name, name, default))
    function_attributes = draw(st.lists(st.sampled_from(["[CmdletBinding()]", "[OutputType([int])]",
                                                         "[CmdletBinding(SupportsShouldProcess)]"]), max_size=2))
    breaks = draw(st.lists(st.booleans(), min_size=64, max_size=64))
    return function_attributes, parameters, breaks


def render(function_attributes, parameters, gaps) -> str:
    """The function's text; `gaps` yields the separator for each place a line break is allowed."""
    text = "function Test-Thing {" + next(gaps)
    for attribute in function_attributes:
        text += attribute + next(gaps)
    text += "param" + next(gaps) + "(" + next(gaps)
    rendered = []
    for attributes, type_name, name, default in parameters:
        piece = ""
        for attribute in attributes:
            piece += attribute + next(gaps)
        if type_name:
            piece += type_name + next(gaps)
        piece += "$" + name + default
        rendered.append(piece)
    text += ("," + next(gaps)).join(rendered) if rendered else ""
    text += next(gaps) + ")" + next(gaps) + "$" + "x = 1" + next(gaps) + "}"
    return text


@settings(max_examples=150, deadline=None)
@given(advanced_functions())
def test_line_breaks_where_powershell_allows_them_change_nothing(function):
    function_attributes, parameters, breaks = function
    one_line = render(function_attributes, parameters, iter(lambda: " ", None))
    choices = iter(breaks * 4)
    broken = render(function_attributes, parameters, iter(lambda: "\n    " if next(choices) else " ", None))
    assert parse(broken) == parse(one_line), broken
