"""Parameters of functions and script blocks: from `param()` ASTs to binder metadata, and default values."""
from __future__ import annotations

from pyposh.grammar import ast as A
from pyposh.interpreter.commands.cmdlet import Parameter

_SWITCH_TYPES = ("switch", "switchparameter", "system.management.automation.switchparameter")


class ScriptParameters:
    """What the binder needs about a script block: its parameters, whether it is advanced, defaults."""

    __slots__ = ("params", "advanced", "defaults", "default_set", "names")

    def __init__(self, params, advanced, defaults, default_set):
        self.params = params
        self.advanced = advanced
        self.defaults = defaults        # Parameter -> default value AST (or None)
        self.default_set = default_set
        self.names = [p.name for p in params]


_cache: dict = {}


def parameters_of(script_block) -> ScriptParameters:
    ast = script_block.ast
    entry = _cache.get(id(ast))
    if entry is not None and entry[0] is ast:
        return entry[1]
    declared = ast.param_block.parameters if ast.param_block is not None else ()
    declared = declared or getattr(script_block, "function_parameters", ()) or ()
    advanced = False
    default_set = ""
    for attr in ast.attributes:
        if attr.type_name.lower() in ("cmdletbinding", "system.management.automation.cmdletbindingattribute"):
            advanced = True
            for named in attr.named:
                if named.name.lower() == "defaultparametersetname" and named.value is not None:
                    default_set = _constant(named.value)
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
    result = ScriptParameters(params, advanced, defaults, default_set)
    _cache[id(ast)] = (ast, result)
    return result


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
    elif kind == "validatescript" and attr.positional:
        p.validate_script = attr.positional[0]
    elif kind == "validatecount" and len(attr.positional) == 2:
        p.validate_count = (_constant(attr.positional[0]), _constant(attr.positional[1]))
    elif kind == "validatelength" and len(attr.positional) == 2:
        p.validate_length = (_constant(attr.positional[0]), _constant(attr.positional[1]))
    elif kind == "validatenotnull":
        p.allow_null = False
    else:
        return False
    return True


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


def bind_script_arguments(script_block, ctx, args):
    """Bind plain positional arguments of `$sb.Invoke(...)`-style calls into the script block's scope."""
    info = parameters_of(script_block)
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
    default_ast = info.defaults.get(p.name.lower())
    if default_ast is not None:
        from pyposh.interpreter.commands.compiler import compile_node
        return compile_node(default_ast)(ctx)
    if p.is_switch:
        from pyposh.interpreter.values.objects import SWITCH_ABSENT
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
