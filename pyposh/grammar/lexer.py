"""The mode-aware tokenizer: PowerShell's command mode and expression mode, feeding Lark's LALR parser.

The Tokenizer holds the position and the stack of open brackets; what each mode reads next is in
lexer_commands.py (statements, commands, arguments, bodies) and lexer_expressions.py (operands, operators).
"""
from __future__ import annotations

from lark.lexer import Token

from pyposh.errors import ParseError
from pyposh.grammar import lexer_commands as commands, lexer_expressions as expressions, messages, strings
from pyposh.grammar.modes import (
    AFTER, ARG_AFTER, ATTR_ARG, CLOSERS, CMD_ARGS, CMD_NAME, DOUBLE_QUOTES, DROP_AFTER, FUNC_NAME, GENERIC_STOP,
    HASH_KEY, HEADER, LABEL_ARG, NEWLINE_FREE, OPERAND, PIPE_CMD, SEPARATOR_STATE, SINGLE_QUOTES, START, SWITCH_ACTION,
    SWITCH_CLAUSE, TYPE_MEMBER,
)
from pyposh.grammar.tokens import HSPACE_RE, MEMBER_NAME_RE, NUMBER_RE, VARIABLE_RE


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
        self.last_end = 0         # where the last token emitted ends
        self.unclosed_error = None  # the error for brackets still open at the end of the text

    # -- helpers --------------------------------------------------------------------------------
    def error(self, key, start, end=None, incomplete=False, **args):
        raise self.make_error(key, start, end, incomplete, **args)

    @staticmethod
    def make_error(key, start, end=None, incomplete=False, **args) -> ParseError:
        message, error_id = messages.message(key, **args)
        return ParseError(message, error_id, (start, start if end is None else end), incomplete)

    def take(self, size: int, type_: str):
        """The next `size` characters as a token of `type_` (PowerShell's en and em dashes read as `-`)."""
        start = self.pos
        self.pos = start + size
        text = self.text[start:self.pos]
        if type_ in ("MINUS", "DEC"):
            text = "-" * size
        return self.token(type_, text, start, self.pos)

    def token(self, type_, value, start, end):
        self.last = type_
        self.last_end = end
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
        start = self.pos
        self.pos = self.blank_end(start, False)
        self.ws = self.pos > start

    def peek_significant(self, pos):
        """The offset of the next token start after newlines, spaces and comments from pos."""
        return self.blank_end(pos, True)

    def blank_end(self, pos, newlines):
        """The offset after the white space, line continuations and comments from pos (and line ends, with
        newlines). An unclosed `<#` runs to the end when peeking past newlines, and is an error otherwise."""
        text, n = self.text, len(self.text)
        while pos < n:
            m = HSPACE_RE.match(text, pos)
            if m:
                pos = m.end()
                continue
            c = text[pos]
            if newlines and (c == "\n" or c == "\r"):
                pos += 1
                continue
            if c == "#":
                end = text.find("\n", pos)
                pos = n if end == -1 else end
                continue
            if c == "<" and text.startswith("<#", pos):
                end = text.find("#>", pos + 2)
                if end == -1:
                    if newlines:
                        return n
                    self.pos = pos
                    self.error("MissingEndMultiLineComment", pos, pos + 2, incomplete=True)
                pos = end + 2
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
            if self.last == "AMP_BG" and c not in ";)}":
                # `cmd1 & cmd2`: a background job's `&` ends its statement, and another may follow
                self.ctx.state = SEPARATOR_STATE[self.ctx.kind]
                yield self.token("SEP", "&", self.pos, self.pos)
            for tok in self.dispatch(c):
                yield tok
        if len(self.stack) > 1:
            # the parser fails at the end; what it was reading may tell a better error (parser.py), else this one
            self.unclosed_error = self.unclosed(self.ctx)

    def unclosed(self, ctx) -> ParseError:
        """The error for a bracket left open at the end of the text."""
        key = UNCLOSED_ERRORS.get(ctx.kind)
        if key is None:     # a `(`: after a statement keyword, or around an expression
            if ctx.opener not in STATEMENT_PAREN_OPENERS and self.last_end > ctx.open_pos + 1:
                # `1 + (2`: after the expression in the parentheses (Parser.cs, ParenthesizedExpressionRule)
                return self.make_error("MissingEndParenthesisInExpression", self.last_end, incomplete=True)
            key = ("MissingEndParenthesisAfterStatement" if ctx.opener in STATEMENT_PAREN_OPENERS
                   else "MissingEndParenthesisInExpression")
        if ctx.kind in ("type_body", "hash"):
            # Parser.cs ClassDefinitionRule, EnumDefinitionRule, HashExpressionRule: After(the opening brace)
            return self.make_error(key, ctx.open_pos + (2 if ctx.kind == "hash" else 1), incomplete=True)
        return self.make_error(key, ctx.open_pos, ctx.open_pos + 1, incomplete=True, keyword=ctx.opener)

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
                elif c == "(" and ctx.state == HEADER:
                    drop = True             # `param` ⏎ `(`, `if` ⏎ `(`: a statement's parentheses may follow
                elif c in "[," and ctx.state == HEADER and ctx.keyword in ("catch", "trap"):
                    drop = True             # `catch` ⏎ `[Exception]` ⏎ `,` ⏎ `[IOException]`
                elif ctx.kind == "type_body" and (last in ("TYPE", "ATTR_CLOSE")
                                                  or c == "{" and last == "RPAREN"):
                    drop = True             # a member's type, attributes and body may stand on lines of their own
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
        if ctx.kind == "paren" and ctx.opener == "for":     # `for (` ⏎ init ⏎ condition ⏎ step `)`
            return self.token("FOR_SEMI", ";", start, start + 1)
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
        yield from STATE_HANDLERS[state](self, c)

    def read(self, state, c, **options):
        """Read the next token(s) as mode `state` would (one mode handing over to another)."""
        return STATE_HANDLERS[state](self, c, **options)

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
        if ctx.opener == "member" and self.text.startswith("(", self.pos):
            # `[string]::('Concat')('a', 'b')`: a member named by an expression, called
            yield self.open_bracket("CALL_LPAREN", "call", START, self.ctx.state)
            return
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
            type_ = "DQ_HERE" if kind == '"' else "SQ_HERE"
        else:
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

    def variable_or_string(self, c, after_state, string_state=None):
        """A variable or a quoted string at c, the mode going on in after_state (string_state after a string,
        when given); None when c starts neither."""
        if c == "$":
            return self.variable_token(after_state)
        if c in SINGLE_QUOTES or c in DOUBLE_QUOTES:
            return self.string_token(c, after_state if string_state is None else string_state)
        return None

    def operand_token(self, c, after_state):
        """A variable, a string or here-string, or a `(`, `$(`, `@(`, `@{`, `{` opening an operand at c,
        the mode going on in after_state; None when c starts none of them."""
        if c == "@" and self.text[self.pos + 1:self.pos + 2] in ('"', "'"):
            return self.string_token(c, after_state)
        tok = self.variable_or_string(c, after_state)
        if tok is None:
            tok = self.opener(c, after_state)
        return tok

    def opener(self, c, resume_state):
        """`(`, `$(`, `@(`, `@{`, `{` at an operand position. Returns a token or None."""
        start = self.pos
        opener = self.text[start:start + 2] if c in "$@" else c
        entry = OPENERS.get(opener)
        if entry is None:
            return None
        kind, state, token_type = entry
        return self.open_bracket(token_type, kind, state, resume_state, opener, len(opener))

    def open_bracket(self, token_type, kind, start_state, resume_state, opener="", size=1):
        """The `size` characters at pos, which open a `kind` context read from start_state, as a token;
        the current mode goes on in resume_state once the context closes."""
        start = self.pos
        self.pos = start + size
        self.push(kind, start_state, resume_state, start, opener)
        return self.token(token_type, self.text[start:self.pos], start, self.pos)

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
                resume = TYPE_MEMBER if self.ctx.state == TYPE_MEMBER else START     # a class member goes on
                return self.open_bracket("ATTR_OPEN", "attr", ATTR_ARG, resume, size=pos + 1 - start)
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

    def generic_token(self, c):
        """The bare word at pos as a GENERIC token (an argument or name); an empty one is an error at c."""
        word, start, end = self.required_bareword(c)
        return self.token("GENERIC", word, start, end)

    def required_bareword(self, c):
        """read_bareword, where an empty word is an UnexpectedToken error at ``c``."""
        start = self.pos
        word, wstart, wend = self.read_bareword()
        if not word:
            self.pos += 1
            self.error("UnexpectedToken", start, start + 1, token=c)
        return word, wstart, wend

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


# Opening brackets at an operand position: the context each one pushes, its first mode, its token.
OPENERS = {
    "$(": ("subexpr", START, "DOLLAR_LPAREN"),
    "@(": ("subexpr", START, "AT_LPAREN"),
    "@{": ("hash", HASH_KEY, "AT_LBRACE"),
    "(": ("paren", START, "LPAREN"),
    "{": ("statements", START, "LBRACE"),
}

# The error for a context left open at the end of the text, by its kind (a `paren` is told by its opener).
UNCLOSED_ERRORS = {
    "statements": "MissingEndCurlyBrace", "switch": "MissingEndCurlyBrace", "type_body": "MissingEndCurlyBrace",
    "subexpr": "MissingEndParenthesisInSubexpression", "hash": "MissingEndCurlyBrace",
    "index": "MissingEndSquareBracket", "call": "MissingEndParenthesisInMethodCall",
    "params": "MissingEndParenthesisInFunctionParameterList", "attr": "MissingEndParenthesisInExpression",
}
STATEMENT_PAREN_OPENERS = frozenset({"if", "elseif", "while", "switch", "foreach", "for"})

# What to read next, by mode.
STATE_HANDLERS = {
    START: commands.at_start, PIPE_CMD: commands.at_pipe_cmd, CMD_NAME: commands.at_cmd_name,
    CMD_ARGS: commands.at_cmd_args, ARG_AFTER: commands.at_arg_after, HEADER: commands.at_header,
    FUNC_NAME: commands.at_func_name, LABEL_ARG: commands.at_label_arg, HASH_KEY: commands.at_hash_key,
    SWITCH_CLAUSE: commands.at_switch_clause, SWITCH_ACTION: commands.at_switch_action,
    ATTR_ARG: commands.at_attr_arg, TYPE_MEMBER: commands.at_type_member,
    OPERAND: expressions.at_operand, AFTER: expressions.at_after,
}
