"""Parser tests: (source, compact AST dump) tables, error ids and positions for malformed input."""
from __future__ import annotations

import pytest

from astdump import dump_statement
from pyposh.errors import ParseError
from pyposh.grammar import ast as A
from pyposh.grammar import parse

V = "(VariableExpressionAst name=%r)"
C = "(ConstantExpressionAst value=%r)"


def bare(text):
    return "(StringConstantExpressionAst value=%r kind='bare')" % text


def cmd(*elements):
    return "(PipelineAst elements=[(CommandAst elements=[%s])])" % " ".join(elements)


EXPRESSIONS = [
    # precedence: comma binds tighter than + (about_Operator_Precedence)
    ("1,2 + 3", "(BinaryExpressionAst operator='+' left=(ArrayLiteralAst elements=[%s %s]) right=%s)" % (C % 1, C % 2, C % 3)),
    ("1 + 2 * 3", "(BinaryExpressionAst operator='+' left=%s right=(BinaryExpressionAst operator='*' left=%s right=%s))" % (C % 1, C % 2, C % 3)),
    ("-not $a -eq $b", "(BinaryExpressionAst operator='eq' left=(UnaryExpressionAst operator='not' child=%s) right=%s)" % (V % "a", V % "b")),
    ("$a -gt 2 -join ','", "(BinaryExpressionAst operator='join' left=(BinaryExpressionAst operator='gt' left=%s right=%s) right=(StringConstantExpressionAst value=',' kind='single'))" % (V % "a", C % 2)),
    ("1..3", "(BinaryExpressionAst operator='..' left=%s right=%s)" % (C % 1, C % 3)),
    ("$x -is [int]", "(BinaryExpressionAst operator='is' left=%s right=(TypeExpressionAst type_name='int'))" % (V % "x")),
    ("[int]$x.Count", "(ConvertExpressionAst type_name='int' child=(MemberExpressionAst expression=%s member=%s))" % (V % "x", bare("Count"))),
    ("$x.Foo(1 + 2, 3)", "(InvokeMemberExpressionAst expression=%s member=%s arguments=[(BinaryExpressionAst operator='+' left=%s right=%s) %s])" % (V % "x", bare("Foo"), C % 1, C % 2, C % 3)),
    ("[math]::Max(3, 9)", "(InvokeMemberExpressionAst expression=(TypeExpressionAst type_name='math') member=%s arguments=[%s %s] static=True)" % (bare("Max"), C % 3, C % 9)),
    ("$a[-1]", "(IndexExpressionAst target=%s index=(UnaryExpressionAst operator='-' child=%s))" % (V % "a", C % 1)),
    ("$t ? 1 : 2", "(TernaryExpressionAst condition=%s if_true=%s if_false=%s)" % (V % "t", C % 1, C % 2)),
    ("$a ?? 3", "(BinaryExpressionAst operator='??' left=%s right=%s)" % (V % "a", C % 3)),
    ("${x}?.Foo", "(MemberExpressionAst expression=%s member=%s null_conditional=True)" % (V % "x", bare("Foo"))),
    ("$env:PATH", "(VariableExpressionAst name='PATH' scope='env')"),
    ("$global:x", "(VariableExpressionAst name='x' scope='global')"),
    ("${my var}", "(VariableExpressionAst name='my var')"),
    ("0x10", C % 16), ("1kb", C % 1024), ("0xFFFFFFFF", C % -1), ("1.5e3", C % 1500.0),
    ("'it''s'", "(StringConstantExpressionAst value=\"it's\" kind='single')"),
    ('"tab`there"', "(StringConstantExpressionAst value='tab\\there' kind='double')"),
    ('"a $x b"', "(ExpandableStringExpressionAst parts=['a ' %s ' b'] kind='double' value='a $x b')" % (V % "x")),
    ("@()", "(ArrayExpressionAst body=(StatementBlockAst))"),
    ("$i++", "(UpdateExpressionAst operator='++' child=%s postfix=True)" % (V % "i")),
    ("5 \u2013 2", "(BinaryExpressionAst operator='-' left=%s right=%s)" % (C % 5, C % 2)),   # an en dash is `-`
    ("-split 'a b'", "(UnaryExpressionAst operator='split' child=(StringConstantExpressionAst value='a b' kind='single'))"),
]


@pytest.mark.parametrize("source,expected", EXPRESSIONS)
def test_expression_trees(source, expected):
    assert dump_statement(source) == expected


STATEMENTS = [
    ("Get-Item -Path:$p x", cmd(bare("Get-Item"), "(CommandParameterAst name='Path' argument=%s text='-Path:')" % (V % "p"), bare("x"))),
    ("gci -Recurse *.txt", cmd(bare("gci"), "(CommandParameterAst name='Recurse' text='-Recurse')", bare("*.txt"))),
    ("Write-Output a,b", cmd(bare("Write-Output"), "(ArrayLiteralAst elements=[%s %s])" % (bare("a"), bare("b")))),
    ("echo $a$b", cmd(bare("echo"), "(ExpandableStringExpressionAst parts=[%s %s] kind='bare' value='$a$b')" % (V % "a", V % "b"))),
    ("& $sb 21", "(PipelineAst elements=[(CommandAst elements=[%s %s] invocation_operator='&')])" % (V % "sb", C % 21)),
    ("$a, $b = 1, 2", "(AssignmentStatementAst left=(ArrayLiteralAst elements=[%s %s]) operator='=' right=(PipelineAst elements=[(CommandExpressionAst expression=(ArrayLiteralAst elements=[%s %s]))]))" % (V % "a", V % "b", C % 1, C % 2)),
    ("$x ??= 5", "(AssignmentStatementAst left=%s operator='??=' right=(PipelineAst elements=[(CommandExpressionAst expression=%s)]))" % (V % "x", C % 5)),
    ("break outer", "(BreakStatementAst label=%s)" % bare("outer")),
    ("[ValidateRange(1,10)][int]$v = 5", "(AssignmentStatementAst left=(AttributedExpressionAst attribute=(AttributeAst type_name='ValidateRange' positional=[%s %s]) child=(ConvertExpressionAst type_name='int' child=%s)) operator='=' right=(PipelineAst elements=[(CommandExpressionAst expression=%s)]))" % (C % 1, C % 10, V % "v", C % 5)),
    ("exit 3", "(ExitStatementAst pipeline=(PipelineAst elements=[(CommandExpressionAst expression=%s)]))" % (C % 3)),
]


@pytest.mark.parametrize("source,expected", STATEMENTS)
def test_statement_trees(source, expected):
    assert dump_statement(source) == expected


def test_redirections():
    stmt = parse("gci *.txt > out.txt 2>&1").end.statements[0]
    command = stmt.elements[0]
    assert isinstance(command.redirections[0], A.FileRedirectionAst)
    assert command.redirections[0].location.value == "out.txt"
    assert isinstance(command.redirections[1], A.MergingRedirectionAst)
    assert (command.redirections[1].stream, command.redirections[1].to_stream) == ("2", "1")


def test_function_with_attributes():
    sb = parse('''function Get-Greeting {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory, Position = 0)][string]$Name,
        [int]$Times = 1,
        [switch]$Loud
    )
    "Hello $Name"
}''')
    fn = sb.end.statements[0]
    assert isinstance(fn, A.FunctionDefinitionAst) and fn.name == "Get-Greeting"
    assert fn.body.attributes[0].type_name == "CmdletBinding"
    params = fn.body.param_block.parameters
    assert [p.name for p in params] == ["Name", "Times", "Loud"]
    attr = params[0].attributes[0]
    assert attr.type_name == "Parameter"
    assert [(n.name, n.value is None) for n in attr.named] == [("Mandatory", True), ("Position", False)]
    assert params[0].attributes[1] == A.TypeConstraintAst(None, "string")


def test_named_blocks_and_newlines():
    sb = parse("function f { begin { 1 } process { 2 } end { 3 } }")
    body = sb.end.statements[0].body
    assert body.begin is not None and body.process is not None and body.end is not None
    sb = parse("if ($a) {\n 1\n}\nelseif ($b) { 2 }\nelse {\n 3\n}")
    stmt = sb.end.statements[0]
    assert len(stmt.clauses) == 2 and stmt.else_clause is not None
    sb = parse("Get-X |\n Select-Object -First 1\nGet-Y\n| Sort-Object")
    assert [len(s.elements) for s in sb.end.statements] == [2, 2]


def test_switch_and_loops():
    stmt = parse("switch -regex -casesensitive ($s) { '^a' { 1 } default { 2 } }").end.statements[0]
    assert stmt.flags == ("regex", "casesensitive")
    assert len(stmt.clauses) == 1 and stmt.default is not None
    stmt = parse(":outer foreach ($i in 1..3) { continue outer }").end.statements[0]
    assert stmt.label == "outer" and stmt.variable.name == "i"
    stmt = parse("do { $n-- } until ($n -le 0)").end.statements[0]
    assert isinstance(stmt, A.DoUntilStatementAst)
    stmt = parse("for ($i = 0; $i -lt 3; $i++) { }").end.statements[0]
    assert stmt.initializer is not None and stmt.condition is not None and stmt.iterator is not None


@pytest.mark.parametrize("source", ["do { } until (0); { } | Get-ChildItem", "do { } while ($x)\n{ 1 }"])
def test_block_after_do_loop_is_a_new_statement(source):
    # about_Do: the condition ends a do loop; a `{` after it starts a script block expression, not a body.
    # (found by test_differential's generated programs; pwsh parses both as two statements)
    statements = parse(source).end.statements
    assert isinstance(statements[0], (A.DoUntilStatementAst, A.DoWhileStatementAst))
    assert len(statements) == 2 and isinstance(statements[1], A.PipelineAst)


def test_try_catch_types():
    stmt = parse("try { 1 } catch [System.DivideByZeroException], [System.IO.IOException] { 2 } finally { 3 }").end.statements[0]
    assert stmt.catch_clauses[0].catch_types == ("System.DivideByZeroException", "System.IO.IOException")
    assert stmt.finally_clause is not None


def test_class_and_enum_parse():
    stmt = parse("enum Color { Red; Green = 5 }").end.statements[0]
    assert stmt.is_enum and [m[0] for m in stmt.members] == ["Red", "Green"]
    stmt = parse('class Foo { [string]$Name = "x"\n Foo() {}\n [int] Add([int]$a) { return $a + 1 } }').end.statements[0]
    assert [type(m).__name__ for m in stmt.members] == ["PropertyMemberAst", "FunctionMemberAst", "FunctionMemberAst"]


def test_extents():
    sb = parse("$x = 1 +\n  22")
    stmt = sb.end.statements[0]
    right = stmt.right.elements[0].expression.right
    assert (right.extent.start_line, right.extent.start_column, right.extent.text) == (2, 3, "22")


# Error ids and positions, as PowerShell reports them (ParserStrings.resx ids).
ERRORS = [
    ("if ($true) {", "MissingEndCurlyBrace", 1, 12, True),
    # Parser.cs ParenthesizedExpressionRule reports After(pipelineAst): right after `2`, not at the `(`
    ("$x = (1 + 2", "MissingEndParenthesisInExpression", 1, 12, True),
    ("1 + (2", "MissingEndParenthesisInExpression", 1, 7, True),
    # Parser.cs IfStatementRule (and while, switch, foreach) reports rParen.Extent: the token found instead
    ("if ($x {", "MissingEndParenthesisAfterStatement", 1, 8, False),
    # WhileStatementRule reports After(condition)
    ("while ($true { 1 }", "MissingEndParenthesisAfterStatement", 1, 13, False),
    # Parser.cs TryStatementRule: ReportIncompleteInput(After(body.Extent), MissingCatchOrFinally)
    ("try { 1 }", "MissingCatchOrFinally", 1, 10, True),
    ('"abc', "TerminatorExpectedAtEndOfString", 1, 1, True),
    # BinaryExpressionRule: ExpectedValueExpression After(operator); UnaryExpressionRule: MissingExpressionAfterOperator
    ("1 +", "ExpectedValueExpression", 1, 4, True),
    ("$a -eq ", "ExpectedValueExpression", 1, 7, True),
    ("-not", "MissingExpressionAfterOperator", 1, 5, True),
    ("-", "MissingExpressionAfterOperator", 1, 2, True),
    ("1 + }", "UnexpectedToken", 1, 5, False),
    ("$x = $(1", "MissingEndParenthesisInSubexpression", 1, 6, True),
    # HashExpressionRule: MissingEndCurlyBrace After(`@{`)
    ("@{ a = 1", "MissingEndCurlyBrace", 1, 3, True),
    ("$a.Foo(1", "MissingEndParenthesisInMethodCall", 1, 7, True),
    ("@'\nabc", "TerminatorExpectedAtEndOfHereString", 1, 1, True),
    # PipelineRule: After(the previous `|`)
    ("a | | b", "EmptyPipeElement", 1, 4, False),
    ("$x.", "MissingPropertyName", 1, 3, True),
    # PowerShell's test/powershell/Language/Parser/UsingNamespace.Tests.ps1 (ShouldBeParseError: 0-based offsets)
    ("1; using namespace System", "UsingMustBeAtStartOfScript", 1, 4, False),
    ("using namespace ''", "InvalidNamespaceValue", 1, 17, False),
    ("using namespace ',System'", "InvalidNamespaceValue", 1, 17, False),
    ("using namespace ']System'", "InvalidNamespaceValue", 1, 17, False),
    # From here on: PowerShell's ShouldBeParseError assertions (the first error; its 0-based offset + 1 is the
    # column), in test/powershell/Language/Parser/Parsing.Tests.ps1
    ('for', 'MissingOpenParenthesisAfterKeyword', 1, 4, True),
    ('for(', 'MissingEndParenthesisAfterStatement', 1, 5, True),
    ('for(;', 'MissingEndParenthesisAfterStatement', 1, 6, True),
    ('for(;;', 'MissingEndParenthesisAfterStatement', 1, 7, True),
    ('for($a', 'MissingEndParenthesisAfterStatement', 1, 7, True),
    ('for($a;', 'MissingEndParenthesisAfterStatement', 1, 8, True),
    ('for($a;$b', 'MissingEndParenthesisAfterStatement', 1, 10, True),
    ('for($a;$b;', 'MissingEndParenthesisAfterStatement', 1, 11, True),
    ('for($a;$b;$c', 'MissingEndParenthesisAfterStatement', 1, 13, True),
    ('for($a;$b;$c)', 'MissingLoopStatement', 1, 14, True),
    (':lab for', 'MissingOpenParenthesisAfterKeyword', 1, 9, True),
    (':lab for(', 'MissingEndParenthesisAfterStatement', 1, 10, True),
    (':lab for(;', 'MissingEndParenthesisAfterStatement', 1, 11, True),
    (':lab for(;;', 'MissingEndParenthesisAfterStatement', 1, 12, True),
    (':lab for($a', 'MissingEndParenthesisAfterStatement', 1, 12, True),
    (':lab for($a;', 'MissingEndParenthesisAfterStatement', 1, 13, True),
    (':lab for($a;$b', 'MissingEndParenthesisAfterStatement', 1, 15, True),
    (':lab for($a;$b;', 'MissingEndParenthesisAfterStatement', 1, 16, True),
    (':lab for($a;$b;$c', 'MissingEndParenthesisAfterStatement', 1, 18, True),
    (':lab for($a;$b;$c)', 'MissingLoopStatement', 1, 19, True),
    ('foreach', 'MissingOpenParenthesisAfterKeyword', 1, 8, True),
    ('foreach (', 'MissingVariableNameAfterForeach', 1, 10, True),
    ('foreach ($a', 'MissingInInForeach', 1, 12, True),
    ('foreach ($a into', 'MissingInInForeach', 1, 12, False),
    ('foreach ($a in', 'MissingForeachExpression', 1, 15, True),
    ('foreach ($a in $x', 'MissingEndParenthesisAfterForeach', 1, 18, True),
    ('foreach ($a in $x)', 'MissingForeachStatement', 1, 19, True),
    (':lab foreach', 'MissingOpenParenthesisAfterKeyword', 1, 13, True),
    (':lab foreach (', 'MissingVariableNameAfterForeach', 1, 15, True),
    (':lab foreach ($a', 'MissingInInForeach', 1, 17, True),
    (':lab foreach ($a into', 'MissingInInForeach', 1, 17, False),
    (':lab foreach ($a in', 'MissingForeachExpression', 1, 20, True),
    (':lab foreach ($a in $x', 'MissingEndParenthesisAfterForeach', 1, 23, True),
    (':lab foreach ($a in $x)', 'MissingForeachStatement', 1, 24, True),
    ('do', 'MissingLoopStatement', 1, 3, True),
    ('do {}', 'MissingWhileOrUntilInDoWhile', 1, 6, True),
    ('do {} while', 'MissingOpenParenthesisAfterKeyword', 1, 12, True),
    ('do {} while (', 'MissingExpressionAfterKeyword', 1, 14, True),
    ('do {} while (1', 'MissingEndParenthesisAfterStatement', 1, 15, True),
    (':lab do', 'MissingLoopStatement', 1, 8, True),
    (':lab do {}', 'MissingWhileOrUntilInDoWhile', 1, 11, True),
    (':lab do {} while', 'MissingOpenParenthesisAfterKeyword', 1, 17, True),
    (':lab do {} while (', 'MissingExpressionAfterKeyword', 1, 19, True),
    (':lab do {} while (1', 'MissingEndParenthesisAfterStatement', 1, 20, True),
    ('do {} until', 'MissingOpenParenthesisAfterKeyword', 1, 12, True),
    ('do {} until (', 'MissingExpressionAfterKeyword', 1, 14, True),
    ('do {} until (1', 'MissingEndParenthesisAfterStatement', 1, 15, True),
    (':lab do {} until', 'MissingOpenParenthesisAfterKeyword', 1, 17, True),
    (':lab do {} until (', 'MissingExpressionAfterKeyword', 1, 19, True),
    (':lab do {} until (1', 'MissingEndParenthesisAfterStatement', 1, 20, True),
    ('trap', 'MissingTrapStatement', 1, 5, True),
    ('trap [int]', 'MissingTrapStatement', 1, 11, True),
    ('data', 'MissingStatementBlockForDataSection', 1, 5, True),
    ('data foo', 'MissingStatementBlockForDataSection', 1, 9, True),
    ('data -abc', 'InvalidParameterForDataSectionStatement', 1, 6, False),
    ('data -s ; {}', 'MissingValueForSupportedCommandInDataSectionStatement', 1, 8, False),
    ('data -sup a,', 'MissingValueForSupportedCommandInDataSectionStatement', 1, 13, True),
    ('data -sup a,b', 'MissingStatementBlockForDataSection', 1, 14, True),
    ('try', 'MissingTryStatementBlock', 1, 4, True),
    ('try {}', 'MissingCatchOrFinally', 1, 7, True),
    ('try {} catch', 'MissingCatchHandlerBlock', 1, 13, True),
    ('try {} finally', 'MissingFinallyStatementBlock', 1, 15, True),
    ('try {} catch [int]', 'MissingCatchHandlerBlock', 1, 19, True),
    ('try {} catch {} finally', 'MissingFinallyStatementBlock', 1, 24, True),
    ('try {} catch {} catch', 'MissingCatchHandlerBlock', 1, 22, True),
    ('try {} catch [int],', 'MissingTypeLiteralToken', 1, 20, True),
    ('switch', 'PipelineValueRequired', 1, 7, True),
    ('switch -abc', 'InvalidSwitchFlag', 1, 8, False),
    ('switch -file', 'MissingFilenameOption', 1, 13, True),
    ('switch (', 'PipelineValueRequired', 1, 9, True),
    ('switch ()', 'PipelineValueRequired', 1, 9, False),
    ('switch ("abc")  ', 'MissingCurlyBraceInSwitchStatement', 1, 15, True),
    ('switch ("abc")  {', 'MissingSwitchConditionExpression', 1, 18, True),
    ('switch ("abc")  { 1', 'MissingSwitchStatementClause', 1, 20, True),
    ('switch ("abc")  { 1 }', 'MissingSwitchStatementClause', 1, 20, False),
    ('function', 'MissingNameAfterKeyword', 1, 9, True),
    ('function foo', 'MissingFunctionBody', 1, 13, True),
    ('function foo {', 'MissingEndCurlyBrace', 1, 14, True),
    ('function foo { function bar { if (1) {} }', 'MissingEndCurlyBrace', 1, 14, True),
    ('$a,$b += 1,2', 'InvalidLeftHandSide', 1, 1, False),
    ('1 ??= 1', 'InvalidLeftHandSide', 1, 1, False),
    ('@() ??= 1', 'InvalidLeftHandSide', 1, 1, False),
    ('@{} ??= 1', 'InvalidLeftHandSide', 1, 1, False),
    ('1..2 ??= 1', 'InvalidLeftHandSide', 1, 1, False),
    ('[int] ??= 1', 'InvalidLeftHandSide', 1, 1, False),
    ('$cricket ?= $soccer', 'ExpectedValueExpression', 1, 11, False),
    ('$x??=', 'ExpectedValueExpression', 1, 6, True),
    ('$x ??Get-Thing', 'ExpectedValueExpression', 1, 6, False),
    ('$??=$false', 'ExpectedValueExpression', 1, 4, False),
    ('$hello ??? $what', 'ExpectedValueExpression', 1, 10, False),
    ('[datetime]?::now', 'ExpectedValueExpression', 1, 12, False),
    ('${x}?.name = "value"', 'InvalidLeftHandSide', 1, 1, False),
    ('${x}?[-]', 'MissingExpressionAfterOperator', 1, 8, False),
    ('${x}?[0] = 1', 'InvalidLeftHandSide', 1, 1, False),
    ('@a', 'SplattingNotPermitted', 1, 1, False),
    ('foreach (@a in $b) {}', 'SplattingNotPermitted', 1, 10, False),
    ('param(@a)', 'SplattingNotPermitted', 1, 7, False),
    ('function foo (@a) {}', 'SplattingNotPermitted', 1, 15, False),
    ('|gps', 'EmptyPipeElement', 1, 1, False),
    ('gps|', 'EmptyPipeElement', 1, 5, True),
    ('gps| |foreach name', 'EmptyPipeElement', 1, 5, False),
    ('1|1', 'ExpressionsMustBeFirstInPipeline', 1, 3, False),
    ('$a=', 'ExpectedValueExpression', 1, 4, True),
    ('   )', 'UnexpectedToken', 1, 4, False),
    ('   }', 'UnexpectedToken', 1, 4, False),
    ('1+', 'ExpectedValueExpression', 1, 3, True),
    ('@{ a=1;b=2;c=3;', 'MissingEndCurlyBrace', 1, 3, True),
    # PowerShell's test/powershell/Language/Classes/Scripting.Classes.BasicParsing.Tests.ps1
    ('class', 'MissingNameAfterKeyword', 1, 6, True),
    ('class foo', 'MissingTypeBody', 1, 10, True),
    ('class foo {', 'MissingEndCurlyBrace', 1, 12, True),
    ('class C : B', 'MissingTypeBody', 1, 12, True),
    ('Class foo { q(){} w(){}', 'MissingEndCurlyBrace', 1, 12, True),
    # PowerShell's test/powershell/Language/Classes/scripting.Classes.inheritance.tests.ps1
    ('class A : {}', 'TypeNameExpected', 1, 10, False),
    ('class A {}; class B : A, {}', 'TypeNameExpected', 1, 25, False),
    # PowerShell's test/powershell/Language/Classes/scripting.enums.tests.ps1
    ('enum', 'MissingNameAfterKeyword', 1, 5, True),
    ('enum foo', 'MissingTypeBody', 1, 9, True),
    ('enum foo {', 'MissingEndCurlyBrace', 1, 11, True),
    ('enum foo { x = }', 'ExpectedValueExpression', 1, 15, False),
    ('enum foo { x =', 'ExpectedValueExpression', 1, 15, True),
    ('enum foo { a;b;c;', 'MissingEndCurlyBrace', 1, 11, True),
]


@pytest.mark.parametrize("source,error_id,line,column,incomplete", ERRORS)
def test_parse_errors(source, error_id, line, column, incomplete):
    with pytest.raises(ParseError) as info:
        parse(source)
    error = info.value
    assert error.error_id == error_id
    assert (error.extent.start_line, error.extent.start_column) == (line, column)
    assert error.incomplete == incomplete


# PowerShell's tokenizer.cs ScanUnicodeEscape (ids of ParserStrings.resx; its Parsing tests state these ids): a bad
# `u{} escape is a ParseError, never a Python exception
@pytest.mark.parametrize("source,error_id", [
    ('"`u{110000}"', "InvalidUnicodeEscapeSequenceValue"),
    ('"`u{}"', "InvalidUnicodeEscapeSequence"),
    ('"`u{1234567}"', "TooManyDigitsInUnicodeEscapeSequence"),
    ('"`u{41"', "MissingUnicodeEscapeSequenceTerminator"),
    ('"a `u{xyz} b $x"', "InvalidUnicodeEscapeSequence"),
])
def test_bad_unicode_escapes(source, error_id):
    with pytest.raises(ParseError) as info:
        parse(source)
    assert info.value.error_id == error_id


def test_good_unicode_escape():
    assert parse('"`u{1F600}x"').end.statements[0].elements[0].expression.value == "\U0001F600x"
