"""Table layout: fitting column widths to the screen, the header and its dashes, rows (truncated or wrapped)."""
from __future__ import annotations

from pyposh.runtime.format.cells import cell_len, generate_lines, pad
from pyposh.runtime.format.records import CENTER, LEFT, RIGHT

SEPARATOR = 1          # one space between columns
MIN_SCREEN_COLUMNS = 5
MIN_COLUMN_WIDTH = 1


def fit_column_widths(widths: list[int], table_width: int) -> list[int]:
    """Give unspecified (0) columns the spare width, then shrink or hide columns from the right until the table
    fits (PowerShell's ColumnWidthManager). Hidden columns get -1."""
    widths = list(widths)
    if _assign_widths(widths, table_width):
        return widths
    while True:
        excess = _table_width(widths) - table_width
        if excess <= 0:
            return widths
        last = _last_visible(widths)
        if last < 0:
            return widths
        shrunk = widths[last] - excess
        if shrunk < MIN_COLUMN_WIDTH:
            widths[last] = -1
        else:
            widths[last] = shrunk


def _assign_widths(widths: list[int], table_width: int) -> bool:
    if all(w > 0 for w in widths):
        return sum(widths) + SEPARATOR * (len(widths) - 1) <= table_width
    fixed = [w > 0 for w in widths]
    for k, w in enumerate(widths):
        if w == 0:
            widths[k] = MIN_COLUMN_WIDTH
    available = table_width - _table_width(widths)
    if available < 0:
        return False
    flexible = [k for k in range(len(widths)) if not fixed[k]]
    if not flexible:
        return True
    while available > 0:
        for k in flexible:
            widths[k] += 1
            available -= 1
            if available == 0:
                break
    return True


def _table_width(widths: list[int]) -> int:
    visible = [w for w in widths if w > 0]
    return sum(visible) + SEPARATOR * (len(visible) - 1)


def _last_visible(widths: list[int]) -> int:
    for k, w in enumerate(widths):
        if w < 0:
            return k - 1
    return len(widths) - 1


def best_items_per_row(item_width: int, screen_columns: int) -> int:
    """How many items of `item_width` cells fit on a line of a wide view."""
    if item_width <= 0 or screen_columns < 1 or item_width >= screen_columns:
        return 1
    n = 1
    while True:
        nxt = n + 1
        if item_width * nxt + (nxt - 1) * SEPARATOR >= screen_columns:
            return n
        n += 1


class TableWriter:
    """Writes the header and rows of one table, once its column widths are known."""

    def __init__(self, screen_columns: int, widths: list[int], alignments: list[str | None],
                 hide_header: bool = False, left_margin: int = 0):
        self.disabled = screen_columns - left_margin < MIN_SCREEN_COLUMNS
        self.hide_header = hide_header
        self.start = left_margin
        self.header_lines: list[str] | None = None
        if self.disabled:
            return
        self.widths = fit_column_widths(widths, screen_columns - left_margin)
        if not any(w >= MIN_COLUMN_WIDTH for w in self.widths):
            self.disabled = True
            return
        self.alignments = [a or LEFT for a in alignments]

    def header(self, labels: list[str]) -> list[str]:
        """The label line(s) and the dash line under them."""
        if self.disabled or self.hide_header:
            return []
        if self.header_lines is not None:
            return list(self.header_lines)
        lines = self._multi_line_row(labels, self.alignments)
        dashes = []
        for k, label in enumerate(labels):
            width = self.widths[k]
            if width <= 0:
                dashes.append("")
                continue
            count = width
            if label:
                count = min(count, cell_len(label))
            dashes.append("-" * count)
        lines += self._multi_line_row(dashes, self.alignments)
        self.header_lines = lines
        return list(lines)

    def row(self, values: list[str], alignments: list[str | None] | None = None,
            multi_line: bool = False) -> list[str]:
        if self.disabled:
            return []
        current = list(self.alignments)
        if alignments:
            current = [a if a else self.alignments[k] for k, a in enumerate(alignments)]
        if multi_line:
            return self._multi_line_row(values, current)
        return [self._single_line_row(values, current)]

    def _single_line_row(self, values, alignments) -> str:
        parts = []
        last = len(self.widths) - 1
        for k, width in enumerate(self.widths):
            if width <= 0:
                continue
            parts.append(" " * SEPARATOR if k > 0 else " " * self.start)
            parts.append(pad(values[k] or "", width, alignments[k], k != last))
        return "".join(parts)

    def _multi_line_row(self, values, alignments) -> list[str]:
        visible = [k for k, w in enumerate(self.widths) if w > 0]
        if not visible:
            return []
        columns = []
        for i, k in enumerate(visible):
            pad_right = i != len(visible) - 1
            width = self.widths[k]
            cells = generate_lines(values[k] or "", width, width)
            if pad_right or alignments[k] in (RIGHT, CENTER):
                cells = [pad(c, width, alignments[k], pad_right) if cell_len(c) < width else c for c in cells]
            prefix = " " * SEPARATOR if i > 0 else " " * self.start
            columns.append([prefix + c for c in cells])
        rows = max(len(c) for c in columns)
        last_with_content = [max(i for i, c in enumerate(columns) if len(c) > r) for r in range(rows)]
        for i, k in enumerate(visible):
            blank = 0
            if i < len(visible) - 1:
                blank = self.widths[k] + (SEPARATOR if i > 0 else self.start)
            col = columns[i]
            for r in range(len(col), rows):
                col.append("" if i > last_with_content[r] else " " * blank)
        lines = []
        for r in range(rows):
            parts = []
            for i, col in enumerate(columns):
                text = col[r]
                if i == last_with_content[r] and rows > 1:
                    text = text.rstrip()
                parts.append(text)
            lines.append("".join(parts))
        return lines
