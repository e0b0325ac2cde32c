"""Import-PowerShellDataFile: the hashtable of a .psd1 file, built from its syntax tree without running it.

Only what PowerShell's Ast.SafeGetValue allows becomes a value (SafeValues.cs): numbers, strings (expanding only
$true, $false, $null and safe sub-expressions), arrays, hashtables, script blocks (not run), unary operators and
casts to primitive types. Anything else makes the whole hashtable an error, as do more than 500 keys in one
hashtable or 5000 values in all, unless -SkipLimitCheck."""
from __future__ import annotations

import os
import pathlib
from typing import Annotated

from pyposh.grammar import ast as A, parse
from pyposh.interpreter.api import (
    Cmdlet, Hashtable, Parameter, ParseError, PyposhError, ScriptBlock, cmdlet, convert_to, is_list, resolve_type,
    script_body, to_string, unary_operation,
)
from pyposh.runtime.paths.file_paths import resolve_file_path
from pyposh.runtime.paths.locations import NOT_FOUND

# AutomationExceptions.resx, UtilityCommonStrings.resx
DYNAMIC_EXPRESSION = ("Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic "
                      "expression: %s.")
NOT_A_DATA_FILE = "The file '%s' could not be parsed as a PowerShell Data File."
_PRIMITIVES = {"System.Boolean", "System.Byte", "System.SByte", "System.Int16", "System.UInt16", "System.Int32",
               "System.UInt32", "System.Int64", "System.UInt64", "System.Char", "System.Double", "System.Single"}
_CONSTANT_FOLDING = {"-", "+", "!", "not", "bnot"}
_CONSTANT_VARIABLES = {"true": True, "false": False, "null": None}


class _Unsafe(Exception):
    """A node SafeGetValue refuses, or a value it cannot build."""


def read_data_file(runspace, path: str):
    """The hashtable a .psd1 file holds, built as Import-PowerShellDataFile builds it (a module manifest);
    ValueError with PowerShell's message when the file is no data file."""
    try:
        tree = parse(pathlib.Path(path).read_text(encoding="utf-8-sig"), path)
    except ParseError:
        raise ValueError(NOT_A_DATA_FILE % path) from None
    data = find_hashtable(tree)
    if data is None:
        raise ValueError(NOT_A_DATA_FILE % path)
    try:
        return SafeValue(runspace, True).value(data)
    except (_Unsafe, PyposhError):
        raise ValueError(DYNAMIC_EXPRESSION % data.extent.text) from None


def _children(value):
    if isinstance(value, A.Ast):
        yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from _children(item)


def find_hashtable(node: A.Ast, nested: bool = False):
    """The first hashtable in source order (Ast.Find), not looking inside nested script blocks."""
    if isinstance(node, A.HashtableAst):
        return node
    if nested and isinstance(node, A.ScriptBlockAst):
        return None
    for name in A.fields(node):
        for child in _children(getattr(node, name)):
            found = find_hashtable(child, True)
            if found is not None:
                return found
    return None


class SafeValue:
    """IsSafeValueVisitor and GetSafeValueVisitor in one walk: `value(node)` or _Unsafe."""

    def __init__(self, runspace, limits: bool):
        self.runspace = runspace
        self.max_keys = 500 if limits else None
        self.visits_left = 5000 if limits else None

    def value(self, node):
        handler = _HANDLERS.get(type(node))
        if handler is None:
            raise _Unsafe
        return handler(self, node)

    def visit(self):
        """Count a value, a statement or a cast towards the 5000 that the limit check allows."""
        if self.visits_left is not None:
            self.visits_left -= 1
            if self.visits_left <= 0:
                raise _Unsafe

    def constant(self, node):
        self.visit()
        return node.value

    def variable(self, node):
        self.visit()
        name = node.name.lower()
        if node.splatted or node.scope.lower() not in ("", "local") or name not in _CONSTANT_VARIABLES:
            raise _Unsafe
        return _CONSTANT_VARIABLES[name]

    def expandable_string(self, node):
        pieces = []
        for part in node.parts:
            if isinstance(part, str):
                pieces.append(part)
                continue
            self.visit()
            value = self.value(part)
            pieces.append(" ".join(to_string(item) for item in value) if is_list(value) else to_string(value))
        return "".join(pieces)

    def statements(self, block):
        """A statement block's values, one level of arrays unrolled (@(...) and $(...) are always arrays)."""
        if block.traps:
            raise _Unsafe
        values = []
        for statement in block.statements:
            self.visit()
            value = self.value(statement)
            if is_list(value):
                values.extend(value)
            else:
                values.append(value)
        return values

    def pipeline(self, node):
        """A pipeline that is one expression (PipelineAst.GetPureExpression)."""
        if node.background or len(node.elements) != 1:
            raise _Unsafe
        element = node.elements[0]
        if not isinstance(element, A.CommandExpressionAst) or element.redirections:
            raise _Unsafe
        return self.value(element.expression)

    def hashtable(self, node):
        if self.max_keys is not None and len(node.pairs) > self.max_keys:
            raise _Unsafe
        table = Hashtable()
        for key_node, value_node in node.pairs:
            key = self.value(key_node)
            if key is None:
                raise _Unsafe
            try:
                table.add(key, self.value(value_node))
            except KeyError:
                raise _Unsafe from None
        return table

    def unary(self, node):
        if node.operator.lower() not in _CONSTANT_FOLDING:
            raise _Unsafe
        self.visit()
        return unary_operation(node.operator, self.value(node.child))

    def convert(self, node):
        found = resolve_type(node.type_name)
        if found is None or found.full_name not in _PRIMITIVES:
            raise _Unsafe
        self.visit()
        return convert_to(self.value(node.child), found.full_name)

    def script_block(self, node):
        """ScriptBlock.Create of the expression's text, braces and all: a block that returns the block."""
        text = node.extent.text
        return ScriptBlock(script_body(text), self.runspace, text=text)


_HANDLERS = {
    A.ConstantExpressionAst: SafeValue.constant,
    A.StringConstantExpressionAst: SafeValue.constant,
    A.ExpandableStringExpressionAst: SafeValue.expandable_string,
    A.VariableExpressionAst: SafeValue.variable,
    A.ArrayLiteralAst: lambda walk, node: [walk.value(element) for element in node.elements],
    A.ArrayExpressionAst: lambda walk, node: walk.statements(node.body),
    A.SubExpressionAst: lambda walk, node: walk.statements(node.body),
    A.ParenExpressionAst: lambda walk, node: walk.value(node.pipeline),
    A.PipelineAst: SafeValue.pipeline,
    A.HashtableAst: SafeValue.hashtable,
    A.UnaryExpressionAst: SafeValue.unary,
    A.ConvertExpressionAst: SafeValue.convert,
    A.ScriptBlockExpressionAst: SafeValue.script_block,
}


@cmdlet("Import-PowerShellDataFile", default_set="ByPath")
class ImportPowerShellDataFile(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, not_null_or_empty=True,
                                    sets=("ByPath",))] = None
    literal_path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, not_null_or_empty=True,
                                            pipeline_by_property=True, aliases=("PSPath", "LP"),
                                            sets=("ByLiteralPath",))] = None
    skip_limit_check: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        literal = self.literal_path is not None
        for path in self.literal_path if literal else self.path:
            resolved = resolve_file_path(self, path, literal)
            if os.path.isfile(resolved):
                self.import_file(resolved)
            else:
                self.write_error(NOT_FOUND % path, "PathNotFound", "InvalidArgument", path,
                                 "System.ArgumentException")

    def import_file(self, path: str):
        try:
            tree = parse(pathlib.Path(path).read_text(encoding="utf-8-sig"), path)
        except ParseError:
            self.not_a_data_file(path, "CouldNotParseAsPowerShellDataFile")
            return
        data = find_hashtable(tree)
        if data is None:
            self.not_a_data_file(path, "CouldNotParseAsPowerShellDataFileNoHashtableRoot")
            return
        try:
            value = SafeValue(self.runspace, not self.skip_limit_check).value(data)
        except (_Unsafe, PyposhError):
            self.throw_terminating(DYNAMIC_EXPRESSION % data.extent.text, "System.InvalidOperationException",
                                   "NotSpecified", None, "System.InvalidOperationException")
        self.write_object(value)

    def not_a_data_file(self, path: str, error_id: str):
        self.write_error(NOT_A_DATA_FILE % path, error_id, "InvalidData", path, "System.InvalidOperationException")
