"""PowerShell values that Python has no type for: hashtables, PSObjects, references, arrays."""
from __future__ import annotations

from typing import Any, Iterator


def fold_key(key: Any) -> Any:
    """The key a case-insensitive table stores: strings compare ignoring case, as .NET's OrdinalIgnoreCase."""
    if isinstance(key, str):
        return key.upper().lower()
    return key


class Hashtable:
    """A case-insensitive dictionary keeping insertion order (`@{}`; `[ordered]@{}` sets `ordered`)."""

    __slots__ = ("_items", "ordered")

    def __init__(self, items=None, ordered: bool = False):
        self._items: dict[Any, tuple[Any, Any]] = {}
        self.ordered = ordered
        if items:
            pairs = items.items() if hasattr(items, "items") else items
            for k, v in pairs:
                self[k] = v

    def __getitem__(self, key):
        entry = self._items.get(fold_key(key))
        return None if entry is None else entry[1]

    def __setitem__(self, key, value):
        folded = fold_key(key)
        entry = self._items.get(folded)
        self._items[folded] = (key if entry is None else entry[0], value)

    def __delitem__(self, key):
        self._items.pop(fold_key(key), None)

    def __contains__(self, key):
        return fold_key(key) in self._items

    def __len__(self):
        return len(self._items)

    def __iter__(self) -> Iterator[Any]:
        return (k for k, _ in self._items.values())

    def __eq__(self, other):
        return self is other

    __hash__ = object.__hash__

    def add(self, key, value):
        """Add a new key; a duplicate raises KeyError like .NET's Hashtable.Add."""
        if key in self:
            raise KeyError(key)
        self[key] = value

    def get(self, key, default=None):
        entry = self._items.get(fold_key(key))
        return default if entry is None else entry[1]

    def keys(self):
        return [k for k, _ in self._items.values()]

    def values(self):
        return [v for _, v in self._items.values()]

    def items(self):
        return list(self._items.values())

    def pop(self, key, default=None):
        entry = self._items.pop(fold_key(key), None)
        return default if entry is None else entry[1]

    def clear(self):
        self._items.clear()

    def copy(self) -> "Hashtable":
        return Hashtable(self.items(), ordered=self.ordered)

    def __repr__(self):
        return "Hashtable(%r)" % (self.items(),)


class PSProperty:
    """One member of a PSObject: a note property (a value), a script property (a getter), or an alias."""

    __slots__ = ("name", "value", "kind", "getter", "setter", "target")

    def __init__(self, name, value=None, kind="NoteProperty", getter=None, setter=None, target=None):
        self.name = name
        self.value = value
        self.kind = kind
        self.getter = getter
        self.setter = setter
        self.target = target


class PSObject:
    """A PowerShell object: `[pscustomobject]`, or another value with added members and type names."""

    __slots__ = ("members", "type_names", "base", "deserialized_text")

    def __init__(self, properties=None, type_names=None, base=None):
        """A PSObject wrapping `base` takes the base's type names (types.wrap finds them for a value)."""
        self.members: dict[str, PSProperty] = {}
        self.base = base
        self.deserialized_text = None     # a deserialized object's ToString() (ToStringFromDeserialization)
        if type_names is None:
            assert base is None, "a PSObject around a value needs its type names (values.types.wrap)"
            type_names = ["System.Management.Automation.PSCustomObject", "System.Object"]
        self.type_names = list(type_names)
        if properties:
            pairs = properties.items() if hasattr(properties, "items") else properties
            for k, v in pairs:
                self.add_note(str(k), v)

    def add_note(self, name: str, value) -> None:
        key = name.lower()
        existing = self.members.get(key)
        if existing is not None and existing.kind == "NoteProperty":
            existing.value = value
        else:
            self.members[key] = PSProperty(name, value)

    def add_member(self, member: PSProperty) -> None:
        self.members[member.name.lower()] = member

    def get_member(self, name: str):
        return self.members.get(name.lower())

    def property_names(self) -> list[str]:
        return [m.name for m in self.members.values() if m.kind.endswith("Property")]

    def __repr__(self):
        return "PSObject(%s)" % ", ".join("%s=%r" % (m.name, m.value) for m in self.members.values())


def unwrap(value):
    """The base value of a PSObject that wraps one (PowerShell's PSObject.BaseObject); other values as they are."""
    while type(value) is PSObject and value.base is not None:
        value = value.base
    return value


class BoundParameters(Hashtable):
    """`$PSBoundParameters`: a PSBoundParametersDictionary, which is a Dictionary[string, object] whose keys compare
    case-insensitively. Enumerated for display it gives KeyValuePair entries (shown as Key and Value)."""

    __slots__ = ()
    ps_type_name = "System.Management.Automation.PSBoundParametersDictionary"
    ps_base_types = ("System.Collections.Generic.Dictionary`2[System.String,System.Object]",
                     "System.Collections.IDictionary", "System.Collections.ICollection", "System.Collections.IEnumerable")
    pair_types = ("System.String", "System.Object")      # what its KeyValuePair entries hold

    def copy(self):
        return BoundParameters(self)


class DictionaryEntry:
    """`System.Collections.DictionaryEntry`: one key/value pair from enumerating a hashtable. A value type: two
    entries are Equal when their keys and values are (`ps_value_fields`)."""

    __slots__ = ("key", "value")
    ps_type_name = "System.Collections.DictionaryEntry"
    ps_value_fields = ("key", "value")

    def __init__(self, key, value):
        self.key = key
        self.value = value

    def __repr__(self):
        return "DictionaryEntry(%r, %r)" % (self.key, self.value)


class KeyValuePair:
    """`System.Collections.Generic.KeyValuePair[K,V]`: one entry from enumerating a Dictionary. A value type:
    two pairs are Equal when their keys and values are (`ps_value_fields`)."""

    __slots__ = ("key", "value", "types")
    ps_value_fields = ("key", "value")
    ps_properties = {"Key": "key", "Value": "value"}

    def __init__(self, key, value, types=("System.Object", "System.Object")):
        self.key = key
        self.value = value
        self.types = types

    @property
    def ps_type_name(self) -> str:
        return "System.Collections.Generic.KeyValuePair`2[%s,%s]" % self.types

    def __repr__(self):
        return "KeyValuePair(%r, %r)" % (self.key, self.value)


class PSReference:
    """`[ref]`: a box whose `.Value` reads and writes a variable or another value."""

    __slots__ = ("getter", "setter")

    def __init__(self, getter, setter):
        self.getter = getter
        self.setter = setter

    @property
    def value(self):
        return self.getter()

    @value.setter
    def value(self, new):
        self.setter(new)

    @classmethod
    def of_value(cls, value) -> "PSReference":
        box = [value]
        return cls(lambda: box[0], lambda v: box.__setitem__(0, v))


class ArrayList(list):
    """`System.Collections.ArrayList`: a growable list (`Add` returns the new index)."""

    __slots__ = ()


class GenericList(list):
    """`System.Collections.Generic.List[T]`: a growable list whose items convert to `element_type`."""

    __slots__ = ("element_type",)

    def __init__(self, items=(), element_type=None):
        super().__init__(items)
        self.element_type = element_type


class TypedArray(list):
    """A strongly typed array such as `[int[]]` or `[string[]]`: fixed size, items converted to `element_type`."""

    __slots__ = ("element_type",)

    def __init__(self, items=(), element_type=None):
        super().__init__(items)
        self.element_type = element_type


class AutomationNull:
    """`[System.Management.Automation.Internal.AutomationNull]::Value`: what a command that wrote nothing returns."""

    __slots__ = ()

    def __repr__(self):
        return "AutomationNull"

    def __bool__(self):
        return False


AUTOMATION_NULL = AutomationNull()


def is_list(value) -> bool:
    """True for values PowerShell enumerates in a pipeline (arrays, lists; not strings, not hashtables)."""
    return isinstance(value, (list, tuple))


class SwitchParameter:
    """A `[switch]` parameter's value: true when the switch was given (`IsPresent`)."""

    __slots__ = ("is_present",)
    ps_type_name = "System.Management.Automation.SwitchParameter"
    ps_properties = {"IsPresent": "is_present"}
    ps_methods = {"ToBool": "ps_to_bool"}

    def __init__(self, is_present: bool):
        self.is_present = bool(is_present)

    def ps_to_bool(self) -> bool:
        return self.is_present

    def ps_to_string(self) -> str:
        return "True" if self.is_present else "False"

    __bool__ = ps_to_bool

    def __eq__(self, other):
        if isinstance(other, SwitchParameter):
            return other.is_present == self.is_present
        if isinstance(other, bool):
            return other == self.is_present
        return NotImplemented

    def __hash__(self):
        return hash(self.is_present)

    def __repr__(self):
        return "SwitchParameter(%s)" % self.is_present


SWITCH_PRESENT = SwitchParameter(True)
SWITCH_ABSENT = SwitchParameter(False)
