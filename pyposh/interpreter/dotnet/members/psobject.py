"""`$x.PSObject`: the view of a value's members (Properties, Methods, TypeNames, BaseObject)."""
from __future__ import annotations

import fnmatch

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.adapter import get_member, invoke_method, set_member
from pyposh.interpreter.dotnet.members.collections import HashtableBase
from pyposh.interpreter.dotnet.registry import VOID, to_str
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.objects import GenericList, Hashtable, PSObject, PSProperty
from pyposh.interpreter.values.types import resolve_type, type_names, type_of

ENUMS["system.management.automation.psmembertypes"] = EnumType(
    "System.Management.Automation.PSMemberTypes",
    [("AliasProperty", 1), ("CodeProperty", 2), ("Property", 4), ("NoteProperty", 8), ("ScriptProperty", 16),
     ("Properties", 31), ("PropertySet", 32), ("Method", 64), ("CodeMethod", 128), ("ScriptMethod", 256),
     ("Methods", 448), ("ParameterizedProperty", 512), ("MemberSet", 1024), ("Event", 2048), ("Dynamic", 4096),
     ("InferredProperty", 8192), ("All", 16383)], flags=True)
_MEMBER_TYPES = ENUMS["system.management.automation.psmembertypes"]


class PSPropertyInfo:
    """One property as `.PSObject.Properties` lists it; reading or writing Value goes to the object."""

    __slots__ = ("owner", "name", "kind", "detached")
    _TYPE_NAMES = {"NoteProperty": "PSNoteProperty", "ScriptProperty": "PSScriptProperty",
                   "AliasProperty": "PSAliasProperty", "CodeProperty": "PSCodeProperty"}

    def __init__(self, owner, name, kind="NoteProperty", detached=None):
        self.owner = owner          # the object the property belongs to (None for a new PSNoteProperty)
        self.name = name
        self.kind = kind
        self.detached = detached    # the value of a PSNoteProperty not yet added to an object

    @property
    def ps_type_name(self) -> str:
        return "System.Management.Automation." + self._TYPE_NAMES.get(self.kind, "PSProperty")

    @property
    def value(self):
        if self.owner is None:
            return self.detached
        return get_member(self.owner, self.name)

    @value.setter
    def value(self, new):
        if self.owner is None:
            self.detached = new
            return
        set_member(self.owner, self.name, new)

    @property
    def type_name(self):
        value = self.value
        return "System.Object" if value is None else type_of(value).full_name

    @property
    def settable(self) -> bool:
        if self.kind in ("NoteProperty", "AliasProperty"):
            return True
        if type(self.owner) is PSObject:
            member = self.owner.get_member(self.name)
            return member is not None and member.setter is not None
        table = reg.table_for(type(self.owner))
        prop = table.props.get(self.name.lower()) if table else None
        return prop is not None and prop.set is not None


def _info_to_string(info):
    t = resolve_type(info.type_name)
    return "%s %s=%s" % (t.ps_name if t else info.type_name, info.name, to_str(info.value))


PROPERTY_INFO = reg.define_type(PSPropertyInfo, "System.Management.Automation.PSNoteProperty")
(PROPERTY_INFO
 .prop("Value", lambda p: p.value, lambda p, v: setattr(p, "value", v))
 .prop("MemberType", lambda p: _MEMBER_TYPES.lookup(p.kind) or _MEMBER_TYPES.lookup("Property"))
 .prop("IsSettable", lambda p: p.settable)
 .prop("IsGettable", lambda p: True)
 .prop("TypeNameOfValue", lambda p: p.type_name)
 .prop("Name", lambda p: p.name)
 .prop("IsInstance", lambda p: p.kind != "Property")
 .method("ToString", _info_to_string)
 .method("Copy", lambda p: PSPropertyInfo(None, p.name, p.kind, p.value)))


class PSMethodInfo:
    """One method as `.PSObject.Methods` lists it."""

    __slots__ = ("owner", "name", "kind")
    ps_type_name = "System.Management.Automation.PSMethod"

    def __init__(self, owner, name, kind="Method"):
        self.owner = owner
        self.name = name
        self.kind = kind


def _invoke_info(info, args):
    return invoke_method(info.owner, info.name, list(args))


METHOD_INFO = reg.define_type(PSMethodInfo, "System.Management.Automation.PSMethod")
(METHOD_INFO
 .prop("Name", lambda m: m.name)
 .prop("MemberType", lambda m: _MEMBER_TYPES.lookup(m.kind))
 .prop("IsInstance", lambda m: m.kind != "Method")
 .method("Invoke", lambda m, *args: _invoke_info(m, args), 0, None))


class PSMemberCollection(list):
    """`.PSObject.Properties` / `.Members` / `.Methods`: a list of member infos, also indexable by name."""

    __slots__ = ("owner",)
    ps_type_name = ("System.Management.Automation.PSMemberInfoIntegratingCollection`1"
                    "[System.Management.Automation.PSPropertyInfo]")

    def __init__(self, items=(), owner=None):
        super().__init__(items)
        self.owner = owner

    def __getitem__(self, key):
        if isinstance(key, str):
            for info in self:
                if info.name.lower() == key.lower():
                    return info
            return None
        return super().__getitem__(key)


def _collection_add(coll, info, *_prefer):
    owner = coll.owner
    if type(owner) is not PSObject:
        raise reg.DotNetException("System.Management.Automation.ExtendedTypeSystemException",
                                  "Cannot add a member to this object.")
    if isinstance(info, PSPropertyInfo):
        if owner.get_member(info.name) is not None:
            raise reg.DotNetException(
                "System.Management.Automation.ExtendedTypeSystemException",
                'Cannot add a member with the name "%s" because a member with that name already exists. To '
                'overwrite the member anyway, add the Force parameter to your command.' % info.name)
        owner.add_note(info.name, info.value)
        coll.append(PSPropertyInfo(owner, info.name))
        return VOID
    raise reg.argument_error("Cannot add a member of this kind.")


def _collection_remove(coll, name):
    owner = coll.owner
    if type(owner) is PSObject:
        owner.members.pop(to_str(name).lower(), None)
    coll[:] = [i for i in coll if i.name.lower() != to_str(name).lower()]
    return VOID


def _collection_match(coll, pattern, *_types):
    pattern = to_str(pattern).lower()
    return [i for i in coll if fnmatch.fnmatchcase(i.name.lower(), pattern)]


MEMBER_COLLECTION = reg.define_type(
    PSMemberCollection,
    "System.Management.Automation.PSMemberInfoIntegratingCollection`1[System.Management.Automation.PSPropertyInfo]")
(MEMBER_COLLECTION
 .prop("Count", len)
 .method("Item", lambda c, name: c[to_str(name)], 1)
 .method("Add", _collection_add, 1, 2)
 .method("Remove", _collection_remove, 1)
 .method("Match", _collection_match, 1, 2)
 .method("GetEnumerator", lambda c: list(c)))


def property_infos(value) -> list[PSPropertyInfo]:
    if type(value) is PSObject:
        infos = [PSPropertyInfo(value, m.name, m.kind) for m in value.members.values() if m.kind.endswith("Property")]
        if value.base is not None:
            seen = {i.name.lower() for i in infos}
            infos += [PSPropertyInfo(value, i.name, i.kind) for i in property_infos(value.base)
                      if i.name.lower() not in seen]
        return infos
    table = reg.table_for(type(value))
    if table is None or value is None:
        return []
    return [PSPropertyInfo(value, p.name, "Property") for p in table.props.values()]


def method_infos(value) -> list[PSMethodInfo]:
    infos = []
    if type(value) is PSObject:
        infos = [PSMethodInfo(value, m.name, m.kind) for m in value.members.values()
                 if not m.kind.endswith("Property")]
        if value.base is not None:
            infos += method_infos(value.base)
            return infos
    table = reg.table_for(type(value))
    if table is not None and value is not None:
        infos += [PSMethodInfo(value, m.name) for m in table.methods.values()]
    return infos


class PSObjectView:
    """`$x.PSObject` (also `.psadapted` and `.psextended`)."""

    __slots__ = ("target", "part")
    ps_type_name = "System.Management.Automation.PSObject"

    def __init__(self, target, part=None):
        self.target = target
        self.part = part

    def ps_to_string(self) -> str:
        return to_str(self.target)

    def base_object(self):
        return reg.unwrap(self.target)


def _view_properties(view):
    infos = property_infos(view.target)
    if view.part == "psadapted":
        infos = [i for i in infos if i.kind == "Property"]
    elif view.part == "psextended":
        infos = [i for i in infos if i.kind != "Property"]
    return PSMemberCollection(infos, view.target)


def _view_type_names(view):
    """`.PSObject.TypeNames`: a live, growable list of strings (Insert/Add/Remove change the object's names)."""
    target = view.target
    if type(target) is PSObject:
        if not isinstance(target.type_names, GenericList):
            target.type_names = GenericList(target.type_names, "System.String")
        return target.type_names
    return GenericList(type_names(target), "System.String")


def _view_copy(view):
    target = view.target
    if type(target) is not PSObject:
        return target
    copy = PSObject(type_names=target.type_names, base=target.base)
    for key, m in target.members.items():
        copy.members[key] = PSProperty(m.name, m.value, m.kind, m.getter, m.setter, m.target)
    return copy


reg.define_type(PSObject, "System.Management.Automation.PSCustomObject")
PSOBJECT_VIEW = reg.define_type(PSObjectView, "System.Management.Automation.PSObject")
(PSOBJECT_VIEW
 .prop("BaseObject", lambda v: v.base_object())
 .prop("ImmediateBaseObject", lambda v: v.base_object())
 .prop("Members", lambda v: PSMemberCollection(property_infos(v.target) + method_infos(v.target), v.target))
 .prop("Properties", _view_properties)
 .prop("Methods", lambda v: PSMemberCollection(method_infos(v.target), v.target))
 .prop("TypeNames", _view_type_names)
 .method("Copy", _view_copy)
 .method("ToString", lambda v, *a: to_str(v.target), 0, 2))


def _psbase(value):
    """`.psbase`: a hashtable's own members (not its keys), a wrapped value's base, else the value."""
    if type(value) is Hashtable:
        return HashtableBase(value)
    return value.base if type(value) is PSObject and value.base is not None else value


reg.INTRINSIC_PROPERTIES.update({
    "psobject": PSObjectView,
    "psbase": _psbase,
    "pstypenames": lambda value: _view_type_names(PSObjectView(value)),
    "psadapted": lambda value: PSObjectView(value, "psadapted"),
    "psextended": lambda value: PSObjectView(value, "psextended"),
})
