"""Running a job: its spec, the host that fills its stream buffers, its thread and Runspace, the ThreadJob throttle."""
from __future__ import annotations

import collections
import dataclasses
import threading

from pyposh.interpreter.api import (
    ErrorRecord, ExitSignal, FlowControl, PipelineStopped, PyposhError, ScriptBlock, call_depth_error, new_exception,
)
from pyposh.runtime.host import host_ui
from pyposh.runtime.jobs.table import ChildJob, Job, JobTable

JOB_STACK_SIZE = 64 * 1024 * 1024      # a job thread's stack: deep calls move on to fresh stacks (deep_calls.py)
_stack_lock = threading.Lock()
CALL_DEPTH = "System.Management.Automation.ScriptCallDepthException"


@dataclasses.dataclass
class JobSpec:
    """What a job runs: a script block's body (parsed, and compiled once, in the caller), its arguments,
    `$input`, `$using:` values, and the factory of the runspace it runs in."""
    body: object                        # ScriptBody
    text: str
    location: str
    script_path: str | None = None
    args: tuple = ()
    input: list | None = None
    using: dict = dataclasses.field(default_factory=dict)
    init: object = None                 # -InitializationScript's ScriptBody
    new_runspace: object = None         # new_runspace(host, location): the job's own Runspace
    console: object = None              # where the job's [Console]::Write text goes: the caller's console


class JobHost:
    """A job Runspace's host: everything it would display goes into the job's stream buffers instead."""

    width = 120
    height = 0

    def __init__(self, child: ChildJob, console=None):
        self.buffers = child.buffers
        self.console = console      # [Console]::Write text goes to the caller's console (None: dropped)
        self.fatal = None           # a call-depth overflow: the job fails with it even where it was caught

    def write_object(self, value):
        self.buffers["Output"].append(value)

    def flush(self):
        pass

    def write_error(self, record):
        exception = getattr(record, "exception", None)
        if getattr(exception, "exception_type", "") == CALL_DEPTH and self.fatal is None:
            self.fatal = record
        self.buffers["Error"].append(record)

    def write_native_error(self, line):
        exception = new_exception("System.Management.Automation.RemoteException", line)
        self.buffers["Error"].append(ErrorRecord(exception, "NativeCommandError", "NotSpecified", line, None))

    def write_informational(self, record):
        self.buffers[record.kind].append(record)

    def write_information(self, record):
        self.buffers["Information"].append(record)

    def write_progress(self, record):
        self.buffers["Progress"].append(record)

    def write_console(self, text):
        if self.console is not None:
            self.console(text)

    def ui(self):
        return host_ui(self.width, self.height)


# ---- starting ----------------------------------------------------------------------------------------

def new_job(table: JobTable, spec: JobSpec, name: str | None, job_type: str) -> Job:
    job_id = table.new_id()
    child = ChildJob(job_id + 1, spec.text, job_type, spec)
    job = Job(job_id, name or "Job%d" % job_id, spec.text, job_type, [child])
    table.add(job)
    return job


def start_job(table: JobTable, spec: JobSpec, name: str | None = None) -> Job:
    """Start-Job: a BackgroundJob, running at once on its own thread."""
    job = new_job(table, spec, name, "BackgroundJob")
    _start_thread(job.children[0], _run_child)
    return job


def _start_thread(child: ChildJob, target):
    with _stack_lock:
        old = threading.stack_size(JOB_STACK_SIZE)
        try:
            thread = threading.Thread(target=target, args=(child,), name="pyposh-job-%d" % child.id, daemon=True)
            with child.cond:
                if child.stop_requested:
                    return
                child.thread = thread
            thread.start()
        finally:
            threading.stack_size(old)


class Throttle:
    """Start-ThreadJob's throttle: at most `limit` thread jobs run at once (process-wide); the rest wait in
    NotStarted, in the order they were started."""

    def __init__(self, limit: int = 5):
        self.limit = limit
        self.running = 0
        self.queue = collections.deque()
        self._lock = threading.Lock()

    def submit(self, child: ChildJob, limit: int | None = None):
        with self._lock:
            if limit is not None:
                self.limit = max(1, limit)
            if self.running >= self.limit:
                self.queue.append(child)
                return
            self.running += 1
        _start_thread(child, _run_throttled)

    def done(self):
        while True:
            with self._lock:
                if not self.queue or self.running > self.limit:
                    self.running -= 1
                    return
                child = self.queue.popleft()
            if child.is_finished:          # stopped while it waited
                continue
            _start_thread(child, _run_throttled)
            return

    def clear(self):
        with self._lock:
            self.queue.clear()


THROTTLE = Throttle()


def start_thread_job(table: JobTable, spec: JobSpec, name: str | None = None,
                     throttle_limit: int | None = None) -> Job:
    job = new_job(table, spec, name, "ThreadJob")
    THROTTLE.submit(job.children[0], throttle_limit)
    return job


def _run_throttled(child: ChildJob):
    try:
        _run_child(child)
    finally:
        THROTTLE.done()


# ---- the job's thread ----------------------------------------------------------------------------------

def _run_child(child: ChildJob):
    spec = child.spec
    child.set_state("Running")
    state, reason = "Completed", None
    host = JobHost(child, spec.console)
    try:
        runspace = spec.new_runspace(host, spec.location)
        runspace.using_values = spec.using
        child.attach(runspace)
        _run_script(runspace, child, spec)
    except PipelineStopped:
        state = "Stopped"
    except ExitSignal:
        pass
    except FlowControl:
        pass
    except PyposhError as error:
        if child.stop_requested:
            state = "Stopped"
        else:
            record = ErrorRecord.from_error(error)
            child.buffers["Error"].append(record)
            state, reason = "Failed", record.exception
    except RecursionError:
        record = ErrorRecord.from_error(call_depth_error(None))
        child.buffers["Error"].append(record)
        state, reason = "Failed", record.exception
    except Exception as error:      # an engine fault must still end the job, never hang its waiters
        reason = new_exception("System.Exception", "%s: %s" % (type(error).__name__, error))
        state = "Failed"
    if child.stop_requested and state == "Completed":
        state = "Stopped"
    elif state == "Completed" and host.fatal is not None:
        state, reason = "Failed", host.fatal.exception
    spec.input = spec.using = None
    child.set_state(state, reason)


def _run_script(runspace, child: ChildJob, spec: JobSpec):
    init = ScriptBlock(spec.init, runspace) if spec.init is not None else None
    sb = ScriptBlock(spec.body, runspace, spec.script_path, text=spec.text)
    try:
        runspace.run_script_block(sb, spec.args, spec.input, child.buffers["Output"].append, init)
    finally:
        runspace.services.close()       # jobs the job started end with it
