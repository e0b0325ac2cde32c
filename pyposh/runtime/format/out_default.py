"""Out-Default: objects and formatting records in, the host's text lines out (blank lines, autosize caching, layout)."""
from __future__ import annotations

import sys
import time
from typing import Callable, Iterable, Iterator

from pyposh.interpreter.api import AUTOMATION_NULL
from pyposh.runtime.format import records as R
from pyposh.runtime.format.cells import cell_len
from pyposh.runtime.format.complex import complex_lines
from pyposh.runtime.format.default_views import DEFAULT_VIEWS
from pyposh.runtime.format.display import DEFAULT_ENUMERATION_LIMIT
from pyposh.runtime.format.listview import list_lines
from pyposh.runtime.format.shaping import Formatter
from pyposh.runtime.format.table import TableWriter, best_items_per_row

DEFAULT_WIDTH = 120
# PowerShell sizes a table without fixed widths from the objects that arrive within 300 ms of its start. pyposh
# produces objects more slowly, so it waits longer; pass `autosize_window=0.3` for PowerShell's exact figure.
DEFAULT_AUTOSIZE_WINDOW = 1.0


class _GroupQueue:
    """Holds back a group's records until it ends (or `count` rows, or `window` seconds) to size its columns."""

    def __init__(self, notify: Callable, count: int = 0, window: float | None = None, clock=time.monotonic):
        self.notify = notify
        self.count = count
        self.window = window
        self.clock = clock
        self.queue: list = []
        self.processing = False
        self.current = 0
        self.started = None
        self.format_start = None

    def add(self, rec) -> list | None:
        if isinstance(rec, R.FormatStartData):
            self.format_start = rec
        if isinstance(rec, R.FormatEntryData) and not rec.out_of_band:
            self.current += 1
        if not self.processing and isinstance(rec, R.GroupStartData):
            self.processing = True
            self.current = 0
            self.started = self.clock() if self.window is not None else None
            self.queue.append(rec)
            return None
        if self.processing and (isinstance(rec, R.GroupEndData)
                                or (self.count > 0 and self.current >= self.count)
                                or (self.started is not None and self.clock() - self.started > self.window)):
            self.current = 0
            self.started = None
            self.queue.append(rec)
            self.notify(self.format_start, [r for r in self.queue
                                            if not (isinstance(r, R.FormatEntryData) and r.out_of_band)])
            self.processing = False
            out, self.queue = self.queue, []
            return out
        if self.processing:
            self.queue.append(rec)
            return None
        return [rec]

    def drain(self) -> list:
        out, self.queue = self.queue, []
        return out


class OutCommand:
    """Renders formatting records as lines (PowerShell's OutCommandInner); raw objects go through an implicit
    Formatter first. `columns` is the device width for lists and custom views, `table_columns` for tables and
    wide views (PowerShell reads the console width there: 120 when there is no console)."""

    def __init__(self, columns: int = DEFAULT_WIDTH, table_columns: int | None = None,
                 autosize_window: float | None = DEFAULT_AUTOSIZE_WINDOW, clock=time.monotonic,
                 enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT, registry=DEFAULT_VIEWS):
        self.columns = columns
        self.table_columns = table_columns if table_columns is not None else min(columns, sys.maxsize)
        self.autosize_window = autosize_window
        self.clock = clock
        self.limit = enumeration_limit
        self.registry = registry
        self._format_default: Formatter | None = None
        self._state = "reset"
        self._queue: _GroupQueue | None = None
        self._stack: list = []
        self._hint = None

    # ------------------------------------------------------------ entry points

    def process(self, obj) -> list[str]:
        lines: list[str] = []
        if obj is None or obj is AUTOMATION_NULL:
            return lines
        if R.is_format_record(obj):
            self._record(obj, lines)
            return lines
        if self._format_default is None:
            self._format_default = Formatter(None, None, self.limit, self.registry)
        for rec in self._format_default.process(obj):
            self._record(rec, lines)
        return lines

    def end(self) -> list[str]:
        lines: list[str] = []
        self._finish(lines)
        return lines

    def _finish(self, lines: list[str]) -> None:
        if self._format_default is not None:
            formatter, self._format_default = self._format_default, None
            for rec in formatter.end():
                self._record(rec, lines)
        if self._queue is not None:
            for rec in self._queue.drain():
                self._dispatch(rec, lines)

    # ------------------------------------------------------------ the record stream

    def _record(self, rec, lines: list[str]) -> None:
        if isinstance(rec, R.FormatStartData):
            if self._state == "inside_group":
                self._finish(lines)  # an Fs out of sequence closes what is open, as PowerShell does
            self._state = "formatting"
        elif isinstance(rec, R.FormatEndData):
            self._state = "reset"
        elif isinstance(rec, R.GroupStartData):
            self._state = "inside_group"
        elif isinstance(rec, R.GroupEndData):
            self._state = "formatting"
        if isinstance(rec, R.FormatStartData):
            info = rec.shape_info
            if rec.autosize:
                self._enable_cache(count=0, window=None)
            elif isinstance(info, R.TableHeaderInfo) and info.columns and info.columns[0].width == 0:
                self._enable_cache(count=0, window=self.autosize_window)
        if self._queue is None:
            self._dispatch(rec, lines)
            return
        for r in self._queue.add(rec) or ():
            self._dispatch(r, lines)

    def _enable_cache(self, count: int, window: float | None) -> None:
        queue = _GroupQueue(self._on_cached_group, count, window, self.clock)
        if self._queue is not None:
            queue.queue = self._queue.drain()
        self._queue = queue

    def _on_cached_group(self, start, recs) -> None:
        self._hint = None
        if start is None:
            return
        info = start.shape_info
        if isinstance(info, R.TableHeaderInfo) and info.columns:
            widths = [cell_len(c.header) for c in info.columns]
            for rec in recs:
                if isinstance(rec, R.FormatEntryData) and isinstance(rec.entry, R.TableRowEntry):
                    for k, (text, _) in enumerate(rec.entry.fields[:len(widths)]):
                        widths[k] = max(widths[k], cell_len(text))
            self._hint = ("table", widths)
        elif isinstance(info, R.WideViewHeaderInfo) and info.columns == 0:
            longest = 0
            for rec in recs:
                if isinstance(rec, R.FormatEntryData) and isinstance(rec.entry, R.WideViewEntry) and rec.entry.text:
                    longest = max(longest, cell_len(rec.entry.text))
            self._hint = ("wide", longest)

    def _take_hint(self, kind: str):
        hint, self._hint = self._hint, None
        return hint[1] if hint is not None and hint[0] == kind else None

    # ------------------------------------------------------------ contexts (PowerShell's FormatMessagesContextManager)

    def _dispatch(self, rec, lines: list[str]) -> None:
        if isinstance(rec, R.FormatEntryData):
            ctx = None if rec.out_of_band else (self._stack[-1] if self._stack else None)
            if ctx is None or isinstance(ctx, R.FormatStartData):
                self._out_of_band(rec.entry, lines)
            else:
                ctx.payload(rec.entry, lines)
        elif isinstance(rec, R.FormatStartData):
            self._stack.append(rec)
            lines.append("")
        elif isinstance(rec, R.GroupStartData):
            start = next((c for c in reversed(self._stack) if isinstance(c, R.FormatStartData)), None)
            shape = R.shape_of(start) if start is not None else "table"
            ctx = _CONTEXTS[shape](self, start)
            self._stack.append(ctx)
            if rec.label is not None:
                lines.extend(complex_lines(rec.label.items, self.columns))
                lines.append("")
            ctx.group_start(lines)
        elif isinstance(rec, R.GroupEndData):
            if self._stack:
                ctx = self._stack.pop()
                if not isinstance(ctx, R.FormatStartData):
                    ctx.group_end(lines)
        elif isinstance(rec, R.FormatEndData):
            if self._stack:
                ctx = self._stack.pop()
                if not (isinstance(ctx, R.FormatStartData) and R.shape_of(ctx) == "list"):
                    lines.append("")

    def _out_of_band(self, entry, lines: list[str]) -> None:
        if isinstance(entry, R.RawTextEntry):
            lines.append(entry.text)
        elif isinstance(entry, R.ComplexViewEntry):
            lines.extend(complex_lines(entry.items, sys.maxsize))
        elif isinstance(entry, R.ListViewEntry) and entry.fields:
            lines.append("")
            lines.extend(list_lines(entry.fields, self.columns))
            lines.append("")


class _TableContext:
    def __init__(self, out: OutCommand, start):
        self.info = start.shape_info if start is not None and isinstance(start.shape_info, R.TableHeaderInfo) \
            else R.TableHeaderInfo()
        columns = self.info.columns
        hint = out._take_hint("table")
        widths = list(hint) if hint is not None else [c.width for c in columns]
        self.writer = TableWriter(out.table_columns, widths, [c.alignment for c in columns],
                                  self.info.hide_header) if columns else None

    def group_start(self, lines: list[str]) -> None:
        if self.writer is not None:
            lines.extend(self.writer.header([c.header for c in self.info.columns]))

    def payload(self, entry, lines: list[str]) -> None:
        if self.writer is None or not isinstance(entry, R.TableRowEntry):
            return
        n = len(self.info.columns)
        fields = list(entry.fields[:n]) + [("", R.LEFT)] * (n - len(entry.fields))
        lines.extend(self.writer.row([f[0] for f in fields], [f[1] for f in fields], entry.multi_line))

    def group_end(self, lines: list[str]) -> None:
        pass


class _ListContext:
    def __init__(self, out: OutCommand, start):
        self.out = out

    def group_start(self, lines):
        pass

    def payload(self, entry, lines: list[str]) -> None:
        if isinstance(entry, R.ListViewEntry):
            lines.extend(list_lines(entry.fields, self.out.columns))
            lines.append("")

    def group_end(self, lines):
        pass


class _WideContext:
    def __init__(self, out: OutCommand, start):
        info = start.shape_info if start is not None else R.WideViewHeaderInfo()
        per_row = 2
        hint = out._take_hint("wide")
        if hint:
            per_row = best_items_per_row(hint, out.table_columns)
        elif getattr(info, "columns", 0) > 0:
            per_row = info.columns
        self.per_row = per_row
        self.buffer: list[str] = []
        self.writer = TableWriter(out.table_columns, [0] * per_row, [R.LEFT] * per_row)

    def group_start(self, lines):
        pass

    def payload(self, entry, lines: list[str]) -> None:
        if isinstance(entry, R.WideViewEntry):
            self.buffer.append(entry.text)
            if len(self.buffer) == self.per_row:
                self._flush(lines)

    def group_end(self, lines: list[str]) -> None:
        self._flush(lines)

    def _flush(self, lines: list[str]) -> None:
        if not self.buffer:
            return
        values = self.buffer + [""] * (self.per_row - len(self.buffer))
        lines.extend(self.writer.row(values))
        self.buffer = []


class _ComplexContext:
    def __init__(self, out: OutCommand, start):
        self.out = out

    def group_start(self, lines):
        pass

    def payload(self, entry, lines: list[str]) -> None:
        if isinstance(entry, R.ComplexViewEntry):
            lines.extend(complex_lines(entry.items, self.out.columns))

    def group_end(self, lines):
        pass


_CONTEXTS = {"table": _TableContext, "list": _ListContext, "wide": _WideContext, "complex": _ComplexContext}


class OutDefault(OutCommand):
    """Out-Default for a host `width` cells wide: feed each object reaching the end of the pipeline to
    `process()`, then call `end()`; both return the lines to print, as soon as PowerShell would print them."""

    def __init__(self, width: int = DEFAULT_WIDTH, *, autosize_window: float | None = DEFAULT_AUTOSIZE_WINDOW,
                 clock=time.monotonic, enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT, registry=DEFAULT_VIEWS):
        super().__init__(width, width, autosize_window, clock, enumeration_limit, registry)


def format_for_host(objects: Iterable, width: int = DEFAULT_WIDTH, **options) -> Iterator[str]:
    """The lines PowerShell's Out-Default prints for these objects, streamed (no line ends included)."""
    out = OutDefault(width, **options)
    for obj in objects:
        yield from out.process(obj)
    yield from out.end()
