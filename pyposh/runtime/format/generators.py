"""View generators: objects as table, list, wide or custom entries, from a registered view or their properties."""
from __future__ import annotations

import abc
import decimal

from pyposh.interpreter import api
from pyposh.runtime.format import records as R
from pyposh.runtime.format.default_views import DEFAULT_VIEWS, ViewColumn, ViewDefinition
from pyposh.runtime.format.display import format_field, is_scalar, smart_to_string, to_display
from pyposh.runtime.format.parameters import FormatOptions, FormatParameter
from pyposh.runtime.format.properties import (
    PropertyExpression, _wildcard_regex, display_name_expression, property_names, type_names,
)

MAX_TABLE_COLUMNS = 10        # tables made from all properties show at most 10 columns
PROPERTY_COUNT_FOR_TABLE = 4  # more properties than this: a list


class Association:
    """A resolved expression and the -Property entry it came from (None when it came from the object)."""

    __slots__ = ("expression", "parameter")

    def __init__(self, expression: PropertyExpression, parameter: FormatParameter | None = None):
        self.expression = expression
        self.parameter = parameter

    @property
    def label(self) -> str:
        if self.parameter is not None and self.parameter.label is not None:
            return self.parameter.label
        return str(self.expression)

    @property
    def format_string(self):
        return self.parameter.format_string if self.parameter is not None else None


def _excluded(options: FormatOptions | None, name: str) -> bool:
    if options is None or not options.exclude_property:
        return False
    return any(_wildcard_regex(p).fullmatch(name) for p in options.exclude_property)


def expand_all(obj) -> list[Association]:
    """The properties an object shows by default: those its PSStandardMembers.DefaultDisplayPropertySet names,
    else every property; PSShowComputerName (and PSComputerName when it says so) left out."""
    names = []
    seen = set()
    for n in api.default_display_names(obj) or property_names(obj):
        if n.lower() not in seen:
            seen.add(n.lower())
            names.append(n)
    if "psshowcomputername" in seen:
        drop = {"psshowcomputername"}
        if "pscomputername" in seen and not _show_computer_name(obj):
            drop.add("pscomputername")
        names = [n for n in names if n.lower() not in drop]
    return [Association(PropertyExpression(n, is_resolved=True)) for n in names]


def _show_computer_name(obj) -> bool:
    for r in PropertyExpression("PSShowComputerName").get_values(obj):
        return bool(r.result)
    return False


def expand_parameters(params: list[FormatParameter], obj, keep_unresolved: bool, options=None) -> list[Association]:
    result = []
    for p in params:
        resolved = p.expression.resolve_names(obj)
        if keep_unresolved and not p.expression.has_wildcards and not resolved:
            result.append(Association(p.expression, p))
        for ex in resolved:
            if ex.script is None and _excluded(options, ex.name):
                continue
            result.append(Association(ex, p))
    return result


def value_text(obj, expression: PropertyExpression, limit: int, format_string=None, is_table=False) -> str:
    results = expression.get_values(obj)
    if not results or results[0].exception is not None:
        return ""
    return format_field(results[0].result, limit, format_string, is_table)


def _first_value(obj, expression: PropertyExpression):
    results = expression.get_values(obj)
    if not results or results[0].exception is not None:
        return None, None
    return results[0].result, results[0]


def _column_expression(col: ViewColumn) -> PropertyExpression:
    return PropertyExpression(col.expression)


class Grouping:
    """Tracks the -GroupBy key: a new group starts whenever its value changes."""

    _UNSET = object()

    def __init__(self, expression: PropertyExpression, label: str | None, format_string: str | None = None,
                 render=None):
        self.expression = expression
        self.label = label
        self.format_string = format_string
        self.render = render
        self.value = self._UNSET
        self.display_name = None

    def update(self, obj) -> bool:
        results = self.expression.get_values(obj)
        if not results or results[0].exception is not None:
            return False
        old, self.value = self.value, results[0].result
        changed = old is self._UNSET or not _same(self.value, old)
        if changed and self.label is None:
            self.display_name = str(results[0].resolved)
        return changed

    def start_data(self, first_object, limit: int) -> R.GroupStartData:
        if self.value is self._UNSET:
            return R.GroupStartData()
        if self.render is not None:
            return R.GroupStartData(R.ComplexViewEntry(list(self.render(first_object))))
        name = self.label if self.label is not None else self.display_name
        text = smart_to_string(self.value, limit)
        return R.GroupStartData(R.ComplexViewEntry(["   %s: " % name, text]))


def _same(a, b) -> bool:
    numbers = (int, float, decimal.Decimal)
    if isinstance(a, numbers) and isinstance(b, numbers) and not isinstance(a, bool) and not isinstance(b, bool):
        return a == b
    if isinstance(a, str) and isinstance(b, str):
        return a.lower() == b.lower()
    if a is None or b is None:
        return a is b
    return to_display(a).lower() == to_display(b).lower()


class ViewGenerator(abc.ABC):
    """Makes the start data and one entry per object for a chosen view (PowerShell's ViewGenerator family)."""

    shape = "table"

    def __init__(self, view: ViewDefinition | None, options: FormatOptions | None, first_object,
                 registry=DEFAULT_VIEWS):
        self.view = view
        self.options = options
        self.registry = registry
        self.grouping = None
        if options is not None and options.group_by is not None:
            gb = options.group_by
            self.grouping = Grouping(gb.expression, gb.label, gb.format_string)
        elif view is not None and getattr(view.control, "group_by", None) is not None:
            gb = view.control.group_by
            self.grouping = Grouping(PropertyExpression(gb.expression), gb.label, render=gb.render)
        self.autosize = False
        if options is not None and options.auto_size is not None:
            self.autosize = options.auto_size
        elif view is not None and getattr(view.control, "auto_size", None):
            self.autosize = True

    def applies_to(self, names) -> bool:
        return self.view is None or self.registry.applies(self.view, names)

    def start_data(self, obj) -> R.FormatStartData:
        return R.FormatStartData(autosize=self.autosize)

    @abc.abstractmethod
    def payload(self, obj, limit: int) -> R.FormatEntryData:
        """The formatting record for one object (each view kind builds its own)."""

    def group_start(self, first_object, limit: int) -> R.GroupStartData:
        return self.grouping.start_data(first_object, limit) if self.grouping is not None else R.GroupStartData()

    def update_grouping(self, obj) -> bool:
        return self.grouping.update(obj) if self.grouping is not None else False


class TableGenerator(ViewGenerator):
    shape = "table"

    def __init__(self, view, options, first_object, registry=DEFAULT_VIEWS):
        super().__init__(view, options, first_object, registry)
        self.associations: list[Association] = []
        if view is not None:
            return
        if options is not None and options.properties:
            self.associations = expand_parameters(options.properties, first_object, True, options)
        else:
            self.associations = expand_all(first_object)[:MAX_TABLE_COLUMNS]

    def _hide_headers(self) -> bool:
        if self.options is not None and self.options.hide_table_headers is not None:
            return self.options.hide_table_headers
        return bool(self.view.control.hide_header) if self.view is not None else False

    def start_data(self, obj) -> R.FormatStartData:
        start = super().start_data(obj)
        info = R.TableHeaderInfo(hide_header=self._hide_headers(),
                                 repeat_header=bool(self.options and self.options.repeat_header))
        if self.view is not None:
            for col in self.view.control.columns:
                label = col.label
                if label is None:
                    label = str(_column_expression(col))
                info.columns.append(R.TableColumnInfo(label=label, width=col.width, alignment=col.alignment))
        else:
            for a in self.associations:
                p = a.parameter
                align = p.alignment if p is not None and p.alignment else _default_alignment(obj, a.expression)
                width = p.width if p is not None and p.width else 0
                label = p.label if p is not None and p.label is not None else None
                info.columns.append(R.TableColumnInfo(label=label, property_name=str(a.expression),
                                                      width=width, alignment=align))
        start.shape_info = info
        return start

    def payload(self, obj, limit: int) -> R.FormatEntryData:
        row = R.TableRowEntry()
        if self.view is not None:
            row.multi_line = bool(self.view.control.wrap)
            for col in self.view.control.columns:
                text = value_text(obj, _column_expression(col), limit, col.format_string)
                row.fields.append((text, None))
        else:
            for a in self.associations:
                fmt = a.format_string
                row.fields.append((value_text(obj, a.expression, limit, fmt, is_table=fmt is None), None))
        if self.options is not None and self.options.wrap is not None:
            row.multi_line = self.options.wrap
        return R.FormatEntryData(row)


def _default_alignment(obj, expression: PropertyExpression) -> str:
    value, result = _first_value(obj, expression)
    if result is None or value is None:
        return R.LEFT
    if isinstance(value, str):
        return R.LEFT
    return R.RIGHT if is_scalar(value) else R.LEFT


class ListGenerator(ViewGenerator):
    shape = "list"

    def start_data(self, obj) -> R.FormatStartData:
        start = super().start_data(obj)
        start.shape_info = R.ListViewHeaderInfo()
        return start

    def payload(self, obj, limit: int) -> R.FormatEntryData:
        entry = R.ListViewEntry()
        if self.view is not None:
            for item in self.view.control.items:
                expression = _column_expression(item)
                value, result = _first_value(obj, expression)
                if item.label is not None:
                    label = item.label
                elif result is not None:
                    label = str(result.resolved)
                else:
                    label = str(expression)
                text = format_field(value, limit, item.format_string) if result is not None else ""
                entry.fields.append((label, text))
            return R.FormatEntryData(entry)
        if self.options is not None and self.options.properties:
            associations = expand_parameters(self.options.properties, obj, False, self.options)
        else:
            associations = expand_all(obj)
        for a in associations:
            entry.fields.append((a.label, value_text(obj, a.expression, limit, a.format_string)))
        return R.FormatEntryData(entry)


class WideGenerator(ViewGenerator):
    shape = "wide"

    def start_data(self, obj) -> R.FormatStartData:
        start = super().start_data(obj)
        columns = 0
        if not self.autosize:
            if self.options is not None and self.options.column:
                columns = self.options.column
            elif self.view is not None:
                columns = self.view.control.columns
        start.shape_info = R.WideViewHeaderInfo(columns)
        return start

    def payload(self, obj, limit: int) -> R.FormatEntryData:
        if self.view is not None:
            item = self.view.control.item
            return R.FormatEntryData(R.WideViewEntry(
                value_text(obj, _column_expression(item), limit, item.format_string)))
        if self.options is not None and self.options.properties:
            associations = expand_parameters(self.options.properties, obj, False, self.options)
        else:
            name = display_name_expression(obj)
            associations = [Association(name)] if name is not None else expand_all(obj)
        text = ""
        if associations:
            a = associations[0]
            text = value_text(obj, a.expression, limit, a.format_string)
        return R.FormatEntryData(R.WideViewEntry(text))


class ComplexGenerator(ViewGenerator):
    shape = "complex"

    def start_data(self, obj) -> R.FormatStartData:
        start = super().start_data(obj)
        start.shape_info = R.ComplexViewHeaderInfo()
        return start

    def payload(self, obj, limit: int) -> R.FormatEntryData:
        if self.view is not None:
            return R.FormatEntryData(R.ComplexViewEntry(list(self.view.control.render(obj))))
        return R.FormatEntryData(R.ComplexViewEntry(class_view(obj, limit)))


def class_view(obj, limit: int) -> list:
    """Format-Custom without a view: `class Name { prop = value }` (one level deep)."""
    name = type_names(obj)[0].rsplit(".", 1)[-1]
    items: list = [R.NEWLINE, "class " + name, R.NEWLINE, "{", R.NEWLINE]
    body: list = []
    for a in expand_all(obj):
        body += ["%s = %s" % (a.label, value_text(obj, a.expression, limit)), R.NEWLINE]
    items.append(R.Frame(body, left=2))
    items += ["}", R.NEWLINE]
    return items


_GENERATORS = {"table": TableGenerator, "list": ListGenerator, "wide": WideGenerator, "complex": ComplexGenerator}


def generator_from_view(view: ViewDefinition, options, first_object, registry=DEFAULT_VIEWS) -> ViewGenerator:
    return _GENERATORS[view.shape](view, options, first_object, registry)


def generator_from_properties(shape: str | None, options, first_object, registry=DEFAULT_VIEWS) -> ViewGenerator:
    if shape is None:
        count = len(expand_all(first_object))
        shape = "table" if count <= PROPERTY_COUNT_FOR_TABLE else "list"
    return _GENERATORS[shape](None, options, first_object, registry)


def out_of_band_list(obj, limit: int) -> R.FormatEntryData:
    """An object of another type inside a view shown on its own as a list (or None without properties)."""
    gen = ListGenerator(None, None, obj)
    entry = gen.payload(obj, limit)
    entry.out_of_band = True
    return entry
