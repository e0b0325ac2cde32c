"""The switch statement: exact, wildcard and regex clauses, script block conditions, arrays and -file."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError
from pyposh.grammar import ast as A
from pyposh.interpreter.commands.compiler import compile_node, compiles
from pyposh.interpreter.evaluate.assignment import compile_statement_value
from pyposh.interpreter.session.flow import BreakSignal, ContinueSignal
from pyposh.interpreter.values import conversions, operators
from pyposh.interpreter.values.enumerators import LoopEnumerator, iterate_value


@compiles(A.SwitchStatementAst)
def compile_switch_statement(node):
    flags = set(node.flags)
    case = "c" if "casesensitive" in flags else "i"
    if "regex" in flags:
        mode = "regex"
    elif "wildcard" in flags:
        mode = "wildcard"
    else:
        mode = "exact"
    source = compile_statement_value(node.condition) if node.condition is not None else None
    file_fn = compile_node(node.file) if node.file is not None else None
    clauses = []
    for cond, body in node.clauses:
        if isinstance(cond, A.ScriptBlockExpressionAst):
            clauses.append(("script", compile_node(cond), compile_node(body)))
        else:
            clauses.append(("value", compile_node(cond), compile_node(body)))
    default = compile_node(node.default) if node.default is not None else None
    label = node.label
    to_bool = conversions.to_bool

    def matches(ctx, kind, cond, item):
        if kind == "script":
            sb = cond(ctx)
            return any(to_bool(v) for v in sb.invoke_in_scope(ctx, (), item))
        pattern = cond(ctx)
        if mode == "regex":
            result, found = operators.match_operation(case + "match", conversions.to_string(item), pattern)
            if result and found is not None:
                ctx.set_variable("Matches", found)
            return result
        if mode == "wildcard":
            return operators.binary_operation(case + "like", conversions.to_string(item), pattern)
        if isinstance(pattern, str) or isinstance(item, str):
            return operators.binary_operation(case + "eq", conversions.to_string(item), conversions.to_string(pattern))
        return operators.binary_operation(case + "eq", item, pattern)

    def run_switch(ctx):
        if file_fn is not None:
            path = ctx.runspace.resolve_path(conversions.to_string(file_fn(ctx)))
            try:
                with open(path, encoding="utf-8-sig") as f:
                    items = f.read().splitlines()
            except OSError:
                raise ScriptRuntimeError("Cannot find path '%s' because it does not exist." % path,
                                         "PathNotFound", "ObjectNotFound", node.extent) from None
        else:
            value = source(ctx)
            items = iterate_value(value) if value is not None else (None,)
        scope = ctx.scope
        saved = scope.vars.get("_")
        enumerator = LoopEnumerator(items)
        outer = scope.vars.get("switch")
        scope.vars["switch"] = enumerator          # $switch: MoveNext() in a clause skips ahead
        try:
            while enumerator.move_next():
                item = enumerator.current_item
                scope.vars["_"] = item
                matched = False
                try:
                    for kind, cond, body in clauses:
                        if matches(ctx, kind, cond, item):
                            matched = True
                            body(ctx)
                    if not matched and default is not None:
                        default(ctx)
                except ContinueSignal as signal:
                    if signal.label is not None and (label is None or signal.label.lower() != label.lower()):
                        raise
                    continue
        except BreakSignal as signal:
            if signal.label is not None and (label is None or signal.label.lower() != label.lower()):
                raise
        finally:
            scope.vars["_"] = saved
            scope.vars["switch"] = outer
    return run_switch
