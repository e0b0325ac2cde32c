"""Source text and extents: offsets into one shared text, with lines and columns computed on demand."""
from __future__ import annotations

from bisect import bisect_right


class SourceText:
    """A script's text, its file name (or None) and a table of line starts computed once."""

    __slots__ = ("text", "file", "line_starts")

    def __init__(self, text: str, file: str | None = None):
        self.text = text
        self.file = file
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset."""
        index = bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")


class Extent:
    """A span of a SourceText: [start, end) offsets."""

    __slots__ = ("source", "start", "end")

    def __init__(self, source: SourceText, start: int, end: int):
        self.source = source
        self.start = start
        self.end = end

    @property
    def text(self) -> str:
        return self.source.text[self.start:self.end]

    @property
    def file(self):
        return self.source.file

    @property
    def start_line(self) -> int:
        return self.source.line_col(self.start)[0]

    @property
    def start_column(self) -> int:
        return self.source.line_col(self.start)[1]

    @property
    def end_line(self) -> int:
        return self.source.line_col(self.end)[0]

    @property
    def end_column(self) -> int:
        return self.source.line_col(self.end)[1]

    def __repr__(self):
        return "Extent(%d:%d-%d:%d)" % (self.start_line, self.start_column, self.end_line, self.end_column)

    def __eq__(self, other):
        return isinstance(other, Extent) and (self.start, self.end) == (other.start, other.end)

    def __hash__(self):
        return hash((self.start, self.end))
