"""The one adapter deciding which members scripts see on a value: properties, methods, member enumeration.

Only members listed in the member tables (registry.py) are reachable: never a Python attribute. The tables
are filled by the modules of dotnet/members/ (runspace.py imports them all).
"""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import INTRINSIC_METHODS, INTRINSIC_PROPERTIES, MISSING, VOID  # noqa: F401
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.objects import AutomationNull, BoundParameters, Hashtable, PSObject, PSReference
from pyposh.interpreter.values.types import type_of

_table_for = reg.table_for
_INTRINSIC_PROPS = ("psobject", "psbase", "pstypenames", "psadapted", "psextended")


def _is_collection(value) -> bool:
    """What PowerShell enumerates for member access: arrays and lists (not strings, not dictionaries)."""
    return isinstance(value, (list, tuple))


# ---- reading -----------------------------------------------------------------------------------------

_SETS = ("MemberSet", "PropertySet")     # `$o.PSStandardMembers`: a member set reads as the set itself


def find_property(value, name: str, enumerate_items: bool = True, intrinsic: bool = True):
    """The value of property `name` on `value`, or MISSING. Case-insensitive; lists enumerate their items.

    `intrinsic=False` leaves out the members PowerShell adds to every object (Count, Length on scalars):
    Select-Object and Sort-Object see only the object's own properties."""
    intrinsic_property = _intrinsic_property if intrinsic else _no_intrinsic
    cls = type(value)
    if cls is PSObject:
        member = value.members.get(name.lower())
        if member is not None and (member.kind.endswith("Property") or member.kind in _SETS):
            return _psobject_property(value, member)
        if value.base is not None:
            lname = name.lower()
            if lname in _INTRINSIC_PROPS:
                return intrinsic_property(value, lname)
            return find_property(value.base, name, True, intrinsic)
        return intrinsic_property(value, name.lower())
    if cls is Hashtable or cls is BoundParameters:
        found = value.get(name, MISSING)
        if found is not MISSING:
            return found
        prop = _table_for(Hashtable).props.get(name.lower())
        if prop is not None:
            return prop.get(value)
        return intrinsic_property(value, name.lower())
    if value is None or cls is AutomationNull:
        return 0 if name.lower() in ("count", "length") else MISSING
    table = _table_for(cls)
    lname = name.lower()
    if table is not None:
        prop = table.props.get(lname)
        if prop is not None:
            return prop.get(value)
    if _is_collection(value):
        if lname in _INTRINSIC_PROPS:
            return intrinsic_property(value, lname)
        return _enumerate_property(value, name) if enumerate_items else MISSING
    return intrinsic_property(value, lname)


def _no_intrinsic(value, lname):
    return MISSING


def get_member(value, name: str):
    """`$value.Name`: the property's value; $null when there is no such property (outside strict mode)."""
    found = find_property(value, name)
    return None if found is MISSING else found


def has_property(value, name: str) -> bool:
    return find_property(value, name) is not MISSING


def _psobject_property(obj: PSObject, member):
    kind = member.kind
    if kind == "NoteProperty" or kind == "Property":
        return member.value
    if kind == "AliasProperty":
        if member.target is None:
            return get_member(obj, member.value)
        value = get_member(obj, member.target)
        if member.value is not None:  # -SecondValue: the type the alias converts to
            value = convert_to(value, member.value)
        return value
    if kind == "ScriptProperty":
        if member.getter is None:
            return None
        return reg.collapse(reg.run_with_this(member.getter, obj, []))
    if member.getter is not None:  # CodeProperty and the like: a Python getter taking the object
        return member.getter(obj)
    return member.value


def _intrinsic_property(value, lname: str):
    if lname == "count" or lname == "length":
        return 1
    reg.MEMBER_TABLES.ensure()
    view = INTRINSIC_PROPERTIES.get(lname)
    return MISSING if view is None else view(value)


def _enumerate_property(items, name: str):
    """Member enumeration: each item's property, flattened one level; items lacking it are skipped."""
    results: list = []
    _collect_property(items, name, results)
    if not results:
        return MISSING
    return results[0] if len(results) == 1 else results


def _collect_property(items, name, results):
    for item in items:
        found = find_property(item, name, False)
        if found is MISSING:
            if _is_collection(item):
                _collect_property(item, name, results)
            continue
        if _is_collection(found):
            results.extend(v for v in found if not isinstance(v, AutomationNull))
        else:
            results.append(found)


# ---- writing -----------------------------------------------------------------------------------------

def set_member(value, name: str, new) -> None:
    """`$value.Name = new`: note properties, hashtable keys, `[ref]`'s Value, settable .NET properties."""
    cls = type(value)
    if cls is PSObject:
        member = value.members.get(name.lower())
        if member is not None:
            _set_psobject_property(value, member, new)
            return
        if value.base is not None:
            set_member(value.base, name, new)
            return
        raise reg.property_not_settable(name)
    if cls is Hashtable or cls is BoundParameters:
        value[name] = new
        return
    if cls is PSReference and name.lower() == "value":
        value.value = new
        return
    table = _table_for(cls) if value is not None else None
    prop = table.props.get(name.lower()) if table is not None else None
    if prop is None:
        raise reg.property_not_settable(name)
    if prop.set is None:
        raise reg.property_read_only(prop.name)
    reg.set_property(prop, value, new)


def _set_psobject_property(obj: PSObject, member, new):
    kind = member.kind
    if kind == "NoteProperty" or kind == "Property":
        member.value = new
    elif kind == "AliasProperty":
        set_member(obj, member.target or member.value, new)
    elif kind == "ScriptProperty" and member.setter is not None:
        reg.run_with_this(member.setter, obj, [new])
    elif kind == "ScriptProperty" or kind.endswith("Property"):
        raise reg.ScriptRuntimeError('Set accessor for property "%s" is unavailable.' % member.name,
                                     "SetWithoutSetterFromScriptProperty", "InvalidOperation",
                                     exception_type=reg.SET_VALUE_INVOCATION)
    else:
        raise reg.property_not_settable(member.name)


# ---- calling -----------------------------------------------------------------------------------------

def invoke_method(value, name: str, args: list):
    """`$value.Name(args)`. Void methods return VOID (AutomationNull): write nothing to the pipeline."""
    cls = type(value)
    lname = name.lower()
    if value is None or cls is AutomationNull:
        raise reg.method_on_null()
    if cls is PSObject:
        member = value.members.get(lname)
        if member is not None and not member.kind.endswith("Property"):
            return _call_psobject_method(value, member, args)
        if value.base is not None:
            return invoke_method(value.base, name, args)
        if lname == "tostring" and not args:
            return ""
    elif cls is Hashtable or cls is BoundParameters:
        method = _table_for(Hashtable).methods.get(lname)
        if method is not None:
            return reg.call(method, value, args)
    table = _table_for(cls)
    method = table.methods.get(lname) if table is not None else None
    if method is not None:
        return reg.call(method, value, args)
    reg.MEMBER_TABLES.ensure()
    intrinsic = INTRINSIC_METHODS.get(lname)
    if intrinsic is not None:
        return reg.call(intrinsic, value, args)
    if _is_collection(value):
        return _enumerate_method(value, name, args)
    raise reg.method_not_found(type_of(value).assembly_name, name)


def find_method(value, name: str) -> bool:
    """Whether `$value.Name(...)` would find a method (without calling it)."""
    cls = type(value)
    lname = name.lower()
    if value is None or cls is AutomationNull:
        return False
    if cls is PSObject:
        member = value.members.get(lname)
        if member is not None and not member.kind.endswith("Property"):
            return True
        if value.base is not None:
            return find_method(value.base, name)
    table = _table_for(cls)
    return (table is not None and lname in table.methods) or lname in INTRINSIC_METHODS


def _call_psobject_method(obj: PSObject, member, args):
    if member.kind == "ScriptMethod":
        return reg.collapse(reg.run_with_this(member.value, obj, args))
    fn = member.value if member.value is not None else member.getter
    if callable(fn):  # CodeMethod: a Python function taking the object and the arguments
        return fn(obj, *args)
    raise reg.method_not_found(type_of(obj).assembly_name, member.name)


def _enumerate_method(items, name: str, args: list):
    """Method enumeration: call the method on each item; items that are lists are searched in turn."""
    results: list = []
    found = [False]
    _collect_method(items, name, args, results, found)
    if len(results) == 1:
        return results[0]
    if not found[0]:
            raise reg.method_not_found(type_of(items).assembly_name, name)
    return results if results else VOID


def _collect_method(items, name, args, results, found):
    for item in items:
        if _is_collection(item) and not find_method(item, name):
            _collect_method(item, name, args, results, found)
            continue
        out = invoke_method(item, name, args)
        found[0] = True
        if isinstance(out, AutomationNull):
            continue
        if _is_collection(out):
            results.extend(out)
        else:
            results.append(out)


# ---- listing -----------------------------------------------------------------------------------------

def property_names(value, hidden: bool = False) -> list[str]:
    """The property names Select-Object * and Format-List * show, in order (with `hidden`, those of `hidden`
    class members too, as Get-Member -Force shows them)."""
    cls = type(value)
    if cls is PSObject:
        names = value.property_names()
        if value.base is not None:
            seen = {n.lower() for n in names}
            names += [n for n in property_names(value.base, hidden) if n.lower() not in seen]
        return names
    if value is None or cls is AutomationNull or cls is Hashtable or cls is BoundParameters:
        return []  # a hashtable's own .NET properties are not listed: formatting shows its entries
    table = _table_for(cls)
    return table.listed_names(hidden) if table is not None else []


def method_names(value, hidden: bool = False) -> list[str]:
    """The method names Get-Member shows (with `hidden`, `hidden` class methods too: Get-Member -Force)."""
    names = []
    if type(value) is PSObject:
        names = [m.name for m in value.members.values() if not m.kind.endswith("Property")]
        if value.base is not None:
            value = value.base
    table = _table_for(type(value))
    if table is not None:
        names += [m.name for m in table.methods.values() if m.listed or hidden]
    return names
