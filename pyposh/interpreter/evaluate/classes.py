"""`class` definitions: properties (typed, with defaults, static, hidden, validation attributes), constructors
(`: base(...)`, `static C()`), methods (overloads, static, `$this`, only `return`'s value as the result), inheritance
from script classes and from List[T]. The class becomes a type when the definition statement runs
(dotnet/script_classes.py shapes it); member bodies run in a scope of their own below the scope the class was
defined in."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.binding import Binder
from pyposh.interpreter.commands.cmdlet import Parameter
from pyposh.interpreter.commands.compiler import compile_node
from pyposh.interpreter.commands.function_params import apply_validation_attribute
from pyposh.interpreter.dotnet import script_classes as sc
from pyposh.interpreter.dotnet.registry import DotNetException, collapse
from pyposh.interpreter.evaluate.assignment import compile_statement_value
from pyposh.interpreter.session.flow import ReturnSignal
from pyposh.interpreter.session.scopes import MethodScope
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.types import resolve_type


def compile_class(node: A.TypeDefinitionAst):
    properties = [m for m in node.members if isinstance(m, A.PropertyMemberAst)]
    functions = [m for m in node.members if isinstance(m, A.FunctionMemberAst)]
    defaults = {p.name: compile_statement_value(p.default) if p.default is not None else None for p in properties}
    bodies = [(f, compile_node(f.body), [compile_node(a) for a in f.base_arguments]) for f in functions]

    def define(ctx):
        base, base_type, element_type = _base(node, ctx)
        script_class = sc.ScriptClass(node.name, base, base_type, element_type)
        runspace, defining_scope = ctx.runspace, ctx.scope
        for prop in properties:
            modifiers = {m.lower() for m in prop.modifiers}
            default = defaults[prop.name]
            script_class.properties[prop.name.lower()] = sc.PropertyDef(
                prop.name, prop.type_name, "static" in modifiers, "hidden" in modifiers,
                None if default is None else _evaluator(default, runspace, defining_scope),
                _validator(prop, ctx))
        for function, body, base_arguments in bodies:
            modifiers = {m.lower() for m in function.modifiers}
            names = [p.name for p in function.parameters]
            types = [_parameter_type(p) for p in function.parameters]
            static = "static" in modifiers
            run = _runner(body, names, runspace, defining_scope, function.return_type, static)
            if function.name.lower() == node.name.lower():
                if static:
                    script_class.static_constructor = sc.Overload((), run)
                    continue
                base_call = _base_arguments(base_arguments, names, runspace, defining_scope) \
                    if function.base_arguments else None
                script_class.constructors.overloads.append(sc.Overload(types, run, None, base_call))
                continue
            table = script_class.static_methods if static else script_class.methods
            method = table.get(function.name.lower())
            if method is None:
                method = table[function.name.lower()] = sc.MethodDef(function.name, static)
            method.hidden = method.hidden or "hidden" in modifiers   # one hidden overload hides them all
            method.overloads.append(sc.Overload(types, run, function.return_type or "void"))
        _inherit_overloads(script_class)
        sc.define_class(script_class)
    return define


def _validator(prop: A.PropertyMemberAst, ctx):
    """The check a property's validation attributes make on each value set (ClassOps.ValidateSetProperty: the
    attribute's own message, as a ValidationMetadataException), or None without such attributes."""
    spec = Parameter(name=prop.name)
    if not [a for a in prop.attributes if apply_validation_attribute(spec, a)]:
        return None
    binder = Binder([spec], prop.name, prop.name, False, ctx=ctx)

    def validate(value):
        reason = binder.validation_failure(spec, value)
        if reason is not None:
            raise DotNetException("System.Management.Automation.ValidationMetadataException", reason)
    return validate


def _base(node, ctx):
    """The script class this one derives from (None when none), its .NET base type's name, and T when that base
    is System.Collections.Generic.List[T] (None otherwise); other bases are interfaces."""
    for name in node.base_types:
        found = sc.resolve_script_class(name)
        if found is not None and resolve_type(name) is not None:
            return found, found.name, None
    for name in node.base_types:
        if resolve_type(name) is None:
            raise ScriptRuntimeError("Unable to find type [%s]." % name, "TypeNotFound", "InvalidOperation",
                                     node.extent)
    first = resolve_type(node.base_types[0]) if node.base_types else None
    if first is not None and first.definition == "System.Collections.Generic.List`1" and first.args:
        return None, first.full_name, first.args[0].full_name
    return None, "System.Object", None


def _inherit_overloads(script_class):
    """A method that overrides some overloads of a base method keeps the base's other overloads."""
    if script_class.base is None:
        return
    for methods, find in ((script_class.methods, script_class.base.find_method),
                          (script_class.static_methods, script_class.base.find_static_method)):
        for name, method in methods.items():
            inherited = find(name)
            if inherited is None:
                continue
            counts = {len(o.parameter_types) for o in method.overloads}
            method.overloads.extend(o for o in inherited.overloads if len(o.parameter_types) not in counts)


def _parameter_type(parameter):
    return next((a.type_name for a in parameter.attributes if isinstance(a, A.TypeConstraintAst)), None)


def _evaluator(fn, runspace, defining_scope):
    """A property's default: evaluated with `$this` set to the object being made (None for a static one)."""
    def evaluate(this):
        scope = _method_scope(defining_scope, (), (), this, this is None)
        return fn(runspace.current_context().child(scope=scope))
    return evaluate


def _method_scope(defining_scope, names, args, this, static):
    scope = MethodScope(defining_scope)
    if not static:
        scope.vars["this"] = this
        scope.names["this"] = "this"
    for name, value in zip(names, args, strict=False):
        scope.set_local(name.lower(), value, name)
    return scope


def _runner(body, names, runspace, defining_scope, return_type, static):
    """run(this, args): the body in a method scope; the result is what `return` gave, of the return type."""
    returns_value = return_type is not None and return_type.lower() not in ("void", "system.void")

    def run(this, args):
        caller = runspace.current_context()
        scope = _method_scope(defining_scope, names, args, this, static)
        discarded = []
        # A statement-terminating error ends the method (ScriptBlock.InvokeAsMemberFunction sets
        # PropagateExceptionsToEnclosingStatementBlock), as inside `try`.
        runspace.try_depth += 1
        try:
            body(caller.child(scope=scope, out=discarded.append))
        except ReturnSignal as signal:
            if returns_value and signal.values is not None:
                value = collapse(signal.values)
                return value if value is None else convert_to(value, return_type)
        finally:
            runspace.try_depth -= 1
        return None
    return run


def _base_arguments(arguments, names, runspace, defining_scope):
    """A constructor's `: base(...)`: the arguments, evaluated where the constructor's parameters are set."""
    def evaluate(this, args):
        caller = runspace.current_context()
        scope = _method_scope(defining_scope, names, args, this, False)
        context = caller.child(scope=scope)
        return [fn(context) for fn in arguments]
    return evaluate
