"""What the engine needs from outside the interpreter, as the interfaces a Runspace is built with.

The interpreter never imports runtime/: runtime/ implements these (runtime/session.py assembles a Runspace
with its host, built-in cmdlets, providers and job manager), and an embedder or a test may supply its own.
"""
from __future__ import annotations

from typing import Protocol


class Host(Protocol):
    """Where a runspace's output goes: Out-Default's objects, the other streams' records, console text."""

    width: int                                  # the columns formatting uses ($Host.UI.RawUI.BufferSize.Width)
    height: int

    def write_object(self, value) -> None: ...            # an object reaching Out-Default
    def flush(self) -> None: ...                           # the end of the outermost pipeline
    def write_error(self, record) -> None: ...             # an ErrorRecord
    def write_native_error(self, line: str) -> None: ...   # a native program's stderr line
    def write_informational(self, record) -> None: ...     # a warning, verbose or debug record
    def write_information(self, record) -> None: ...       # an InformationRecord (Write-Host, Write-Information)
    def write_progress(self, record) -> None: ...          # a ProgressRecord
    def write_console(self, text: str) -> None: ...        # [Console]::Write and WriteLine
    def ui(self): ...                                      # `$Host.UI`


class CommandSource(Protocol):
    """Cmdlets by name (commands/cmdlet.py's CommandCatalog is one; runtime's built-ins are another)."""

    def find(self, name: str): ...                         # the CommandSpec, or None
    def alias_target(self, name: str) -> str | None: ...   # the command one of its aliases names
    def aliases(self) -> dict[str, str]: ...               # every alias (lower case) -> command name
    def specs(self) -> list: ...                           # every CommandSpec


class RuntimeServices(Protocol):
    """One runspace's runtime: its providers' state (drives, location history), its job table, and the
    built-in cmdlets. Made by the factory a Runspace is built with, which receives the runspace."""

    builtins: CommandSource

    def full_path(self, path: str) -> str: ...             # a path as the providers resolve it (`~`, `C:\\x`)
    def location_object(self): ...                          # `$PWD`: a PathInfo for the current location
    def redirect_text(self, objects) -> str: ...           # the text `>` writes to a file (Out-File's)
    def start_background(self, ctx, body, command: str): ...  # `cmd &`: a job running a ScriptBody
    def command_failed(self, record) -> None: ...           # a script ended with this terminating error
    def close(self) -> None: ...                            # the runspace closes: stop and remove its jobs
