"""Get-Member: the properties and methods of the objects in the pipeline, once per type."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import (
    AUTOMATION_NULL, Cmdlet, Parameter, PSObject, PyposhError, cmdlet, table_for, wildcard_match,
)

_MEMBER_DEFINITION = "Microsoft.PowerShell.Commands.MemberDefinition"

# How Get-Member names types in definitions (PowerShell shows type accelerators for these).
_SHORT_NAMES = {
    "System.Boolean": "bool", "System.Byte": "byte", "System.Char": "char", "System.Decimal": "decimal",
    "System.Double": "double", "System.Single": "float", "System.Int32": "int", "System.Int64": "long",
    "System.SByte": "sbyte", "System.Int16": "short", "System.String": "string", "System.UInt32": "uint",
    "System.UInt64": "ulong", "System.UInt16": "ushort", "System.Void": "void", "System.DateTime": "datetime",
    "System.TimeSpan": "timespan", "System.Collections.Hashtable": "hashtable", "System.Type": "type",
    "System.Version": "version", "System.Guid": "guid", "System.Management.Automation.ScriptBlock": "scriptblock",
    "System.Text.RegularExpressions.Regex": "regex", "System.Management.Automation.PSObject": "psobject",
}

_OBJECT_METHODS = {
    "equals": ("Equals", "bool Equals(System.Object obj)"),
    "gethashcode": ("GetHashCode", "int GetHashCode()"),
    "gettype": ("GetType", "type GetType()"),
    "tostring": ("ToString", "string ToString()"),
}

_PROPERTY_KINDS = ("AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty")
_METHOD_KINDS = ("Method", "CodeMethod", "ScriptMethod")


def short_type(value) -> str:
    if value is None or value is AUTOMATION_NULL:
        return "System.Object"
    name = api.type_name(value)
    return _SHORT_NAMES.get(name, name)


def _declared_type(type_name: str) -> str:
    """A declared property type as Get-Member shows it: the short name of a built-in type, else the full name."""
    found = api.resolve_type(type_name)
    name = found.full_name if found is not None else type_name
    return _SHORT_NAMES.get(name, name)


def _value_text(value) -> str:
    if value is None:
        return "null"
    try:
        if isinstance(value, (list, tuple, api.Hashtable, PSObject)):
            return api.to_string(value)
        return api.format_value(value)  # PSNoteProperty.ToString uses the value's own ToString() (en-US)
    except PyposhError:
        return api.type_name(value)


def _member_types(values) -> set | None:
    """The member kinds -MemberType selects (PSMemberTypes flags, by name)."""
    if not values:
        return None
    kinds = set()
    for value in values:
        for part in api.to_string(value).split(","):
            part = part.strip().lower()
            if not part:
                continue
            if part == "all":
                return None
            if part == "properties":
                kinds.update(k.lower() for k in _PROPERTY_KINDS)
            elif part == "methods":
                kinds.update(k.lower() for k in _METHOD_KINDS + ("ParameterizedProperty",))
            else:
                kinds.add(part)
    return kinds


def members_of(value, hidden: bool = False) -> list[tuple[str, str, str]]:
    """(name, member type, definition) for each member scripts see on the value (`hidden`: with the members of
    `hidden` class members, as -Force shows them)."""
    found: dict = {}
    obj = value
    if type(value) is PSObject:
        for member in value.members.values():
            found.setdefault(member.name.lower(), (member.name, member.kind, _psobject_definition(value, member)))
        if value.base is None:
            for key, (name, definition) in _OBJECT_METHODS.items():
                found.setdefault(key, (name, "Method", definition))
            return list(found.values())
        obj = value.base
    if isinstance(obj, api.Hashtable):
        table = api.table_for(api.Hashtable)
    else:
        table = table_for(type(obj))
    props = table.props if table is not None else {}
    is_table = isinstance(obj, api.Hashtable)
    prop_names = table.listed_names() if is_table and table is not None else api.property_names(obj, hidden)
    method_names = [mm.name for mm in table.methods.values()] if is_table and table is not None else \
        api.method_names(obj, hidden)
    for name in prop_names:
        prop = props.get(name.lower())
        try:
            current = prop.get(obj) if is_table and prop is not None else api.get_member(obj, name)
        except PyposhError:
            current = None
        access = "{get;set;}" if prop is not None and prop.set is not None else "{get;}"
        shown = _declared_type(prop.type_name) if prop is not None and prop.type_name else short_type(current)
        found.setdefault(name.lower(), (name, "Property", "%s %s %s" % (shown, name, access)))
    for name in method_names:
        key = name.lower()
        if key in _OBJECT_METHODS:
            found.setdefault(key, (_OBJECT_METHODS[key][0], "Method", _OBJECT_METHODS[key][1]))
        else:
            found.setdefault(key, (name, "Method", "%s(...)" % name))
    for key, (name, definition) in _OBJECT_METHODS.items():
        found.setdefault(key, (name, "Method", definition))
    return list(found.values())


def _psobject_definition(owner, member) -> str:
    kind = member.kind
    if kind == "NoteProperty":
        value = member.value
        return "%s %s=%s" % (short_type(value), member.name, _value_text(value))
    if kind == "AliasProperty":
        if member.target is None:
            return "%s = %s" % (member.name, member.value)
        if member.value is not None:  # the alias converts to a type (Add-Member -SecondValue)
            return "%s = (%s)%s" % (member.name, member.value, member.target)
        return "%s = %s" % (member.name, member.target)
    if kind == "ScriptProperty":
        getter = "get=%s;" % member.getter if member.getter is not None else ""
        setter = "set=%s;" % member.setter if member.setter is not None else ""
        return "System.Object %s {%s%s}" % (member.name, getter, setter)
    if kind == "ScriptMethod":
        return "System.Object %s();" % member.name
    if kind in ("MemberSet", "PropertySet"):     # PSMemberSet.ToString / PSPropertySet.ToString
        return api.to_string(member.value)
    return member.name


@cmdlet("Get-Member", aliases=("gm",))
class GetMember(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    name: Annotated[list, Parameter(type="string[]", position=0)] = None
    member_type: Annotated[list, Parameter(type="string[]", aliases=("Type",))] = None
    view: Annotated[str, Parameter(type="string", validate_set=("Extended", "Adapted", "Base", "All"))] = None
    static: Annotated[bool, Parameter(type="switch")] = False
    force: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        self.seen = set()
        self.any_input = False
        self.kinds = _member_types(self.member_type)

    def process(self):
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        self.any_input = True
        type_names = api.type_names(obj)
        key = "\n".join(type_names)
        if key in self.seen:
            return
        self.seen.add(key)
        if self.static:
            return
        type_name = type_names[0] if type_names else api.type_name(obj)
        rows = []
        for name, kind, definition in members_of(obj, self.force):
            if self.kinds is not None and kind.lower() not in self.kinds:
                continue
            if self.name and not any(wildcard_match(p, name) for p in self.name):
                continue
            rows.append((kind, name, definition))
        rows.sort(key=lambda r: (r[0].lower(), r[1].lower()))
        for kind, name, definition in rows:
            info = PSObject(type_names=[_MEMBER_DEFINITION, "System.Object"])
            info.add_note("TypeName", type_name)
            info.add_note("Name", name)
            info.add_note("MemberType", kind)
            info.add_note("Definition", definition)
            self.write_object(info)

    def end(self):
        if not self.any_input:
            self.write_error(self.error_record("You must specify an object for the Get-Member cmdlet.",
                                               "NoObjectInGetMember", "CloseError", None,
                                               "System.InvalidOperationException"))
