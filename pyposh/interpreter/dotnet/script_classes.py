"""Classes defined by scripts (`class Point { [int]$X; Point([int]$x) { $this.X = $x } }`) as .NET-like types:
each class is a Python subclass of ScriptObject whose member table (registry.py) holds its properties and methods,
a PSType so `[Point]`, `-is` and casts find it, static members and a constructor.

What a member does is given by the layer that compiles scripts (evaluate/classes.py): a property's default is
`default()`, a method or constructor body is `run(this, args)`. This module only shapes them as .NET members:
overloads chosen by argument count, then by how well the arguments fit the parameter types; typed properties
converting what is assigned; hidden members left out of listings; static members on the type."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.static_members import CONSTRUCTORS, STATICS, default_of
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.objects import GenericList, Hashtable, PSObject, unwrap
from pyposh.interpreter.values.typenames import is_instance, register_type
from pyposh.interpreter.values.types import define_class_type, resolve_type

SCRIPT_CLASSES: dict = {}      # lower-cased name -> the ScriptClass defined last under that name


class ScriptMembers:
    """What every instance of a script-defined class has: its class's name as type name, and ToString, Equals and
    CompareTo as the class defines them. The instance keeps its property values in `values`, by lower-case name."""

    __slots__ = ()
    script_class: "ScriptClass" = None          # set on each generated subclass

    @property
    def ps_type_name(self) -> str:
        return self.script_class.name

    def ps_to_string(self) -> str:
        method = self.script_class.find_method("tostring")
        if method is not None and method.overload(0) is not None:
            return reg.to_str(method.call(self, []))
        return self.script_class.name

    def ps_equals(self, other) -> bool:
        """`-eq`: the class's `Equals([object])` when it defines one, else reference equality (object.Equals)."""
        method = self.script_class.find_method("equals")
        if method is not None and method.overload(1, [other]) is not None:
            return bool(method.call(self, [other]))
        return self is other

    def ps_compare_to(self, other):
        """`-lt`/`-gt`/sorting: the class's `CompareTo([object])` (IComparable) as -1, 0 or 1; None without one."""
        method = self.script_class.find_method("compareto")
        if method is None or method.overload(1, [other]) is None:
            return None
        result = reg.convert_arg(method.call(self, [other]), "System.Int32")
        return (result > 0) - (result < 0)

    def __str__(self):
        return self.ps_to_string()

    def __repr__(self):
        return "<%s>" % self.script_class.name


class ScriptObject(ScriptMembers):
    """An instance of a script-defined class deriving from System.Object (or from another such class)."""

    __slots__ = ("values",)

    def __init__(self):
        self.values = {}


class ScriptList(ScriptMembers, GenericList):
    """An instance of a script-defined class deriving from System.Collections.Generic.List[T]: a list of T with
    the class's members added."""

    __slots__ = ("values",)

    def __init__(self):
        GenericList.__init__(self, (), self.script_class.element_type)
        self.values = {}


class PropertyDef:
    """A property: its name, type (None: any), whether static or hidden, `default()` giving its first value and
    `validate(value)` checking each value set (its validation attributes; None without them)."""

    __slots__ = ("name", "type_name", "static", "hidden", "default", "validate")

    def __init__(self, name, type_name=None, static=False, hidden=False, default=None, validate=None):
        self.name = name
        self.type_name = type_name
        self.static = static
        self.hidden = hidden
        self.default = default
        self.validate = validate

    def first_value(self, this=None):
        """The value before any constructor runs: the default's (evaluated with `$this`), else the type's."""
        value = self.default(this) if self.default is not None else None
        return self.convert(value) if value is not None else _type_default(self.type_name)

    def convert(self, value):
        if self.type_name is None or self.type_name.lower() in ("object", "system.object", "psobject"):
            return value
        return convert_to(value, self.type_name)


class Overload:
    """One method or constructor body: its parameter types and `run(this, args)` (args converted already)."""

    __slots__ = ("parameter_types", "run", "return_type", "base_arguments")

    def __init__(self, parameter_types, run, return_type=None, base_arguments=None):
        self.parameter_types = tuple(parameter_types)
        self.run = run
        self.return_type = return_type
        self.base_arguments = base_arguments    # a constructor's `: base(...)`: fn(this, args) -> base args


class MethodDef:
    """A method's overloads (by name, across the class and its bases), static or not, hidden or not."""

    __slots__ = ("name", "overloads", "static", "hidden")

    def __init__(self, name, static=False, hidden=False):
        self.name = name
        self.overloads = []
        self.static = static
        self.hidden = hidden

    def overload(self, count: int, args=()):
        """The overload for these arguments: of their number, the first whose types they already have, else the
        first they convert to."""
        candidates = [o for o in self.overloads if len(o.parameter_types) == count]
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        for candidate in candidates:
            pairs = zip(candidate.parameter_types, args, strict=False)
            if all(t is None or is_instance(unwrap(a), t) for t, a in pairs):
                return candidate
        for candidate in candidates:
            try:
                _converted(candidate, args)
            except reg.PyposhError:
                continue
            return candidate
        return candidates[0]

    def call(self, this, args: list):
        chosen = self.overload(len(args), args)
        if chosen is None:
            raise reg.overload_not_found(self.name, len(args))
        result = chosen.run(this, _converted(chosen, args))
        if chosen.return_type is None or chosen.return_type.lower() in ("void", "system.void"):
            return reg.VOID
        return result


class ScriptClass:
    """A class as its definition gives it: name, base class, properties, methods and constructors."""

    def __init__(self, name: str, base: "ScriptClass | None", base_type_name: str = "System.Object",
                 element_type: str | None = None):
        self.name = name
        self.base = base
        self.base_type_name = base.name if base is not None else base_type_name
        self.element_type = base.element_type if base is not None else element_type   # a List[T]'s T
        self.properties: dict[str, PropertyDef] = {}
        self.methods: dict[str, MethodDef] = {}         # instance methods
        self.static_methods: dict[str, MethodDef] = {}
        self.constructors = MethodDef(".ctor")
        self.static_constructor: Overload | None = None
        self.static_values: dict[str, object] = {}
        self.statics_ready = False
        self.python_class = None

    def initialize_statics(self) -> None:
        """What .NET's static constructor does, the first time the class is used (an instance made, a static
        member read, set or called): static properties get their defaults, then `static C() { }` runs."""
        if self.statics_ready:
            return
        self.statics_ready = True
        for prop in self.properties.values():
            if prop.static:
                self.static_values[prop.name.lower()] = prop.first_value()
        if self.static_constructor is not None:
            self.static_constructor.run(None, [])

    def initialization_order(self) -> list:
        """Instance properties in the order their defaults are set: base class first, each in declaration order
        (a default may read `$this` properties set before it)."""
        inherited = self.base.initialization_order() if self.base is not None else []
        own = [p for p in self.properties.values() if not p.static]
        names = {p.name.lower() for p in own}
        return [p for p in inherited if p.name.lower() not in names] + own

    def find_method(self, lower_name: str):
        method = self.methods.get(lower_name)
        if method is None and self.base is not None:
            return self.base.find_method(lower_name)
        return method

    def find_static_method(self, lower_name: str):
        method = self.static_methods.get(lower_name)
        if method is None and self.base is not None:
            return self.base.find_static_method(lower_name)
        return method

    def construct(self, args: list):
        """`[C]::new(args)`: properties get their defaults (base class first), then the constructor runs."""
        self.initialize_statics()
        instance = self.python_class()
        for prop in self.initialization_order():
            instance.values[prop.name.lower()] = prop.first_value(instance)
        self.run_constructor(instance, list(args))
        return instance

    def run_constructor(self, instance, args: list):
        self.initialize_statics()
        if not self.constructors.overloads:
            if args:
                raise reg.overload_not_found("new", len(args))
            if self.base is not None:
                self.base.run_constructor(instance, [])
            return
        chosen = self.constructors.overload(len(args), args)
        if chosen is None:
            raise reg.overload_not_found("new", len(args))
        args = _converted(chosen, args)
        if self.base is not None:
            base_args = chosen.base_arguments(instance, args) if chosen.base_arguments is not None else []
            self.base.run_constructor(instance, base_args)
        chosen.run(instance, args)


def _converted(overload: Overload, args) -> list:
    return [a if t is None else convert_to(a, t) for t, a in zip(overload.parameter_types, args, strict=False)]


def _type_default(type_name):
    """default(T) for a property's type: zero for a number, false for a boolean, else null."""
    found = resolve_type(type_name) if type_name else None
    return default_of(found) if found is not None else None


def define_class(script_class: ScriptClass) -> None:
    """Make the class a type: a Python class with its member table, a PSType, statics and a constructor."""
    if script_class.base is not None:
        base_python = script_class.base.python_class
        base_table = reg.table_for(base_python)
    elif script_class.element_type is not None:
        base_python, base_table = ScriptList, reg.table_for(GenericList)
    else:
        base_python, base_table = ScriptObject, reg.OBJECT
    cls = type(script_class.name, (base_python,), {"__slots__": (), "script_class": script_class})
    script_class.python_class = cls
    table = reg.define(cls, script_class.name, base_table)
    inherited = dict(table.props)
    table.props.clear()         # .NET lists a class's own properties first, then its base class's (about_Classes)
    for prop in script_class.properties.values():
        if not prop.static:
            table.prop(prop.name, _getter(prop), _setter(prop), listed=not prop.hidden,
                       type_name=prop.type_name or "System.Object")
    for key, prop in inherited.items():
        table.props.setdefault(key, prop)
    for method in script_class.methods.values():
        table.method(method.name, _invoker(method), 0, None, listed=not method.hidden)
    # Static members: the class's own, then those of its bases it doesn't redefine (read, set and called on the
    # base class, as .NET finds an inherited static member).
    static_table = STATICS[script_class.name.lower()] = reg.TypeMembers(script_class.name)
    for prop in script_class.properties.values():
        if prop.static:
            static_table.prop(prop.name, _static_getter(script_class, prop), _static_setter(script_class, prop),
                              listed=not prop.hidden, type_name=prop.type_name or "System.Object")
    for method in script_class.static_methods.values():
        static_table.method(method.name, _static_invoker(script_class, method), 0, None, listed=not method.hidden)
    if script_class.base is not None:
        base_statics = STATICS[script_class.base.name.lower()]
        for key, prop in base_statics.props.items():
            static_table.props.setdefault(key, prop)
        for key, method in base_statics.methods.items():
            static_table.methods.setdefault(key, method)
    CONSTRUCTORS[script_class.name.lower()] = reg.Method("new", lambda t, *args: script_class.construct(args), 0, None)
    bases = _base_names(script_class)
    register_type(script_class.name, bases, converter=_converter(script_class),
                  instance_check=lambda value: isinstance(unwrap(value), cls))
    define_class_type(script_class.name, script_class.base_type_name)
    SCRIPT_CLASSES[script_class.name.lower()] = script_class


def _base_names(script_class) -> tuple:
    names = []
    base = script_class.base
    while base is not None:
        names.append(base.name)
        base = base.base
    return tuple(names) + ((script_class.base_type_name,) if script_class.base is None else ())


def _getter(prop):
    key = prop.name.lower()
    return lambda instance: instance.values.get(key)


def _setter(prop):
    key = prop.name.lower()

    def set_value(instance, value):
        value = prop.convert(value)
        if prop.validate is not None:
            prop.validate(value)
        instance.values[key] = value
    return set_value


def _invoker(method):
    return lambda instance, *args: method.call(instance, list(args))


def _static_getter(script_class, prop):
    key = prop.name.lower()

    def get_value(t):
        script_class.initialize_statics()
        return script_class.static_values.get(key)
    return get_value


def _static_setter(script_class, prop):
    key = prop.name.lower()

    def set_value(t, value):
        script_class.initialize_statics()
        value = prop.convert(value)
        if prop.validate is not None:
            prop.validate(value)
        script_class.static_values[key] = value
    return set_value


def _static_invoker(script_class, method):
    def invoke(t, *args):
        script_class.initialize_statics()
        return method.call(None, list(args))
    return invoke


def _converter(script_class):
    """Casts to the class: an instance passes; a hashtable or custom object sets the properties of a new
    instance made by the default constructor (`[Point]@{ X = 1; Y = 2 }`); any other value goes to a
    constructor taking one argument."""
    def convert(value):
        value = unwrap(value) if not isinstance(value, PSObject) or value.base is not None else value
        if isinstance(value, script_class.python_class):
            return value
        if isinstance(value, (Hashtable, PSObject)):
            instance = script_class.construct([])
            pairs = value.items() if isinstance(value, Hashtable) else \
                [(name, value.get_member(name)) for name in value.property_names()]
            table = reg.table_for(script_class.python_class)
            for name, item in pairs:
                prop = table.props.get(str(name).lower())
                if prop is None or prop.set is None:
                    raise reg.DotNetException(
                        "System.Management.Automation.SetValueException",
                        "The property '%s' was not found for the '%s' object. The settable property was not "
                        "found." % (name, script_class.name))
                prop.set(instance, item)
            return instance
        return script_class.construct([value])
    return convert


def invoke_as(value, type_name: str, name: str, args: list):
    """`([Base]$this).Method()`: the method as the class named by the cast defines it (not an override), when
    the value is an instance of a script class derived from it; MISSING otherwise."""
    if not isinstance(value, ScriptObject):
        return reg.MISSING
    found = resolve_script_class(type_name)
    if found is None or type(value) is found.python_class or not isinstance(value, found.python_class):
        return reg.MISSING
    method = found.find_method(name.lower())
    return reg.MISSING if method is None else method.call(value, args)


def resolve_script_class(type_name: str):
    """The script class a type name names, or None."""
    return SCRIPT_CLASSES.get(type_name.lower())
