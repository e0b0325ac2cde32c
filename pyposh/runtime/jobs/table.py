"""Jobs and a job table: Job objects with their stream buffers and state machine, and the table of one
runspace's jobs (Get-Job sees the jobs of its own session, as in pwsh)."""
from __future__ import annotations

import datetime
import threading
import uuid

from pyposh.interpreter.api import ArrayList, register_type

FINISHED = frozenset(("Completed", "Failed", "Stopped"))
STREAMS = ("Output", "Error", "Warning", "Verbose", "Debug", "Information", "Progress")
# The order Receive-Job writes a job's streams in (ReceiveJobCommand.WriteJobResults).
RECEIVE_ORDER = ("Output", "Error", "Verbose", "Debug", "Warning", "Progress", "Information")

# Any job's state changed: Wait-Job waits on this one condition for any number of jobs.
STATE_CHANGED = threading.Condition()


class StreamBuffer:
    """One stream of a job: records appended by the job's thread, each taken once by Receive-Job (or kept)."""

    __slots__ = ("items", "_cond")

    def __init__(self, cond: threading.Condition):
        self.items = []
        self._cond = cond

    def append(self, item):
        with self._cond:
            self.items.append(item)
            self._cond.notify_all()

    def take(self, keep: bool = False) -> list:
        with self._cond:
            items = self.items
            if keep:
                return list(items)
            self.items = []
            return items

    def __len__(self):
        return len(self.items)

    def snapshot(self) -> ArrayList:
        with self._cond:
            return ArrayList(self.items)


class JobStateInfo:
    """`$job.JobStateInfo`: the state and, for a failed job, the terminating error (Reason)."""

    __slots__ = ("state", "reason")
    ps_type_name = "System.Management.Automation.JobStateInfo"
    ps_properties = {"State": "state", "Reason": "reason"}
    ps_methods = {"ToString": "__str__"}

    def __init__(self, state: str, reason=None):
        self.state = state
        self.reason = reason

    def __str__(self):
        return self.state

    ps_to_string = __str__


def _now():
    return datetime.datetime.now()


class Job:
    """A job as Get-Job shows it. A parent delegates the work and the streams to its child jobs: one for a
    background or thread job, one per computer for a remote job."""

    ps_type_name = "System.Management.Automation.PSRemotingJob"
    ps_properties = {
        "Id": "id", "Name": "name", "InstanceId": "instance_id", "PSJobTypeName": "job_type", "State": "state",
        "HasMoreData": "has_more_data", "Location": "location", "Command": "command",
        "JobStateInfo": "state_info", "PSBeginTime": "begin_time", "PSEndTime": "end_time",
        "ChildJobs": "child_jobs", "StatusMessage": "status_message",
        "Output": "output", "Error": "error", "Warning": "warning", "Verbose": "verbose", "Debug": "debug",
        "Information": "information", "Progress": "progress",
    }
    ps_methods = {"ToString": "__str__", "StopJob": "stop"}

    def __init__(self, job_id: int, name: str, command: str, job_type: str, children=()):
        self.id = job_id
        self.name = name
        self.instance_id = uuid.uuid4()
        self.command = command
        self.job_type = job_type
        self.location = "localhost"
        self.status_message = ""
        self.state_info = JobStateInfo("NotStarted")
        self.begin_time = None
        self.end_time = None
        self.children = list(children)
        self.cond = threading.Condition()
        self.finished = threading.Event()
        self.parent = None
        for child in self.children:
            child.parent = self
        if job_type == "ThreadJob":
            self.ps_type_name = "ThreadJob.ThreadJob"
            self.location = "PowerShell"

    def __str__(self):
        return "ThreadJob.ThreadJob" if self.job_type == "ThreadJob" else "System.Management.Automation.PSRemotingJob"

    ps_to_string = __str__

    def __repr__(self):
        return "<Job %d %s %s>" % (self.id, self.name, self.state)

    # -- state --------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.state_info.state

    @property
    def is_finished(self) -> bool:
        return self.state_info.state in FINISHED

    def set_state(self, state: str, reason=None):
        with self.cond:
            if self.state_info.state in FINISHED:
                return
            self.state_info = JobStateInfo(state, reason)
            if state == "Running" and self.begin_time is None:
                self.begin_time = _now()
            if state in FINISHED:
                self.end_time = _now()
            self.cond.notify_all()
        if state in FINISHED:
            self.finished.set()
        if self.parent is not None:
            self.parent.child_changed(state, reason)
        with STATE_CHANGED:
            STATE_CHANGED.notify_all()

    def child_changed(self, state: str, reason=None):
        """A child job's state changed: the parent runs while any child runs, and when all are done it failed if
        one failed, else it was stopped if one was, else it completed (PSRemotingJob's aggregate state)."""
        states = [child.state for child in self.children]
        if not all(s in FINISHED for s in states):
            if state in ("Running", "Stopping") and self.state != state:
                self.set_state(state)
            return
        if "Failed" in states:
            failed = next(c for c in self.children if c.state == "Failed")
            self.set_state("Failed", failed.state_info.reason)
        elif "Stopped" in states:
            self.set_state("Stopped")
        else:
            self.set_state("Completed")

    # -- streams ------------------------------------------------------------------------------------
    @property
    def child_jobs(self) -> ArrayList:
        return ArrayList(self.children)

    @property
    def has_more_data(self) -> bool:
        if self.children:
            return any(child.has_more_data for child in self.children)
        return any(len(self.buffers[name]) for name in STREAMS)

    def stream(self, name: str) -> StreamBuffer:
        return (self.children[0] if self.children else self).buffers[name]

    def snapshot(self, name: str) -> ArrayList:
        if not self.children:
            return self.buffers[name].snapshot()
        return ArrayList(item for child in self.children for item in child.buffers[name].snapshot())

    output = property(lambda self: self.snapshot("Output"))
    error = property(lambda self: self.snapshot("Error"))
    warning = property(lambda self: self.snapshot("Warning"))
    verbose = property(lambda self: self.snapshot("Verbose"))
    debug = property(lambda self: self.snapshot("Debug"))
    information = property(lambda self: self.snapshot("Information"))
    progress = property(lambda self: self.snapshot("Progress"))

    def take(self, keep: bool = False) -> list:
        """[(stream name, records)] in Receive-Job's order, child by child; without `keep` each record is given
        once."""
        return [(name, job.buffers[name].take(keep)) for job in (self.children or [self]) for name in RECEIVE_ORDER]

    def wait_for_data(self, timeout: float):
        """Block until something is written or a state changes (or `timeout` passes)."""
        targets = self.children or [self]
        target = next((t for t in targets if not t.is_finished), targets[0])
        with target.cond:
            if not target.is_finished and not any(len(t.buffers[n]) for t in targets for n in STREAMS):
                target.cond.wait(timeout)

    def stop(self):
        for child in (self.children or [self]):
            child.request_stop()


class ChildJob(Job):
    """The job that does the work: its own Runspace on its own thread, and the stream buffers."""

    ps_type_name = "System.Management.Automation.PSRemotingChildJob"

    def __init__(self, job_id: int, command: str, job_type: str, spec):
        super().__init__(job_id, "Job%d" % job_id, command, job_type)
        if job_type == "ThreadJob":
            self.ps_type_name = "ThreadJob.ThreadChildJob"
        self.buffers = {name: StreamBuffer(self.cond) for name in STREAMS}
        self.spec = spec
        self.runspace = None
        self.stop_requested = False
        self.thread = None

    @property
    def has_more_data(self) -> bool:
        """A BackgroundJob's or RemoteJob's results stay open while it runs (PSRemotingChildJob.HasMoreData:
        `Results.IsOpen || Results.Count > 0`); a ThreadJob counts records."""
        if self.job_type != "ThreadJob" and not self.is_finished:
            return True
        return any(len(self.buffers[name]) for name in STREAMS)

    def attach(self, runspace):
        """The job's thread made its Runspace: from now on a stop request stops that runspace."""
        with self.cond:
            self.runspace = runspace
            stop = self.stop_requested
        if stop:
            runspace.stop()

    def request_stop(self):
        with self.cond:
            if self.is_finished:
                return
            self.stop_requested = True
            runspace = self.runspace
            started = self.thread is not None
        if not started:
            self.set_state("Stopped")
            return
        self.set_state_stopping()
        if runspace is not None:
            runspace.stop()

    def set_state_stopping(self):
        with self.cond:
            if self.is_finished:
                return
            self.state_info = JobStateInfo("Stopping")
        parent = self.parent
        if parent is not None and all(c.is_finished or c.state == "Stopping" for c in parent.children):
            with parent.cond:
                if not parent.is_finished:
                    parent.state_info = JobStateInfo("Stopping")


# [System.Management.Automation.Job], the base of every job type: what `-is` tests and a Job[] parameter takes
JOB_TYPE = "System.Management.Automation.Job"
register_type(JOB_TYPE, instance_check=lambda value: isinstance(value, Job))
register_type("System.Management.Automation.Job2", (JOB_TYPE,),
              instance_check=lambda value: isinstance(value, Job) and not isinstance(value, ChildJob))
for _name in ("System.Management.Automation.PSRemotingJob", "ThreadJob.ThreadJob"):
    register_type(_name, ("System.Management.Automation.Job2", JOB_TYPE))
for _name in ("System.Management.Automation.PSRemotingChildJob", "ThreadJob.ThreadChildJob"):
    register_type(_name, (JOB_TYPE,))


class JobTable:
    """The jobs of one runspace: ids from 1, one for each job and one for each of its child jobs."""

    def __init__(self):
        self._lock = threading.Lock()
        self._jobs: dict[int, Job] = {}
        self._next_id = 1

    def new_id(self, children: int = 1) -> int:
        """The id of a new job; its `children` child jobs take the ids after it."""
        with self._lock:
            job_id = self._next_id
            self._next_id += 1 + children
            return job_id

    def add(self, job: Job):
        with self._lock:
            self._jobs[job.id] = job

    def remove(self, job: Job):
        with self._lock:
            self._jobs.pop(job.id, None)

    def jobs(self) -> list:
        with self._lock:
            return list(self._jobs.values())

    def stop_all(self):
        """The session ends: stop every running job (their threads are daemons: nobody waits for them) and
        forget them all."""
        with self._lock:
            jobs = list(self._jobs.values())
            self._jobs.clear()
        for job in jobs:
            job.stop()
