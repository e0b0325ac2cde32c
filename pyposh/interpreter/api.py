"""The small API that runtime code (cmdlets, formatting, jobs) uses to reach the interpreter."""
from __future__ import annotations

from pyposh.errors import PyposhError, ScriptRuntimeError, ParameterBindingError  # noqa: F401
from pyposh.interpreter.values.objects import (  # noqa: F401
    Hashtable, PSObject, PSProperty, PSReference, ArrayList, GenericList, TypedArray, AUTOMATION_NULL,
    is_list,
)


def to_string(value) -> str:
    from pyposh.interpreter.values.conversions import to_string as impl
    return impl(value)


def to_bool(value) -> bool:
    from pyposh.interpreter.values.conversions import to_bool as impl
    return impl(value)


def convert_to(value, type_name: str):
    from pyposh.interpreter.values.conversions import convert_to as impl
    return impl(value, type_name)


def type_name(value) -> str:
    from pyposh.interpreter.values.conversions import type_name as impl
    return impl(value)


def get_member(value, name: str):
    from pyposh.interpreter.dotnet.adapter import get_member as impl
    return impl(value, name)


def property_names(value) -> list[str]:
    from pyposh.interpreter.dotnet.adapter import property_names as impl
    return impl(value)


def type_names(value) -> list[str]:
    """PowerShell's PSObject.TypeNames for a value: most derived first."""
    if isinstance(value, PSObject):
        return value.type_names
    from pyposh.interpreter.values.types import type_names as impl
    return impl(value)


def format_value(value, spec=None) -> str:
    """`value.ToString(spec)` with .NET's format strings (en-US)."""
    from pyposh.interpreter.values.composite_format import format_value as impl
    return impl(value, spec)


def composite_format(fmt: str, args) -> str:
    """.NET composite formatting (`String.Format`); raises FormatError."""
    from pyposh.interpreter.values.composite_format import composite_format as impl
    return impl(fmt, args)


def format_datetime(value, fmt=None) -> str:
    from pyposh.interpreter.text.dates import format_datetime as impl
    return impl(value, fmt)


def format_timespan(value, fmt=None) -> str:
    from pyposh.interpreter.text.dates import format_timespan as impl
    return impl(value, fmt)


def __getattr__(name):
    """FormatError loads the formatting module on first use (start-up time)."""
    if name == "FormatError":
        from pyposh.interpreter.values.composite_format import FormatError
        return FormatError
    raise AttributeError(name)
