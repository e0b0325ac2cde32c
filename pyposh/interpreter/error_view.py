"""Rendering errors and positions as PowerShell 7 does: ConciseView, and the classic `At line:1 char:5` block."""
from __future__ import annotations


def position_message(extent) -> str:
    """The classic position block (PowerShell's PositionMessage)."""
    if extent is None or isinstance(extent, tuple):
        return ""
    where = extent.file or "line"
    head = "At %s:%d char:%d" % (where, extent.start_line, extent.start_column) if extent.file \
        else "At line:%d char:%d" % (extent.start_line, extent.start_column)
    line = extent.source.line_text(extent.start_line)
    width = max(1, (extent.end - extent.start) if extent.end_line == extent.start_line
                else len(line) - extent.start_column + 1)
    return "%s\n+ %s\n+ %s%s" % (head, line, " " * (extent.start_column - 1), "~" * width)


def error_prefix(record) -> str:
    if record.is_parse_error:
        return "ParserError"
    invocation = record.invocation
    if invocation is not None and invocation.command_name:
        return invocation.command_name
    error = record.exception.error
    if error is not None and getattr(error, "thrown_object", _UNSET) is not _UNSET:
        return "Exception"
    return record.exception.type_name.rsplit(".", 1)[-1]


_UNSET = object()


def concise_view(record) -> str:
    """ConciseView: `Prefix: message`, or with the `Line |` block when the error has a script position."""
    message = str(record)
    prefix = error_prefix(record)
    invocation = record.invocation
    extent = invocation.extent if invocation is not None else None
    if extent is None or isinstance(extent, tuple) or not extent.file:
        return "%s: %s" % (prefix, message)
    line_no = extent.start_line
    line = extent.source.line_text(line_no)
    if extent.end_line == extent.start_line:
        width = max(1, extent.end - extent.start)
    else:
        width = max(1, len(line) - extent.start_column + 1)
    number = str(line_no)
    pad = max(4, len(number))
    bar = " " * (pad + 1) + "|"
    lines = ["%s: %s:%d" % (prefix, extent.file, line_no),
             "Line".rjust(pad) + " |",
             "%s |  %s" % (number.rjust(pad), line),
             "%s  %s%s" % (bar, " " * (extent.start_column - 1), "~" * width)]
    for i, text in enumerate(message.split("\n")):
        lines.append("%s %s" % (bar, text) if i == 0 else text)
    return "\n".join(lines)
