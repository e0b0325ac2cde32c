"""Type literals: `PSType`, name resolution (`[int]`, `[string[]]`, `[List[int]]`), `-is`, a value's type."""
from __future__ import annotations

from pyposh.errors import EXCEPTION_BASES
from pyposh.interpreter.values.enums import ENUMS
from pyposh.interpreter.values.objects import AutomationNull, PSObject
from pyposh.interpreter.values.typenames import (
    class_type_name, is_instance as is_instance_by_name, lookup_type_name, registered_type, type_name,
)

_CORELIB = ", System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e"


class PSType:
    """A .NET type as scripts see it: `[int]`, `$x.GetType()`, the right side of `-is`."""

    __slots__ = ("full_name", "base_name", "interfaces", "element", "definition", "args", "flags", "enum")
    ps_type_name = "System.RuntimeType"
    ps_base_types = ("System.Reflection.TypeInfo", "System.Type", "System.Reflection.MemberInfo")

    def __init__(self, full_name, base_name="System.Object", interfaces=(), flags="", element=None,
                 definition=None, args=(), enum=None):
        self.full_name = full_name          # the ToString() form: System.Int32, System.Int32[], List`1[System.Int32]
        self.base_name = base_name
        self.interfaces = tuple(interfaces)
        self.flags = flags                  # letters: v value type, i interface, s static class, e enum
        self.element = element              # PSType of an array's items
        self.definition = definition        # generic definition name, e.g. System.Collections.Generic.List`1
        self.args = tuple(args)             # generic arguments (PSTypes)
        self.enum = enum                    # EnumType for enums

    @property
    def name(self) -> str:
        if self.element is not None:
            return self.element.name + "[]"
        if self.definition:
            return self.definition.rsplit(".", 1)[-1]
        return self.full_name.rsplit(".", 1)[-1]

    @property
    def namespace(self) -> str:
        text = self.definition or (self.element.full_name if self.element else self.full_name)
        return text.rsplit(".", 1)[0] if "." in text else ""

    @property
    def assembly_name(self) -> str:
        """.NET's FullName: generic arguments assembly-qualified."""
        if not self.args:
            return self.full_name
        return "%s[%s]" % (self.definition, ",".join("[%s%s]" % (a.assembly_name, _CORELIB) for a in self.args))

    @property
    def base(self) -> "PSType | None":
        return _known(self.base_name) if self.base_name else None

    @property
    def ps_name(self) -> str:
        """The short name `[string][int]` gives: the accelerator when there is one ('int', 'int[]')."""
        if self.element is not None:
            return self.element.ps_name + "[]"
        if self.args:
            return "%s[%s]" % (self.definition[:self.definition.index("`")], ",".join(a.ps_name for a in self.args))
        return _SHORT_NAMES.get(self.full_name, self.full_name)

    def ancestry(self) -> list[str]:
        """This type's name, its base types' names and its interfaces' names."""
        names, t = [], self
        while t is not None:
            names.append(t.full_name.lower())
            if t.definition:
                names.append(t.definition.lower())
            names.extend(i.lower() for i in t.interfaces)
            t = t.base
        return names

    def is_assignable_from(self, other: "PSType") -> bool:
        if self.full_name == "System.Object":
            return True
        if self.element is not None:
            if other.element is None:
                return False
            mine, theirs = self.element, other.element
            if mine == theirs:
                return True
            return "v" not in mine.flags and "v" not in theirs.flags and mine.is_assignable_from(theirs)
        return self.full_name.lower() in other.ancestry()

    def is_instance(self, value) -> bool:
        """`value -is [this type]`: typenames' answer, widened by the base types this table knows."""
        if value is None or isinstance(value, AutomationNull):
            return False
        if self.full_name == "System.Management.Automation.PSObject":
            return isinstance(value, PSObject)
        return is_instance_by_name(value, self.full_name) or self.is_assignable_from(type_of(value))

    def ps_to_string(self) -> str:
        return self.ps_name

    def ps_dotnet_string(self) -> str:
        """Type.ToString(), which formatting shows: the full name."""
        return self.full_name

    def __eq__(self, other):
        return isinstance(other, PSType) and other.full_name == self.full_name

    def __hash__(self):
        return hash(self.full_name)

    def __str__(self):
        return self.full_name

    def __repr__(self):
        return "[%s]" % self.full_name


_ENUMERABLE = ("System.Collections.IEnumerable",)
_COLLECTION = _ENUMERABLE + ("System.Collections.ICollection", "System.Collections.IList")
_DICTIONARY = _ENUMERABLE + ("System.Collections.ICollection", "System.Collections.IDictionary")
_COMPARABLE = ("System.IComparable", "System.IFormattable", "System.IConvertible")

# full name, base, accelerators, flags, interfaces
_TYPE_TABLE = [
    ("System.Object", "", "object", "", ()),
    ("System.ValueType", "System.Object", "", "", ()),
    ("System.Enum", "System.ValueType", "", "", _COMPARABLE),
    ("System.Array", "System.Object", "array", "", _COLLECTION + ("System.ICloneable",)),
    ("System.String", "System.Object", "string", "",
     _ENUMERABLE + ("System.IComparable", "System.IConvertible", "System.ICloneable")),
    ("System.Char", "System.ValueType", "char", "v", ("System.IComparable", "System.IConvertible")),
    ("System.Boolean", "System.ValueType", "bool", "v", ("System.IComparable", "System.IConvertible")),
    ("System.Byte", "System.ValueType", "byte", "vn", _COMPARABLE),
    ("System.SByte", "System.ValueType", "sbyte", "vn", _COMPARABLE),
    ("System.Int16", "System.ValueType", "short int16", "vn", _COMPARABLE),
    ("System.UInt16", "System.ValueType", "ushort uint16", "vn", _COMPARABLE),
    ("System.Int32", "System.ValueType", "int int32", "vn", _COMPARABLE),
    ("System.UInt32", "System.ValueType", "uint uint32", "vn", _COMPARABLE),
    ("System.Int64", "System.ValueType", "long int64", "vn", _COMPARABLE),
    ("System.UInt64", "System.ValueType", "ulong uint64", "vn", _COMPARABLE),
    ("System.Single", "System.ValueType", "float single", "vn", _COMPARABLE),
    ("System.Double", "System.ValueType", "double", "vn", _COMPARABLE),
    ("System.Decimal", "System.ValueType", "decimal", "vn", _COMPARABLE),
    ("System.Numerics.BigInteger", "System.ValueType", "bigint", "vn", ("System.IComparable", "System.IFormattable")),
    ("System.DateTime", "System.ValueType", "datetime", "v", _COMPARABLE),
    ("System.TimeSpan", "System.ValueType", "timespan", "v", ("System.IComparable", "System.IFormattable")),
    ("System.Guid", "System.ValueType", "guid", "v", ("System.IComparable", "System.IFormattable")),
    ("System.Void", "System.ValueType", "void", "v", ()),
    ("System.Version", "System.Object", "version", "", ("System.IComparable", "System.ICloneable")),
    ("System.Type", "System.Reflection.MemberInfo", "type", "", ()),
    ("System.Reflection.MemberInfo", "System.Object", "", "", ()),
    ("System.RuntimeType", "System.Reflection.TypeInfo", "", "", ()),
    ("System.Reflection.TypeInfo", "System.Type", "", "", ()),
    ("System.Collections.IEnumerable", "", "", "i", ()),
    ("System.Collections.ICollection", "", "", "i", ()),
    ("System.Collections.IList", "", "", "i", ()),
    ("System.Collections.IDictionary", "", "", "i", ()),
    ("System.IComparable", "", "", "i", ()),
    ("System.IFormattable", "", "", "i", ()),
    ("System.IConvertible", "", "", "i", ()),
    ("System.ICloneable", "", "", "i", ()),
    ("System.IDisposable", "", "", "i", ()),
    ("System.IEquatable`1", "", "", "i", ()),
    ("System.IComparable`1", "", "", "i", ()),
    ("System.IFormatProvider", "", "", "i", ()),
    ("System.Collections.Hashtable", "System.Object", "hashtable", "", _DICTIONARY + ("System.ICloneable",)),
    ("System.Collections.Specialized.OrderedDictionary", "System.Object", "ordered", "",
     _DICTIONARY + ("System.Collections.Specialized.IOrderedDictionary",)),
    ("System.Collections.Specialized.IOrderedDictionary", "", "", "i", ()),
    ("System.Collections.DictionaryEntry", "System.ValueType", "", "v", ()),
    ("System.Collections.ArrayList", "System.Object", "", "", _COLLECTION + ("System.ICloneable",)),
    ("System.Collections.Generic.List`1", "System.Object", "", "", _COLLECTION),
    ("System.Collections.ObjectModel.Collection`1", "System.Object", "", "", _COLLECTION),
    ("System.Collections.Generic.Dictionary`2", "System.Object", "", "", _DICTIONARY),
    ("System.Collections.Generic.KeyValuePair`2", "System.ValueType", "", "v", ()),
    ("System.Collections.Generic.HashSet`1", "System.Object", "", "", _ENUMERABLE),
    ("System.Collections.Generic.Queue`1", "System.Object", "", "", _ENUMERABLE + ("System.Collections.ICollection",)),
    ("System.Collections.Generic.Stack`1", "System.Object", "", "", _ENUMERABLE + ("System.Collections.ICollection",)),
    ("System.Collections.Queue", "System.Object", "", "", _ENUMERABLE + ("System.Collections.ICollection",
                                                                         "System.ICloneable")),
    ("System.Collections.Stack", "System.Object", "", "", _ENUMERABLE + ("System.Collections.ICollection",
                                                                         "System.ICloneable")),
    ("System.Management.Automation.PSObject", "System.Object", "psobject pscustomobject", "", ()),
    ("System.Management.Automation.PSCustomObject", "System.Object", "", "", ()),
    ("System.Management.Automation.PSReference", "System.Object", "ref", "", ()),
    ("System.Management.Automation.ScriptBlock", "System.Object", "scriptblock", "", ()),
    ("System.Management.Automation.SwitchParameter", "System.ValueType", "switch", "v", ()),
    ("System.Management.Automation.PSNoteProperty", "System.Management.Automation.PSPropertyInfo", "", "", ()),
    ("System.Management.Automation.PSScriptProperty", "System.Management.Automation.PSPropertyInfo", "", "", ()),
    ("System.Management.Automation.PSAliasProperty", "System.Management.Automation.PSPropertyInfo", "", "", ()),
    ("System.Management.Automation.PSProperty", "System.Management.Automation.PSPropertyInfo", "", "", ()),
    ("System.Management.Automation.PSPropertyInfo", "System.Management.Automation.PSMemberInfo", "", "", ()),
    ("System.Management.Automation.PSMemberInfo", "System.Object", "", "", ()),
    ("System.Management.Automation.PSMemberSet", "System.Management.Automation.PSMemberInfo", "", "", ()),
    ("System.Management.Automation.PSPropertySet", "System.Management.Automation.PSMemberInfo", "", "", ()),
    ("System.Management.Automation.ErrorRecord", "System.Object", "", "", ()),
    ("System.Text.StringBuilder", "System.Object", "", "", ()),
    ("System.Text.RegularExpressions.Regex", "System.Object", "regex", "", ()),
    ("System.Text.RegularExpressions.Capture", "System.Object", "", "", ()),
    ("System.Text.RegularExpressions.Group", "System.Text.RegularExpressions.Capture", "", "", ()),
    ("System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group", "", "", ()),
    ("System.Text.RegularExpressions.MatchCollection", "System.Object", "", "", _COLLECTION),
    ("System.Text.RegularExpressions.GroupCollection", "System.Object", "", "", _COLLECTION),
    ("System.Text.RegularExpressions.CaptureCollection", "System.Object", "", "", _COLLECTION),
    ("System.Text.Encoding", "System.Object", "", "", ()),
    ("System.Xml.XmlNode", "System.Object", "", "", _ENUMERABLE + ("System.ICloneable",)),
    ("System.Xml.XmlLinkedNode", "System.Xml.XmlNode", "", "", ()),
    ("System.Xml.XmlDocument", "System.Xml.XmlNode", "xml", "", ()),
    ("System.Xml.XmlElement", "System.Xml.XmlLinkedNode", "", "", ()),
    ("System.Xml.XmlAttribute", "System.Xml.XmlNode", "", "", ()),
    ("System.Xml.XmlCharacterData", "System.Xml.XmlLinkedNode", "", "", ()),
    ("System.Xml.XmlText", "System.Xml.XmlCharacterData", "", "", ()),
    ("System.Xml.XmlComment", "System.Xml.XmlCharacterData", "", "", ()),
    ("System.Xml.XmlCDataSection", "System.Xml.XmlCharacterData", "", "", ()),
    ("System.Text.UTF8Encoding", "System.Text.Encoding", "", "", ()),
    ("System.Text.UnicodeEncoding", "System.Text.Encoding", "", "", ()),
    ("System.Text.ASCIIEncoding", "System.Text.Encoding", "", "", ()),
    ("System.Math", "System.Object", "math", "s", ()),
    ("System.Convert", "System.Object", "convert", "s", ()),
    ("System.Console", "System.Object", "console", "s", ()),
    ("System.Environment", "System.Object", "environment", "s", ()),
    ("System.BitConverter", "System.Object", "", "s", ()),
    ("System.Net.IPAddress", "System.Object", "ipaddress", "", ()),
    ("System.Net.IPHostEntry", "System.Object", "", "", ()),
    ("System.Net.Dns", "System.Object", "", "s", ()),
    ("System.IO.Path", "System.Object", "", "s", ()),
    ("System.IO.File", "System.Object", "", "s", ()),
    ("System.IO.Directory", "System.Object", "", "s", ()),
    ("System.OperatingSystem", "System.Object", "", "", ("System.ICloneable",)),
    ("System.Management.Automation.LanguagePrimitives", "System.Object", "", "s", ()),
]

_TYPES: dict[str, PSType] = {}        # lower-cased full name -> type
_ACCELERATORS: dict[str, str] = {}    # lower-cased accelerator -> full name
_SHORT_NAMES: dict[str, str] = {}     # full name -> its first accelerator


def _register_table():
    for full, base, accel, flags, ifaces in _TYPE_TABLE:
        _TYPES[full.lower()] = PSType(full, base, ifaces, flags)
        names = accel.split()
        for a in names:
            _ACCELERATORS[a] = full
        if names and full not in _SHORT_NAMES:
            _SHORT_NAMES[full] = names[0]
    for full, base in EXCEPTION_BASES.items():
        _TYPES.setdefault(full.lower(), PSType(full, base or "System.Object"))
    for key, enum in ENUMS.items():
        _TYPES[key] = PSType(enum.full_name, "System.Enum", _COMPARABLE, "ve", enum=enum)
    _SHORT_NAMES["System.Management.Automation.PSObject"] = "psobject"


_register_table()


def _known(full_name: str) -> PSType | None:
    return _TYPES.get(full_name.lower())


def array_of(element: PSType) -> PSType:
    key = element.full_name.lower() + "[]"
    t = _TYPES.get(key)
    if t is None:
        t = PSType(element.full_name + "[]", "System.Array", _COLLECTION + ("System.ICloneable",), "", element)
        _TYPES[key] = t
    return t


def generic_of(definition: str, args: tuple) -> PSType | None:
    base = _known(definition)
    if base is None:
        return None
    full = "%s[%s]" % (definition, ",".join(a.full_name for a in args))
    t = _TYPES.get(full.lower())
    if t is None:
        t = PSType(full, base.base_name, base.interfaces, base.flags, definition=definition, args=args)
        _TYPES[full.lower()] = t
    return t


def _lookup_simple(name: str) -> PSType | None:
    key = name.strip().lower()
    full = _ACCELERATORS.get(key)
    if full is not None:
        return _TYPES[full.lower()]
    found = _TYPES.get(key) or _TYPES.get("system." + key)
    if found is None:
        info = registered_type(key)
        if info is not None:         # a type a module registered by name (PathInfo, WarningRecord, ...)
            base = info.bases[0] if getattr(info, "bases", ()) else "System.Object"
            found = _TYPES[key] = PSType(info.full_name, base)
            return found
        for candidate in (key, "system." + key):
            enum = ENUMS.get(candidate)
            if enum is not None:      # an enum a runtime module defined after the table was built
                found = _TYPES[candidate] = PSType(enum.full_name, "System.Enum", _COMPARABLE, "ve", enum=enum)
                break
    return found


class _TypeNameParser:
    """Reads `Name`, `Name[]`, `Name[T1,T2]`, `Name`1[[T, assembly]]` into a PSType (None when unknown)."""

    def __init__(self, text: str):
        self.text = text
        self.pos = 0

    def parse(self):
        t = self.parse_type()
        return t if self.pos == len(self.text) else None

    def parse_type(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in "[],":
            self.pos += 1
        name = self.text[start:self.pos].strip()
        if not name:
            return None
        base = None
        args = None
        while self.pos < len(self.text) and self.text[self.pos] == "[":
            inner = self.text[self.pos + 1:].lstrip()
            if inner.startswith("]") or inner.startswith(","):
                close = self.text.index("]", self.pos)
                self.pos = close + 1
                if base is None:
                    base = self._resolve(name, args)
                    if base is None:
                        return None
                base = array_of(base)
            elif base is None and args is None:
                args = self.parse_args()
                if args is None:
                    return None
            else:
                return None
        return base if base is not None else self._resolve(name, args)

    def parse_args(self):
        self.pos += 1
        args = []
        while True:
            self.skip_spaces()
            wrapped = self.pos < len(self.text) and self.text[self.pos] == "["
            if wrapped:
                self.pos += 1
            t = self.parse_type()
            if t is None:
                return None
            if wrapped:  # assembly-qualified: skip to the closing bracket
                close = self.text.find("]", self.pos)
                if close < 0:
                    return None
                self.pos = close + 1
            args.append(t)
            self.skip_spaces()
            if self.pos >= len(self.text):
                return None
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return tuple(args)
            if ch != ",":
                return None

    def skip_spaces(self):
        while self.pos < len(self.text) and self.text[self.pos] == " ":
            self.pos += 1

    @staticmethod
    def _resolve(name, args):
        if args is None:
            return _lookup_simple(name)
        plain = name.split("`")[0]
        for candidate in (plain, "system." + plain):
            definition = "%s`%d" % (candidate, len(args))
            known = _known(definition)
            if known is not None:
                return generic_of(known.full_name, args)
        return None


_RESOLVED: dict[str, PSType | None] = {}


def resolve_type(name: str) -> PSType | None:
    """The type a literal such as `[int]`, `[System.Int32]`, `[string[]]` or `[List[int]]` names, or None."""
    if isinstance(name, PSType):
        return name
    key = name.strip()
    if key.startswith("[") and key.endswith("]") and not key.endswith("[]"):
        key = key[1:-1].strip()
    try:
        return _RESOLVED[key]
    except KeyError:
        pass
    t = _TypeNameParser(key).parse()
    if t is None:
        full = lookup_type_name(key)
        if full is not None:
            t = _TypeNameParser(full).parse() or _TYPES.setdefault(full.lower(), PSType(full))
    _RESOLVED[key] = t
    return t


# ---- the type of a value --------------------------------------------------------------------------

def type_of(value) -> PSType:
    """`$value.GetType()`: the type typenames.type_name names (the one place a value's type is decided)."""
    cls = type(value)
    if cls is PSType:
        return _TYPES["system.runtimetype"]
    name = type_name(value)
    if name == "System.Object" and cls is not object:
        name = class_type_name(cls) or name        # a class whose member table names its type
    found = resolve_type(name)
    if found is None:
        found = _TYPES.setdefault(name.lower(), PSType(name))
    return found


def type_names(value) -> list[str]:
    """PSObject.TypeNames for a value: its type and base types, most derived first."""
    if isinstance(value, PSObject) and value.base is None:
        return list(value.type_names)
    names, t = [], type_of(value)
    while t is not None:
        names.append(t.full_name)
        t = t.base
    if isinstance(value, PSObject):
        extra = [n for n in value.type_names if n not in names and "PSCustomObject" not in n]
        names = extra + names
    return names


def define_enum(enum) -> PSType:
    """Make an enum a script defined (`enum Color { Red }`) resolvable as a type, e.g. `[Color]::Red`."""
    key = enum.full_name.lower()
    ENUMS[key] = enum
    found = _TYPES[key] = PSType(enum.full_name, "System.Enum", _COMPARABLE, "ve", enum=enum)
    return found


def define_class_type(full_name: str, base_name: str) -> PSType:
    """Make a class a script defined (`class Point {}`) resolvable as a type, e.g. `[Point]::new()`."""
    found = _TYPES[full_name.lower()] = PSType(full_name, base_name)
    return found


def wrap(value) -> PSObject:
    """A PSObject around `value` that keeps the value's type names (`[psobject]$x`, Add-Member's target)."""
    return PSObject(type_names=type_names(value), base=value)
