"""Tokenizer modes for statements and commands: keywords, command names, arguments, bodies."""
from __future__ import annotations

from typing import TYPE_CHECKING

from pyposh.grammar.modes import (
    AFTER, ARG_AFTER, CMD_ARGS, CMD_NAME, DOUBLE_QUOTES, FUNC_NAME, GENERIC_STOP, HASH_KEY, HEADER, LABEL_ARG, OPERAND,
    SEPARATOR_STATE, SINGLE_QUOTES, START, SWITCH_ACTION, TYPE_MEMBER,
)
from pyposh.grammar.tokens import (
    BLOCK_KEYWORDS, DASHES, KEYWORDS, LABEL_RE, MEMBER_NAME_RE, PARAMETER_RE, SPLAT_RE, TYPE_NAME_RE, VARIABLE_RE,
    WORD_OPERATOR_RE,
)

if TYPE_CHECKING:
    from pyposh.grammar.lexer import Tokenizer

from pyposh.grammar import lexer_expressions as expressions


def at_start(lx: Tokenizer, c, keywords=True):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    lx.parameters_ended = False
    if c == "$" or c in SINGLE_QUOTES or c in DOUBLE_QUOTES or c == "(" or c == "[" or c == "!" \
            or c == "," or c == "{" or (c == "@" and text[start + 1:start + 2] in ("(", "{", '"', "'")) \
            or c == "+" or (c == "." and text[start + 1:start + 2].isdigit()):
        yield from expressions.at_operand(lx, c)
        return
    if c.isdigit():
        tok = lx.number_token(AFTER)
        if tok is not None:
            yield tok
            return
    if c in DASHES:
        nxt = text[start + 1:start + 2]
        if not (nxt.isalpha() or nxt == "_") or WORD_OPERATOR_RE.match(text, start):
            yield from expressions.at_operand(lx, c)
            return
    if c == "&" and not text.startswith("&&", start):
        lx.pos += 1
        ctx.state = CMD_NAME
        yield lx.token("INVOKE_AMP", "&", start, start + 1)
        return
    if c == "." and (start + 1 >= len(text) or text[start + 1] in " \t$'\"{(\u2018\u2019\u201c\u201d"):
        lx.pos += 1
        ctx.state = CMD_NAME
        yield lx.token("INVOKE_DOT", ".", start, start + 1)
        return
    if c == ":" and keywords:
        m = LABEL_RE.match(text, start)
        if m:
            lx.pos = m.end()
            yield lx.token("LABEL", m.group(1), start, m.end())
            return
    if c == "@":
        m = SPLAT_RE.match(text, start)
        if m:
            yield from expressions.at_operand(lx, c)
            return
    if c == "|" and lx.last in ("PIPE", None, "SEP"):
        # Parser.cs PipelineRule: right after the previous `|`, or at a `|` that starts the statement
        at = lx.last_end if lx.last == "PIPE" else start
        lx.error("EmptyPipeElement", at, at if lx.last == "PIPE" else start + 1)
    word, wstart, wend = lx.required_bareword(c)
    lower = word.lower()
    if keywords:
        kw = KEYWORDS.get(lower)
        if kw is not None:
            yield from keyword(lx, kw, word, wstart, wend)
            return
        kw = BLOCK_KEYWORDS.get(lower)
        if kw is not None and text[lx.peek_significant(wend):][:1] == "{":
            ctx.state = HEADER
            ctx.header_kind = "statements"
            yield lx.token(kw, word, wstart, wend)
            return
    ctx.state = CMD_ARGS
    yield lx.token("COMMAND_NAME", word, wstart, wend)


def at_pipe_cmd(lx, c):
    yield from at_start(lx, c, keywords=False)


def keyword(lx: Tokenizer, kw, word, start, end):
    ctx = lx.ctx
    if kw in ("RETURN", "THROW", "EXIT"):
        ctx.state = START
    elif kw in ("BREAK", "CONTINUE"):
        ctx.state = LABEL_ARG
    elif kw in ("FUNCTION", "FILTER"):
        ctx.state = FUNC_NAME
    elif kw in ("CLASS", "ENUM"):
        ctx.state = HEADER
        ctx.header_kind = "type_body"
    elif kw == "SWITCH":
        ctx.state = HEADER
        ctx.header_kind = "switch"
    else:
        ctx.state = HEADER
        if kw == "DO":
            ctx.header_kind = "do"
        elif kw in ("WHILE", "UNTIL") and lx.closed_do:
            ctx.header_kind = "do_condition"      # `do { } while (...)`: no block follows the condition
        else:
            ctx.header_kind = "statements"
    ctx.keyword = word.lower()
    yield lx.token(kw, word, start, end)


def at_header(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "(":
        kind = "params" if ctx.keyword in ("param", "function", "filter") else "paren"
        after = START if ctx.keyword == "param" else AFTER if ctx.header_kind == "do_condition" else HEADER
        yield lx.open_bracket("LPAREN", kind, START, after, ctx.keyword)
        return
    if c == "{":
        kind = ctx.header_kind or "statements"
        opener = "do" if kind == "do" else "{"
        if kind == "do":
            kind = "statements"
        yield lx.open_bracket("LBRACE", kind, SEPARATOR_STATE[kind], START, opener)
        return
    if c in DASHES:
        m = PARAMETER_RE.match(text, start)
        if m:
            lx.pos = m.end()
            yield lx.token("PARAMETER", m.group(0), start, m.end())
            return
    tok = declaration_token(lx, c, HEADER)
    if tok is None and ctx.header_kind == "type_body":
        m = TYPE_NAME_RE.match(text, start)         # `class C2a:C,System.IDisposable{`: names end at `:`
        if m:
            end = _generic_arguments_end(text, m.end())     # `System.IEquatable[Object]`
            lx.pos = end
            tok = lx.token("GENERIC", text[start:end], start, end)
    if tok is None and (c in SINGLE_QUOTES or c in DOUBLE_QUOTES):
        tok = lx.string_token(c, HEADER)
    yield lx.generic_token(c) if tok is None else tok


def _generic_arguments_end(text: str, pos: int) -> int:
    """Where a base type's generic arguments (`[T1, T2]`, nested brackets included) end; pos without them."""
    if pos >= len(text) or text[pos] != "[":
        return pos
    depth = 0
    for index in range(pos, len(text)):
        if text[index] == "[":
            depth += 1
        elif text[index] == "]":
            depth -= 1
            if depth == 0:
                return index + 1
        elif text[index] in "{}\n":
            break
    return pos


def declaration_token(lx: Tokenizer, c, state):
    """What statement headers and class bodies read alike: `[Type]`, `$variable` (the mode going on in
    state), `,`, `:` and `=`; None for anything else."""
    if c == "[":
        return lx.type_token()
    if c == "$":
        return lx.variable_token(state)
    if c == "," or c == ":":
        return lx.take(1, "COMMA" if c == "," else "COLON")
    if c == "=":
        return assignment(lx)
    return None


def assignment(lx: Tokenizer):
    """`=` in a header, a hash literal or a class body: the value is read as a statement."""
    lx.ctx.state = START
    return lx.take(1, "ASSIGN")


def at_func_name(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    pos = start
    while pos < len(text) and text[pos] not in " \t\r\n({;}":
        pos += 1
    lx.pos = pos
    lx.ctx.state = HEADER
    lx.ctx.header_kind = "statements"
    yield lx.token("FUNCTION_NAME", text[start:pos], start, pos)


def at_label_arg(lx: Tokenizer, c):
    if c.isalpha() or c == "_":
        lx.ctx.state = AFTER
        yield lx.generic_token(c)
        return
    lx.ctx.state = START
    yield from at_start(lx, c)


def at_cmd_name(lx: Tokenizer, c):
    tok = lx.variable_or_string(c, ARG_AFTER, string_state=CMD_ARGS)
    if tok is None:
        tok = lx.opener(c, ARG_AFTER)
    if tok is not None:
        yield tok
        return
    word, wstart, wend = lx.read_bareword()
    lx.ctx.state = CMD_ARGS
    yield lx.token("COMMAND_NAME", word, wstart, wend)


def at_cmd_args(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    tok = expressions.pipeline_operator(lx, c)
    if tok is not None:
        yield tok
        return
    if c in DASHES:
        if text.startswith("--%", start):
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            lx.pos = end
            yield lx.token("STOP_PARSING", text[start + 3:end].strip(), start, end)
            return
        if text[start + 1:start + 2] in DASHES and (start + 2 >= len(text) or text[start + 2] in GENERIC_STOP):
            lx.pos = start + 2
            lx.parameters_ended = True     # `--`: what follows is positional, even `-Name`
            return
        m = PARAMETER_RE.match(text, start)
        if m and m.group(1)[0] != "-" and not lx.parameters_ended:
            lx.pos = m.end()
            yield lx.token("PARAMETER", m.group(0), start, m.end())
            return
        tok = lx.number_token(ARG_AFTER, allow_generic=True) if text[start + 1:start + 2].isdigit() else None
        if tok is not None:
            yield tok
            return
    if c == "$" and not text.startswith("$(", start):
        m = VARIABLE_RE.match(text, start)
        end = m.end() if m else start
        if m and (end >= len(text) or text[end] in GENERIC_STOP or text[end] in ".[:>"):
            yield lx.variable_token(ARG_AFTER)
            return
        yield lx.generic_token(c)      # `$a$b`, `$dir/file`: one argument, expanded as a string
        return
    tok = lx.operand_token(c, ARG_AFTER)
    if tok is not None:
        yield tok
        return
    if c == ",":
        yield lx.take(1, "COMMA")
        return
    if c == "@":
        tok = expressions.splat_token(lx, CMD_ARGS)
        if tok is not None:
            yield tok
            return
    if c.isdigit() or c == ".":
        tok = lx.number_token(ARG_AFTER, allow_generic=True)
        if tok is not None:
            yield tok
            return
    yield lx.generic_token(c)


def at_arg_after(lx: Tokenizer, c):
    if not lx.ws and c in ".[:(?":
        yield from expressions.at_after(lx, c, command_mode=True)
        return
    lx.ctx.state = CMD_ARGS
    yield from at_cmd_args(lx, c)


def at_hash_key(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    if c == "=":
        yield assignment(lx)
        return
    if c.isalpha() or c == "_":
        pos = start
        while pos < len(text) and (text[pos].isalnum() or text[pos] in "_-."):
            pos += 1
        lx.pos = pos
        yield lx.token("GENERIC", text[start:pos], start, pos)
        return
    yield from operand_then(lx, c, HASH_KEY)


def at_switch_clause(lx: Tokenizer, c):
    if c == "{":
        yield lx.open_bracket("LBRACE", "statements", START, SWITCH_ACTION, "{")
        return
    if c.isalpha() or c == "_" or c == "*":
        lx.ctx.state = SWITCH_ACTION
        yield lx.generic_token(c)
        return
    yield from operand_then(lx, c, SWITCH_ACTION)


def operand_then(lx: Tokenizer, c, state):
    """An operand read in OPERAND mode, the mode going on in state once it is complete."""
    ctx = lx.ctx
    ctx.state = OPERAND
    yield from expressions.at_operand(lx, c)
    text, pos = lx.text, lx.pos
    if ctx.state == AFTER and not (text.startswith("::", pos) or text[pos:pos + 1] in (".", "[") and not lx.ws):
        ctx.state = state           # else a member or an index goes on: `@{ [int]::MaxValue = 1; $a.B[0] = 2 }`


def at_switch_action(lx: Tokenizer, c):
    yield from expressions.at_after(lx, c)


def at_attr_arg(lx: Tokenizer, c):
    if c.isalpha() or c == "_":
        lx.ctx.state = AFTER
        yield name_token(lx, c)
        return
    yield from expressions.at_operand(lx, c)


def at_type_member(lx: Tokenizer, c):
    if c == "(":
        yield lx.open_bracket("LPAREN", "params", START, TYPE_MEMBER, "(")
        return
    if c == "{":
        yield lx.open_bracket("LBRACE", "statements", START, TYPE_MEMBER, "{")
        return
    tok = declaration_token(lx, c, TYPE_MEMBER)
    yield name_token(lx, c) if tok is None else tok


def name_token(lx: Tokenizer, c):
    """A name (a letter or `_`, then word characters) as a GENERIC token; anything else is an error at c."""
    text, start = lx.text, lx.pos
    m = MEMBER_NAME_RE.match(text, start)
    if not m:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    lx.pos = m.end()
    return lx.token("GENERIC", m.group(0), start, m.end())
