"""Pipelines and expressions for the AST builder: commands, operators, literals, bare words (a mixin of
AstBuilder in transform.py, which owns the Transformer)."""
from __future__ import annotations

from lark import Token, Transformer, v_args

from pyposh.errors import ParseError
from pyposh.grammar import ast as A, literals, messages
from pyposh.grammar.expansion import expandable_string
from pyposh.grammar.extent import Extent
from pyposh.grammar.strings import here_string_body, single_quoted_value
from pyposh.grammar.tree_children import CALL_ARGS, nodes as _nodes


@v_args(meta=True)
class ExpressionBuilder(Transformer):
    """The AST builder's methods for pipeline and expression rules (AstBuilder completes it)."""

    # -- pipelines ------------------------------------------------------------------------------
    def assignment(self, meta, children):
        left, operator = children[0], children[1].value
        if not _assignable(left, operator == "="):
            # Parser.cs AssignmentStatementRule / ISupportsAssignment: at the left-hand side
            message, error_id = messages.message("InvalidLeftHandSide")
            raise ParseError(message, error_id, left.extent)
        return A.AssignmentStatementAst(self.ext(meta), left, operator, children[2])

    def background(self, meta, children):
        inner = children[0]
        if isinstance(inner, A.PipelineAst):
            return A.PipelineAst(self.ext(meta), inner.elements, True)
        return A.PipelineChainAst(self.ext(meta), inner.left, inner.right, inner.operator, True)

    def pipeline_chain(self, meta, children):
        return A.PipelineChainAst(self.ext(meta), children[0], children[2], children[1].value)

    def pipeline(self, meta, children):
        return A.PipelineAst(self.ext(meta), tuple(_nodes(children)))

    def command_expression(self, meta, children):
        return A.CommandExpressionAst(self.ext(meta), children[0], tuple(children[1:]))

    def command(self, meta, children):
        head = children[0]
        operator, name = head
        elements = [name]
        redirections = []
        items = children[1:]
        i = 0
        while i < len(items):
            item = items[i]
            if isinstance(item, (A.FileRedirectionAst, A.MergingRedirectionAst)):
                redirections.append(item)
            elif isinstance(item, A.CommandParameterAst) and item.text.endswith(":") and i + 1 < len(items) \
                    and not isinstance(items[i + 1], (A.CommandParameterAst, A.FileRedirectionAst,
                                                      A.MergingRedirectionAst)) \
                    and items[i + 1].extent.start == item.extent.end:
                arg = items[i + 1]
                elements.append(A.CommandParameterAst(
                    Extent(self.source, item.extent.start, arg.extent.end), item.name, arg, item.text))
                i += 1
            else:
                elements.append(item)
            i += 1
        return A.CommandAst(self.ext(meta), tuple(elements), operator, tuple(redirections))

    def command_head(self, meta, children):
        if len(children) == 1:
            return (None, self._bare(children[0]))
        target = children[1]
        if isinstance(target, Token):
            target = self._bare(target)
        return (children[0].value, target)

    def command_parameter(self, meta, children):
        tok = children[0]
        name = tok.value[1:].rstrip(":")
        return A.CommandParameterAst(self.tok_ext(tok), name, None, tok.value)

    def command_argument(self, meta, children):
        nodes = _nodes(children)
        if len(nodes) == 1:
            return nodes[0]
        return A.ArrayLiteralAst(self.ext(meta), tuple(nodes))

    def generic_token(self, meta, children):
        return self._bare(children[0])

    def stop_parsing(self, meta, children):
        return A.StopParsingAst(self.ext(meta), children[0].value)

    def splat(self, meta, children):
        return A.VariableExpressionAst(self.ext(meta), children[0].value, "", True)

    def file_redirection(self, meta, children):
        op = children[0].value
        target = children[1]
        if isinstance(target, Token):
            target = self._bare(target)
        stream = op[0] if op[0] in "*123456" else "1"
        return A.FileRedirectionAst(self.ext(meta), stream, op.endswith(">>"), target)

    def merging_redirection(self, meta, children):
        op = children[0].value
        return A.MergingRedirectionAst(self.ext(meta), op[0], op[-1])

    # -- expressions ----------------------------------------------------------------------------
    def ternary(self, meta, children):
        nodes = _nodes(children)
        return A.TernaryExpressionAst(self.ext(meta), nodes[0], nodes[1], nodes[2])

    def binary(self, meta, children):
        op = children[1].value
        op = op.lower() if op[0].isalpha() else op
        return A.BinaryExpressionAst(self.ext(meta), op, children[0], children[2])

    def array_literal(self, meta, children):
        return A.ArrayLiteralAst(self.ext(meta), tuple(_nodes(children)))

    def unary(self, meta, children):
        op = children[0].value
        return A.UnaryExpressionAst(self.ext(meta), op.lower() if op[0].isalpha() else op, children[1])

    def attributed_expression(self, meta, children):
        return A.AttributedExpressionAst(self.ext(meta), children[0], children[1])

    def prefix_update(self, meta, children):
        return A.UpdateExpressionAst(self.ext(meta), children[0].value, children[1], False)

    def postfix_update(self, meta, children):
        return A.UpdateExpressionAst(self.ext(meta), children[1].value, children[0], True)

    def convert(self, meta, children):
        return A.ConvertExpressionAst(self.ext(meta), literals.type_name(children[0].value), children[1])

    def member_access(self, meta, children):
        op = children[1].value
        return A.MemberExpressionAst(self.ext(meta), children[0], children[2], op == "::", op == "?.")

    def invoke_member(self, meta, children):
        op = children[1].value
        args = next((c[1] for c in children[3:] if isinstance(c, tuple)), ())
        return A.InvokeMemberExpressionAst(self.ext(meta), children[0], children[2], args, op == "::",
                                           op == "?.")

    def invoke_member_block(self, meta, children):
        op = children[1].value
        brace, block, close = children[3], children[4], children[5]
        block_ext = Extent(self.source, self.offset + brace.start_pos, self.offset + close.end_pos)
        argument = A.ScriptBlockExpressionAst(block_ext, block)
        return A.InvokeMemberExpressionAst(self.ext(meta), children[0], children[2], (argument,), op == "::",
                                           op == "?.")

    def call_arguments(self, meta, children):
        return (CALL_ARGS, tuple(_nodes(children)))

    def index(self, meta, children):
        return A.IndexExpressionAst(self.ext(meta), children[0], children[2], children[1].value == "?[")

    def member_name(self, meta, children):
        name = children[0].value
        if name.isdigit():          # `$Matches.0`: the member is the number (a hashtable's int key)
            return A.ConstantExpressionAst(self.ext(meta), int(name))
        return A.StringConstantExpressionAst(self.ext(meta), name, "bare")

    def variable(self, meta, children):
        tok = children[0]
        scope, name = literals.split_variable(tok.value)
        return A.VariableExpressionAst(self.tok_ext(tok), name, scope)

    def number(self, meta, children):
        tok = children[0]
        return A.ConstantExpressionAst(self.tok_ext(tok), literals.number_value(tok.value), tok.value)

    def string_literal(self, meta, children):
        tok = children[0]
        ext = self.tok_ext(tok)
        raw = tok.value
        if tok.type == "SQ_STRING":
            return A.StringConstantExpressionAst(ext, single_quoted_value(raw), "single")
        if tok.type == "SQ_HERE":
            return A.StringConstantExpressionAst(ext, here_string_body(raw), "single_here")
        if tok.type == "DQ_HERE":
            body = here_string_body(raw, normalize=False)     # offsets kept: `$( )` bodies are parsed in place
            start = ext.start + raw.index("\n") + 1
            return expandable_string(ext, body, start, "double_here", self.parse_sub)
        return expandable_string(ext, raw[1:-1], ext.start + 1, "double", self.parse_sub)

    def type_expression(self, meta, children):
        return A.TypeExpressionAst(self.ext(meta), literals.type_name(children[0].value))

    def paren(self, meta, children):
        return A.ParenExpressionAst(self.ext(meta), _nodes(children)[0])

    def sub_expression(self, meta, children):
        return A.SubExpressionAst(self.ext(meta), self._inner_block(meta, children))

    def array_expression(self, meta, children):
        return A.ArrayExpressionAst(self.ext(meta), self._inner_block(meta, children))

    def _inner_block(self, meta, children):
        nodes = _nodes(children)
        return nodes[0] if nodes else A.StatementBlockAst(self.ext(meta), ())

    def hashtable(self, meta, children):
        entries = next((c for c in children if isinstance(c, list)), [])
        return A.HashtableAst(self.ext(meta), tuple(entries))

    def hash_entries(self, meta, children):
        return [c for c in children if isinstance(c, tuple)]

    def hash_entry(self, meta, children):
        key = children[0]
        if isinstance(key, Token):
            key = A.StringConstantExpressionAst(self.tok_ext(key), key.value, "bare")
        return (key, children[2])

    def script_block_expression(self, meta, children):
        return A.ScriptBlockExpressionAst(self.ext(meta), _nodes(children)[0])

    # -- bare words -----------------------------------------------------------------------------
    def _bare(self, tok) -> A.Ast:
        """A command name or argument written without quotes (it may still hold quotes and `$`)."""
        ext = self.tok_ext(tok)
        raw = tok.value
        if not any(ch in raw for ch in "`'\"$\u2018\u2019\u201c\u201d"):
            return A.StringConstantExpressionAst(ext, raw, "bare")
        pieces = literals.bare_word_pieces(raw)
        if all(kind == "literal" or "$" not in text for kind, text in pieces):
            value = "".join(text if kind == "literal" else literals.unescape_backticks(text)
                            for kind, text in pieces)
            return A.StringConstantExpressionAst(ext, value, "bare")
        if len(pieces) == 1:
            return expandable_string(ext, raw, ext.start, "bare", self.parse_sub)
        parts = []
        for kind, text in pieces:
            if kind == "literal":
                parts.append(text)
            else:
                piece = expandable_string(ext, text, None, "bare", self.parse_sub)
                parts.extend(piece.parts if isinstance(piece, A.ExpandableStringExpressionAst) else [piece.value])
        return A.ExpandableStringExpressionAst(ext, tuple(parts), "bare", raw)


def _assignable(target, plain: bool) -> bool:
    """Whether an assignment can store into target: a variable, a property or an element (not through `?.` or
    `?[`), one of those under a cast or an attribute, or (with a plain `=`) a list of them."""
    if isinstance(target, (A.VariableExpressionAst, A.ParenExpressionAst)):
        return True
    if isinstance(target, (A.MemberExpressionAst, A.InvokeMemberExpressionAst, A.IndexExpressionAst)):
        return not target.null_conditional
    if isinstance(target, (A.ConvertExpressionAst, A.AttributedExpressionAst)):
        return _assignable(target.child, plain)
    if isinstance(target, A.ArrayLiteralAst):
        return plain and all(_assignable(element, plain) for element in target.elements)
    return False
