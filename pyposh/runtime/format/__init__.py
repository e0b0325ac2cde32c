"""PowerShell 7's output formatting: views, Format-* records, and the text Out-Default and Out-String print."""
from pyposh.runtime.format.commands import (
    OutString, custom_formatter, format_custom, format_list, format_table, format_wide, list_formatter, out_string,
    table_formatter, wide_formatter,
)
from pyposh.runtime.format.default_views import (
    DEFAULT_VIEWS, CustomControl, ListControl, TableControl, ViewColumn, ViewDefinition, WideControl, register_view,
)
from pyposh.runtime.format.out_default import OutCommand, OutDefault, format_for_host
from pyposh.runtime.format.properties import DictionaryEntry
from pyposh.runtime.format.records import FormatRecord, is_format_record
from pyposh.runtime.format.shaping import Formatter

__all__ = [
    "format_for_host", "OutDefault", "OutCommand", "OutString", "out_string",
    "Formatter", "table_formatter", "list_formatter", "wide_formatter", "custom_formatter",
    "format_table", "format_list", "format_wide", "format_custom",
    "FormatRecord", "is_format_record", "DictionaryEntry",
    "register_view", "DEFAULT_VIEWS", "ViewDefinition", "ViewColumn", "TableControl", "ListControl", "WideControl",
    "CustomControl",
]
