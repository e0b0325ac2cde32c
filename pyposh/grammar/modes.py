"""Tokenizer modes: the states PowerShell's parser switches between and the contexts brackets open."""
from __future__ import annotations

from pyposh.grammar.tokens import CONTINUATION_TERMINALS

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
# A line end after these separates nothing: an operator or an opener wants more, an attribute applies to
# what follows it (`[Parameter()]` ⏎ `$x`, `[Flags()]` ⏎ `enum E {}`), a label to its loop.
DROP_AFTER = CONTINUATION_TERMINALS | {"SEP", "LBRACE", "CALL_LBRACE", "AT_LBRACE", "FOR_SEMI", "ATTR_CLOSE", "LABEL"}
CLOSERS = {"statements": "}", "subexpr": ")", "hash": "}", "switch": "}", "type_body": "}", "paren": ")", "call": ")",
           "params": ")", "attr": ")", "index": "]"}

SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'
GENERIC_STOP = set(" \t\r\n\f\v|;&(){},\u00a0") | {"\ufeff"}
