"""Format-Table, Format-List and Format-Wide: formatting records that Out-Default and Out-String render."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Hashtable, Parameter, ScriptBlock, cmdlet
from pyposh.runtime.format import list_formatter, table_formatter, wide_formatter


class _ScriptExpression:
    """A script block as the formatter's calculated-property callable: runs with `$_` set to the object."""

    def __init__(self, command, script_block):
        self.command = command
        self.script_block = script_block
        self.text = str(script_block)

    def __call__(self, obj):
        out = self.command.invoke_script(self.script_block, dollar_underscore=obj)
        if not out:
            return None
        return out[0] if len(out) == 1 else out

    def __str__(self):
        return self.text


def _expression(command, value):
    if isinstance(value, ScriptBlock):
        return _ScriptExpression(command, value)
    if isinstance(value, Hashtable):
        return Hashtable(((k, _expression(command, v)) for k, v in value.items()), ordered=value.ordered)
    return value


def _properties(command, values):
    if values is None:
        return None
    return [_expression(command, v) for v in values]


class _FormatCommand(Cmdlet):
    """Feeds pipeline objects to a formatter and writes the formatting records it produces."""

    input_object: Annotated[object, Parameter(pipeline=True)] = None

    def begin(self):  # each Format-* command defines make_formatter()
        self.formatter = self.make_formatter()

    def process(self):
        if "InputObject" not in self.bound:
            return
        for record in self.formatter.process(self.input_object):
            self.write_object(record)

    def end(self):
        for record in self.formatter.end():
            self.write_object(record)


@cmdlet("Format-Table", aliases=("ft",))
class FormatTable(_FormatCommand):
    property: Annotated[list, Parameter(type="object[]", position=0)] = None
    auto_size: Annotated[bool, Parameter(type="switch")] = False
    wrap: Annotated[bool, Parameter(type="switch")] = False
    hide_table_headers: Annotated[bool, Parameter(type="switch")] = False
    group_by: Annotated[object, Parameter()] = None

    def make_formatter(self):
        return table_formatter(_properties(self, self.property), auto_size=self.auto_size or None,
                               wrap=self.wrap or None, hide_table_headers=self.hide_table_headers or None,
                               group_by=_expression(self, self.group_by))


@cmdlet("Format-List", aliases=("fl",))
class FormatList(_FormatCommand):
    property: Annotated[list, Parameter(type="object[]", position=0)] = None
    group_by: Annotated[object, Parameter()] = None

    def make_formatter(self):
        return list_formatter(_properties(self, self.property), group_by=_expression(self, self.group_by))


@cmdlet("Format-Wide", aliases=("fw",))
class FormatWide(_FormatCommand):
    property: Annotated[object, Parameter(position=0)] = None
    column: Annotated[int, Parameter(type="int")] = None
    auto_size: Annotated[bool, Parameter(type="switch")] = False

    def make_formatter(self):
        return wide_formatter(_expression(self, self.property), column=self.column,
                              auto_size=self.auto_size or None)
