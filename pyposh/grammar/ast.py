"""The typed AST: frozen, slotted records named as PowerShell's own (System.Management.Automation.Language).

Each node class lists its fields as annotations, base fields first; NodeType (the metaclass) makes them the
class's slots, and one generated `__init__` per class takes them in order. Nodes are immutable, compare equal
when their syntax is equal (the extent, and a literal's original text, are details: left out of equality and
repr), and `fields`, `replace` and `walk` read them generically, as dataclasses and CPython's ast module do.
"""
from __future__ import annotations

from typing import Any, Optional

from pyposh.grammar.extent import Extent

_REQUIRED = object()


class Detail:
    """The default of a field that equality and repr leave out: `extent: Extent = Detail()`."""

    __slots__ = ("default",)

    def __init__(self, default=_REQUIRED):
        self.default = default


class NodeType(type):
    """Makes each annotated name of a node class a slot and a field; defaults move to `_defaults`. A class's
    `__init__` is generated the first time one of its nodes is built (most scripts use few node types, and
    generating them all would cost start-up time)."""

    def __new__(mcls, name, bases, namespace):
        own = [n for n in namespace.get("__annotations__", {})]
        defaults, details = {}, set()
        for field_name in own:
            default = namespace.pop(field_name, _REQUIRED)
            if isinstance(default, Detail):
                details.add(field_name)
                default = default.default
            if default is not _REQUIRED:
                defaults[field_name] = default
        namespace["__slots__"] = tuple(own)
        namespace.setdefault("__doc__", name)
        namespace["__init__"] = _first_init
        cls = super().__new__(mcls, name, bases, namespace)
        base_fields = getattr(cls, "_fields", ())
        cls._fields = base_fields + tuple(own)
        cls._defaults = {**getattr(cls, "_defaults", {}), **defaults}
        cls._details = getattr(cls, "_details", frozenset()) | details
        cls._syntax = tuple(f for f in cls._fields if f not in cls._details)
        return cls


def _first_init(self, *args, **kwargs):
    """A node class's first construction: generate its real __init__, install it, and run it."""
    cls = type(self)
    init = _make_init(cls)
    cls.__init__ = init
    init(self, *args, **kwargs)


def _make_init(cls):
    """`__init__(self, extent, field1, field2=default, ...)` setting each slot, as dataclasses generates it."""
    env = {"_set": object.__setattr__}
    params, body = [], []
    for name in cls._fields:
        if name in cls._defaults:
            env["_d_" + name] = cls._defaults[name]
            params.append("%s=_d_%s" % (name, name))
        else:
            params.append(name)
        body.append("    _set(self, %r, %s)" % (name, name))
    exec("def __init__(self, %s):\n%s\n" % (", ".join(params), "\n".join(body)), env)
    init = env["__init__"]
    init.__qualname__ = cls.__qualname__ + ".__init__"
    return init


class FrozenNodeError(AttributeError):
    """An attempt to change a node: the AST is immutable."""


class Ast(metaclass=NodeType):
    extent: Extent = Detail()

    def _key(self):
        return tuple(getattr(self, n) for n in self._syntax)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.__class__, self._key()))

    def __repr__(self):
        shown = ", ".join("%s=%r" % (n, getattr(self, n)) for n in self._syntax)
        return "%s(%s)" % (type(self).__name__, shown)

    def __setattr__(self, name, value):
        raise FrozenNodeError("cannot assign to field %r" % name)

    def __delattr__(self, name):
        raise FrozenNodeError("cannot delete field %r" % name)


def fields(node, details: bool = False) -> tuple:
    """A node's (or node class's) field names in order; its syntax only, unless `details` (the extent, a
    literal's text) are wanted too."""
    return node._fields if details else node._syntax


def replace(node, **changes):
    """A copy of `node` with some fields changed (as dataclasses.replace)."""
    values = {name: getattr(node, name) for name in node._fields}
    values.update(changes)
    return type(node)(**values)


def walk(node):
    """The node and every node under it, parents before children (as CPython's ast.walk)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Ast):
            yield item
            stack.extend(reversed([getattr(item, name) for name in item._syntax]))
        elif isinstance(item, (tuple, list)):
            stack.extend(reversed(item))


# ---------------------------------------------------------------- attributes and parameters
class TypeConstraintAst(Ast):
    type_name: str


class NamedAttributeArgumentAst(Ast):
    name: str
    value: Optional["Ast"]          # None when written as a flag: [Parameter(Mandatory)]


class AttributeAst(Ast):
    type_name: str
    positional: tuple
    named: tuple                    # of NamedAttributeArgumentAst


class ParameterAst(Ast):
    name: str
    attributes: tuple               # AttributeAst and TypeConstraintAst, in source order
    default: Optional[Ast]


class ParamBlockAst(Ast):
    attributes: tuple
    parameters: tuple


# ---------------------------------------------------------------- blocks
class StatementBlockAst(Ast):
    statements: tuple
    traps: tuple = ()


class NamedBlockAst(Ast):
    kind: str                        # begin, process, end, dynamicparam, clean
    statements: tuple
    traps: tuple = ()
    unnamed: bool = False


class ScriptBlockAst(Ast):
    param_block: Optional[ParamBlockAst]
    begin: Optional[NamedBlockAst]
    process: Optional[NamedBlockAst]
    end: Optional[NamedBlockAst]
    attributes: tuple = ()           # attributes before param(): [CmdletBinding()]
    requirements: tuple = Detail(())  # a script's `#Requires` lines: (parameter, value text) pairs
    dynamicparam: Optional[NamedBlockAst] = None    # `dynamicparam { }`: run by the binder of an advanced function


# ---------------------------------------------------------------- statements
class IfStatementAst(Ast):
    clauses: tuple                  # of (condition pipeline, StatementBlockAst)
    else_clause: Optional[StatementBlockAst]


class SwitchStatementAst(Ast):
    label: Optional[str]
    condition: Optional[Ast]
    flags: tuple                    # lower-case names: regex, wildcard, exact, casesensitive, file
    file: Optional[Ast]
    clauses: tuple                  # of (condition expression, StatementBlockAst)
    default: Optional[StatementBlockAst]


class ForEachStatementAst(Ast):
    label: Optional[str]
    variable: "VariableExpressionAst"
    condition: Ast
    body: StatementBlockAst


class ForStatementAst(Ast):
    label: Optional[str]
    initializer: Optional[Ast]
    condition: Optional[Ast]
    iterator: Optional[Ast]
    body: StatementBlockAst


class WhileStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


class DoWhileStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


class DoUntilStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


class FunctionDefinitionAst(Ast):
    name: str
    is_filter: bool
    parameters: tuple               # from `function f($a, $b)`; empty when param() is used
    body: ScriptBlockAst


class CatchClauseAst(Ast):
    catch_types: tuple              # type names
    body: StatementBlockAst


class TryStatementAst(Ast):
    body: StatementBlockAst
    catch_clauses: tuple
    finally_clause: Optional[StatementBlockAst]


class TrapStatementAst(Ast):
    trap_type: Optional[str]
    body: StatementBlockAst


class BreakStatementAst(Ast):
    label: Optional[Ast]


class ContinueStatementAst(Ast):
    label: Optional[Ast]


class ReturnStatementAst(Ast):
    pipeline: Optional[Ast]


class ExitStatementAst(Ast):
    pipeline: Optional[Ast]


class ThrowStatementAst(Ast):
    pipeline: Optional[Ast]


class DataStatementAst(Ast):
    variable: Optional[str]
    body: StatementBlockAst


class UsingStatementAst(Ast):
    kind: str
    name: str


class PropertyMemberAst(Ast):
    name: str
    type_name: Optional[str]
    modifiers: tuple
    default: Optional[Ast]
    attributes: tuple = ()          # AttributeAst: [ValidateRange(1, 10)]


class FunctionMemberAst(Ast):
    name: str
    return_type: Optional[str]
    modifiers: tuple
    parameters: tuple
    body: StatementBlockAst
    base_arguments: tuple


class TypeDefinitionAst(Ast):
    name: str
    is_enum: bool
    base_types: tuple
    members: tuple                  # enums: (name, value Ast or None) pairs
    attributes: tuple


class AssignmentStatementAst(Ast):
    left: Ast
    operator: str                   # = += -= *= /= %= ??=
    right: Ast


class PipelineAst(Ast):
    elements: tuple
    background: bool = False


class PipelineChainAst(Ast):
    left: Ast
    right: Ast
    operator: str                   # && or ||
    background: bool = False


class CommandParameterAst(Ast):
    name: str                       # without the dash
    argument: Optional[Ast]         # for -Name:value
    text: str = ""                  # as written, e.g. -Name


class FileRedirectionAst(Ast):
    stream: str                     # 1-6 or *
    append: bool
    location: Ast


class MergingRedirectionAst(Ast):
    stream: str
    to_stream: str


class CommandAst(Ast):
    elements: tuple                 # command name (StringConstant or expression) then arguments
    invocation_operator: Optional[str]   # '&', '.', or None
    redirections: tuple


class CommandExpressionAst(Ast):
    expression: Ast
    redirections: tuple


class StopParsingAst(Ast):
    text: str


# ---------------------------------------------------------------- expressions
class BinaryExpressionAst(Ast):
    operator: str                   # '+', '-', '*', '/', '%', '..', '??' or a word operator without '-'
    left: Ast
    right: Ast


class UnaryExpressionAst(Ast):
    operator: str                   # '-', '+', '!', 'not', 'bnot', 'split', 'join', ','
    child: Ast


class UpdateExpressionAst(Ast):
    operator: str                   # '++' or '--'
    child: Ast
    postfix: bool


class TernaryExpressionAst(Ast):
    condition: Ast
    if_true: Ast
    if_false: Ast


class AttributedExpressionAst(Ast):
    attribute: AttributeAst         # `[ValidateRange(1, 10)]$x`: an attribute on a variable or value
    child: Ast


class ConvertExpressionAst(Ast):
    type_name: str
    child: Ast


class TypeExpressionAst(Ast):
    type_name: str


class ConstantExpressionAst(Ast):
    value: Any
    text: str = Detail("")          # a numeric literal as written (`5ul`)


class StringConstantExpressionAst(Ast):
    value: str
    kind: str = "bare"              # bare, single, double, single_here, double_here


class ExpandableStringExpressionAst(Ast):
    parts: tuple                    # str pieces and expression Asts, in order
    kind: str = "double"
    value: str = ""                 # the raw text between the quotes


class VariableExpressionAst(Ast):
    name: str                       # without scope
    scope: str = ""                 # global, script, local, private, using, env, variable, function...
    splatted: bool = False


class MemberExpressionAst(Ast):
    expression: Ast
    member: Ast                     # StringConstant for a plain name
    static: bool = False
    null_conditional: bool = False


class InvokeMemberExpressionAst(Ast):
    expression: Ast
    member: Ast
    arguments: tuple
    static: bool = False
    null_conditional: bool = False


class IndexExpressionAst(Ast):
    target: Ast
    index: Ast
    null_conditional: bool = False


class ArrayLiteralAst(Ast):
    elements: tuple


class ArrayExpressionAst(Ast):
    body: StatementBlockAst


class SubExpressionAst(Ast):
    body: StatementBlockAst


class ParenExpressionAst(Ast):
    pipeline: Ast


class HashtableAst(Ast):
    pairs: tuple                    # of (key Ast, value statement Ast)


class ScriptBlockExpressionAst(Ast):
    script_block: ScriptBlockAst
