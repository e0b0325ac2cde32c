"""Hosts: where Out-Default's text and the stream records go (a console, or a capture for embedding)."""
from __future__ import annotations

import sys

PREFIXES = {"Warning": "WARNING: ", "Verbose": "VERBOSE: ", "Debug": "DEBUG: "}
COLORS = {"Warning": "\x1b[33;1m", "Verbose": "\x1b[33;1m", "Debug": "\x1b[33;1m"}
ERROR_COLOR = "\x1b[31;1m"
RESET = "\x1b[0m"


def _new_out_default(width):
    from pyposh.runtime.format import OutDefault
    return OutDefault(width)


class ConsoleHost:
    """Writes formatted output to stdout and errors (ConciseView) to stderr, as pwsh does."""

    def __init__(self, stdout=None, stderr=None, width: int | None = None):
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.color = self._is_tty(self.stdout)
        self.width = width or self._width()
        self._out_default = None

    @staticmethod
    def _is_tty(stream):
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    def _width(self):
        if self._is_tty(self.stdout):
            import shutil
            return shutil.get_terminal_size((120, 24)).columns
        return 120

    def _write_lines(self, lines):
        if lines:
            self.stdout.write("".join(line + "\n" for line in lines))

    def write_object(self, value):
        if value is None:
            return        # Out-Default writes nothing for $null
        if self._out_default is None:
            self._out_default = _new_out_default(self.width)
        self._write_lines(self._out_default.process(value))

    def flush(self):
        if self._out_default is not None:
            self._write_lines(self._out_default.end())
            self._out_default = None
        try:
            self.stdout.flush()
        except (OSError, ValueError):
            pass

    def write_error(self, record):
        from pyposh.interpreter.error_view import concise_view
        text = concise_view(record)
        self.flush_stdout()
        if self._is_tty(self.stderr):
            text = ERROR_COLOR + text + RESET
        self.stderr.write(text + "\n")
        self.stderr.flush()

    def write_native_error(self, line):
        """A native program's stderr line, passed through as text (pwsh does not reformat it)."""
        self.flush_stdout()
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def flush_stdout(self):
        try:
            self.stdout.flush()
        except (OSError, ValueError):
            pass

    def write_informational(self, record):
        text = PREFIXES[record.kind] + record.message
        if self.color:
            text = COLORS[record.kind] + text + RESET
        self.stdout.write(text + "\n")

    def write_information(self, record):
        text = str(record)
        self.stdout.write(text if record.no_newline else text + "\n")


class CapturingHost:
    """A host for embedding: keeps every record and the text Out-Default would have shown."""

    def __init__(self, width: int = 120):
        self.width = width
        self.lines: list[str] = []
        self.errors: list = []
        self.informational: list = []
        self.information: list = []
        self.native_errors: list = []       # native programs' stderr lines (not redirected)
        self._out_default = None

    def write_object(self, value):
        if self._out_default is None:
            self._out_default = _new_out_default(self.width)
        self.lines.extend(self._out_default.process(value))

    def flush(self):
        if self._out_default is not None:
            self.lines.extend(self._out_default.end())
            self._out_default = None

    def write_error(self, record):
        self.errors.append(record)

    def write_native_error(self, line):
        self.native_errors.append(line)

    def write_informational(self, record):
        self.informational.append(record)

    def write_information(self, record):
        self.information.append(record)

    def text(self) -> str:
        self.flush()
        return "".join(line + "\n" for line in self.lines)


def render_for_file(runspace, objects) -> str:
    """The text `>` and Out-File write: what the console shows, at 120 columns (ErrorRecords as ConciseView)."""
    from pyposh.interpreter.error_view import concise_view
    from pyposh.interpreter.records import ErrorRecord, InformationalRecord
    out_default = _new_out_default(120)
    lines = []
    for value in objects:
        if isinstance(value, ErrorRecord):
            lines.extend(out_default.end())
            lines.extend(concise_view(value).split("\n"))
            out_default = _new_out_default(120)
        elif isinstance(value, InformationalRecord):
            lines.extend(out_default.process(value.message))
        else:
            lines.extend(out_default.process(value))
    lines.extend(out_default.end())
    return "".join(line + "\n" for line in lines)
