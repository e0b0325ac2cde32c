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


WINDOW_WIDTH = 120


def error_reason(record) -> str:
    """The word before the colon, chosen as ConciseView does (PowerShellCore_format_ps1xml.cs)."""
    if getattr(record.exception, "was_thrown", False):
        return "Exception"
    invocation = record.invocation
    if invocation is not None and invocation.command_name:
        return invocation.command_name
    if record.activity:
        return record.activity
    if record.category and record.category != "NotSpecified":
        return record.category
    return record.reason


_UNSET = object()


def _truncate(text: str, length: int) -> str:
    """Cut at `length`, then back to the last white space (Get-TruncatedString)."""
    if len(text) <= length:
        return text
    head = text[:length]
    cut = max(head.rfind(" "), head.rfind("\t"))
    return head[:cut] if cut >= 0 else head


def _wrap(prefix: str, message: str, width: int) -> str:
    message = prefix + message.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    if len(message) <= width:
        return message
    lines = [_truncate(message, width)]
    remaining = message[len(lines[0]):].strip()
    while len(remaining) + len(prefix) > width:
        piece = _truncate(prefix + remaining, width)
        if len(piece) - len(prefix) <= 0:
            break
        lines.append(piece)
        remaining = remaining[len(piece) - len(prefix):].strip()
    lines.append(prefix + remaining.strip())
    return "\n".join(lines)


def concise_view(record, width: int = WINDOW_WIDTH) -> str:
    """ConciseView: `Reason: message`, with the `Line |` block when the error has a script position."""
    message = str(record)
    reason = error_reason(record)
    invocation = record.invocation
    extent = invocation.extent if invocation is not None else None
    if extent is None or isinstance(extent, tuple):
        return "%s: %s" % (reason, message)
    line_no = extent.start_line
    if not (extent.file or line_no > 1 or record.is_parse_error):
        return "%s: %s" % (reason, message)
    line = extent.source.line_text(line_no)
    if extent.end_line == extent.start_line:
        marker = max(1, extent.end - extent.start)
    else:
        marker = max(1, len(line) - extent.start_column + 1)
    number = str(line_no)
    header_pad = " " * max(0, len(number) - 4)
    prefix = header_pad + "     | "
    lines = ["%s: %s" % (reason, "%s:%d" % (extent.file, line_no) if extent.file else ""),
             header_pad + "Line |",
             "%s |  %s" % (number.rjust(4), line),
             "%s %s%s" % (prefix, " " * (extent.start_column - 1), "~" * marker),
             _wrap(prefix, message, width)]
    return "\n".join(lines)
