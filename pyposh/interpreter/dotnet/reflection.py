"""Reflection on types: `[string].GetProperties()`, GetMethods, GetProperty, GetMethod, GetMembers. The members
are those pyposh implements for the type (its member and static tables), each as a PropertyInfo or MethodInfo
with its name, declaring type and whether it is static; their types are not known and read as System.Object."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.objects import TYPE
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import LIBRARY, STATICS
from pyposh.interpreter.values.objects import TypedArray
from pyposh.interpreter.values.typenames import classes_named
from pyposh.interpreter.values.types import resolve_type


class MemberInfo:
    """A PropertyInfo or MethodInfo."""

    __slots__ = ("name", "declaring_type", "is_static", "kind", "writable")
    ps_properties = {"Name": "name", "DeclaringType": "declaring_type", "ReflectedType": "declaring_type",
                     "IsStatic": "is_static", "MemberType": "kind", "CanRead": "readable", "CanWrite": "writable",
                     "PropertyType": "value_type", "ReturnType": "value_type"}
    ps_methods = {"ToString": "__str__"}
    readable = True

    def __init__(self, name, declaring_type, is_static, kind, writable=False):
        self.name = name
        self.declaring_type = declaring_type
        self.is_static = is_static
        self.kind = kind                    # "Property" or "Method"
        self.writable = writable

    @property
    def ps_type_name(self) -> str:
        return "System.Reflection.Runtime%sInfo" % self.kind

    @property
    def value_type(self):
        return resolve_type("System.Object")

    def __str__(self):
        return "System.Object %s%s" % (self.name, "()" if self.kind == "Method" else "")


def _members(t, kind: str) -> list:
    found, seen = [], set()
    for cls in classes_named(t.full_name):
        table = reg.table_for(cls)
        if table is not None:
            found.extend(_from_table(t, table, kind, False, seen))
    LIBRARY.ensure()
    statics = STATICS.get(t.full_name.lower())
    if statics is not None:
        found.extend(_from_table(t, statics, kind, True, seen))
    return found


def _from_table(t, table, kind, is_static, seen):
    entries = table.props.values() if kind == "Property" else table.methods.values()
    for entry in entries:
        key = (entry.name.lower(), is_static)
        if key in seen or getattr(entry, "listed", True) is False:
            continue
        seen.add(key)
        writable = kind == "Property" and getattr(entry, "set", None) is not None
        yield MemberInfo(entry.name, t, is_static, kind, writable)


def _named(t, kind, name):
    lower = to_str(name).lower()
    return next((m for m in _members(t, kind) if m.name.lower() == lower), None)


(TYPE
 .method("GetProperties", lambda t, *flags: TypedArray(_members(t, "Property"), "System.Reflection.PropertyInfo"),
         0, 1)
 .method("GetMethods", lambda t, *flags: TypedArray(_members(t, "Method"), "System.Reflection.MethodInfo"), 0, 1)
 .method("GetMembers", lambda t, *flags: TypedArray(_members(t, "Property") + _members(t, "Method"),
                                                    "System.Reflection.MemberInfo"), 0, 1)
 .method("GetProperty", lambda t, name, *flags: _named(t, "Property", name), 1, 2)
 .method("GetMethod", lambda t, name, *rest: _named(t, "Method", name), 1, 3))
