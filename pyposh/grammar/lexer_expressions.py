"""Tokenizer modes for expressions: operands, operators, member access, indexing, and the pipeline operators
(`|`, `&&`, `||`, `&`, redirections) that end an expression or a command's arguments."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pyposh.grammar import strings
from pyposh.grammar.modes import (
    AFTER, ARG_AFTER, ATTR_ARG, CMD_ARGS, NEWLINE_FREE, OPERAND, PIPE_CMD, START, SWITCH_CLAUSE,
)
from pyposh.grammar.tokens import (
    ASSIGNMENT_OPERATORS, DASHES, MEMBER_NAME_RE, REDIRECT_RE, SPLAT_RE, UNARY_WORD_OPERATORS, WORD_OPERATOR_RE,
    binary_word_terminal,
)

if TYPE_CHECKING:
    from pyposh.grammar.lexer import Tokenizer

# Binary operators after an operand, by their text (two-character ones are looked up first).
INFIX_OPERATORS = {
    "*": "OP_MUL", "/": "OP_MUL", "%": "OP_MUL", "..": "DOTDOT", "??": "COALESCE", "?": "QUESTION", ":": "COLON",
}
# The mode after a `,` between operands, by context kind (OPERAND elsewhere).
COMMA_STATE = {"attr": ATTR_ARG, "params": START}
# Operators that chain pipelines.
CHAIN_OPERATORS = {"||": "OROR", "&&": "ANDAND"}
# Member access operators: `.`, `?.` and `::`.
MEMBER_ACCESS = {".": "DOT", "?.": "QDOT", "::": "DOUBLECOLON"}


def at_operand(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    statement_start = ctx.state == START
    tok = lx.operand_token(c, AFTER)
    if tok is not None:
        yield tok
        return
    if c == "@":
        tok = splat_token(lx, AFTER)
        if tok is not None:
            yield tok
            return
    if c == "[":
        tok = lx.type_token()
        if tok is None:
            lx.error("MissingTypename", start, start + 1)
        if tok.type == "ATTR_OPEN" and statement_start:
            # `[Flags()]` ⏎ `enum E {}`, `[CmdletBinding()]` ⏎ `param()`: the attributes of what follows them
            tok.type = lx.last = _ATTRIBUTE_TOKENS.get(_word_after_attributes(lx, start), "ATTR_OPEN")
        if tok.type == "TYPE":
            ctx.state = OPERAND
            if ctx.kind in NEWLINE_FREE:        # `param([string]` ⏎ `$x)`: line ends are blanks here
                lx.pos = lx.peek_significant(lx.pos)
                lx.ws = lx.pos > tok.end_pos
            else:
                lx.skip_space()
            if lx.text.startswith("::", lx.pos) or lx.pos >= len(text) or text[lx.pos] in ")]};,|\r\n=*/%?" \
                    or (lx.pos == tok.end_pos and text.startswith(".", lx.pos)) \
                    or WORD_OPERATOR_RE.match(text, lx.pos) and not _is_unary_word(text, lx.pos):
                ctx.state = AFTER
                tok.type = lx.last = "TYPE_EXPR"   # a type as a value ([int], [int]::MaxValue), no cast
        yield tok
        return
    if c.isdigit() or c == ".":
        tok = lx.number_token(AFTER)
        if tok is not None:
            yield tok
            return
    if c in DASHES or c == "+":
        yield sign_operator(lx, c, after_operand=False)
        return
    if c == "!":
        yield lx.take(1, "OP_NOT")
        return
    if c == ",":
        yield lx.take(1, "COMMA")
        return
    if c in "|&>":
        tok = pipeline_operator(lx, c)
        if tok is not None:
            yield tok
            return
    if c == "$":
        lx.error("InvalidVariableReference", start, start + 1)
    if c in "([{@$!,+.'\"" or c in DASHES or c.isdigit():
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    # a bareword where an operand belongs: a command (e.g. after `=`) in statement context
    yield from lx.read(START, c)


def _is_unary_word(text, pos):
    m = WORD_OPERATOR_RE.match(text, pos)
    return bool(m) and m.group(1).lower() in UNARY_WORD_OPERATORS


def splat_token(lx: Tokenizer, after_state):
    """`@name` (splatting a variable's values) as a SPLAT token, the mode going on in after_state; else None."""
    m = SPLAT_RE.match(lx.text, lx.pos)
    if not m:
        return None
    start = lx.pos
    lx.pos = m.end()
    lx.ctx.state = after_state
    return lx.token("SPLAT", m.group(1), start, m.end())


def sign_operator(lx: Tokenizer, c, after_operand):
    """At `+` or a dash: `++`, `--`, a `-word` operator, `+` or `-`. After an operand these are binary
    operators and an operand follows; before one, `-word` may be a unary operator and the mode stays."""
    text, start = lx.text, lx.pos
    if c == "+":
        if text.startswith("++", start):
            return lx.take(2, "INC")
        type_ = "PLUS"
    else:
        m = WORD_OPERATOR_RE.match(text, start)
        if m:
            return word_operator(lx, m, after_operand)
        if text[start + 1:start + 2] and text[start + 1] in DASHES:     # (an empty slice is `in` any string)
            return lx.take(2, "DEC")
        type_ = "MINUS"
    if after_operand:
        lx.ctx.state = OPERAND
    return lx.take(1, type_)


def word_operator(lx: Tokenizer, m, after_operand):
    """The `-word` operator matched by m: before an operand a unary one may come; a binary one is followed
    by an operand; any other word is an UnexpectedToken error."""
    start, end = m.span()
    word = m.group(1).lower()
    lx.pos = end
    if not after_operand and word in UNARY_WORD_OPERATORS:
        return lx.token(UNARY_WORD_OPERATORS[word], word, start, end)
    terminal = binary_word_terminal(word)
    if terminal is None:
        lx.error("UnexpectedToken", start, end, token=m.group(0))
    lx.ctx.state = OPERAND
    return lx.token(terminal, word, start, end)


def at_after(lx: Tokenizer, c, command_mode=False):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    back = ARG_AFTER if command_mode else AFTER
    pair = text[start:start + 2]
    adjacent = not lx.ws or command_mode      # nothing between: member access and indexing apply
    if pair == "::" or adjacent and (c == "." and pair != ".." or pair == "?."):
        op = "." if c == "." else pair
        yield lx.take(len(op), MEMBER_ACCESS[op])
        yield from member_name(lx, back)
        return
    if adjacent and (c == "[" or pair == "?["):
        if c == "[":
            yield lx.open_bracket("LBRACKET", "index", START, back)
        else:
            yield lx.open_bracket("QLBRACKET", "index", START, back, size=2)
        return
    if command_mode:
        lx.ctx.state = CMD_ARGS
        yield from lx.read(CMD_ARGS, c)
        return
    if ctx.kind == "switch" and c == "{":
        yield lx.open_bracket("LBRACE", "statements", START, SWITCH_CLAUSE, "{")
        return
    tok = pipeline_operator(lx, c)
    if tok is not None:
        yield tok
        return
    for op in ASSIGNMENT_OPERATORS:
        if text.startswith(op, start) and not (op == "=" and pair == "=="):
            lx.pos += len(op)
            ctx.state = OPERAND if ctx.kind in ("attr", "params") else START
            yield lx.token("ASSIGN", op, start, lx.pos)
            return
    if c in DASHES or c == "+":
        yield sign_operator(lx, c, after_operand=True)
        return
    if c == ",":
        ctx.state = COMMA_STATE.get(ctx.kind, OPERAND)
        yield lx.take(1, "COMMA")
        return
    op = pair if pair in INFIX_OPERATORS else c
    terminal = INFIX_OPERATORS.get(op)
    if terminal is not None:
        ctx.state = OPERAND
        yield lx.take(len(op), terminal)
        return
    if c == "{" or c == "(":
        yield lx.opener(c, AFTER)
        return
    if c == "[" and ctx.kind in ("params", "attr", "statements", "type_body"):
        tok = lx.type_token()
        if tok is not None:
            yield tok
            return
    tok = lx.variable_or_string(c, AFTER)
    if tok is not None:
        yield tok
        return
    word, wstart, wend = lx.required_bareword(c)
    if word.lower() == "in":
        ctx.state = OPERAND
        yield lx.token("IN", word, wstart, wend)
        return
    yield lx.token("GENERIC", word, wstart, wend)


def member_name(lx: Tokenizer, back_state):
    """The member after `.`, `?.` or `::` (a name, a variable, a string or a `(`) and a method call's `(` or `{`
    right after it; the mode goes back to back_state."""
    text, dot = lx.text, lx.pos
    start = lx.pos = lx.peek_significant(dot)         # `$x.` ⏎ `Trim()`, `$x. Count`: blanks may follow
    m = MEMBER_NAME_RE.match(text, start) or _DIGITS.match(text, start)     # `$Matches.0`
    c = text[start] if start < len(text) else ""
    if m:
        lx.pos = m.end()
        tok = lx.token("MEMBER_NAME", m.group(0), start, m.end())
    elif c == "(" or text.startswith("$(", start):     # `[string]::('Concat')`, `$o.$('Length')`
        yield lx.open_bracket("LPAREN" if c == "(" else "DOLLAR_LPAREN", "paren" if c == "(" else "subexpr",
                              START, back_state, "member", 1 if c == "(" else 2)
        return
    else:
        tok = lx.variable_or_string(c, back_state) if c else None
    if tok is None:
        lx.pos = dot
        lx.error("MissingPropertyName", dot - 1, dot, incomplete=not c)
    yield tok
    generic = _generic_arguments(text, lx.pos) if tok.type == "MEMBER_NAME" else None
    if generic is not None:             # `[Linq.Enumerable]::Empty[int]()`: type arguments of a method call
        tok.value += text[lx.pos:generic]
        tok.end_pos = lx.pos = generic
    if text.startswith("(", lx.pos):
        yield lx.open_bracket("CALL_LPAREN", "call", START, back_state)
        return
    if text.startswith("{", lx.pos) and tok.type == "MEMBER_NAME":
        # `.ForEach{ ... }`: a method call with one script block argument
        yield lx.open_bracket("CALL_LBRACE", "statements", START, back_state, "{")
        return
    lx.ctx.state = back_state


# The token of an attribute at a statement's start, by the keyword that follows the attributes.
_ATTRIBUTE_TOKENS = {"class": "TYPE_ATTR_OPEN", "enum": "TYPE_ATTR_OPEN", "param": "PARAM_ATTR_OPEN"}
_WORD = re.compile(r"[A-Za-z]+(?![\w-])")


def _word_after_attributes(lx: Tokenizer, pos: int) -> str:
    """The word (lower case) after the attributes starting at pos (`[Name(...)]`, one or more, across lines);
    "" when something else follows."""
    text = lx.text
    while text.startswith("[", pos):
        paren = text.find("(", pos)
        if paren < 0 or not all(ch.isalnum() or ch in "_." for ch in text[pos + 1:paren]):
            return ""
        end = strings.scan_parens(text, paren)
        if end < 0:
            return ""
        end = lx.blank_end(end, True)
        if not text.startswith("]", end):
            return ""
        pos = lx.blank_end(end + 1, True)
    m = _WORD.match(text, pos)
    return m.group(0).lower() if m else ""


_DIGITS = re.compile(r"\d+(?![\w.])")


def _generic_arguments(text: str, pos: int):
    """The end of `[T1, T2]` at pos when a `(` follows it right away (a generic method's type arguments)."""
    if not text.startswith("[", pos):
        return None
    depth = 0
    for end in range(pos, len(text)):
        ch = text[end]
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return end + 1 if text.startswith("(", end + 1) else None
        elif not (ch.isalnum() or ch in "_., `"):
            return None
    return None


def pipeline_operator(lx: Tokenizer, c):
    """`|`, `||`, `&&`, a background `&` and redirections: shared by command and expression states."""
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "|" or c == "&":
        pair = text[start:start + 2]
        if pair in CHAIN_OPERATORS:       # `||`, `&&`: another pipeline follows
            ctx.state = START
            return lx.take(2, CHAIN_OPERATORS[pair])
        if c == "&":
            return lx.take(1, "AMP_BG")
        ctx.state = PIPE_CMD
        return lx.take(1, "PIPE")
    if c in ">*123456":
        m = REDIRECT_RE.match(text, start)
        if m and (c != "*" or ">" in m.group(0)):
            lx.pos = m.end()
            if "&" in m.group(0):
                return lx.token("MERGE_REDIRECT", m.group(0), start, m.end())
            ctx.state = CMD_ARGS
            return lx.token("REDIRECT", m.group(0), start, m.end())
    if c == "<":
        lx.pos += 1
        lx.error("RedirectionNotSupported", start, start + 1, operator="<")
    return None
