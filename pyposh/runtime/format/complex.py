"""Custom (complex) layout: text, line breaks and indented frames (PowerShell's ComplexWriter)."""
from __future__ import annotations

from pyposh.runtime.format.cells import generate_lines
from pyposh.runtime.format.records import Frame, NewLine

MAX_DEPTH = 50


class ComplexWriter:
    """Collects text into a buffer and writes it as wrapped, indented lines at each line break and at the end."""

    def __init__(self, columns: int):
        self.columns = columns
        self.frames: list[Frame] = []
        self.buffer: list[str] = []
        self.lines: list[str] = []

    def write(self, items: list) -> list[str]:
        self.frames = []
        self._items(items, 0)
        self._flush()
        return self.lines

    def _items(self, items, depth: int) -> None:
        for item in items:
            if isinstance(item, Frame):
                if depth < MAX_DEPTH:
                    self.frames.append(item)
                    self._items(item.items, depth + 1)
                    self.frames.pop()
            elif isinstance(item, NewLine):
                self._flush()
            elif isinstance(item, list):
                if depth < MAX_DEPTH:
                    self._items(item, depth + 1)
            elif item is not None:
                self.buffer.append(str(item))

    def _flush(self) -> None:
        left = sum(f.left for f in self.frames)
        right = sum(f.right for f in self.frames)
        first = self.frames[-1].first_line if self.frames else 0
        useful = self.columns - right - left
        text = "".join(self.buffer)
        self.buffer = []
        if useful <= 0:
            text = ""
        if abs(first) >= useful:
            first = 0
        first_width = other_width = self.columns - right - left
        if first >= 0:
            first_width -= first
        else:
            other_width += first
        first_pad = left + (first if first >= 0 else 0)
        other_pad = left - (first if first < 0 else 0)
        for i, line in enumerate(generate_lines(text, first_width, other_width)):
            self.lines.append(" " * (first_pad if i == 0 else other_pad) + line)


def complex_lines(items: list, columns: int) -> list[str]:
    """The lines a complex entry (text, NEWLINE, Frame) writes on a screen of `columns` cells."""
    return ComplexWriter(columns).write(items)
