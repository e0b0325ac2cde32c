"""Type names: PowerShell's type accelerators, [name] resolution, a value's .NET type name, and `-is` checks."""
from __future__ import annotations

import datetime
import decimal
import uuid

from pyposh.errors import EXCEPTION_BASES, PyposhError, ScriptRuntimeError, exception_type_chain
from pyposh.interpreter.text.numbers import INTEGER_INFO, PSChar, PSSingle, int_code
from pyposh.interpreter.values.enums import ENUMS
from pyposh.interpreter.values.objects import (
    AUTOMATION_NULL, ArrayList, GenericList, Hashtable, PSObject, PSReference, TypedArray,
)

PSOBJECT = "System.Management.Automation.PSObject"
PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"
HASHTABLE = "System.Collections.Hashtable"
ORDERED = "System.Collections.Specialized.OrderedDictionary"
GENERIC_LIST = "System.Collections.Generic.List`1"

# PowerShell's type accelerators (TypeAccelerators.cs), lowercase name -> full name.
ACCELERATORS: dict[str, str] = {
    "array": "System.Array", "bool": "System.Boolean", "byte": "System.Byte", "char": "System.Char",
    "datetime": "System.DateTime", "decimal": "System.Decimal", "double": "System.Double",
    "float": "System.Single", "single": "System.Single", "guid": "System.Guid", "hashtable": HASHTABLE,
    "int": "System.Int32", "int32": "System.Int32", "short": "System.Int16", "int16": "System.Int16",
    "long": "System.Int64", "int64": "System.Int64", "sbyte": "System.SByte", "string": "System.String",
    "uint16": "System.UInt16", "ushort": "System.UInt16", "uint32": "System.UInt32", "uint": "System.UInt32",
    "uint64": "System.UInt64", "ulong": "System.UInt64", "bigint": "System.Numerics.BigInteger",
    "timespan": "System.TimeSpan", "version": "System.Version", "void": "System.Void", "regex":
    "System.Text.RegularExpressions.Regex", "xml": "System.Xml.XmlDocument", "ordered": ORDERED,
    "psobject": PSOBJECT, "pscustomobject": PSOBJECT, "ref": "System.Management.Automation.PSReference",
    "scriptblock": "System.Management.Automation.ScriptBlock", "switch":
    "System.Management.Automation.SwitchParameter", "type": "System.Type", "uri": "System.Uri",
    "ipaddress": "System.Net.IPAddress", "cultureinfo": "System.Globalization.CultureInfo",
    "securestring": "System.Security.SecureString", "mailaddress": "System.Net.Mail.MailAddress",
    "semver": "System.Management.Automation.SemanticVersion", "wildcardpattern":
    "System.Management.Automation.WildcardPattern", "pscredential": "System.Management.Automation.PSCredential",
    "psvariable": "System.Management.Automation.PSVariable", "psmoduleinfo":
    "System.Management.Automation.PSModuleInfo", "powershell": "System.Management.Automation.PowerShell",
    "runspace": "System.Management.Automation.Runspaces.Runspace", "nullstring":
    "System.Management.Automation.Language.NullString", "pslistmodifier":
    "System.Management.Automation.PSListModifier", "psprimitivedictionary":
    "System.Management.Automation.PSPrimitiveDictionary", "psnoteproperty":
    "System.Management.Automation.PSNoteProperty", "psscriptproperty":
    "System.Management.Automation.PSScriptProperty", "psscriptmethod":
    "System.Management.Automation.PSScriptMethod", "psaliasproperty": "System.Management.Automation.PSAliasProperty",
    "cmdletbinding": "System.Management.Automation.CmdletBindingAttribute",
    "parameter": "System.Management.Automation.ParameterAttribute",
    "alias": "System.Management.Automation.AliasAttribute",
    "outputtype": "System.Management.Automation.OutputTypeAttribute",
    "validateset": "System.Management.Automation.ValidateSetAttribute", "validaterange":
    "System.Management.Automation.ValidateRangeAttribute", "validatepattern":
    "System.Management.Automation.ValidatePatternAttribute", "validatescript":
    "System.Management.Automation.ValidateScriptAttribute", "validatecount":
    "System.Management.Automation.ValidateCountAttribute", "validatelength":
    "System.Management.Automation.ValidateLengthAttribute", "validatenotnull":
    "System.Management.Automation.ValidateNotNullAttribute", "validatenotnullorempty":
    "System.Management.Automation.ValidateNotNullOrEmptyAttribute", "validatenotnullorwhitespace":
    "System.Management.Automation.ValidateNotNullOrWhiteSpaceAttribute", "allownull":
    "System.Management.Automation.AllowNullAttribute", "allowemptystring":
    "System.Management.Automation.AllowEmptyStringAttribute", "allowemptycollection":
    "System.Management.Automation.AllowEmptyCollectionAttribute", "supportswildcards":
    "System.Management.Automation.SupportsWildcardsAttribute", "psdefaultvalue":
    "System.Management.Automation.PSDefaultValueAttribute", "argumentcompleter":
    "System.Management.Automation.ArgumentCompleterAttribute",
}

_KNOWN = [
    "System.Object", "System.ValueType", "System.Enum", "System.String", "System.Char", "System.Boolean",
    "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32", "System.UInt32",
    "System.Int64", "System.UInt64", "System.Single", "System.Double", "System.Decimal", "System.DateTime",
    "System.TimeSpan", "System.Guid", "System.Version", "System.Array", "System.Object[]", "System.Math",
    "System.Console", "System.Convert", "System.Environment", "System.Type", "System.Void", "System.DBNull",
    "System.Uri", "System.Random", "System.BitConverter", "System.IComparable", "System.IFormattable",
    "System.IConvertible", "System.ICloneable", "System.IDisposable", "System.DayOfWeek",
    "System.StringComparison", "System.StringSplitOptions", "System.MidpointRounding", "System.DateTimeKind",
    "System.DateTimeOffset", "System.Text.StringBuilder", "System.Text.Encoding",
    "System.Text.RegularExpressions.Regex", "System.Text.RegularExpressions.RegexOptions",
    "System.Text.RegularExpressions.Match", "System.Text.RegularExpressions.Group",
    "System.Collections.Hashtable", "System.Collections.ArrayList", "System.Collections.IDictionary",
    "System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable",
    "System.Collections.Specialized.OrderedDictionary", "System.Collections.Specialized.IOrderedDictionary",
    "System.Collections.Generic.List`1", "System.Collections.Generic.Dictionary`2",
    "System.Collections.Generic.HashSet`1", "System.Collections.Generic.IEnumerable`1",
    "System.Collections.Generic.IList`1", "System.Collections.Generic.Queue`1", "System.Collections.Generic.Stack`1",
    "System.Collections.Queue", "System.Collections.Stack", "System.Nullable`1", "System.Numerics.BigInteger", "System.IO.Path", "System.IO.File", "System.IO.Directory",
    "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo", "System.Globalization.CultureInfo",
    "System.Diagnostics.Stopwatch", "System.Diagnostics.Process", "System.Threading.Thread",
    "System.Net.IPAddress", "System.Xml.XmlDocument", "System.Security.SecureString",
    PSOBJECT, PSCUSTOMOBJECT, "System.Management.Automation.ScriptBlock",
    "System.Management.Automation.SwitchParameter", "System.Management.Automation.PSReference",
    "System.Management.Automation.ErrorRecord", "System.Management.Automation.ActionPreference",
    "System.Management.Automation.PSCredential", "System.Management.Automation.SemanticVersion",
    "System.Management.Automation.WildcardPattern", "System.Management.Automation.PSVariable",
    "System.Management.Automation.LanguagePrimitives", "System.Management.Automation.Internal.AutomationNull",
    "System.Management.Automation.PSTypeName", "System.Management.Automation.CommandTypes",
    "System.Management.Automation.ErrorCategory",
] + list(EXCEPTION_BASES)
KNOWN_TYPES: dict[str, str] = {name.lower(): name for name in _KNOWN}

# Registered by other modules (script classes, enums, cmdlet result types): lower full name -> TypeInfo.
_REGISTERED: dict[str, "TypeInfo"] = {}


class TypeInfo:
    """A type known beyond the built-in table: its full name, base types, and optional conversion hooks."""

    __slots__ = ("full_name", "bases", "converter", "instance_check")

    def __init__(self, full_name, bases=(), converter=None, instance_check=None):
        self.full_name = full_name
        self.bases = tuple(bases)
        self.converter = converter
        self.instance_check = instance_check


def register_type(full_name: str, bases=(), converter=None, instance_check=None, aliases=()) -> TypeInfo:
    """Make a type resolvable by name. `converter(value)` implements casts to it; `instance_check(value)` -is."""
    info = TypeInfo(full_name, bases, converter, instance_check)
    for name in (full_name,) + tuple(aliases):
        _REGISTERED[name.lower()] = info
    return info


def registered_type(full_name: str):
    """The TypeInfo registered for a full name, or None."""
    return _REGISTERED.get(full_name.lower())


# Python classes whose member table (dotnet/registry.py) names their .NET type: class -> full name.
_CLASS_NAMES: dict[type, str] = {}


def register_class(cls: type, full_name: str) -> None:
    """Name the .NET type of a Python class that has no `ps_type_name` (its member table's type)."""
    _CLASS_NAMES[cls] = full_name


def classes_named(full_name: str) -> list:
    """The Python classes whose member tables are those of the .NET type `full_name` (reflection)."""
    lower = full_name.lower()
    return [cls for cls, name in _CLASS_NAMES.items() if name.lower() == lower]


def class_type_name(cls: type) -> str | None:
    """The type name registered for `cls` or its nearest registered base class, else None."""
    for klass in cls.__mro__:
        name = _CLASS_NAMES.get(klass)
        if name is not None:
            return name
    return None


def _lookup(name: str, namespaces: tuple = ()):
    low = name.strip().lower()
    found = ACCELERATORS.get(low) or KNOWN_TYPES.get(low)
    if found:
        return found
    info = _REGISTERED.get(low) or ENUMS.get(low)
    if info is None and not low.startswith("system."):
        found = KNOWN_TYPES.get("system." + low)
        if found:
            return found
        info = _REGISTERED.get("system." + low) or ENUMS.get("system." + low)
    if info is None:
        for namespace in namespaces:       # `using namespace System.Text`: [StringBuilder]
            found = _lookup(namespace + "." + name)
            if found:
                return found
    return info.full_name if info else None


def _split_args(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _strip_brackets(s: str) -> str:
    s = s.strip()
    while s.startswith("[") and s.endswith("]"):
        depth = 0
        for i, ch in enumerate(s):
            depth += ch == "["
            depth -= ch == "]"
            if depth == 0 and i < len(s) - 1:
                return s
        s = s[1:-1].strip()
    return s


def lookup_type_name(name: str, namespaces: tuple = ()):
    """The canonical .NET full name for a type name as written in a script (`int`, `[int[]]`, `List[string]`,
    `System.Int32`), or None when no such type is known. `namespaces` are those a script's `using namespace`
    statements name, tried after the name as written."""
    s = _strip_brackets(name)
    if not s:
        return None
    if s.endswith("[]"):
        inner = lookup_type_name(s[:-2], namespaces)
        return inner + "[]" if inner else None
    if s.endswith("]") and "[" in s:
        i = s.index("[")
        args = _split_args(s[i + 1:-1])
        base = s[:i].strip()
        if "`" not in base:
            base += "`%d" % len(args)
        full = _lookup(base, namespaces)
        canon = [lookup_type_name(a, namespaces) for a in args]
        if not full or not all(canon):
            return None
        return "%s[%s]" % (full, ",".join(canon))
    return _lookup(s, namespaces)


def resolve_type_name(name: str, extent=None) -> str:
    """Like lookup_type_name, but an unknown name raises PowerShell's `Unable to find type [X].`"""
    found = lookup_type_name(name)
    if found is None:
        shown = _strip_brackets(name)
        raise ScriptRuntimeError("Unable to find type [%s]." % shown, "TypeNotFound", "InvalidOperation", extent,
                                 exception_type="System.Management.Automation.RuntimeException")
    return found


def generic_arguments(full_name: str) -> list[str]:
    """The type arguments of a canonical generic name (`...List`1[System.Int32]` -> ['System.Int32'])."""
    i = full_name.find("[")
    if i < 0 or full_name.endswith("[]") and full_name.count("[") == 1:
        return []
    return _split_args(full_name[i + 1:-1])


def short_name(full_name: str) -> str:
    """`Type.Name`: the last dotted part, without generic arguments (`List`1`, `Object[]`, `Int32`)."""
    base = full_name
    array = ""
    while base.endswith("[]"):
        base, array = base[:-2], array + "[]"
    if "`" in base:
        base = base[:base.index("[")] if "[" in base else base
    return base.rsplit(".", 1)[-1] + array


# ---------------------------------------------------------------- a value's type

_SIMPLE_TYPES = {
    bool: "System.Boolean", str: "System.String", PSChar: "System.Char", float: "System.Double",
    PSSingle: "System.Single", decimal.Decimal: "System.Decimal", datetime.datetime: "System.DateTime",
    datetime.timedelta: "System.TimeSpan", uuid.UUID: "System.Guid", list: "System.Object[]",
    tuple: "System.Object[]", ArrayList: "System.Collections.ArrayList",
    PSReference: "System.Management.Automation.PSReference",
}


def _element_name(element_type) -> str:
    if not element_type:
        return "System.Object"
    if isinstance(element_type, str):
        return lookup_type_name(element_type) or element_type
    return getattr(element_type, "full_name", None) or str(element_type)


def type_name(value) -> str:
    """The .NET full name PowerShell reports for a value's type (`.GetType().FullName`)."""
    t = type(value)
    name = _SIMPLE_TYPES.get(t)
    if name is not None:
        return name
    if t is int:
        return INTEGER_INFO[int_code(value)][0] if abs(value) < 2**64 else "System.Numerics.BigInteger"
    if isinstance(value, int) and not isinstance(value, bool):
        return getattr(value, "ps_type_name", None) or INTEGER_INFO.get(int_code(value), ("System.Int64",))[0]
    if t is Hashtable:
        return ORDERED if value.ordered else HASHTABLE
    if t is PSObject:
        return PSCUSTOMOBJECT if value.base is None else type_name(value.base)
    if t is TypedArray:
        return _element_name(value.element_type) + "[]"
    if t is GenericList:
        return "%s[%s]" % (GENERIC_LIST, _element_name(value.element_type))
    if value is None:
        return "System.Object"
    if value is AUTOMATION_NULL:
        return "System.Management.Automation.Internal.AutomationNull"
    ps_name = getattr(value, "ps_type_name", None)
    if isinstance(ps_name, str):
        return ps_name
    if isinstance(value, PyposhError):
        return value.exception_type
    for cls, full in _SIMPLE_TYPES.items():
        if isinstance(value, cls):
            return full
    if isinstance(value, datetime.date):
        return "System.DateTime"
    return "System.Object"


_VALUE_BASES = ("System.ValueType", "System.Object", "System.IComparable", "System.IFormattable",
                "System.IConvertible")
_COLLECTION = ("System.Object", "System.Collections.IList", "System.Collections.ICollection",
               "System.Collections.IEnumerable")
_DICTIONARY = ("System.Object", "System.Collections.IDictionary", "System.Collections.ICollection",
               "System.Collections.IEnumerable", "System.ICloneable")
_BASES = {
    "System.String": ("System.Object", "System.IComparable", "System.ICloneable", "System.IConvertible",
                      "System.Collections.IEnumerable"),
    "System.Collections.ArrayList": _COLLECTION + ("System.ICloneable",),
    HASHTABLE: _DICTIONARY,
    ORDERED: _DICTIONARY + ("System.Collections.Specialized.IOrderedDictionary",),
    PSCUSTOMOBJECT: (PSOBJECT, "System.Object"),
    "System.Management.Automation.PSReference": ("System.Object",),
    "System.Guid": _VALUE_BASES, "System.DateTime": _VALUE_BASES, "System.TimeSpan": _VALUE_BASES,
    "System.Numerics.BigInteger": _VALUE_BASES, "System.Version": ("System.Object", "System.IComparable",
                                                                   "System.ICloneable"),
}
_VALUE_ELEMENT_TYPES = {info[0] for info in INTEGER_INFO.values()} | {
    "System.Boolean", "System.Single", "System.Double", "System.Decimal", "System.DateTime", "System.TimeSpan",
    "System.Guid", "System.Numerics.BigInteger"}


def type_ancestors(full_name: str) -> tuple:
    """Base classes and interfaces of a type, as far as pyposh models them (used by `-is`)."""
    if full_name in _BASES:
        return _BASES[full_name]
    if full_name in _VALUE_ELEMENT_TYPES:
        return _VALUE_BASES
    if full_name.endswith("[]"):
        elem = full_name[:-2]
        covariant = () if elem in _VALUE_ELEMENT_TYPES or elem == "System.Object" else ("System.Object[]",)
        return ("System.Array",) + _COLLECTION + ("System.ICloneable",) + covariant
    if full_name.startswith(GENERIC_LIST + "["):
        return _COLLECTION
    if full_name in EXCEPTION_BASES:
        return tuple(exception_type_chain(full_name)[1:]) + ("System.Object",)
    info = _REGISTERED.get(full_name.lower())
    if info is not None:
        return info.bases + ("System.Object",)
    if full_name.lower() in ENUMS:
        return ("System.Enum",) + _VALUE_BASES
    return ("System.Object",)


def is_instance(value, target) -> bool:
    """PowerShell's `-is`: whether `value`'s type is `target` (a type name or an object with `full_name`)."""
    if value is None or value is AUTOMATION_NULL:
        return False
    full = target if isinstance(target, str) else getattr(target, "full_name", None)
    if full is None:
        return False
    canon = lookup_type_name(full) or full
    info = _REGISTERED.get(canon.lower())
    if info is not None and info.instance_check is not None:
        return bool(info.instance_check(value))
    if canon == "System.Object":
        return True
    if canon == PSOBJECT:
        return isinstance(value, PSObject)
    if isinstance(value, PSObject) and value.base is not None:
        value = value.base
    actual = type_name(value)
    if actual == canon:
        return True
    extra = getattr(type(value), "ps_base_types", ())
    return canon in type_ancestors(actual) or canon in extra
