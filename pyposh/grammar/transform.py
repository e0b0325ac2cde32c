"""The one Transformer from Lark's parse tree to the typed AST (one method per grammar rule)."""
from __future__ import annotations

import re

from lark import Token, v_args

from pyposh.errors import ParseError
from pyposh.grammar import ast as A, literals, messages
from pyposh.grammar.extent import Extent
from pyposh.grammar.transform_expressions import ExpressionBuilder
from pyposh.grammar.tree_children import first as _first, nodes as _nodes, toks as _toks

_NAMESPACE = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$")     # `using namespace System.Text`


@v_args(meta=True)
class AstBuilder(ExpressionBuilder):
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
        begin = process = end = dynamicparam = None
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
                elif blk.kind == "dynamicparam":
                    dynamicparam = blk
        return A.ScriptBlockAst(self.ext(meta), param_block, begin, process, end, attributes,
                                dynamicparam=dynamicparam)

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
        if not catches and fin is None:
            message, error_id = messages.message("MissingCatchOrFinally")
            end = body.extent.end
            raise ParseError(message, error_id, Extent(self.source, end, end), incomplete=True)
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
        body = next(c for c in children if isinstance(c, A.StatementBlockAst))
        return A.DataStatementAst(self.ext(meta), name.value if name else None, body)

    def data_commands(self, meta, children):
        return ("commands", tuple(t.value for t in _toks(children, "GENERIC")))

    def using_statement(self, meta, children):
        tokens = _toks(children, "GENERIC")
        words = [t.value for t in tokens]
        name_extent = self.tok_ext(tokens[-1])
        quoted = next((c for c in children if isinstance(c, A.Ast)), None)     # `using assembly './x.dll'`
        if quoted is not None:
            words.append(getattr(quoted, "value", ""))
            name_extent = quoted.extent
        kind = words[0].lower() if len(words) > 1 else "namespace"
        if kind == "namespace" and not _NAMESPACE.match(words[-1]):
            raise ParseError(*messages.message("InvalidNamespaceValue"), name_extent)
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

    def type_attributes(self, meta, children):
        return ("attributes", tuple(_nodes(children)))

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
        attributes = tuple(c[1] for c in children if isinstance(c, tuple) and c and c[0] == "attribute"
                           and isinstance(c[1], A.AttributeAst))
        return A.PropertyMemberAst(self.ext(meta), literals.split_variable(var.value)[1], type_name, modifiers,
                                   default, attributes)

    def class_method(self, meta, children):
        modifiers, type_name = self._member_parts(children)
        name = _first(children, "GENERIC").value
        params = next((c for c in children if isinstance(c, tuple) and (not c or isinstance(c[0], A.Ast))), ())
        body = next(c for c in children if isinstance(c, A.StatementBlockAst))
        base = next((c[1] for c in children if isinstance(c, tuple) and c and c[0] == "base"), ())
        return A.FunctionMemberAst(self.ext(meta), name, type_name, modifiers, params, body, base)

    def base_call(self, meta, children):
        return ("base", next((c[1] for c in children if isinstance(c, tuple)), ()))
