"""Stream records: ErrorRecord and the informational records (warning, verbose, debug, information), and their
members as scripts see them ($_.Exception, $_.CategoryInfo, $_.InvocationInfo)."""
from __future__ import annotations

import datetime
import time

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.static_members import constructor
from pyposh.interpreter.session.error_view import position_message
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.typenames import register_type
from pyposh.interpreter.values.types import type_of


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
        return position_message(self.extent)


def new_exception(type_name: str, message: str, inner=None) -> PyposhError:
    """A .NET-like exception object (what `$_.Exception` is): a PyposhError of the given .NET type."""
    return ScriptRuntimeError(message, type_name.rsplit(".", 1)[-1], "NotSpecified", exception_type=type_name,
                              inner=inner)


# The engine reports these exceptions wrapped in a RuntimeException (ExceptionHandlingOps), with the
# original as InnerException; `catch [DivideByZeroException]` still matches through the wrapper.
RUNTIME_EXCEPTION = "System.Management.Automation.RuntimeException"


class ErrorRecord:
    """PowerShell's ErrorRecord: exception, FullyQualifiedErrorId, CategoryInfo, InvocationInfo, TargetObject."""

    __slots__ = ("exception", "error_id", "category", "target", "invocation", "activity", "reason",
                 "script_stack_trace", "error_details", "target_name", "is_parse_error", "origin")
    ps_type_name = "System.Management.Automation.ErrorRecord"    # members: below

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
        self.origin = None          # OriginInfo: the computer a remote error came from (RemotingErrorRecord)

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


class OriginInfo:
    """`$err.OriginInfo` of an error that came from a remote session: its computer, runspace and job instance."""

    __slots__ = ("computer_name", "runspace_id", "instance_id")
    ps_type_name = "System.Management.Automation.Remoting.OriginInfo"

    def __init__(self, computer_name: str, runspace_id, instance_id=None):
        self.computer_name = computer_name
        self.runspace_id = runspace_id
        self.instance_id = instance_id

    def __str__(self):
        return self.computer_name

    ps_to_string = __str__


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
        return self.host_text if self.host_text is not None else to_string(self.message_data)

    ps_to_string = __str__


# ---- members -------------------------------------------------------------------------------------------

_CATEGORIES = ["NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
               "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
               "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError",
               "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError",
               "WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError",
               "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled"]
ENUMS["system.management.automation.errorcategory"] = EnumType(
    "System.Management.Automation.ErrorCategory", [(n, i) for i, n in enumerate(_CATEGORIES)])
_CATEGORY = ENUMS["system.management.automation.errorcategory"]


class CategoryInfo:
    """`$error[0].CategoryInfo`."""

    __slots__ = ("record",)
    ps_type_name = "System.Management.Automation.ErrorCategoryInfo"

    def __init__(self, record):
        self.record = record

    def target_type(self) -> str:
        target = self.record.target
        if target is None:
            return ""
        return type_of(target).name

    def ps_to_string(self) -> str:
        r = self.record
        return "%s: (%s:%s) [%s], %s" % (r.category, r.target_name or _target_text(r.target), self.target_type(),
                                         r.activity, r.reason)


def _target_text(target) -> str:
    if target is None:
        return ""
    return reg.to_str(target)


CATEGORY_INFO = reg.define_type(CategoryInfo, "System.Management.Automation.ErrorCategoryInfo")
(CATEGORY_INFO
 .prop("Category", lambda c: _CATEGORY.lookup(c.record.category) or _CATEGORY.value(0))
 .prop("Activity", lambda c: c.record.activity)
 .prop("Reason", lambda c: c.record.reason)
 .prop("TargetName", lambda c: c.record.target_name or _target_text(c.record.target))
 .prop("TargetType", lambda c: c.target_type())
 .method("ToString", lambda c: c.ps_to_string())
 .method("GetMessage", lambda c: c.ps_to_string()))


def _error_record_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.ErrorRecord")
    (table
     .prop("Exception", lambda r: r.exception)
     .prop("TargetObject", lambda r: r.target)
     .prop("CategoryInfo", lambda r: CategoryInfo(r))
     .prop("FullyQualifiedErrorId", lambda r: r.fully_qualified_error_id)
     .prop("ErrorDetails", lambda r: r.error_details, lambda r, v: setattr(r, "error_details", v))
     .prop("InvocationInfo", lambda r: r.invocation)
     .prop("ScriptStackTrace", lambda r: r.script_stack_trace)
     .prop("PipelineIterationInfo", lambda r: [])
     .prop("OriginInfo", lambda r: r.origin, listed=False)
     .method("ToString", lambda r: str(r)))
    return table


def _invocation_info_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InvocationInfo")
    (table
     .prop("MyCommand", lambda i: i.command_name or None)
     .prop("ScriptLineNumber", lambda i: i.script_line_number)
     .prop("OffsetInLine", lambda i: i.offset_in_line)
     .prop("ScriptName", lambda i: i.script_name)
     .prop("Line", lambda i: i.line)
     .prop("PositionMessage", lambda i: i.position_message)
     .prop("InvocationName", lambda i: i.command_name or "")
     .prop("PSCommandPath", lambda i: i.script_name or None))
    return table


_RECORD_TYPES = {"Warning": "System.Management.Automation.WarningRecord",
                 "Verbose": "System.Management.Automation.VerboseRecord",
                 "Debug": "System.Management.Automation.DebugRecord"}


def _informational_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InformationalRecord")
    (table
     .prop("Message", lambda r: r.message, lambda r, v: setattr(r, "message", reg.to_str(v)))
     .prop("InvocationInfo", lambda r: r.invocation)
     .method("ToString", lambda r: str(r)))
    return table


def _information_table(cls):
    table = reg.define_type(cls, "System.Management.Automation.InformationRecord")
    (table
     .prop("MessageData", lambda r: r.message_data)
     .prop("Source", lambda r: r.source)
     .prop("TimeGenerated", lambda r: datetime.datetime.fromtimestamp(r.time_generated))
     .prop("Tags", lambda r: r.tags)
     .method("ToString", lambda r: str(r)))
    return table


_error_record_table(ErrorRecord)
(reg.define_type(OriginInfo, "System.Management.Automation.Remoting.OriginInfo")
 .prop("PSComputerName", lambda o: o.computer_name)
 .prop("RunspaceID", lambda o: o.runspace_id)
 .prop("InstanceID", lambda o: o.instance_id)
 .method("ToString", lambda o: str(o)))
_invocation_info_table(InvocationInfo)
_informational_table(InformationalRecord)
_information_table(InformationRecord)


def _register_record_types():
    informational = "System.Management.Automation.InformationalRecord"
    register_type(informational)
    for kind in ("Warning", "Verbose", "Debug"):
        register_type("System.Management.Automation.%sRecord" % kind, (informational,))
    register_type("System.Management.Automation.InformationRecord")
    register_type("System.Management.Automation.ErrorRecord")


_register_record_types()


def _new_error_record(t, exception, error_id, category, target):
    """`[ErrorRecord]::new(exception, errorId, category, targetObject)`."""
    exception = reg.unwrap(exception)
    if not isinstance(exception, PyposhError):
        exception = new_exception("System.Exception", reg.to_str(exception))
    category = reg.to_str(category) if category is not None else "NotSpecified"
    return ErrorRecord(exception, reg.to_str(error_id), category, reg.unwrap(target))


constructor("System.Management.Automation.ErrorRecord", _new_error_record, 4, 4)
