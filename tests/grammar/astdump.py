"""Compact AST dumps for parser tests: `(BinaryExpressionAst Op=+ ...)`, extents left out."""
from __future__ import annotations

from pyposh.grammar import ast as A


def dump(node) -> str:
    if isinstance(node, A.Ast):
        fields = []
        for name in A.fields(node):          # the syntax: not the extent, not a literal's text
            value = getattr(node, name)
            if value is None or value == () or value is False or value == "":
                continue
            fields.append("%s=%s" % (name, dump(value)))
        name = type(node).__name__
        return "(%s%s)" % (name, (" " + " ".join(fields)) if fields else "")
    if isinstance(node, tuple):
        return "[" + " ".join(dump(x) for x in node) + "]"
    return repr(node)


def dump_statement(text: str) -> str:
    """The dump of the first statement of a script, with the pipeline wrappers of plain expressions removed."""
    from pyposh.grammar import parse
    sb = parse(text)
    stmt = sb.end.statements[0]
    if isinstance(stmt, A.PipelineAst) and len(stmt.elements) == 1 and isinstance(stmt.elements[0], A.CommandExpressionAst) \
            and not stmt.elements[0].redirections and not stmt.background:
        return dump(stmt.elements[0].expression)
    return dump(stmt)
