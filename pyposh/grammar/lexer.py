"""The mode-aware tokenizer: PowerShell's command mode and expression mode, feeding Lark's LALR parser."""
from __future__ import annotations

from lark.lexer import Token

from pyposh.errors import ParseError
from pyposh.grammar import messages, strings
from pyposh.grammar.tokens import (
    ASSIGNMENT_OPERATORS, BLOCK_KEYWORDS, CONTINUATION_TERMINALS, DASHES, HSPACE_RE, KEYWORDS,
    LABEL_RE, MEMBER_NAME_RE, NUMBER_RE, PARAMETER_RE, REDIRECT_RE, SPLAT_RE, UNARY_WORD_OPERATORS,
    VARIABLE_RE, WORD_OPERATOR_RE, binary_word_terminal,
)

# Lexer states (what the next token may be, in the innermost context).
START = "start"            # statement start: a keyword, a command, or an expression
PIPE_CMD = "pipe_cmd"      # after `|`: a command (keywords are command names here)
CMD_NAME = "cmd_name"      # after `&` or `.`: the command to invoke
CMD_ARGS = "cmd_args"      # command arguments
ARG_AFTER = "arg_after"    # just after an argument value: member access may follow without space
OPERAND = "operand"        # an expression operand is expected
AFTER = "after"            # after an operand: operators, member access, indexing
HEADER = "header"          # after a statement keyword: ( ... ) { ... }, flags, types
FUNC_NAME = "func_name"
LABEL_ARG = "label_arg"    # after break/continue: an optional label
HASH_KEY = "hash_key"
SWITCH_CLAUSE = "switch_clause"
SWITCH_ACTION = "switch_action"
ATTR_ARG = "attr_arg"
TYPE_MEMBER = "type_member"  # class and enum bodies

# Context kinds: what opened the innermost bracket.
SEPARATOR_STATE = {
    "statements": START, "subexpr": START, "paren": START, "hash": HASH_KEY, "switch": SWITCH_CLAUSE,
    "call": OPERAND, "index": START, "attr": ATTR_ARG, "params": START, "type_body": TYPE_MEMBER,
}
NEWLINE_FREE = frozenset({"call", "index", "attr", "params"})
DROP_AFTER = CONTINUATION_TERMINALS | {"SEP", "LBRACE", "AT_LBRACE", "FOR_SEMI"}
CLOSERS = {"statements": "}", "subexpr": ")", "hash": "}", "switch": "}", "type_body": "}", "paren": ")", "call": ")",
           "params": ")", "attr": ")", "index": "]"}

SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'
GENERIC_STOP = set(" \t\r\n\f\v|;&(){},\u00a0") | {"\ufeff"}


class Context:
    __slots__ = ("kind", "state", "open_pos", "header_kind", "opener", "keyword")

    def __init__(self, kind, state, open_pos=0, opener=""):
        self.kind = kind
        self.state = state
        self.open_pos = open_pos
        self.header_kind = None   # for HEADER: which body the next `{` opens
        self.opener = opener      # what opened this context: `(`, `$(`, `do`, or the keyword of a condition
        self.keyword = ""         # the statement keyword being read in this context (HEADER state)


class Tokenizer:
    """Turns one script text into Lark tokens, tracking PowerShell's parsing modes."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.stack = [Context("statements", START)]
        self.last = None          # terminal type of the last token emitted
        self.ws = False           # whitespace (or a comment) preceded the current position
        self.closed_do = False    # the block just closed was a `do` body
        self.parameters_ended = False  # `--` seen among the current command's arguments

    # -- helpers --------------------------------------------------------------------------------
    def error(self, key, start, end=None, incomplete=False, **args):
        message, error_id = messages.message(key, **args)
        raise ParseError(message, error_id, (start, start if end is None else end), incomplete)

    def token(self, type_, value, start, end):
        self.last = type_
        tok = Token(type_, value, start, None, None, None, None, end)
        return tok

    @property
    def ctx(self) -> Context:
        return self.stack[-1]

    def push(self, kind, start_state, resume_state, pos, opener=""):
        self.ctx.state = resume_state
        self.stack.append(Context(kind, start_state, pos, opener))

    def skip_space(self):
        """Skip horizontal white space, line continuations and comments; set self.ws."""
        text, pos, start = self.text, self.pos, self.pos
        n = len(text)
        while pos < n:
            m = HSPACE_RE.match(text, pos)
            if m:
                pos = m.end()
                continue
            c = text[pos]
            if c == "#":
                end = text.find("\n", pos)
                pos = n if end == -1 else end
                continue
            if c == "<" and text.startswith("<#", pos):
                end = text.find("#>", pos + 2)
                if end == -1:
                    self.pos = pos
                    self.error("MissingEndMultiLineComment", pos, pos + 2, incomplete=True)
                pos = end + 2
                continue
            break
        self.pos = pos
        self.ws = pos > start

    def peek_significant(self, pos):
        """The offset of the next token start after newlines, spaces and comments from pos."""
        text, n = self.text, len(self.text)
        while pos < n:
            m = HSPACE_RE.match(text, pos)
            if m:
                pos = m.end()
                continue
            c = text[pos]
            if c in "\r\n;" and c != ";":
                pos += 1
                continue
            if c == "#":
                end = text.find("\n", pos)
                pos = n if end == -1 else end
                continue
            if text.startswith("<#", pos):
                end = text.find("#>", pos + 2)
                pos = n if end == -1 else end + 2
                continue
            break
        return pos

    def word_at(self, pos):
        m = MEMBER_NAME_RE.match(self.text, pos)
        return m.group(0).lower() if m else ""

    # -- the main loop --------------------------------------------------------------------------
    def tokens(self):
        text = self.text
        n = len(text)
        while True:
            self.skip_space()
            if self.pos >= n:
                break
            c = text[self.pos]
            if c == "\n" or c == "\r":
                tok = self.newline()
                if tok is not None:
                    yield tok
                continue
            for tok in self.dispatch(c):
                yield tok
        if len(self.stack) > 1:
            self.unclosed(self.ctx)

    def unclosed(self, ctx):
        kind = ctx.kind
        if kind in ("statements", "switch", "type_body"):
            key = "MissingEndCurlyBrace"
        elif kind == "subexpr":
            key = "MissingEndParenthesisInSubexpression"
        elif kind == "hash":
            key = "IncompleteHashLiteral"
        elif kind == "index":
            key = "MissingEndSquareBracket"
        elif kind == "call":
            key = "MissingEndParenthesisInMethodCall"
        elif kind == "params":
            key = "MissingEndParenthesisInFunctionParameterList"
        elif kind == "attr":
            key = "MissingEndParenthesisInExpression"
        elif ctx.opener == "$(" or ctx.opener == "@(":
            key = "MissingEndParenthesisInSubexpression"
        elif ctx.opener in ("if", "elseif", "while", "switch", "foreach", "for"):
            key = "MissingEndParenthesisAfterStatement"
        else:
            key = "MissingEndParenthesisInExpression"
        self.error(key, ctx.open_pos, ctx.open_pos + 1, incomplete=True, keyword=ctx.opener)

    def newline(self):
        """A newline: a separator, unless the statement plainly goes on or nothing separates."""
        start = self.pos
        nxt = self.peek_significant(self.pos)
        self.pos = nxt
        return self.separator(start, nxt)

    def separator(self, start, nxt):
        text = self.text
        ctx = self.ctx
        last = self.last
        drop = ctx.kind in NEWLINE_FREE or last is None or last in DROP_AFTER
        if not drop:
            if nxt >= len(text):
                drop = True
            else:
                c = text[nxt]
                if c == ")" or c == "]" or c == "}":
                    drop = True
                elif c == "|" and not text.startswith("||", nxt):
                    drop = True
                elif c == "{" and ctx.state in (HEADER, SWITCH_ACTION):
                    drop = True
                elif last == "RBRACE":
                    word = self.word_at(nxt)
                    if word in ("else", "elseif", "catch", "finally"):
                        drop = True
                    elif word in ("while", "until") and self.closed_do:
                        drop = True
        if drop:
            return None
        ctx.state = SEPARATOR_STATE[ctx.kind]
        self.closed_do = False
        return self.token("SEP", "\n", start, start + 1)

    def dispatch(self, c):
        state = self.ctx.state
        if c == ";":
            ctx = self.ctx
            start = self.pos
            self.pos += 1
            if ctx.kind == "paren" and ctx.opener == "for":
                ctx.state = START
                yield self.token("FOR_SEMI", ";", start, start + 1)
                return
            tok = self.separator(start, self.peek_significant(self.pos))
            if tok is not None:
                yield tok
            return
        if c in ")}]":
            yield from self.close(c)
            return
        handler = STATE_HANDLERS[state]
        yield from handler(self, c)

    def close(self, c):
        ctx = self.ctx
        start = self.pos
        if len(self.stack) == 1 or CLOSERS[ctx.kind] != c:
            self.pos += 1
            self.error("UnexpectedToken", start, start + 1, token=c)
        self.stack.pop()
        self.pos += 1
        if ctx.kind == "attr":
            # `[Attribute(...)]`: the `)` must be followed by `]`
            self.skip_space()
            if not self.text.startswith("]", self.pos):
                self.error("MissingEndSquareBracket", self.pos, self.pos + 1)
            self.pos += 1
            yield self.token("ATTR_CLOSE", ")]", start, self.pos)
            return
        self.closed_do = ctx.opener == "do"
        type_ = {")": "RPAREN", "}": "RBRACE", "]": "RBRACKET"}[c]
        yield self.token(type_, c, start, start + 1)
        if c == "}" and self.ctx.state == START and self.ctx.kind not in NEWLINE_FREE:
            # a statement ending in a block may be followed by another on the same line
            end_of_line = self.text.find("\n", self.pos)
            nxt = self.peek_significant(self.pos)
            if end_of_line < 0 or nxt < end_of_line:
                tok = self.separator(self.pos, nxt)
                if tok is not None:
                    yield tok

    # -- shared pieces --------------------------------------------------------------------------
    def string_token(self, c, after_state):
        text, start = self.text, self.pos
        if c == "@":
            end, kind = strings.scan_here_string(text, start)
            if end < 0:
                self.error("TerminatorExpectedAtEndOfHereString", start, start + 2, incomplete=True,
                           terminator=text[start + 1] + "@")
            self.pos = end
            self.ctx.state = after_state
            return self.token("DQ_HERE" if kind == '"' else "SQ_HERE", text[start:end], start, end)
        if c in SINGLE_QUOTES:
            end = strings.scan_single_quoted(text, start)
            type_ = "SQ_STRING"
        else:
            end = strings.scan_double_quoted(text, start)
            type_ = "DQ_STRING"
        if end < 0:
            line_end = text.find("\n", start)
            self.error("TerminatorExpectedAtEndOfString", start, len(text) if line_end < 0 else line_end,
                       incomplete=True, terminator="'" if type_ == "SQ_STRING" else '"')
        self.pos = end
        self.ctx.state = after_state
        return self.token(type_, text[start:end], start, end)

    def variable_token(self, after_state):
        m = VARIABLE_RE.match(self.text, self.pos)
        if not m:
            return None
        start, end = self.pos, m.end()
        self.pos = end
        self.ctx.state = after_state
        return self.token("VARIABLE", self.text[start:end], start, end)

    def opener(self, c, resume_state):
        """`(`, `$(`, `@(`, `@{`, `{` at an operand position. Returns a token or None."""
        text, start = self.text, self.pos
        two = text[start:start + 2]
        if two == "$(":
            self.pos += 2
            self.push("subexpr", START, resume_state, start, "$(")
            return self.token("DOLLAR_LPAREN", "$(", start, start + 2)
        if two == "@(":
            self.pos += 2
            self.push("subexpr", START, resume_state, start, "@(")
            return self.token("AT_LPAREN", "@(", start, start + 2)
        if two == "@{":
            self.pos += 2
            self.push("hash", HASH_KEY, resume_state, start, "@{")
            return self.token("AT_LBRACE", "@{", start, start + 2)
        if c == "(":
            self.pos += 1
            self.push("paren", START, resume_state, start, "(")
            return self.token("LPAREN", "(", start, start + 1)
        if c == "{":
            self.pos += 1
            self.push("statements", START, resume_state, start, "{")
            return self.token("LBRACE", "{", start, start + 1)
        return None

    def type_token(self):
        """`[TypeName]` or `[Attribute(`; returns a token, or None when this is no type literal."""
        text, start = self.text, self.pos
        depth = 0
        pos = start
        n = len(text)
        while pos < n:
            ch = text[pos]
            if ch == "[":
                depth += 1
            elif ch == "]":
                depth -= 1
                if depth == 0:
                    self.pos = pos + 1
                    return self.token("TYPE", text[start:pos + 1], start, pos + 1)
            elif ch == "(" and depth == 1:
                self.pos = pos + 1
                self.push("attr", ATTR_ARG, START, start)
                return self.token("ATTR_OPEN", text[start:pos + 1], start, pos + 1)
            elif not (ch.isalnum() or ch in "_.,`+ \t"):
                return None
            pos += 1
        return None

    def number_token(self, after_state, allow_generic=False):
        text, start = self.text, self.pos
        m = NUMBER_RE.match(text, start)
        if not m:
            return None
        end = m.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return None
        if allow_generic and end < len(text) and text[end] not in GENERIC_STOP and text[end] != ",":
            return None       # `2024-05-06`, `1..3`, `7z.exe`: a bare word in command mode
        self.pos = end
        self.ctx.state = after_state
        return self.token("NUMBER", text[start:end], start, end)

    def read_bareword(self):
        """A command name or generic argument: up to white space or a token separator."""
        text, start = self.text, self.pos
        pos = start
        n = len(text)
        while pos < n:
            ch = text[pos]
            if ch in GENERIC_STOP:
                break
            if ch == "`" and pos + 1 < n:
                pos += 2
                continue
            if ch in SINGLE_QUOTES and pos > start:
                end = strings.scan_single_quoted(text, pos)
                pos = n if end < 0 else end
                continue
            if ch in DOUBLE_QUOTES and pos > start:
                end = strings.scan_double_quoted(text, pos)
                pos = n if end < 0 else end
                continue
            if ch == "$" and text.startswith("$(", pos):
                end = strings.scan_parens(text, pos + 1)
                pos = n if end < 0 else end
                continue
            if ch == ">" and pos > start:
                break
            pos += 1
        self.pos = pos
        return text[start:pos], start, pos


# -- state handlers -------------------------------------------------------------------------------

def at_start(lx: Tokenizer, c, keywords=True):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    lx.parameters_ended = False
    if c == "$" or c in SINGLE_QUOTES or c in DOUBLE_QUOTES or c == "(" or c == "[" or c == "!" \
            or c == "," or c == "{" or (c == "@" and text[start + 1:start + 2] in ("(", "{", '"', "'")) \
            or c == "+" or (c == "." and text[start + 1:start + 2].isdigit()):
        yield from at_operand(lx, c)
        return
    if c.isdigit():
        tok = lx.number_token(AFTER)
        if tok is not None:
            yield tok
            return
    if c in DASHES:
        nxt = text[start + 1:start + 2]
        if not (nxt.isalpha() or nxt == "_") or WORD_OPERATOR_RE.match(text, start):
            yield from at_operand(lx, c)
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
            yield from at_operand(lx, c)
            return
    if c == "|" and lx.last == "PIPE":
        lx.error("EmptyPipeElement", start, start + 1)
    word, wstart, wend = lx.read_bareword()
    if not word:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
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
        ctx.header_kind = "do" if kw == "DO" else "statements"
    ctx.keyword = word.lower()
    yield lx.token(kw, word, start, end)


def at_header(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "(":
        lx.pos += 1
        kind = "params" if ctx.keyword in ("param", "function", "filter") else "paren"
        lx.push(kind, START, START if ctx.keyword == "param" else HEADER, start, ctx.keyword)
        yield lx.token("LPAREN", "(", start, start + 1)
        return
    if c == "{":
        lx.pos += 1
        kind = ctx.header_kind or "statements"
        opener = "do" if kind == "do" else "{"
        if kind == "do":
            kind = "statements"
        lx.push(kind, SEPARATOR_STATE[kind], START, start, opener)
        yield lx.token("LBRACE", "{", start, start + 1)
        return
    if c in DASHES:
        m = PARAMETER_RE.match(text, start)
        if m:
            lx.pos = m.end()
            yield lx.token("PARAMETER", m.group(0), start, m.end())
            return
    if c == "[":
        tok = lx.type_token()
        if tok is not None:
            yield tok
            return
    if c == ",":
        lx.pos += 1
        yield lx.token("COMMA", ",", start, start + 1)
        return
    if c == ":":
        lx.pos += 1
        yield lx.token("COLON", ":", start, start + 1)
        return
    if c == "=":
        lx.pos += 1
        ctx.state = START
        yield lx.token("ASSIGN", "=", start, start + 1)
        return
    if c == "$":
        tok = lx.variable_token(HEADER)
        if tok is not None:
            yield tok
            return
    if c in SINGLE_QUOTES or c in DOUBLE_QUOTES:
        yield lx.string_token(c, HEADER)
        return
    word, wstart, wend = lx.read_bareword()
    if not word:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    yield lx.token("GENERIC", word, wstart, wend)


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
        word, wstart, wend = lx.read_bareword()
        lx.ctx.state = AFTER
        yield lx.token("GENERIC", word, wstart, wend)
        return
    lx.ctx.state = START
    yield from at_start(lx, c)


def at_cmd_name(lx: Tokenizer, c):
    if c == "$":
        tok = lx.variable_token(ARG_AFTER)
        if tok is not None:
            yield tok
            return
    if c in SINGLE_QUOTES or c in DOUBLE_QUOTES:
        yield lx.string_token(c, CMD_ARGS)
        return
    tok = lx.opener(c, ARG_AFTER)
    if tok is not None:
        yield tok
        return
    word, wstart, wend = lx.read_bareword()
    lx.ctx.state = CMD_ARGS
    yield lx.token("COMMAND_NAME", word, wstart, wend)


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
        lx.pos += 1
        return lx.token("AMP_BG", "&", start, start + 1)
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


def at_cmd_args(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    tok = pipeline_operator(lx, c)
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
        # `$a$b`, `$dir/file`: one argument, expanded as a string
        word, wstart, wend = lx.read_bareword()
        yield lx.token("GENERIC", word, wstart, wend)
        return
    if c in SINGLE_QUOTES or c in DOUBLE_QUOTES or (c == "@" and text[start + 1:start + 2] in ('"', "'")):
        yield lx.string_token(c, ARG_AFTER)
        return
    tok = lx.opener(c, ARG_AFTER)
    if tok is not None:
        yield tok
        return
    if c == ",":
        lx.pos += 1
        yield lx.token("COMMA", ",", start, start + 1)
        return
    if c == "@":
        m = SPLAT_RE.match(text, start)
        if m:
            lx.pos = m.end()
            yield lx.token("SPLAT", m.group(1), start, m.end())
            return
    if c.isdigit() or c == ".":
        tok = lx.number_token(ARG_AFTER, allow_generic=True)
        if tok is not None:
            yield tok
            return
    word, wstart, wend = lx.read_bareword()
    if not word:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    yield lx.token("GENERIC", word, wstart, wend)


def at_arg_after(lx: Tokenizer, c):
    if not lx.ws and c in ".[:(?":
        yield from at_after(lx, c, command_mode=True)
        return
    lx.ctx.state = CMD_ARGS
    yield from at_cmd_args(lx, c)


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
            lx.pos += 2
            yield lx.token("DEC", "--", start, start + 2)
            return
        lx.pos += 1
        yield lx.token("MINUS", "-", start, start + 1)
        return
    if c == "+":
        if text.startswith("++", start):
            lx.pos += 2
            yield lx.token("INC", "++", start, start + 2)
            return
        lx.pos += 1
        yield lx.token("PLUS", "+", start, start + 1)
        return
    if c == "!":
        lx.pos += 1
        yield lx.token("OP_NOT", "!", start, start + 1)
        return
    if c == ",":
        lx.pos += 1
        yield lx.token("COMMA", ",", start, start + 1)
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
    yield from at_start(lx, c)


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
        yield from at_cmd_args(lx, c)
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
        lx.pos += 2
        yield lx.token("DOUBLECOLON", "::", start, start + 2)
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
            lx.pos += 2
            yield lx.token("DEC", "--", start, start + 2)
            return
        lx.pos += 1
        ctx.state = OPERAND
        yield lx.token("MINUS", "-", start, start + 1)
        return
    if c == "+":
        if text.startswith("++", start):
            lx.pos += 2
            yield lx.token("INC", "++", start, start + 2)
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
    word, wstart, wend = lx.read_bareword()
    if not word:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    if word.lower() == "in":
        ctx.state = OPERAND
        yield lx.token("IN", word, wstart, wend)
        return
    yield lx.token("GENERIC", word, wstart, wend)


def member_name(lx: Tokenizer, back_state):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    m = MEMBER_NAME_RE.match(text, start)
    if m:
        lx.pos = m.end()
        tok = lx.token("MEMBER_NAME", m.group(0), start, m.end())
    elif text[start:start + 1] == "$":
        tok = lx.variable_token(back_state)
    elif text[start:start + 1] in SINGLE_QUOTES or text[start:start + 1] in DOUBLE_QUOTES:
        tok = lx.string_token(text[start], back_state)
    elif text[start:start + 1] == "(":
        tok = lx.opener("(", back_state)
        ctx.state = back_state
        yield tok
        return
    else:
        lx.error("MissingPropertyName", start - 1, start)
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


def at_hash_key(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "=":
        lx.pos += 1
        ctx.state = START
        yield lx.token("ASSIGN", "=", start, start + 1)
        return
    if c.isalpha() or c == "_":
        pos = start
        while pos < len(text) and (text[pos].isalnum() or text[pos] in "_-."):
            pos += 1
        lx.pos = pos
        yield lx.token("GENERIC", text[start:pos], start, pos)
        return
    ctx.state = OPERAND
    for tok in at_operand(lx, c):
        yield tok
    if ctx.state == AFTER:
        ctx.state = HASH_KEY


def at_switch_clause(lx: Tokenizer, c):
    start = lx.pos
    ctx = lx.ctx
    if c == "{":
        lx.pos += 1
        lx.push("statements", START, SWITCH_ACTION, start, "{")
        yield lx.token("LBRACE", "{", start, start + 1)
        return
    if c.isalpha() or c == "_" or c == "*":
        word, wstart, wend = lx.read_bareword()
        ctx.state = SWITCH_ACTION
        yield lx.token("GENERIC", word, wstart, wend)
        return
    ctx.state = OPERAND
    yield from at_operand(lx, c)
    if ctx.state == AFTER:
        ctx.state = SWITCH_ACTION


def at_switch_action(lx: Tokenizer, c):
    yield from at_after(lx, c)


def at_attr_arg(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    if c.isalpha() or c == "_":
        m = MEMBER_NAME_RE.match(text, start)
        lx.pos = m.end()
        lx.ctx.state = AFTER
        yield lx.token("GENERIC", m.group(0), start, m.end())
        return
    yield from at_operand(lx, c)


def at_type_member(lx: Tokenizer, c):
    text, start = lx.text, lx.pos
    ctx = lx.ctx
    if c == "(":
        lx.pos += 1
        lx.push("params", START, TYPE_MEMBER, start, "(")
        yield lx.token("LPAREN", "(", start, start + 1)
        return
    if c == "{":
        lx.pos += 1
        lx.push("statements", START, TYPE_MEMBER, start, "{")
        yield lx.token("LBRACE", "{", start, start + 1)
        return
    if c == "=":
        lx.pos += 1
        ctx.state = START
        yield lx.token("ASSIGN", "=", start, start + 1)
        return
    if c == ":":
        lx.pos += 1
        yield lx.token("COLON", ":", start, start + 1)
        return
    if c == "[":
        tok = lx.type_token()
        if tok is not None:
            yield tok
            return
    if c == "$":
        tok = lx.variable_token(TYPE_MEMBER)
        if tok is not None:
            yield tok
            return
    if c == ",":
        lx.pos += 1
        yield lx.token("COMMA", ",", start, start + 1)
        return
    m = MEMBER_NAME_RE.match(text, start)
    if not m:
        lx.pos += 1
        lx.error("UnexpectedToken", start, start + 1, token=c)
    lx.pos = m.end()
    yield lx.token("GENERIC", m.group(0), start, m.end())


STATE_HANDLERS = {
    START: at_start, PIPE_CMD: at_pipe_cmd, CMD_NAME: at_cmd_name, CMD_ARGS: at_cmd_args,
    ARG_AFTER: at_arg_after, OPERAND: at_operand, AFTER: at_after, HEADER: at_header,
    FUNC_NAME: at_func_name, LABEL_ARG: at_label_arg, HASH_KEY: at_hash_key,
    SWITCH_CLAUSE: at_switch_clause, SWITCH_ACTION: at_switch_action, ATTR_ARG: at_attr_arg,
    TYPE_MEMBER: at_type_member,
}
