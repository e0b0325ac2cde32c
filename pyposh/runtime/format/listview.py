"""List layout: `Label : value` lines, labels padded to the longest, long and multi-line values wrapped."""
from __future__ import annotations

from pyposh.runtime.format.cells import cell_len, fit_head, generate_lines, split_lines

SEPARATOR = " : "
MIN_LABEL_WIDTH = 1
MIN_FIELD_WIDTH = 1


def list_lines(fields: list[tuple[str, str]], screen_columns: int) -> list[str]:
    """The lines of one object shown as a list (PowerShell's ListWriter)."""
    if not fields:
        return []
    if screen_columns - len(SEPARATOR) - MIN_FIELD_WIDTH - MIN_LABEL_WIDTH < 0:
        return []
    max_label = screen_columns - len(SEPARATOR) - MIN_FIELD_WIDTH
    label_width = min(max(cell_len(label) for label, _ in fields), max_label)
    lines: list[str] = []
    for label, value in fields:
        n = cell_len(label)
        if n < label_width:
            label = label + " " * (label_width - n)
        elif n > label_width:
            label = label[:fit_head(label, label_width)]
        prefix = label + SEPARATOR
        indent = " " * (label_width + len(SEPARATOR))
        field_width = screen_columns - (label_width + len(SEPARATOR))
        for i, line in enumerate(split_lines(value or "")):
            head = prefix if i == 0 else indent
            for j, piece in enumerate(generate_lines(line, field_width, field_width)):
                lines.append((head if j == 0 else indent) + piece)
    return lines
