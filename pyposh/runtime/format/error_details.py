"""The extended error view that `Get-Error` output shows (PowerShell's GetErrorInstance view, Show-ErrorRecord in
PowerShellCore_format_ps1xml.cs): an error record or exception as an indented list of its non-empty properties,
nested exceptions, error records and InvocationInfo expanded four spaces deeper, in the order .NET reflection
lists them. Properties PowerShell takes from a live .NET stack (TargetSite, StackTrace) are unknown here and so
left out, as the view leaves out any null or empty property."""
from __future__ import annotations

import os

from pyposh.interpreter.api import (
    ErrorRecord, Hashtable, InvocationInfo, PSObject, PSType, PyposhError, exception_type_chain, get_member, is_list,
    property_names, to_string, unwrap,
)

MAX_DEPTH = 10
ELLIPSIS = "\u2026"
RECORD_EXTENDED = "System.Management.Automation.ErrorRecord#PSExtendedError"
EXCEPTION_EXTENDED = "System.Exception#PSExtendedError"
_RECORD = "System.Management.Automation.ErrorRecord"
_EXCEPTION = "System.Exception"
_RUNTIME = "System.Management.Automation.RuntimeException"
_PARENT = "System.Management.Automation.ParentContainsErrorRecordException"
_SMA = "System.Management.Automation"


class _Shown:
    """An object the view expands that pyposh keeps no object for: its properties, already in order."""

    __slots__ = ("props",)

    def __init__(self, props):
        self.props = props


def render_extended_error(obj) -> list:
    """The view's one entry for a Get-Error output object; like the view script, it gives the object its
    original type name back in place of the PSExtendedError one."""
    if isinstance(obj, PSObject):
        names = obj.type_names
        if RECORD_EXTENDED in names:
            names.append(_RECORD)
            names.remove(RECORD_EXTENDED)
        elif EXCEPTION_EXTENDED in names:
            names.append(_EXCEPTION)
            names.remove(EXCEPTION_EXTENDED)
    return [show_error(obj)]


def show_error(obj, indent: int = 0, depth: int = 1) -> str:
    """Show-ErrorRecord: `Name : value` lines, names padded to the longest non-empty one."""
    props = _properties(obj)
    prefix = " " * indent
    width = max((len(name) for name, value in props if _has_value(value)), default=0)
    out = []
    for name, value in props:
        if not _has_value(value) or _count(value) == 0 or name == "PSErrorIndex":
            continue
        out.append("%s%s%s : " % (prefix, name, " " * (width - len(name))))
        _append_value(out, name, value, prefix, indent + 4, width, depth)
        out.append("\n")
    return "".join(out)[:-1] if out else ""


def _append_value(out: list, name: str, value, prefix: str, new_indent: int, width: int, depth: int) -> None:
    if _expands(value):
        if depth >= MAX_DEPTH:
            out.append(ELLIPSIS)
        else:
            out.append("\n" + show_error(value, new_indent, depth + 1))
    elif name == "StackTrace":
        out.append("\n" + to_string(value))
    elif isinstance(unwrap(value), Hashtable):
        entries = unwrap(value)
        for i, key in enumerate(sorted(entries.keys(), key=lambda k: to_string(k).lower())):
            if i == 0:
                out.append("\n")
            shown = ELLIPSIS if to_string(key).lower() == "authorization" else to_string(entries[key])
            out.append("%s    %s : %s\n" % (prefix, to_string(key), shown))
    elif is_list(unwrap(value)) and name != "Data":
        if depth >= MAX_DEPTH:
            out.append(ELLIPSIS)
            return
        value_indent = " " * (new_indent + 2)
        for i, item in enumerate(unwrap(value)):
            out.append("\n")
            if isinstance(item, PSType):
                out.append("%s%s[%s]" % (prefix, value_indent, item.full_name))
            elif isinstance(item, (str, bool, int, float)):
                out.append("%s%s%s" % (prefix, value_indent, to_string(item)))
            else:
                if i:
                    out.append("\n")
                out.append(show_error(item, new_indent, depth + 1))
    elif isinstance(value, PSType):
        out.append("[%s]" % value.full_name)
    else:
        text = to_string(value)
        if "\n" in text:
            lines = text.split("\n")
            value_indent = " " * (width + 3)
            out.append(lines[0].strip())
            out.extend("\n%s%s%s" % (prefix, value_indent, line.strip()) for line in lines[1:])
        else:
            out.append(text)


# ---- which properties are shown (`$v -ne $null -and $v -ne [string]::Empty -and $v.count -gt 0`) -------------

def _equals_empty(value) -> bool:
    """`value -eq ''`: the empty string converts to False, to 0 or stays ''; other types never equal it."""
    if isinstance(value, str):
        return value == ""
    if isinstance(value, bool):
        return value is False
    if isinstance(value, (int, float)):
        return value == 0
    return False


def _truthy(items: list) -> bool:
    if not items:
        return False
    if len(items) == 1:
        item = items[0]
        return not (item is None or _equals_empty(item))
    return True


def _has_value(value) -> bool:
    base = unwrap(value)
    if is_list(base):
        items = list(base)
        return _truthy([v for v in items if v is not None]) and _truthy([v for v in items if not _equals_empty(v)])
    return value is not None and not _equals_empty(base)


def _count(value) -> int:
    base = unwrap(value)
    if base is None:
        return 0
    if is_list(base) or isinstance(base, Hashtable):
        return len(base)
    return 1


def _expands(value) -> bool:
    return isinstance(unwrap(value), (PyposhError, ErrorRecord, InvocationInfo, _Shown))


# ---- each kind of object's properties, in PowerShell's order -----------------------------------------------

def _properties(obj) -> list:
    notes = []
    if isinstance(obj, PSObject):
        notes = [(name, obj.get_member(name).value) for name in obj.property_names()]
        if obj.base is None:
            return notes
    base = unwrap(obj)
    if isinstance(base, _Shown):
        own = base.props
    elif isinstance(base, ErrorRecord):
        own = _record_properties(base)
    elif isinstance(base, PyposhError):
        own = _exception_properties(base, getattr(base, "error_record", None))
    elif isinstance(base, InvocationInfo):
        own = _invocation_properties(base, history_id=None)
    else:
        own = [(name, get_member(base, name)) for name in property_names(base)]
    seen = {name.lower() for name, _ in notes}
    return notes + [(name, value) for name, value in own if name.lower() not in seen]


def _record_properties(record: ErrorRecord) -> list:
    invocation = record.invocation
    return [("Exception", _ExceptionOf(record.exception, record)),
            ("TargetObject", record.target),
            ("CategoryInfo", get_member(record, "CategoryInfo")),
            ("FullyQualifiedErrorId", record.fully_qualified_error_id),
            ("ErrorDetails", record.error_details),
            ("InvocationInfo", _Shown(_invocation_properties(invocation)) if invocation is not None else None),
            ("ScriptStackTrace", record.script_stack_trace or None),
            ("PipelineIterationInfo", [])]


class _ExceptionOf(_Shown):
    """A record's exception, shown with what the record tells about it (its error id, category, position)."""

    __slots__ = ()

    def __init__(self, exception, record):
        super().__init__(_exception_properties(exception, record) if isinstance(exception, PyposhError)
                         else _properties(exception))


def _exception_properties(exc: PyposhError, record) -> list:
    """Type (the view's added note), then the type's own properties before those of its base types."""
    chain = exception_type_chain(exc.exception_type)
    props = [("Type", exc.exception_type)]
    if _RUNTIME in chain:
        props.append(("ErrorRecord", _Shown(_parent_record(exc, record))))
        if exc.exception_type.endswith(("ItemNotFoundException", "DriveNotFoundException")):
            target = record.target if record is not None else exc.target
            props += [("ItemName", to_string(target) if target is not None else ""), ("SessionStateCategory", "Drive")]
        elif exc.exception_type.endswith(".CommandNotFoundException"):
            props.append(("CommandName", to_string(exc.target) if exc.target is not None else ""))
        props.append(("WasThrownFromThrowStatement", bool(getattr(exc, "was_thrown", False))))
    inner = exc.inner if isinstance(exc.inner, PyposhError) else None
    props += [("TargetSite", None), ("StackTrace", None), ("Message", exc.message), ("Data", Hashtable()),
              ("InnerException", _ExceptionOf(inner, getattr(inner, "error_record", None)) if inner else None),
              ("HelpLink", None), ("Source", _SMA if _thrown(exc) and exc.exception_type.startswith(_SMA + ".")
                                   else None),
              ("HResult", get_member(exc, "HResult"))]
    return props


def _thrown(exc: PyposhError) -> bool:
    """Whether the exception was raised (a .NET exception gets its Source when thrown), or wraps one that was."""
    if exc.__traceback__ is not None or getattr(exc, "was_thrown", False):
        return True
    inner = exc.inner
    return exc.exception_type == _RUNTIME and isinstance(inner, PyposhError) and inner.__traceback__ is not None


def _parent_record(exc: PyposhError, record) -> list:
    """RuntimeException.ErrorRecord: the exception's own record, whose exception is a
    ParentContainsErrorRecordException. A command's error gets no position there; the engine's errors share
    the record's position (made with no command, so HistoryId -1)."""
    error_id = record.error_id if record is not None else exc.error_id
    category = record.category if record is not None else exc.category
    target = record.target if record is not None else exc.target
    invocation = record.invocation if record is not None else None
    if invocation is not None and getattr(invocation, "command_name", ""):
        error_id = error_id.split(",", 1)[0]
        invocation = None
    target_text = to_string(target) if target is not None else ""
    target_type = to_string(get_member(get_member(record, "CategoryInfo"), "TargetType")) \
        if record is not None and target is not None else ""
    parent = _Shown([("Type", _PARENT), ("TargetSite", None), ("StackTrace", None), ("Message", exc.message),
                     ("Data", Hashtable()), ("InnerException", None), ("HelpLink", None), ("Source", None),
                     ("HResult", -2146233087)])
    category_text = "%s: (%s:%s) [], ParentContainsErrorRecordException" % (category, target_text, target_type)
    return [("Exception", parent), ("TargetObject", target), ("CategoryInfo", category_text),
            ("FullyQualifiedErrorId", error_id), ("ErrorDetails", None),
            ("InvocationInfo", _Shown(_invocation_properties(invocation, -1)) if invocation is not None else None),
            ("ScriptStackTrace", None), ("PipelineIterationInfo", [])]


def _invocation_properties(info, history_id: int | None = None) -> list:
    """An ErrorRecord's InvocationInfo: a copy made from the command and the position (ErrorRecord.SetInvocationInfo),
    so BoundParameters is empty and the pipeline fields are 0. Its HistoryId is the session's next one (1 in a
    script) when there is a command, else -1."""
    extent = info.extent if not isinstance(info.extent, tuple) else None
    command = get_member(info, "MyCommand")
    if history_id is None:
        history_id = 1 if command else -1
    line = statement = ""
    file = None
    if extent is not None:
        source = extent.source
        number = extent.start_line
        start = source.line_starts[number - 1]
        end = source.line_starts[number] if number < len(source.line_starts) else len(source.text)
        line = source.text[start:end]      # PowerShell's Line keeps the line's newline
        statement = extent.text
        file = extent.file or None
    return [("MyCommand", command), ("BoundParameters", Hashtable()), ("UnboundArguments", []),
            ("ScriptLineNumber", info.script_line_number), ("OffsetInLine", info.offset_in_line),
            ("HistoryId", history_id), ("ScriptName", file or ""), ("Line", line), ("Statement", statement),
            ("PositionMessage", info.position_message),
            ("PSScriptRoot", os.path.dirname(file) if file else ""), ("PSCommandPath", file),
            ("InvocationName", to_string(get_member(info, "InvocationName")) or ""),
            ("PipelineLength", 0), ("PipelinePosition", 0), ("ExpectingInput", False),
            ("CommandOrigin", "Internal"), ("DisplayScriptPosition", None)]
