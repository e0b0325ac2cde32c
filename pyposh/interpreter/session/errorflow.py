"""Terminating errors in flight: reporting a statement-terminating error, `throw`, and which error a `catch [T]`
or `trap [T]` matches (the statements themselves compile in evaluate/error_handling.py)."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError, exception_type_chain
from pyposh.interpreter.session.records import RUNTIME_EXCEPTION, ErrorRecord, InvocationInfo
from pyposh.interpreter.values.conversions import to_string


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
        message = to_string(value)
    error = ScriptRuntimeError(message, message, "OperationStopped", extent)
    error.was_thrown = True
    error.script_terminating = True
    error.error_record = ErrorRecord(error, message, "OperationStopped", value, InvocationInfo("", extent))
    raise error
