"""Differential parser test: generated valid PowerShell must parse in pyposh and in tree-sitter-pwsh.

A hypothesis strategy (`programs`) writes syntactically valid PowerShell 7 from many constructs:
assignments, pipelines of cmdlets with parameters, if/elseif/else, switch, foreach, for, while,
do/until, try/catch/finally, functions with param() and attributes, scriptblocks, hashtables,
arrays, casts, member access, method calls, indexing, expandable strings, here-strings,
comparison/arithmetic operators, -f, ranges and redirections.

* `test_pyposh_parses_generated_programs`: `pyposh.grammar.parse` accepts every program.
* `test_tree_sitter_parses_generated_programs`: tree-sitter-pwsh (PyPI `tree-sitter-pwsh`) parses
  every program without ERROR or MISSING nodes. This keeps the generator honest: an independent
  PowerShell grammar agrees that what it writes is valid.
* tree-sitter-pwsh has known gaps (valid PowerShell it rejects). They are listed in `TS_GAPS` with
  an example each; the tree-sitter test draws from a strategy that leaves those forms out, and
  `test_known_tree_sitter_gaps` checks that every example is still rejected by tree-sitter (so a
  fixed gap gets noticed and removed) and accepted by pyposh.
"""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from script_runner import unavailable

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---------------------------------------------------------------------------------------------
# Access to the two parsers
# ---------------------------------------------------------------------------------------------

def _pyposh_parse():
    try:
        from pyposh.grammar import parse
    except ImportError as e:
        unavailable(f"pyposh.grammar.parse is not available yet ({e})")
    return parse


_TS_PARSER = None


def _ts_parser():
    global _TS_PARSER
    if _TS_PARSER is None:
        try:
            import tree_sitter
            import tree_sitter_pwsh
        except ImportError as e:
            unavailable(f"tree-sitter / tree-sitter-pwsh not installed ({e}); pip install -e '.[test]'")
        _TS_PARSER = tree_sitter.Parser(tree_sitter.Language(tree_sitter_pwsh.language()))
    return _TS_PARSER


def _ts_problems(text: str) -> list[str]:
    """ERROR / MISSING nodes tree-sitter-pwsh reports for `text`, as readable strings."""
    root = _ts_parser().parse(text.encode("utf-8")).root_node
    if not root.has_error:
        return []
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            kind = "MISSING" if node.is_missing else "ERROR"
            row, col = node.start_point
            snippet = text.encode("utf-8")[node.start_byte:node.end_byte][:60].decode("utf-8", "replace")
            found.append(f"{kind} at line {row + 1} col {col + 1}: {snippet!r}")
        elif node.has_error:
            stack.extend(reversed(node.children))
    return found or ["(has_error set, no ERROR node found)"]


# ---------------------------------------------------------------------------------------------
# tree-sitter-pwsh's known gaps: valid PowerShell 7 that it rejects. Key -> example.
# The generator tags each form by the same key and can leave it out.
# ---------------------------------------------------------------------------------------------

TS_GAPS: dict[str, str] = {
    # Two switch clauses on one line with no ';' between them: tree-sitter wants a newline.
    "switch_clauses_one_line": "switch ($x) { 1 { 'one' } 2 { 'two' } }",
    # A named block (begin/process/end) on the same line as a function's param() block.
    "named_block_after_param_same_line": "function f { param($a) process { $a } }",
    # A bareword array element after a quoted or numeric one, in command mode: `1, b`.
    "bareword_in_argument_array": "Write-Output 1, b",
    # An empty verbatim here-string (body: nothing, written as one empty line) runs on to the next
    # line that starts with '@ further down the file.
    "empty_verbatim_here_string": "if ($x) {\n    $s = @'\n\n'@\n}\n$t = @'\nlast\n'@\n",
}


# ---------------------------------------------------------------------------------------------
# The generator. Every builder takes `draw`, a depth budget and the set of excluded gap keys.
# ---------------------------------------------------------------------------------------------

VARIABLES = ("$x", "$y", "$items", "$name", "$count", "$total", "$result", "$i", "$h", "$list")
SPECIAL_VARIABLES = ("$true", "$false", "$null", "$env:HOME", "$script:count", "$global:total",
                     "${my var}", "$PSVersionTable", "$args")
NAMES = ("Name", "Length", "Count", "Value", "Id", "Path", "Status", "Key")
METHODS = ("ToUpper()", "ToLower()", "Trim()", "ToString()", "GetType()",
           "Replace('a', 'b')", "Split(',')", "Contains('x')", "Substring(1)", "PadLeft(5)")
CMDLETS = ("Get-ChildItem", "Get-Item", "Write-Output", "Write-Host", "Select-Object",
           "Sort-Object", "Where-Object", "ForEach-Object", "Measure-Object", "Group-Object",
           "Format-Table", "Out-String", "Get-Content", "Set-Content", "Test-Path", "Get-Date",
           "New-Object", "Invoke-Command", "Get-Process", "Join-Path")
PARAMS = ("Path", "Name", "Property", "Filter", "First", "Last", "Descending", "Force",
          "Recurse", "Value", "InputObject", "Sum", "Encoding", "NoNewline", "AutoSize")
SWITCHES = ("Force", "Recurse", "Descending", "Unique", "PassThru", "NoNewline", "AutoSize", "Sum")
BAREWORDS = ("foo", "bar.txt", "*.ps1", "./dir", "utf8", "Name", "C:\\temp", "a-b", "http://x/y")
TYPES = ("int", "string", "bool", "double", "long", "char", "datetime", "array", "hashtable",
         "string[]", "int[]", "object[]", "regex", "version", "System.IO.FileInfo",
         "System.Collections.Generic.List[int]", "System.Collections.Generic.Dictionary[string,int]",
         "pscustomobject", "xml", "math", "System.Text.StringBuilder", "guid")
STATIC_MEMBERS = ("[math]::PI", "[int]::MaxValue", "[string]::Empty", "[datetime]::Now",
                  "[System.IO.Path]::DirectorySeparatorChar", "[char]::MinValue")
STATIC_CALLS = ("[math]::Max({0}, {1})", "[math]::Round({0}, {1})", "[string]::Join({0}, {1})",
                "[System.IO.Path]::Combine({0}, {1})", "[System.Collections.Generic.List[int]]::new()",
                "[regex]::Escape({0})", "[string]::IsNullOrEmpty({0})")
BINARY_OPS = ("+", "-", "*", "/", "%", "-eq", "-ne", "-gt", "-ge", "-lt", "-le", "-like",
              "-notlike", "-match", "-notmatch", "-contains", "-notcontains", "-in", "-notin",
              "-replace", "-split", "-join", "-and", "-or", "-xor", "-band", "-bor", "-bxor",
              "-shl", "-shr", "-ceq", "-ieq", "-cmatch", "-imatch", "-clike", "-is", "-isnot", "-as",
              "-f", "..", "-creplace", "-cne", "-ilike")
UNARY_OPS = ("-not ", "!", "-", "+", "-bnot ", "-split ", "-join ", ",")
ASSIGN_OPS = ("=", "+=", "-=", "*=", "/=", "%=")
WORDS = ("hello", "world", "Total", "a b", "x=1", "done.", "{0}", "%", "it's", "(ok)", "#tag", "1,2")
ATTR_PARAMS = ("[Parameter(Mandatory)]", "[Parameter(Mandatory = $true, Position = 0)]",
               "[Parameter(ValueFromPipeline = $true)]", "[Parameter(ValueFromPipelineByPropertyName)]",
               "[ValidateNotNullOrEmpty()]", "[ValidateSet('a', 'b', 'c')]", "[ValidateRange(1, 10)]",
               "[Alias('n', 'nm')]", "[AllowNull()]", "[ValidatePattern('^\\w+$')]")
EXCEPTION_TYPES = ("System.Exception", "System.IO.IOException", "System.DivideByZeroException",
                   "System.Management.Automation.RuntimeException", "ArgumentException")


def _ind(text: str, n: int = 1) -> str:
    """Indent by n levels, leaving here-string bodies and footers at column 1 (PowerShell requires it)."""
    pad = "    " * n
    out, footer = [], None
    for line in text.split("\n"):
        if footer:
            out.append(line)
            if line.startswith(footer):
                footer = None
            continue
        out.append(pad + line if line.strip() else line)
        if line.endswith(('@"', "@'")):
            footer = line[-1] + "@"
    return "\n".join(out)


def _block(body: str) -> str:
    """A `{ ... }` block: multi-line when the body has statements."""
    if not body:
        return "{ }"
    return "{\n" + _ind(body) + "\n}"


# -- literals and strings ---------------------------------------------------------------------

numbers = st.one_of(
    st.integers(min_value=0, max_value=100000).map(str),
    st.sampled_from(("1.5", "0.25", "3.14159", "1e3", "0x1F", "0xff", "1kb", "2mb", "10L", "7d", "-1")),
)


def _single_quoted(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


@st.composite
def expandable_string(draw, depth: int):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 5 if depth > 0 else 3))
        if kind == 0:
            parts.append(draw(st.sampled_from(WORDS)).replace("'", "`'"))
        elif kind == 1:
            # A variable is followed by a space or ends the string: "$x:" would be a drive reference.
            parts.append(draw(st.sampled_from(VARIABLES)) + " ")
        elif kind == 2:
            parts.append(draw(st.sampled_from(("`n", "`t", "`$", '`"', "``", '""', "`0"))))
        elif kind == 3:
            parts.append(draw(st.sampled_from(("$env:HOME ", "${my var}", "$($x)", "$(1 + 2)"))))
        elif kind == 4:
            parts.append("$(" + draw(expression(depth - 1)) + ")")
        else:
            parts.append("$(" + draw(st.sampled_from(VARIABLES)) + "." + draw(st.sampled_from(NAMES)) + ")")
    return '"' + "".join(parts) + '"'


string_literal = st.one_of(
    st.sampled_from(WORDS).map(_single_quoted),
    st.sampled_from(("'{0} and {1}'", "'{0:N2}'", "'{0,-10}|'", "'a,b,c'", "'^\\d+$'", "''"))
)


# -- expressions --------------------------------------------------------------------------------

@st.composite
def primary(draw, depth: int, gaps: frozenset = frozenset()):
    """Something that takes a postfix (member access, index, call) safely."""
    options = [
        lambda: draw(st.sampled_from(VARIABLES)),
        lambda: draw(st.sampled_from(SPECIAL_VARIABLES)),
        lambda: draw(string_literal),
        lambda: draw(expandable_string(depth)),
        lambda: "[" + draw(st.sampled_from(TYPES)) + "]",
    ]
    if depth > 0:
        options += [
            lambda: "(" + draw(expression(depth - 1, gaps)) + ")",
            lambda: "@(" + draw(expression(depth - 1, gaps)) + ")",
            lambda: "$(" + draw(expression(depth - 1, gaps)) + ")",
            lambda: draw(array_literal(depth - 1, gaps)),
            lambda: draw(hashtable(depth - 1, gaps)),
        ]
    return draw(st.sampled_from(options))()


@st.composite
def array_literal(draw, depth: int, gaps: frozenset = frozenset()):
    items = draw(st.lists(simple_operand(depth, gaps), max_size=4))
    return "@(" + ", ".join(items) + ")"


@st.composite
def hashtable(draw, depth: int, gaps: frozenset = frozenset()):
    keys = draw(st.lists(st.sampled_from(NAMES + ("'quoted key'", "1", '"k"')), max_size=4, unique=True))
    entries = [f"{k} = {draw(simple_operand(depth, gaps))}" for k in keys]
    if not entries:
        return "@{}"
    if draw(st.booleans()):
        return "@{ " + "; ".join(entries) + " }"
    return "@{\n" + _ind("\n".join(entries)) + "\n}"


@st.composite
def postfix(draw, depth: int, gaps: frozenset = frozenset()):
    """Member access, method calls, indexing and static members on a primary."""
    kind = draw(st.integers(0, 7))
    if kind == 0:
        return draw(st.sampled_from(STATIC_MEMBERS))
    if kind == 1:
        template = draw(st.sampled_from(STATIC_CALLS))
        return template.format(draw(simple_operand(depth, gaps)), draw(simple_operand(depth, gaps)))
    base = draw(primary(depth, gaps))
    if base.startswith("[") and not base.startswith("[math"):
        # A type literal takes `::`, not `.`
        return base + "::" + draw(st.sampled_from(("new()", "Parse('1')", "MaxValue", "Empty")))
    if base.startswith("["):
        return base
    if base[0].isdigit():
        base = "(" + base + ")"
    for _ in range(draw(st.integers(1, 3))):
        step = draw(st.integers(0, 4))
        if step == 0:
            base += "." + draw(st.sampled_from(NAMES))
        elif step == 1:
            base += "." + draw(st.sampled_from(METHODS))
        elif step == 2:
            base += "[" + draw(st.sampled_from(("0", "-1", "1..2", "'key'", "$i", "$i + 1", "0, 2"))) + "]"
        elif step == 3:
            base += "." + draw(st.sampled_from(NAMES)) + "." + draw(st.sampled_from(METHODS))
        else:
            base += "." + draw(st.sampled_from(("Count", "Length")))
    return base


def _unary(op: str, operand: str) -> str:
    """`-` before `-1` must not become the `--` operator."""
    if operand[:1] in "-+" and op in ("-", "+"):
        return op + " " + operand
    return op + operand


@st.composite
def simple_operand(draw, depth: int, gaps: frozenset = frozenset()):
    """An operand with no binary operator at its top level."""
    options = [
        lambda: draw(numbers),
        lambda: draw(st.sampled_from(VARIABLES)),
        lambda: draw(string_literal),
        lambda: draw(expandable_string(max(depth, 0))),
        lambda: draw(postfix(max(depth, 0), gaps)),
    ]
    if depth > 0:
        options += [
            lambda: "[" + draw(st.sampled_from(TYPES[:12])) + "]" + draw(simple_operand(depth - 1, gaps)),
            lambda: _unary(draw(st.sampled_from(UNARY_OPS[:5])), draw(simple_operand(depth - 1, gaps))),
            lambda: draw(scriptblock(depth - 1, gaps)),
            lambda: draw(st.sampled_from(VARIABLES)) + draw(st.sampled_from(("++", "--"))),
        ]
    return draw(st.sampled_from(options))()


@st.composite
def expression(draw, depth: int = 2, gaps: frozenset = frozenset()):
    kind = draw(st.integers(0, 6))
    if depth <= 0 or kind == 0:
        return draw(simple_operand(depth, gaps))
    if kind in (1, 2):
        op = draw(st.sampled_from(BINARY_OPS))
        left = draw(simple_operand(depth - 1, gaps))
        if op in ("-is", "-isnot", "-as"):
            right = "[" + draw(st.sampled_from(TYPES[:12])) + "]"
        elif op == "-f":
            left = draw(st.sampled_from(("'{0}'", "'{0} {1}'", "'{0:N2}'", "'{0,5}|{1}'")))
            right = ", ".join(draw(st.lists(simple_operand(depth - 1, gaps), min_size=1, max_size=3)))
        else:
            right = draw(simple_operand(depth - 1, gaps))
        return f"{left} {op} {right}"
    if kind == 3:
        # A chain of binary operators.
        parts = [draw(simple_operand(depth - 1, gaps))]
        for _ in range(draw(st.integers(1, 3))):
            parts.append(draw(st.sampled_from(("+", "-", "*", "-and", "-or", "-eq", "-gt", "-band"))))
            parts.append(draw(simple_operand(depth - 1, gaps)))
        return " ".join(parts)
    if kind == 4:
        items = draw(st.lists(simple_operand(depth - 1, gaps), min_size=2, max_size=4))
        return ", ".join(items)
    if kind == 5:
        return draw(st.sampled_from(("1..10", "$i..$count", "-5..5", "'a'..'e'", "0..($count - 1)")))
    return "-not (" + draw(expression(depth - 1, gaps)) + ")"


@st.composite
def scriptblock(draw, depth: int, gaps: frozenset = frozenset()):
    if draw(st.booleans()):
        body = draw(expression(max(depth - 1, 0), gaps))
        if draw(st.booleans()):
            return "{ param($a, $b) " + body + " }"
        return "{ " + body.replace("$x", "$_") + " }"
    return _block(draw(statements(max(depth - 1, 0), gaps, max_size=2)))


# -- commands and pipelines ---------------------------------------------------------------------

@st.composite
def command_argument(draw, depth: int, gaps: frozenset = frozenset()):
    kind = draw(st.integers(0, 9))
    if kind == 0:
        return draw(st.sampled_from(BAREWORDS))
    if kind == 1:
        return draw(numbers)
    if kind == 2:
        return draw(string_literal)
    if kind == 3:
        return draw(expandable_string(depth))
    if kind == 4:
        return draw(st.sampled_from(VARIABLES + SPECIAL_VARIABLES))
    if kind == 5:
        return draw(scriptblock(depth, gaps))
    if kind == 6:
        return "(" + draw(expression(depth, gaps)) + ")"
    if kind == 7:
        return draw(st.sampled_from(VARIABLES)) + "." + draw(st.sampled_from(NAMES))
    if kind == 8:
        return draw(hashtable(depth, gaps))
    elements = ("1", "'a'", "$x") if "bareword_in_argument_array" in gaps else ("1", "'a'", "$x", "b")
    return ", ".join(draw(st.lists(st.sampled_from(elements), min_size=2, max_size=3)))


@st.composite
def command(draw, depth: int, gaps: frozenset = frozenset()):
    name = draw(st.sampled_from(CMDLETS))
    elements = [name]
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            elements.append("-" + draw(st.sampled_from(SWITCHES)))
        elif kind == 1:
            elements.append("-" + draw(st.sampled_from(PARAMS)) + " " + draw(command_argument(depth, gaps)))
        elif kind == 2:
            value = draw(st.sampled_from(("$true", "$false", "$x")))
            elements.append("-" + draw(st.sampled_from(SWITCHES)) + ":" + value)
        else:
            elements.append(draw(command_argument(depth, gaps)))
    if len(elements) > 2 and draw(st.integers(0, 5)) == 0:
        # A line continuation before the last argument.
        elements[-1] = "`\n    " + elements[-1]
    return " ".join(elements)


REDIRECTIONS = ("> out.txt", ">> log.txt", "2> $null", "2>&1", "*> $null", "2>> err.log",
                "3> warn.txt", "> $null", "*>&1", "1> out.txt", ">$null")


@st.composite
def pipeline(draw, depth: int, gaps: frozenset = frozenset()):
    first_kind = draw(st.integers(0, 3))
    if first_kind == 0:
        first = draw(expression(depth, gaps))
    else:
        first = draw(command(depth, gaps))
        if draw(st.integers(0, 4)) == 0:
            operator = draw(st.sampled_from(("&", ".")))
            target = draw(st.sampled_from(("$sb", "$cmd", "'Get-Item'", "{ 1 }")))
            first = f"{operator} {target} " + draw(command_argument(depth, gaps))
    stages = [first]
    for _ in range(draw(st.integers(0 if first_kind else 1, 3))):
        stages.append(draw(command(depth, gaps)))
    sep = draw(st.sampled_from((" | ", " |\n    ")))
    text = sep.join(stages)
    if draw(st.integers(0, 5)) == 0:
        text += " " + draw(st.sampled_from(REDIRECTIONS))
    return text


# -- statements ---------------------------------------------------------------------------------

@st.composite
def assignment(draw, depth: int, gaps: frozenset = frozenset()):
    target = draw(st.sampled_from(VARIABLES + ("$h['key']", "$list[0]", "$x.Name", "[int]$n",
                                               "$a, $b", "$script:count", "$env:MY_VAR", "${my var}")))
    op = "=" if target in ("$a, $b", "[int]$n") else draw(st.sampled_from(ASSIGN_OPS))
    kind = draw(st.integers(0, 5))
    if kind == 0 and op == "=":
        value = draw(pipeline(depth, gaps))
    elif kind == 1 and op == "=" and depth > 0:
        value = draw(st.sampled_from((if_statement, foreach_statement, switch_statement)))(depth - 1, gaps)
        value = draw(value)
    elif kind == 2 and op == "=":
        value = draw(here_string(gaps))
    else:
        value = draw(expression(depth, gaps))
    return f"{target} {op} {value}"


@st.composite
def here_string(draw, gaps: frozenset = frozenset()):
    lines = draw(st.lists(st.sampled_from(("Hello $name", "  indented", "", "quote \" and ' inside",
                                            "$($x + 1) items", "@{ not a hashtable }", "# not a comment")),
                          min_size=0, max_size=3))
    if draw(st.booleans()):
        return '@"\n' + "\n".join(lines) + '\n"@'
    if "empty_verbatim_here_string" in gaps and not "".join(lines):
        lines = ["text"]
    return "@'\n" + "\n".join(lines) + "\n'@"


def _condition(draw, depth, gaps):
    return draw(st.one_of(expression(depth, gaps), st.sampled_from(("$true", "$x -eq 1", "Test-Path $x"))))


@st.composite
def if_statement(draw, depth: int, gaps: frozenset = frozenset()):
    text = f"if ({_condition(draw, depth, gaps)}) " + _block(draw(statements(depth, gaps, max_size=2)))
    for _ in range(draw(st.integers(0, 2))):
        text += f" elseif ({_condition(draw, depth, gaps)}) " + _block(draw(statements(depth, gaps, max_size=2)))
    if draw(st.booleans()):
        text += " else " + _block(draw(statements(depth, gaps, max_size=2)))
    return text


@st.composite
def switch_statement(draw, depth: int, gaps: frozenset = frozenset()):
    options = draw(st.lists(st.sampled_from(("-regex", "-wildcard", "-exact", "-casesensitive")),
                            max_size=2, unique=True))
    subject = draw(st.sampled_from(("$x", "$name", "(1..5)", "$items", "'abc'", "(Get-Item x)")))
    clauses = []
    for _ in range(draw(st.integers(1, 4))):
        cond = draw(st.sampled_from(("1", "2", "'a*'", "'^\\d+$'", "abc", "{ $_ -gt 5 }", '"x"', "3.5")))
        clauses.append(cond + " { " + draw(expression(max(depth - 1, 0), gaps)) + " }")
    if draw(st.booleans()):
        clauses.append("default { " + draw(st.sampled_from(("'other'", "break", "continue", "$_"))) + " }")
    head = "switch " + " ".join(options + [f"({subject})"]) + " "
    if "switch_clauses_one_line" not in gaps and draw(st.integers(0, 2)) == 0:
        return head + "{ " + " ".join(clauses) + " }"
    if draw(st.booleans()):
        return head + "{ " + "; ".join(clauses) + " }"
    return head + "{\n" + _ind("\n".join(clauses)) + "\n}"


@st.composite
def foreach_statement(draw, depth: int, gaps: frozenset = frozenset()):
    var = draw(st.sampled_from(("$item", "$i", "$file", "$n")))
    source = draw(st.sampled_from(("$items", "1..10", "(Get-ChildItem)", "@(1, 2, 3)", "$h.Keys", "$list")))
    return f"foreach ({var} in {source}) " + _block(draw(statements(depth, gaps, max_size=3)))


@st.composite
def for_statement(draw, depth: int, gaps: frozenset = frozenset()):
    header = draw(st.sampled_from(("$i = 0; $i -lt 10; $i++", "$i = 10; $i -gt 0; $i--", ";;",
                                   "$i = 0; $i -lt $items.Count; $i += 2")))
    return f"for ({header}) " + _block(draw(statements(depth, gaps, max_size=3)))


@st.composite
def while_statement(draw, depth: int, gaps: frozenset = frozenset()):
    kind = draw(st.integers(0, 2))
    body = _block(draw(statements(depth, gaps, max_size=3)))
    cond = _condition(draw, depth, gaps)
    if kind == 0:
        return f"while ({cond}) {body}"
    if kind == 1:
        return f"do {body} until ({cond})"
    return f"do {body} while ({cond})"


@st.composite
def try_statement(draw, depth: int, gaps: frozenset = frozenset()):
    text = "try " + _block(draw(statements(depth, gaps, max_size=2)))
    catches = draw(st.integers(0, 2))
    for n in range(catches):
        types = draw(st.lists(st.sampled_from(EXCEPTION_TYPES), max_size=2, unique=True))
        if n < catches - 1 and not types:
            types = ["System.IO.IOException"]
        head = "catch " + ", ".join(f"[{t}]" for t in types) + (" " if types else "")
        text += "\n" + head + _block(draw(statements(depth, gaps, max_size=2)))
    if catches == 0 or draw(st.booleans()):
        text += "\nfinally " + _block(draw(statements(depth, gaps, max_size=2)))
    return text


@st.composite
def param_block(draw, depth: int):
    params = []
    for name in draw(st.lists(st.sampled_from(("$Name", "$Path", "$Count", "$Force", "$InputObject", "$Tags")),
                              max_size=3, unique=True)):
        attrs = draw(st.lists(st.sampled_from(ATTR_PARAMS), max_size=2))
        type_ = draw(st.sampled_from(("", "[string]", "[int]", "[switch]", "[object[]]", "[string[]]", "[hashtable]")))
        default = ""
        if type_ != "[switch]" and draw(st.booleans()):
            default = " = " + draw(st.sampled_from(("'x'", "1", "@()", "$null", "(Get-Location)", "$true")))
        params.append("".join(attrs) + type_ + name + default)
    if params and draw(st.booleans()):
        return "param(\n" + _ind(",\n".join(params)) + "\n)"
    return "param(" + ", ".join(params) + ")"


@st.composite
def function_definition(draw, depth: int, gaps: frozenset = frozenset()):
    name = draw(st.sampled_from(("Get-Thing", "Invoke-Task", "Add", "Test-It", "ConvertTo-Foo", "helper")))
    keyword = draw(st.sampled_from(("function", "function", "filter", "Function")))
    kind = draw(st.integers(0, 1 if keyword == "filter" else 2))
    if kind == 0:
        args = ", ".join(draw(st.lists(st.sampled_from(("$a", "$b", "[int]$c", "$d = 1")), max_size=3, unique=True)))
        return f"{keyword} {name}({args}) " + _block(draw(statements(depth, gaps, max_size=3)))
    head = ""
    if draw(st.booleans()):
        head = draw(st.sampled_from(("[CmdletBinding()]", "[CmdletBinding(SupportsShouldProcess)]",
                                     "[CmdletBinding(DefaultParameterSetName = 'A')]", "[OutputType([string])]")))
        head += "\n"
    head += draw(param_block(depth))
    if kind == 1:
        body = head + "\n" + draw(statements(depth, gaps, max_size=3))
    else:
        blocks = draw(st.lists(st.sampled_from(("begin", "process", "end")), min_size=1, max_size=3, unique=True))
        blocks.sort(key=("begin", "process", "end").index)
        named = "\n".join(b + " " + _block(draw(statements(depth, gaps, max_size=2))) for b in blocks)
        if "named_block_after_param_same_line" not in gaps and draw(st.integers(0, 3)) == 0:
            body = head + " " + named
        else:
            body = head + "\n" + named
    return f"{keyword} {name} " + _block(body.strip())


@st.composite
def simple_statement(draw, depth: int, gaps: frozenset = frozenset()):
    kind = draw(st.integers(0, 7))
    if kind <= 2:
        return draw(pipeline(depth, gaps))
    if kind <= 4:
        return draw(assignment(depth, gaps))
    if kind == 5:
        return draw(st.sampled_from(("break", "continue", "return", "exit 1", "throw 'failed'",
                                     "return $result", "throw", "exit")))
    if kind == 6:
        return draw(st.sampled_from(("# a comment", "<# block\n   comment #>", "# see about_Comments")))
    return draw(here_string(gaps))


@st.composite
def statement(draw, depth: int, gaps: frozenset = frozenset()):
    if depth <= 0:
        return draw(simple_statement(0, gaps))
    builder = draw(st.sampled_from((simple_statement, simple_statement, simple_statement, if_statement,
                                    switch_statement, foreach_statement, for_statement, while_statement,
                                    try_statement, function_definition)))
    return draw(builder(depth - 1, gaps))


@st.composite
def statements(draw, depth: int, gaps: frozenset = frozenset(), max_size: int = 4):
    items = draw(st.lists(statement(depth, gaps), min_size=0, max_size=max_size))
    if len(items) > 1 and draw(st.integers(0, 4)) == 0:
        # Two simple statements on one line with ';'
        return "; ".join(items[:2]) if all("\n" not in i and not i.startswith("#") and not i.startswith("@")
                                           for i in items[:2]) else "\n".join(items)
    return "\n".join(items)


def programs(gaps: frozenset = frozenset(), depth: int = 3):
    """Whole scripts. `gaps`: TS_GAPS keys the generator must not write."""
    return statements(depth, gaps, max_size=6).map(lambda s: s + "\n")


ALL_GAPS = frozenset(TS_GAPS)


# ---------------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------------

@SETTINGS
@given(programs())
def test_pyposh_parses_generated_programs(program):
    parse = _pyposh_parse()
    parse(program)


@SETTINGS
@given(programs(gaps=ALL_GAPS))
def test_tree_sitter_parses_generated_programs(program):
    problems = _ts_problems(program)
    assert not problems, "tree-sitter-pwsh rejects:\n" + program + "\n" + "\n".join(problems)


@pytest.mark.parametrize("key", sorted(TS_GAPS))
def test_known_tree_sitter_gaps(key):
    example = TS_GAPS[key]
    assert _ts_problems(example), (
        f"tree-sitter-pwsh now parses the known gap {key!r} ({example!r}): remove it from TS_GAPS")
    _pyposh_parse()(example)


FIXED_PROGRAMS = [
    "$x = 1..3 | ForEach-Object { $_ * 2 }\n",
    "function Get-Greeting {\n    [CmdletBinding()]\n    param(\n"
    "        [Parameter(Mandatory, Position = 0)][string]$Name,\n        [int]$Times = 1\n    )\n"
    "    foreach ($i in 1..$Times) { \"Hello $Name\" }\n}\n",
    "$h = @{ a = 1; 'b c' = 2 }\n$h['a'] += 1\n'{0} {1}' -f $h.a, $h['b c']\n",
    "try { 1 / 0 } catch [System.DivideByZeroException] { $_.Exception.Message } finally { 'done' }\n",
    "$s = @\"\nValue: $($x.Count)\n\"@\n",
    "Get-ChildItem -Path . -Filter *.ps1 2>&1 > $null\n",
    "do { $i++ } until ($i -ge 3)\n",
    "switch -regex ($x) {\n    '^a' { 'A' }\n    default { 'other' }\n}\n",
    "[System.Collections.Generic.List[int]]::new().Count\n",
]


@pytest.mark.parametrize("program", FIXED_PROGRAMS)
def test_fixed_programs_parse_in_both(program):
    assert not _ts_problems(program), _ts_problems(program)
    _pyposh_parse()(program)
