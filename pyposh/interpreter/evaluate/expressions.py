"""Compiling expressions: constants, variables, operators, members, indexing, literals."""
from __future__ import annotations

import operator as pyop

from pyposh.errors import ScriptRuntimeError, locate
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import collect, compile_node, compiles, pipeline_result
from pyposh.interpreter.commands.script_body import ScriptBody
from pyposh.interpreter.commands.scriptblock import ScriptBlock
from pyposh.interpreter.dotnet import adapter
from pyposh.interpreter.dotnet.registry import MISSING, set_calling_context
from pyposh.interpreter.dotnet.script_classes import invoke_as
from pyposh.interpreter.dotnet.static_members import get_static_member, invoke_static
from pyposh.interpreter.evaluate.assignment import compile_assignment_value, compile_statement_value, compile_target
from pyposh.interpreter.session.scopes import module_scope_of
from pyposh.interpreter.session.variables import compile_variable_read, reference_to
from pyposh.interpreter.text.numbers import parse_number_text
from pyposh.interpreter.values import conversions, operators
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.indexing import index_value
from pyposh.interpreter.values.objects import AUTOMATION_NULL, Hashtable, PSObject
from pyposh.interpreter.values.types import resolve_type


@compiles(A.ConstantExpressionAst)
def compile_constant(node):
    value = node.value
    if node.text and node.text[-1].isalpha():
        value = parse_number_text(node.text)     # typed literals: 5l is Int64, 5ul UInt64, 5y SByte ...
    return lambda ctx: value


@compiles(A.StringConstantExpressionAst)
def compile_string_constant(node):
    value = node.value
    return lambda ctx: value


@compiles(A.ExpandableStringExpressionAst)
def compile_expandable_string(node):
    to_string = conversions.to_string
    parts = [p if isinstance(p, str) else compile_node(p) for p in node.parts]

    def expand(ctx):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            else:
                value = p(ctx)
                if isinstance(value, list):
                    ofs = ctx.get_variable("OFS")
                    out.append((" " if ofs is None else to_string(ofs)).join(to_string(v) for v in value))
                else:
                    out.append(to_string(value))
        return "".join(out)
    return expand


@compiles(A.VariableExpressionAst)
def compile_variable(node):
    return compile_variable_read(node)


@compiles(A.BinaryExpressionAst)
def compile_binary(node):
    op = node.operator
    left = compile_node(node.left)
    if op in ("is", "isnot", "as") and isinstance(node.right, A.TypeExpressionAst):
        type_name = node.right.type_name
        right = lambda ctx: type_name  # noqa: E731
    else:
        right = compile_node(node.right)
    if op == "and":
        to_bool = conversions.to_bool
        return lambda ctx: to_bool(left(ctx)) and to_bool(right(ctx))
    if op == "or":
        to_bool = conversions.to_bool
        return lambda ctx: to_bool(left(ctx)) or to_bool(right(ctx))
    if op == "??":
        def coalesce(ctx):
            value = left(ctx)
            return right(ctx) if value is None or value is AUTOMATION_NULL else value
        return coalesce
    if op in ("match", "imatch", "cmatch", "notmatch", "inotmatch", "cnotmatch"):
        match = operators.match_operation

        def do_match(ctx):
            result, matches = match(op, left(ctx), right(ctx))
            if matches is not None:
                ctx.set_variable("Matches", matches)
            return result
        return do_match
    if op in ("replace", "ireplace", "creplace"):
        def do_replace(ctx):
            return operators.replace_operation(op, left(ctx), right(ctx), ctx)
        return do_replace
    binary = operators.binary_operation
    extent = node.extent

    def apply(ctx):
        try:
            return binary(op, left(ctx), right(ctx))
        except ScriptRuntimeError as e:
            raise locate(e, extent)
    if op == "+":
        # the hot path of `$s += $i` and `$i + 1`: ints first
        def add(ctx):
            a = left(ctx)
            b = right(ctx)
            ta = type(a)
            if ta is int and type(b) is int:
                r = a + b
                if -0x80000000 <= r <= 0x7FFFFFFF:
                    return r
            elif ta is float and (type(b) is int or type(b) is float):
                return a + b
            try:
                return binary("+", a, b)
            except ScriptRuntimeError as e:
                raise locate(e, extent)
        return add
    if op in ("lt", "ilt", "gt", "igt", "le", "ile", "ge", "ige", "eq", "ieq", "ne", "ine"):
        fast = {"lt": pyop.lt, "gt": pyop.gt, "le": pyop.le, "ge": pyop.ge, "eq": pyop.eq,
                "ne": pyop.ne}[op.lstrip("i")]

        def compare(ctx):
            a = left(ctx)
            b = right(ctx)
            if type(a) is int and type(b) is int:
                return fast(a, b)
            try:
                return binary(op, a, b)
            except ScriptRuntimeError as e:
                raise locate(e, extent) from None
        return compare
    return apply


def compile_streamed(node):
    """An expression whose items are streamed (pipeline input, foreach): `a..b` yields lazily."""
    if isinstance(node, A.BinaryExpressionAst) and node.operator == "..":
        left = compile_node(node.left)
        right = compile_node(node.right)
        items = operators.range_items
        return lambda ctx: items(left(ctx), right(ctx))
    return compile_node(node)


@compiles(A.UnaryExpressionAst)
def compile_unary(node):
    op = node.operator
    child = compile_node(node.child)
    if op == ",":
        return lambda ctx: [child(ctx)]
    if op in ("!", "not"):
        to_bool = conversions.to_bool
        return lambda ctx: not to_bool(child(ctx))
    if op == "-" and isinstance(node.child, A.ConstantExpressionAst):
        value = operators.unary_operation("-", compile_node(node.child)(None))
        return lambda ctx: value
    unary = operators.unary_operation
    return lambda ctx: unary(op, child(ctx))


@compiles(A.TernaryExpressionAst)
def compile_ternary(node):
    cond = compile_node(node.condition)
    yes = compile_node(node.if_true)
    no = compile_node(node.if_false)
    to_bool = conversions.to_bool
    return lambda ctx: yes(ctx) if to_bool(cond(ctx)) else no(ctx)


@compiles(A.ConvertExpressionAst)
def compile_convert(node):
    type_name = node.type_name
    lower = type_name.lower()
    if lower == "ref" and isinstance(node.child, A.VariableExpressionAst):
        return reference_to(node.child)
    child = compile_node(node.child)
    if lower in ("pscustomobject", "system.management.automation.pscustomobject") \
            and isinstance(node.child, A.HashtableAst):
        def make_object(ctx):
            table = child(ctx)
            obj = PSObject()
            for key, value in table.items():
                if str(key).lower() == "pstypename":
                    obj.type_names.insert(0, conversions.to_string(value))
                else:
                    obj.add_note(conversions.to_string(key), value)
            return obj
        return make_object
    if lower == "ordered" and isinstance(node.child, A.HashtableAst):
        def make_ordered(ctx):
            table = child(ctx)
            table.ordered = True
            return table
        return make_ordered
    if lower in ("void", "system.void"):
        def discard(ctx):
            child(ctx)
            return AUTOMATION_NULL
        return discard
    extent = node.extent
    if lower in ("string", "system.string"):
        to_string = conversions.to_string

        def to_text(ctx):
            value = child(ctx)
            if isinstance(value, list):      # arrays join with $OFS (about_Preference_Variables)
                ofs = ctx.get_variable("OFS")
                return to_string(value, " " if ofs is None else to_string(ofs))
            return convert_to(value, type_name)
        return to_text

    def convert(ctx):
        try:
            return convert_to(child(ctx), type_name)
        except ScriptRuntimeError as e:
            raise locate(e, extent)
    return convert


@compiles(A.AttributedExpressionAst)
def compile_attributed(node):
    return compile_node(node.child)      # as a value, an attribute changes nothing; assignment keeps it


@compiles(A.TypeExpressionAst)
def compile_type_expression(node):
    type_name = node.type_name
    extent = node.extent

    def type_value(ctx):
        found = resolve_type(type_name)
        if found is None:
            raise ScriptRuntimeError("Unable to find type [%s]." % type_name, "TypeNotFound", "InvalidOperation",
                                     extent)
        return found
    return type_value


def _member_name(node):
    if isinstance(node, A.StringConstantExpressionAst):
        name = node.value
        return lambda ctx: name
    fn = compile_node(node)
    return lambda ctx: conversions.to_string(fn(ctx))


@compiles(A.MemberExpressionAst)
def compile_member(node):
    target = compile_node(node.expression)
    name = _member_name(node.member)
    get_member = adapter.get_member
    extent = node.extent
    if node.static:
        def static(ctx):
            set_calling_context(ctx)     # a static property may read the runspace ([Environment]::CurrentDirectory)
            try:
                return get_static_member(target(ctx), name(ctx))
            except ScriptRuntimeError as e:
                raise locate(e, extent)
        return static
    null_conditional = node.null_conditional
    if isinstance(node.member, A.ConstantExpressionAst) and isinstance(node.member.value, int):
        key = node.member.value         # `$Matches.0`: a dictionary's int key, else the member named "0"

        def numbered(ctx):
            value = target(ctx)
            if null_conditional and value is None:
                return None
            base = value.base if isinstance(value, PSObject) and value.base is not None else value
            if isinstance(base, Hashtable) and key in base:
                return base[key]
            return get_member(value, name(ctx))
        return numbered

    def member(ctx):
        value = target(ctx)
        if null_conditional and value is None:
            return None
        return get_member(value, name(ctx))
    return member


@compiles(A.InvokeMemberExpressionAst)
def compile_invoke_member(node):
    target = compile_node(node.expression)
    name = _member_name(node.member)
    args = [compile_node(a) for a in node.arguments]
    extent = node.extent
    static = node.static
    null_conditional = node.null_conditional
    invoke_method = adapter.invoke_method
    cast = _cast_type_name(node.expression)

    def invoke(ctx):
        value = target(ctx)
        if null_conditional and value is None:
            return None
        values = [a(ctx) for a in args]
        method = name(ctx)
        set_calling_context(ctx)     # script blocks invoked by methods run in the caller's context
        try:
            if static:
                return invoke_static(value, method, values)
            if value is None:
                raise ScriptRuntimeError("You cannot call a method on a null-valued expression.",
                                         "InvokeMethodOnNull", "InvalidOperation", extent)
            if cast is not None:        # `([BaseClass]$this).Method()`: the base class's method
                result = invoke_as(value, cast, method, values)
                if result is not MISSING:
                    return result
            return invoke_method(value, method, values)
        except ScriptRuntimeError as e:
            raise locate(e, extent)
    return invoke


def _cast_type_name(node):
    """The type of `[T]$x` or `([T]$x)` (the target of a method call), else None."""
    while isinstance(node, A.ParenExpressionAst):
        node = node.pipeline
        if isinstance(node, A.PipelineAst) and len(node.elements) == 1:
            node = node.elements[0]
        if isinstance(node, A.CommandExpressionAst) and not node.redirections:
            node = node.expression
    return node.type_name if isinstance(node, A.ConvertExpressionAst) else None


@compiles(A.IndexExpressionAst)
def compile_index(node):
    target = compile_node(node.target)
    index = compile_node(node.index)
    null_conditional = node.null_conditional
    extent = node.extent

    def do_index(ctx):
        value = target(ctx)
        if null_conditional and value is None:
            return None
        try:
            return index_value(value, index(ctx))
        except ScriptRuntimeError as e:
            raise locate(e, extent)
    return do_index


@compiles(A.ArrayLiteralAst)
def compile_array_literal(node):
    elements = [compile_node(e) for e in node.elements]
    return lambda ctx: [e(ctx) for e in elements]


@compiles(A.ArrayExpressionAst)
def compile_array_expression(node):
    body = compile_node(node.body)

    def array(ctx):
        return collect(body, ctx)
    return array


@compiles(A.SubExpressionAst)
def compile_sub_expression(node):
    body = compile_node(node.body)

    def sub(ctx):
        items = collect(body, ctx)
        if not items:
            return AUTOMATION_NULL
        return items[0] if len(items) == 1 else items
    return sub


@compiles(A.ParenExpressionAst)
def compile_paren(node):
    inner = node.pipeline
    if isinstance(inner, A.PipelineAst) and len(inner.elements) == 1 \
            and isinstance(inner.elements[0], A.CommandExpressionAst) and not inner.elements[0].redirections:
        return compile_node(inner.elements[0].expression)
    if isinstance(inner, A.AssignmentStatementAst):
        return compile_assignment_value(inner)
    body = compile_node(inner)
    return lambda ctx: pipeline_result(collect(body, ctx))


@compiles(A.HashtableAst)
def compile_hashtable(node):
    pairs = [(compile_node(k), compile_statement_value(v)) for k, v in node.pairs]
    extent = node.extent

    def hashtable(ctx):
        table = Hashtable()
        for key_fn, value_fn in pairs:
            key = key_fn(ctx)
            if key in table:
                raise ScriptRuntimeError(
                    "Duplicate keys '%s' are not allowed in hash literals." % conversions.to_string(key),
                    "DuplicateKeyInHashLiteral", "ParserError", extent)
            table[key] = value_fn(ctx)
        return table
    return hashtable


@compiles(A.ScriptBlockExpressionAst)
def compile_script_block_expression(node):
    body = ScriptBody(node.script_block)        # every block this expression makes shares one compiled body
    text = node.extent.text[1:-1]

    def make(ctx):      # a block made inside a module belongs to it (runs in its scope when called from outside)
        return ScriptBlock(body, ctx.runspace, ctx.script_path, text=text, module=module_scope_of(ctx.scope))
    return make


@compiles(A.UpdateExpressionAst)
def compile_update(node):
    read = compile_node(node.child)
    write = compile_target(node.child)
    delta = 1 if node.operator == "++" else -1
    binary = operators.binary_operation
    postfix = node.postfix

    def update(ctx):
        old = read(ctx)
        if type(old) is int:
            new = old + delta
        else:
            new = binary("+", 0 if old is None else old, delta)
        write(ctx, new)
        return old if postfix else new
    return update
