"""Tokenizer modes for expressions: operands, operators, member access, indexing, and the pipeline operators
(`|`, `&&`, `||`, `&`, redirections) that end an expression or a command's arguments."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pyposh.grammar.modes import (
    AFTER, ARG_AFTER, ATTR_ARG, CMD_ARGS, DOUBLE_QUOTES, OPERAND, PIPE_CMD, SINGLE_QUOTES, START, SWITCH_CLAUSE,
)
from pyposh.grammar.tokens import (
    ASSIGNMENT_OPERATORS, DASHES, MEMBER_NAME_RE, REDIRECT_RE, SPLAT_RE, UNARY_WORD_OPERATORS, WORD_OPERATOR_RE,
    binary_word_terminal,
)

if TYPE_CHECKING:
    from pyposh.grammar.lexer import Tokenizer


def at_operand(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "$":
        tok = lx.variable_token(AFTER)
        if tok is not None:
            yield tok
            return
    if c in SINGLE_QUOTES or c in DOUBLE_QUOTES or (c == "@" and text[start + 1:start + 2] in ('"', "'")):
        yield lx.string_token(c, AFTER)
        return
    tok = lx.opener(c, AFTER)
    if tok is not None:
        yield tok
        return
    if c == "@":
        m = SPLAT_RE.match(text, start)
        if m:
            lx.pos = m.end()
            ctx.state = AFTER
            yield lx.token("SPLAT", m.group(1), start, m.end())
            return
    if c == "[":
        tok = lx.type_token()
        if tok is None:
            lx.error("MissingTypename", start, start + 1)
        if tok is not None:
            if tok.type == "TYPE":
                ctx.state = OPERAND
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
    if c in DASHES:
        m = WORD_OPERATOR_RE.match(text, start)
        if m:
            word = m.group(1).lower()
            lx.pos = m.end()
            if word in UNARY_WORD_OPERATORS:
                yield lx.token(UNARY_WORD_OPERATORS[word], word, start, m.end())
                return
            terminal = binary_word_terminal(word)
            if terminal is not None:
                ctx.state = OPERAND
                yield lx.token(terminal, word, start, m.end())
                return
            lx.error("UnexpectedToken", start, m.end(), token=m.group(0))
        if text[start + 1:start + 2] in DASHES:
            yield lx.take(2, "DEC")
            return
        yield lx.take(1, "MINUS")
        return
    if c == "+":
        if text.startswith("++", start):
            yield lx.take(2, "INC")
            return
        yield lx.take(1, "PLUS")
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


def at_after(lx: Tokenizer, c, command_mode=False):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    back = ARG_AFTER if command_mode else AFTER
    if not lx.ws or command_mode:
        if c == "." and not text.startswith("..", start) or text.startswith("?.", start) \
                or text.startswith("::", start):
            op = "::" if c == ":" else ("?." if c == "?" else ".")
            type_ = {"::": "DOUBLECOLON", "?.": "QDOT", ".": "DOT"}[op]
            lx.pos += len(op)
            yield lx.token(type_, op, start, lx.pos)
            yield from member_name(lx, back)
            return
        if c == "[" or text.startswith("?[", start):
            size = 1 if c == "[" else 2
            lx.pos += size
            lx.push("index", START, back, start)
            yield lx.token("LBRACKET" if size == 1 else "QLBRACKET", text[start:start + size], start, start + size)
            return
    if command_mode:
        lx.ctx.state = CMD_ARGS
        yield from lx.read(CMD_ARGS, c)
        return
    if ctx.kind == "switch" and c == "{":
        lx.pos += 1
        lx.push("statements", START, SWITCH_CLAUSE, start, "{")
        yield lx.token("LBRACE", "{", start, start + 1)
        return
    tok = pipeline_operator(lx, c)
    if tok is not None:
        yield tok
        return
    if text.startswith("::", start):
        yield lx.take(2, "DOUBLECOLON")
        yield from member_name(lx, AFTER)
        return
    for op in ASSIGNMENT_OPERATORS:
        if text.startswith(op, start) and not (op == "=" and text.startswith("==", start)):
            lx.pos += len(op)
            ctx.state = START if ctx.kind not in ("attr", "params", "type_body") else OPERAND
            if ctx.kind == "type_body":
                ctx.state = START
            yield lx.token("ASSIGN", op, start, lx.pos)
            return
    if c in DASHES:
        m = WORD_OPERATOR_RE.match(text, start)
        if m:
            word = m.group(1).lower()
            terminal = binary_word_terminal(word)
            if terminal is None:
                lx.pos = m.end()
                lx.error("UnexpectedToken", start, m.end(), token=m.group(0))
            lx.pos = m.end()
            ctx.state = OPERAND
            yield lx.token(terminal, word, start, m.end())
            return
        if text[start + 1:start + 2] in DASHES:
            yield lx.take(2, "DEC")
            return
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("MINUS", "-", start, start + 1)
        return
    if c == "+":
        if text.startswith("++", start):
            yield lx.take(2, "INC")
            return
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("PLUS", "+", start, start + 1)
        return
    if c in "*/%":
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("OP_MUL", c, start, start + 1)
        return
    if text.startswith("..", start):
        lx.pos += 2
        ctx.state = OPERAND
        yield lx.token("DOTDOT", "..", start, start + 2)
        return
    if c == ",":
        lx.pos += 1
        ctx.state = OPERAND if ctx.kind not in ("attr",) else ATTR_ARG
        if ctx.kind == "params":
            ctx.state = START
        yield lx.token("COMMA", ",", start, start + 1)
        return
    if text.startswith("??", start):
        lx.pos += 2
        ctx.state = OPERAND
        yield lx.token("COALESCE", "??", start, start + 2)
        return
    if c == "?":
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("QUESTION", "?", start, start + 1)
        return
    if c == ":":
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("COLON", ":", start, start + 1)
        return
    if c == "{" or c == "(":
        tok = lx.opener(c, AFTER)
        yield tok
        return
    if c == "$":
        tok = lx.variable_token(AFTER)
        if tok is not None:
            yield tok
            return
    if c == "[" and ctx.kind in ("params", "attr", "statements", "type_body"):
        tok = lx.type_token()
        if tok is not None:
            yield tok
            return
    if c in SINGLE_QUOTES or c in DOUBLE_QUOTES:
        yield lx.string_token(c, AFTER)
        return
    word, wstart, wend = lx.required_bareword(c)
    if word.lower() == "in":
        ctx.state = OPERAND
        yield lx.token("IN", word, wstart, wend)
        return
    yield lx.token("GENERIC", word, wstart, wend)


def member_name(lx: Tokenizer, back_state):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    m = MEMBER_NAME_RE.match(text, start)
    c = text[start] if start < len(text) else ""
    tok = None
    if m:
        lx.pos = m.end()
        tok = lx.token("MEMBER_NAME", m.group(0), start, m.end())
    elif c == "$":
        tok = lx.variable_token(back_state)
    elif c and (c in SINGLE_QUOTES or c in DOUBLE_QUOTES):
        tok = lx.string_token(c, back_state)
    elif c == "(":
        tok = lx.opener("(", back_state)
        ctx.state = back_state
        yield tok
        return
    if tok is None:
        lx.error("MissingPropertyName", start - 1, start, incomplete=not c)
    yield tok
    if text.startswith("(", lx.pos):
        pos = lx.pos
        lx.pos += 1
        lx.push("call", START, back_state, pos)
        yield lx.token("CALL_LPAREN", "(", pos, pos + 1)
        return
    if text.startswith("{", lx.pos) and tok.type == "MEMBER_NAME":
        pos = lx.pos                # `.ForEach{ ... }`: a method call with one script block argument
        lx.pos += 1
        lx.push("statements", START, back_state, pos, "{")
        yield lx.token("CALL_LBRACE", "{", pos, pos + 1)
        return
    ctx.state = back_state


def pipeline_operator(lx: Tokenizer, c):
    """`|`, `||`, `&&`, a background `&` and redirections: shared by command and expression states."""
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "|":
        if text.startswith("||", start):
            lx.pos += 2
            ctx.state = START
            return lx.token("OROR", "||", start, start + 2)
        lx.pos += 1
        ctx.state = PIPE_CMD
        return lx.token("PIPE", "|", start, start + 1)
    if c == "&":
        if text.startswith("&&", start):
            lx.pos += 2
            ctx.state = START
            return lx.token("ANDAND", "&&", start, start + 2)
        return lx.take(1, "AMP_BG")
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
        lx.error("RedirectionNotSupported", start, start + 1)
    return None
