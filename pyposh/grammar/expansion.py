"""Expandable strings: splitting `"text $var $(expr)"` into literal pieces and expressions."""
from __future__ import annotations

import re

from pyposh.grammar import ast as A, literals
from pyposh.grammar.extent import Extent
from pyposh.grammar.strings import DOUBLE_QUOTES, ESCAPES, scan_parens

_VAR_IN_STRING = re.compile(
    r"\$(?:\{(?P<braced>(?:`.|[^}`])*)\}|(?P<name>(?:[A-Za-z_]\w*:(?!:))?[\w?]+)|(?P<special>[$?^_]))")


def expandable_string(ext: Extent, content: str, abs_start, kind: str, parse_sub):
    """Build the AST for the body of a double-quoted string, here-string or bare word.

    `abs_start` is the offset of `content` in the source (None when unknown), `parse_sub(start, end,
    text)` parses an embedded `$( )` body.
    """
    parts = []
    buf = []
    i = 0
    n = len(content)
    doubled_quotes = kind == "double"
    while i < n:
        c = content[i]
        if c == "`" and i + 1 < n:
            nxt = content[i + 1]
            if nxt == "u" and content[i + 2:i + 3] == "{":
                char, i = literals.unicode_escape(content, i)
                buf.append(char)
                continue
            buf.append(ESCAPES.get(nxt, nxt))
            i += 2
            continue
        if c == "\r" and content[i + 1:i + 2] == "\n" and kind == "double_here":
            i += 1                  # a here-string's CRLF line ends read as `\n`
            continue
        if doubled_quotes and c in DOUBLE_QUOTES and i + 1 < n and content[i + 1] in DOUBLE_QUOTES:
            buf.append(c)
            i += 2
            continue
        if c == "$" and i + 1 < n:
            if content[i + 1] == "(":
                end = scan_parens(content, i + 1)
                if end > 0:
                    if buf:
                        parts.append("".join(buf))
                        buf = []
                    inner_start = None if abs_start is None else abs_start + i + 2
                    inner_end = None if abs_start is None else abs_start + end - 1
                    body = parse_sub(inner_start, inner_end, content[i + 2:end - 1])
                    sub_ext = ext if abs_start is None else Extent(ext.source, abs_start + i, abs_start + end)
                    parts.append(A.SubExpressionAst(sub_ext, body))
                    i = end
                    continue
            m = _VAR_IN_STRING.match(content, i)
            if m:
                if buf:
                    parts.append("".join(buf))
                    buf = []
                scope, name = literals.split_variable(m.group(0))
                var_ext = ext if abs_start is None else Extent(ext.source, abs_start + i, abs_start + m.end())
                parts.append(A.VariableExpressionAst(var_ext, name, scope))
                i = m.end()
                continue
        buf.append(c)
        i += 1
    if buf:
        parts.append("".join(buf))
    if all(isinstance(p, str) for p in parts):
        return A.StringConstantExpressionAst(ext, "".join(parts), "bare" if kind == "bare" else kind)
    return A.ExpandableStringExpressionAst(ext, tuple(parts), kind, content)
