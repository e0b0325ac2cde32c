"""Parameters of functions and script blocks: from `param()` ASTs to binder metadata, and default values."""
from __future__ import annotations

from pyposh.grammar import ast as A
from pyposh.interpreter.commands.cmdlet import Parameter
from pyposh.interpreter.commands.compiler import compile_node
from pyposh.interpreter.session.flow import ReturnSignal
from pyposh.interpreter.session.scopes import Scope
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.objects import SWITCH_ABSENT

_SWITCH_TYPES = ("switch", "switchparameter", "system.management.automation.switchparameter")


class ScriptParameters:
    """What the binder needs about a script block: its parameters, whether it is advanced, defaults (compiled
    the first time each is needed)."""

    __slots__ = ("params", "advanced", "defaults", "default_set", "names", "_compiled", "should_process",
                 "confirm_impact")

    def __init__(self, params, advanced, defaults, default_set, should_process=False, confirm_impact="Medium"):
        self.should_process = should_process      # [CmdletBinding(SupportsShouldProcess)]: -WhatIf, -Confirm
        self.confirm_impact = confirm_impact
        self.params = params
        self.advanced = advanced
        self.defaults = defaults        # lower-case parameter name -> default value AST (or None)
        self.default_set = default_set
        self.names = [p.name for p in params]
        self._compiled = {}

    def default_closure(self, name: str):
        """The compiled default value of a parameter, or None when it declares none."""
        key = name.lower()
        fn = self._compiled.get(key)
        if fn is None:
            node = self.defaults.get(key)
            if node is None:
                return None
            fn = self._compiled[key] = compile_node(node)
        return fn


def parameters_of(ast: A.ScriptBlockAst, function_parameters=()) -> ScriptParameters:
    """The parameters a script block declares: its param() block, else a function's `function f($a, $b)`."""
    declared = ast.param_block.parameters if ast.param_block is not None else ()
    declared = declared or function_parameters or ()
    advanced = False
    default_set = ""
    should_process, confirm_impact = False, "Medium"
    for attr in ast.attributes:
        if attr.type_name.lower() in ("cmdletbinding", "system.management.automation.cmdletbindingattribute"):
            advanced = True
            for named in attr.named:
                key = named.name.lower()
                if key == "defaultparametersetname" and named.value is not None:
                    default_set = _constant(named.value)
                elif key == "supportsshouldprocess":
                    should_process = named.value is None or bool(_constant(named.value))
                elif key == "confirmimpact" and named.value is not None:
                    impact = named.value          # 'High', or [System.Management.Automation.ConfirmImpact]::High
                    if isinstance(impact, A.MemberExpressionAst):
                        impact = impact.member
                    confirm_impact = str(_constant(impact) or "Medium")
    params = []
    defaults = {}
    explicit_positions = False
    for decl in declared:
        p = Parameter(name=decl.name, attr=decl.name)
        for attr in decl.attributes:
            if isinstance(attr, A.TypeConstraintAst):
                p.type = attr.type_name
                continue
            kind = attr.type_name.lower()
            if kind == "parameter":
                advanced = True
                _apply_parameter_attribute(p, attr)
            elif kind == "alias":
                p.aliases = tuple(str(_constant(a)) for a in attr.positional)
            else:
                apply_validation_attribute(p, attr)
        if p.position is not None:
            explicit_positions = True
        if p.type and p.type.lower() in _SWITCH_TYPES:
            p.type = "switch"
        params.append(p)
        defaults[p.name.lower()] = decl.default
    position = 0
    for p in params:
        if p.is_switch:
            continue
        if not explicit_positions and p.position is None:
            p.position = position
            position += 1
        p.mandatory_sets = p.sets if p.mandatory else ()
    return ScriptParameters(params, advanced, defaults, default_set, should_process, confirm_impact)


def apply_validation_attribute(p: Parameter, attr) -> bool:
    """Record a [Validate...()] attribute on a parameter (or a variable); False for other attributes."""
    kind = attr.type_name.lower()
    if kind == "validateset":
        p.validate_set = tuple(_constant(a) for a in attr.positional)
    elif kind == "validaterange" and len(attr.positional) == 2:
        p.validate_range = (_constant(attr.positional[0]), _constant(attr.positional[1]))
    elif kind == "validatenotnullorempty":
        p.not_null_or_empty = True
    elif kind == "validatepattern" and attr.positional:
        p.validate_pattern = str(_constant(attr.positional[0]))
    elif kind == "validatescript" and attr.positional and isinstance(attr.positional[0], A.ScriptBlockExpressionAst):
        p.validate_script = ValidationScript(attr.positional[0])
    elif kind == "validatecount" and len(attr.positional) == 2:
        p.validate_count = (_constant(attr.positional[0]), _constant(attr.positional[1]))
    elif kind == "validatelength" and len(attr.positional) == 2:
        p.validate_length = (_constant(attr.positional[0]), _constant(attr.positional[1]))
    elif kind == "validatenotnull":
        p.allow_null = False
    else:
        return False
    return True


class ValidationScript:
    """A [ValidateScript({...})] block: run in a child scope of the caller with `$_` set to the value; the
    binder checks that its output is true. Compiled the first time it runs."""

    __slots__ = ("node", "_body")

    def __init__(self, node: A.ScriptBlockExpressionAst):
        self.node = node
        self._body = None

    def __str__(self):
        return self.node.extent.text[1:-1]

    def run(self, ctx, value) -> list:
        if self._body is None:
            self._body = compile_node(self.node.script_block)
        scope = Scope(ctx.scope)
        scope.vars["_"] = value
        scope.vars["args"] = []
        out = []
        try:
            self._body(ctx.child(scope=scope, out=out.append))
        except ReturnSignal:
            pass
        return out


def _constant(node):
    if isinstance(node, (A.ConstantExpressionAst, A.StringConstantExpressionAst)):
        return node.value
    if isinstance(node, A.ExpandableStringExpressionAst):
        return node.value
    if isinstance(node, A.VariableExpressionAst):
        return {"true": True, "false": False, "null": None}.get(node.name.lower(), node.name)
    if isinstance(node, A.UnaryExpressionAst) and node.operator == "-":
        return -_constant(node.child)
    if isinstance(node, A.ArrayLiteralAst):
        return [_constant(e) for e in node.elements]
    return None


def _apply_parameter_attribute(p: Parameter, attr):
    for arg in attr.named:
        name = arg.name.lower()
        value = True if arg.value is None else _constant(arg.value)
        if name == "mandatory":
            p.mandatory = bool(value)
        elif name == "position":
            p.position = int(value)
        elif name == "valuefrompipeline":
            p.pipeline = bool(value)
        elif name == "valuefrompipelinebypropertyname":
            p.pipeline_by_property = bool(value)
        elif name == "valuefromremainingarguments":
            p.remaining = bool(value)
        elif name == "parametersetname":
            p.sets = tuple(p.sets) + (str(value),)


def bind_script_arguments(info: ScriptParameters, ctx, args):
    """Bind plain positional arguments of `$sb.Invoke(...)`-style calls into the script block's scope."""
    scope = ctx.scope
    rest = list(args)
    for p in info.params:
        if rest and not p.is_switch:
            value = rest.pop(0)
        else:
            value = default_value(info, p, ctx)
        scope.set_local(p.name.lower(), value, p.name)
    scope.vars["args"] = rest


def default_value(info: ScriptParameters, p: Parameter, ctx):
    default = info.default_closure(p.name)
    if default is not None:
        value = default(ctx)
        if value is not None and p.type and not p.is_switch:
            value = convert_to(value, p.type)      # `[string[]]$p = 'a'` is an array of one string
        return value
    if p.is_switch:
        return SWITCH_ABSENT
    if p.type:
        lower = p.type.lower()
        if lower in ("int", "long", "double", "int32", "int64", "byte", "decimal", "float", "single"):
            return 0
        if lower in ("string", "system.string"):
            return ""
        if lower in ("bool", "boolean", "system.boolean"):
            return False
    return None
