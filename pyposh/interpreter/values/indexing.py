"""Indexing: `$a[0]`, `$a[-1]`, `$a[1..2]`, `$h['key']`, `$s[0]`, and assignment through an index."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import PSChar, type_name
from pyposh.interpreter.values.objects import Hashtable, PSObject


def _int_index(index):
    if type(index) is int:
        return index
    return convert_to(index, "int")


def index_value(target, index):
    """PowerShell's index operator: negative indexes count from the end, a list of indexes slices."""
    if target is None:
        raise ScriptRuntimeError("Cannot index into a null array.", "NullArray", "InvalidOperation")
    if isinstance(target, PSObject) and target.base is not None:
        target = target.base
    if isinstance(target, Hashtable):
        if isinstance(index, list):
            return [target.get(k) for k in index]
        if target.ordered and type(index) is int and index not in target:
            values = target.values()     # OrderedDictionary's int indexer: the value at that position
            return values[index] if -len(values) <= index < len(values) else None
        return target.get(index)
    if isinstance(index, str) and isinstance(target, list) and type(target).__getitem__ is not list.__getitem__:
        return target[index]      # collections indexed by name, such as a regex match's Groups['name']
    if isinstance(target, (list, tuple, str)):
        if isinstance(index, list):
            out = []
            for i in index:
                value = _one(target, i)
                if value is not _NONE:
                    out.append(value)
            return out
        value = _one(target, index)
        return None if value is _NONE else value
    if hasattr(target, "ps_index"):
        return target.ps_index(index)
    if isinstance(index, int) and not isinstance(index, bool):
        return target if index in (0, -1) else None     # a scalar indexes like a one-item array
    return None


_NONE = object()


def _one(seq, index):
    try:
        i = _int_index(index)
    except ScriptRuntimeError:
        return _NONE          # `$a['abc']`: no such element (an error only under Set-StrictMode)
    n = len(seq)
    if i < 0:
        i += n
    if 0 <= i < n:
        item = seq[i]
        if isinstance(seq, str):
            return PSChar(item)
        return item
    return _NONE


def set_index(target, index, value):
    """`$a[i] = v`, `$h[k] = v`."""
    if target is None:
        raise ScriptRuntimeError("Cannot index into a null array.", "NullArray", "InvalidOperation")
    if isinstance(target, Hashtable):
        target[index] = value
        return
    if isinstance(target, list):
        i = _int_index(index)
        n = len(target)
        j = i + n if i < 0 else i
        if not 0 <= j < n:
            raise ScriptRuntimeError("Index was outside the bounds of the array.", "IndexOutOfRange",
                                     "InvalidOperation",
                                     exception_type="System.IndexOutOfRangeException")
        element_type = getattr(target, "element_type", None)
        if element_type:
            value = convert_to(value, element_type)
        target[j] = value
        return
    raise ScriptRuntimeError("Unable to index into an object of type %s." % type_name(target), "CannotIndex",
                             "InvalidOperation")
