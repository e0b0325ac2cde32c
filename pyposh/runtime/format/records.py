"""Formatting records: what Format-* emit and Out-Default/Out-String render (start, group, entry, end)."""
from __future__ import annotations

from dataclasses import dataclass, field

_NS = "Microsoft.PowerShell.Commands.Internal.Format."

LEFT = "left"
CENTER = "center"
RIGHT = "right"


class FormatRecord:
    """Base of the objects a Format-* command writes; scripts see PowerShell's type names for them."""

    __slots__ = ()
    type_short_name = "FormatInfoData"

    @property
    def type_names(self) -> list[str]:
        return [_NS + self.type_short_name, _NS + "PacketInfoData", _NS + "FormatInfoData", "System.Object"]

    def __str__(self):
        return _NS + self.type_short_name


def is_format_record(obj) -> bool:
    return isinstance(obj, FormatRecord)


# ---------------------------------------------------------------- shapes (in FormatStartData)

@dataclass
class TableColumnInfo:
    label: str | None = None
    property_name: str | None = None
    width: int = 0                 # 0: let the data decide
    alignment: str | None = None   # None: undefined (left)

    @property
    def header(self) -> str:
        return self.label if self.label is not None else (self.property_name or "")


@dataclass
class TableHeaderInfo:
    columns: list[TableColumnInfo] = field(default_factory=list)
    hide_header: bool = False
    repeat_header: bool = False


@dataclass
class ListViewHeaderInfo:
    pass


@dataclass
class WideViewHeaderInfo:
    columns: int = 0  # 0: not specified


@dataclass
class ComplexViewHeaderInfo:
    pass


# ---------------------------------------------------------------- entries (in FormatEntryData)

@dataclass
class TableRowEntry:
    fields: list[tuple[str, str | None]] = field(default_factory=list)  # (text, alignment or None)
    multi_line: bool = False


@dataclass
class ListViewEntry:
    fields: list[tuple[str, str]] = field(default_factory=list)  # (label, text)


@dataclass
class WideViewEntry:
    text: str = ""


class NewLine:
    """A line break inside a complex (custom) entry."""

    __slots__ = ()

    def __repr__(self):
        return "NEWLINE"


NEWLINE = NewLine()


@dataclass
class Frame:
    """An indented block inside a complex entry (left/right indentation, first-line indent or hanging)."""
    items: list = field(default_factory=list)
    left: int = 0
    right: int = 0
    first_line: int = 0


@dataclass
class ComplexViewEntry:
    items: list = field(default_factory=list)  # str, NEWLINE, Frame


@dataclass
class RawTextEntry:
    text: str = ""


# ---------------------------------------------------------------- the records

@dataclass(eq=False)
class FormatStartData(FormatRecord):
    shape_info: object = None
    autosize: bool = False
    type_short_name = "FormatStartData"


@dataclass(eq=False)
class GroupStartData(FormatRecord):
    label: ComplexViewEntry | None = None  # the `   Name: value` header of a -GroupBy group
    type_short_name = "GroupStartData"


@dataclass(eq=False)
class FormatEntryData(FormatRecord):
    entry: object = None
    out_of_band: bool = False
    type_short_name = "FormatEntryData"


@dataclass(eq=False)
class GroupEndData(FormatRecord):
    type_short_name = "GroupEndData"


@dataclass(eq=False)
class FormatEndData(FormatRecord):
    type_short_name = "FormatEndData"


def shape_of(start: FormatStartData) -> str:
    info = start.shape_info
    if isinstance(info, ListViewHeaderInfo):
        return "list"
    if isinstance(info, WideViewHeaderInfo):
        return "wide"
    if isinstance(info, ComplexViewHeaderInfo):
        return "complex"
    return "table"
