"""Parser robustness: `parse()` on arbitrary text returns a tree or raises ParseError, and nothing else.

No IndexError from the lexer, no lark exception or VisitError leaking out, no RecursionError on
ordinary input. Inputs are arbitrary unicode text and text drawn from a PowerShell-ish alphabet
(sigils, brackets, quotes, operators, keywords), which reaches far more parser states.
"""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from script_runner import unavailable

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TOKENS = (
    "$", "$x", "$_", "${a b}", "$env:PATH", "@", "@(", "@{", "$(", "(", ")", "{", "}", "[", "]", "[int]",
    "'", '"', "`", "`n", "@'\n", "\n'@", '@"\n', '\n"@', "#", "<#", "#>", ";", ",", ".", "..", "::", "|",
    "||", "&&", "&", ">", ">>", "2>&1", "*>", "=", "+=", "-", "--", "++", "+", "*", "/", "%", "!",
    "-eq", "-ne", "-like", "-match", "-replace", "-f", "-and", "-not", "-split", "-join", "-is", "-as",
    "if", "elseif", "else", "switch", "foreach", "for", "while", "do", "until", "try", "catch",
    "finally", "function", "filter", "param", "begin", "process", "end", "return", "break",
    "continue", "throw", "exit", "trap", "class", "enum", "in", "data", "dynamicparam",
    "Get-Item", "-Path", "-Force:", "ForEach-Object", "0x1F", "1kb", "1.5e3", "42", "abc", "a-b",
    " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2013", "\u201c", "\u2018",
)

powershellish = st.lists(st.sampled_from(TOKENS), max_size=40).map("".join)


def _parse():
    try:
        from pyposh.grammar import parse
    except ImportError as e:
        unavailable(f"pyposh.grammar.parse is not available yet ({e})")
    from pyposh.errors import ParseError
    return parse, ParseError


def _check(text: str) -> None:
    parse, ParseError = _parse()
    try:
        parse(text)
    except ParseError as e:
        assert e.error_id, f"ParseError without an error id for {text!r}"
        assert e.message, f"ParseError without a message for {text!r}"
        if e.extent is not None:
            assert e.extent.start_line >= 1 and e.extent.start_column >= 1, (text, e.extent)


@SETTINGS
@given(st.text(max_size=200))
def test_arbitrary_text(text):
    _check(text)


@SETTINGS
@example("")
@example("{")
@example("@'\n")
@example('"$(')
@example("function")
@example("$x = ")
@example("1 +")
@example("`")
@example("<#")
@example("switch ($x) {")
@example("(" * 40 + ")" * 40)
@given(powershellish)
def test_powershellish_text(text):
    _check(text)
