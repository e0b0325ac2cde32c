"""`Windows PowerShell` (also `PowerShell`): the log pyposh's engine writes, as pwsh's engine writes its own.

Events and texts follow pwsh's logging (MshLog.cs, LocalConnection.cs, EtwLoggingStrings.resx): an engine's
state changes (`Engine state changed from None to Available.`, then `... from Available to Stopped.`) and its
providers starting (`Provider FileSystem changed state to Started.`), which pwsh logs unless
`$LogEngineLifecycleEvent` / `$LogProviderLifecycleEvent` are false, and commands failing
(`Error Message = ...`), which it logs when `$LogCommandHealthEvent` is true. Ids and categories are those of
the classic Windows PowerShell log: 400/403 Engine Lifecycle, 600 Provider Lifecycle, 200 Command Health.

The log is a file of JSON lines in `$env:PYPOSH_EVENTLOG_DIR`, else `$XDG_STATE_HOME/pyposh/eventlog`
(`~/.local/state/pyposh/eventlog`). A line is what happened (an engine started, with which providers; one
stopped; a command failed) and the reader expands it into the events pwsh writes. Lines are written by the
log's own thread in batches, one O_APPEND write each, so that concurrent engines never mix their lines and a
runspace starting (a thread job's) costs a queue append. Past MAX_BYTES the file moves aside (one older file
kept) and the new file starts with the index the next event takes."""
from __future__ import annotations

import atexit
import collections
import datetime
import functools
import getpass
import json
import os
import threading
import time

from pyposh.interpreter.api import PS_VERSION

LOG_NAMES = ("Windows PowerShell", "PowerShell")
FILE_NAME = "Windows PowerShell.jsonl"
MAX_BYTES = 1024 * 1024
BATCH_SECONDS = 0.2
SOURCE = "PowerShell"
PROVIDERS = ("Alias", "Environment", "FileSystem", "Function", "Variable")
DIRECTORY_VARIABLE = "PYPOSH_EVENTLOG_DIR"
CATEGORIES = {200: (2, "Command Health"), 400: (4, "Engine Lifecycle"), 403: (4, "Engine Lifecycle"),
              600: (6, "Provider Lifecycle")}


def log_directory() -> str:
    configured = os.environ.get(DIRECTORY_VARIABLE)
    if configured:
        return configured
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return os.path.join(state, "pyposh", "eventlog")


def log_path() -> str:
    return os.path.join(log_directory(), FILE_NAME)


# ---- writing ----------------------------------------------------------------------------------------------

def engine_started(runspace_id, providers: bool = True) -> None:
    _queue({"event": "started", "runspace": str(runspace_id), "providers": providers})


def engine_stopped(runspace_id) -> None:
    _queue({"event": "stopped", "runspace": str(runspace_id)})


def command_failed(runspace_id, record) -> None:
    """A command ended with a terminating error (command health)."""
    exception = record.exception
    _queue({"event": "failed", "runspace": str(runspace_id),
            "exception": exception.exception_type.rsplit(".", 1)[-1], "category": str(record.category),
            "error_id": record.error_id, "message": exception.message,
            "command": record.invocation.command_name if record.invocation is not None else ""})


def _queue(line: dict) -> None:
    line["time"] = time.time()
    _pending.append((log_path(), line))
    global _writer
    if _writer is None:
        with _lock:
            if _writer is None:
                _writer = threading.Thread(target=_write_forever, name="pyposh-eventlog", daemon=True)
                _writer.start()
    if not _wake.is_set():
        _wake.set()


def flush() -> None:
    """Write every queued line now. A log that cannot be written (a full disk, no permission) loses them: it
    must not stop a script."""
    with _lock:
        batch = []
        while _pending:
            batch.append(_pending.popleft())
        if not batch:
            return
        user = _user()
        files = {}
        for path, line in batch:
            files.setdefault(path, []).append(json.dumps({**line, "user": user}) + "\n")
        for path, lines in files.items():
            _append(path, "".join(lines))


def _append(path: str, text: str) -> None:
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        _rotate_if_full(path)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, text.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        pass


def _write_forever():
    while True:
        _wake.wait()
        time.sleep(BATCH_SECONDS)       # what else happens meanwhile goes in the same write
        _wake.clear()
        flush()


_pending = collections.deque()
_lock = threading.Lock()
_wake = threading.Event()
_writer = None
atexit.register(flush)


def _rotate_if_full(path: str) -> None:
    try:
        if os.path.getsize(path) < MAX_BYTES:
            return
    except OSError:
        return
    base, lines = _read(path)
    next_index = base + sum(len(_events(line)) for line in lines)
    os.replace(path, path + ".1")
    with open(path, "a", encoding="utf-8") as f:
        f.write(json.dumps({"base": next_index}) + "\n")


@functools.cache
def _user() -> str | None:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return None


# ---- reading ----------------------------------------------------------------------------------------------

def records():
    """The log's events as (index, time, event id, entry type, message, user), newest first: the current file,
    then the one moved aside. A file is at most MAX_BYTES, so each is read whole."""
    flush()
    path = log_path()
    for name in (path, path + ".1"):
        try:
            base, lines = _read(name)
        except OSError:
            continue
        events = []
        for line in lines:
            events.extend(_events(line))
        for number in range(len(events) - 1, -1, -1):
            yield (base + number + 1,) + events[number]


def _read(path: str) -> tuple[int, list]:
    with open(path, encoding="utf-8", errors="replace") as f:
        lines = f.readlines()
    base = 0
    if lines and lines[0].startswith('{"base"'):
        base = json.loads(lines[0])["base"]
        lines = lines[1:]
    return base, lines


def _events(line: str) -> list:
    """The events one line stands for: (time, event id, entry type, message, user) each."""
    try:
        data = json.loads(line)
        when = datetime.datetime.fromtimestamp(float(data["time"]))
        kind, runspace, user = data["event"], data.get("runspace", ""), data.get("user") or None
    except (ValueError, KeyError, TypeError):
        return []                               # a torn line (a crash mid-write) holds no events
    context = [("HostName", "ConsoleHost"), ("HostVersion", PS_VERSION), ("EngineVersion", PS_VERSION),
               ("RunspaceId", runspace)]
    if kind == "started":
        events = [(400, "Information", "Engine state changed from None to Available." + _details(
            [("NewEngineState", "Available"), ("PreviousEngineState", "None")] + context))]
        if data.get("providers"):
            events += [(600, "Information", "Provider %s changed state to Started." % provider + _details(
                [("ProviderName", provider), ("NewProviderState", "Started")] + context))
                for provider in PROVIDERS]
    elif kind == "stopped":
        events = [(403, "Information", "Engine state changed from Available to Stopped." + _details(
            [("NewEngineState", "Stopped"), ("PreviousEngineState", "Available")] + context))]
    elif kind == "failed":
        message = data.get("message", "")
        events = [(200, "Error", "Error Message = %s" % message + _details(
            [("ExceptionClass", data.get("exception", "")), ("ErrorCategory", data.get("category", "")),
             ("ErrorId", data.get("error_id", "")), ("ErrorMessage", message),
             ("CommandName", data.get("command", ""))] + context))]
    else:
        return []
    return [(when, event_id, entry_type, message, user) for event_id, entry_type, message in events]


def _details(pairs) -> str:
    return "\n\nDetails:\n" + "".join("\t%s=%s\n" % pair for pair in pairs)
