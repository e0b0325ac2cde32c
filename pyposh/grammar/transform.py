"""The one Transformer from Lark's parse tree to the typed AST (one method per grammar rule)."""
from __future__ import annotations

from lark import Token, Transformer, v_args

from pyposh.grammar import ast as A
from pyposh.grammar import literals
from pyposh.grammar.expansion import expandable_string
from pyposh.grammar.extent import Extent
from pyposh.grammar.strings import here_string_body, single_quoted_value

_CALL_ARGS = object()


def _toks(children, *types):
    return [c for c in children if isinstance(c, Token) and c.type in types]


def _nodes(children):
    return [c for c in children if not isinstance(c, Token)]


def _first(children, *types):
    for c in children:
        if isinstance(c, Token) and c.type in types:
            return c
    return None


@v_args(meta=True)
class AstBuilder(Transformer):
    """Builds AST nodes; `source` is the SourceText, `offset` where the parsed text starts in it."""

    def __init__(self, source, offset, parse_sub):
        super().__init__(visit_tokens=False)
        self.source = source
        self.offset = offset
        self.parse_sub = parse_sub

    def __default__(self, data, children, meta):
        raise AssertionError("no AST builder for grammar rule %r" % data)

    # -- extents ------------------------------------------------------------------------------
    def ext(self, meta) -> Extent:
        if getattr(meta, "empty", True):
            return Extent(self.source, self.offset, self.offset)
        return Extent(self.source, self.offset + meta.start_pos, self.offset + meta.end_pos)

    def tok_ext(self, tok) -> Extent:
        return Extent(self.source, self.offset + tok.start_pos, self.offset + tok.end_pos)

    # -- script blocks --------------------------------------------------------------------------
    def start(self, meta, children):
        return children[0]

    def script_block(self, meta, children):
        attributes = ()
        param_block = None
        body = None
        for c in children:
            if isinstance(c, tuple) and c and c[0] == "attributes":
                attributes = c[1]
            elif isinstance(c, A.ParamBlockAst):
                param_block = c
            elif isinstance(c, tuple) and c and c[0] == "body":
                body = c[1]
        if attributes and param_block is None and isinstance(body, A.NamedBlockAst) and body.statements \
                and isinstance(body.statements[0], A.TypeDefinitionAst):
            # `[Flags()] enum E {...}` at the top of a script: the attributes belong to the type
            first = body.statements[0]
            typed = A.TypeDefinitionAst(first.extent, first.name, first.is_enum, first.base_types, first.members,
                                        attributes)
            body = A.NamedBlockAst(body.extent, body.kind, (typed,) + body.statements[1:], body.traps, body.unnamed)
            attributes = ()
        begin = process = end = None
        if body is None:
            end = A.NamedBlockAst(self.ext(meta), "end", (), (), True)
        elif isinstance(body, A.NamedBlockAst):
            end = body
        else:
            for blk in body:
                if blk.kind == "begin":
                    begin = blk
                elif blk.kind == "process":
                    process = blk
                elif blk.kind == "end":
                    end = blk
        return A.ScriptBlockAst(self.ext(meta), param_block, begin, process, end, attributes)

    def attribute_list(self, meta, children):
        return ("attributes", tuple(_nodes(children)))

    def param_block(self, meta, children):
        params = next((c for c in children if isinstance(c, tuple)), ())
        return A.ParamBlockAst(self.ext(meta), (), params)

    def parameter_list(self, meta, children):
        return tuple(_nodes(children))

    def parameter(self, meta, children):
        var = _first(children, "VARIABLE")
        attrs = []
        default = None
        seen_var = False
        for c in children:
            if c is var:
                seen_var = True
            elif not isinstance(c, Token):
                if seen_var:
                    default = c
                else:
                    attrs.append(c)
        scope, name = literals.split_variable(var.value)
        return A.ParameterAst(self.ext(meta), name, tuple(attrs), default)

    def type_constraint(self, meta, children):
        return A.TypeConstraintAst(self.ext(meta), literals.type_name(children[0].value))

    def attribute(self, meta, children):
        name = literals.type_name(children[0].value)
        args = next((c for c in children if isinstance(c, list)), [])
        positional = tuple(a for a in args if not isinstance(a, A.NamedAttributeArgumentAst))
        named = tuple(a for a in args if isinstance(a, A.NamedAttributeArgumentAst))
        return A.AttributeAst(self.ext(meta), name, positional, named)

    def attribute_args(self, meta, children):
        return _nodes(children)

    def attribute_arg(self, meta, children):
        return children[0]

    def named_attribute_arg(self, meta, children):
        return A.NamedAttributeArgumentAst(self.ext(meta), children[0].value, children[2])

    def named_attribute_flag(self, meta, children):
        return A.NamedAttributeArgumentAst(self.ext(meta), children[0].value, None)

    def named_blocks(self, meta, children):
        return ("body", _nodes(children))

    def unnamed_block(self, meta, children):
        block = children[0]
        return ("body", A.NamedBlockAst(block.extent, "end", block.statements, block.traps, True))

    def named_block(self, meta, children):
        kind = children[0].value.lower()
        block = children[1]
        return A.NamedBlockAst(self.ext(meta), kind, block.statements, block.traps, False)

    # -- statements -----------------------------------------------------------------------------
    def statement_list(self, meta, children):
        statements = []
        traps = []
        for c in _nodes(children):
            (traps if isinstance(c, A.TrapStatementAst) else statements).append(c)
        return A.StatementBlockAst(self.ext(meta), tuple(statements), tuple(traps))

    def block(self, meta, children):
        inner = _nodes(children)
        if inner:
            return A.StatementBlockAst(self.ext(meta), inner[0].statements, inner[0].traps)
        return A.StatementBlockAst(self.ext(meta), ())

    def if_statement(self, meta, children):
        nodes = _nodes(children)
        clauses = [(nodes[0], nodes[1])]
        else_clause = None
        for c in nodes[2:]:
            if isinstance(c, tuple):
                clauses.append(c)
            else:
                else_clause = c
        return A.IfStatementAst(self.ext(meta), tuple(clauses), else_clause)

    def elseif_clause(self, meta, children):
        nodes = _nodes(children)
        return (nodes[0], nodes[1])

    def else_clause(self, meta, children):
        return _nodes(children)[0]

    def switch_statement(self, meta, children):
        label = _first(children, "LABEL")
        options = [c for c in children if isinstance(c, tuple) and c[0] == "option"]
        condition = next((c[1] for c in children if isinstance(c, tuple) and c[0] == "condition"), None)
        body = next(c[1] for c in children if isinstance(c, tuple) and c[0] == "body")
        flags = []
        file = None
        want_file = False
        for _, opt in options:
            if isinstance(opt, Token) and opt.type == "PARAMETER":
                name = opt.value.lstrip("-\u2013\u2014\u2015").rstrip(":").lower()
                flags.append(name)
                want_file = name == "file"
            elif want_file:
                file = opt if not isinstance(opt, Token) else self._bare(opt)
                want_file = False
        clauses = []
        default = None
        for cond, block in body:
            if isinstance(cond, A.StringConstantExpressionAst) and cond.kind == "bare" \
                    and cond.value.lower() == "default":
                default = block
            else:
                clauses.append((cond, block))
        return A.SwitchStatementAst(self.ext(meta), label.value if label else None, condition,
                                    tuple(flags), file, tuple(clauses), default)

    def switch_option(self, meta, children):
        c = children[0]
        if isinstance(c, Token) and c.type == "VARIABLE":
            c = self.variable(meta, children)
        elif isinstance(c, Token) and c.type == "GENERIC":
            c = self._bare(c)
        return ("option", c)

    def switch_condition(self, meta, children):
        return ("condition", _nodes(children)[0])

    def switch_body(self, meta, children):
        return ("body", [c for c in children if isinstance(c, tuple)])

    def switch_clause(self, meta, children):
        cond = children[0]
        if isinstance(cond, Token):
            cond = self._bare(cond)
        return (cond, children[1])

    def foreach_statement(self, meta, children):
        label = _first(children, "LABEL")
        var = _first(children, "VARIABLE")
        nodes = _nodes(children)
        scope, name = literals.split_variable(var.value)
        variable = A.VariableExpressionAst(self.tok_ext(var), name, scope)
        return A.ForEachStatementAst(self.ext(meta), label.value if label else None, variable, nodes[0], nodes[1])

    def for_statement(self, meta, children):
        label = _first(children, "LABEL")
        parts = [None, None, None]
        index = 0
        body = None
        for c in children:
            if isinstance(c, Token):
                if c.type == "FOR_SEMI":
                    index += 1
            elif isinstance(c, A.StatementBlockAst):
                body = c
            else:
                parts[index] = c
        return A.ForStatementAst(self.ext(meta), label.value if label else None, parts[0], parts[1], parts[2],
                                 body)

    def while_statement(self, meta, children):
        label = _first(children, "LABEL")
        nodes = _nodes(children)
        return A.WhileStatementAst(self.ext(meta), label.value if label else None, nodes[0], nodes[1])

    def do_statement(self, meta, children):
        label = _first(children, "LABEL")
        nodes = _nodes(children)
        cls = A.DoUntilStatementAst if _first(children, "UNTIL") else A.DoWhileStatementAst
        return cls(self.ext(meta), label.value if label else None, nodes[1], nodes[0])

    def function_definition(self, meta, children):
        name = _first(children, "FUNCTION_NAME").value
        params = ()
        body = None
        for c in children:
            if isinstance(c, tuple):
                params = c
            elif isinstance(c, A.ScriptBlockAst):
                body = c
        is_filter = children[0].type == "FILTER"
        return A.FunctionDefinitionAst(self.ext(meta), name, is_filter, params, body)

    def function_parameters(self, meta, children):
        return next((c for c in children if isinstance(c, tuple)), ())

    def try_statement(self, meta, children):
        nodes = _nodes(children)
        body = nodes[0]
        catches = tuple(c for c in nodes[1:] if isinstance(c, A.CatchClauseAst))
        fin = next((c[1] for c in nodes[1:] if isinstance(c, tuple)), None)
        return A.TryStatementAst(self.ext(meta), body, catches, fin)

    def catch_clause(self, meta, children):
        types = next((c for c in children if isinstance(c, list)), [])
        return A.CatchClauseAst(self.ext(meta), tuple(types), _nodes(children)[-1])

    def catch_types(self, meta, children):
        return [literals.type_name(t.value) for t in _toks(children, "TYPE")]

    def finally_clause(self, meta, children):
        return ("finally", _nodes(children)[0])

    def trap_statement(self, meta, children):
        type_tok = _first(children, "TYPE")
        return A.TrapStatementAst(self.ext(meta), literals.type_name(type_tok.value) if type_tok else None,
                                  _nodes(children)[0])

    def _flow_label(self, children):
        label = children[1] if len(children) > 1 else None
        if isinstance(label, Token):
            if label.type == "VARIABLE":
                scope, name = literals.split_variable(label.value)
                return A.VariableExpressionAst(self.tok_ext(label), name, scope)
            return self._bare(label)
        return label

    def break_statement(self, meta, children):
        return A.BreakStatementAst(self.ext(meta), self._flow_label(children))

    def continue_statement(self, meta, children):
        return A.ContinueStatementAst(self.ext(meta), self._flow_label(children))

    def return_statement(self, meta, children):
        return A.ReturnStatementAst(self.ext(meta), children[1] if len(children) > 1 else None)

    def throw_statement(self, meta, children):
        return A.ThrowStatementAst(self.ext(meta), children[1] if len(children) > 1 else None)

    def exit_statement(self, meta, children):
        return A.ExitStatementAst(self.ext(meta), children[1] if len(children) > 1 else None)

    def data_statement(self, meta, children):
        name = _first(children, "GENERIC")
        return A.DataStatementAst(self.ext(meta), name.value if name else None, _nodes(children)[0])

    def using_statement(self, meta, children):
        words = [t.value for t in _toks(children, "GENERIC")]
        kind = words[0].lower() if len(words) > 1 else "namespace"
        return A.UsingStatementAst(self.ext(meta), kind, words[-1])

    def class_definition(self, meta, children):
        return self._type_definition(meta, children, False)

    def enum_definition(self, meta, children):
        return self._type_definition(meta, children, True)

    def _type_definition(self, meta, children, is_enum):
        name = _first(children, "GENERIC").value
        attributes = next((c[1] for c in children if isinstance(c, tuple) and c[0] == "attributes"), ())
        bases = next((c[1] for c in children if isinstance(c, tuple) and c[0] == "bases"), ())
        members = next((c[1] for c in children if isinstance(c, tuple) and c[0] == "members"), ())
        return A.TypeDefinitionAst(self.ext(meta), name, is_enum, bases, members, attributes)

    def base_types(self, meta, children):
        return ("bases", tuple(t.value for t in _toks(children, "GENERIC")))

    def class_members(self, meta, children):
        return ("members", tuple(_nodes(children)))

    def enum_members(self, meta, children):
        return ("members", tuple(c for c in children if isinstance(c, tuple)))

    def enum_member(self, meta, children):
        return (children[0].value, children[2] if len(children) > 2 else None)

    def member_prefix(self, meta, children):
        c = children[0]
        if isinstance(c, Token):
            return ("type", literals.type_name(c.value)) if c.type == "TYPE" else ("modifier", c.value)
        return ("attribute", c)

    def _member_parts(self, children):
        modifiers = tuple(c[1] for c in children if isinstance(c, tuple) and c and c[0] == "modifier")
        type_name = next((c[1] for c in children if isinstance(c, tuple) and c and c[0] == "type"), None)
        return modifiers, type_name

    def class_property(self, meta, children):
        modifiers, type_name = self._member_parts(children)
        var = _first(children, "VARIABLE")
        default = next((c for c in children if isinstance(c, A.Ast)), None)
        return A.PropertyMemberAst(self.ext(meta), literals.split_variable(var.value)[1], type_name, modifiers,
                                   default)

    def class_method(self, meta, children):
        modifiers, type_name = self._member_parts(children)
        name = _first(children, "GENERIC").value
        params = next((c for c in children if isinstance(c, tuple) and (not c or isinstance(c[0], A.Ast))), ())
        body = next(c for c in children if isinstance(c, A.StatementBlockAst))
        base = next((c[1] for c in children if isinstance(c, tuple) and c and c[0] == "base"), ())
        return A.FunctionMemberAst(self.ext(meta), name, type_name, modifiers, params, body, base)

    def base_call(self, meta, children):
        return ("base", next((c for c in children if isinstance(c, tuple)), ()))

    # -- pipelines ------------------------------------------------------------------------------
    def assignment(self, meta, children):
        return A.AssignmentStatementAst(self.ext(meta), children[0], children[1].value, children[2])

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
        return (_CALL_ARGS, tuple(_nodes(children)))

    def index(self, meta, children):
        return A.IndexExpressionAst(self.ext(meta), children[0], children[2], children[1].value == "?[")

    def member_name(self, meta, children):
        return A.StringConstantExpressionAst(self.ext(meta), children[0].value, "bare")

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
            body = here_string_body(raw)
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
