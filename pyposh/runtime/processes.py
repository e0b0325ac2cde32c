"""System.Diagnostics.Process (what Get-Process returns) over psutil, and the children Start-Process starts.

Properties read as .NET reads them on Linux (ProcessManager.Linux.cs): the memory sizes come from
/proc/<pid>/status, PagedMemorySize64 is VmSwap, the non-paged pool is 0 and SessionId the session of
/proc/<pid>/stat; PowerShell's type data adds the short names (WS, PM, NPM, VM, SI, Handles, Name), Path,
CommandLine, CPU and Parent."""
from __future__ import annotations

import datetime
import os
import subprocess
import threading

import psutil

from pyposh.interpreter.api import (
    AUTOMATION_NULL, ENUMS, DotNetException, EnumType, PSInt64, convert_to, register_type, to_bool,
)

PRIORITY_CLASS = EnumType("System.Diagnostics.ProcessPriorityClass", [
    ("Normal", 32), ("Idle", 64), ("High", 128), ("RealTime", 256), ("BelowNormal", 16384), ("AboveNormal", 32768)])
ENUMS[PRIORITY_CLASS.full_name.lower()] = PRIORITY_CLASS

_UNREADABLE = (psutil.NoSuchProcess, psutil.AccessDenied)     # psutil.ZombieProcess is a NoSuchProcess
_STATUS_FIELDS = {"VmRSS": "working_set", "VmSwap": "paged_memory", "VmSize": "virtual_memory",
                  "VmData": "private_memory"}

# The children started here (pid -> Popen). One table for the Python process, since waitpid() is per process:
# a child's exit is collected when it is seen (as .NET reaps its children on SIGCHLD), so it leaves no zombie.
_CHILDREN: dict[int, subprocess.Popen] = {}
_CHILDREN_LOCK = threading.Lock()


def add_child(popen: subprocess.Popen) -> Process:
    """The Process object of a child just started (Start-Process)."""
    _reap_children()
    with _CHILDREN_LOCK:
        _CHILDREN[popen.pid] = popen
    return Process(psutil.Process(popen.pid), popen)


def _reap_children() -> None:
    with _CHILDREN_LOCK:
        for pid, popen in list(_CHILDREN.items()):
            if popen.poll() is not None:
                del _CHILDREN[pid]


def _child(pid: int) -> subprocess.Popen | None:
    with _CHILDREN_LOCK:
        popen = _CHILDREN.get(pid)
    return popen if popen is not None and popen.returncode is None else None


def all_processes() -> list[Process]:
    """Process.GetProcesses(): every process still there once its name is read."""
    _reap_children()
    found = []
    for proc in psutil.process_iter():
        try:
            found.append(Process(proc))
        except _UNREADABLE:
            pass
    return found


def process_by_id(pid: int) -> Process | None:
    """Process.GetProcessById(), or None when there is no such process."""
    _reap_children()
    try:
        return Process(psutil.Process(pid))
    except (*_UNREADABLE, ValueError, OverflowError):
        return None


def _seconds(value: float) -> datetime.timedelta:
    return datetime.timedelta(seconds=value)


class Process:
    """A process. Its name and memory sizes are read once (Refresh() reads the sizes again); CPU times, exit
    state and the rest are read when asked for."""

    __slots__ = ("id", "name", "_proc", "_popen", "_sizes")
    ps_type_name = "System.Diagnostics.Process"
    ps_properties = {
        "Name": "name", "SI": "session_id", "Handles": "handle_count", "VM": "virtual_memory", "WS": "working_set",
        "PM": "paged_memory", "NPM": "non_paged_memory", "Path": "path", "CommandLine": "command_line",
        "Parent": "parent", "CPU": "cpu", "BasePriority": "base_priority", "ExitCode": "exit_code",
        "HasExited": "has_exited", "StartTime": "start_time", "HandleCount": "handle_count", "Id": "id",
        "MachineName": "machine_name", "MainModule": "main_module", "NonpagedSystemMemorySize64": "non_paged_memory",
        "PagedMemorySize64": "paged_memory", "PriorityClass": "priority_class",
        "PrivateMemorySize64": "private_memory", "PrivilegedProcessorTime": "privileged_processor_time",
        "ProcessName": "name", "Responding": "responding", "SessionId": "session_id", "Threads": "threads",
        "TotalProcessorTime": "total_processor_time", "UserProcessorTime": "user_processor_time",
        "VirtualMemorySize64": "virtual_memory", "WorkingSet64": "working_set",
    }
    ps_methods = {"Kill": "kill", "WaitForExit": "wait_for_exit", "Refresh": "refresh", "ToString": "__str__"}
    machine_name = "."
    non_paged_memory = PSInt64(0)
    responding = True

    def __init__(self, proc: psutil.Process, popen: subprocess.Popen | None = None):
        self.id = proc.pid
        self.name = proc.name()
        self._proc = proc
        self._popen = popen or _child(proc.pid)
        self._sizes = None

    def __str__(self):
        return "System.Diagnostics.Process (%s)" % self.name

    ps_to_string = __str__

    def __repr__(self):
        return "<Process %d %s>" % (self.id, self.name)

    # -- memory, read once ------------------------------------------------------------------------------------
    def _size(self, field: str) -> PSInt64:
        if self._sizes is None:
            self._sizes = dict.fromkeys(_STATUS_FIELDS.values(), 0)
            try:
                with open("/proc/%d/status" % self.id, encoding="utf-8") as status:
                    for line in status:
                        key, _, value = line.partition(":")
                        if key in _STATUS_FIELDS:
                            self._sizes[_STATUS_FIELDS[key]] = int(value.split()[0]) * 1024
            except OSError:
                pass
        return PSInt64(self._sizes[field])

    working_set = property(lambda self: self._size("working_set"))
    paged_memory = property(lambda self: self._size("paged_memory"))
    virtual_memory = property(lambda self: self._size("virtual_memory"))
    private_memory = property(lambda self: self._size("private_memory"))

    def refresh(self):
        self._sizes = None
        return AUTOMATION_NULL

    # -- read when asked ----------------------------------------------------------------------------------------
    def _read(self, read, default=None):
        try:
            return read()
        except _UNREADABLE:
            return default

    @property
    def path(self) -> str | None:
        return self._read(self._proc.exe) or None

    @property
    def main_module(self) -> ProcessModule | None:
        path = self.path
        return ProcessModule(path) if path else None

    @property
    def command_line(self) -> str | None:
        return " ".join(self._read(self._proc.cmdline, [])) or None

    @property
    def parent(self) -> Process | None:
        parent = self._read(self._proc.parent)
        return self._read(lambda: Process(parent)) if parent is not None else None

    @property
    def start_time(self) -> datetime.datetime | None:
        created = self._read(self._proc.create_time)
        return None if created is None else datetime.datetime.fromtimestamp(created)

    def _cpu_times(self):
        return self._read(self._proc.cpu_times)

    @property
    def cpu(self) -> float | None:
        times = self._cpu_times()
        return None if times is None else times.user + times.system

    @property
    def total_processor_time(self):
        cpu = self.cpu
        return None if cpu is None else _seconds(cpu)

    @property
    def user_processor_time(self):
        times = self._cpu_times()
        return None if times is None else _seconds(times.user)

    @property
    def privileged_processor_time(self):
        times = self._cpu_times()
        return None if times is None else _seconds(times.system)

    @property
    def handle_count(self) -> int:
        return self._read(self._proc.num_fds, 0)

    def user_name(self) -> str | None:
        """Its owner's user name (Get-Process -IncludeUserName)."""
        return self._read(self._proc.username)

    @property
    def session_id(self) -> int:
        try:
            return os.getsid(self.id)
        except OSError:
            return 0

    @property
    def base_priority(self) -> int:
        return self._read(self._proc.nice, 0)

    @property
    def priority_class(self):
        nice = self._read(self._proc.nice)
        if nice is None:
            return None
        name = ("RealTime" if nice < -15 else "High" if nice < -10 else "AboveNormal" if nice < -5 else
                "Normal" if nice == 0 else "BelowNormal" if nice <= 10 else "Idle")     # Process.Unix.cs
        return PRIORITY_CLASS.lookup(name)

    @property
    def threads(self) -> list:
        return [ProcessThread(t) for t in self._read(self._proc.threads, [])]

    # -- exit -----------------------------------------------------------------------------------------------
    @property
    def has_exited(self) -> bool:
        if self._popen is not None:
            return self._popen.poll() is not None
        try:
            return not self._proc.is_running() or self._proc.status() == psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            return True

    @property
    def exit_code(self) -> int | None:
        """A child's exit status; 128 + the signal's number when a signal ended it, as .NET reports it."""
        code = self._popen.poll() if self._popen is not None else None
        return None if code is None else 128 - code if code < 0 else code

    def kill(self, entire_process_tree=False):
        """SIGKILL (and to its descendants first, with Kill($true)); nothing when it has exited already."""
        if self.has_exited:
            return AUTOMATION_NULL
        tree = self._read(lambda: self._proc.children(recursive=True), []) if to_bool(entire_process_tree) else []
        for proc in (*tree, self._proc):
            try:
                proc.kill()
            except psutil.NoSuchProcess:
                pass
            except psutil.AccessDenied:
                raise DotNetException("System.ComponentModel.Win32Exception", "Operation not permitted") from None
        return AUTOMATION_NULL

    def wait_for_exit(self, milliseconds=None):
        """WaitForExit() waits as long as it takes; WaitForExit(ms) says whether it exited in time."""
        timeout = None if milliseconds is None else convert_to(milliseconds, "int")
        seconds = None if timeout is None or timeout < 0 else timeout / 1000
        try:
            if self._popen is not None:
                self._popen.wait(seconds)
            else:
                self._proc.wait(seconds)
        except (subprocess.TimeoutExpired, psutil.TimeoutExpired):
            return False
        except psutil.NoSuchProcess:
            pass
        return AUTOMATION_NULL if milliseconds is None else True


class ProcessModule:
    """A process's main module: its executable."""

    __slots__ = ("file_name",)
    ps_type_name = "System.Diagnostics.ProcessModule"
    ps_properties = {"ModuleName": "module_name", "FileName": "file_name"}
    ps_methods = {"ToString": "__str__"}

    def __init__(self, file_name: str):
        self.file_name = file_name

    @property
    def module_name(self) -> str:
        return os.path.basename(self.file_name)

    def __str__(self):
        return "System.Diagnostics.ProcessModule (%s)" % self.module_name

    ps_to_string = __str__


class ProcessThread:
    """One thread of a process, with its processor times."""

    __slots__ = ("id", "user_processor_time", "privileged_processor_time")
    ps_type_name = "System.Diagnostics.ProcessThread"
    ps_properties = {"Id": "id", "TotalProcessorTime": "total_processor_time",
                     "UserProcessorTime": "user_processor_time", "PrivilegedProcessorTime": "privileged_processor_time"}
    ps_methods = {"ToString": "__str__"}

    def __init__(self, thread):
        self.id = thread.id
        self.user_processor_time = _seconds(thread.user_time)
        self.privileged_processor_time = _seconds(thread.system_time)

    @property
    def total_processor_time(self) -> datetime.timedelta:
        return self.user_processor_time + self.privileged_processor_time

    def __str__(self):
        return "System.Diagnostics.ProcessThread"

    ps_to_string = __str__


for _cls in (Process, ProcessModule, ProcessThread):
    register_type(_cls.ps_type_name, ("System.ComponentModel.Component",))
