"""The formatter behind Format-* and Out-Default: objects in, formatting records out (view, groups, out-of-band)."""
from __future__ import annotations

from pyposh.interpreter.api import AUTOMATION_NULL, ScriptRuntimeError
from pyposh.runtime.format import records as R
from pyposh.runtime.format.default_views import DEFAULT_VIEWS, CustomControl
from pyposh.runtime.format.display import (
    DEFAULT_ENUMERATION_LIMIT, enumerate_value, is_enumerable, is_scalar, to_display,
)
from pyposh.runtime.format.generators import (
    ViewGenerator, generator_from_properties, generator_from_view, out_of_band_list,
)
from pyposh.runtime.format.parameters import FormatOptions
from pyposh.runtime.format.properties import has_displayable_properties, property_names, type_names

SHAPES = (None, "table", "list", "wide", "complex")


class Formatter:
    """One Format-* command (or the implicit format-default of Out-Default) over a stream of objects.

    `shape` is "table", "list", "wide", "complex", or None to let each object's view decide (Out-Default).
    Call `process(obj)` per pipeline object and `end()` once; both return formatting records.
    """

    def __init__(self, shape: str | None = None, options: FormatOptions | None = None,
                 enumeration_limit: int = DEFAULT_ENUMERATION_LIMIT, registry=DEFAULT_VIEWS):
        if shape not in SHAPES:
            raise ValueError("unknown shape %r" % (shape,))
        self.shape = shape
        self.options = options
        self.limit = enumeration_limit
        self.registry = registry
        self.generator: ViewGenerator | None = None
        self._state = []  # "document", "group"

    # ------------------------------------------------------------ pipeline entry points

    def process(self, obj) -> list:
        out: list = []
        if obj is None or obj is AUTOMATION_NULL:
            return out
        if R.is_format_record(obj) or not is_enumerable(obj):
            self._object(obj, out)
            return out
        expansion = self.options.expand if self.options is not None and self.options.expand else "EnumOnly"
        if expansion == "CoreOnly":
            self._object(obj, out)
            return out
        items = [("" if x is None else x) for x in enumerate_value(obj)]
        if expansion == "Both":
            self._comment("The following object supports IEnumerable:", out)
            self._out_of_band(obj, True, out)
            if not items:
                self._comment("The IEnumerable contains no objects.", out)
            elif len(items) == 1:
                self._comment("The IEnumerable contains the following object:", out)
            else:
                self._comment("The IEnumerable contains the following %d objects:" % len(items), out)
        for item in items:
            self._object(item, out)
        return out

    def end(self) -> list:
        out: list = []
        while self._state:
            top = self._state.pop()
            out.append(R.GroupEndData() if top == "group" else R.FormatEndData())
        return out

    # ------------------------------------------------------------ one object

    def _object(self, obj, out: list) -> None:
        if R.is_format_record(obj):
            out.append(obj)
            return
        process_oob = self._should_process_out_of_band()
        if process_oob and self._out_of_band(obj, False, out):
            return
        if not self._state:
            self.generator = self._choose_generator(obj)
            out.append(self.generator.start_data(obj))
            self._state.append("document")
        if process_oob and not self.generator.applies_to(type_names(obj)):
            if self._out_of_band(obj, True, out):
                return
        if self._state[-1] == "document":
            self.generator.update_grouping(obj)
            self._push_group(obj, out)
        elif self.generator.update_grouping(obj):
            out.append(R.FormatEntryData(R.ComplexViewEntry([]), out_of_band=True))  # blank line between groups
            out.append(R.GroupEndData())
            self._state.pop()
            self._push_group(obj, out)
        out.append(self.generator.payload(obj, self.limit))

    def _push_group(self, obj, out: list) -> None:
        out.append(self.generator.group_start(obj, self.limit))
        self._state.append("group")

    def _should_process_out_of_band(self) -> bool:
        return self.shape is None or self.options is None or not self.options.force

    def _out_of_band(self, obj, use_list_fallback: bool, out: list) -> bool:
        """Objects shown on their own, outside the current view: scalars and property-less objects as text,
        types with an out-of-band view through it, and (inside a view that does not fit them) others as a list."""
        names = type_names(obj)
        view = self.registry.find_out_of_band(names)
        if view is not None:
            entry = view.control.render(obj) if isinstance(view.control, CustomControl) else []
            out.append(R.FormatEntryData(R.ComplexViewEntry(list(entry)), out_of_band=True))
            return True
        if is_scalar(obj) or not has_displayable_properties(obj):
            out.append(R.FormatEntryData(R.RawTextEntry(to_display(obj)), out_of_band=True))
            return True
        if not use_list_fallback or not property_names(obj):
            return False
        out.append(out_of_band_list(obj, self.limit))
        return True

    def _comment(self, text: str, out: list) -> None:
        out.append(R.FormatEntryData(R.RawTextEntry(text), out_of_band=True))

    # ------------------------------------------------------------ choosing the view

    def _choose_generator(self, obj) -> ViewGenerator:
        names = type_names(obj)
        options = self.options
        if self.shape is None:
            view = self.registry.find(names)
            if view is not None:
                return generator_from_view(view, options, obj, self.registry)
            return generator_from_properties(None, options, obj, self.registry)
        if options is not None and options.properties:
            return generator_from_properties(self.shape, options, obj, self.registry)
        if options is not None and options.view:
            view = self.registry.find(names, self.shape, options.view)
            if view is None:
                self._unknown_view(options.view, names)
            return generator_from_view(view, options, obj, self.registry)
        view = self.registry.find(names, self.shape)
        if view is not None:
            return generator_from_view(view, options, obj, self.registry)
        return generator_from_properties(self.shape, options, obj, self.registry)

    def _unknown_view(self, name: str, names) -> None:
        shape_name = {"table": "Table", "list": "List", "wide": "Wide", "complex": "Custom"}[self.shape]
        type_name = names[0] if names else "System.Object"
        valid = [v.name for v in self.registry.views_for(type_name) if v.shape == self.shape]
        if valid:
            message = ("The view name %s cannot be found. Specify one of the following %s views and try again: %s."
                       % (name, shape_name, ", ".join(valid)))
        else:
            message = ("The view name %s cannot be found. There are no existing %s views for %s objects."
                       % (name, shape_name, type_name))
        raise ScriptRuntimeError(message, "FormatViewNotFound", "ObjectNotFound",
                                 exception_type="System.Management.Automation.PipelineStoppedException")
