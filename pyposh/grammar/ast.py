"""The typed AST: frozen, slotted dataclasses named as PowerShell's own (System.Management.Automation.Language)."""
from __future__ import annotations

from dataclasses import _FIELD, MISSING, Field, FrozenInstanceError, field, fields
from typing import Any, Optional

from pyposh.grammar.extent import Extent

def node(cls):
    """Make an AST class a frozen, slotted dataclass-like record.

    Built by hand rather than with @dataclass: the fields are dataclasses.Field objects (so
    dataclasses.fields() works), each class gets a generated __init__, and equality, hashing and repr are
    one generic version in Ast. Generating every method per class with @dataclass was most of pyposh's
    start-up time."""
    own = []
    annotations = cls.__dict__.get("__annotations__", {})
    namespace = {k: v for k, v in cls.__dict__.items() if k not in ("__dict__", "__weakref__")}
    for name in annotations:
        default = namespace.pop(name, MISSING)
        f = default if isinstance(default, Field) else field(default=default)
        f.name = name
        f.type = annotations[name]
        f._field_type = _FIELD
        own.append(f)
    inherited = [f for base in reversed(cls.__mro__[1:]) for f in getattr(base, "__dataclass_fields__", {}).values()]
    all_fields = {f.name: f for f in inherited + own}
    namespace["__slots__"] = tuple(f.name for f in own)
    namespace["__dataclass_fields__"] = all_fields
    if namespace.get("__doc__") is None:
        namespace["__doc__"] = cls.__name__
    new_cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    _PENDING_INIT.append(new_cls)
    return new_cls


def _make_inits():
    """Generate every node's __init__ in one exec (one per class would cost start-up time)."""
    sources = []
    env = {"_set": object.__setattr__}
    for cls in _PENDING_INIT:
        params, body = [], []
        for f in cls.__dataclass_fields__.values():
            if f.default is MISSING:
                params.append(f.name)
            else:
                key = "_d_%s_%s" % (cls.__name__, f.name)
                env[key] = f.default
                params.append("%s=%s" % (f.name, key))
            body.append("    _set(self, %r, %s)" % (f.name, f.name))
        sources.append("def _init_%s(self, %s):\n%s\n" % (cls.__name__, ", ".join(params), "\n".join(body)))
    exec("\n".join(sources), env)
    for cls in _PENDING_INIT:
        cls.__init__ = env["_init_" + cls.__name__]
    _PENDING_INIT.clear()


_PENDING_INIT: list = []


@node
class Ast:
    extent: Extent = field(compare=False, repr=False)

    def _key(self):
        cls = type(self)
        names = _COMPARED.get(cls)
        if names is None:
            names = _COMPARED[cls] = tuple(f.name for f in fields(cls) if f.compare)
        return tuple(getattr(self, n) for n in names)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.__class__, self._key()))

    def __repr__(self):
        shown = ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in fields(self) if f.repr)
        return "%s(%s)" % (type(self).__name__, shown)

    def __setattr__(self, name, value):
        raise FrozenInstanceError("cannot assign to field %r" % name)

    def __delattr__(self, name):
        raise FrozenInstanceError("cannot delete field %r" % name)


_COMPARED: dict = {}


def walk(node):
    """The node and every node under it, parents before children (as CPython's ast.walk)."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Ast):
            yield item
            stack.extend(reversed([getattr(item, f.name) for f in fields(item) if f.name != "extent"]))
        elif isinstance(item, (tuple, list)):
            stack.extend(reversed(item))


# ---------------------------------------------------------------- attributes and parameters
@node
class TypeConstraintAst(Ast):
    type_name: str


@node
class NamedAttributeArgumentAst(Ast):
    name: str
    value: Optional["Ast"]          # None when written as a flag: [Parameter(Mandatory)]


@node
class AttributeAst(Ast):
    type_name: str
    positional: tuple
    named: tuple                    # of NamedAttributeArgumentAst


@node
class ParameterAst(Ast):
    name: str
    attributes: tuple               # AttributeAst and TypeConstraintAst, in source order
    default: Optional[Ast]


@node
class ParamBlockAst(Ast):
    attributes: tuple
    parameters: tuple


# ---------------------------------------------------------------- blocks
@node
class StatementBlockAst(Ast):
    statements: tuple
    traps: tuple = ()


@node
class NamedBlockAst(Ast):
    kind: str                        # begin, process, end, dynamicparam, clean
    statements: tuple
    traps: tuple = ()
    unnamed: bool = False


@node
class ScriptBlockAst(Ast):
    param_block: Optional[ParamBlockAst]
    begin: Optional[NamedBlockAst]
    process: Optional[NamedBlockAst]
    end: Optional[NamedBlockAst]
    attributes: tuple = ()           # attributes before param(): [CmdletBinding()]


# ---------------------------------------------------------------- statements
@node
class IfStatementAst(Ast):
    clauses: tuple                  # of (condition pipeline, StatementBlockAst)
    else_clause: Optional[StatementBlockAst]


@node
class SwitchStatementAst(Ast):
    label: Optional[str]
    condition: Optional[Ast]
    flags: tuple                    # lower-case names: regex, wildcard, exact, casesensitive, file
    file: Optional[Ast]
    clauses: tuple                  # of (condition expression, StatementBlockAst)
    default: Optional[StatementBlockAst]


@node
class ForEachStatementAst(Ast):
    label: Optional[str]
    variable: "VariableExpressionAst"
    condition: Ast
    body: StatementBlockAst


@node
class ForStatementAst(Ast):
    label: Optional[str]
    initializer: Optional[Ast]
    condition: Optional[Ast]
    iterator: Optional[Ast]
    body: StatementBlockAst


@node
class WhileStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


@node
class DoWhileStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


@node
class DoUntilStatementAst(Ast):
    label: Optional[str]
    condition: Ast
    body: StatementBlockAst


@node
class FunctionDefinitionAst(Ast):
    name: str
    is_filter: bool
    parameters: tuple               # from `function f($a, $b)`; empty when param() is used
    body: ScriptBlockAst


@node
class CatchClauseAst(Ast):
    catch_types: tuple              # type names
    body: StatementBlockAst


@node
class TryStatementAst(Ast):
    body: StatementBlockAst
    catch_clauses: tuple
    finally_clause: Optional[StatementBlockAst]


@node
class TrapStatementAst(Ast):
    trap_type: Optional[str]
    body: StatementBlockAst


@node
class BreakStatementAst(Ast):
    label: Optional[Ast]


@node
class ContinueStatementAst(Ast):
    label: Optional[Ast]


@node
class ReturnStatementAst(Ast):
    pipeline: Optional[Ast]


@node
class ExitStatementAst(Ast):
    pipeline: Optional[Ast]


@node
class ThrowStatementAst(Ast):
    pipeline: Optional[Ast]


@node
class DataStatementAst(Ast):
    variable: Optional[str]
    body: StatementBlockAst


@node
class UsingStatementAst(Ast):
    kind: str
    name: str


@node
class PropertyMemberAst(Ast):
    name: str
    type_name: Optional[str]
    modifiers: tuple
    default: Optional[Ast]


@node
class FunctionMemberAst(Ast):
    name: str
    return_type: Optional[str]
    modifiers: tuple
    parameters: tuple
    body: StatementBlockAst
    base_arguments: tuple


@node
class TypeDefinitionAst(Ast):
    name: str
    is_enum: bool
    base_types: tuple
    members: tuple                  # enums: (name, value Ast or None) pairs
    attributes: tuple


@node
class AssignmentStatementAst(Ast):
    left: Ast
    operator: str                   # = += -= *= /= %= ??=
    right: Ast


@node
class PipelineAst(Ast):
    elements: tuple
    background: bool = False


@node
class PipelineChainAst(Ast):
    left: Ast
    right: Ast
    operator: str                   # && or ||
    background: bool = False


@node
class CommandParameterAst(Ast):
    name: str                       # without the dash
    argument: Optional[Ast]         # for -Name:value
    text: str = ""                  # as written, e.g. -Name


@node
class FileRedirectionAst(Ast):
    stream: str                     # 1-6 or *
    append: bool
    location: Ast


@node
class MergingRedirectionAst(Ast):
    stream: str
    to_stream: str


@node
class CommandAst(Ast):
    elements: tuple                 # command name (StringConstant or expression) then arguments
    invocation_operator: Optional[str]   # '&', '.', or None
    redirections: tuple


@node
class CommandExpressionAst(Ast):
    expression: Ast
    redirections: tuple


@node
class StopParsingAst(Ast):
    text: str


# ---------------------------------------------------------------- expressions
@node
class BinaryExpressionAst(Ast):
    operator: str                   # '+', '-', '*', '/', '%', '..', '??' or a word operator without '-'
    left: Ast
    right: Ast


@node
class UnaryExpressionAst(Ast):
    operator: str                   # '-', '+', '!', 'not', 'bnot', 'split', 'join', ','
    child: Ast


@node
class UpdateExpressionAst(Ast):
    operator: str                   # '++' or '--'
    child: Ast
    postfix: bool


@node
class TernaryExpressionAst(Ast):
    condition: Ast
    if_true: Ast
    if_false: Ast


@node
class AttributedExpressionAst(Ast):
    attribute: AttributeAst         # `[ValidateRange(1, 10)]$x`: an attribute on a variable or value
    child: Ast


@node
class ConvertExpressionAst(Ast):
    type_name: str
    child: Ast


@node
class TypeExpressionAst(Ast):
    type_name: str


@node
class ConstantExpressionAst(Ast):
    value: Any
    text: str = field(default="", compare=False, repr=False)   # a numeric literal as written (`5ul`)


@node
class StringConstantExpressionAst(Ast):
    value: str
    kind: str = "bare"              # bare, single, double, single_here, double_here


@node
class ExpandableStringExpressionAst(Ast):
    parts: tuple                    # str pieces and expression Asts, in order
    kind: str = "double"
    value: str = ""                 # the raw text between the quotes


@node
class VariableExpressionAst(Ast):
    name: str                       # without scope
    scope: str = ""                 # global, script, local, private, using, env, variable, function...
    splatted: bool = False


@node
class MemberExpressionAst(Ast):
    expression: Ast
    member: Ast                     # StringConstant for a plain name
    static: bool = False
    null_conditional: bool = False


@node
class InvokeMemberExpressionAst(Ast):
    expression: Ast
    member: Ast
    arguments: tuple
    static: bool = False
    null_conditional: bool = False


@node
class IndexExpressionAst(Ast):
    target: Ast
    index: Ast
    null_conditional: bool = False


@node
class ArrayLiteralAst(Ast):
    elements: tuple


@node
class ArrayExpressionAst(Ast):
    body: StatementBlockAst


@node
class SubExpressionAst(Ast):
    body: StatementBlockAst


@node
class ParenExpressionAst(Ast):
    pipeline: Ast


@node
class HashtableAst(Ast):
    pairs: tuple                    # of (key Ast, value statement Ast)


@node
class ScriptBlockExpressionAst(Ast):
    script_block: ScriptBlockAst


_make_inits()
