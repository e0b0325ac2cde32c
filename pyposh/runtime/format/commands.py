"""Format-Table, Format-List, Format-Wide, Format-Custom and Out-String as Python functions over object streams."""
from __future__ import annotations

import sys
from typing import Iterable, Iterator

from pyposh.runtime.format.display import DEFAULT_ENUMERATION_LIMIT
from pyposh.runtime.format.out_default import DEFAULT_WIDTH, OutCommand
from pyposh.runtime.format.parameters import make_options
from pyposh.runtime.format.shaping import Formatter


def _run(formatter: Formatter, objects: Iterable) -> Iterator:
    for obj in objects:
        yield from formatter.process(obj)
    yield from formatter.end()


def table_formatter(property=None, *, auto_size=None, wrap=None, hide_table_headers=None, group_by=None,
                    view=None, repeat_header=False, exclude_property=None, expand=None, force=False,
                    enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT) -> Formatter:
    """A streaming Format-Table: call `.process(obj)` per input object and `.end()`; both return records.
    `property` entries are names (wildcards allowed), callables (script blocks) or hashtables with
    Expression, Label/Name, Width, Alignment, FormatString."""
    options = make_options("table", property, exclude_property, group_by, view, force, auto_size, repeat_header,
                           expand, hide_table_headers, wrap)
    return Formatter("table", options, enumeration_limit)


def list_formatter(property=None, *, group_by=None, view=None, exclude_property=None, expand=None, force=False,
                   enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT) -> Formatter:
    """A streaming Format-List (`property` as for Format-Table, without Width and Alignment)."""
    options = make_options("list", property, exclude_property, group_by, view, force, expand=expand)
    return Formatter("list", options, enumeration_limit)


def wide_formatter(property=None, *, column=None, auto_size=None, group_by=None, view=None, expand=None,
                   force=False, enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT) -> Formatter:
    """A streaming Format-Wide (one property; `column` items per line, or `auto_size` to fit the screen)."""
    options = make_options("wide", property, None, group_by, view, force, auto_size, expand=expand, column=column)
    return Formatter("wide", options, enumeration_limit)


def custom_formatter(*, view=None, group_by=None, expand=None, force=False,
                     enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT) -> Formatter:
    """A streaming Format-Custom (a registered custom view, else `class Type { prop = value }`)."""
    options = make_options("complex", None, None, group_by, view, force, expand=expand)
    return Formatter("complex", options, enumeration_limit)


def format_table(objects: Iterable, property=None, **kwargs) -> Iterator:
    return _run(table_formatter(property, **kwargs), objects)


def format_list(objects: Iterable, property=None, **kwargs) -> Iterator:
    return _run(list_formatter(property, **kwargs), objects)


def format_wide(objects: Iterable, property=None, **kwargs) -> Iterator:
    return _run(wide_formatter(property, **kwargs), objects)


def format_custom(objects: Iterable, **kwargs) -> Iterator:
    return _run(custom_formatter(**kwargs), objects)


class OutString:
    """A streaming Out-String. Without `width`, tables and wide views use the host width (120 when there is no
    console) and lists and custom views do not wrap. `process()`/`end()` return the lines produced."""

    def __init__(self, width: int | None = None, host_width: int = DEFAULT_WIDTH, **options):
        columns = width if width is not None else sys.maxsize
        table_columns = width if width is not None else host_width
        self._out = OutCommand(columns, table_columns, **options)

    def process(self, obj) -> list[str]:
        return self._out.process(obj)

    def end(self) -> list[str]:
        return self._out.end()


def out_string(objects: Iterable, width: int | None = None, stream: bool = False, no_newline: bool = False,
               **options):
    """Out-String: one string of every line each followed by a newline (`no_newline`: lines run together), or with
    `stream` the list of lines."""
    out = OutString(width, **options)
    lines: list[str] = []
    for obj in objects:
        lines.extend(out.process(obj))
    lines.extend(out.end())
    if stream:
        return lines
    if no_newline:
        return "".join(lines)
    return "".join(line + "\n" for line in lines)
