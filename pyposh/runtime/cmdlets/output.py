"""The Write-* cmdlets and Out-Null, Out-Host, Out-String: objects and records onto their streams."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import (
    AUTOMATION_NULL, Cmdlet, ErrorRecord, Hashtable, InformationRecord, InvocationInfo, Parameter, PSObject,
    PyposhError, cmdlet, new_exception,
)
from pyposh.runtime.format import OutString as Formatter

_COLORS = ("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
           "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White")
_CATEGORIES = ("NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
               "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
               "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError",
               "ParserError", "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable",
               "ReadError", "WriteError", "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError",
               "AuthenticationError", "LimitsExceeded", "QuotaExceeded", "NotEnabled")
_WRITE_ERROR_EXCEPTION = "Microsoft.PowerShell.Commands.WriteErrorException"


# ---------------------------------------------------------------- Write-Output

@cmdlet("Write-Output", aliases=("echo",))
class WriteOutput(Cmdlet):
    input_object: Annotated[object, Parameter(position=0, mandatory=True, pipeline=True, remaining=True)] = None
    no_enumerate: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        value = self.input_object
        if value is AUTOMATION_NULL:
            return
        self.write_object(value, enumerate_collection=not self.no_enumerate)


# ---------------------------------------------------------------- Write-Host

class HostInformationMessage:
    """The MessageData of Write-Host's information records."""

    __slots__ = ("message", "no_newline", "foreground", "background")
    ps_type_name = "System.Management.Automation.HostInformationMessage"
    ps_properties = {"Message": "message", "NoNewLine": "no_newline", "ForegroundColor": "foreground",
                     "BackgroundColor": "background"}

    def __init__(self, message, no_newline=False, foreground=None, background=None):
        self.message = message
        self.no_newline = no_newline
        self.foreground = foreground
        self.background = background

    def ps_to_string(self) -> str:
        return self.message

    __str__ = ps_to_string


def host_text(value, separator) -> str | None:
    """WriteHostCommand.ProcessObject: strings as they are, collections joined by the separator."""
    if value is None or value is AUTOMATION_NULL:
        return None
    base = value.base if type(value) is PSObject and value.base is not None else value
    if isinstance(base, str):
        return base or None
    if isinstance(base, (list, tuple)):
        sep = "" if separator is None else api.to_string(separator)
        return sep.join(host_text(item, separator) or "" for item in base)
    if type(base) is Hashtable:
        sep = "" if separator is None else api.to_string(separator)
        return sep.join("System.Collections.DictionaryEntry" for _ in base.keys())
    text = api.to_string(value)
    return text or None


@cmdlet("Write-Host")
class WriteHost(Cmdlet):
    object: Annotated[object, Parameter(position=0, pipeline=True, remaining=True, aliases=("Msg", "Message"))] = None
    no_newline: Annotated[bool, Parameter(type="switch")] = False
    separator: Annotated[object, Parameter()] = " "
    foreground_color: Annotated[str, Parameter(type="string", validate_set=_COLORS)] = None
    background_color: Annotated[str, Parameter(type="string", validate_set=_COLORS)] = None

    def process(self):
        text = host_text(self.object, self.separator) or ""
        data = HostInformationMessage(text, bool(self.no_newline), self.foreground_color, self.background_color)
        record = InformationRecord(data, ("PSHOST",), _source(self), host_text=text,
                                   no_newline=bool(self.no_newline), foreground=self.foreground_color,
                                   background=self.background_color)
        self.write_information(record)


def _source(cmd: Cmdlet) -> str:
    invocation = cmd.get_variable("MyInvocation")
    path = api.get_member(invocation, "PSCommandPath") if invocation is not None else None
    return path or cmd.spec.name


# ---------------------------------------------------------------- Write-Information

@cmdlet("Write-Information", aliases=())
class WriteInformation(Cmdlet):
    message_data: Annotated[object, Parameter(position=0, mandatory=True, aliases=("Msg", "Message"))] = None
    tags: Annotated[list, Parameter(type="string[]", position=1)] = None

    def process(self):
        self.write_information(InformationRecord(self.message_data, tuple(self.tags or ()), _source(self)))


# ---------------------------------------------------------------- Write-Warning, Write-Verbose, Write-Debug

class _MessageCmdlet(Cmdlet):
    message: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True,
                                      aliases=("Msg",))] = None

    def text(self) -> str:
        return "" if self.message is None else self.message


@cmdlet("Write-Warning")
class WriteWarning(_MessageCmdlet):
    def process(self):
        self.write_warning(self.text())


@cmdlet("Write-Verbose")
class WriteVerbose(_MessageCmdlet):
    def process(self):
        self.write_verbose(self.text())


@cmdlet("Write-Debug")
class WriteDebug(_MessageCmdlet):
    def process(self):
        self.write_debug(self.text())


# ---------------------------------------------------------------- Write-Error

class ErrorDetails:
    """ErrorRecord.ErrorDetails: a message that replaces the exception's, and a recommended action."""

    __slots__ = ("message", "recommended_action")
    ps_type_name = "System.Management.Automation.ErrorDetails"
    ps_properties = {"Message": "message", "RecommendedAction": "recommended_action"}

    def __init__(self, message: str, recommended_action: str = ""):
        self.message = message
        self.recommended_action = recommended_action

    def ps_to_string(self) -> str:
        return self.message

    __str__ = ps_to_string


def exception_info(value):
    """An -Exception argument as the exception object an ErrorRecord holds."""
    if isinstance(value, PyposhError):
        return value
    if isinstance(value, ErrorRecord):
        return value.exception
    return new_exception("System.Exception", api.to_string(value))


@cmdlet("Write-Error", default_set="NoException")
class WriteError(Cmdlet):
    message: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True, aliases=("Msg",),
                                      sets=("NoException", "WithException"))] = None
    exception: Annotated[object, Parameter(mandatory=True, sets=("WithException",))] = None
    record_value: Annotated[object, Parameter(name="ErrorRecord", mandatory=True, sets=("ErrorRecord",))] = None
    category: Annotated[str, Parameter(type="string", validate_set=_CATEGORIES,
                                       sets=("NoException", "WithException"))] = "NotSpecified"
    error_id: Annotated[str, Parameter(type="string", sets=("NoException", "WithException"))] = ""
    target_object: Annotated[object, Parameter(sets=("NoException", "WithException"))] = None
    recommended_action: Annotated[str, Parameter(type="string")] = ""
    category_activity: Annotated[str, Parameter(type="string", aliases=("Activity",))] = ""
    category_reason: Annotated[str, Parameter(type="string", aliases=("Reason",))] = ""
    category_target_name: Annotated[str, Parameter(type="string", aliases=("TargetName",))] = ""
    category_target_type: Annotated[str, Parameter(type="string", aliases=("TargetType",))] = ""

    def process(self):
        given = self.record_value
        if isinstance(given, PSObject) and given.base is not None:
            given = given.base
        if isinstance(given, ErrorRecord):
            record = ErrorRecord(given.exception, given.error_id, given.category, given.target, None,
                                 given.activity)
            record.error_details = given.error_details
            record.target_name = given.target_name
            record.reason = given.reason
        else:
            message = self.message
            if self.exception is not None:
                info = exception_info(self.exception)
            else:
                info = new_exception(_WRITE_ERROR_EXCEPTION, "" if message is None else message)
            error_id = self.error_id or info.exception_type
            category = api.to_string(self.category) if self.category is not None else "NotSpecified"
            record = ErrorRecord(info, error_id, category or "NotSpecified", self.target_object)
            if self.exception is not None and message:
                record.error_details = ErrorDetails(message)
        if self.recommended_action:
            if record.error_details is None:
                record.error_details = ErrorDetails(str(record))
            if isinstance(record.error_details, ErrorDetails):
                record.error_details.recommended_action = self.recommended_action
        if self.category_reason:
            record.reason = self.category_reason
        if self.category_target_name:
            record.target_name = self.category_target_name
        record.invocation = self._caller_invocation()
        record.activity = self.category_activity or "Write-Error"
        self.write_error(record)

    def _caller_invocation(self) -> InvocationInfo:
        """PowerShell reports a Write-Error against the function or script that called it ($MyInvocation)."""
        name = self.invocation.command_name
        caller = self.get_variable("MyInvocation")
        if caller is not None:
            command = api.get_member(caller, "MyCommand")
            text = api.to_string(command) if command is not None else ""
            if text and not text.lower().endswith(".ps1"):
                name = text
        return InvocationInfo(name, self.invocation.extent)


# ---------------------------------------------------------------- Write-Progress

@cmdlet("Write-Progress")
class WriteProgress(Cmdlet):
    activity: Annotated[str, Parameter(type="string", position=0)] = None
    status: Annotated[str, Parameter(type="string", position=1, not_null_or_empty=True)] = "Processing"
    id: Annotated[int, Parameter(type="int", position=2)] = 0
    percent_complete: Annotated[int, Parameter(type="int", validate_range=(-1, 100))] = -1
    seconds_remaining: Annotated[int, Parameter(type="int")] = -1
    current_operation: Annotated[str, Parameter(type="string")] = None
    parent_id: Annotated[int, Parameter(type="int")] = -1
    completed: Annotated[bool, Parameter(type="switch")] = False
    source_id: Annotated[int, Parameter(type="int")] = 0

    def process(self):
        if self.ctx.preference("ProgressPreference", "Continue").lower() in ("silentlycontinue", "ignore"):
            return
        record = PSObject(type_names=["System.Management.Automation.ProgressRecord", "System.Object"])
        record.add_note("ActivityId", self.id or 0)
        record.add_note("ParentActivityId", self.parent_id if self.parent_id is not None else -1)
        record.add_note("Activity", self.activity or "")
        record.add_note("StatusDescription", self.status or "Processing")
        record.add_note("CurrentOperation", self.current_operation)
        record.add_note("PercentComplete", self.percent_complete if self.percent_complete is not None else -1)
        record.add_note("SecondsRemaining", self.seconds_remaining if self.seconds_remaining is not None else -1)
        record.add_note("RecordType", "Completed" if self.completed else "Processing")
        # Progress is not redirectable (no `>` operator names it): the record goes to the host, which draws it
        # only on a terminal; a host without progress support leaves it to the stream.
        write = getattr(self.runspace.host, "write_progress", None)
        (write or self.ctx.streams.progress)(record)


# ---------------------------------------------------------------- Out-Null, Out-Host, Out-String

@cmdlet("Out-Null")
class OutNull(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL


class _ToHost(Cmdlet):
    """Out-Host and Out-Default: objects to the host, which formats and shows them."""

    input_object = AUTOMATION_NULL

    def process(self):
        if self.input_object is not AUTOMATION_NULL:
            self.runspace.host.write_object(self.input_object)

    def end(self):
        flush = getattr(self.runspace.host, "flush", None)
        if flush is not None:
            flush()


@cmdlet("Out-Host", aliases=("oh",))
class OutHost(_ToHost):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    paging: Annotated[bool, Parameter(type="switch")] = False


@cmdlet("Out-Default")
class OutDefault(_ToHost):
    """What the host shows: the end of every interactive pipeline (and of each line in Enter-PSSession)."""

    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    transcript: Annotated[bool, Parameter(type="switch")] = False


@cmdlet("Out-String")
class OutString(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    width: Annotated[int, Parameter(type="int", validate_range=(2, 2**31 - 1))] = None
    stream: Annotated[bool, Parameter(type="switch")] = False
    no_newline: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        host_width = getattr(self.runspace.host, "width", None) or 120
        self.formatter = Formatter(self.width, host_width=host_width)
        self.lines: list[str] = []

    def process(self):
        if self.input_object is AUTOMATION_NULL:
            return
        self._take(self.formatter.process(self.input_object))

    def _take(self, lines):
        if self.stream:
            for line in lines:
                self.write_object(line)
        else:
            self.lines.extend(lines)

    def end(self):
        self._take(self.formatter.end())
        if self.stream:
            return
        if self.no_newline:
            self.write_object("".join(self.lines))
        else:
            self.write_object("".join(line + "\n" for line in self.lines))
