"""The logs Get-EventLog knows by name: `System` (system_log.py) and `Windows PowerShell`, also `PowerShell`
(engine_log.py), as EventLogEntry objects newest first, and the EventLog objects of `-List`."""
from __future__ import annotations

from pyposh.runtime.eventlog import engine_log, system_log
from pyposh.runtime.eventlog.entries import EventLog, EventLogEntry

SYSTEM = "System"
ENGINE = engine_log.LOG_NAMES[0]


def _engine_entries():
    for index, when, event_id, entry_type, message, user in engine_log.records():
        number, category = engine_log.CATEGORIES.get(event_id, (0, "(0)"))
        yield EventLogEntry(index, when, entry_type, engine_log.SOURCE, event_id, message, category, number, user)


_LOGS = {SYSTEM.lower(): system_log.entries, **{name.lower(): _engine_entries for name in engine_log.LOG_NAMES}}


def find(name: str):
    """A function returning the log's entries (newest first), or None when there is no such log."""
    return _LOGS.get(name.strip().lower())


def all_logs() -> list:
    """-List: each log once (`PowerShell` is another name of `Windows PowerShell`)."""
    return [EventLog(SYSTEM, system_log.entries, 0),
            EventLog(ENGINE, _engine_entries, engine_log.MAX_BYTES // 1024)]
