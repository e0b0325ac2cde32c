"""Running functions and script blocks as commands: scope, binding, begin/process/end, `$input`, `$_`."""
from __future__ import annotations

from pyposh.errors import ParameterBindingError, ScriptRuntimeError
from pyposh.interpreter.commands.binding import Binder
from pyposh.interpreter.commands.command_info import invocation_info
from pyposh.interpreter.commands.compiler import enumerate_output
from pyposh.interpreter.commands.deep_calls import run_on_fresh_stack, stack_is_deep
from pyposh.interpreter.commands.dynamic_params import has_dynamic_parameters, run_dynamic_block
from pyposh.interpreter.commands.function_params import default_value
from pyposh.interpreter.commands.requirements import check_requirements
from pyposh.interpreter.session.context import apply_common_parameters
from pyposh.interpreter.session.flow import ReturnSignal
from pyposh.interpreter.session.records import ErrorRecord, InvocationInfo
from pyposh.interpreter.session.should_process import confirm_action, should_process
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.enumerators import InputEnumerator
from pyposh.interpreter.values.objects import AUTOMATION_NULL, BoundParameters

MAX_DEPTH = 1000          # nested function and script block calls before ScriptCallDepthException


def call_depth_error(extent):
    return ScriptRuntimeError("The script failed due to call depth overflow.", "CallDepthOverflow",
                              "InvalidOperation", extent,
                              exception_type="System.Management.Automation.ScriptCallDepthException")


class ScriptCommandProcessor:
    """A function, filter or script block in a pipeline."""

    def __init__(self, script_block, ctx, args, emit, name="", dot_source=False, extent=None, invocation=None,
                 invocation_name=None):
        self.sb = script_block
        self.caller = ctx
        self.args = args
        self.emit = emit
        self.name = name
        self.dot_source = dot_source
        self.extent = extent
        self.invocation = invocation
        self.invocation_name = invocation_name      # as typed: an alias, a path, `&` or `.`
        self.info = script_block.parameters
        self.binder = None
        self.static_bound = {}
        self.dynamic = {}              # Parameter -> the RuntimeDefinedParameter the dynamicparam block returned
        self.pending_input = []
        self.expecting_input = False
        self.ctx = None

    def begin(self, expecting_input=False):
        caller = self.caller
        if caller.depth >= MAX_DEPTH:
            raise call_depth_error(self.extent)
        if self.sb.ast.requirements:         # a script file's #Requires lines
            check_requirements(caller, self.sb.ast.requirements, self.sb.script_path)
        self.expecting_input = expecting_input
        scope = caller.scope if self.dot_source else self.sb.new_scope(caller.scope)
        ctx = caller.child(scope=scope, out=self.emit)
        ctx.depth = caller.depth + 1
        if self.sb.script_path:
            ctx.script_path = self.sb.script_path
        self.ctx = ctx
        info = self.info
        command_id = self.name or "ScriptBlock"
        self.binder = Binder(info.params, self.name, command_id, info.advanced, info.default_set, caller,
                             info.should_process)
        dynamic = self._dynamic_parameters if has_dynamic_parameters(self.sb) else None
        try:
            bound, common, extra = self.binder.bind(self.args, dynamic)
            active = self.binder.active_set(bound)
            self.binder.missing_mandatory(bound, active, expecting_input)
        except ParameterBindingError as error:
            error.command_name = self.name      # ConciseView names the command: `f: Cannot validate ...`
            error.extent = error.extent or self.extent
            raise
        self.static_bound = bound
        for p, value in bound.items():
            if p in self.dynamic:
                self.dynamic[p].bind(value)
        if common:
            apply_common_parameters(ctx, common, caller.scope)
        self._set_parameters(bound)
        scope.vars["args"] = extra
        scope.names.setdefault("args", "args")
        scope.vars["input"] = InputEnumerator(self.pending_input)
        scope.vars["psboundparameters"] = BoundParameters((p.name, v) for p, v in bound.items())
        scope.names["psboundparameters"] = "PSBoundParameters"
        scope.vars["myinvocation"] = invocation_info(
            self.name, self.extent, bound, extra, invocation_name=self.invocation_name, script_block=self.sb,
            expecting_input=expecting_input, bound_parameters=scope.vars["psboundparameters"])
        if self.info.advanced:
            scope.vars["pscmdlet"] = ScriptCmdlet(self, active)
            scope.names["pscmdlet"] = "PSCmdlet"
        begin = self.sb.blocks[0]
        if begin is not None:
            self._run(begin)

    def _dynamic_parameters(self, bound) -> list:
        """The binder's call once the static parameters are bound: run the dynamicparam block in the function's
        scope, with those parameters as variables and in $PSBoundParameters."""
        self._set_parameters(bound)
        scope = self.ctx.scope
        scope.vars["psboundparameters"] = BoundParameters((p.name, v) for p, v in bound.items())
        scope.names["psboundparameters"] = "PSBoundParameters"
        self.dynamic = run_dynamic_block(self.sb, self.ctx, self.name or "ScriptBlock")
        return list(self.dynamic)

    def _set_parameters(self, bound):
        scope = self.ctx.scope
        for p in self.info.params:
            key = p.name.lower()
            if p in bound:
                value = bound[p]
            else:
                value = default_value(self.info, p, self.ctx)
            scope.set_local(key, value, p.name)
            if p.type and not p.is_switch and p.type.lower() not in ("object", "psobject"):
                scope.constrain(key, p.type)
            if p.validate_set is not None or p.validate_range is not None or p.validate_pattern is not None \
                    or p.validate_script is not None or p.validate_length is not None or p.not_null_or_empty:
                scope.add_validator(key, self.binder.variable_check(p))

    def _run(self, block):
        if stack_is_deep(self.ctx.depth):        # deep in this thread's stack: go on on a fresh one
            run_on_fresh_stack(lambda: self._run_here(block))
        else:
            self._run_here(block)

    def _run_here(self, block):
        try:
            block(self.ctx)
        except ReturnSignal:
            pass
        except RecursionError:
            raise call_depth_error(self.extent) from None

    def process(self, item):
        process = self.sb.blocks[1]
        if process is None:
            self.pending_input.append(item)
            return
        ctx = self.ctx
        if self.binder.params:
            for p, value in self.binder.bind_pipeline(self.static_bound, item).items():
                if p in self.dynamic:        # no variable: $PSBoundParameters and the parameter's Value
                    self.dynamic[p].bind(value)
                    ctx.scope.vars["psboundparameters"][p.name] = value
                else:
                    ctx.scope.set_local(p.name.lower(), value, p.name)
        ctx.scope.vars["_"] = item
        self._run(process)

    def process_no_input(self):
        process = self.sb.blocks[1]
        if process is not None:
            self._no_current_object()
            self._run(process)

    def end(self):
        end = self.sb.blocks[2]
        if end is not None:
            if self.sb.blocks[1] is None and not self.sb.is_filter:
                self._no_current_object()
            self._run(end)

    def _no_current_object(self):
        """`$_` is $null outside pipeline input, unless the command declares a parameter named `_`."""
        if not any(p.name == "_" for p in self.binder.params):
            self.ctx.scope.vars["_"] = None


def invoke_script_command(script_block, ctx, args, emit, name="", input_objects=None, dot_source=False,
                          invocation_name=None):
    """Run a script block as a whole command: positional `args`, pipeline input from `input_objects` (then
    `$input` and process blocks see it), output to `emit`. `$sb.Invoke(1, 2)`, scripts, jobs."""
    items = [("pos", a, None) for a in args]
    proc = ScriptCommandProcessor(script_block, ctx, items, emit, name, dot_source,
                                  invocation_name=invocation_name)
    proc.begin(expecting_input=input_objects is not None)
    if input_objects is None:
        proc.process_no_input()
    else:
        for item in input_objects:
            proc.process(item)
    proc.end()


class ScriptCmdlet:
    """`$PSCmdlet` in an advanced function: its parameter set, invocation, and the cmdlet methods scripts call."""

    __slots__ = ("processor", "parameter_set_name")
    ps_type_name = "System.Management.Automation.PSScriptCmdlet"
    ps_properties = {"ParameterSetName": "parameter_set_name", "MyInvocation": "my_invocation"}
    ps_methods = {"ShouldProcess": "should_process", "ShouldContinue": "should_continue",
                  "WriteObject": "write_object", "WriteError": "write_error",
                  "ThrowTerminatingError": "throw_terminating_error"}

    def __init__(self, processor, parameter_set_name):
        self.processor = processor
        self.parameter_set_name = parameter_set_name

    @property
    def my_invocation(self):
        return self.processor.ctx.scope.vars.get("myinvocation")

    def should_process(self, *args):
        """ShouldProcess(target), (target, action), or (description, warning, caption)."""
        processor = self.processor
        impact = processor.info.confirm_impact
        if len(args) >= 3:
            return should_process(processor.ctx, None, None, impact, description=to_string(args[0]))
        action = to_string(args[1]) if len(args) > 1 else processor.name
        return should_process(processor.ctx, to_string(args[0]) if args else "", action, impact)

    def should_continue(self, query, caption, *rest):
        """ShouldContinue(query, caption): always asks (unless -Confirm:$false or "... to All" said so)."""
        return confirm_action(self.processor.ctx, to_string(query), to_string(caption))

    def write_object(self, value, enumerate_collection=False):
        if enumerate_collection:
            enumerate_output(value, self.processor.emit)
        else:
            self.processor.emit(value)
        return AUTOMATION_NULL

    def write_error(self, record):
        self.processor.ctx.runspace.write_error_record(self.processor.ctx, record)
        return AUTOMATION_NULL

    def throw_terminating_error(self, record):
        """The record, with the function's name added to its error id (`MyErrorId,f`), as a terminating error."""
        processor = self.processor
        error = record.exception
        named = ErrorRecord(error, "%s,%s" % (record.error_id, processor.name), record.category, record.target,
                            InvocationInfo(processor.name, processor.extent))
        error.error_record = named
        error.script_terminating = True
        if error.extent is None:
            error.extent = processor.extent
        raise error
