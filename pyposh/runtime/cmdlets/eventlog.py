"""Get-EventLog on Linux: the System log and the Windows PowerShell log (runtime/eventlog/), newest first, with
Windows PowerShell 5.1's parameters (-LogName, -Newest, -EntryType, -Source, -InstanceId, -Index, -Message,
-UserName, -After, -Before, -List, -AsString). Entries stream: `-Newest 5` reads five matching entries."""
from __future__ import annotations

import socket
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, is_list, to_string, wildcard_match
from pyposh.runtime.eventlog import logs

NO_SUCH_LOG = "The event log '%s' on computer '%s' does not exist."
_LOCAL = {".", "localhost", "127.0.0.1", socket.gethostname().lower()}
_ENTRY_TYPES = ("Error", "Information", "FailureAudit", "SuccessAudit", "Warning")


def _items(value) -> list:
    if value is None:
        return []
    return list(value) if is_list(value) else [value]


@cmdlet("Get-EventLog", default_set="LogName")
class GetEventLog(Cmdlet):
    log_name: Annotated[str, Parameter(type="string", position=0, mandatory=True, aliases=("LN",),
                                       sets=("LogName",))] = None
    instance_id: Annotated[list, Parameter(type="long[]", position=1, sets=("LogName",))] = None
    computer_name: Annotated[list, Parameter(type="string[]", aliases=("Cn",))] = None
    newest: Annotated[int, Parameter(type="int", sets=("LogName",), validate_range=(0, 2147483647))] = None
    after: Annotated[object, Parameter(type="datetime", sets=("LogName",))] = None
    before: Annotated[object, Parameter(type="datetime", sets=("LogName",))] = None
    user_name: Annotated[list, Parameter(type="string[]", sets=("LogName",))] = None
    index: Annotated[list, Parameter(type="int[]", sets=("LogName",))] = None
    entry_type: Annotated[list, Parameter(type="string[]", aliases=("ET",), sets=("LogName",),
                                          validate_set=_ENTRY_TYPES)] = None
    source: Annotated[list, Parameter(type="string[]", sets=("LogName",))] = None
    message: Annotated[str, Parameter(type="string", aliases=("MSG",), sets=("LogName",))] = None
    as_base_object: Annotated[bool, Parameter(type="switch", aliases=("ABO",), sets=("LogName",))] = False
    list_logs: Annotated[bool, Parameter(name="List", type="switch", sets=("List",))] = False
    as_string: Annotated[bool, Parameter(type="switch", sets=("List",))] = False

    def process(self):
        for computer in _items(self.computer_name):
            if to_string(computer).lower() not in _LOCAL:
                self.throw_terminating("Get-EventLog reads the logs of this computer only; to read another "
                                       "computer's, run it there: Invoke-Command -ComputerName %s { Get-EventLog "
                                       "... }." % to_string(computer), "RemoteComputerNotSupported",
                                       "NotImplemented", computer, "System.InvalidOperationException")
        if self.list_logs or self.as_string:
            for log in logs.all_logs():
                self.write_object(log.log if self.as_string else log)
            return
        entries_of = logs.find(self.log_name)
        if entries_of is None:
            self.write_error(NO_SUCH_LOG % (self.log_name, "."), "System.InvalidOperationException",
                             "NotSpecified", self.log_name, "System.InvalidOperationException")
            return
        if self.newest == 0:
            return
        written = 0
        for entry in entries_of():
            self.check_stop()
            if not self._matches(entry):
                continue
            self.write_object(entry)
            written += 1
            if self.newest is not None and written >= self.newest:
                break

    def _matches(self, entry) -> bool:
        if self.instance_id and entry.instance_id not in {int(i) for i in self.instance_id}:
            return False
        if self.index and entry.index not in {int(i) for i in self.index}:
            return False
        if self.entry_type and entry.entry_type.lower() not in {t.lower() for t in self.entry_type}:
            return False
        if self.source and not any(wildcard_match(to_string(s), entry.source) for s in self.source):
            return False
        if self.message is not None and not wildcard_match(self.message, entry.message):
            return False
        if self.user_name and not any(wildcard_match(to_string(u), entry.user_name or "") for u in self.user_name):
            return False
        if self.after is not None and not entry.time_generated > _naive(self.after):
            return False
        if self.before is not None and not entry.time_generated < _naive(self.before):
            return False
        return True


def _naive(value):
    return value.astimezone().replace(tzinfo=None) if getattr(value, "tzinfo", None) is not None else value
