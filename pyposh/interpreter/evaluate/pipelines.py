"""Pipelines: commands chained begin/process/end, objects streamed one at a time, redirections, && and ||."""
from __future__ import annotations

from pyposh.errors import PyposhError
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.binding import NO_VALUE
from pyposh.interpreter.commands.compiler import compile_node, compiles, enumerate_output
from pyposh.interpreter.commands.script_body import ScriptBody
from pyposh.interpreter.evaluate.expressions import compile_streamed
from pyposh.interpreter.evaluate.redirection import compile_redirections
from pyposh.interpreter.session.errorflow import error_record_of
from pyposh.interpreter.session.flow import StopUpstream
from pyposh.interpreter.values.objects import AUTOMATION_NULL, Hashtable


def compile_arguments(elements):
    """Closures producing the binder's argument items for a command's elements (after the name)."""
    makers = []
    for element in elements:
        if isinstance(element, A.CommandParameterAst):
            name = element.name
            extent = element.extent
            if element.argument is not None:
                arg = compile_node(element.argument)
                makers.append(lambda ctx, n=name, a=arg, e=extent: [("named", n, a(ctx), e)])
            else:
                makers.append(lambda ctx, n=name, e=extent: [("named", n, NO_VALUE, e)])
        elif isinstance(element, A.VariableExpressionAst) and element.splatted:
            key = element.name.lower()
            extent = element.extent
            makers.append(lambda ctx, k=key, e=extent: splat(ctx.get_variable(k), e))
        elif isinstance(element, A.StopParsingAst):
            text = element.text
            extent = element.extent
            makers.append(lambda ctx, t=text, e=extent: [("pos", w, e) for w in t.split()])
        else:
            fn = compile_node(element)
            extent = element.extent
            makers.append(lambda ctx, f=fn, e=extent: [("pos", _argument_value(f(ctx)), e)])
    return makers


def _argument_value(value):
    return None if value is AUTOMATION_NULL else value


def splat(value, extent):
    """`@name`: a hashtable gives named arguments, an array positional ones."""
    if isinstance(value, Hashtable):
        return [("named", str(k), v, extent, True) for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [("pos", v, extent) for v in value]
    if value is None:
        return []
    return [("pos", value, extent)]


def evaluate_arguments(makers, ctx):
    items = []
    for make in makers:
        items.extend(make(ctx))
    return items


def compile_command(node):
    """A closure `make(ctx, emit) -> processor` for one CommandAst."""
    name_node = node.elements[0]
    makers = compile_arguments(node.elements[1:])
    operator = node.invocation_operator
    extent = node.extent
    if isinstance(name_node, A.StringConstantExpressionAst):
        name = name_node.value
        name_fn = None
    else:
        name = None
        name_fn = compile_node(name_node)

    def make(ctx, emit):
        target = name if name_fn is None else name_fn(ctx)
        args = evaluate_arguments(makers, ctx)
        return ctx.runspace.commands.processor(ctx, target, args, emit, extent, operator)
    return make


@compiles(A.PipelineAst)
def compile_pipeline(node):
    if node.background:
        return compile_background(node)
    stages = []
    for element in node.elements:
        if isinstance(element, A.CommandExpressionAst):
            # `$i++` as a statement writes nothing (its value is only seen inside an expression)
            silent = isinstance(element.expression, A.UpdateExpressionAst)
            stages.append(("expr", compile_streamed(element.expression), compile_redirections(element.redirections),
                           silent))
        else:
            stages.append(("cmd", compile_command(element), compile_redirections(element.redirections), False))
    if len(stages) == 1 and stages[0][0] == "expr" and stages[0][2] is None:
        _, fn, _, silent = stages[0]
        if silent:
            def run_update(ctx):
                fn(ctx)
            return run_update

        def run_expression(ctx):
            enumerate_output(fn(ctx), ctx.out)
        return run_expression

    def run(ctx):
        run_stages(ctx, stages)
    return run


def run_stages(ctx, stages):
    """Run a pipeline. A statement-terminating error in a command whose error stream is redirected
    (`cmd 2>$null`, `cmd 2>&1`) goes to that redirection instead of ending the script's statement."""
    redirected = []
    started = []
    try:
        _run_stages(ctx, stages, redirected, started)
    except PyposhError as error:
        rs = ctx.runspace
        if not redirected or rs.try_depth > 0 or getattr(error, "script_terminating", False):
            raise
        if not started and redirected[0].streams.error is redirected[0].out:
            raise     # merged into a pipeline that never started: nowhere to deliver it
        record = error_record_of(error)
        rs.mark_failed()
        rs.add_error(record)
        redirected[0].streams.error(record)


def _run_stages(ctx, stages, redirected, started):
    """Build the processors right to left (each emits into the next), then stream."""
    processors = []
    emit = ctx.out
    source = None
    redirect_contexts = []
    for index in range(len(stages) - 1, -1, -1):
        kind, fn, redirect, silent = stages[index]
        stage_ctx = ctx
        if redirect is not None:
            stage_ctx, emit = redirect(ctx, emit)
            redirect_contexts.append(stage_ctx)
            if stage_ctx.streams.error is not ctx.streams.error:
                redirected.append(stage_ctx)
        if kind == "expr":
            source = (fn, stage_ctx, emit, silent)
        else:
            proc = fn(stage_ctx, emit)
            processors.append(proc)
            emit = proc.process
    processors.reverse()
    try:
        try:
            for i, proc in enumerate(processors):
                proc.begin(expecting_input=(i > 0 or source is not None))
            started.append(True)
            if source is not None:
                fn, sctx, semit, silent = source
                value = fn(sctx)
                if not silent:
                    enumerate_output(value, semit)
            elif processors:
                processors[0].process_no_input()
            for proc in processors:
                proc.end()
        except StopUpstream as stop:
            index = next((i for i, p in enumerate(processors) if p is stop.pipeline or
                          getattr(p, "cmdlet", None) is stop.pipeline), None)
            if index is None:
                raise
            for proc in processors[index:]:
                proc.end()
    finally:
        for rctx in redirect_contexts:
            finish = getattr(rctx, "finish_redirect", None)
            if finish is not None:
                finish()


@compiles(A.PipelineChainAst)
def compile_pipeline_chain(node):
    if node.background:
        return compile_background(node)
    left = compile_node(node.left)
    right = compile_node(node.right)
    want_success = node.operator == "&&"

    def run_chain(ctx):
        rs = ctx.runspace
        rs.last_success = True
        try:
            left(ctx)
        except PyposhError:
            rs.mark_failed()
            raise
        if rs.last_success == want_success:
            right(ctx)
    return run_chain


@compiles(A.CommandExpressionAst)
def compile_command_expression(node):
    fn = compile_node(node.expression)
    return lambda ctx: enumerate_output(fn(ctx), ctx.out)


# ---- the background operator `&`: `cmd &` starts a job (PowerShell 7) through the job launcher of the
# runspace's runtime services, which receives the pipeline already parsed (as the body of a script block)

def job_script_block(node) -> A.ScriptBlockAst:
    """`cmd &` as the script block its job runs: the same pipeline, without the `&`."""
    pipeline = A.replace(node, background=False)
    end = A.NamedBlockAst(node.extent, "end", (pipeline,), (), True)
    return A.ScriptBlockAst(node.extent, None, None, None, end)


def command_text(node) -> str:
    """The job's Command: the pipeline's text without the `&`."""
    text = node.extent.text.rstrip()
    return text[:-1].rstrip() if text.endswith("&") else text


def compile_background(node):
    body = ScriptBody(job_script_block(node))     # compiled once, in the job's thread, however often it starts
    text = command_text(node)

    def start(ctx):
        ctx.out(ctx.runspace.services.start_background(ctx, body, text))
    return start
