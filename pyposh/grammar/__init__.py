"""PowerShell's grammar: tokenizer, Lark grammar, typed AST and parse errors."""
from pyposh.grammar.parser import parse, parse_range

__all__ = ["parse", "parse_range"]
