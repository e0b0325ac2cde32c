"""Token tables: PowerShell's keywords and operators, and the terminal each one becomes."""
from __future__ import annotations

import re

KEYWORDS = {
    "if": "IF", "elseif": "ELSEIF", "else": "ELSE", "switch": "SWITCH", "foreach": "FOREACH",
    "for": "FOR", "while": "WHILE", "do": "DO", "until": "UNTIL", "function": "FUNCTION",
    "filter": "FILTER", "workflow": "FUNCTION", "param": "PARAM", "try": "TRY", "catch": "CATCH",
    "finally": "FINALLY", "trap": "TRAP", "throw": "THROW", "return": "RETURN", "break": "BREAK",
    "continue": "CONTINUE", "exit": "EXIT", "class": "CLASS", "enum": "ENUM", "using": "USING",
    "data": "DATA",
}
# Words that are keywords only when a `{` follows (named blocks of a script block).
BLOCK_KEYWORDS = {"begin": "BEGIN", "process": "PROCESS", "end": "END", "dynamicparam": "DYNAMICPARAM",
                  "clean": "CLEAN"}

_CASE_PREFIXED = ("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
                  "contains", "notcontains", "in", "notin", "split")
COMPARISON_OPERATORS = set(_CASE_PREFIXED) | {p + op for op in _CASE_PREFIXED for p in ("i", "c")} | {
    "is", "isnot", "as", "join"}
LOGICAL_OPERATORS = {"and", "or", "xor"}
BITWISE_OPERATORS = {"band", "bor", "bxor", "shl", "shr"}
UNARY_WORD_OPERATORS = {"not": "OP_NOT", "bnot": "OP_BNOT", "split": "OP_USPLIT", "join": "OP_UJOIN"}


def binary_word_terminal(word: str) -> str | None:
    """The terminal for a binary `-word` operator, or None when `word` is not one."""
    if word in COMPARISON_OPERATORS:
        return "OP_COMPARE"
    if word in LOGICAL_OPERATORS:
        return "OP_LOGICAL"
    if word in BITWISE_OPERATORS:
        return "OP_BITWISE"
    if word == "f":
        return "OP_FORMAT"
    return None


ASSIGNMENT_OPERATORS = ("??=", "+=", "-=", "*=", "/=", "%=", "=")

# Tokens after which a newline does not end the statement (the expression goes on).
CONTINUATION_TERMINALS = frozenset({
    "OP_COMPARE", "OP_LOGICAL", "OP_BITWISE", "OP_FORMAT", "PLUS", "MINUS", "OP_MUL", "DOTDOT",
    "COMMA", "ASSIGN", "PIPE", "ANDAND", "OROR", "LPAREN", "DOLLAR_LPAREN", "AT_LPAREN", "LBRACKET",
    "CALL_LPAREN", "QUESTION", "COLON", "COALESCE", "OP_NOT", "OP_BNOT", "OP_USPLIT", "OP_UJOIN",
    "DOT", "DOUBLECOLON", "QDOT", "ATTR_OPEN", "IN",
})

DASHES = "-\u2013\u2014\u2015"  # PowerShell accepts en and em dashes as '-'

VARIABLE_RE = re.compile(
    r"\$(?:\{(?P<braced>(?:`.|[^}`])*)\}"
    r"|(?P<name>(?:[A-Za-z_][\w]*:(?!:))?\w[\w?]*(?::[\w?]+)?)"
    r"|(?P<special>[$?^_]))"
)
SPLAT_RE = re.compile(r"@(?P<name>[A-Za-z_]\w*)")
NUMBER_RE = re.compile(
    r"(?:0[xX][0-9a-fA-F]+(?:[uU][lLsSyY]?|[lL][uU]?|[nN]|[sS]|[yY])?"
    r"|0[bB][01]+(?:[lLnNsSyYuU]|[uU][lLsSyY])?"
    r"|(?:\d+(?:\.\d+|\.(?![.\w]))?|\.\d+)(?:[eE][+-]?\d+)?(?:[dD]|[lL][uU]?|[uU][lLsSyY]?|[nN]|[sS]|[yY])?)"
    r"(?:[kKmMgGtTpP][bB])?"
)
MEMBER_NAME_RE = re.compile(r"[A-Za-z_][\w]*")
TYPE_NAME_RE = re.compile(r"[A-Za-z_][\w.]*")
WORD_OPERATOR_RE = re.compile(r"[" + DASHES + r"]([A-Za-z]+)(?![\w-])")
PARAMETER_RE = re.compile(r"[" + DASHES + r"]([A-Za-z_?][\w\-?]*)(:?)")
REDIRECT_RE = re.compile(r"(?:[*1-6]?>>|[*1-6]>&[12]|[*1-6]?>)")
LABEL_RE = re.compile(r":([A-Za-z_][\w]*)")
HSPACE_RE = re.compile(r"(?:[ \t\f\v\u00a0\ufeff]|`\r?\n)+")
