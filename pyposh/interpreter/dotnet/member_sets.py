"""Member sets and property sets (System.Management.Automation.PSMemberSet and PSPropertySet).

A property set names some of an object's properties (`DefaultDisplayPropertySet`); a member set groups members
under one name. Scripts build them to choose what formatting shows of their objects:

    $set = New-Object System.Management.Automation.PSPropertySet('DefaultDisplayPropertySet', [string[]]('Name', 'Id'))
    $obj | Add-Member MemberSet PSStandardMembers ([System.Management.Automation.PSMemberInfo[]]@($set))

A member set is a PSObject typed PSMemberSet whose members are the set's members, so `$obj.PSStandardMembers.
DefaultDisplayPropertySet.ReferencedPropertyNames` reads as in PowerShell; formatting looks there for the
properties an object shows by default (default_display_names)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import constructor
from pyposh.interpreter.values.conversions import final_cast_error
from pyposh.interpreter.values.objects import PSObject, PSProperty, unwrap
from pyposh.interpreter.values.typenames import register_type

SMA = "System.Management.Automation."
MEMBER_INFO = SMA + "PSMemberInfo"
MEMBER_SET = SMA + "PSMemberSet"
PROPERTY_SET = SMA + "PSPropertySet"
STANDARD_MEMBERS = "PSStandardMembers"
DEFAULT_DISPLAY_PROPERTY_SET = "DefaultDisplayPropertySet"


class PSPropertySet:
    """A named list of property names."""

    __slots__ = ("name", "names")
    ps_type_name = PROPERTY_SET
    member_kind = "PropertySet"

    def __init__(self, name: str, names):
        self.name = name
        self.names = [to_str(n) for n in names]

    def ps_to_string(self) -> str:
        return "%s {%s}" % (self.name, ", ".join(self.names))


def _items(value) -> list:
    value = unwrap(value)
    if value is None:
        return []
    return [unwrap(v) for v in value] if isinstance(value, (list, tuple)) else [value]


def property_set(name: str, names) -> PSPropertySet:
    if not name:
        raise reg.argument_error("The value cannot be null or empty.", "name")
    return PSPropertySet(name, _items(names))


def member_set(name: str, members=None) -> PSObject:
    """`[PSMemberSet]::new(name, members)`: each member (a property set, a note property, ...) under its name."""
    if not name:
        raise reg.argument_error("The value cannot be null or empty.", "name")
    found = PSObject(type_names=[MEMBER_SET, MEMBER_INFO, "System.Object"])
    for member in _items(members):
        kind = getattr(member, "member_kind", None) or getattr(member, "kind", None)
        member_name = getattr(member, "name", None)
        if kind is None or member_name is None:
            raise reg.argument_error("The member set's members must be PSMemberInfo objects.", "members")
        value = member if kind in ("PropertySet", "MemberSet") else getattr(member, "value", None)
        found.add_member(PSProperty(member_name, value, kind=kind))
    names = ", ".join(m.name for m in found.members.values())
    found.deserialized_text = "%s {%s}" % (name, names)      # its ToString(), as PSMemberSet.ToString gives it
    return found


def is_member_set(value) -> bool:
    return type(value) is PSObject and value.type_names[:1] == [MEMBER_SET]


def property_set_names(value, name: str) -> list[str]:
    """The names the object's property set `name` references ([] when it has no such set): Select-Object and
    the formatters expand a property set to its properties (PSPropertyExpression.ResolveNames)."""
    if type(value) is not PSObject:
        return []
    member = value.members.get(name.lower())
    if member is None or member.kind != "PropertySet" or not isinstance(member.value, PSPropertySet):
        return []
    return list(member.value.names)


def default_display_names(value) -> list[str] | None:
    """The names an object's PSStandardMembers.DefaultDisplayPropertySet lists, or None when it has none."""
    if type(value) is not PSObject:
        return None
    standard = value.members.get(STANDARD_MEMBERS.lower())
    if standard is None or standard.kind != "MemberSet" or not is_member_set(standard.value):
        return None
    display = standard.value.members.get(DEFAULT_DISPLAY_PROPERTY_SET.lower())
    if display is None or not isinstance(display.value, PSPropertySet):
        return None
    return list(display.value.names) or None


def _is_member_info(value) -> bool:
    value = unwrap(value) if not is_member_set(value) else value
    return isinstance(value, PSPropertySet) or is_member_set(value) or \
        MEMBER_INFO in (getattr(value, "ps_base_types", None) or ()) or \
        str(getattr(value, "ps_type_name", "")).startswith(SMA + "PS") and hasattr(value, "kind")


def _to_member_info(value):
    """`[PSMemberInfo]$x` (and `[PSMemberInfo[]]@(...)`): a member info passes; anything else cannot convert."""
    if value is None or _is_member_info(value):
        return value if is_member_set(value) else unwrap(value)
    raise final_cast_error(value, MEMBER_INFO)


register_type(MEMBER_INFO, converter=_to_member_info, instance_check=_is_member_info)
register_type(PROPERTY_SET, (MEMBER_INFO,), instance_check=lambda v: isinstance(unwrap(v), PSPropertySet))

PROPERTY_SET_MEMBERS = reg.define_type(PSPropertySet, PROPERTY_SET)
(PROPERTY_SET_MEMBERS
 .prop("Name", lambda s: s.name)
 .prop("ReferencedPropertyNames", lambda s: list(s.names))
 .prop("MemberType", lambda s: "PropertySet")
 .prop("TypeNameOfValue", lambda s: PROPERTY_SET)
 .prop("IsInstance", lambda s: True)
 .method("ToString", lambda s: s.ps_to_string()))

constructor(PROPERTY_SET, lambda t, name, names: property_set(to_str(name), names), 2)
constructor(MEMBER_SET, lambda t, name, members=None: member_set(to_str(name), members), 1, 2)
