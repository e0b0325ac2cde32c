"""Hosts: where Out-Default's text and the stream records go (a console, or a capture for embedding)."""
from __future__ import annotations

import shutil
import sys

from pyposh.interpreter.api import ErrorRecord, InformationalRecord, PSObject, concise_view

PREFIXES = {"Warning": "WARNING: ", "Verbose": "VERBOSE: ", "Debug": "DEBUG: "}
COLORS = {"Warning": "\x1b[33;1m", "Verbose": "\x1b[33;1m", "Debug": "\x1b[33;1m"}
ERROR_COLOR = "\x1b[31;1m"
RESET = "\x1b[0m"
PROGRESS_COLOR = "\x1b[33;1m"     # $PSStyle.Progress.Style
REVERSE = "\x1b[7m"
PROGRESS_MAX_WIDTH = 120          # $PSStyle.Progress.MaxWidth
DEFAULT_WIDTH = 120               # the width PowerShell formats for when output is not a terminal


def _new_out_default(width):
    # start-up: formatting (~10 ms to import) loads with the first object Out-Default shows
    from pyposh.runtime.format import OutDefault
    return OutDefault(width)


class ConsoleHost:
    """Writes formatted output to stdout and errors (ConciseView) to stderr, as pwsh does. Colours and the
    progress bar appear only when the stream is a terminal."""

    def __init__(self, stdout=None, stderr=None, width: int | None = None):
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.color = self._is_tty(self.stdout)
        self.width = width or self._width()
        self.height = self._height()
        self._out_default = None
        self._progress: dict[int, object] = {}   # ActivityId -> the latest ProgressRecord
        self._progress_shown = False

    @staticmethod
    def _is_tty(stream):
        try:
            return stream.isatty()
        except (AttributeError, ValueError):
            return False

    def _width(self):
        if self._is_tty(self.stdout):
            return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns
        return DEFAULT_WIDTH

    def _height(self):
        if self._is_tty(self.stdout):
            return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).lines
        return 0

    def _write_lines(self, lines):
        if lines:
            self._clear_progress()
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
        text = concise_view(record)
        self._clear_progress()
        self.flush_stdout()
        if self._is_tty(self.stderr):
            text = ERROR_COLOR + text + RESET
        self.stderr.write(text + "\n")
        self.stderr.flush()

    def write_native_error(self, line):
        """A native program's stderr line, passed through as text (pwsh does not reformat it)."""
        self._clear_progress()
        self.flush_stdout()
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def flush_stdout(self):
        try:
            self.stdout.flush()
        except (OSError, ValueError):
            pass

    def write_informational(self, record):
        self._clear_progress()
        self.stdout.write(informational_text(record, self.color) + "\n")

    def write_information(self, record):
        self._clear_progress()
        text = str(record)
        self.stdout.write(text if record.no_newline else text + "\n")

    def write_console(self, text):
        """[Console]::Write / WriteLine: straight to the terminal, as .NET's Console writes."""
        self._clear_progress()
        self.stdout.write(text)
        self.flush_stdout()

    def read_line(self) -> str | None:
        """A line the user types (a confirmation's answer), or None when standard input has ended."""
        self.flush()
        line = sys.stdin.readline()
        return line.rstrip("\r\n") if line else None

    def ui(self) -> PSObject:
        """The value of `$Host.UI` for this console."""
        return host_ui(self.width, self.height)

    # ------------------------------------------------------------ Write-Progress

    def write_progress(self, record):
        """A ProgressRecord: on a terminal, redraw the progress line (PowerShell 7's Minimal view); a completed
        record removes its activity. Nothing at all when stdout is not a terminal, as pwsh does."""
        if not self.color:
            return
        activity_id = _field(record, "ActivityId", 0)
        if _field(record, "RecordType", "Processing") == "Completed":
            self._progress.pop(activity_id, None)
        else:
            self._progress[activity_id] = record
        self._clear_progress()
        if self._progress:
            line = progress_line(list(self._progress.values())[-1], min(self.width, PROGRESS_MAX_WIDTH))
            self.stdout.write("\r" + line + "\x1b[K")
            self._progress_shown = True
        self.flush_stdout()

    def _clear_progress(self):
        if self._progress_shown:
            self.stdout.write("\r\x1b[K")
            self._progress_shown = False


def _field(record, name, default=None):
    if isinstance(record, PSObject):
        member = record.get_member(name)
        return default if member is None or member.value is None else member.value
    return getattr(record, name.lower(), default)


def informational_text(record, color: bool) -> str:
    """A warning, verbose or debug record as the host shows it: `WARNING: text`, coloured on a terminal."""
    text = PREFIXES[record.kind] + record.message
    return COLORS[record.kind] + text + RESET if color else text


def progress_line(record, width: int) -> str:
    """One ProgressRecord as PowerShell 7's Minimal progress view draws it: the activity in the progress style,
    then `[status]` in a bar whose first PercentComplete% is in reverse video."""
    activity = str(_field(record, "Activity", ""))
    status = str(_field(record, "StatusDescription", ""))
    percent = _field(record, "PercentComplete", -1)
    seconds = _field(record, "SecondsRemaining", -1)
    if isinstance(seconds, int) and seconds >= 0:
        status = "%s %d s remaining" % (status, seconds)
    activity = activity[:max(0, width // 2)]
    bar_width = max(0, width - len(activity) - 3)
    status = status[:bar_width].ljust(bar_width)
    filled = 0
    if isinstance(percent, int) and percent > 0:
        filled = min(bar_width, bar_width * percent // 100)
    bar = REVERSE + status[:filled] + RESET + status[filled:] if filled else status
    return "%s%s%s [%s]" % (PROGRESS_COLOR, activity, RESET, bar)


def host_ui(width: int = DEFAULT_WIDTH, height: int = 0, title: str = "") -> PSObject:
    """`$Host.UI`: an InternalHostUserInterface whose RawUI reports the console's size (BufferSize.Width is the
    width formatting uses: the terminal's, or 120 when output is not a terminal)."""
    def size(w, h):
        return PSObject([("Width", w), ("Height", h)],
                        type_names=["System.Management.Automation.Host.Size", "System.ValueType", "System.Object"])

    def coordinates(x, y):
        return PSObject([("X", x), ("Y", y)], type_names=["System.Management.Automation.Host.Coordinates",
                                                            "System.ValueType", "System.Object"])

    raw = PSObject([
        ("ForegroundColor", -1), ("BackgroundColor", -1), ("CursorPosition", coordinates(0, 0)),
        ("WindowPosition", coordinates(0, 0)), ("CursorSize", 25), ("BufferSize", size(width, height)),
        ("WindowSize", size(width, height)), ("MaxWindowSize", size(width, height)),
        ("MaxPhysicalWindowSize", size(width, height)), ("KeyAvailable", False), ("WindowTitle", title)],
        type_names=["System.Management.Automation.Internal.Host.InternalHostRawUserInterface",
                    "System.Management.Automation.Host.PSHostRawUserInterface", "System.Object"])
    return PSObject([("RawUI", raw), ("SupportsVirtualTerminal", height > 0)],
                    type_names=["System.Management.Automation.Internal.Host.InternalHostUserInterface",
                                "System.Management.Automation.Host.PSHostUserInterface", "System.Object"])


class CapturingHost:
    """A host for embedding: keeps every record and the text Out-Default would have shown."""

    def __init__(self, width: int = 120):
        self.width = width
        self.lines: list[str] = []
        self.errors: list = []
        self.informational: list = []
        self.information: list = []
        self.native_errors: list = []       # native programs' stderr lines (not redirected)
        self.progress: list = []            # ProgressRecords (Write-Progress)
        self.console: list = []             # text written with [Console]::Write and WriteLine
        self.height = 0
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

    def write_progress(self, record):
        self.progress.append(record)

    def write_console(self, text):
        self.console.append(text)

    def ui(self) -> PSObject:
        return host_ui(self.width, self.height)

    def text(self) -> str:
        self.flush()
        return "".join(line + "\n" for line in self.lines)


def render_lines(objects, width: int = 120) -> list[str]:
    """The lines Out-Default shows for `objects` on a host `width` cells wide (ErrorRecords in ConciseView):
    what `>`, Out-File and Out-String write."""
    out_default = _new_out_default(width)
    lines = []
    for value in objects:
        if isinstance(value, ErrorRecord):
            lines.extend(out_default.end())
            lines.extend(concise_view(value).split("\n"))
            out_default = _new_out_default(width)
        elif isinstance(value, InformationalRecord):
            lines.extend(out_default.process(value.message))
        else:
            lines.extend(out_default.process(value))
    lines.extend(out_default.end())
    return lines


def render_for_file(objects) -> str:
    """The text `>` writes: what the console shows, at 120 columns."""
    return "".join(line + "\n" for line in render_lines(objects, 120))
