"""The host of a remote session's runspace (`pyposh -sshs`): what the runspace would display goes to the client
of the pipeline that is running, as PSRP messages. Errors, warnings, verbose and debug records, information and
progress travel as stream records; what reaches Out-Default (Enter-PSSession adds it to each line) is formatted
here, at the client's width, and written through host calls, as pwsh's remote host does."""
from __future__ import annotations

import datetime
import getpass
import os
import platform
import threading

from psrpcore import types as wire

from pyposh.interpreter.api import ErrorRecord, PSObject, new_exception, to_string
from pyposh.runtime.format import OutDefault
from pyposh.runtime.host import host_ui
from pyposh.runtime.remoting.serializer import datetime_to_wire, error_record_to_wire, informational_to_wire, to_wire

_HOST_COLORS = ("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow", "Gray",
                "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White")


class RemoteHost:
    """The remote runspace's host. `pipeline` is the server pipeline now running (None between pipelines):
    an object with `send(message, message_type)`, `host_call(method, parameters)`, `has_host`,
    `add_invocation_info`."""

    def __init__(self, width: int = 120):
        self.width = width
        self.height = 0
        self.pipeline = None
        self._out_default = None
        self._lock = threading.Lock()

    # -- Out-Default -----------------------------------------------------------------------------------
    def write_object(self, value):
        if value is None:
            return
        with self._lock:
            if self._out_default is None:
                self._out_default = OutDefault(self.width)
            lines = self._out_default.process(value)
        self._write_lines(lines)

    def flush(self):
        with self._lock:
            out, self._out_default = self._out_default, None
        if out is not None:
            self._write_lines(out.end())

    def _write_lines(self, lines):
        pipeline = self.pipeline
        if pipeline is None or not pipeline.has_host:
            return
        for line in lines:
            pipeline.host_call(wire.HostMethodIdentifier.WriteLine2, [line])

    # -- streams -----------------------------------------------------------------------------------------
    def write_error(self, record):
        pipeline = self.pipeline
        if pipeline is not None:
            pipeline.send(error_record_to_wire(record, pipeline.add_invocation_info),
                          wire.PSRPMessageType.ErrorRecord)

    def write_native_error(self, line):
        exception = new_exception("System.Management.Automation.RemoteException", line)
        self.write_error(ErrorRecord(exception, "NativeCommandError", "NotSpecified", line, None))

    def write_informational(self, record):
        pipeline = self.pipeline
        if pipeline is not None:
            message_type = {"Warning": wire.PSRPMessageType.WarningRecord,
                            "Verbose": wire.PSRPMessageType.VerboseRecord,
                            "Debug": wire.PSRPMessageType.DebugRecord}[record.kind]
            pipeline.send(informational_to_wire(record), message_type)

    def write_information(self, record):
        pipeline = self.pipeline
        if pipeline is None:
            return
        if record.host_text is not None:        # Write-Host: a HostInformationMessage tagged PSHOST
            data = wire.PSObject()
            data.PSObject.type_names = ["System.Management.Automation.HostInformationMessage", "System.Object"]
            data.PSObject.extended_properties = [
                wire.PSNoteProperty("Message", record.host_text),
                wire.PSNoteProperty("NoNewLine", bool(record.no_newline)),
                wire.PSNoteProperty("ForegroundColor", _color(record.foreground)),
                wire.PSNoteProperty("BackgroundColor", _color(record.background))]
            data.PSObject.to_string = record.host_text
            tags = list(record.tags) or ["PSHOST"]
        else:
            data, tags = to_wire(record.message_data), list(record.tags)
        created = datetime.datetime.fromtimestamp(record.time_generated)
        message = wire.InformationRecordMsg(
            MessageData=data, Source=record.source or "", TimeGenerated=datetime_to_wire(created),
            Tags=wire.PSList(tags), User=_user(), Computer=platform.node(), ProcessId=os.getpid(),
            NativeThreadId=threading.get_native_id(), ManagedThreadId=0)
        pipeline.send(message, wire.PSRPMessageType.InformationRecord)

    def write_progress(self, record):
        pipeline = self.pipeline
        if pipeline is None:
            return

        def field(name, default):
            member = record.get_member(name) if isinstance(record, PSObject) else None
            value = member.value if member is not None else getattr(record, name.lower(), default)
            return default if value is None else value

        message = wire.ProgressRecordMsg(
            Activity=to_string(field("Activity", "")), ActivityId=int(field("ActivityId", 0)),
            StatusDescription=to_string(field("StatusDescription", "")),
            CurrentOperation=to_string(field("CurrentOperation", "")) or None,
            ParentActivityId=int(field("ParentActivityId", -1)), PercentComplete=int(field("PercentComplete", -1)),
            Type=wire.ProgressRecordType.Completed if to_string(field("RecordType", "")) == "Completed"
            else wire.ProgressRecordType.Processing,
            SecondsRemaining=int(field("SecondsRemaining", -1)))
        pipeline.send(message, wire.PSRPMessageType.ProgressRecord)

    def write_console(self, text):
        """[Console]::Write in a remote session: written on the client's console through the host."""
        pipeline = self.pipeline
        if pipeline is not None and pipeline.has_host and text:
            pipeline.host_call(wire.HostMethodIdentifier.Write1, [text])

    def ui(self):
        return host_ui(self.width, self.height)


def _color(value):
    if value is None:
        return -1
    name = to_string(value)
    return _HOST_COLORS.index(name) if name in _HOST_COLORS else -1


def _user() -> str:
    try:
        return getpass.getuser()
    except (ImportError, KeyError, OSError):
        return ""
