"""The .NET types scripts build dynamic parameters with (System.Management.Automation's PseudoParameters.cs and
Attributes.cs): RuntimeDefinedParameter, RuntimeDefinedParameterDictionary, Collection[System.Attribute], and the
parameter attributes as objects (Parameter, Alias, the Validate* and Allow* attributes), made by `[T]::new()`,
`New-Object T` or a hashtable cast (`[Parameter]@{ Mandatory = $true; Position = 1 }`). The binder reads them
when a dynamicparam block returns a dictionary of them."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import VOID, to_str
from pyposh.interpreter.dotnet.static_members import constructor
from pyposh.interpreter.values.casts import convert_to, register_converter
from pyposh.interpreter.values.conversions import INVALID_CAST, final_cast_error
from pyposh.interpreter.values.objects import Hashtable, PSObject, TypedArray, unwrap
from pyposh.interpreter.values.typenames import register_type
from pyposh.interpreter.values.types import PSType, resolve_type

SMA = "System.Management.Automation."
ATTRIBUTE = "System.Attribute"
ATTRIBUTE_COLLECTION = "System.Collections.ObjectModel.Collection`1[System.Attribute]"
RUNTIME_PARAMETER = SMA + "RuntimeDefinedParameter"
RUNTIME_DICTIONARY = SMA + "RuntimeDefinedParameterDictionary"
ALL_SETS = "__AllParameterSets"
INT_MIN = -2147483648


def _argument_error(name: str) -> reg.DotNetException:
    return reg.DotNetException("System.ArgumentException", f'Cannot process argument because the value of argument '
                               f'"{name}" is not valid. Change the value of the "{name}" argument and run the '
                               f'operation again.')


def _argument_null(name: str) -> reg.DotNetException:
    return reg.DotNetException("System.ArgumentNullException", f'Cannot process argument because the value of '
                               f'argument "{name}" is null. Change the value of argument "{name}" to a non-null '
                               f'value.')


# ---- the attributes -------------------------------------------------------------------------------------

class AttributeObject:
    """A System.Attribute instance: its properties by lower-case name. Each attribute type is a subclass that
    lists its properties as (name, .NET type, default, settable) and its constructor's arguments."""

    __slots__ = ("values",)
    ps_type_name = ATTRIBUTE
    PROPERTIES: tuple = ()
    ARGUMENTS: tuple = ()          # property names the constructor sets, in order
    VARIADIC = False               # `params T[]`: the arguments (or one array) fill the first property

    def __init__(self, *args):
        self.values = {name.lower(): default for name, _, default, _ in self.PROPERTIES}
        if self.VARIADIC:
            items = list(args[0]) if len(args) == 1 and isinstance(args[0], (list, tuple)) else list(args)
            name, kind = self.PROPERTIES[0][0], self.PROPERTIES[0][1]
            self.values[name.lower()] = TypedArray([convert_to(v, kind[:-2]) for v in items], kind[:-2])
            return
        types = {name.lower(): kind for name, kind, _, _ in self.PROPERTIES}
        for name, value in zip(self.ARGUMENTS, args):
            key = name.lower()
            self.values[key] = value if types[key] == "System.Object" else convert_to(value, types[key])

    def get(self, name: str):
        return self.values.get(name.lower())


_ATTRIBUTE_TYPES = (   # class name, constructor arguments, variadic, properties (name, type, default, settable)
    ("ParameterAttribute", (), False, (
        ("Position", "System.Int32", INT_MIN, True), ("ParameterSetName", "System.String", ALL_SETS, True),
        ("Mandatory", "System.Boolean", False, True), ("ValueFromPipeline", "System.Boolean", False, True),
        ("ValueFromPipelineByPropertyName", "System.Boolean", False, True),
        ("ValueFromRemainingArguments", "System.Boolean", False, True), ("HelpMessage", "System.String", None, True),
        ("HelpMessageBaseName", "System.String", None, True), ("HelpMessageResourceId", "System.String", None, True),
        ("DontShow", "System.Boolean", False, True))),
    ("AliasAttribute", (), True, (("AliasNames", "System.String[]", (), False),)),
    ("ValidateSetAttribute", (), True, (
        ("ValidValues", "System.String[]", (), False), ("IgnoreCase", "System.Boolean", True, True),
        ("ErrorMessage", "System.String", None, True))),
    ("ValidateRangeAttribute", ("MinRange", "MaxRange"), False, (
        ("MinRange", "System.Object", None, False), ("MaxRange", "System.Object", None, False))),
    ("ValidatePatternAttribute", ("RegexPattern",), False, (
        ("RegexPattern", "System.String", None, False), ("ErrorMessage", "System.String", None, True))),
    ("ValidateLengthAttribute", ("MinLength", "MaxLength"), False, (
        ("MinLength", "System.Int32", 0, False), ("MaxLength", "System.Int32", 0, False))),
    ("ValidateCountAttribute", ("MinLength", "MaxLength"), False, (
        ("MinLength", "System.Int32", 0, False), ("MaxLength", "System.Int32", 0, False))),
    ("ValidateScriptAttribute", ("ScriptBlock",), False, (
        ("ScriptBlock", "System.Object", None, False), ("ErrorMessage", "System.String", None, True))),
    ("ValidateNotNullOrEmptyAttribute", (), False, ()),
    ("ValidateNotNullAttribute", (), False, ()),
    ("AllowNullAttribute", (), False, ()),
    ("AllowEmptyStringAttribute", (), False, ()),
    ("AllowEmptyCollectionAttribute", (), False, ()),
)

ATTRIBUTE_CLASSES: dict[str, type] = {}      # short class name (ParameterAttribute) -> Python class


def _getter(key):
    return lambda attr: attr.values.get(key)


def _setter(key, kind):
    def set_value(attr, value):
        attr.values[key] = value if kind == "System.Object" else convert_to(value, kind)
    return set_value


def _hashtable_converter(cls):
    """Casts to an attribute type: an instance passes; a hashtable or custom object sets the properties of a new
    instance made by the default constructor (LanguagePrimitives' hashtable-to-object conversion)."""
    full = cls.ps_type_name

    def convert(value):
        value = unwrap(value) if not isinstance(value, PSObject) or value.base is not None else value
        if isinstance(value, cls):
            return value
        if value is None or cls.ARGUMENTS or not isinstance(value, (Hashtable, PSObject)):
            raise final_cast_error(value, full)
        instance = cls()
        table = reg.table_for(cls)
        pairs = value.items() if isinstance(value, Hashtable) else \
            [(name, value.get_member(name)) for name in value.property_names()]
        for name, item in pairs:
            prop = table.props.get(to_str(name).lower())
            if prop is None or prop.set is None:
                settable = ", ".join(p.name for p in table.props.values() if p.set is not None)
                raise ScriptRuntimeError(
                    f'Cannot create object of type "{full}". The property \'{to_str(name)}\' was not found for the '
                    f'\'{full}\' object. The settable properties are: {settable}.',
                    "ObjectCreationError", "InvalidArgument", exception_type=INVALID_CAST)
            prop.set(instance, item)
        return instance
    return convert


def _define_attribute(name, arguments, variadic, properties):
    full = SMA + name
    cls = type(name, (AttributeObject,), {"__slots__": (), "ps_type_name": full, "PROPERTIES": properties,
                                          "ARGUMENTS": arguments, "VARIADIC": variadic})
    table = reg.define_type(cls, full)
    for prop_name, kind, _, settable in properties:
        key = prop_name.lower()
        table.prop(prop_name, _getter(key), _setter(key, kind) if settable else None)
    table.prop("TypeId", lambda attr: resolve_type(type(attr).ps_type_name))
    register_type(full, (ATTRIBUTE,), converter=_hashtable_converter(cls),
                  instance_check=lambda value: isinstance(unwrap(value), cls))
    count = len(arguments)
    constructor(full, lambda t, *args: cls(*args), 0 if variadic else count, None if variadic else count)
    ATTRIBUTE_CLASSES[name] = cls


def _to_attribute(value):
    found = unwrap(value)
    if found is None or isinstance(found, AttributeObject):
        return found
    raise final_cast_error(value, ATTRIBUTE)


register_type(ATTRIBUTE, converter=_to_attribute,
              instance_check=lambda value: isinstance(unwrap(value), AttributeObject), aliases=("Attribute",))
for _spec in _ATTRIBUTE_TYPES:
    _define_attribute(*_spec)


# ---- Collection[System.Attribute] -------------------------------------------------------------------------

class AttributeCollection(list):
    """`System.Collections.ObjectModel.Collection[System.Attribute]`: a list whose items are attributes."""

    __slots__ = ()
    ps_type_name = ATTRIBUTE_COLLECTION
    ps_base_types = ("System.Collections.IList", "System.Collections.ICollection", "System.Collections.IEnumerable")


def _attribute_arg(value, method):
    return reg.convert_arg(value, ATTRIBUTE, method, "item")


def _collection_remove(items, value):
    value = unwrap(value)
    for i, item in enumerate(items):
        if item is value:
            del items[i]
            return True
    return False


def _to_attribute_collection(value):
    value = unwrap(value)
    if value is None or isinstance(value, AttributeCollection):
        return value
    items = value if isinstance(value, (list, tuple)) else [value]
    return AttributeCollection(convert_to(item, ATTRIBUTE) for item in items)


(reg.define_type(AttributeCollection, ATTRIBUTE_COLLECTION)
 .prop("Count", len)
 .method("Add", lambda c, v: c.append(_attribute_arg(v, "Add")) or VOID, 1)
 .method("Insert", lambda c, i, v: c.insert(reg.to_int(i), _attribute_arg(v, "Insert")) or VOID, 2)
 .method("Remove", _collection_remove, 1)
 .method("RemoveAt", lambda c, i: c.pop(reg.to_int(i)) and VOID, 1)
 .method("Contains", lambda c, v: any(item is unwrap(v) for item in c), 1)
 .method("IndexOf", lambda c, v: next((i for i, item in enumerate(c) if item is unwrap(v)), -1), 1)
 .method("Clear", lambda c: c.clear() or VOID))
constructor(ATTRIBUTE_COLLECTION, lambda t, items=None: AttributeCollection() if items is None
            else _to_attribute_collection(items), 0, 1)
register_converter(ATTRIBUTE_COLLECTION, _to_attribute_collection)


# ---- RuntimeDefinedParameter ------------------------------------------------------------------------------

def _to_type(value, name):
    value = unwrap(value)
    if value is None:
        raise _argument_null(name)
    if isinstance(value, PSType):
        return value
    found = resolve_type(to_str(value))
    if found is None:
        raise ScriptRuntimeError(f"Unable to find type [{to_str(value)}].", "TypeNotFound", "InvalidOperation")
    return found


class RuntimeDefinedParameter:
    """A parameter a dynamicparam block defines: its name, type and attributes; the binder sets its Value."""

    __slots__ = ("attributes", "is_set", "name", "parameter_type", "value")
    ps_type_name = RUNTIME_PARAMETER

    def __init__(self, name="", parameter_type=None, attributes=None):
        self.name = name
        self.parameter_type = parameter_type
        self.value = None
        self.is_set = False
        self.attributes = AttributeCollection() if attributes is None else attributes

    def bind(self, value):
        """What the binder does: set Value (and with it IsSet)."""
        self.value = value
        self.is_set = True


def _new_parameter(t, *args):
    if not args:
        return RuntimeDefinedParameter()
    name, kind, attributes = args
    name = "" if unwrap(name) is None else to_str(name)
    if not name:
        raise _argument_error("name")
    return RuntimeDefinedParameter(name, _to_type(kind, "parameterType"), _to_attribute_collection(attributes))


def _set_name(p, value):
    value = "" if unwrap(value) is None else to_str(value)
    if not value:
        raise _argument_error("name")
    p.name = value


def _set_value(p, value):
    p.bind(value)


(reg.define_type(RuntimeDefinedParameter, RUNTIME_PARAMETER)
 .prop("Name", lambda p: p.name, _set_name)
 .prop("ParameterType", lambda p: p.parameter_type, lambda p, v: setattr(p, "parameter_type", _to_type(v, "value")))
 .prop("Value", lambda p: p.value, _set_value)
 .prop("IsSet", lambda p: p.is_set, lambda p, v: setattr(p, "is_set", convert_to(v, "System.Boolean")))
 .prop("Attributes", lambda p: p.attributes))
constructor(RUNTIME_PARAMETER, _new_parameter, 0, 3)
register_type(RUNTIME_PARAMETER, converter=lambda v: _instance_of(v, RuntimeDefinedParameter, RUNTIME_PARAMETER),
              instance_check=lambda value: isinstance(unwrap(value), RuntimeDefinedParameter))


def _instance_of(value, cls, full):
    found = unwrap(value)
    if found is None or isinstance(found, cls):
        return found
    raise final_cast_error(value, full)


# ---- RuntimeDefinedParameterDictionary ---------------------------------------------------------------------

class RuntimeDefinedParameterDictionary(Hashtable):
    """A Dictionary[string, RuntimeDefinedParameter] whose keys compare case-insensitively (OrdinalIgnoreCase)."""

    __slots__ = ("data", "help_file")
    ps_type_name = RUNTIME_DICTIONARY
    ps_base_types = (f"System.Collections.Generic.Dictionary`2[System.String,{RUNTIME_PARAMETER}]",
                     "System.Collections.IDictionary", "System.Collections.ICollection",
                     "System.Collections.IEnumerable")
    pair_types = ("System.String", RUNTIME_PARAMETER)

    def __init__(self):
        super().__init__()
        self.help_file = ""
        self.data = None

    def __setitem__(self, key, value):
        if unwrap(key) is None:
            raise _argument_null("key")
        super().__setitem__(to_str(key), reg.convert_arg(value, RUNTIME_PARAMETER))


def _dict_add(d, key, value):
    if unwrap(key) is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'key')")
    if key in d:
        raise reg.DotNetException("System.ArgumentException",
                                  f"An item with the same key has already been added. Key: {to_str(key)}")
    d[key] = value
    return VOID


def _dict_item(d, key):
    if key not in d:
        raise reg.DotNetException("System.Collections.Generic.KeyNotFoundException",
                                  f"The given key '{to_str(key)}' was not present in the dictionary.")
    return d[key]


def _set_help_file(d, value):
    d.help_file = "" if unwrap(value) is None else to_str(value)


_DICTIONARY = (reg.define_type(RuntimeDefinedParameterDictionary, RUNTIME_DICTIONARY)
 .prop("Count", len)
 .prop("Keys", lambda d: d.keys()).prop("Values", lambda d: d.values())
 .prop("HelpFile", lambda d: d.help_file, _set_help_file)
 .prop("Data", lambda d: d.data, lambda d, v: setattr(d, "data", v))
 .method("Add", _dict_add, 2)
 .method("Remove", lambda d, k: (k in d and d.pop(k) is not None) or False, 1)
 .method("ContainsKey", lambda d, k: k in d, 1)
 .method("ContainsValue", lambda d, v: any(item is unwrap(v) for item in d.values()), 1)
 .method("get_Item", _dict_item, 1)
 .method("Clear", lambda d: d.clear() or VOID))
_DICTIONARY.props = reg.EntryFirstProps(_DICTIONARY.props, lambda d, key: d[key] if key in d else reg.MISSING)
constructor(RUNTIME_DICTIONARY, lambda t: RuntimeDefinedParameterDictionary(), 0, 0)
register_type(RUNTIME_DICTIONARY,
              converter=lambda v: _instance_of(v, RuntimeDefinedParameterDictionary, RUNTIME_DICTIONARY),
              instance_check=lambda value: isinstance(unwrap(value), RuntimeDefinedParameterDictionary))


def is_runtime_dictionary(value) -> bool:
    return isinstance(value, RuntimeDefinedParameterDictionary)


__all__ = [
    "ALL_SETS",
    "ATTRIBUTE_CLASSES",
    "INT_MIN",
    "AttributeCollection",
    "AttributeObject",
    "RuntimeDefinedParameter",
    "RuntimeDefinedParameterDictionary",
    "is_runtime_dictionary",
]
