"""A Runspace with runtime's parts: the built-in cmdlets, the providers' per-session state (drives, the
location history and stack), the job manager, Get-Random's generator, and a host.

RuntimeSession implements interpreter/services.py's RuntimeServices for one runspace; `new_runspace` is how
the command line, the embedding API and every job make a runspace."""
from __future__ import annotations

import random

from pyposh.interpreter.api import Runspace
from pyposh.runtime.cmdlets import BUILTINS
from pyposh.runtime.host import CapturingHost, render_for_file
from pyposh.runtime.jobs.manager import JobManager
from pyposh.runtime.paths.drives import DriveTable
from pyposh.runtime.paths.locations import PathInfo, full_path


class RuntimeSession:
    """One runspace's runtime state and the services the engine calls."""

    builtins = BUILTINS

    def __init__(self, runspace):
        self.runspace = runspace
        self.jobs = JobManager(new_runspace)
        self.location_history = {"back": [], "forward": []}    # Set-Location's `-` and `+`
        self.location_stack = []                                  # Push-Location / Pop-Location
        self._drives = None
        self._random = None

    @property
    def drives(self) -> DriveTable:
        """The drives this runspace sees (built on first use)."""
        if self._drives is None:
            self._drives = DriveTable(self.runspace)
        return self._drives

    @property
    def random(self) -> random.Random:
        """Get-Random's generator (`-SetSeed` reseeds it)."""
        if self._random is None:
            self._random = random.Random()
        return self._random

    # -- RuntimeServices ------------------------------------------------------------------------
    def full_path(self, path: str) -> str:
        return full_path(self.runspace, path)

    def location_object(self) -> PathInfo:
        return PathInfo(self.runspace.location, self.runspace)

    def redirect_text(self, objects) -> str:
        return render_for_file(objects)

    def start_background(self, ctx, body, command: str):
        return self.jobs.start_background(ctx, body, command)

    def close(self):
        self.jobs.close()


def new_runspace(host=None, location: str | None = None) -> Runspace:
    """A Runspace with runtime's services; `host` defaults to a CapturingHost (nothing is displayed)."""
    return Runspace(host if host is not None else CapturingHost(), RuntimeSession, location)
