"""Format-* parameters: -Property entries and calculated columns (hashtables), -GroupBy, and the options bundle."""
from __future__ import annotations

from dataclasses import dataclass, field

from pyposh.interpreter.api import Hashtable, ParameterBindingError
from pyposh.runtime.format.properties import PropertyExpression
from pyposh.runtime.format.records import CENTER, LEFT, RIGHT


@dataclass
class FormatParameter:
    """One -Property (or -GroupBy) entry: what to show and how (PowerShell's MshParameter)."""
    expression: PropertyExpression
    label: str | None = None
    width: int | None = None
    alignment: str | None = None
    format_string: str | None = None


@dataclass
class FormatOptions:
    """The command-line switches of a Format-* command (PowerShell's FormattingCommandLineParameters)."""
    properties: list[FormatParameter] = field(default_factory=list)
    exclude_property: list[str] | None = None
    group_by: FormatParameter | None = None
    view: str | None = None
    force: bool = False
    auto_size: bool | None = None
    repeat_header: bool = False
    expand: str | None = None          # "CoreOnly", "EnumOnly" or "Both"
    hide_table_headers: bool | None = None
    wrap: bool | None = None
    column: int | None = None          # Format-Wide -Column


# Keys each kind of entry accepts: (key, aliases); matched case-insensitively by prefix.
_KEYS = {
    "table": (("expression", ()), ("formatString", ()), ("width", ()), ("alignment", ()), ("label", ("name",))),
    "list": (("expression", ()), ("formatString", ()), ("label", ("name",))),
    "wide": (("expression", ()), ("formatString", ())),
    "groupby": (("expression", ()), ("formatString", ()), ("label", ("name",))),
}


def _fail(message: str, error_id: str):
    raise ParameterBindingError(message, error_id, "InvalidArgument")


def _match_key(key, kind: str) -> str:
    if not isinstance(key, str):
        _fail("The %s key type is not valid. The key must be a string." % key, "DictionaryKeyNonString")
    low = key.lower()
    matches = []
    for canonical, aliases in _KEYS[kind]:
        for candidate in (canonical,) + aliases:
            if candidate.lower().startswith(low) and low:
                matches.append((canonical, candidate))
                break
    if not matches:
        _fail("The %s key is not valid." % key, "DictionaryKeyIllegal")
    if len(matches) > 1:
        _fail("The %s key is ambiguous; %s and %s conflict." % (key, matches[0][1], matches[1][1]),
              "DictionaryKeyAmbiguous")
    return matches[0][0]


def _expression(value, from_hashtable: bool) -> PropertyExpression:
    if callable(value) and not isinstance(value, str):
        return PropertyExpression(value)
    text = "" if value is None else str(value)
    if not text:
        if from_hashtable:
            _fail('The "expression" key cannot have an empty string value.', "ExpressionEmptyString1")
        _fail("An empty string value is not allowed.", "ExpressionEmptyString2")
    return PropertyExpression(text)


def _alignment(value, key: str) -> str:
    text = "" if value is None else str(value).lower()
    for legal in (LEFT, CENTER, RIGHT):
        if text and legal.startswith(text):
            return legal
    _fail('The value "%s" for key "%s" is not valid; valid values are left, center, right.' % (value, key),
          "AlignmentIllegalValue")


def _width(value, key: str) -> int:
    try:
        width = int(value)
    except (TypeError, ValueError):
        _fail('The "%s" key has a type, %s, that is not valid; expected type is System.Int32.'
              % (key, type(value).__name__), "DictionaryKeyIllegalType")
    if width <= 0:
        _fail('The value "%s" for key "%s" should be greater than 0.' % (width, key), "WidthOutOfRange")
    return width


def parse_format_parameter(value, kind: str = "table") -> FormatParameter:
    """One entry of -Property (kind "table", "list" or "wide") or -GroupBy (kind "groupby"): a property name
    (wildcards allowed), a block (a Python callable), or a hashtable of Expression/Label(Name)/Width/Alignment/
    FormatString."""
    if not isinstance(value, (Hashtable, dict)):
        return FormatParameter(_expression(value, False))
    seen: dict[str, str] = {}
    entries: dict[str, object] = {}
    for key in value.keys():
        canonical = _match_key(key, kind)
        if canonical in seen:
            _fail('The duplicated key "%s" conflicts with "%s".' % (key, seen[canonical]), "DictionaryKeyDuplicate")
        seen[canonical] = key
        entries[canonical] = value[key]
    if "expression" not in entries:
        _fail("A mandatory entry for expression is missing.", "DictionaryKeyMandatoryEntry")
    param = FormatParameter(_expression(entries["expression"], True))
    if "label" in entries:
        param.label = "" if entries["label"] is None else str(entries["label"])
    if "width" in entries:
        param.width = _width(entries["width"], seen["width"])
    if "alignment" in entries:
        param.alignment = _alignment(entries["alignment"], seen["alignment"])
    if "formatString" in entries:
        fmt = entries["formatString"]
        if fmt is None or str(fmt) == "":
            _fail('Cannot have an empty formatting string for key "%s".' % seen["formatString"], "FormatStringEmpty")
        param.format_string = str(fmt)
    return param


def parse_format_parameters(values, kind: str = "table") -> list[FormatParameter]:
    if values is None:
        return []
    if not isinstance(values, (list, tuple)):
        values = [values]
    return [parse_format_parameter(v, kind) for v in values]


def make_options(kind: str, property=None, exclude_property=None, group_by=None, view=None, force=False,
                 auto_size=None, repeat_header=False, expand=None, hide_table_headers=None, wrap=None,
                 column=None) -> FormatOptions:
    """Build the options of Format-Table (`kind` "table"), Format-List ("list") or Format-Wide ("wide")."""
    if view and (property or exclude_property):
        raise ParameterBindingError("Cmdlet parameters View and Property are mutually exclusive.",
                                    "FormatCannotSpecifyViewAndProperty", "InvalidArgument")
    if kind == "wide" and auto_size and column:
        raise ParameterBindingError("Cmdlet parameters AutoSize and Column are mutually exclusive.",
                                    "FormatCannotSpecifyAutosizeAndColumns", "InvalidArgument")
    if expand is not None:
        legal = {"coreonly": "CoreOnly", "enumonly": "EnumOnly", "both": "Both"}
        if str(expand).lower() not in legal:
            raise ParameterBindingError("The EnumerableExpansion value is not valid.", "IllegalEnumerableExpansion",
                                        "InvalidArgument")
        expand = legal[str(expand).lower()]
    options = FormatOptions(view=view, force=bool(force), auto_size=auto_size, repeat_header=bool(repeat_header),
                            expand=expand, hide_table_headers=hide_table_headers, wrap=wrap, column=column)
    if property is not None:
        if kind == "wide":
            property = [property] if not isinstance(property, (list, tuple)) else property[:1]
        options.properties = parse_format_parameters(property, kind)
    if exclude_property:
        options.exclude_property = list(exclude_property) if isinstance(exclude_property, (list, tuple)) \
            else [exclude_property]
        if not options.properties:
            options.properties = parse_format_parameters(["*"], kind)
    if group_by is not None:
        options.group_by = parse_format_parameter(group_by, "groupby")
    return options
