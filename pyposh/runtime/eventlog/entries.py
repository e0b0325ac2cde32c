"""System.Diagnostics.EventLogEntry and EventLog (what Get-EventLog returns, and its -List) and their entry types.
Their views are formatting's (format/default_views.py), so that deserialized entries from another computer show
the same table."""
from __future__ import annotations

import datetime
import socket

from pyposh.interpreter.api import ENUMS, ArrayList, EnumType, TypedArray, register_type

# System.Diagnostics.EventLogEntryType
ENTRY_TYPE = EnumType("System.Diagnostics.EventLogEntryType", [
    ("Error", 1), ("Warning", 2), ("Information", 4), ("SuccessAudit", 8), ("FailureAudit", 16)])
ENUMS[ENTRY_TYPE.full_name.lower()] = ENTRY_TYPE
OVERFLOW_ACTION = EnumType("System.Diagnostics.OverflowAction", [
    ("DoNotOverwrite", -1), ("OverwriteAsNeeded", 0), ("OverwriteOlder", 1)])
ENUMS[OVERFLOW_ACTION.full_name.lower()] = OVERFLOW_ACTION

MACHINE_NAME = socket.gethostname()


class EventLogEntry:
    """One entry of a classic event log."""

    __slots__ = ("index", "time_generated", "entry_type", "source", "instance_id", "message", "category",
                 "category_number", "user_name", "machine_name", "replacement_strings")
    ps_type_name = "System.Diagnostics.EventLogEntry"
    ps_properties = {
        "EventID": "event_id", "MachineName": "machine_name", "Data": "data", "Index": "index",
        "Category": "category", "CategoryNumber": "category_number", "EntryType": "entry_type_value",
        "Message": "message", "Source": "source", "ReplacementStrings": "replacement_strings",
        "InstanceId": "instance_id", "TimeGenerated": "time_generated", "TimeWritten": "time_generated",
        "UserName": "user_name", "Site": "site", "Container": "container",
    }
    ps_methods = {"ToString": "__str__"}
    site = None
    container = None

    def __init__(self, index: int, time_generated: datetime.datetime, entry_type: str, source: str,
                 instance_id: int, message: str, category: str = "(0)", category_number: int = 0,
                 user_name: str | None = None, machine_name: str = MACHINE_NAME):
        self.index = index
        self.time_generated = time_generated
        self.entry_type = entry_type                # Error, Warning, Information, SuccessAudit, FailureAudit
        self.source = source
        self.instance_id = instance_id
        self.message = message
        self.category = category
        self.category_number = category_number
        self.user_name = user_name
        self.machine_name = machine_name
        self.replacement_strings = TypedArray([message], "string")

    @property
    def event_id(self) -> int:
        return self.instance_id & 0xFFFF          # .NET: the low 16 bits of the InstanceId

    @property
    def entry_type_value(self):
        return ENTRY_TYPE.lookup(self.entry_type)

    @property
    def data(self) -> TypedArray:
        return TypedArray([], "byte")

    def __str__(self):
        return "System.Diagnostics.EventLogEntry"

    ps_to_string = __str__

    def __repr__(self):
        return "<EventLogEntry %d %s %s>" % (self.index, self.entry_type, self.source)


class EventLog:
    """One log, as `Get-EventLog -List` shows it."""

    __slots__ = ("log", "entries_of", "maximum_kilobytes")
    ps_type_name = "System.Diagnostics.EventLog"
    ps_properties = {
        "Log": "log", "LogDisplayName": "log", "MaximumKilobytes": "maximum_kilobytes",
        "MinimumRetentionDays": "minimum_retention_days", "OverflowAction": "overflow_action",
        "EnableRaisingEvents": "enable_raising_events", "Entries": "entries", "MachineName": "machine_name",
    }
    ps_methods = {"ToString": "__str__"}
    minimum_retention_days = 0
    enable_raising_events = False
    machine_name = "."

    def __init__(self, log: str, entries_of, maximum_kilobytes: int):
        self.log = log
        self.entries_of = entries_of                # a function returning the entries (newest first)
        self.maximum_kilobytes = maximum_kilobytes

    @property
    def overflow_action(self):
        return OVERFLOW_ACTION.lookup("OverwriteAsNeeded")

    @property
    def entries(self) -> ArrayList:
        return ArrayList(reversed(list(self.entries_of())))

    def __str__(self):
        return "System.Diagnostics.EventLog (%s)" % self.log

    ps_to_string = __str__


register_type(EventLogEntry.ps_type_name, ("System.ComponentModel.Component",))
register_type(EventLog.ps_type_name, ("System.ComponentModel.Component",))
