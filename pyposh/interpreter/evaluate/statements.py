"""Compiling statements: blocks, conditionals, loops, switch, functions and flow statements."""
from __future__ import annotations

import os

from pyposh.errors import PyposhError
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import collect, compile_node, compiles, pipeline_result
from pyposh.interpreter.commands.requirements import require_module
from pyposh.interpreter.commands.script_body import ScriptBody
from pyposh.interpreter.commands.scriptblock import ScriptBlock
from pyposh.interpreter.evaluate.assignment import compile_statement_value, simple_expression
from pyposh.interpreter.evaluate.error_handling import run_block_statements
from pyposh.interpreter.evaluate.expressions import compile_streamed
from pyposh.interpreter.session.errorflow import throw_value
from pyposh.interpreter.session.flow import BreakSignal, ContinueSignal, ExitSignal, ReturnSignal
from pyposh.interpreter.session.scopes import MethodScope, module_scope_of
from pyposh.interpreter.values import conversions
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.enumerators import LoopEnumerator, iterate_value


def compile_condition(node):
    value = compile_statement_value(node)
    to_bool = conversions.to_bool
    return lambda ctx: to_bool(value(ctx))


def _label_matches(signal, label):
    return signal.label is None or (label is not None and signal.label.lower() == label.lower())


def _compile_label(node):
    """A `break`/`continue` label: None, or a closure giving the label's text."""
    if node is None:
        return None
    value = compile_node(node)
    to_string = conversions.to_string
    return lambda ctx: to_string(value(ctx))


@compiles(A.StatementBlockAst)
def compile_statement_block(node):
    statements = [compile_node(s) for s in node.statements]
    return run_block_statements(statements, node.traps, [s.extent for s in node.statements])


@compiles(A.IfStatementAst)
def compile_if(node):
    clauses = [(compile_condition(c), compile_node(b)) for c, b in node.clauses]
    otherwise = compile_node(node.else_clause) if node.else_clause is not None else None

    def run_if(ctx):
        for cond, body in clauses:
            if cond(ctx):
                body(ctx)
                return
        if otherwise is not None:
            otherwise(ctx)
    return run_if


def _loop(label, body, ctx):
    """Run a loop body once; returns False when the loop must end (break)."""
    try:
        body(ctx)
    except BreakSignal as signal:
        if _label_matches(signal, label):
            return False
        raise
    except ContinueSignal as signal:
        if not _label_matches(signal, label):
            raise
    return True


@compiles(A.WhileStatementAst)
def compile_while(node):
    cond = compile_condition(node.condition)
    body = compile_node(node.body)
    label = node.label

    def run_while(ctx):
        check = ctx.runspace.check_stop
        while cond(ctx):
            check()
            if not _loop(label, body, ctx):
                break
    return run_while


@compiles(A.DoWhileStatementAst)
@compiles(A.DoUntilStatementAst)
def compile_do(node):
    cond = compile_condition(node.condition)
    body = compile_node(node.body)
    label = node.label
    until = isinstance(node, A.DoUntilStatementAst)   # do/until ends when the condition turns true

    def run_do(ctx):
        check = ctx.runspace.check_stop
        while True:
            check()
            if not _loop(label, body, ctx) or cond(ctx) == until:
                break
    return run_do


@compiles(A.ForStatementAst)
def compile_for(node):
    init = compile_node(node.initializer) if node.initializer is not None else None
    cond = compile_condition(node.condition) if node.condition is not None else (lambda ctx: True)
    step = compile_node(node.iterator) if node.iterator is not None else None
    body = compile_node(node.body)
    label = node.label

    def run_for(ctx):
        check = ctx.runspace.check_stop
        if init is not None:
            init(ctx)
        while cond(ctx):
            check()
            try:
                body(ctx)
            except BreakSignal as signal:
                if _label_matches(signal, label):
                    break
                raise
            except ContinueSignal as signal:
                if not _label_matches(signal, label):
                    raise
            if step is not None:
                step(ctx)
    return run_for


@compiles(A.ForEachStatementAst)
def compile_foreach(node):
    expr = simple_expression(node.condition)
    if expr is not None:
        source = compile_streamed(expr)
    else:
        source = compile_statement_value(node.condition)
    body = compile_node(node.body)
    key = node.variable.name.lower()
    name = node.variable.name
    label = node.label

    def run_foreach(ctx):
        check = ctx.runspace.check_stop
        variables = ctx.scope.vars
        enumerator = LoopEnumerator(iterate_value(source(ctx)))
        outer = variables.get("foreach")
        variables["foreach"] = enumerator          # $foreach: MoveNext() in the body skips ahead
        try:
            _run_foreach_body(ctx, enumerator, check, key, name, body, label)
        finally:
            variables["foreach"] = outer
    return run_foreach


def _run_foreach_body(ctx, enumerator, check, key, name, body, label):
    move_next = enumerator.move_next
    while move_next():
        check()
        ctx.scope.set_local(key, enumerator.current_item, name)
        try:
            body(ctx)
        except BreakSignal as signal:
            if _label_matches(signal, label):
                break
            raise
        except ContinueSignal as signal:
            if not _label_matches(signal, label):
                raise


@compiles(A.BreakStatementAst)
@compiles(A.ContinueStatementAst)
def compile_loop_jump(node):
    signal = BreakSignal if isinstance(node, A.BreakStatementAst) else ContinueSignal
    label = _compile_label(node.label)

    def run_jump(ctx):
        raise signal(None if label is None else label(ctx))
    return run_jump


@compiles(A.ReturnStatementAst)
def compile_return(node):
    pipeline = compile_node(node.pipeline) if node.pipeline is not None else None

    def run_return(ctx):
        if pipeline is not None:
            if type(ctx.scope) is MethodScope:      # a class method's value: only what `return` gives
                values = []
                pipeline(ctx.child(out=values.append))
                raise ReturnSignal(values)
            pipeline(ctx)
        raise ReturnSignal()
    return run_return


@compiles(A.ExitStatementAst)
def compile_exit(node):
    value = compile_statement_value(node.pipeline) if node.pipeline is not None else None

    def run_exit(ctx):
        code = 0
        if value is not None:
            result = value(ctx)
            try:
                code = convert_to(result, "int") if result is not None else 0
            except PyposhError:
                code = 0
        raise ExitSignal(code)
    return run_exit


@compiles(A.ThrowStatementAst)
def compile_throw(node):
    value = compile_statement_value(node.pipeline) if node.pipeline is not None else None
    extent = node.extent

    def run_throw(ctx):
        if value is None:
            current = ctx.get_variable("_")
            throw_value(ctx, current, extent)
        throw_value(ctx, value(ctx), extent)
    return run_throw


@compiles(A.TrapStatementAst)
def compile_trap(node):
    return lambda ctx: None   # traps are collected by their block (error_handling.run_block_statements)


@compiles(A.FunctionDefinitionAst)
def compile_function_definition(node):
    body = ScriptBody(node.body, node.parameters, node.is_filter)   # one compiled body however often it runs
    text = function_body_text(node)

    def define(ctx):
        ctx.runspace.commands.define_function(ctx, node.name, ScriptBlock(body, ctx.runspace, ctx.script_path,
                                                                          text=text,
                                                                          module=module_scope_of(ctx.scope)))
    return define


def function_body_text(node) -> str:
    """The text between a function definition's body braces (the function's ScriptBlock.ToString())."""
    source = node.extent.source.text
    end = node.extent.end - 1                      # the closing brace
    body_start = node.body.extent.start
    start = source.rfind("{", node.extent.start, body_start + 1)
    return source[start + 1:end] if 0 <= start < end else node.body.extent.text


@compiles(A.DataStatementAst)
def compile_data(node):
    body = compile_node(node.body)
    var = node.variable

    def run_data(ctx):
        if var:
            ctx.set_variable(var, pipeline_result(collect(body, ctx)))
        else:
            body(ctx)
    return run_data


@compiles(A.UsingStatementAst)
def compile_using(node):
    """`using module X` imports the module (a relative path is from the script's folder); `using namespace` and
    `using assembly` change nothing here."""
    if node.kind != "module":
        return lambda ctx: None

    def use_module(ctx):
        name = node.name
        if ("/" in name or "\\" in name) and not os.path.isabs(name) and ctx.script_path:
            name = os.path.join(os.path.dirname(ctx.script_path), name)
        require_module(ctx, name)
    return use_module


@compiles(A.ScriptBlockAst)
def compile_script_block_body(node):
    """A script block's blocks run in order with no pipeline input (dot-sourcing, scripts)."""
    blocks = [compile_node(A.StatementBlockAst(b.extent, b.statements, b.traps))
              for b in (node.begin, node.process, node.end) if b is not None]

    def run(ctx):
        for b in blocks:
            b(ctx)
    return run
