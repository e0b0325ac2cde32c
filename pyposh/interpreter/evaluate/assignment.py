"""Assignment (`=`, compound operators, multiple targets, typed variables, members and indexes) and the value a
statement gives where a value is wanted (the right side of `=`, a condition, a hashtable entry)."""
from __future__ import annotations

from pyposh.errors import ParseError, ScriptRuntimeError, locate
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.binding import Binder
from pyposh.interpreter.commands.cmdlet import Parameter
from pyposh.interpreter.commands.compiler import collect, compile_node, compiles, pipeline_result
from pyposh.interpreter.commands.function_params import apply_validation_attribute
from pyposh.interpreter.dotnet import adapter
from pyposh.interpreter.dotnet.registry import set_calling_context
from pyposh.interpreter.dotnet.static_members import set_static_member
from pyposh.interpreter.session.automatic_variables import PREFERENCE_TYPES, PROTECTED_VARIABLES
from pyposh.interpreter.session.scopes import convert_for_variable
from pyposh.interpreter.session.variables import CONSTANTS, assign_variable
from pyposh.interpreter.values import conversions, operators
from pyposh.interpreter.values.indexing import set_index
from pyposh.interpreter.values.objects import AUTOMATION_NULL


def compile_target(node):
    """A closure `write(ctx, value)` for an assignable expression."""
    if isinstance(node, A.VariableExpressionAst):
        if not node.scope:
            key = node.name.lower()
            name = node.name
            if key in CONSTANTS or key in PROTECTED_VARIABLES:
                return lambda ctx, value: assign_variable(ctx, node, value)
            type_name = PREFERENCE_TYPES.get(key)
            if type_name is not None:          # typed in every scope (SpecialVariables.PreferenceVariableTypes)
                def write_preference(ctx, value):
                    ctx.scope.set_local(key, convert_for_variable(value, type_name), name)
                return write_preference

            def write_local(ctx, value):
                scope = ctx.scope
                if scope.constraints is None and scope.options is None:
                    scope.vars[key] = value
                    if key not in scope.names:
                        scope.names[key] = name
                else:
                    scope.set_local(key, value, name)
            return write_local
        return lambda ctx, value: assign_variable(ctx, node, value)
    if isinstance(node, A.ConvertExpressionAst) and isinstance(node.child, A.VariableExpressionAst):
        type_name = node.type_name
        var = node.child
        key = var.name.lower()

        def write_typed(ctx, value):
            converted = convert_for_variable(value, type_name)
            scope = ctx.scope.resolve(var.scope) if var.scope in ("global", "script") else ctx.scope
            if scope.constraints is not None:
                scope.constraints.pop(key, None)
            scope.set_local(key, converted, var.name)
            if type_name.lower() not in ("object", "psobject", "system.object"):
                scope.constrain(key, type_name)
        return write_typed
    if isinstance(node, A.AttributedExpressionAst):
        return _compile_attributed_target(node)
    if isinstance(node, A.MemberExpressionAst):
        target = compile_node(node.expression)
        member = node.member
        name_fn = (lambda ctx: member.value) if isinstance(member, A.StringConstantExpressionAst) \
            else (lambda ctx, f=compile_node(member): conversions.to_string(f(ctx)))
        if node.static:
            def set_static(ctx, value):
                set_calling_context(ctx)
                set_static_member(target(ctx), name_fn(ctx), value)
            return set_static
        return lambda ctx, value: adapter.set_member(target(ctx), name_fn(ctx), value)
    if isinstance(node, A.IndexExpressionAst):
        target = compile_node(node.target)
        index = compile_node(node.index)
        return lambda ctx, value: set_index(target(ctx), index(ctx), value)
    if isinstance(node, A.ArrayLiteralAst):
        writers = [compile_target(e) for e in node.elements]

        def write_many(ctx, value):
            items = list(value) if isinstance(value, (list, tuple)) else [value]
            last = len(writers) - 1
            for i, w in enumerate(writers):
                if i < last:
                    w(ctx, items[i] if i < len(items) else None)
                else:
                    rest = items[i:]
                    w(ctx, rest[0] if len(rest) == 1 else (rest if rest else None))
        return write_many
    if isinstance(node, A.ParenExpressionAst):
        inner = node.pipeline
        if isinstance(inner, A.PipelineAst) and len(inner.elements) == 1 \
                and isinstance(inner.elements[0], A.CommandExpressionAst):
            return compile_target(inner.elements[0].expression)
    message = "The assignment expression is not valid. The input to an assignment operator must be an object " \
              "that is able to accept assignments, such as a variable or a property."
    raise ParseError(message, "InvalidLeftHandSide", node.extent)


def _compile_attributed_target(node):
    """`[ValidateRange(1, 10)][int]$v = 5`: the value is checked now, and the check stays on the variable
    for later assignments (about_Variables)."""
    attributes = []
    inner = node
    while isinstance(inner, A.AttributedExpressionAst):
        attributes.append(inner.attribute)
        inner = inner.child
    write = compile_target(inner)
    variable = inner.child if isinstance(inner, A.ConvertExpressionAst) else inner
    if not isinstance(variable, A.VariableExpressionAst):
        return write
    spec = Parameter(name=variable.name)
    validated = [a for a in attributes if apply_validation_attribute(spec, a)]
    if not validated:
        return write
    key = variable.name.lower()

    def write_validated(ctx, value):
        check = Binder([spec], variable.name, variable.name, False, ctx=ctx).variable_check(spec)
        check(value, variable.name)
        write(ctx, value)
        scope = ctx.scope.resolve(variable.scope) if variable.scope in ("global", "script") else ctx.scope
        scope.add_validator(key, check)
    return write_validated


def simple_expression(node):
    """The expression of a pipeline that is one plain expression, else None."""
    if isinstance(node, A.PipelineAst) and len(node.elements) == 1 and not node.background:
        element = node.elements[0]
        if isinstance(element, A.CommandExpressionAst) and not element.redirections:
            return element.expression
    return None


def compile_statement_value(node):
    """A closure giving a statement's value as assignment sees it: an expression as is, else the output."""
    expr = simple_expression(node)
    if expr is not None:
        fn = compile_node(expr)
        if isinstance(expr, (A.UpdateExpressionAst,)):
            return fn

        def value(ctx):
            v = fn(ctx)
            return None if v is AUTOMATION_NULL else v
        return value
    if isinstance(node, A.AssignmentStatementAst):
        return compile_assignment_value(node)
    body = compile_node(node)
    return lambda ctx: pipeline_result(collect(body, ctx))


def compile_assignment_value(node):
    """An assignment as an expression: performs it and returns the value assigned."""
    write = compile_target(node.left)
    op = node.operator
    right = compile_statement_value(node.right)
    extent = node.extent
    if op == "=":
        def assign(ctx):
            value = right(ctx)
            if value is AUTOMATION_NULL:
                value = None
            try:
                write(ctx, value)
            except ScriptRuntimeError as e:
                raise locate(e, extent)
            return value
        return assign
    left = node.left
    if isinstance(left, A.VariableExpressionAst) and not left.scope and left.name.lower() not in ("true", "false",
                                                                                                 "null"):
        key = left.name.lower()

        def read(ctx):
            # compound assignment reads the variable of the local scope only (about_Assignment_Operators)
            return ctx.scope.vars.get(key)
    else:
        read = compile_node(left)
    if op == "??=":
        def assign_if_null(ctx):
            current = read(ctx)
            if current is None:
                current = right(ctx)
                write(ctx, current)
            return current
        return assign_if_null
    binary_op = op[0]
    binary = operators.binary_operation

    def compound(ctx):
        current = read(ctx)
        value = right(ctx)
        if binary_op == "+" and type(current) is int and type(value) is int \
                and -0x80000000 <= current + value <= 0x7FFFFFFF:
            result = current + value
        elif binary_op == "+" and type(current) is float and (type(value) is int or type(value) is float):
            result = current + value
        else:
            try:
                result = binary(binary_op, current, value)
            except ScriptRuntimeError as e:
                raise locate(e, extent)
        write(ctx, result)
        return result
    return compound


@compiles(A.AssignmentStatementAst)
def compile_assignment(node):
    assign = compile_assignment_value(node)

    def statement(ctx):
        assign(ctx)
    return statement
