"""Ordering for the object cmdlets: property expressions, PowerShell's object comparer, and .NET's introsort."""
from __future__ import annotations

import functools

from pyposh.interpreter import api
from pyposh.interpreter.api import (
    AUTOMATION_NULL, MISSING, Hashtable, PSObject, PyposhError, ScriptBlock, compare_strings, compare_values,
    find_property as impl, has_wildcards, wildcard_match,
)

_MISSING = object()


# ---------------------------------------------------------------- values

def unwrap(value):
    """PSObject.Base: the value a wrapping PSObject carries (a PSCustomObject stays itself)."""
    while type(value) is PSObject and value.base is not None:
        value = value.base
    return value


def is_null(value) -> bool:
    return value is None or value is AUTOMATION_NULL


def _sign(x) -> int:
    return (x > 0) - (x < 0)


def culture_compare(a: str, b: str, ignore_case: bool) -> int:
    """String.Compare with the culture's collation (PowerShell sorts strings this way)."""
    return compare_strings(a, b, ignore_case)


def try_compare(first, second, ignore_case: bool = True):
    """LanguagePrimitives.TryCompare: -1/0/1, or None when the values cannot be ordered."""
    try:
        return _sign(compare_values(first, second, ignore_case))
    except (PyposhError, ValueError, TypeError, OverflowError, ArithmeticError):
        return None


def _try_string(value):
    try:
        return api.to_string(value)
    except PyposhError:
        return None


def object_compare(first, second, ascending: bool = True, case_sensitive: bool = False) -> int:
    """ObjectCommandComparer.Compare: PowerShell's comparison, falling back to comparing the values as strings."""
    kind = type(first)
    if kind is type(second):
        if kind is int or kind is float:
            result = (first > second) - (first < second)
            return result if ascending else -result
        if kind is str:
            result = compare_strings(first, second, not case_sensitive)
            return result if ascending else -result
    if is_null(unwrap(first)) and is_null(unwrap(second)):
        return 0
    result = try_compare(first, second, not case_sensitive)
    if result is None:
        result = culture_compare(display_string(first), display_string(second), not case_sensitive)
    return result if ascending else -result


def display_string(value) -> str:
    """PSObject.ToString(): what the comparers fall back to."""
    if is_null(value):
        return ""
    return _try_string(value) or ""


# ---------------------------------------------------------------- property expressions

def _is_script(value) -> bool:
    return isinstance(value, ScriptBlock)


def hashtable_property_names(table: Hashtable) -> list[str]:
    return [k if isinstance(k, str) else api.to_string(k) for k in table.keys()]


def property_names(value) -> list[str]:
    """The property names a property expression matches against (hashtable keys for a hashtable)."""
    base = unwrap(value)
    if type(base) is Hashtable:
        return hashtable_property_names(base)
    if is_null(value):
        return []
    return list(api.property_names(value))


def _own_property_names(value) -> list[str]:
    """A hashtable's own properties (Count, Keys, ...), used when no key matches."""
    try:
        return api.table_for(api.Hashtable).listed_names()
    except (ImportError, AttributeError):
        return ["IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count"]


def find_property(value, name: str):
    """The property's value, or _MISSING: hashtable keys first, then the object's members."""
    base = unwrap(value)
    if type(base) is Hashtable:
        if name in base:
            return base[name]
    if is_null(value):
        return _MISSING
    found = impl(value, name, False, intrinsic=False)
    return _MISSING if found is MISSING else found


def has_property(value, name: str) -> bool:
    return find_property(value, name) is not _MISSING


class ExpressionResult:
    __slots__ = ("value", "expression", "error")

    def __init__(self, value, expression, error=None):
        self.value = value
        self.expression = expression
        self.error = error


class PropertyExpression:
    """PowerShell's PSPropertyExpression: a property name (wildcards allowed) or a script block."""

    __slots__ = ("name", "script", "resolved", "cmdlet")

    def __init__(self, value, cmdlet, resolved: bool = False):
        self.cmdlet = cmdlet
        if _is_script(value):
            self.script = value
            self.name = None
        else:
            self.script = None
            self.name = value if isinstance(value, str) else api.to_string(value)
        self.resolved = resolved

    @property
    def has_wildcards(self) -> bool:
        return self.script is None and has_wildcards(self.name)

    def __str__(self):
        return str(self.script) if self.script is not None else self.name

    def resolve_names(self, target) -> list["PropertyExpression"]:
        if self.resolved or self.script is not None:
            return [self if self.resolved else PropertyExpression(self.script, self.cmdlet, True)]
        names = property_names(target)
        is_table = type(unwrap(target)) is Hashtable
        if self.has_wildcards:
            matched = [n for n in names if wildcard_match(self.name, n)]
            if not matched and is_table:
                matched = [n for n in _own_property_names(target) if wildcard_match(self.name, n)]
        else:
            lower = self.name.lower()
            matched = [n for n in names if n.lower() == lower][:1]
            referenced = api.property_set_names(target, self.name)
            if referenced:          # a property set: its properties
                own = {n.lower(): n for n in names}
                matched = [own[n.lower()] for n in referenced if n.lower() in own]
            elif not matched and has_property(target, self.name):
                matched = [self.name]
        seen = set()
        result = []
        for n in matched:
            if n not in seen:
                seen.add(n)
                result.append(PropertyExpression(n, self.cmdlet, True))
        return result

    def get_values(self, target) -> list[ExpressionResult]:
        if self.script is not None:
            return [self.evaluate(target)]
        return [ex.evaluate(target) for ex in self.resolve_names(target)]

    def evaluate(self, target) -> ExpressionResult:
        if self.script is not None:
            try:
                out = self.cmdlet.invoke_script(self.script, dollar_underscore=target, use_local_scope=True)
            except PyposhError as e:
                return ExpressionResult(None, self, e)
            return ExpressionResult(collapse(out), self)
        value = find_property(target, self.name)
        return ExpressionResult(None if value is _MISSING else value, self)


def collapse(outputs: list):
    """A script block's output as DoInvokeReturnAsIs gives it: nothing -> $null, one -> it, more -> an array."""
    if not outputs:
        return None
    if len(outputs) == 1:
        return outputs[0]
    return list(outputs)


# ---------------------------------------------------------------- hashtable specs (@{Expression=...; ...})

def _key_error(cmdlet, message: str, error_id: str):
    cmdlet.throw_terminating(message, error_id, "InvalidArgument",
                             exception_type="System.Management.Automation.PSArgumentException")


def parse_spec(value, cmdlet, keys: tuple) -> dict:
    """One -Property item: a name, a script block, or a hashtable with the `keys` allowed (matched by prefix).

    Returns {'expression': PropertyExpression, other keys...}."""
    value = unwrap(value)
    if type(value) is not Hashtable:
        if is_null(value):
            _key_error(cmdlet, "Cannot bind argument to parameter 'Property' because it is null.",
                       "ArgumentNull")
        return {"expression": PropertyExpression(value, cmdlet)}
    spec = {}
    for key in value.keys():
        text = api.to_string(key)
        lower = text.lower()
        matches = [k for k in keys if k.lower().startswith(lower)] if lower else []
        if lower in ("name", "label") and "name" in keys:
            matches = ["name"]
        if len(matches) != 1:
            _key_error(cmdlet, 'The "%s" key is not valid.' % text, "DictionaryKeyIllegal")
        canonical = matches[0]
        if canonical == "label":
            canonical = "name"
        if canonical in spec:
            _key_error(cmdlet, 'The "%s" key has already been specified.' % text, "DictionaryKeyDuplicate")
        spec[canonical] = value[key]
    if "expression" not in spec:
        _key_error(cmdlet, 'The "Expression" key is missing.' if "name" not in keys else
                   'Missing an "Expression" key for the property.', "DictionaryKeyMissingExpression")
    expr = unwrap(spec["expression"])
    if not (_is_script(expr) or isinstance(expr, str)):
        _key_error(cmdlet, 'The "Expression" key has a type, %s, that is not valid; it must be of type '
                   'System.String or System.Management.Automation.ScriptBlock.' % api.type_name(expr),
                   "DictionaryKeyIllegalValue")
    spec["expression"] = PropertyExpression(expr, cmdlet)
    if "name" in spec:
        spec["name"] = api.to_string(spec["name"])
    return spec


def parse_specs(values, cmdlet, keys: tuple) -> list[dict]:
    if values is None:
        return []
    if not isinstance(values, (list, tuple)):
        values = [values]
    return [parse_spec(v, cmdlet, keys) for v in values]


def expand_specs(specs: list[dict], inputs: list) -> list[dict]:
    """Replace each wildcard expression by the names it matches on any input, sorted (OrderByProperty)."""
    out = []
    for spec in specs:
        ex = spec["expression"]
        if not ex.has_wildcards:
            out.append(spec)
            continue
        found = {}
        for obj in inputs:
            if is_null(obj):
                continue
            for resolved in ex.resolve_names(obj):
                found[resolved.name.lower()] = resolved
        for key in sorted(found):
            expanded = dict(spec)
            expanded["expression"] = found[key]
            out.append(expanded)
    return out


# ---------------------------------------------------------------- order entries

class OrderEntry:
    """One row of PowerShell's order matrix: the input object and its key values ((exists, value) pairs)."""

    __slots__ = ("obj", "values", "index", "comparable")

    def __init__(self, obj, values, index=-1, comparable=False):
        self.obj = obj
        self.values = values
        self.index = index
        self.comparable = comparable


def make_entry(cmdlet, obj, specs: list[dict], index: int = -1, report=True) -> OrderEntry:
    """Evaluate the sort keys of one object (OrderByPropertyEntryEvaluationHelper.ProcessObject)."""
    if not specs:
        return OrderEntry(obj, [(True, obj)], index, True)
    entry = OrderEntry(obj, [], index)
    for spec in specs:
        results = spec["expression"].get_values(obj)
        if not results:
            entry.values.append((False, None))
            continue
        for r in results:
            if r.error is not None and report:
                record = cmdlet.error_record(r.error.message, "ExpressionEvaluation", "InvalidResult", obj)
                cmdlet.write_error(record)
            entry.values.append((True, None if r.error is not None else r.value))
            entry.comparable = True
    return entry


_ABSENT = (False, None)


class EntryComparer:
    """OrderByPropertyComparer: compares entries key by key, each ascending or descending."""

    def __init__(self, ascending: list, case_sensitive: bool = False):
        self.ascending = ascending
        self.case_sensitive = case_sensitive

    def __call__(self, a: OrderEntry, b: OrderEntry) -> int:
        av, bv = a.values, b.values
        na, nb = len(av), len(bv)
        case_sensitive = self.case_sensitive
        for k, asc in enumerate(self.ascending):
            x = av[k] if k < na else _ABSENT
            y = bv[k] if k < nb else _ABSENT
            if x[0] and y[0]:
                order = object_compare(x[1], y[1], asc, case_sensitive)
            elif x[0]:
                order = -1
            elif y[0]:
                order = 1
            else:
                order = 0
            if order != 0:
                return order
        return 0


def make_comparer(entries: list, specs: list[dict], ascending: bool, case_sensitive: bool) -> EntryComparer | None:
    width = max((len(e.values) for e in entries), default=0)
    if width == 0:
        return None
    flags = []
    for k in range(width):
        flag = ascending
        if k < len(specs):
            asc = specs[k].get("ascending", _MISSING)
            desc = specs[k].get("descending", _MISSING)
            has_asc = asc is not _MISSING and not is_null(asc)
            has_desc = desc is not _MISSING and not is_null(desc)
            if has_asc and has_desc and api.to_bool(asc) == api.to_bool(desc):
                pass
            elif has_asc:
                flag = api.to_bool(asc)
            elif has_desc:
                flag = not api.to_bool(desc)
        flags.append(flag)
    return EntryComparer(flags, case_sensitive)


def indexed(comparer):
    """IndexedOrderByPropertyComparer: entries without keys last, ties by original position (a stable order)."""
    def compare(a, b):
        if a.comparable != b.comparable:
            return -1 if a.comparable else 1
        r = comparer(a, b)
        return r if r != 0 else _sign(a.index - b.index)
    return compare


# ---------------------------------------------------------------- .NET's List<T>.Sort (introspective sort)

def introsort(items: list, compare) -> None:
    """Sort in place exactly as .NET's ArraySortHelper<T>.IntrospectiveSort does (not stable), so that equal
    keys come out in the order PowerShell's Sort-Object gives them."""
    n = len(items)
    if n > 1:
        _intro(items, 0, n, 2 * n.bit_length(), compare)


def _swap_if_greater(a, cmp, i, j):
    if i != j and cmp(a[i], a[j]) > 0:
        a[i], a[j] = a[j], a[i]


def _intro(a, lo, hi, depth, cmp):
    size = hi - lo
    while size > 1:
        if size <= 16:
            if size == 2:
                _swap_if_greater(a, cmp, lo, lo + 1)
            elif size == 3:
                _swap_if_greater(a, cmp, lo, lo + 1)
                _swap_if_greater(a, cmp, lo, lo + 2)
                _swap_if_greater(a, cmp, lo + 1, lo + 2)
            else:
                _insertion_sort(a, lo, lo + size, cmp)
            return
        if depth == 0:
            _heap_sort(a, lo, size, cmp)
            return
        depth -= 1
        p = _partition(a, lo, size, cmp)
        _intro(a, lo + p + 1, lo + size, depth, cmp)
        size = p


def _insertion_sort(a, lo, hi, cmp):
    for i in range(lo, hi - 1):
        t = a[i + 1]
        j = i
        while j >= lo and cmp(t, a[j]) < 0:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = t


def _partition(a, lo, size, cmp):
    hi = lo + size - 1
    mid = lo + ((size - 1) >> 1)
    _swap_if_greater(a, cmp, lo, mid)
    _swap_if_greater(a, cmp, lo, hi)
    _swap_if_greater(a, cmp, mid, hi)
    pivot = a[mid]
    a[mid], a[hi - 1] = a[hi - 1], a[mid]
    left, right = lo, hi - 1
    while left < right:
        left += 1
        while cmp(a[left], pivot) < 0:
            left += 1
        right -= 1
        while cmp(pivot, a[right]) < 0:
            right -= 1
        if left >= right:
            break
        a[left], a[right] = a[right], a[left]
    if left != hi - 1:
        a[left], a[hi - 1] = a[hi - 1], a[left]
    return left - lo


def _heap_sort(a, lo, n, cmp):
    def down(i, count):
        d = a[lo + i - 1]
        while i <= count >> 1:
            child = 2 * i
            if child < count and cmp(a[lo + child - 1], a[lo + child]) < 0:
                child += 1
            if not cmp(d, a[lo + child - 1]) < 0:
                break
            a[lo + i - 1] = a[lo + child - 1]
            i = child
        a[lo + i - 1] = d

    for i in range(n >> 1, 0, -1):
        down(i, n)
    for i in range(n, 1, -1):
        a[lo], a[lo + i - 1] = a[lo + i - 1], a[lo]
        down(1, i - 1)


def stable_sort(items: list, compare) -> None:
    """A stable sort with a three-way compare (LINQ's OrderBy, List.Sort with an index tie-break)."""
    items.sort(key=functools.cmp_to_key(compare))
