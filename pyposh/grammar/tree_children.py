"""Helpers for reading Lark's children lists: tokens of given types, AST nodes, call-argument tuples."""
from __future__ import annotations

from lark import Token

CALL_ARGS = object()   # tags the tuple call_arguments returns


def toks(children, *types):
    return [c for c in children if isinstance(c, Token) and c.type in types]


def nodes(children):
    return [c for c in children if not isinstance(c, Token)]


def first(children, *types):
    for c in children:
        if isinstance(c, Token) and c.type in types:
            return c
    return None
