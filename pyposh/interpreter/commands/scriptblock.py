"""Script blocks as values and as commands: `& $sb`, `$sb.Invoke()`, closures, functions and filters."""
from __future__ import annotations

from pyposh.grammar import ast as A
from pyposh.interpreter.commands.function_params import bind_script_arguments
from pyposh.interpreter.commands.invocation import invoke_script_command
from pyposh.interpreter.commands.script_body import ScriptBody, script_body
from pyposh.interpreter.dotnet.registry import calling_context
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.session.flow import ReturnSignal
from pyposh.interpreter.session.scopes import Scope, module_scope_of
from pyposh.interpreter.values.conversions import to_string

_UNSET = object()


class ScriptBlock:
    """A `{ ... }` value: its body (the AST and what is compiled from it, shared by every block made from the
    same source), the runspace it belongs to, the file it came from, and (after GetNewClosure) captured
    variables."""

    __slots__ = ("body", "runspace", "script_path", "closure", "name", "text", "module")

    def __init__(self, body: ScriptBody, runspace=None, script_path=None, closure=None, text=None, module=None):
        self.module = module            # the ModuleScope of the module it was defined in: it runs below that
        self.body = body
        self.text = text                # the source between the braces (ToString), when known
        self.runspace = runspace
        self.script_path = script_path
        self.closure = closure
        self.name = ""                  # a function's name

    @property
    def ast(self) -> A.ScriptBlockAst:
        return self.body.ast

    @property
    def is_filter(self) -> bool:
        return self.body.is_filter

    @property
    def blocks(self):
        """Compiled (begin, process, end) statement blocks; None where absent."""
        return self.body.blocks

    @property
    def parameters(self):
        return self.body.parameters

    def __str__(self):
        if self.text is not None:
            return self.text
        text = self.ast.extent.text
        if text.startswith("{") and text.endswith("}"):
            return text[1:-1]
        return text

    ps_to_string = __str__
    ps_type_name = "System.Management.Automation.ScriptBlock"
    ps_properties = {"Ast": "ast", "File": "script_path"}
    ps_methods = {"Invoke": "ps_invoke", "InvokeReturnAsIs": "ps_invoke_return_as_is",
                  "GetNewClosure": "ps_get_new_closure", "ToString": "__str__"}

    def ps_invoke(self, *args):
        return self.invoke(self.runspace.current_context(), args)

    def ps_invoke_return_as_is(self, *args):
        out = self.invoke(self.runspace.current_context(), args)
        return out[0] if len(out) == 1 else (None if not out else out)

    def ps_get_new_closure(self):
        return self.get_new_closure(self.runspace.current_context())

    def __repr__(self):
        return "ScriptBlock(%r)" % str(self)

    def get_new_closure(self, ctx) -> "ScriptBlock":
        captured = {}
        scope = ctx.scope
        while scope is not None:
            for key, value in scope.vars.items():
                captured.setdefault(key, (scope.names.get(key, key), value))
            scope = scope.parent
        return ScriptBlock(self.body, self.runspace, self.script_path, captured, self.text, self.module)

    def bound_to(self, module_scope) -> "ScriptBlock":
        """The block bound to a module (`& $module { ... }`, PSModuleInfo.NewBoundScriptBlock): it runs in the
        module's scope, seeing its `$script:` variables and functions."""
        return ScriptBlock(self.body, self.runspace, self.script_path, self.closure, self.text, module_scope)

    def new_scope(self, parent: Scope) -> Scope:
        """A scope for one run: below the caller's, unless the block belongs to a module the caller is outside of:
        then below the module's scope (a module's functions and blocks see its state, not the caller's)."""
        module = self.module
        if module is not None and module_scope_of(parent) is not module:
            parent = module
        scope = Scope(parent)
        if self.closure:
            for key, (name, value) in self.closure.items():
                scope.vars[key] = value
                scope.names[key] = name
        return scope

    # -- invocation as a value (ForEach-Object, .Invoke(), .Where()) ----------------------------
    def invoke_in_scope(self, ctx, args=(), dollar_underscore=None, new_scope=False, emit=None) -> list:
        """Run in the caller's scope (or a new child scope) with `$_` set.

        Output goes to `emit` as it is produced when given (streaming), else it is returned as a list.
        """
        out = []
        isolated = new_scope or self.closure is not None
        run_ctx = ctx.child(scope=self.new_scope(ctx.scope) if isolated else ctx.scope,
                            out=emit if emit is not None else out.append)
        variables = run_ctx.scope.vars
        saved = (variables.get("_", _UNSET), variables.get("args", _UNSET))
        variables["_"] = dollar_underscore
        variables["args"] = list(args)
        if isolated:
            bind_script_arguments(self.parameters, run_ctx, list(args))
        try:
            for block in self.blocks:
                if block is not None:
                    try:
                        block(run_ctx)
                    except ReturnSignal:
                        pass
        finally:
            if not isolated:
                for key, value in zip(("_", "args"), saved):
                    if value is _UNSET:
                        variables.pop(key, None)
                    else:
                        variables[key] = value
        return out

    def invoke_with_underscore(self, item, ctx=None):
        """The protocol members.py uses for `.ForEach({...})` and `.Where({...})`."""
        ctx = ctx or self.runspace.current_context()
        return self.invoke_in_scope(ctx, (), item, new_scope=False)

    def invoke_with_args(self, args, ctx=None) -> list:
        """A delegate call (List.FindAll, [regex]::Replace with a script block): `$args` and params bound."""
        ctx = ctx or self.runspace.current_context()
        return self.invoke_in_scope(ctx, tuple(args), None, new_scope=True)

    def invoke_with_this(self, this, args=(), ctx=None) -> list:
        """A ScriptProperty or ScriptMethod: `$this` is the object, `$args` the arguments."""
        ctx = ctx or self.runspace.current_context()
        scope = self.new_scope(ctx.scope)
        scope.vars["this"] = this
        scope.names["this"] = "this"
        return self.invoke_in_scope(ctx.child(scope=scope), tuple(args), None)

    def invoke(self, ctx, args) -> list:
        """`$sb.Invoke(args)`: run as a command in a child scope; the output as a list."""
        out = []
        invoke_script_command(self, ctx, list(args), out.append)
        return out


def _create(t, text):
    """`[scriptblock]::Create(text)`: a script block of the runspace whose script calls the method."""
    text = to_string(text)
    ctx = calling_context()
    return ScriptBlock(script_body(text), ctx.runspace if ctx is not None else None, text=text)


statics("System.Management.Automation.ScriptBlock").method("Create", _create, 1)
