"""The intrinsic `.ForEach()` and `.Where()` methods every value has, and the collection they return."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.adapter import find_method, find_property, invoke_method, set_member
from pyposh.interpreter.dotnet.members.collections import ARRAY_LIST
from pyposh.interpreter.dotnet.registry import VOID
from pyposh.interpreter.values.conversions import to_bool
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.objects import AutomationNull
from pyposh.interpreter.values.types import PSType

ENUMS["system.management.automation.whereoperatorselectionmode"] = EnumType(
    "System.Management.Automation.WhereOperatorSelectionMode",
    [("Default", 0), ("First", 1), ("Last", 2), ("SkipUntil", 3), ("Until", 4), ("Split", 5)])
_MODES = ENUMS["system.management.automation.whereoperatorselectionmode"]


class PSCollection(list):
    """`Collection[PSObject]`: what .ForEach() and .Where() return (a growable list)."""

    __slots__ = ()
    ps_type_name = "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]"


def _items(value) -> list:
    if isinstance(value, (list, tuple)):
        return list(value)
    return [value]


def _for_each(value, operation, *args):
    items = _items(value)
    out = PSCollection()
    if isinstance(operation, str):
        return _for_each_member(items, operation, list(args), out)
    if isinstance(operation, PSType):
        out.extend(reg.convert_arg(item, operation.full_name) for item in items)
        return out
    if not reg.is_block(operation):
        raise reg.argument_error("ForEach: the argument must be a script block, a type, or a member name.")
    for item in items:
        out.extend(reg.run_with_underscore(operation, item, args))
    return out


def _for_each_member(items, name, args, out):
    for item in items:
        if args:
            if find_method(item, name):
                result = invoke_method(item, name, args)
                if not isinstance(result, AutomationNull):
                    out.append(result)
            else:
                set_member(item, name, args[0] if len(args) == 1 else list(args))
            continue
        found = find_property(item, name)
        if found is not reg.MISSING:
            out.append(found)
        elif find_method(item, name):
            result = invoke_method(item, name, [])
            if not isinstance(result, AutomationNull):
                out.append(result)
    return out


def _where(value, block, mode=0, count=0):
    if not reg.is_block(block):
        raise reg.argument_error("Where: the argument must be a script block.")
    mode = int(_MODES.parse(mode)) if isinstance(mode, str) else int(mode or 0)
    count = reg.to_int(count, "Where", "numberToReturn")
    items = _items(value)

    def test(item):
        return to_bool(reg.collapse(reg.run_with_underscore(block, item)))

    if mode == 5:  # Split
        hits, misses = PSCollection(), PSCollection()
        for item in items:
            if (not count or len(hits) < count) and test(item):
                hits.append(item)
            else:
                misses.append(item)
        return PSCollection([hits, misses])
    out = PSCollection()
    if mode == 0 or mode == 1:  # Default / First
        limit = count or (1 if mode == 1 else 0)
        for item in items:
            if test(item):
                out.append(item)
                if limit and len(out) >= limit:
                    break
    elif mode == 2:  # Last
        hits = [item for item in items if test(item)]
        out.extend(hits[-(count or 1):])
    elif mode == 3:  # SkipUntil
        started = False
        for item in items:
            if not started and test(item):
                started = True
            if started:
                out.append(item)
                if count and len(out) >= count:
                    break
    elif mode == 4:  # Until
        for item in items:
            if test(item):
                break
            out.append(item)
            if count and len(out) >= count:
                break
    return out


reg.INTRINSIC_METHODS.update({
    "foreach": reg.Method("ForEach", _for_each, 1, None),
    "where": reg.Method("Where", _where, 1, 3),
})


def _collection_add(items, value):
    items.append(value)
    return VOID


def _define_collection():
    table = reg.define_type(
        PSCollection,
        "System.Collections.ObjectModel.Collection`1[System.Management.Automation.PSObject]", ARRAY_LIST)
    table.method("Add", _collection_add, 1)
    for name in ("capacity", "isfixedsize", "issynchronized", "syncroot"):
        table.props.pop(name, None)
    for name in ("addrange", "sort", "reverse", "toarray", "getrange", "clone", "trimtosize", "lastindexof"):
        table.methods.pop(name, None)
    return table


COLLECTION = _define_collection()
