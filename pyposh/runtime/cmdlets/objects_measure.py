"""Measure-Object: counts, sums, averages, extremes and standard deviation of objects, or lines/words/characters."""
from __future__ import annotations

import math
from typing import Annotated

from pyposh.interpreter import api
from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Parameter, PSObject, PyposhError, cmdlet
from pyposh.runtime.cmdlets.objects_order import PropertyExpression, is_null, try_compare, unwrap

_GENERIC = "GenericMeasure"
_TEXT = "TextMeasure"
_THIS = "$_"


class _Stats:
    __slots__ = ("count", "sum", "sum_previous", "variance", "max", "min", "characters", "words", "lines")

    def __init__(self):
        self.count = 0
        self.sum = 0.0
        self.sum_previous = 0.0
        self.variance = 0.0
        self.max = None
        self.min = None
        self.characters = 0
        self.words = 0
        self.lines = 0


def _to_double(value):
    """LanguagePrimitives.TryConvertTo<double>: the number, or None when the value does not convert."""
    value = unwrap(value)
    if value is None:
        return 0.0
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, float):
        return value
    try:
        return float(api.convert_to(value, "System.Double"))
    except (PyposhError, ValueError, TypeError, OverflowError, ArithmeticError):
        return None


def count_words(text: str) -> int:
    words = 0
    in_space = True
    for ch in text:
        if ch.isspace():
            in_space = True
        else:
            if in_space:
                words += 1
            in_space = False
    return words


def count_lines(text: str) -> int:
    if not text:
        return 0
    lines = text.count("\n")
    return lines if text.endswith("\n") else lines + 1


@cmdlet("Measure-Object", aliases=("measure",), default_set=_GENERIC)
class MeasureObject(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    property: Annotated[list, Parameter(type="object[]", position=0, not_null_or_empty=True)] = None
    standard_deviation: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    sum: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    all_stats: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    average: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    maximum: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    minimum: Annotated[bool, Parameter(type="switch", sets=(_GENERIC,))] = False
    line: Annotated[bool, Parameter(type="switch", sets=(_TEXT,))] = False
    word: Annotated[bool, Parameter(type="switch", sets=(_TEXT,))] = False
    character: Annotated[bool, Parameter(type="switch", sets=(_TEXT,))] = False
    ignore_white_space: Annotated[bool, Parameter(type="switch", sets=(_TEXT,))] = False

    def begin(self):
        if self.all_stats:
            self.sum = self.standard_deviation = self.average = self.maximum = self.minimum = True
        self.stats: dict = {}           # lower-case name -> (name, _Stats)
        self.total = 0
        self.non_numeric = False
        self.text_mode = bool(self.line or self.word or self.character or self.ignore_white_space)
        self.expressions = None
        if self.property is not None:
            self.expressions = [PropertyExpression(unwrap(p), self) for p in self.property]

    def _entry(self, name: str) -> _Stats:
        key = name.lower()
        if key not in self.stats:
            self.stats[key] = (name, _Stats())
        return self.stats[key][1]

    def process(self):
        obj = self.input_object
        if obj is AUTOMATION_NULL or obj is None:
            return
        self.total += 1
        if self.expressions is None:
            self._analyze(None, unwrap(obj))
            return
        counted = set()
        for ex in self.expressions:
            resolved = ex.resolve_names(obj)
            if not resolved:
                if not ex.has_wildcards:
                    self._entry(str(ex))
                continue
            for name_ex in resolved:
                name = str(name_ex)
                if name.lower() in counted:
                    continue
                result = name_ex.evaluate(obj)
                self._analyze(name, result.value)
                counted.add(name.lower())

    def _analyze(self, name, value):
        stat = self._entry(name if name is not None else _THIS)
        stat.count += 1
        if self.character or self.word or self.line:
            text = "" if is_null(value) else api.to_string(value)
            if self.character:
                stat.characters += len([c for c in text if not c.isspace()]) if self.ignore_white_space \
                    else len(text)
            if self.word:
                stat.words += count_words(text)
            if self.line:
                stat.lines += count_lines(text)
        if self.average or self.sum or self.standard_deviation:
            number = _to_double(value)
            if number is None:
                self.non_numeric = True
                self.write_error(self.error_record(
                    'Input object "%s" is not numeric.' % api.to_string(value), "NonNumericInputObject",
                    "InvalidType", value, "System.InvalidOperationException"))
                return
            stat.sum_previous = stat.sum
            stat.sum += number
            if self.standard_deviation and stat.count > 1:
                avg_previous = stat.sum_previous / (stat.count - 1)
                avg = stat.sum / stat.count
                stat.variance += ((number - avg_previous) * (number - avg) - stat.variance) / (stat.count - 1)
        if self.minimum:
            stat.min = _extreme(value, stat.min, True)
        if self.maximum:
            stat.max = _extreme(value, stat.max, False)

    def end(self):
        if self.total == 0 and self.property is None:
            self._entry(_THIS)
        for name, stat in self.stats.values():
            if stat.count == 0 and self.property is not None:
                if self.runspace.strict_mode:
                    error_id = "TextMeasurePropertyNotFound" if self.text_mode else "GenericMeasurePropertyNotFound"
                    self.write_error(self.error_record('The property "%s" cannot be found in the input for any '
                                                       'objects.' % name, error_id, "ObjectNotFound", None,
                                                       "System.Management.Automation.PSArgumentException"))
                continue
            info = self._text_info(stat) if self.text_mode else self._generic_info(stat)
            info.add_note("Property", name if self.property is not None else None)
            self.write_object(info)

    def _text_info(self, stat) -> PSObject:
        info = PSObject(type_names=["Microsoft.PowerShell.Commands.TextMeasureInfo",
                                    "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        info.add_note("Lines", stat.lines if self.line else None)
        info.add_note("Words", stat.words if self.word else None)
        info.add_note("Characters", stat.characters if self.character else None)
        return info

    def _generic_info(self, stat) -> PSObject:
        numeric = all(v is None or _to_double(v) is not None for v in (stat.min, stat.max))
        total = average = deviation = None
        if not self.non_numeric:
            if self.sum:
                total = stat.sum
            if self.average and stat.count > 0:
                average = stat.sum / stat.count
            if self.standard_deviation:
                deviation = math.sqrt(stat.variance) if stat.variance >= 0 else float("nan")
        maximum = minimum = None
        if self.maximum and stat.max is not None:
            maximum = _to_double(stat.max) if numeric else stat.max
        if self.minimum and stat.min is not None:
            minimum = _to_double(stat.min) if numeric else stat.min
        name = "GenericMeasureInfo" if numeric else "GenericObjectMeasureInfo"
        info = PSObject(type_names=["Microsoft.PowerShell.Commands." + name,
                                    "Microsoft.PowerShell.Commands.MeasureInfo", "System.Object"])
        info.add_note("Count", stat.count)
        info.add_note("Average", average)
        info.add_note("Sum", total)
        info.add_note("Maximum", maximum)
        info.add_note("Minimum", minimum)
        info.add_note("StandardDeviation", deviation)
        return info


def _extreme(value, current, is_min: bool):
    """Measure-Object's Compare: numbers as doubles; values of different types as strings."""
    left = unwrap(current)
    right = unwrap(value)
    if not is_null(right):
        number = _to_double(right)
        right = number if number is not None else right
    if not is_null(left):
        number = _to_double(left)
        left = number if number is not None else left
    if not is_null(left) and not is_null(right) and type(left) is not type(right):
        left, right = api.to_string(current), api.to_string(value)
    if is_null(left):
        return value
    result = try_compare(left, right, False)
    if result is None:
        result = 0
    return value if (result if is_min else -result) > 0 else current
