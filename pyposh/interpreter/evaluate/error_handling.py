"""Statements that handle errors: a block's statements (a statement-terminating error is reported and the next
statement runs), `trap` and try/catch/finally. A Python exception escaping an engine component is contained here:
it becomes the error record errors.engine_fault makes, handled like any other (try/catch, trap, $?)."""
from __future__ import annotations

from pyposh.errors import PyposhError, engine_fault
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import compile_node, compiles
from pyposh.interpreter.session.errorflow import error_record_of, exception_matches, match_rank, report_error
from pyposh.interpreter.session.flow import BreakSignal, ContinueSignal, PipelineStopped


def run_block_statements(statements, traps, extents=()):
    """A block's statements; a statement-terminating error is reported and the next statement runs.

    A block with `trap` statements handles the errors of everything it runs, nested blocks and called
    functions included: while it runs, inner blocks pass errors up (as inside `try`)."""
    extents = list(extents) or [None] * len(statements)
    if traps:
        return _run_trapped(statements, traps, extents)

    def run(ctx):
        rs = ctx.runspace
        stopping = rs.stop_event.is_set
        for stmt in statements:
            if stopping():
                raise PipelineStopped()
            outer_failed = rs.failed
            rs.failed = False
            try:
                stmt(ctx)
            except Exception as exc:
                error = _contained(exc, statements, stmt, extents)
                if rs.try_depth > 0 or getattr(error, "script_terminating", False):
                    rs.failed = True
                    raise error from None
                report_error(ctx, error)
            rs.last_success = not rs.failed     # $? after a statement: whether it failed
            rs.failed = outer_failed or rs.failed
    return run


def _contained(exc, statements, stmt, extents) -> PyposhError:
    """The error a statement's exception is: itself, or for an engine fault (a Python exception from a component)
    the error record errors.engine_fault makes, placed at the statement."""
    if isinstance(exc, PyposhError):
        return exc
    return engine_fault(exc, extents[statements.index(stmt)])


def _run_trapped(statements, traps, extents):
    compiled = []

    def run(ctx):
        if not compiled:
            compiled.extend((t.trap_type, compile_node(t.body)) for t in traps)
        rs = ctx.runspace
        for stmt in statements:
            if rs.stop_event.is_set():
                raise PipelineStopped()
            outer_failed = rs.failed
            rs.failed = False
            rs.try_depth += 1
            try:
                stmt(ctx)
            except Exception as exc:
                error = _contained(exc, statements, stmt, extents)
                rs.try_depth -= 1
                if not _run_trap(ctx, compiled, error):
                    if rs.try_depth > 0 or getattr(error, "script_terminating", False):
                        rs.failed = True
                        raise error from None
                    report_error(ctx, error)
            else:
                rs.try_depth -= 1
            rs.last_success = not rs.failed
            rs.failed = outer_failed or rs.failed
    return run


def _run_trap(ctx, traps, error) -> bool:
    """Run the trap that matches the error most closely; True when execution goes on after the statement
    (the trap said `continue`, or nothing, in which case the error is written first)."""
    record = error_record_of(error)
    best = None
    for trap_type, body in traps:
        rank = 1000 if trap_type is None else match_rank(record, trap_type)
        if rank is not None and (best is None or rank < best[0]):
            best = (rank, body)
    if best is None:
        return False
    body = best[1]
    variables = ctx.scope.vars
    saved = variables.get("_", _UNSET)
    variables["_"] = record
    try:
        body(ctx)
    except ContinueSignal:
        ctx.runspace.add_error(record)
        return True
    except BreakSignal:
        raise error from None
    finally:
        if saved is _UNSET:
            variables.pop("_", None)
        else:
            variables["_"] = saved
    report_error(ctx, error)
    return True


_UNSET = object()


@compiles(A.TryStatementAst)
def compile_try_statement(node):
    body = compile_node(node.body)
    catches = [(c.catch_types, compile_node(c.body)) for c in node.catch_clauses]
    final = compile_node(node.finally_clause) if node.finally_clause is not None else None

    def run_try(ctx):
        rs = ctx.runspace
        try:
            rs.try_depth += 1
            try:
                body(ctx)
            finally:
                rs.try_depth -= 1
        except PyposhError as error:
            record = error_record_of(error)
            for types, handler in catches:
                if not types or any(exception_matches(record, t) for t in types):
                    rs.mark_failed()
                    ctx.runspace.add_error(record)
                    saved = ctx.scope.vars.get("_")
                    ctx.scope.vars["_"] = record
                    try:
                        handler(ctx)
                    finally:
                        ctx.scope.vars["_"] = saved
                    break
            else:
                raise
        finally:
            if final is not None:
                final(ctx)
    return run_try
