"""Objects leaving a runspace for the wire: pyposh values as psrpcore objects, which psrpcore writes as CLIXML.

PowerShell's serializer rules (serialization.cs): primitives keep their type; lists and dictionaries are
containers and do not use up depth; an object's own note properties (a [pscustomobject]'s) are instance members
and keep the depth; the properties of other objects are written one level down, and at depth 0 an object is
written as its ToString(). Remote output is serialized to depth 1 (s_mshDefaultSerializationDepth)."""
from __future__ import annotations

import datetime
import decimal
import types
import uuid

from psrpcore import types as wire

from pyposh.interpreter.api import (
    AUTOMATION_NULL, MISSING, ArrayList, EnumValue, ErrorRecord, GenericList, Hashtable, InformationalRecord,
    InformationRecord, PSCredential, PSObject, ScriptBlock, SecureString, TypedArray, exception_type_chain, get_member,
    numeric_code, numeric_types as codes, property_names, to_string, type_names,
)

DEFAULT_DEPTH = 1
_INT32_MIN, _INT32_MAX = -2**31, 2**31 - 1
MAX_DEPTH_BELOW_TOP = 50          # InternalSerializer.MaxDepthBelowTopLevel: deeper objects become strings

_INTEGERS = {codes.SBYTE: wire.PSSByte, codes.BYTE: wire.PSByte, codes.INT16: wire.PSInt16,
             codes.UINT16: wire.PSUInt16, codes.INT32: wire.PSInt, codes.UINT32: wire.PSUInt,
             codes.INT64: wire.PSInt64, codes.UINT64: wire.PSUInt64}
_LIST_TYPES = (list, tuple, ArrayList, TypedArray, GenericList)
_RECORD_KINDS = {"Warning": wire.WarningRecord, "Verbose": wire.VerboseRecord, "Debug": wire.DebugRecord}


def to_wire(value, depth: int = DEFAULT_DEPTH):
    """`value` as psrpcore serializes it: its type, its properties to `depth`."""
    return _Writer().write(value, depth)


class _Writer:
    """One serialization: the depth below the top object, to stop at cycles as PowerShell does."""

    def __init__(self):
        self.level = 0

    def write(self, value, depth: int):
        if self.level >= MAX_DEPTH_BELOW_TOP:       # (a PSObject may contain itself: its type name, not its text)
            return type_names(value)[0] if type(value) is PSObject else to_string(value)
        self.level += 1
        try:
            return self._write(value, depth)
        finally:
            self.level -= 1

    def _write(self, value, depth: int):
        cls = type(value)
        if cls is str or cls is bool or value is None:
            return value
        if cls is int and _INT32_MIN <= value <= _INT32_MAX:
            return value                    # psrpcore writes a plain int in Int32's range as <I32>
        if value is AUTOMATION_NULL:
            return None
        primitive = primitive_to_wire(value)
        if primitive is not _NOT_PRIMITIVE:
            return primitive
        if cls is PSObject:
            return self._psobject(value, depth)
        if isinstance(value, _LIST_TYPES):
            return self._list(value, depth)
        if cls is Hashtable:
            return self._dictionary(value, depth)
        if isinstance(value, EnumValue):
            return enum_to_wire(value)
        if isinstance(value, ScriptBlock):
            return wire.PSScriptBlock(str(value))
        if isinstance(value, ErrorRecord):
            return error_record_to_wire(value, invocation=True)
        if isinstance(value, InformationalRecord):
            return informational_to_wire(value)
        if isinstance(value, InformationRecord):
            return information_to_wire(value)
        if depth <= 0:
            return to_string(value)
        return self._complex(value, type_names(value), to_string(value), depth)

    def _psobject(self, value: PSObject, depth: int):
        notes = [(m.name, m) for m in value.members.values() if m.kind.endswith("Property")]
        if value.base is None:
            obj = wire.PSObject()
            meta = obj.PSObject
            meta.type_names = list(value.type_names)
            meta.extended_properties = [wire.PSNoteProperty(name, self.write(_value(value, m), depth))
                                        for name, m in notes]
            return obj
        base = self.write(value.base, depth)
        if not notes or not isinstance(base, wire.PSObject) or isinstance(base, bool):
            return base
        for name, member in notes:      # instance members of a wrapped value: an extended primitive's <MS>
            base.PSObject.extended_properties.append(
                wire.PSNoteProperty(name, self.write(_value(value, member), depth)))
        return base

    def _list(self, value, depth: int):
        items = wire.PSList(self.write(item, depth) for item in value)
        items.PSObject.type_names = type_names(value)
        return items

    def _dictionary(self, value: Hashtable, depth: int):
        entries = wire.PSDict()
        for key in value:
            entries[self.write(key, depth)] = self.write(value[key], depth)
        entries.PSObject.type_names = type_names(value)
        return entries

    def _complex(self, value, names: list, text: str | None, depth: int):
        obj = wire.PSObject()
        meta = obj.PSObject
        meta.type_names = list(names)
        adapted = []
        for name in property_names(value):
            try:
                member = get_member(value, name)
            except Exception:  # noqa: BLE001 - a getter that fails is left out, as GetPropertyValueInThreadSafeManner does
                continue
            if member is not MISSING:
                adapted.append(wire.PSNoteProperty(name, self.write(member, depth - 1)))
        meta.adapted_properties = adapted
        if text is not None:
            meta.to_string = text
        return obj


def _value(obj: PSObject, member):
    if member.kind == "NoteProperty":
        return member.value
    try:
        return get_member(obj, member.name)
    except Exception:  # noqa: BLE001 - a script property that fails serializes as $null
        return None


def contains_secret(value, depth: int = 0) -> bool:
    """Whether sending `value` writes a SecureString (which needs PSRP's session key exchanged first)."""
    if depth > 8 or value is None:
        return False
    if isinstance(value, (SecureString, PSCredential)):
        return True
    if type(value) is PSObject:
        return contains_secret(value.base, depth + 1) or any(
            m.kind == "NoteProperty" and contains_secret(m.value, depth + 1) for m in value.members.values())
    if isinstance(value, _LIST_TYPES):
        return any(contains_secret(item, depth + 1) for item in value)
    if type(value) is Hashtable:
        return any(contains_secret(value[key], depth + 1) for key in value)
    return False


# ---- primitives ------------------------------------------------------------------------------------------

_NOT_PRIMITIVE = object()


def primitive_to_wire(value):
    """A primitive known type (KnownTypes in serialization.cs) as psrpcore's type; _NOT_PRIMITIVE otherwise."""
    cls = type(value)
    if cls is str:
        return value
    if cls is bool:
        return value
    code = numeric_code(value)
    if code is not None:
        if code in _INTEGERS:
            return _INTEGERS[code](value)
        if code == codes.CHAR:
            return wire.PSChar(str(value))
        if code == codes.DOUBLE:
            return wire.PSDouble(value)
        if code == codes.SINGLE:
            return wire.PSSingle(value)
        if code == codes.DECIMAL:
            return wire.PSDecimal(value)
        return _NOT_PRIMITIVE           # [bigint]: a complex object, as .NET's BigInteger is
    if isinstance(value, str):           # [char] and other string kinds
        if cls.__name__ == "PSChar":
            return wire.PSChar(str.__str__(value))
        return str.__str__(value)
    if isinstance(value, datetime.datetime):
        return datetime_to_wire(value)
    if isinstance(value, datetime.timedelta):
        return value
    if cls is uuid.UUID:
        return value
    if cls is decimal.Decimal:
        return wire.PSDecimal(value)
    type_name = getattr(value, "ps_type_name", None)
    if type_name == "System.Version":
        return wire.PSVersion(to_string(value))
    if type_name == "System.Uri":
        return wire.PSUri(to_string(value))
    if type_name == "System.Security.SecureString":
        return wire.PSSecureString(value.plain_text())
    return _NOT_PRIMITIVE


class _LocalOffset(datetime.tzinfo):
    """A local time's UTC offset, written `+00:00` even when it is zero (psrpcore writes `Z` only for
    datetime.timezone.utc, which is DateTimeKind.Utc)."""

    def __init__(self, offset: datetime.timedelta):
        self.offset = offset

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        return None


def datetime_to_wire(value: datetime.datetime):
    """A DateTime as XmlConvert's RoundtripKind writes it: `Z` for UTC, the local offset for a local time."""
    if value.tzinfo is None:
        try:
            offset = value.astimezone().utcoffset()      # pyposh's naive times are local (DateTimeKind.Local)
        except (OverflowError, ValueError, OSError):
            offset = None
        if offset is not None:
            value = value.replace(tzinfo=_LocalOffset(offset))
    return wire.PSDateTime(value)


# ---- enums -------------------------------------------------------------------------------------------------

_ENUM_CLASSES: dict = {}


def enum_to_wire(value: EnumValue):
    """An enum value: `<Obj>` with the enum's type names, `<ToString>` its name and the number inside."""
    enum_type = value.enum
    cls = _ENUM_CLASSES.get(enum_type.full_name)
    if cls is None:
        cls = _ENUM_CLASSES[enum_type.full_name] = _enum_class(enum_type)
    try:
        return cls(value.number)
    except ValueError:                  # a number without a name (a cast of any integer): its value only
        return wire.PSInt(value.number)


def _enum_class(enum_type):
    base = wire.PSFlagBase if enum_type.flags else wire.PSEnumBase
    members = {}
    for name, number in enum_type.members:
        key = "none" if name == "None" else name
        if not key.startswith("_") and key not in members:
            members[key] = number

    cls = types.new_class(enum_type.full_name.rsplit(".", 1)[-1], (base,), {},
                          lambda namespace: namespace.update(members))
    return wire.PSType([enum_type.full_name])(cls)


# ---- records -----------------------------------------------------------------------------------------------

def exception_to_wire(exception):
    """A .NET exception object: its type chain and Message (the rest of its properties as PowerShell writes
    them when it has them)."""
    chain = exception_type_chain(getattr(exception, "exception_type", "System.Exception"))
    inner = getattr(exception, "inner", None)
    obj = wire.NETException(Message=getattr(exception, "message", None) or str(exception),
                            HResult=getattr(exception, "hresult", -2146233087),
                            InnerException=exception_to_wire(inner) if inner is not None else None)
    obj.PSObject.type_names = chain + ["System.Object"]
    return obj


def error_record_to_wire(record: ErrorRecord, invocation: bool):
    """An ErrorRecord as PSRP sends it (ErrorRecord.ToPSObjectForRemoting); `invocation` adds where it
    happened (RemoteStreamOptions.AddInvocationInfoToErrorRecord)."""
    info = record.invocation if invocation else None
    category = wire.ErrorCategoryInfo(
        Category=wire.ErrorCategory[record.category] if record.category in wire.ErrorCategory.__members__
        else wire.ErrorCategory.NotSpecified,
        Activity=record.activity or "", Reason=record.reason or "",
        TargetName=to_string(record.target) if record.target is not None else "",
        TargetType=type_names(record.target)[0] if record.target is not None else "")
    details = None
    if record.error_details is not None:
        details = wire.ErrorDetails(Message=str(record.error_details),
                                    RecommendedAction=getattr(record.error_details, "recommended_action", "") or "")
    wire_record = wire.ErrorRecord(
        Exception=exception_to_wire(record.exception),
        CategoryInfo=category,
        TargetObject=to_wire(record.target, 0) if record.target is not None else None,
        FullyQualifiedErrorId=record.error_id,
        InvocationInfo=invocation_to_wire(info) if info is not None else None,
        ErrorDetails=details,
        PipelineIterationInfo=wire.PSList([]),
        ScriptStackTrace=record.script_stack_trace or None)
    wire_record.serialize_extended_info = info is not None
    return wire_record


def invocation_to_wire(info):
    """An InvocationInfo: the command, the script position (line, column, the line's text)."""
    extent = info.extent
    line = info.line if extent is not None else ""
    position = None
    if extent is not None and not isinstance(extent, tuple):
        start = wire.ScriptPosition(extent.file or "", extent.start_line, extent.start_column, line)
        end = wire.ScriptPosition(extent.file or "", extent.end_line, extent.end_column, line)
        position = wire.ScriptExtent(start, end)
    command = None
    if info.command_name:
        command = types.SimpleNamespace(CommandType=wire.CommandTypes.Cmdlet, Definition="",
                                        Name=info.command_name, Visibility=wire.SessionStateEntryVisibility.Public)
    return wire.InvocationInfo(
        BoundParameters=wire.PSDict(), CommandOrigin=wire.CommandOrigin.Internal,
        DisplayScriptPosition=position, ExpectingInput=False, HistoryId=1, InvocationName=info.command_name or "",
        Line=line, MyCommand=command, OffsetInLine=info.offset_in_line, PipelineLength=1, PipelinePosition=1,
        PositionMessage=info.position_message, PSCommandPath=info.script_name, PSScriptRoot="",
        ScriptLineNumber=info.script_line_number, ScriptName=info.script_name, UnboundArguments=wire.PSList())


def informational_to_wire(record):
    """A warning, verbose or debug record in the output stream."""
    return _RECORD_KINDS[record.kind](Message=record.message)


def information_to_wire(record):
    """An InformationRecord (Write-Host and Write-Information)."""
    created = datetime.datetime.fromtimestamp(record.time_generated)
    data = to_wire(record.message_data, 1)
    return wire.InformationRecord.create(data, record.source or "", time_generated=datetime_to_wire(created),
                                         tags=wire.PSList(record.tags))
