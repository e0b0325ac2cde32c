"""Objects arriving from the wire: psrpcore's deserialized objects as pyposh values, as PowerShell's
deserializer gives them to a script.

Primitive known types come back as themselves; lists become ArrayLists and dictionaries Hashtables; any other
object becomes a property bag whose type names start with `Deserialized.`, whose properties are plain note
properties, whose methods are gone and whose ToString() is the one the sender wrote. ErrorRecords keep the
remote message, error id, category and position."""
from __future__ import annotations

import datetime
import decimal
import uuid

from psrpcore import types as wire

from pyposh.grammar.extent import Extent, SourceText
from pyposh.interpreter.api import (
    ArrayList, ErrorRecord, Hashtable, InformationalRecord, InformationRecord, InvocationInfo, PSCredential, PSObject,
    PSProperty, SecureString, TypedArray, convert_to, new_exception, numeric_types as numbers, wrap,
)
from pyposh.runtime.cmdlets.output import ErrorDetails

DESERIALIZED = "Deserialized."
REMOTE_EXCEPTION = "System.Management.Automation.RemoteException"

_INTEGERS = {wire.PSSByte: numbers.PSSByte, wire.PSByte: numbers.PSByte, wire.PSInt16: numbers.PSInt16,
             wire.PSUInt16: numbers.PSUInt16, wire.PSUInt: numbers.PSUInt32, wire.PSUInt64: numbers.PSUInt64}


def from_wire(value):
    """A deserialized psrpcore value as the pyposh value a script sees."""
    cls = type(value)
    handler = _HANDLERS.get(cls)
    if handler is None:
        handler = _HANDLERS[cls] = _handler_for(cls)
    return handler(value)


def _meta(value):
    """psrpcore's PSObject metadata, read past its (slow) attribute hook."""
    return object.__getattribute__(value, "PSObject")


def _with_notes(convert):
    """A primitive or container psrpcore made a PSObject: its extended properties (<MS>) become note properties
    of a PSObject wrapping the converted value."""
    def handle(value):
        result = convert(value)
        extended = _meta(value).extended_properties
        if extended:
            if type(result) is not PSObject:
                result = wrap(result)
            for prop in extended:
                result.add_note(prop.name, from_wire(prop.get_value(value)))
        return result
    return handle


def _integer(cls):
    target = _INTEGERS.get(cls)
    class_names = cls.PSObject.type_names

    def convert(value):
        meta = _meta(value)
        if meta.type_names != class_names:            # an enum this side has no class for
            return _enum(int(value), meta.type_names, str(meta.to_string))
        if target is not None:
            return target(int(value))
        if cls is wire.PSInt64:
            return numbers.make_integer(int(value), numbers.INT64)
        return int(value)
    return convert


def _handler_for(cls):
    """How values of psrpcore class `cls` become pyposh values (worked out once per class)."""
    if cls is type(None) or cls is bool:
        return lambda value: value
    if issubclass(cls, wire.ErrorRecord):
        return error_record_from_wire
    if issubclass(cls, wire.InformationalRecord):
        return informational_from_wire
    if issubclass(cls, wire.InformationRecord):
        return information_from_wire
    if issubclass(cls, (wire.PSEnumBase, wire.PSFlagBase)):
        return lambda value: _enum(int(value), _meta(value).type_names, _enum_text(value))
    if issubclass(cls, wire.PSCredential):
        return lambda value: PSCredential(str(value.UserName), _secure_string(value.Password))
    if issubclass(cls, wire.PSSecureString):
        return _secure_string
    convert = _plain_handler(cls)
    if convert is None:
        return _property_bag if issubclass(cls, wire.PSObject) else (lambda value: value)
    return _with_notes(convert) if issubclass(cls, wire.PSObject) else convert


def _plain_handler(cls):
    """Primitive and container classes (plain Python ones too, as psrpcore gives some)."""
    if issubclass(cls, wire.PSChar):
        return lambda value: numbers.PSChar(chr(int(value)))
    if issubclass(cls, int):
        return _integer(cls) if issubclass(cls, wire.PSObject) else int
    if issubclass(cls, float):
        return numbers.PSSingle if cls is wire.PSSingle else float
    if issubclass(cls, decimal.Decimal):
        return decimal.Decimal
    if issubclass(cls, wire.PSScriptBlock):
        return str.__str__                # a script block arrives as its text (it is not rehydrated)
    if issubclass(cls, wire.PSUri):
        return lambda value: convert_to(str.__str__(value), "uri")
    if issubclass(cls, wire.PSXml):
        return lambda value: convert_to(str.__str__(value), "xml")
    if issubclass(cls, str):
        return str.__str__
    if issubclass(cls, datetime.datetime):
        return datetime_from_wire
    if issubclass(cls, datetime.timedelta):
        return lambda value: datetime.timedelta(days=value.days, seconds=value.seconds,
                                                microseconds=value.microseconds)
    if issubclass(cls, uuid.UUID):
        return lambda value: uuid.UUID(int=value.int)
    if issubclass(cls, wire.PSVersion):
        return lambda value: convert_to(str(value), "version")
    if issubclass(cls, bytes):
        return lambda value: TypedArray([numbers.PSByte(b) for b in value], "byte")
    if issubclass(cls, dict):
        return _dictionary
    if issubclass(cls, (list, tuple)):
        return lambda value: ArrayList(from_wire(item) for item in value)
    if hasattr(cls, "queue") or issubclass(cls, wire.PSQueue):      # a deserialized Queue
        return lambda value: ArrayList(from_wire(item) for item in list(value.queue))
    return None


def _dictionary(value) -> Hashtable:
    table = Hashtable()
    for key, item in value.items():
        table[from_wire(key)] = from_wire(item)
    return table


_HANDLERS: dict = {}


def datetime_from_wire(value: datetime.datetime) -> datetime.datetime:
    """`Z` stays UTC; a time with an offset becomes this computer's local time (DateTimeKind.Local)."""
    plain = datetime.datetime(value.year, value.month, value.day, value.hour, value.minute, value.second,
                              value.microsecond, tzinfo=value.tzinfo)
    if plain.tzinfo is None:
        return plain
    if plain.utcoffset() == datetime.timedelta(0) and plain.tzinfo == datetime.timezone.utc:
        return plain
    try:
        return plain.astimezone().replace(tzinfo=None)
    except (OverflowError, ValueError, OSError):
        return plain.replace(tzinfo=None)


def _enum_text(value) -> str:
    name = value.name or str(int(value))
    return "None" if name == "none" else name


def _enum(number: int, names: list, text: str) -> PSObject:
    obj = PSObject(type_names=_deserialized(names), base=number)
    obj.deserialized_text = text
    return obj


def _deserialized(names) -> list:
    return [name if name.startswith(DESERIALIZED) else DESERIALIZED + name for name in names]


def _property_bag(value) -> PSObject:
    meta = _meta(value)
    obj = PSObject(type_names=_deserialized(meta.type_names or ["System.Object"]))
    for prop in list(meta.adapted_properties) + list(meta.extended_properties):
        try:
            item = prop.get_value(value)
        except Exception:  # noqa: BLE001 - a property psrpcore could not read arrives as $null
            item = None
        obj.add_member(PSProperty(prop.name, from_wire(item)))
    if meta.to_string is not None:
        obj.deserialized_text = str(meta.to_string)
    return obj


def _secure_string(value) -> SecureString:
    return SecureString(value.decrypt() if hasattr(value, "decrypt") else str(value))


# ---- records ---------------------------------------------------------------------------------------------------

def error_record_from_wire(value) -> ErrorRecord:
    """A remote ErrorRecord: a RemoteException carrying the remote message, with the remote error id, category,
    activity, reason, target and (when sent) the position in the remote script."""
    exception_object = value.Exception
    message = str(getattr(exception_object, "Message", None) or value)
    exception = new_exception(REMOTE_EXCEPTION, message)
    category_info = value.CategoryInfo
    category = category_info.Category.name if category_info is not None else "NotSpecified"
    record = ErrorRecord(exception, str(value.FullyQualifiedErrorId or ""), category,
                         from_wire(value.TargetObject), _invocation(value.InvocationInfo),
                         str(getattr(category_info, "Activity", "") or ""))
    if category_info is not None and category_info.Reason:
        record.reason = str(category_info.Reason)
    if value.ErrorDetails is not None and value.ErrorDetails.Message:
        record.error_details = ErrorDetails(str(value.ErrorDetails.Message))
    if value.ScriptStackTrace:
        record.script_stack_trace = str(value.ScriptStackTrace)
    return record


def _invocation(info) -> InvocationInfo | None:
    """The remote InvocationInfo: its command name, and an extent over the remote line it points at."""
    if info is None:
        return None
    command = info.MyCommand
    name = str(getattr(command, "Name", "") or "") if command is not None else ""
    line_text = str(info.Line or "")
    number = int(info.ScriptLineNumber or 0)
    extent = None
    if number > 0:
        position = info.DisplayScriptPosition
        start_column = int(info.OffsetInLine or 1)
        end_column = len(line_text) + 1
        if position is not None and getattr(position, "EndPosition", None) is not None \
                and int(position.EndLineNumber or 0) == number:
            end_column = int(position.EndColumnNumber or end_column)
        source = SourceText("\n" * (number - 1) + line_text, str(info.ScriptName or "") or None)
        offset = source.line_starts[number - 1]
        start = offset + max(0, min(start_column - 1, len(line_text)))
        end = offset + max(0, min(end_column - 1, len(line_text)))
        extent = Extent(source, start, max(start, end))
    return InvocationInfo(name, extent)


def informational_from_wire(value) -> InformationalRecord:
    kind = {wire.WarningRecord: "Warning", wire.VerboseRecord: "Verbose", wire.DebugRecord: "Debug"}.get(
        type(value), "Verbose")
    return InformationalRecord.of(kind, str(value.Message or ""))


def information_from_wire(value) -> InformationRecord:
    data = from_wire(value.MessageData)
    tags = [str(t) for t in (value.Tags or [])]
    host_text = None
    if "PSHOST" in tags:               # Write-Host: HostInformationMessage, shown as its text
        host_text = _host_text(data)
    record = InformationRecord(data, tags, str(value.Source or ""), host_text=host_text)
    if value.TimeGenerated is not None:
        record.time_generated = datetime_from_wire(value.TimeGenerated).timestamp() \
            if isinstance(value.TimeGenerated, datetime.datetime) else record.time_generated
    return record


def _host_text(data) -> str:
    """A HostInformationMessage's Message (what Write-Host wrote)."""
    if type(data) is PSObject:
        member = data.get_member("Message")
        if member is not None:
            return "" if member.value is None else str(member.value)
    return "" if data is None else str(data)
