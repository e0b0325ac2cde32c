"""Terminating errors in flight: statement-terminating errors, traps, try/catch/finally and throw."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError, exception_type_chain
from pyposh.interpreter.session.flow import BreakSignal, ContinueSignal, PipelineStopped
from pyposh.interpreter.session.records import RUNTIME_EXCEPTION, ErrorRecord, InvocationInfo


def error_record_of(error: PyposhError) -> ErrorRecord:
    return ErrorRecord.from_error(error)


def report_error(ctx, error: PyposhError):
    """Write a statement-terminating error to the error stream and carry on."""
    record = error_record_of(error)
    rs = ctx.runspace
    rs.mark_failed()
    if not rs.error_list or rs.error_list[0] is not record:
        rs.add_error(record)
    ctx.streams.error(record)


def run_block_statements(statements, traps):
    """A block's statements; a statement-terminating error is reported and the next statement runs.

    A block with `trap` statements handles the errors of everything it runs, nested blocks and called
    functions included: while it runs, inner blocks pass errors up (as inside `try`)."""
    if traps:
        return _run_trapped(statements, traps)

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
            except PyposhError as error:
                if rs.try_depth > 0 or getattr(error, "script_terminating", False):
                    rs.failed = True
                    raise
                report_error(ctx, error)
            rs.last_success = not rs.failed     # $? after a statement: whether it failed
            rs.failed = outer_failed or rs.failed
    return run


def _run_trapped(statements, traps):
    compiled = []

    def run(ctx):
        if not compiled:
            compiled.extend((t.trap_type, _compile(t.body)) for t in traps)
        rs = ctx.runspace
        for stmt in statements:
            if rs.stop_event.is_set():
                raise PipelineStopped()
            outer_failed = rs.failed
            rs.failed = False
            rs.try_depth += 1
            try:
                stmt(ctx)
            except PyposhError as error:
                rs.try_depth -= 1
                if not _run_trap(ctx, compiled, error):
                    if rs.try_depth > 0 or getattr(error, "script_terminating", False):
                        rs.failed = True
                        raise
                    report_error(ctx, error)
            else:
                rs.try_depth -= 1
            rs.last_success = not rs.failed
            rs.failed = outer_failed or rs.failed
    return run


def _compile(block):
    from pyposh.interpreter.commands.compiler import compile_node
    return compile_node(block)


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


def exception_matches(record: ErrorRecord, type_name: str) -> bool:
    """`catch [T]` / `trap [T]`: the exception is a T, or it wraps (as RuntimeException) one that is."""
    return match_rank(record, type_name) is not None


def match_rank(record: ErrorRecord, type_name: str):
    """How closely T matches the error: 0 for the exception's own type, higher for base types; None if not."""
    wanted = type_name.lower()
    if not wanted.startswith("system."):
        candidates = {wanted, "system." + wanted, "system.management.automation." + wanted}
    else:
        candidates = {wanted}
    exception = record.exception
    while exception is not None:
        chain = [t.lower() for t in exception_type_chain(exception.exception_type)]
        for rank, name in enumerate(chain):
            if name in candidates:
                return rank
        inner = getattr(exception, "inner", None)
        if exception.exception_type != RUNTIME_EXCEPTION or not isinstance(inner, PyposhError):
            return None
        exception = inner
    return None


def compile_try_statement(node):
    from pyposh.interpreter.commands.compiler import compile_node
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


def throw_value(ctx, value, extent):
    """`throw value`: strings become RuntimeException; ErrorRecords are rethrown; an exception object is
    thrown as itself (catch [T] sees its own type)."""
    if isinstance(value, ErrorRecord):
        error = value.exception
        error.error_record = value
        error.script_terminating = True
        raise error
    if isinstance(value, PyposhError):
        value.was_thrown = True
        value.script_terminating = True
        if value.extent is None:
            value.extent = extent
        value.error_record = ErrorRecord(value, value.message, "OperationStopped", None, InvocationInfo("", extent))
        raise value
    if value is None:
        message = "ScriptHalted"
    else:
        from pyposh.interpreter.values.conversions import to_string
        message = to_string(value)
    error = ScriptRuntimeError(message, message, "OperationStopped", extent)
    error.was_thrown = True
    error.script_terminating = True
    error.error_record = ErrorRecord(error, message, "OperationStopped", value, InvocationInfo("", extent))
    raise error
