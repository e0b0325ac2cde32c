"""The parse entry point: builds the Lark parser once, parses text to a ScriptBlockAst, maps errors.

Parsing is a pure function of the text; the interpreter keeps parsed (and compiled) scripts by text."""
from __future__ import annotations

import os
import re
import tempfile
import threading
import zlib

from lark import Lark
from lark.exceptions import UnexpectedInput, UnexpectedToken, VisitError
from lark.lexer import Lexer

from pyposh.errors import ParseError
from pyposh.grammar import ast as A, messages
from pyposh.grammar.diagnosis import Diagnosis
from pyposh.grammar.extent import Extent, SourceText
from pyposh.grammar.lexer import STATEMENT_PAREN_OPENERS, Tokenizer
from pyposh.grammar.transform import AstBuilder

_GRAMMAR = os.path.join(os.path.dirname(__file__), "powershell.lark")
_local = threading.local()
_lock = threading.Lock()
_parser = None

BINARY_OPERATOR_TERMINALS = {"OP_COMPARE", "OP_LOGICAL", "OP_BITWISE", "OP_FORMAT", "PLUS", "MINUS", "OP_MUL",
                             "DOTDOT", "COALESCE", "OP_NOT", "OP_BNOT", "OP_USPLIT", "OP_UJOIN"}
OPERATOR_TEXT = {"OP_COMPARE": "-{}", "OP_LOGICAL": "-{}", "OP_BITWISE": "-{}", "OP_FORMAT": "-f",
                 "OP_USPLIT": "-split", "OP_UJOIN": "-join", "OP_BNOT": "-bnot"}


class _LarkLexer(Lexer):
    """Hands Lark the tokens of the Tokenizer for the text being parsed on this thread."""

    __future_interface__ = 0

    def __init__(self, lexer_conf):
        pass

    def lex(self, text):
        tokenizer = Tokenizer(text)
        _local.tokenizer = tokenizer
        history = _local.history = []
        for tok in tokenizer.tokens():
            history.append(tok)
            if len(history) > 3:
                del history[0]
            yield tok


def _get_parser() -> Lark:
    global _parser
    if _parser is None:
        with _lock:
            if _parser is None:
                cache_file = os.path.join(tempfile.gettempdir(), "pyposh-grammar-%s.cache" % _grammar_stamp())
                with open(_GRAMMAR, encoding="utf-8") as f:
                    grammar = f.read()
                _parser = Lark(grammar, parser="lalr", lexer=_LarkLexer, propagate_positions=True,
                               maybe_placeholders=False, cache=cache_file)
    return _parser


def _grammar_stamp() -> str:
    with open(_GRAMMAR, "rb") as f:
        return "%08x" % zlib.crc32(f.read())


def parse(text: str, file: str | None = None):
    """Parse a script; returns a ScriptBlockAst. Raises ParseError with PowerShell's id and position."""
    source = SourceText(text, file)
    tree = parse_range(source, 0, len(text))
    _check_using_first(tree)
    requirements = script_requirements(text)
    return A.replace(tree, requirements=requirements) if requirements else tree


def _check_using_first(tree) -> None:
    """`using` statements come before any other statement of a script (UsingMustBeAtStartOfScript)."""
    statements = tree.end.statements if tree.end is not None else ()
    seen_other = False
    for statement in statements:
        if not isinstance(statement, A.UsingStatementAst):
            seen_other = True
        elif seen_other:
            raise ParseError(*messages.message("UsingMustBeAtStartOfScript"), statement.extent)


_REQUIRES = re.compile(r"^[ \t]*#requires\s+(.*)$", re.IGNORECASE | re.MULTILINE)
_REQUIRES_PARAMETER = re.compile(r"-(\w+)\s*((?:'[^']*'|\"[^\"]*\"|@\{[^}]*\}|[^\s,-][^\s,]*)(?:\s*,\s*(?:'[^']*'|"
                                 r"\"[^\"]*\"|@\{[^}]*\}|[^\s,]+))*)?")


def script_requirements(text: str) -> tuple:
    """The `#Requires -Version 7.2`, `-Modules A, B`, `-PSEdition Core`, `-RunAsAdministrator` lines of a script,
    as (parameter, values) pairs (about_Requires: a #Requires comment starts a line)."""
    found = []
    for line in _REQUIRES.finditer(text):
        for m in _REQUIRES_PARAMETER.finditer(line.group(1)):
            values = tuple(v.strip().strip("'\"") for v in re.split(r"\s*,\s*(?![^{]*})", m.group(2) or "") if v)
            found.append((m.group(1).lower(), values))
    return tuple(found)


def parse_range(source: SourceText, start: int, end: int, text: str | None = None):
    """Parse source.text[start:end] (or `text` with offsets unknown, when start is None)."""
    if start is None:
        sub_source = SourceText(text, source.file)
        return _parse(sub_source, sub_source.text, 0)
    return _parse(source, source.text[start:end], start)


def _parse(source: SourceText, text: str, offset: int):
    parser = _get_parser()
    saved = (getattr(_local, "tokenizer", None), getattr(_local, "history", None))
    try:
        tree = parser.parse(text)
    except ParseError as e:
        raise _relocate(e, source, offset) from None
    except UnexpectedToken as e:
        raise _unexpected(e, source, text, offset) from None
    except UnexpectedInput as e:  # pragma: no cover - the tokenizer makes every token
        raise ParseError(str(e), "UnexpectedToken", Extent(source, offset, offset)) from None
    finally:
        _local.tokenizer, _local.history = saved

    def parse_sub(start, end, sub_text):
        return _inner_block(parse_range(source, start, end, sub_text))

    try:
        return AstBuilder(source, offset, parse_sub).transform(tree)
    except VisitError as e:
        if isinstance(e.orig_exc, ParseError):
            raise e.orig_exc from None
        raise


def _inner_block(script_block):
    end = script_block.end
    return A.StatementBlockAst(script_block.extent, end.statements if end else (), end.traps if end else ())


def _relocate(e: ParseError, source: SourceText, offset: int) -> ParseError:
    if isinstance(e.extent, tuple):
        start, end = e.extent
        e.extent = Extent(source, offset + start, offset + end)
    return e


def _open_statement_paren(tok):
    """The keyword of the statement whose `(` is the innermost bracket open before tok (`if`, `while`, ...)."""
    tokenizer = getattr(_local, "tokenizer", None)
    for ctx in reversed(tokenizer.stack if tokenizer is not None else ()):
        if ctx.open_pos >= (tok.start_pos or 0):
            continue                        # opened by the unexpected token itself
        if ctx.kind == "paren" and ctx.opener in STATEMENT_PAREN_OPENERS:
            return ctx.opener
        return None
    return None


def _unexpected(e: UnexpectedToken, source: SourceText, text: str, offset: int) -> ParseError:
    tokenizer = getattr(_local, "tokenizer", None)
    blanks = tokenizer if tokenizer is not None else Tokenizer(text)
    diagnosis = Diagnosis(e.interactive_parser.parser_state.value_stack, e.token, text,
                          lambda pos: blanks.peek_significant(pos) >= len(text))
    found = diagnosis.run()
    if found is not None:
        key, args, start, end, incomplete = found
        message, error_id = messages.message(key, **args)
        return ParseError(message, error_id, Extent(source, offset + start, offset + end), incomplete=incomplete)
    if tokenizer is not None and tokenizer.unclosed_error is not None:
        return _relocate(tokenizer.unclosed_error, source, offset)
    return _unexpected_token(e, source, text, offset)


def _unexpected_token(e: UnexpectedToken, source: SourceText, text: str, offset: int) -> ParseError:
    tok = e.token
    history = getattr(_local, "history", None) or []
    previous = None
    for h in reversed(history):
        if h is not tok and (tok.type == "$END" or h.start_pos < (tok.start_pos or 0)):
            previous = h
            break
    at_end = tok.type == "$END"
    if previous is not None and previous.type in BINARY_OPERATOR_TERMINALS | {"COMMA", "ASSIGN"}:
        op_text = OPERATOR_TEXT.get(previous.type, "{}").format(previous.value)
        if previous.type == "COMMA":
            key, args = "MissingExpressionAfterToken", {"token": ","}
        elif previous.type == "ASSIGN":
            key, args = "ExpectedValueExpression", {"operator": previous.value}
        else:
            key, args = "MissingExpressionAfterOperator", {"operator": op_text}
        message, error_id = messages.message(key, **args)
        pos = offset + previous.end_pos
        return ParseError(message, error_id, Extent(source, pos, pos), incomplete=at_end)
    if at_end:
        pos = offset + len(text)
        key = "MissingStatementBlock" if previous is not None and previous.type == "RPAREN" \
            and "LBRACE" in e.expected else "IncompleteStatement"
        message, error_id = messages.message(key)
        return ParseError(message, error_id, Extent(source, pos, pos), incomplete=True)
    start = offset + tok.start_pos
    end = offset + tok.end_pos
    keyword = _open_statement_paren(tok) if "RPAREN" in e.expected else None
    if keyword is not None:         # `if ($x {`: the condition's `)` is missing (Parser.cs reports it at the token)
        message, error_id = messages.message("MissingEndParenthesisAfterStatement", keyword=keyword)
        return ParseError(message, error_id, Extent(source, start, end))
    shown = text[tok.start_pos:tok.end_pos]
    if tok.type == "SEP":
        shown = text[tok.start_pos:tok.end_pos].strip() or "newline"
    if tok.type == "PIPE" and previous is not None and previous.type in ("PIPE",):
        message, error_id = messages.message("EmptyPipeElement")
    else:
        message, error_id = messages.message("UnexpectedToken", token=shown)
    return ParseError(message, error_id, Extent(source, start, end))
