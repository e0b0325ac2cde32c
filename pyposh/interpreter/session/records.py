"""Stream records: ErrorRecord and the informational records (warning, verbose, debug, information)."""
from __future__ import annotations

import time

from pyposh.errors import PyposhError


class InvocationInfo:
    """Where a command ran: its name and the script extent (for `At line:1 char:5` and ConciseView)."""

    __slots__ = ("command_name", "extent")
    ps_type_name = "System.Management.Automation.InvocationInfo"

    def __init__(self, command_name, extent):
        self.command_name = command_name
        self.extent = extent

    @property
    def script_line_number(self):
        return self.extent.start_line if self.extent is not None else 0

    @property
    def offset_in_line(self):
        return self.extent.start_column if self.extent is not None else 0

    @property
    def line(self):
        return self.extent.source.line_text(self.extent.start_line) if self.extent is not None else ""

    @property
    def script_name(self):
        return (self.extent.file or "") if self.extent is not None else ""

    @property
    def position_message(self):
        from pyposh.interpreter.session.error_view import position_message
        return position_message(self.extent)


def new_exception(type_name: str, message: str, inner=None) -> PyposhError:
    """A .NET-like exception object (what `$_.Exception` is): a PyposhError of the given .NET type."""
    from pyposh.errors import ScriptRuntimeError
    return ScriptRuntimeError(message, type_name.rsplit(".", 1)[-1], "NotSpecified", exception_type=type_name,
                              inner=inner)


# The engine reports these exceptions wrapped in a RuntimeException (ExceptionHandlingOps), with the
# original as InnerException; `catch [DivideByZeroException]` still matches through the wrapper.
RUNTIME_EXCEPTION = "System.Management.Automation.RuntimeException"


class ErrorRecord:
    """PowerShell's ErrorRecord: exception, FullyQualifiedErrorId, CategoryInfo, InvocationInfo, TargetObject."""

    __slots__ = ("exception", "error_id", "category", "target", "invocation", "activity", "reason",
                 "script_stack_trace", "error_details", "target_name", "is_parse_error")
    ps_type_name = "System.Management.Automation.ErrorRecord"    # members: members_records.py

    def __init__(self, exception: PyposhError, error_id: str, category: str = "NotSpecified", target=None,
                 invocation: InvocationInfo | None = None, activity: str = ""):
        self.exception = exception
        self.error_id = error_id
        self.category = category
        self.target = target
        self.invocation = invocation
        self.activity = activity or (invocation.command_name if invocation and invocation.command_name else "")
        self.reason = exception.exception_type.rsplit(".", 1)[-1]
        self.script_stack_trace = ""
        self.error_details = None
        self.target_name = ""
        self.is_parse_error = False

    @property
    def fully_qualified_error_id(self) -> str:
        return self.error_id

    def __str__(self):
        if self.error_details is not None:
            return str(self.error_details)
        return self.exception.message

    ps_to_string = __str__

    @classmethod
    def from_error(cls, error: PyposhError, invocation: InvocationInfo | None = None) -> "ErrorRecord":
        record = getattr(error, "error_record", None)
        if record is not None:
            return record
        exception = error
        if not error.exception_type.startswith(("System.Management.Automation.", "Microsoft.")) \
                and not getattr(error, "was_thrown", False):
            exception = new_exception(RUNTIME_EXCEPTION, error.message, error)
        record = cls(exception, error.error_id, error.category, error.target, invocation)
        record.is_parse_error = error.category == "ParserError"
        if error.error_id == "CommandNotFoundException" and error.target is not None:
            record.activity = str(error.target)
        if invocation is None and error.extent is not None and not isinstance(error.extent, tuple):
            record.invocation = InvocationInfo(getattr(error, "command_name", ""), error.extent)
        error.error_record = record
        return record


class InformationalRecord:
    """Warning, verbose and debug messages (`WARNING: text`)."""

    __slots__ = ("message", "kind", "invocation")
    ps_type_name = "System.Management.Automation.InformationalRecord"

    def __init__(self, message: str, kind: str, invocation=None):
        self.message = message
        self.kind = kind          # Warning, Verbose, Debug
        self.invocation = invocation

    def __str__(self):
        return self.message

    ps_to_string = __str__

    @staticmethod
    def of(kind: str, message: str, invocation=None) -> "InformationalRecord":
        """A WarningRecord, VerboseRecord or DebugRecord."""
        return _INFORMATIONAL_KINDS[kind](message, kind, invocation)


class WarningRecord(InformationalRecord):
    __slots__ = ()
    ps_type_name = "System.Management.Automation.WarningRecord"


class VerboseRecord(InformationalRecord):
    __slots__ = ()
    ps_type_name = "System.Management.Automation.VerboseRecord"


class DebugRecord(InformationalRecord):
    __slots__ = ()
    ps_type_name = "System.Management.Automation.DebugRecord"


_INFORMATIONAL_KINDS = {"Warning": WarningRecord, "Verbose": VerboseRecord, "Debug": DebugRecord}


class InformationRecord:
    """Write-Information / Write-Host records: MessageData, Tags, TimeGenerated, Source."""

    __slots__ = ("message_data", "tags", "source", "time_generated", "host_text", "no_newline",
                 "foreground", "background")
    ps_type_name = "System.Management.Automation.InformationRecord"

    def __init__(self, message_data, tags=(), source="", host_text=None, no_newline=False,
                 foreground=None, background=None):
        self.message_data = message_data
        self.tags = list(tags)
        self.source = source
        self.time_generated = time.time()
        self.host_text = host_text  # Write-Host's rendered text; None for Write-Information
        self.no_newline = no_newline
        self.foreground = foreground
        self.background = background

    def __str__(self):
        from pyposh.interpreter.values.conversions import to_string
        return self.host_text if self.host_text is not None else to_string(self.message_data)

    ps_to_string = __str__
