"""A Runspace with runtime's parts: the built-in cmdlets, the providers' per-session state (drives, the
location history and stack), the job manager, the PSSessions, Get-Random's generator, and a host.

RuntimeSession implements interpreter/services.py's RuntimeServices for one runspace; `new_runspace` is how
the command line, the embedding API and every job make a runspace."""
from __future__ import annotations

import random
import threading
import uuid

from pyposh.interpreter.api import Runspace, to_bool
from pyposh.runtime.cmdlets import BUILTINS
from pyposh.runtime.eventlog import engine_log
from pyposh.runtime.host import CapturingHost, render_for_file


class RuntimeSession:
    """One runspace's runtime state and the services the engine calls."""

    builtins = BUILTINS

    def __init__(self, runspace):
        self.runspace = runspace
        self.location_history = {"back": [], "forward": []}    # Set-Location's `-` and `+`
        self.location_stack = []                                  # Push-Location / Pop-Location
        self.random = random.Random()                              # Get-Random's (-SetSeed reseeds it)
        self._drives = None
        self._jobs = None
        self._remote_sessions = None
        self.entered = None                 # the PSSession Enter-PSSession made the prompt's (the REPL reads it)
        self._lock = threading.Lock()       # two threads asking first must get one drive table, one job table
        self.instance_id = uuid.uuid4()
        self._closed = False
        engine_log.engine_started(self.instance_id)       # the `Windows PowerShell` log

    @property
    def drives(self):
        """The drives this runspace sees (a DriveTable, built on first use)."""
        if self._drives is None:
            # start-up: the providers load with the first path a script resolves
            from pyposh.runtime.paths.drives import DriveTable
            with self._lock:
                if self._drives is None:
                    self._drives = DriveTable(self.runspace)
        return self._drives

    @property
    def jobs(self):
        """This runspace's JobManager (made when a script first starts or lists a job)."""
        if self._jobs is None:
            # start-up: the job manager loads when a script first uses jobs
            from pyposh.runtime.jobs.manager import JobManager
            with self._lock:
                if self._jobs is None:
                    environment = self.runspace.environment      # jobs share their parent's environment
                    self._jobs = JobManager(lambda host, location: new_runspace(host, location,
                                                                                environment=environment))
        return self._jobs

    @property
    def remote_sessions(self):
        """This runspace's PSSessions (a SessionTable, made when a script first opens one)."""
        if self._remote_sessions is None:
            # start-up: remoting (paramiko, psrpcore: ~150 ms) loads only when a script uses it
            from pyposh.runtime.remoting.sessions import SessionTable
            with self._lock:
                if self._remote_sessions is None:
                    self._remote_sessions = SessionTable()
        return self._remote_sessions

    # -- RuntimeServices ------------------------------------------------------------------------
    def full_path(self, path: str) -> str:
        return locations().full_path(self.runspace, path)

    def location_object(self):
        return locations().PathInfo(self.runspace.location, self.runspace)

    def redirect_text(self, objects) -> str:
        return render_for_file(objects)

    def start_background(self, ctx, body, command: str):
        return self.jobs.start_background(ctx, body, command)

    def command_failed(self, record):
        if self._logging("LogCommandHealthEvent", False):
            engine_log.command_failed(self.instance_id, record)

    def _logging(self, variable: str, default: bool) -> bool:
        """pwsh's switches for its event log: `$LogEngineLifecycleEvent` and the others (MshLog.cs)."""
        return to_bool(self.runspace.get_variable(variable, default))

    def close(self):
        with self._lock:
            jobs, sessions, entered = self._jobs, self._remote_sessions, self.entered
            self.entered = None
            closed, self._closed = self._closed, True
        if not closed:
            if self._logging("LogEngineLifecycleEvent", True):
                engine_log.engine_stopped(self.instance_id)
        if entered is not None and entered.temporary:
            entered.session.close()
        if jobs is not None:
            jobs.close()
        if sessions is not None:
            sessions.close()


def locations():
    """The path-resolution module (paths/locations.py), loaded on first use."""
    # start-up: the providers load with the first path a script resolves
    from pyposh.runtime.paths import locations as module
    return module


def new_runspace(host=None, location: str | None = None, share_process: bool = False, environment=None) -> Runspace:
    """A Runspace with runtime's services; `host` defaults to a CapturingHost (nothing is displayed). See
    Runspace for `share_process` and `environment`."""
    return Runspace(host if host is not None else CapturingHost(), RuntimeSession, location, share_process,
                    environment)
