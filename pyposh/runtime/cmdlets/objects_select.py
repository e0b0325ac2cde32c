"""Select-Object: pick properties (names, wildcards, calculated), expand one, and take first/last/unique items."""
from __future__ import annotations

from collections import deque
from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Parameter, PSObject, StopUpstream, cmdlet, wildcard_match
from pyposh.runtime.cmdlets.objects_order import has_property, is_null, object_compare, parse_specs, unwrap

_SELECT_KEYS = ("name", "label", "expression")
_PSCUSTOMOBJECT = "System.Management.Automation.PSCustomObject"
_NOTHING = object()
_MAX = 2**31 - 1


class _SelectQueue:
    """Select-Object's queue for -First/-Last/-Skip/-SkipLast, streaming what it can."""

    def __init__(self, first, last, skip, skip_last, first_or_last):
        self.items = deque()
        self.first = first
        self.last = last
        self.skip = skip
        self.skip_last = skip_last
        self.first_or_last = first_or_last
        self.streamed = 0

    @property
    def done(self) -> bool:
        return self.first_or_last and self.last == 0 and self.first != 0 and self.streamed >= self.first

    def enqueue(self, obj):
        if self.last > 0 and self.first == 0 and len(self.items) >= self.last + self.skip:
            self.items.popleft()
        elif self.last > 0 and self.first != 0 and len(self.items) >= self.last:
            self.items.popleft()
        self.items.append(obj)

    def streaming_dequeue(self):
        if self.skip == 0:
            if self.skip_last > 0:
                if len(self.items) > self.skip_last:
                    return self.items.popleft()
            else:
                if self.streamed < self.first or not self.first_or_last:
                    self.streamed += 1
                    return self.items.popleft()
                if self.last == 0:
                    self.items.popleft()
        else:
            if self.last == 0:
                self.items.popleft()
                self.skip -= 1
            elif self.first != 0:
                self.skip -= 1
                self.items.popleft()
        return _NOTHING


@cmdlet("Select-Object", aliases=("select",), default_set="DefaultParameter")
class SelectObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    property: Annotated[list, Parameter(type="object[]", position=0,
                                        sets=("DefaultParameter", "SkipLastParameter"))] = None
    exclude_property: Annotated[list, Parameter(type="string[]",
                                                sets=("DefaultParameter", "SkipLastParameter"))] = None
    expand_property: Annotated[str, Parameter(type="string", sets=("DefaultParameter", "SkipLastParameter"))] = None
    unique: Annotated[bool, Parameter(type="switch")] = False
    case_insensitive: Annotated[bool, Parameter(type="switch")] = False
    last: Annotated[int, Parameter(type="int", sets=("DefaultParameter",), validate_range=(0, _MAX))] = 0
    first: Annotated[int, Parameter(type="int", sets=("DefaultParameter",), validate_range=(0, _MAX))] = 0
    skip: Annotated[int, Parameter(type="int", sets=("DefaultParameter",), validate_range=(0, _MAX))] = 0
    skip_last: Annotated[int, Parameter(type="int", sets=("SkipLastParameter",), validate_range=(0, _MAX))] = 0
    wait: Annotated[bool, Parameter(type="switch", sets=("DefaultParameter", "IndexParameter"))] = False
    index: Annotated[list, Parameter(type="int[]", sets=("IndexParameter",), validate_range=(0, _MAX))] = None
    skip_index: Annotated[list, Parameter(type="int[]", sets=("SkipIndexParameter",),
                                          validate_range=(0, _MAX))] = None

    def begin(self):
        bound = self.bound
        first_or_last = "First" in bound or "Last" in bound
        self.queue = _SelectQueue(self.first or 0, self.last or 0, self.skip or 0, self.skip_last or 0,
                                  first_or_last)
        self.uniques = [] if self.unique else None
        self.exclusions = list(self.exclude_property) if self.exclude_property is not None else None
        prop = self.property
        if self.exclusions is not None and not prop:
            prop = ["*"]
        self.has_property = bool(prop)
        self.specs = parse_specs(prop, self, _SELECT_KEYS) if prop else []
        self.expand_specs = parse_specs([self.expand_property], self, _SELECT_KEYS) if self.expand_property else []
        self.indexes = None
        self.include_index = True
        if self.index is not None:
            self.indexes = sorted(self.index)
        elif self.skip_index is not None:
            self.indexes = sorted(self.skip_index)
            self.include_index = False
        self.filter_position = 0
        self.object_position = 0
        self.is_default_set = self.indexes is None and "SkipLast" not in bound

    # -- streaming ------------------------------------------------------------------------------
    def process(self):
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        if self.indexes is not None:
            self._process_indexed(obj)
            return
        self.queue.enqueue(obj)
        item = self.queue.streaming_dequeue()
        if item is not _NOTHING:
            self._select(item)
        if self.queue.done and not self.wait:
            raise StopUpstream(None)

    def _process_indexed(self, obj):
        indexes = self.indexes
        if self.include_index:
            if self.filter_position < len(indexes):
                wanted = indexes[self.filter_position]
                if self.object_position == wanted:
                    self._select(obj)
                    while self.filter_position < len(indexes) and indexes[self.filter_position] == wanted:
                        self.filter_position += 1
            self.object_position += 1
            if not self.wait and self.filter_position >= len(indexes):
                raise StopUpstream(None)
            return
        if self.filter_position < len(indexes):
            skipped = indexes[self.filter_position]
            if self.object_position != skipped:
                self._select(obj)
            else:
                while self.filter_position < len(indexes) and indexes[self.filter_position] == skipped:
                    self.filter_position += 1
        else:
            self._select(obj)
        self.object_position += 1

    def end(self):
        queue = self.queue
        if self.is_default_set:
            if queue.first != 0:
                while queue.items:
                    self._select(queue.items.popleft())
            else:
                while len(queue.items) > queue.skip:
                    self._select(queue.items.popleft())
            queue.items.clear()
        if self.uniques is not None:
            for obj, _ in self.uniques:
                self.write_object(obj)
            self.uniques = []

    # -- one object -----------------------------------------------------------------------------
    def _select(self, obj):
        try:
            self._select_object(obj)
        except _SelectError as e:
            self.write_error(e.record)

    def _select_object(self, obj):
        if not self.has_property and not self.expand_specs:
            self._filtered_write(obj, obj, [])
            return
        notes: list = []
        for spec in self.specs:
            self._add_property(spec, obj, notes)
        if not self.expand_specs:
            result = PSObject()
            seen = set()
            for name, value in notes:
                if name.lower() in seen:
                    self.write_error(self._already_exists(name, obj, "AlreadyExistingUserSpecifiedPropertyNoExpand"))
                    continue
                seen.add(name.lower())
                result.add_note(name, value)
            self._filtered_write(result, obj, notes)
            return
        self._expand(self.expand_specs[0], obj, notes)

    def _excluded(self, name: str) -> bool:
        return self.exclusions is not None and any(wildcard_match(p, name) for p in self.exclusions)

    def _add_property(self, spec, obj, notes):
        ex = spec["expression"]
        name = spec.get("name")
        results = []
        for resolved in ex.resolve_names(obj):
            if resolved.name is not None and self._excluded(resolved.name):
                continue
            results.append(resolved.evaluate(obj))
        if not results and not ex.has_wildcards:
            results.append(_Result(None, ex))
        elif name and len(results) > 1:
            self.write_error(self.error_record(
                "Cannot rename multiple results.", "RenamingMultipleResults", "InvalidOperation", obj,
                "System.InvalidOperationException"))
            return
        for r in results:
            label = str(r.expression)
            if ex.script is None and self._excluded(label):
                continue
            if name:
                label = name
            elif not label:
                self.throw_terminating("Script block is empty and no name was specified.",
                                       "EmptyScriptBlockAndNoName", "InvalidArgument",
                                       exception_type="System.Management.Automation.PSArgumentException")
            notes.append((label, r.value))

    def _expand(self, spec, obj, notes):
        ex = spec["expression"]
        results = ex.get_values(obj)
        if not results:
            raise _SelectError(self.error_record(
                "Property \"%s\" cannot be found." % self.expand_property, "ExpandPropertyNotFound",
                "InvalidArgument", obj, "System.Management.Automation.PSArgumentException"))
        if len(results) > 1:
            raise _SelectError(self.error_record(
                "Multiple properties cannot be expanded.", "MutlipleExpandProperties", "InvalidArgument", obj,
                "System.Management.Automation.PSArgumentException"))
        r = results[0]
        if r.error is not None:
            raise _SelectError(self.error_record(r.error.message, "PropertyEvaluationExpand", "InvalidResult", obj))
        value = r.value
        if is_null(value):
            return
        items = _enumerable(value)
        if items is None:
            self._filtered_write(self._with_notes(value, obj, notes), obj, notes)
            return
        for item in items:
            if is_null(item):
                continue
            self._filtered_write(self._with_notes(item, obj, notes), obj, notes)

    def _with_notes(self, value, source, notes):
        if not notes:
            return value
        target = value if type(value) is PSObject else PSObject(type_names=api.type_names(value), base=value)
        for name, note_value in notes:
            if target.get_member(name) is not None or (target.base is not None and _has_property(target.base, name)):
                self.write_error(self._already_exists(name, source, "AlreadyExistingUserSpecifiedPropertyExpand"))
            else:
                target.add_note(name, note_value)
        return target

    def _already_exists(self, name, target, error_id):
        return self.error_record("The property cannot be processed because the property \"%s\" already exists."
                                 % name, error_id, "InvalidOperation", target,
                                 "System.Management.Automation.PSArgumentException")

    def _filtered_write(self, result, source, notes):
        if self.uniques is None:
            self._mark_selected(result, source, bool(notes))
            self.write_object(result)
            return
        case_sensitive = not self.case_insensitive
        for written, count in self.uniques:
            if count != len(notes):
                continue
            if not _same_base(result, written, case_sensitive):
                continue
            if all(_same_note(written, name, value, case_sensitive) for name, value in notes):
                return
        self._mark_selected(result, source, bool(notes))
        self.uniques.append((result, len(notes)))

    def _mark_selected(self, result, source, new_object: bool):
        if type(result) is not PSObject or result.base is not None:
            return
        name = "Selected." + api.type_name(source)
        if new_object or name not in result.type_names:
            result.type_names.insert(0, name)


class _SelectError(Exception):
    def __init__(self, record):
        super().__init__(str(record))
        self.record = record


class _Result:
    __slots__ = ("value", "expression", "error")

    def __init__(self, value, expression, error=None):
        self.value = value
        self.expression = expression
        self.error = error


def _enumerable(value):
    """LanguagePrimitives.GetEnumerable: the items of an array or list; None for a scalar (strings and
    hashtables are scalars here)."""
    value = unwrap(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return None


def _has_property(value, name):
    return has_property(value, name)


def _same_base(a, b, case_sensitive) -> bool:
    a_base = a.base if type(a) is PSObject else a
    b_base = b.base if type(b) is PSObject else b
    if type(a) is PSObject and a.base is None and type(b) is PSObject and b.base is None:
        return True
    if (type(a) is PSObject and a.base is None) or (type(b) is PSObject and b.base is None):
        return False
    return object_compare(a_base, b_base, True, case_sensitive) == 0


def _same_note(obj, name, value, case_sensitive) -> bool:
    if type(obj) is not PSObject:
        return False
    member = obj.get_member(name)
    if member is None:
        return False
    return object_compare(member.value, value, True, case_sensitive) == 0

