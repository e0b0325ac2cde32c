"""Command sources: where a command table finds cmdlets by name.

A CommandCatalog holds declared cmdlets: each Runspace has its own (`Runspace.cmdlet`, `rs.cmdlet` in the
embedding API), and GLOBAL_CMDLETS is the process-wide one that `pyposh.cmdlet` fills on purpose. runtime/
supplies the built-in cmdlets through the same four methods, loading their modules on first use."""
from __future__ import annotations

import threading

from pyposh.interpreter.commands.cmdlet import CommandSpec


class CommandCatalog:
    """Cmdlets by name and alias (case-insensitive); safe to add to from one thread while another reads."""

    def __init__(self):
        self._specs: dict[str, CommandSpec] = {}
        self._aliases: dict[str, str] = {}
        self._lock = threading.Lock()

    def add(self, spec: CommandSpec) -> None:
        with self._lock:
            self._specs[spec.name.lower()] = spec
            for alias in spec.aliases:
                self._aliases[alias.lower()] = spec.name

    def find(self, name: str) -> CommandSpec | None:
        return self._specs.get(name.lower())

    def alias_target(self, name: str) -> str | None:
        return self._aliases.get(name.lower())

    def aliases(self) -> dict[str, str]:
        with self._lock:
            return dict(self._aliases)

    def specs(self) -> list[CommandSpec]:
        with self._lock:
            return list(self._specs.values())


GLOBAL_CMDLETS = CommandCatalog()     # `pyposh.cmdlet`: seen by every Runspace of the process
