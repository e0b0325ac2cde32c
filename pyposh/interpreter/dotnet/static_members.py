"""Static members and constructors of .NET types: `[T]::Name`, `[T]::Name(args)`, `[T]::new(args)`.

The tables are filled by the modules of the .NET library, which dotnet/library.py imports the first time a
script touches a static member or a constructor, and by higher layers that define types of their own
(SemanticVersion, ScriptBlock, ErrorRecord)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_int
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.objects import TypedArray
from pyposh.interpreter.values.types import PSType

STATICS: dict[str, reg.TypeMembers] = {}       # lower-cased full name (or generic definition) -> statics
CONSTRUCTORS: dict[str, reg.Method] = {}       # lower-cased full name (or generic definition) -> constructor
LIBRARY = reg.DeferredImport()       # dotnet/library.py installs the import of the library's modules


def statics(full_name: str) -> reg.TypeMembers:
    """The static-member table of a type (created on first use); a library module fills it at import."""
    key = full_name.lower()
    table = STATICS.get(key)
    if table is None:
        table = STATICS[key] = reg.TypeMembers(full_name)
    return table


def constructor(full_name: str, fn, low=0, high=-1):
    """`[T]::new(args)` and `New-Object T args` call `fn(type, *args)` with `low` to `high` arguments."""
    CONSTRUCTORS[full_name.lower()] = reg.Method("new", fn, low, low if high == -1 else high)


def _static_table(t: PSType):
    LIBRARY.ensure()
    return STATICS.get(t.full_name.lower()) or (STATICS.get(t.definition.lower()) if t.definition else None)


def find_static_member(t: PSType, name: str):
    """`[T]::Name` without a call: the value, or MISSING."""
    if t.enum is not None:
        found = t.enum.lookup(name)
        return reg.MISSING if found is None else found
    table = _static_table(t)
    prop = table.props.get(name.lower()) if table is not None else None
    if prop is None:
        return reg.MISSING
    return prop.get(t)


def get_static_member(t: PSType, name: str):
    """`[T]::Name`: the value, or None when the type has no such static property (as PowerShell returns $null)."""
    found = find_static_member(t, name)
    return None if found is reg.MISSING else found


def set_static_member(t: PSType, name: str, new) -> None:
    table = _static_table(t)
    prop = table.props.get(name.lower()) if table is not None else None
    if prop is None:
        raise reg.property_not_settable(name)
    if prop.set is None:
        raise reg.property_read_only(prop.name)
    reg.set_property(prop, t, new)


def invoke_static(t: PSType, name: str, args: list):
    """`[T]::Name(args)`; `[T]::new(args)` constructs."""
    if name.lower() == "new":
        return new_object(t, args)
    table = _static_table(t)
    method = table.methods.get(name.lower()) if table is not None else None
    if method is None and t.enum is not None and args:
        enum_statics = STATICS.get("system.enum")       # an enum type inherits System.Enum's static methods
        method = enum_statics.methods.get(name.lower()) if enum_statics is not None else None
    if method is None:
        if t.enum is not None and name.lower() in ("getnames", "getvalues"):
            return [m if name.lower() == "getnames" else t.enum.value(v) for m, v in t.enum.members]
        raise reg.method_not_found(t.assembly_name, name)
    return reg.call(method, t, list(args))


def default_of(t: PSType):
    """default(T): zero for a numeric value type, false for a boolean, else null."""
    if "v" not in t.flags or t.enum is not None:
        return t.enum.value(0) if t.enum is not None else None
    if t.full_name == "System.Boolean":
        return False
    try:
        return convert_to(0, t.full_name)
    except reg.PyposhError:
        return None


def new_object(t: PSType, args: list, method_name: str = "new"):
    """Construct an instance for `[T]::new(args)` and `New-Object T args`."""
    LIBRARY.ensure()
    args = list(args)
    if t.element is not None and len(args) == 1:        # `[int[]]::new(8)`: eight default values
        return TypedArray([default_of(t.element)] * to_int(args[0]), t.element.full_name)
    ctor = CONSTRUCTORS.get(t.full_name.lower()) or (CONSTRUCTORS.get(t.definition.lower()) if t.definition else None)
    if ctor is None or len(args) < ctor.low or (ctor.high is not None and len(args) > ctor.high):
        raise reg.overload_not_found(method_name, len(args))
    try:
        return ctor.fn(t, *args)
    except reg.DotNetException as exc:
        raise reg.invocation_failed(".ctor", len(args), exc) from None
    except reg.PyposhError:
        raise
    except Exception as exc:  # noqa: BLE001
        inner = reg.as_dotnet_exception(exc)
        if inner is None:
            raise
        raise reg.invocation_failed(".ctor", len(args), inner) from None
