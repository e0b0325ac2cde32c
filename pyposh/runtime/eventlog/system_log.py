"""`System`: the machine's own log, newest first and read as it is asked for. The system journal when it has
entries (`journalctl --system -o json -r`), else a syslog file (/var/log/syslog or /var/log/messages, read
backwards), else the kernel's ring buffer (/dev/kmsg, or `dmesg --raw`): containers often have neither journal
nor syslog. Syslog priorities map to entry types (0-3 Error, 4 Warning, 5-7 Information); the source is the
syslog identifier (or the unit, or the program)."""
from __future__ import annotations

import datetime
import errno
import json
import os
import re
import shutil
import subprocess
import time

from pyposh.runtime.eventlog.entries import EventLogEntry

JOURNALCTL = "journalctl"
SYSLOG_FILES = ("/var/log/syslog", "/var/log/messages")
KMSG = "/dev/kmsg"
BLOCK = 65536


def entry_type(priority) -> str:
    try:
        level = int(priority) & 7
    except (TypeError, ValueError):
        return "Information"
    return "Error" if level <= 3 else ("Warning" if level == 4 else "Information")


def entries():
    """The System log's entries, newest first, from the first source that has any."""
    for source in (_journal, _syslog, _kernel):
        produced = source()
        if produced is None:
            continue
        first = next(produced, None)
        if first is None:
            continue
        yield first
        yield from produced
        return


# ---- the journal ------------------------------------------------------------------------------------------

def _journal():
    program = shutil.which(JOURNALCTL)
    if program is None:
        return None
    return _journal_entries(program)


_SEQNUM = re.compile(r";i=([0-9a-f]+)")


def _journal_entries(program):
    process = subprocess.Popen([program, "--system", "-o", "json", "-r", "--no-pager", "-q"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL)
    try:
        for line in process.stdout:
            try:
                data = json.loads(line)
            except ValueError:
                continue
            yield _journal_entry(data)
    finally:
        if process.poll() is None:      # the reader stopped early (-Newest): the rest is never read
            process.kill()
        process.stdout.close()
        process.wait()


def _journal_entry(data: dict) -> EventLogEntry:
    micros = int(data.get("__REALTIME_TIMESTAMP", 0) or 0)
    when = datetime.datetime.fromtimestamp(micros / 1e6)
    cursor = _SEQNUM.search(data.get("__CURSOR", "") or "")
    index = int(data["__SEQNUM"]) if "__SEQNUM" in data else (int(cursor.group(1), 16) if cursor else 0)
    source = data.get("SYSLOG_IDENTIFIER") or data.get("_SYSTEMD_UNIT") or data.get("_COMM") or "journal"
    return EventLogEntry(index, when, entry_type(data.get("PRIORITY", 6)), str(source), 0, _text(data.get("MESSAGE")),
                         user_name=data.get("_UID"))


def _text(message) -> str:
    if isinstance(message, list):       # journalctl writes a message that is not UTF-8 as its bytes
        return bytes(b & 0xFF for b in message if isinstance(b, int)).decode("utf-8", "replace")
    return "" if message is None else str(message)


# ---- syslog files -----------------------------------------------------------------------------------------

def _syslog():
    for path in SYSLOG_FILES:
        try:
            if os.path.getsize(path) > 0 and os.access(path, os.R_OK):
                return _syslog_entries(path)
        except OSError:
            continue
    return None


_RFC3339 = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)\s+(\S+)\s+(.*)$")
_BSD = re.compile(r"^([A-Z][a-z]{2}\s+\d{1,2}\s+\d\d:\d\d:\d\d)\s+(\S+)\s+(.*)$")
_TAG = re.compile(r"^([^:\[\s]+)(?:\[\d+\])?:\s?(.*)$")


def _syslog_entries(path: str):
    with open(path, "rb") as f:
        total = sum(block.count(b"\n") for block in iter(lambda: f.read(BLOCK), b""))
    index = total
    for line in _lines_backwards(path):
        entry = _syslog_entry(line.decode("utf-8", "replace"), index)
        index -= 1
        if entry is not None:
            yield entry


def _lines_backwards(path: str):
    """The file's lines, last first, read in blocks from the end."""
    with open(path, "rb") as f:
        f.seek(0, os.SEEK_END)
        position = f.tell()
        tail = b""
        while position > 0:
            size = min(BLOCK, position)
            position -= size
            f.seek(position)
            block = f.read(size) + tail
            lines = block.split(b"\n")
            tail = lines[0]
            for line in reversed(lines[1:]):
                if line:
                    yield line
        if tail:
            yield tail


def _syslog_entry(line: str, index: int):
    match = _RFC3339.match(line)
    if match is not None:
        try:
            when = datetime.datetime.fromisoformat(match.group(1).replace("Z", "+00:00"))
            when = when.astimezone().replace(tzinfo=None) if when.tzinfo is not None else when
        except ValueError:
            return None
    else:
        match = _BSD.match(line)
        if match is None:
            return None
        now = datetime.datetime.now()
        try:
            when = datetime.datetime.strptime("%d %s" % (now.year, match.group(1)), "%Y %b %d %H:%M:%S")
        except ValueError:
            return None
        if when > now + datetime.timedelta(days=1):       # written last year
            when = when.replace(year=now.year - 1)
    tag = _TAG.match(match.group(3))
    source, message = (tag.group(1), tag.group(2)) if tag else ("syslog", match.group(3))
    return EventLogEntry(index, when, "Information", source, 0, message, machine_name=match.group(2))


# ---- the kernel log ---------------------------------------------------------------------------------------

def _kernel():
    records = _kmsg_records()
    if records is None:
        records = _dmesg_records()
    if not records:
        return None
    boot = _boot_time()
    return (_kernel_entry(record, boot) for record in reversed(records))


def _kmsg_records():
    """(priority, sequence, microseconds since boot, text) for each record in the kernel's ring buffer (bounded)."""
    try:
        fd = os.open(KMSG, os.O_RDONLY | os.O_NONBLOCK)
    except OSError:
        return None
    records = []
    try:
        while True:
            try:
                data = os.read(fd, 8192)
            except OSError as error:
                if error.errno == errno.EPIPE:     # a record was overwritten while reading: go on
                    continue
                break                               # EAGAIN: all read
            if not data:
                break
            head, _, text = data.decode("utf-8", "replace").partition(";")
            fields = head.split(",")
            if len(fields) >= 3:
                records.append((int(fields[0]), int(fields[1]), int(fields[2]), text.split("\n", 1)[0]))
    finally:
        os.close(fd)
    return records


_DMESG = re.compile(r"^<(\d+)>\[\s*(\d+)\.(\d+)\]\s?(.*)$")


def _dmesg_records():
    program = shutil.which("dmesg")
    if program is None:
        return None
    try:
        done = subprocess.run([program, "--raw"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    records = []
    for number, line in enumerate(done.stdout.splitlines()):
        match = _DMESG.match(line)
        if match:
            micros = int(match.group(2)) * 1_000_000 + int(match.group(3).ljust(6, "0")[:6])
            records.append((int(match.group(1)), number, micros, match.group(4)))
    return records


def _boot_time() -> float:
    try:
        with open("/proc/stat", encoding="ascii") as f:
            for line in f:
                if line.startswith("btime "):
                    return float(line.split()[1])
    except OSError:
        pass
    with open("/proc/uptime", encoding="ascii") as f:
        return time.time() - float(f.read().split()[0])


def _kernel_entry(record, boot: float) -> EventLogEntry:
    priority, sequence, micros, text = record
    when = datetime.datetime.fromtimestamp(boot + micros / 1e6)
    return EventLogEntry(sequence + 1, when, entry_type(priority), "kernel", 0, text)
