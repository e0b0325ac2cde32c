"""Sort-Object, Group-Object, Get-Unique and Compare-Object: the cmdlets that order and match objects."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Hashtable, Parameter, PSObject, cmdlet
from pyposh.runtime.cmdlets.objects_order import (
    EntryComparer, culture_compare, expand_specs, indexed, introsort, is_null, make_comparer, make_entry,
    object_compare, parse_specs, stable_sort, unwrap,
)

_SORT_KEYS = ("expression", "ascending", "descending")
_GROUP_KEYS = ("expression",)


def _input(value) -> bool:
    """Whether a bound -InputObject holds an object (ObjectBase skips $null and 'no input')."""
    return value is not AUTOMATION_NULL and value is not None


@cmdlet("Sort-Object", default_set="Default")
class SortObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    property: Annotated[list, Parameter(type="object[]", position=0)] = None
    descending: Annotated[bool, Parameter(type="switch")] = False
    unique: Annotated[bool, Parameter(type="switch")] = False
    stable: Annotated[bool, Parameter(type="switch", sets=("Default",))] = False
    top: Annotated[int, Parameter(type="int", sets=("Top",), mandatory=True, validate_range=(1, 2**31 - 1))] = 0
    bottom: Annotated[int, Parameter(type="int", sets=("Bottom",), mandatory=True,
                                     validate_range=(1, 2**31 - 1))] = 0
    case_sensitive: Annotated[bool, Parameter(type="switch")] = False
    culture: Annotated[str, Parameter(type="string")] = None

    def begin(self):
        self.items = []

    def process(self):
        if _input(self.input_object):
            self.items.append(self.input_object)

    def end(self):
        items = self.items
        specs = expand_specs(parse_specs(self.property, self, _SORT_KEYS), items)
        entries = [make_entry(self, obj, specs, i) for i, obj in enumerate(items)]
        comparer = make_comparer(entries, specs, not self.descending, self.case_sensitive)
        if comparer is None or not entries:
            return
        top, bottom = self.top or 0, self.bottom or 0
        if not self.stable and not top and not bottom:
            introsort(entries, comparer)
            if self.unique:
                entries = _unique_runs(entries, comparer)
        else:
            stable_sort(entries, indexed(comparer))
            if self.unique:
                entries = _unique_runs(entries, comparer)
            if top:
                entries = entries[:top]
            elif bottom:
                entries = entries[-bottom:]
        for entry in entries:
            self.write_object(entry.obj)


def _unique_runs(entries, comparer) -> list:
    """The first entry of each run of equal entries in a sorted list (MoveUniqueEntriesToFront)."""
    out = []
    for entry in entries:
        if not out or comparer(out[-1], entry) != 0:
            out.append(entry)
    return out


# ---------------------------------------------------------------- Group-Object

_GROUP_INFO = "Microsoft.PowerShell.Commands.GroupInfo"
_GROUP_NO_ELEMENT = "Microsoft.PowerShell.Commands.GroupInfoNoElement"


def group_name(values) -> str:
    """GroupInfo.Name: the key values joined by ', ' ($null skipped, collections as {a, b})."""
    parts = []
    for exists, value in values:
        value = unwrap(value)
        if is_null(value) or not exists:
            continue
        if isinstance(value, (list, tuple)):
            parts.append("{%s}" % ", ".join(api.to_string(v) for v in value))
        else:
            parts.append(api.to_string(value))
    return ", ".join(parts)


class _Group:
    __slots__ = ("entry", "items", "count")

    def __init__(self, entry):
        self.entry = entry
        self.items = []
        self.count = 0

    def add(self, obj, keep: bool):
        if keep:
            self.items.append(obj)
        self.count += 1


def _key_type(value):
    value = unwrap(value)
    return None if is_null(value) else type(value)


@cmdlet("Group-Object", aliases=("group",))
class GroupObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    property: Annotated[list, Parameter(type="object[]", position=0)] = None
    no_element: Annotated[bool, Parameter(type="switch")] = False
    as_hash_table: Annotated[bool, Parameter(name="AsHashTable", type="switch", sets=("HashTable",),
                                             aliases=("AHT",))] = False
    as_string: Annotated[bool, Parameter(type="switch", sets=("HashTable",))] = False
    case_sensitive: Annotated[bool, Parameter(type="switch")] = False
    culture: Annotated[str, Parameter(type="string")] = None

    def begin(self):
        self.entries = []
        self.specs = None
        self.mixed = False
        self.types = None

    def process(self):
        obj = self.input_object
        if not _input(obj):
            return
        if self.specs is None:
            self.specs = parse_specs(self.property, self, _GROUP_KEYS)
            if self.as_string and not self.as_hash_table:
                self.throw_terminating("The AsString parameter must be used with the AsHashTable parameter.",
                                       "ArgumentException", "InvalidArgument",
                                       exception_type="System.ArgumentException")
            if self.as_hash_table and not self.as_string and len(self.specs) > 1:
                self.throw_terminating("The property parameter must have a single value when the AsHashTable "
                                       "parameter is used and the AsString parameter is not.",
                                       "ArgumentException", "InvalidArgument",
                                       exception_type="System.ArgumentException")
        specs = expand_specs(self.specs, [obj])
        entry = make_entry(self, obj, specs, len(self.entries))
        self.entries.append(entry)
        if not self.mixed:
            self._note_types(entry)

    def _note_types(self, entry):
        types = [_key_type(v) for _, v in entry.values]
        if self.types is None:
            self.types = types
            return
        if len(types) != len(self.types):
            self.mixed = True
            return
        for i, t in enumerate(types):
            if t is None or t is self.types[i]:
                continue
            if self.types[i] is None:
                self.types[i] = t
            else:
                self.mixed = True
                return

    def end(self):
        if not self.entries:
            return
        width = len(self.entries[0].values)
        comparer = EntryComparer([True] * width, self.case_sensitive)
        groups: list[_Group] = []
        keep = not self.no_element
        if not self.mixed:
            ordered = list(self.entries)
            stable_sort(ordered, comparer)
            for entry in ordered:
                if not entry.values:
                    continue
                if groups and comparer(groups[-1].entry, entry) == 0:
                    groups[-1].add(entry.obj, keep)
                else:
                    group = _Group(entry)
                    group.add(entry.obj, keep)
                    groups.append(group)
        else:
            for entry in self.entries:
                if not entry.values:
                    continue
                for group in groups:
                    if comparer(group.entry, entry) == 0:
                        group.add(entry.obj, keep)
                        break
                else:
                    group = _Group(entry)
                    group.add(entry.obj, keep)
                    groups.append(group)
        if not groups:
            return
        if self.as_hash_table:
            table = Hashtable()
            for group in groups:
                key = group_name(group.entry.values) if self.as_string else unwrap(group.entry.values[0][1])
                if key in table:
                    self.write_error(self.error_record("Item has already been added.", "InvalidOperation",
                                                       "InvalidArgument"))
                    return
                table[key] = list(group.items)
            self.write_object(table)
            return
        for group in groups:
            self.write_object(self._group_info(group))

    def _group_info(self, group: _Group) -> PSObject:
        if self.no_element:
            names = [_GROUP_NO_ELEMENT, _GROUP_INFO, "System.Object"]
        else:
            names = [_GROUP_INFO, "System.Object"]
        info = PSObject(type_names=names)
        info.add_note("Values", api.ArrayList(v for _, v in group.entry.values))
        info.add_note("Count", group.count)
        info.add_note("Group", list(group.items))
        info.add_note("Name", group_name(group.entry.values))
        return info


# ---------------------------------------------------------------- Get-Unique

@cmdlet("Get-Unique", aliases=("gu",), default_set="AsString")
class GetUnique(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    as_string: Annotated[bool, Parameter(type="switch", sets=("AsString",))] = False
    on_type: Annotated[bool, Parameter(type="switch", sets=("UniqueByType",))] = False
    case_insensitive: Annotated[bool, Parameter(type="switch")] = False

    _NOTHING = object()

    def begin(self):
        self.last = self._NOTHING
        self.last_text = None

    def process(self):
        obj = self.input_object
        if obj is AUTOMATION_NULL:
            return
        unique = True
        if self.last is self._NOTHING:
            pass
        elif self.on_type:
            unique = api.type_names(obj)[0] != api.type_names(self.last)[0]
        elif self.as_string:
            text = api.to_string(obj)
            if self.last_text is None:
                self.last_text = api.to_string(self.last)
            if self._same_text(text, self.last_text):
                unique = False
            else:
                self.last_text = text
        else:
            unique = object_compare(obj, self.last, True, not self.case_insensitive) != 0
        if unique:
            self.write_object(obj)
            self.last = obj

    def _same_text(self, a: str, b: str) -> bool:
        return culture_compare(a, b, self.case_insensitive) == 0


# ---------------------------------------------------------------- Compare-Object

@cmdlet("Compare-Object")
class CompareObject(Cmdlet):
    reference_object: Annotated[list, Parameter(type="object[]", position=0, mandatory=True)] = None
    difference_object: Annotated[list, Parameter(type="object[]", position=1, mandatory=True,
                                                 pipeline=True)] = None
    sync_window: Annotated[int, Parameter(type="int", validate_range=(0, 2**31 - 1))] = 2**31 - 1
    property: Annotated[list, Parameter(type="object[]")] = None
    exclude_different: Annotated[bool, Parameter(type="switch")] = False
    include_equal: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    case_sensitive: Annotated[bool, Parameter(type="switch")] = False
    culture: Annotated[str, Parameter(type="string")] = None

    def begin(self):
        self.comparer = None
        self.specs = None
        self.references = None
        self.ref_index = 0
        self.ref_backlog = []
        self.diff_backlog = []
        self.equal = bool(self.include_equal)
        if self.exclude_different and not ("IncludeEqual" in self.bound and not self.include_equal):
            self.equal = True

    @staticmethod
    def _objects(value) -> list:
        if value is None or value is AUTOMATION_NULL:
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]

    def _init(self, objects):
        if self.specs is None:
            self.specs = expand_specs(parse_specs(self.property, self, _GROUP_KEYS), objects)

    def _init_comparer(self):
        if self.comparer is not None:
            return
        refs = self._objects(self.reference_object)
        self._init(refs)
        self.references = [make_entry(self, obj, self.specs) for obj in refs]
        self.comparer = make_comparer(self.references, self.specs, True, self.case_sensitive)

    def process(self):
        refs = self._objects(self.reference_object)
        diffs = self._objects(self.difference_object)
        if not refs:
            self._init(diffs)
            for obj in diffs:
                self._output(make_entry(self, obj, self.specs), "=>")
            return
        if not diffs:
            self._init_comparer()
            if self.comparer is not None:
                self._step(None)
            return
        self._init_comparer()
        if self.comparer is None:
            return
        for obj in diffs:
            self._step(make_entry(self, obj, self.specs))

    def _step(self, diff):
        ref = None
        if self.ref_index < len(self.references):
            ref = self.references[self.ref_index]
            self.ref_index += 1
        if ref is not None and diff is not None and self.comparer(ref, diff) == 0:
            self._match(ref)
            return
        found = self._match_and_remove(diff, self.ref_backlog)
        if found is not None:
            self._match(found)
            diff = None
        if self._match_and_remove(ref, self.diff_backlog) is not None:
            self._match(ref)
            ref = None
        window = self.sync_window
        if diff is not None:
            if window > 0:
                while len(self.diff_backlog) >= window:
                    self._output(self.diff_backlog.pop(0), "=>")
                self.diff_backlog.append(diff)
            else:
                self._output(diff, "=>")
        if ref is not None:
            if window > 0:
                while len(self.ref_backlog) >= window:
                    self._output(self.ref_backlog.pop(0), "<=")
                self.ref_backlog.append(ref)
            else:
                self._output(ref, "<=")

    def _match_and_remove(self, entry, backlog):
        if entry is None:
            return None
        for i, other in enumerate(backlog):
            if self.comparer(entry, other) == 0:
                return backlog.pop(i)
        return None

    def _match(self, entry):
        if self.equal:
            self._output(entry, "==")

    def _output(self, entry, side: str):
        if side != "==" and self.exclude_different:
            return
        if self.pass_thru:
            obj = entry.obj
            if type(obj) is not PSObject:
                obj = PSObject(type_names=api.type_names(obj), base=obj)
        else:
            obj = PSObject()
            if not self.property:
                obj.add_note("InputObject", entry.obj)
            else:
                for spec, (_, value) in zip(self.specs, entry.values):
                    name = str(spec["expression"])
                    if obj.get_member(name) is None:
                        obj.add_note(name, value)
        obj.members.pop("sideindicator", None)
        obj.add_note("SideIndicator", side)
        self.write_object(obj)

    def end(self):
        if self.references is not None:
            while self.ref_index < len(self.references):
                self._step(None)
        for entry in self.diff_backlog:
            self._output(entry, "=>")
        self.diff_backlog = []
        for entry in self.ref_backlog:
            self._output(entry, "<=")
        self.ref_backlog = []
