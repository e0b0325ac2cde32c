"""Terminating errors in flight: statement-terminating errors, traps, try/catch/finally and throw."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.flow import BreakSignal, ContinueSignal, PipelineStopped
from pyposh.interpreter.records import ErrorRecord, ExceptionInfo, InvocationInfo


def error_record_of(error: PyposhError) -> ErrorRecord:
    return ErrorRecord.from_error(error)


def report_error(ctx, error: PyposhError):
    """Write a statement-terminating error to the error stream and carry on."""
    record = error_record_of(error)
    rs = ctx.runspace
    rs.last_success = False
    if not rs.error_list or rs.error_list[0] is not record:
        rs.add_error(record)
    ctx.streams.error(record)


def run_block_statements(statements, traps):
    """A block's statements; a statement-terminating error is reported and the next statement runs."""
    compiled_traps = None

    def run(ctx):
        nonlocal compiled_traps
        rs = ctx.runspace
        stopping = rs.stop_event.is_set
        for stmt in statements:
            if stopping():
                raise PipelineStopped()
            try:
                stmt(ctx)
            except PyposhError as error:
                if traps:
                    if compiled_traps is None:
                        compiled_traps = [(t.trap_type, _compile(t.body)) for t in traps]
                    if _run_trap(ctx, compiled_traps, error):
                        continue
                if rs.try_depth > 0 or getattr(error, "script_terminating", False):
                    raise
                report_error(ctx, error)
    return run


def _compile(block):
    from pyposh.interpreter.compiler import compile_node
    return compile_node(block)


def _run_trap(ctx, traps, error) -> bool:
    """Run the first trap matching the error; True when execution continues after the statement."""
    record = error_record_of(error)
    for trap_type, body in traps:
        if trap_type is not None and not exception_matches(record, trap_type):
            continue
        saved = ctx.scope.lookup("_")
        ctx.set_variable("_", record)
        try:
            body(ctx)
        except ContinueSignal:
            return True
        except BreakSignal:
            raise error
        finally:
            ctx.scope.vars["_"] = saved if saved is not _missing() else None
        report_error(ctx, error)
        return True
    return False


def _missing():
    from pyposh.interpreter.scopes import MISSING
    return MISSING


def exception_matches(record: ErrorRecord, type_name: str) -> bool:
    wanted = type_name.lower()
    if not wanted.startswith("system."):
        candidates = {wanted, "system." + wanted, "system.management.automation." + wanted}
    else:
        candidates = {wanted}
    chain = [t.lower() for t in record.exception.type_chain()]
    if "system.management.automation.runtimeexception" in candidates:
        return True
    return any(t in candidates for t in chain)


def compile_try_statement(node):
    from pyposh.interpreter.compiler import compile_node
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
                    rs.last_success = False
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


def throw_value(ctx, value, extent, rethrow=False):
    """`throw value`: strings become RuntimeException; ErrorRecords and exceptions are rethrown."""
    if isinstance(value, ErrorRecord):
        error = value.exception.error
        if error is None:
            error = ScriptRuntimeError(value.exception.message, value.error_id, value.category, extent,
                                       exception_type=value.exception.type_name)
            error.error_record = value
        error.script_terminating = True
        raise error
    if isinstance(value, ExceptionInfo):
        error = ScriptRuntimeError(value.message, value.type_name.rsplit(".", 1)[-1], "OperationStopped", extent,
                                   exception_type=value.type_name)
        error.script_terminating = True
        raise error
    if value is None:
        message = "ScriptHalted"
    else:
        from pyposh.interpreter.conversions import to_string
        message = to_string(value)
    error = ScriptRuntimeError(message, message, "OperationStopped", extent)
    error.thrown_object = value
    error.script_terminating = True
    error.error_record = ErrorRecord(ExceptionInfo(error.exception_type, message, None, error), message,
                                     "OperationStopped", value, InvocationInfo("", extent))
    raise error
