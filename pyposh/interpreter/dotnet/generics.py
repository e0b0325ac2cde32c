"""Generic collections beyond List[T]: Dictionary[K,V], HashSet[T], Queue[T], Stack[T] and KeyValuePair; and the
non-generic System.Collections.Queue and Stack (of objects)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.members.collections import items_of
from pyposh.interpreter.dotnet.registry import VOID, net_equals, to_str
from pyposh.interpreter.values.objects import Hashtable, KeyValuePair

_GENERIC = "System.Collections.Generic."


def _convert(value, element):
    if not element or element == "System.Object":
        return value
    return reg.convert_arg(value, element)


def _key(key):
    """The key a case-sensitive table stores (.NET's default equality comparer)."""
    return ("s", key) if isinstance(key, str) else key


class GenericDictionary(Hashtable):
    """`Dictionary[TKey,TValue]`: insertion-ordered, keys compared case-sensitively (the default comparer),
    keys and values converted to their types."""

    __slots__ = ("key_type", "value_type")
    ps_base_types = ("System.Collections.IDictionary", "System.Collections.ICollection",
                     "System.Collections.IEnumerable")

    def __init__(self, key_type="System.Object", value_type="System.Object"):
        super().__init__()
        self.key_type = key_type
        self.value_type = value_type

    @property
    def ps_type_name(self) -> str:
        return "%sDictionary`2[%s,%s]" % (_GENERIC, self.key_type, self.value_type)

    def __getitem__(self, key):
        entry = self._items.get(_key(_convert(key, self.key_type)))
        return None if entry is None else entry[1]

    def __setitem__(self, key, value):
        if key is None:
            raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'key')")
        key = _convert(key, self.key_type)
        self._items[_key(key)] = (key, _convert(value, self.value_type))

    def __delitem__(self, key):
        self._items.pop(_key(key), None)

    def __contains__(self, key):
        return _key(key) in self._items

    def get(self, key, default=None):
        entry = self._items.get(_key(key))
        return default if entry is None else entry[1]

    def pop(self, key, default=None):
        entry = self._items.pop(_key(key), None)
        return default if entry is None else entry[1]

    @property
    def pair_types(self) -> tuple:
        """The types of its KeyValuePair entries (what enumerating it gives)."""
        return self.key_type, self.value_type

    def copy(self):
        other = GenericDictionary(self.key_type, self.value_type)
        other._items = dict(self._items)
        return other


class _TypedList(list):
    __slots__ = ("element_type",)
    ps_base_types = ("System.Collections.ICollection", "System.Collections.IEnumerable")

    def __init__(self, items=(), element_type="System.Object"):
        super().__init__(_convert(v, element_type) for v in items)
        self.element_type = element_type


class GenericHashSet(_TypedList):
    """`HashSet[T]`: unique items in insertion order (strings compared case-sensitively)."""

    __slots__ = ()

    def __init__(self, items=(), element_type="System.Object"):
        super().__init__((), element_type)
        for v in items:
            self.add(v)

    @property
    def ps_type_name(self) -> str:
        return "%sHashSet`1[%s]" % (_GENERIC, self.element_type)

    def add(self, value) -> bool:
        value = _convert(value, self.element_type)
        if any(net_equals(x, value) for x in self):
            return False
        self.append(value)
        return True


class GenericQueue(_TypedList):
    """`Queue[T]`: first in, first out."""

    __slots__ = ()

    @property
    def ps_type_name(self) -> str:
        return "%sQueue`1[%s]" % (_GENERIC, self.element_type)


class GenericStack(_TypedList):
    """`Stack[T]`: last in, first out; enumerates from the top."""

    __slots__ = ()

    @property
    def ps_type_name(self) -> str:
        return "%sStack`1[%s]" % (_GENERIC, self.element_type)


class ObjectQueue(GenericQueue):
    """`System.Collections.Queue`: a queue of objects."""

    __slots__ = ()
    ps_type_name = "System.Collections.Queue"
    ps_base_types = ("System.Collections.ICollection", "System.Collections.IEnumerable", "System.ICloneable")


class ObjectStack(GenericStack):
    """`System.Collections.Stack`: a stack of objects."""

    __slots__ = ()
    ps_type_name = "System.Collections.Stack"
    ps_base_types = ("System.Collections.ICollection", "System.Collections.IEnumerable", "System.ICloneable")


# ---- members ---------------------------------------------------------------------------------------------

def _key_not_found(key):
    return reg.DotNetException("System.Collections.Generic.KeyNotFoundException",
                               "The given key '%s' was not present in the dictionary." % to_str(key))


def _dict_add(d, key, value):
    if key is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'key')")
    key = _convert(key, d.key_type)
    if key in d:
        raise reg.argument_error("An item with the same key has already been added. Key: %s" % to_str(key))
    d[key] = value
    return VOID


def _dict_remove(d, key):
    if key is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'key')")
    key = _convert(key, d.key_type)
    if key in d:
        del d[key]
        return True
    return False


def _dict_try_add(d, key, value):
    key = _convert(key, d.key_type)
    if key in d:
        return False
    d[key] = value
    return True


def _dict_get_value_or_default(d, key, default=None):
    key = _convert(key, d.key_type)
    return d.get(key) if key in d else default


def _pairs(d):
    return [KeyValuePair(k, v, (d.key_type, d.value_type)) for k, v in d.items()]


def _dict_item(d, key):
    key = _convert(key, d.key_type)
    if key not in d:
        raise _key_not_found(key)
    return d[key]


DICTIONARY = reg.define_type(GenericDictionary, _GENERIC + "Dictionary`2")
(DICTIONARY
 .prop("Count", len)
 .prop("Keys", lambda d: d.keys()).prop("Values", lambda d: d.values())
 .prop("Comparer", lambda d: None)
 .method("Add", _dict_add, 2).method("TryAdd", _dict_try_add, 2)
 .method("Remove", _dict_remove, 1)
 .method("ContainsKey", lambda d, k: k is not None and _convert(k, d.key_type) in d, 1)
 .method("Clear", lambda d: d.clear() or VOID)
 .method("ContainsValue", lambda d, v: any(net_equals(x, v) for x in d.values()), 1)
 .method("GetValueOrDefault", _dict_get_value_or_default, 1, 2)
 .method("GetEnumerator", _pairs)
 .method("get_Item", _dict_item, 1).method("Item", _dict_item, 1)
 .method("set_Item", lambda d, k, v: d.__setitem__(k, v) or VOID, 2))

def _string_key_entry(d, key):
    """The value of the entry whose string key is `key` (lower case), whatever the key's case; else MISSING."""
    for k, v in d.items():
        if isinstance(k, str) and k.lower() == key:
            return v
    return reg.MISSING


DICTIONARY.props = reg.EntryFirstProps(DICTIONARY.props, _string_key_entry)



def _set_remove(s, value):
    value = _convert(value, s.element_type)
    for i, x in enumerate(s):
        if net_equals(x, value):
            del s[i]
            return True
    return False


def _contains(s, value):
    try:
        value = _convert(value, s.element_type)
    except reg.PyposhError:
        return False
    return any(net_equals(x, value) for x in s)


def _set_op(keep):
    def op(s, other):
        items = list(other) if isinstance(other, (list, tuple)) else [other]
        other_set = GenericHashSet(items, s.element_type)
        s[:] = [x for x in s if keep(_contains(other_set, x))]
        return VOID
    return op


def _union(s, other):
    for v in other if isinstance(other, (list, tuple)) else [other]:
        s.add(v)
    return VOID


HASH_SET = reg.define_type(GenericHashSet, _GENERIC + "HashSet`1")
(HASH_SET
 .prop("Count", len)
 .method("Add", lambda s, v: s.add(v), 1)
 .method("Remove", _set_remove, 1)
 .method("Contains", _contains, 1)
 .method("Clear", lambda s: s.clear() or VOID)
 .method("UnionWith", _union, 1)
 .method("IntersectWith", _set_op(lambda inside: inside), 1)
 .method("ExceptWith", _set_op(lambda inside: not inside), 1)
 .method("IsSubsetOf", lambda s, o: all(_contains(GenericHashSet(o, s.element_type), x) for x in s), 1)
 .method("IsSupersetOf", lambda s, o: all(_contains(s, x) for x in (o if isinstance(o, list) else [o])), 1)
 .method("Overlaps", lambda s, o: any(_contains(s, x) for x in (o if isinstance(o, list) else [o])), 1)
 .method("ToArray", lambda s: list(s)))


def _empty(kind):
    return reg.DotNetException("System.InvalidOperationException", "%s empty." % kind)


def _dequeue(q):
    if not q:
        raise _empty("Queue")
    return q.pop(0)


def _queue_peek(q):
    if not q:
        raise _empty("Queue")
    return q[0]


QUEUE = reg.define_type(GenericQueue, _GENERIC + "Queue`1")
OBJECT_QUEUE = reg.define_type(ObjectQueue, "System.Collections.Queue")
for _queue in (QUEUE, OBJECT_QUEUE):
    (_queue
     .prop("Count", len)
     .method("Enqueue", lambda q, v: q.append(_convert(v, q.element_type)) or VOID, 1)
     .method("Dequeue", _dequeue).method("Peek", _queue_peek)
     .method("Contains", _contains, 1)
     .method("Clear", lambda q: q.clear() or VOID)
     .method("ToArray", lambda q: list(q)))


def _pop(s):
    if not s:
        raise _empty("Stack")
    return s.pop(0)


def _stack_peek(s):
    if not s:
        raise _empty("Stack")
    return s[0]


STACK = reg.define_type(GenericStack, _GENERIC + "Stack`1")
OBJECT_STACK = reg.define_type(ObjectStack, "System.Collections.Stack")
for _stack in (STACK, OBJECT_STACK):
    (_stack
     .prop("Count", len)
     .method("Push", lambda s, v: s.insert(0, _convert(v, s.element_type)) or VOID, 1)
     .method("Pop", _pop).method("Peek", _stack_peek)
     .method("Contains", _contains, 1)
     .method("Clear", lambda s: s.clear() or VOID)
     .method("ToArray", lambda s: list(s)))


# ---- constructors ----------------------------------------------------------------------------------------

def _is_capacity(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _new_dictionary(t, source=None):
    d = GenericDictionary(t.args[0].full_name, t.args[1].full_name)
    if isinstance(source, Hashtable):
        for k, v in source.items():
            _dict_add(d, k, v)
    return d


def _new_sequence(cls):
    def new(t, source=None):
        element = t.args[0].full_name
        if source is None or _is_capacity(source):
            return cls((), element)
        items = items_of(source)
        return cls(items[::-1] if cls is GenericStack else items, element)
    return new


def _new_object_sequence(cls):
    def new(t, source=None):
        if source is None or _is_capacity(source):
            return cls()
        items = items_of(source)
        return cls(items[::-1] if cls is ObjectStack else items)
    return new


def register_constructors(constructor):
    constructor(_GENERIC + "Dictionary`2", _new_dictionary, 0, 2)
    constructor(_GENERIC + "HashSet`1", _new_sequence(GenericHashSet), 0, 2)
    constructor(_GENERIC + "Queue`1", _new_sequence(GenericQueue), 0, 1)
    constructor(_GENERIC + "Stack`1", _new_sequence(GenericStack), 0, 1)
    constructor("System.Collections.Queue", _new_object_sequence(ObjectQueue), 0, 2)
    constructor("System.Collections.Stack", _new_object_sequence(ObjectStack), 0, 1)
