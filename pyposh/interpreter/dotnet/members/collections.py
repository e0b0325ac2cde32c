"""The members of arrays, ArrayList, List[T], hashtables and dictionary entries."""
from __future__ import annotations

import functools

from pyposh.errors import PyposhError
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.members.strings import culture_compare
from pyposh.interpreter.dotnet.registry import VOID, argument_out_of_range, net_equals, to_int, to_str
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import to_bool
from pyposh.interpreter.values.objects import ArrayList, DictionaryEntry, GenericList, Hashtable, TypedArray
from pyposh.interpreter.values.types import type_of

_INDEX_RANGE = "Index was out of range. Must be non-negative and less than the size of the collection."
_BAD_RANGE = ("Offset and length were out of bounds for the array or count is greater than the number of "
              "elements from index to the end of the source collection.")


def _fixed_size(*_args):
    raise reg.DotNetException("System.NotSupportedException", "Collection was of a fixed size.")


def net_compare(a, b) -> int:
    """.NET's Comparer.Default: strings by culture, values of one type by value; anything else fails."""
    a, b = reg.unwrap(a), reg.unwrap(b)
    if a is None or b is None:
        return 0 if a is b else (-1 if a is None else 1)
    if isinstance(a, str) and isinstance(b, str) and type(a) is type(b):
        return culture_compare(a, b)
    if type_of(a) != type_of(b):
        raise reg.DotNetException("System.InvalidOperationException", "Failed to compare two elements in the array.")
    try:
        return (a > b) - (a < b)
    except TypeError:
        raise reg.DotNetException("System.InvalidOperationException",
                                  "Failed to compare two elements in the array.") from None


def index_of(items, value, start=0, count=None):
    start = to_int(start)
    end = len(items) if count is None else start + to_int(count)
    if start < 0 or start > len(items):
        raise argument_out_of_range("startIndex", _INDEX_RANGE)
    for i in range(start, min(end, len(items))):
        if net_equals(items[i], value):
            return i
    return -1


def _last_index_of(items, value):
    for i in range(len(items) - 1, -1, -1):
        if net_equals(items[i], value):
            return i
    return -1


def _check_range(items, index, count):
    index, count = to_int(index), to_int(count)
    if index < 0:
        raise argument_out_of_range("index", "Non-negative number required.")
    if count < 0:
        raise argument_out_of_range("count", "Non-negative number required.")
    if index + count > len(items):
        raise reg.argument_error(_BAD_RANGE)
    return index, count


def items_of(collection) -> list:
    if collection is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'c')")
    if isinstance(collection, (list, tuple)):
        return list(collection)
    if isinstance(collection, Hashtable):
        return [DictionaryEntry(k, v) for k, v in collection.items()]
    return [collection]


def _copy_to(items, target, index=0):
    index = to_int(index)
    if index < 0 or index + len(items) > len(target):
        raise reg.argument_error("Destination array was not long enough. Check the destination index, length, "
                                 "and the array's lower bounds.", "destinationArray")
    for i, item in enumerate(items):
        target[index + i] = item
    return VOID


def _array_clear(items):
    """Array.Clear: every element becomes its type's default (0 for [int[]], $null for object[])."""
    element_type = getattr(items, "element_type", None)
    default = None
    if element_type:
        try:
            default = convert_to(None, element_type)
        except PyposhError:
            default = None
    for i in range(len(items)):
        items[i] = default
    return VOID


def _get_value(items, index):
    index = to_int(index)
    if index < 0 or index >= len(items):
        raise reg.DotNetException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
    return items[index]


def _set_value(items, value, index):
    index = to_int(index)
    if index < 0 or index >= len(items):
        raise reg.DotNetException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
    element = getattr(items, "element_type", None)
    items[index] = reg.convert_arg(value, element) if element else value
    return VOID


ARRAY = reg.define_type(list, "System.Object[]")
(ARRAY
 .prop("Length", len).prop("LongLength", len).prop("Rank", lambda a: 1).prop("SyncRoot", lambda a: a)
 .prop("IsReadOnly", lambda a: False).prop("IsFixedSize", lambda a: True).prop("IsSynchronized", lambda a: False)
 .prop("Count", len)
 .method("Contains", lambda a, v: index_of(a, v) >= 0, 1)
 .method("IndexOf", lambda a, v: index_of(a, v), 1)
 .method("Add", _fixed_size, 1).method("Remove", _fixed_size, 1).method("RemoveAt", _fixed_size, 1)
 .method("Insert", _fixed_size, 2)
 .method("Clear", _array_clear)
 .method("Clone", lambda a: type(a)(a, a.element_type) if isinstance(a, TypedArray) else list(a))
 .method("CopyTo", _copy_to, 2)
 .method("GetValue", _get_value, 1)
 .method("SetValue", _set_value, 2)
 .method("GetLength", lambda a, d: len(a), 1)
 .method("GetLowerBound", lambda a, d: 0, 1)
 .method("GetUpperBound", lambda a, d: len(a) - 1, 1)
 .method("GetEnumerator", lambda a: list(a)))
reg.define(tuple, "System.Object[]", ARRAY)
reg.define(TypedArray, "System.Array", ARRAY)


# ---- growable lists ----------------------------------------------------------------------------------

def _convert_item(lst, value, method="Add", param="item"):
    element = getattr(lst, "element_type", None)
    if element and element not in ("System.Object", "object"):
        return reg.convert_arg(value, element, method, param)
    return value


def _add(lst, value):
    lst.append(_convert_item(lst, value))
    return len(lst) - 1 if type(lst) is ArrayList else VOID


def _add_range(lst, collection):
    lst.extend(_convert_item(lst, v, "AddRange", "collection") for v in items_of(collection))
    return VOID


def _insert(lst, index, value):
    index = to_int(index, "Insert", "index")
    if index < 0 or index > len(lst):
        message = ("Insertion index was out of range. Must be non-negative and less than or equal to size."
                   if type(lst) is ArrayList else "Index must be within the bounds of the List.")
        raise argument_out_of_range("index", message)
    lst.insert(index, _convert_item(lst, value, "Insert"))
    return VOID


def _insert_range(lst, index, collection):
    index = to_int(index)
    if index < 0 or index > len(lst):
        raise argument_out_of_range("index", _INDEX_RANGE)
    lst[index:index] = [_convert_item(lst, v) for v in items_of(collection)]
    return VOID


def _remove(lst, value):
    i = index_of(lst, _convert_item(lst, value, "Remove"))
    if i >= 0:
        del lst[i]
    return VOID if type(lst) is ArrayList else i >= 0


def _remove_at(lst, index):
    index = to_int(index, "RemoveAt", "index")
    if index < 0 or index >= len(lst):
        raise argument_out_of_range("index", _INDEX_RANGE)
    del lst[index]
    return VOID


def _remove_range(lst, index, count):
    index, count = _check_range(lst, index, count)
    del lst[index:index + count]
    return VOID


def _get_range(lst, index, count):
    index, count = _check_range(lst, index, count)
    part = lst[index:index + count]
    return GenericList(part, lst.element_type) if isinstance(lst, GenericList) else ArrayList(part)


def _sort(lst, *args):
    if args and reg.is_block(args[-1]):
        block = args[-1]

        def compare(a, b):
            return to_int(reg.collapse(reg.run_with_args(block, [a, b])))
        lst.sort(key=functools.cmp_to_key(compare))
    elif not args:
        lst.sort(key=functools.cmp_to_key(net_compare))
    else:
        index, count = _check_range(lst, args[0], args[1] if len(args) > 1 else 0)
        lst[index:index + count] = sorted(lst[index:index + count], key=functools.cmp_to_key(net_compare))
    return VOID


def _reverse(lst, index=None, count=None):
    if index is None:
        lst.reverse()
    else:
        index, count = _check_range(lst, index, count)
        lst[index:index + count] = lst[index:index + count][::-1]
    return VOID


def _clear(lst):
    lst.clear()
    return VOID


def _to_array(lst):
    if isinstance(lst, GenericList):
        return TypedArray(lst, lst.element_type)
    return list(lst)


def _matches(block, item) -> bool:
    return to_bool(reg.collapse(reg.run_with_args(block, [item])))


def _remove_all(lst, block):
    keep = [x for x in lst if not _matches(block, x)]
    removed = len(lst) - len(keep)
    lst[:] = keep
    return removed


def _find(lst, block, last=False):
    for item in (reversed(lst) if last else lst):
        if _matches(block, item):
            return item
    return None


def _find_index(lst, block):
    for i, item in enumerate(lst):
        if _matches(block, item):
            return i
    return -1


def _list_for_each(lst, block):
    for item in list(lst):
        reg.run_with_args(block, [item])
    return VOID


ARRAY_LIST = reg.define_type(ArrayList, "System.Collections.ArrayList")
(ARRAY_LIST
 .prop("Capacity", lambda a: max(len(a), 4) if a else 0)
 .prop("Count", len)
 .prop("IsFixedSize", lambda a: False).prop("IsReadOnly", lambda a: False)
 .prop("IsSynchronized", lambda a: False).prop("SyncRoot", lambda a: a)
 .method("Add", _add, 1).method("AddRange", _add_range, 1)
 .method("Insert", _insert, 2).method("InsertRange", _insert_range, 2)
 .method("Remove", _remove, 1).method("RemoveAt", _remove_at, 1).method("RemoveRange", _remove_range, 2)
 .method("Clear", _clear)
 .method("Contains", lambda a, v: index_of(a, _convert_item(a, v, "Contains")) >= 0, 1)
 .method("IndexOf", lambda a, v, *r: index_of(a, _convert_item(a, v, "IndexOf"), *r), 1, 3)
 .method("LastIndexOf", lambda a, v: _last_index_of(a, _convert_item(a, v, "LastIndexOf")), 1)
 .method("Sort", _sort, 0, 3).method("Reverse", _reverse, 0, 2)
 .method("ToArray", _to_array)
 .method("GetRange", _get_range, 2)
 .method("Clone", lambda a: ArrayList(a))
 .method("CopyTo", _copy_to, 1, 2)
 .method("TrimToSize", lambda a: VOID)
 .method("GetEnumerator", lambda a: list(a)))

GENERIC_LIST = reg.define_type(GenericList, "System.Collections.Generic.List`1", ARRAY_LIST)
del GENERIC_LIST.methods["clone"]
(GENERIC_LIST
 .prop("Capacity", lambda a: max(len(a), 4) if a else 0)
 .prop("Count", len)
 .method("RemoveAll", _remove_all, 1)
 .method("Find", _find, 1).method("FindLast", lambda a, b: _find(a, b, True), 1)
 .method("FindAll", lambda a, b: GenericList([x for x in a if _matches(b, x)], a.element_type), 1)
 .method("FindIndex", _find_index, 1)
 .method("Exists", lambda a, b: any(_matches(b, x) for x in a), 1)
 .method("TrueForAll", lambda a, b: all(_matches(b, x) for x in a), 1)
 .method("ForEach", _list_for_each, 1))
for _name in ("isfixedsize", "isreadonly", "issynchronized", "syncroot", "trimtosize", "insertrange"):
    GENERIC_LIST.props.pop(_name, None)
GENERIC_LIST.method("InsertRange", _insert_range, 2)


# ---- hashtables ------------------------------------------------------------------------------------------

def _set_entry_value(entry, new):
    entry.value = new


ENTRY = reg.define_type(DictionaryEntry, "System.Collections.DictionaryEntry")
(ENTRY.prop("Name", lambda e: e.key)
 .prop("Key", lambda e: e.key, lambda e, v: setattr(e, "key", v))
 .prop("Value", lambda e: e.value, _set_entry_value))


def _ht_add(h, key, value):
    if key is None:
        raise reg.DotNetException("System.ArgumentNullException", "Key cannot be null. (Parameter 'key')")
    if key in h:
        existing = next(k for k in h if k == key or (isinstance(k, str) and isinstance(key, str)
                                                     and k.lower() == key.lower()))
        raise reg.argument_error("Item has already been added. Key in dictionary: '%s'  Key being added: '%s'"
                                 % (to_str(existing), to_str(key)))
    h[key] = value
    return VOID


def _ht_remove(h, key):
    if key is None:
        raise reg.DotNetException("System.ArgumentNullException", "Key cannot be null. (Parameter 'key')")
    del h[key]
    return VOID


def _ht_insert(h, index, key, value):
    if not h.ordered:
        raise reg.method_not_found("System.Collections.Hashtable", "Insert")
    index = to_int(index)
    if index < 0 or index > len(h):
        raise argument_out_of_range("index", _INDEX_RANGE)
    if key in h:
        return _ht_add(h, key, value)
    items = h.items()
    items.insert(index, (key, value))
    h.clear()
    for k, v in items:
        h[k] = v
    return VOID


def _ht_remove_at(h, index):
    if not h.ordered:
        raise reg.method_not_found("System.Collections.Hashtable", "RemoveAt")
    index = to_int(index)
    keys = h.keys()
    if index < 0 or index >= len(keys):
        raise argument_out_of_range("index", _INDEX_RANGE)
    del h[keys[index]]
    return VOID


def _ht_set_item(h, key, value):
    h[key] = value
    return VOID


HASHTABLE = reg.define_type(Hashtable, "System.Collections.Hashtable")
(HASHTABLE
 .prop("IsReadOnly", lambda h: False).prop("IsFixedSize", lambda h: False)
 .prop("IsSynchronized", lambda h: False)
 .prop("Keys", lambda h: h.keys()).prop("Values", lambda h: h.values())
 .prop("SyncRoot", lambda h: h).prop("Count", len)
 .method("Add", _ht_add, 2).method("Remove", _ht_remove, 1).method("Clear", lambda h: h.clear() or VOID)
 .method("ContainsKey", lambda h, k: k in h, 1).method("Contains", lambda h, k: k in h, 1)
 .method("ContainsValue", lambda h, v: any(net_equals(x, v) for x in h.values()), 1)
 .method("GetEnumerator", lambda h: [DictionaryEntry(k, v) for k, v in h.items()])
 .method("Clone", lambda h: h.copy())
 .method("Item", lambda h, k: h[k], 1).method("get_Item", lambda h, k: h[k], 1)
 .method("set_Item", _ht_set_item, 2)
 .method("Insert", _ht_insert, 3).method("RemoveAt", _ht_remove_at, 1)
 .method("CopyTo", lambda h, target, i: _copy_to([DictionaryEntry(k, v) for k, v in h.items()], target, i), 2))


class HashtableBase:
    """`$hashtable.psbase`: the hashtable's own .NET members, never shadowed by its keys."""

    __slots__ = ("target",)
    ps_type_name = "System.Collections.Hashtable"

    def __init__(self, target):
        self.target = target


def _base_table():
    table = reg.define_type(HashtableBase, "System.Collections.Hashtable")
    for key, prop in HASHTABLE.props.items():
        table.props[key] = reg.Prop(prop.name, (lambda p: lambda v: p.get(v.target))(prop))
    for key, method in HASHTABLE.methods.items():
        table.methods[key] = reg.Method(method.name, (lambda m: lambda v, *a: m.fn(v.target, *a))(method),
                                        method.low, method.high)
    return table


_base_table()
