"""Environment variables (`$env:X`, the Env: drive), case-sensitive on Linux, and the process's current directory
as .NET sees it ([Environment]::CurrentDirectory).

A Runspace made with `share_process=True` (the CLI, a `pyposh -sshs` server) reads and writes the real process
environment and directory, as pwsh does. Otherwise (an embedded Runspace) it has its own copy, taken when it is
made, so a script cannot change the host program's `os.environ` or working directory; its jobs share that copy,
as thread jobs share their process's."""
from __future__ import annotations

import os

from pyposh.interpreter.values.conversions import to_string


class Environment:
    def __init__(self, share_process: bool = True):
        self.shared = share_process
        self._variables = os.environ if share_process else dict(os.environ)
        self._directory = None if share_process else os.getcwd()

    def get(self, name: str):
        variables = self._variables
        value = variables.get(name)
        if value is None and os.name == "nt":
            for key, v in variables.items():
                if key.lower() == name.lower():
                    return v
        return value

    def set(self, name: str, value):
        if value is None or value == "":
            self._variables.pop(name, None)
        else:
            self._variables[name] = to_string(value)

    def as_dict(self) -> dict:
        return dict(self._variables)

    def names(self):
        return list(self._variables)

    @property
    def current_directory(self) -> str:
        """[Environment]::CurrentDirectory: what relative paths given to .NET methods are relative to."""
        return os.getcwd() if self._directory is None else self._directory

    @current_directory.setter
    def current_directory(self, path: str) -> None:
        if not os.path.isdir(path):
            raise FileNotFoundError(2, "No such file or directory", path)
        if self._directory is None:
            os.chdir(path)
        else:
            self._directory = os.path.abspath(os.path.join(self._directory, path))
