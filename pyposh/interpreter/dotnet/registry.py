"""The table of .NET-like members each Python value type shows to scripts, and the errors member calls raise."""
from __future__ import annotations

import inspect
import os
import threading

from pyposh.errors import (  # noqa: F401 - the .NET exceptions member implementations raise, re-exported
    DotNetException, PyposhError, ScriptRuntimeError, argument_error, argument_out_of_range, format_error,
)
from pyposh.interpreter.text.numbers import PSChar
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.objects import AUTOMATION_NULL, TypedArray, unwrap  # noqa: F401 - reg.unwrap
from pyposh.interpreter.values.typenames import register_class
from pyposh.interpreter.values.types import type_of


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "MISSING"

    def __bool__(self):
        return False


MISSING = _Missing()  # what find_property returns when a value has no such property
VOID = AUTOMATION_NULL  # what a void .NET method returns: the evaluator writes nothing for it


class Prop:
    """One property: `get(value)` reads it; `set(value, new)` writes it (None when read-only); `type_name` its
    declared type when it has one (a script class's typed property), for Get-Member's definition."""

    __slots__ = ("name", "get", "set", "listed", "type_name")

    def __init__(self, name, get, set=None, listed=True, type_name=None):
        self.name = name
        self.get = get
        self.set = set
        self.listed = listed
        self.type_name = type_name


class Method:
    """One method (all overloads): `fn(value, *args)`, callable with `low`..`high` arguments (high None: any);
    `listed` False for a `hidden` one (left out of Get-Member unless -Force)."""

    __slots__ = ("name", "fn", "low", "high", "listed")

    def __init__(self, name, fn, low, high, listed=True):
        self.name = name
        self.fn = fn
        self.low = low
        self.high = high
        self.listed = listed


class TypeMembers:
    """The members of one .NET type as scripts see them, keyed by lower-cased name."""

    __slots__ = ("type_name", "props", "methods")

    def __init__(self, type_name: str, base: "TypeMembers | None" = None):
        self.type_name = type_name
        self.props: dict[str, Prop] = dict(base.props) if base else {}
        self.methods: dict[str, Method] = dict(base.methods) if base else {}

    def prop(self, name, get, set=None, listed=True, type_name=None) -> "TypeMembers":
        self.props[name.lower()] = Prop(name, get, set, listed, type_name)
        return self

    def method(self, name, fn, low=0, high=-1, listed=True) -> "TypeMembers":
        """Add a method taking `low` to `high` arguments (`high=-1`: exactly `low`; `high=None`: no limit)."""
        self.methods[name.lower()] = Method(name, fn, low, low if high == -1 else high, listed)
        return self

    def listed_names(self, hidden: bool = False) -> list[str]:
        return [p.name for p in self.props.values() if p.listed or hidden]


# The members PowerShell gives every value, beyond its own table. Filled by the member modules that implement
# them: `.ForEach()`/`.Where()` (members/enumeration.py) and the `.psobject`/`.psbase`/`.pstypenames` views
# (members/psobject.py). Name (lower case) -> Method, and name -> fn(value) giving the property's value.
INTRINSIC_METHODS: dict[str, "Method"] = {}
INTRINSIC_PROPERTIES: dict[str, object] = {}

_TABLES: dict[type, TypeMembers] = {}
_RESOLVED: dict[type, TypeMembers | None] = {}


class DeferredImport:
    """Modules imported the first time something needs them, by a function a higher layer installs (so a lower
    module never names the modules above it). Thread-safe: other threads wait until the import is complete; the
    importing thread itself may ask again (the modules it imports use the tables being filled)."""

    def __init__(self):
        self._loader = None
        self._done = False
        self._running = False
        self._lock = threading.RLock()

    def install(self, loader) -> None:
        self._loader, self._done = loader, False

    def ensure(self) -> None:
        if self._done or self._loader is None:
            return
        with self._lock:
            if self._done or self._running:
                return
            self._running = True
            try:
                self._loader()
                self._done = True
            finally:
                self._running = False


class EntryFirstProps(dict):
    """A dictionary type's property table where `$d.Name` reads the entry with that key first (PowerShell's
    IDictionary rule), then the property; `entry(d, key)` gives the entry's value or MISSING. The views every
    value has (psobject, psbase, ...) are never shadowed."""

    _VIEWS = ("psobject", "psbase", "pstypenames", "psadapted", "psextended")

    def __init__(self, props, entry):
        super().__init__(props)
        self.entry = entry

    def get(self, key, default=None):
        static = dict.get(self, key)
        if key in self._VIEWS:
            return static
        entry = self.entry

        def read(d):
            found = entry(d, key)
            if found is not MISSING:
                return found
            return static.get(d) if static is not None else MISSING
        return Prop(static.name if static else key, read, static.set if static else None,
                    static.listed if static else False)


MEMBER_TABLES = DeferredImport()    # dotnet/library.py installs the import of dotnet/members/


def define(cls: type, type_name: str, base: TypeMembers | None = None) -> TypeMembers:
    """Create (or replace) the member table of a Python class; subclasses inherit it unless they have their own."""
    table = TypeMembers(type_name, base)
    _TABLES[cls] = table
    register_class(cls, type_name)
    _RESOLVED.clear()
    return table


def table_for(cls: type) -> TypeMembers | None:
    """The member table for a Python class: its own, its nearest registered base's, or one built from the
    declarative protocol (`ps_type_name`, `ps_properties = {"Name": "attr"}`, `ps_methods = {"Name": "meth"}`)."""
    try:
        return _RESOLVED[cls]
    except KeyError:
        pass
    MEMBER_TABLES.ensure()
    table = _TABLES.get(cls)
    if table is None and "ps_properties" in _class_attrs(cls):
        table = _declared_table(cls)
    if table is None:
        for base in cls.__mro__[1:]:
            table = _TABLES.get(base)
            if table is not None:
                break
    _RESOLVED[cls] = table
    return table


def _class_attrs(cls):
    names = set()
    for klass in cls.__mro__:
        names.update(vars(klass))
    return names


def _declared_table(cls) -> TypeMembers:
    table = TypeMembers(getattr(cls, "ps_type_name", "System.Object"), OBJECT)
    for ps_name, attr in getattr(cls, "ps_properties", {}).items():
        table.prop(ps_name, (lambda a: lambda v: getattr(v, a))(attr))
    for ps_name, attr in getattr(cls, "ps_methods", {}).items():
        table.method(ps_name, (lambda a: lambda v, *args: getattr(v, a)(*args))(attr), 0, None)
    return table


# ---- the caller of a method ------------------------------------------------------------------------
# Methods receive no context argument: the evaluator records, per thread, the context making the call, so a
# method that needs the running script (`$sb.Invoke()`, `[scriptblock]::Create`, `[Console]::WriteLine`) finds it.

_calling = threading.local()


def set_calling_context(ctx) -> None:
    """Record the context that is calling a .NET-style method on this thread."""
    _calling.ctx = ctx


def calling_context():
    """The context of the method call running on this thread, or None."""
    return getattr(_calling, "ctx", None)


def calling_environment():
    """The environment (variables, .NET current directory) of the runspace whose script calls a .NET member: the
    process's, or an embedded runspace's own copy (session/environment.py)."""
    ctx = calling_context()
    if ctx is None:
        raise DotNetException("System.InvalidOperationException", "There is no runspace on this thread.")
    return ctx.runspace.environment


def full_path(path) -> str:
    """A path given to a .NET method, made absolute the way .NET does: from the current directory."""
    text = to_str(path)
    if os.path.isabs(text):
        return os.path.normpath(text)
    return os.path.normpath(os.path.join(calling_environment().current_directory, text))


# ---- errors --------------------------------------------------------------------------------------

def method_not_found(type_name: str, name: str) -> ScriptRuntimeError:
    return ScriptRuntimeError(
        "Method invocation failed because [%s] does not contain a method named '%s'." % (type_name, name),
        "MethodNotFound", "InvalidOperation", exception_type="System.Management.Automation.MethodException")


def overload_not_found(name: str, count: int) -> ScriptRuntimeError:
    return ScriptRuntimeError(
        'Cannot find an overload for "%s" and the argument count: "%d".' % (name, count),
        "MethodCountCouldNotFindBest", "NotSpecified",
        exception_type="System.Management.Automation.MethodException")


def method_on_null() -> ScriptRuntimeError:
    return ScriptRuntimeError("You cannot call a method on a null-valued expression.", "InvokeMethodOnNull",
                              "InvalidOperation")


def property_not_settable(name: str) -> ScriptRuntimeError:
    return ScriptRuntimeError(
        "The property '%s' cannot be found on this object. Verify that the property exists and can be set." % name,
        "PropertyNotFound", "InvalidOperation")


def property_read_only(name: str) -> ScriptRuntimeError:
    return ScriptRuntimeError("'%s' is a ReadOnly property." % name, "PropertyAssignmentException",
                              "InvalidOperation")


_PY_EXCEPTIONS = (
    (ZeroDivisionError, "System.DivideByZeroException", "Attempted to divide by zero."),
    (OverflowError, "System.OverflowException", "Arithmetic operation resulted in an overflow."),
    (IndexError, "System.ArgumentOutOfRangeException",
     "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')"),
    (KeyError, "System.Collections.Generic.KeyNotFoundException", "The given key was not present in the dictionary."),
    ((ValueError, TypeError), "System.ArgumentException", "Value does not fall within the expected range."),
)


def as_dotnet_exception(exc: BaseException) -> PyposhError | None:
    """The .NET exception a Python exception from a member implementation stands for (None: not ours)."""
    if isinstance(exc, PyposhError):
        return exc
    for kinds, type_name, message in _PY_EXCEPTIONS:
        if isinstance(exc, kinds):
            return DotNetException(type_name, message)
    return None


def invocation_failed(name: str, count: int, inner: PyposhError) -> ScriptRuntimeError:
    """PowerShell's MethodInvocationException around an exception thrown by a .NET method."""
    return ScriptRuntimeError(
        'Exception calling "%s" with "%d" argument(s): "%s"' % (name, count, inner.message),
        inner.error_id, "NotSpecified",
        exception_type="System.Management.Automation.MethodInvocationException", inner=inner)


SET_VALUE_INVOCATION = "System.Management.Automation.SetValueInvocationException"


def set_property(prop, target, new) -> None:
    """Run a property's setter; what it throws becomes PowerShell's SetValueInvocationException
    (`Exception setting "Name": "..."`, error id ExceptionWhenSetting)."""
    try:
        prop.set(target, new)
    except PyposhError as exc:
        if exc.exception_type == SET_VALUE_INVOCATION:
            raise
        raise ScriptRuntimeError('Exception setting "%s": "%s"' % (prop.name, exc.message), "ExceptionWhenSetting",
                                 "NotSpecified", exception_type=SET_VALUE_INVOCATION, inner=exc) from None


def call(method: Method, value, args: list):
    """Call a member method with PowerShell's overload-count check and exception wrapping."""
    n = len(args)
    if n < method.low or (method.high is not None and n > method.high):
        raise overload_not_found(method.name, n)
    try:
        return method.fn(value, *args)
    except DotNetException as exc:
        raise invocation_failed(method.name, n, exc) from None
    except PyposhError:
        raise
    except Exception as exc:  # noqa: BLE001 - a Python error inside a member is a .NET exception to scripts
        inner = as_dotnet_exception(exc)
        if inner is None:
            raise
        raise invocation_failed(method.name, n, inner) from None


# ---- argument conversion -------------------------------------------------------------------------

def convert_arg(value, type_name: str, method: str = "", param: str = ""):
    """Convert a method argument to `type_name` (a .NET full name) as PowerShell's binder does."""
    try:
        return convert_to(value, type_name)
    except PyposhError as exc:
        if not method:
            raise
        raise ScriptRuntimeError(
            'Cannot convert argument "%s", with value: "%s", for "%s" to type "%s": "%s"'
            % (param, to_str(value), method, type_name, exc.message),
            "MethodArgumentConversionInvalidCastArgument", "NotSpecified",
            exception_type="System.Management.Automation.MethodException", inner=exc) from None


def to_str(value) -> str:
    """PowerShell's string form of a value (conversions.to_string)."""
    return to_string(value)


def to_int(value, method: str = "", param: str = "") -> int:
    if type(value) is int:
        return value
    return convert_arg(value, "System.Int32", method, param)


def to_text(value, method: str = "", param: str = "") -> str:
    """A `string` parameter: $null stays None (as .NET receives null)."""
    if value is None or type(value) is str:
        return value
    return convert_arg(value, "System.String", method, param)


# ---- System.Object: the members every value has ------------------------------------------------

def net_equals(a, b) -> bool:
    """.NET's Object.Equals: same type and equal value for value types and strings, identity otherwise."""
    a, b = unwrap(a), unwrap(b)
    if a is None or b is None:
        return a is b
    if isinstance(a, (str, int, float)) or type(a).__name__ in ("Decimal", "datetime", "timedelta", "UUID"):
        return type_of(a) == type_of(b) and a == b
    eq = getattr(type(a), "net_equals", None)
    if eq is not None:
        return eq(a, b)
    fields = getattr(type(a), "ps_value_fields", None)
    if fields is not None:          # a struct: equal when of one type with equal fields
        return type(a) is type(b) and all(net_equals(getattr(a, f), getattr(b, f)) for f in fields)
    return a is b


def _to_string(value, *args):
    return type_of(value).full_name


def _get_type(value):
    return type_of(value)


def _hash_code(value):
    try:
        h = hash(value)
    except TypeError:
        h = id(value)
    return ((h & 0xFFFFFFFF) ^ 0x80000000) - 0x80000000


OBJECT = define(object, "System.Object")
OBJECT.method("GetType", _get_type)
OBJECT.method("ToString", _to_string)
OBJECT.method("Equals", lambda v, other: net_equals(v, other), 1)
OBJECT.method("GetHashCode", _hash_code)


def define_type(cls: type, type_name: str, base: TypeMembers | None = None) -> TypeMembers:
    """`define`, inheriting System.Object's members unless another base is given."""
    return define(cls, type_name, base or OBJECT)


# ---- scriptblocks as arguments ---------------------------------------------------------------------
# A scriptblock-like argument may offer `invoke_with_underscore(item)` (ForEach/Where: `$_` is the item),
# `invoke_with_args(args)` (a delegate such as Predicate[T]: `$args`/param()) and
# `invoke_with_this(this, args)` (ScriptMethod/ScriptProperty: `$this`). Each returns a list of outputs.
# A plain Python callable is called as fn(item) / fn(*args) / fn(this, *args).

def is_block(value) -> bool:
    return hasattr(value, "invoke_with_underscore") or callable(value) and not isinstance(value, type)


def _as_outputs(result) -> list:
    if isinstance(result, list) and type(result) is list:
        return result
    return [] if result is VOID else [result]


def run_with_underscore(block, item, args=()) -> list:
    """Run `block` with `$_` set to `item`; `args` (ForEach's extra arguments) become `$args` when the block's
    `invoke_with_underscore` accepts an `args` keyword."""
    if hasattr(block, "invoke_with_underscore"):
        if args and _accepts_args(block.invoke_with_underscore):
            return _as_outputs(block.invoke_with_underscore(item, args=list(args)))
        return _as_outputs(block.invoke_with_underscore(item))
    return _as_outputs(block(item, *args))


def _accepts_args(fn) -> bool:
    try:
        return "args" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def run_with_args(block, args: list) -> list:
    if hasattr(block, "invoke_with_args"):
        return _as_outputs(block.invoke_with_args(list(args)))
    if hasattr(block, "invoke_with_underscore"):
        return _as_outputs(block.invoke_with_underscore(args[0] if args else None))
    return _as_outputs(block(*args))


def run_with_this(block, this, args: list) -> list:
    if hasattr(block, "invoke_with_this"):
        return _as_outputs(block.invoke_with_this(this, list(args)))
    if hasattr(block, "invoke_with_underscore"):  # a block without the `$this` protocol: `$_` stands in
        return _as_outputs(block.invoke_with_underscore(this))
    return _as_outputs(block(this, *args))


def collapse(outputs: list):
    """A pipeline's outputs as one value: nothing is $null, one item is itself, more are an array."""
    if not outputs:
        return None
    if len(outputs) == 1:
        return outputs[0]
    return outputs


def make_char(c: str):
    """A [char] value."""
    return PSChar(c)


def char_array(text: str):
    """A [char[]] value."""
    return TypedArray([make_char(c) for c in text], "System.Char")


def string_array(items):
    """A [string[]] value."""
    return TypedArray(list(items), "System.String")
