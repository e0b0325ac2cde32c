"""Running a Python cmdlet in a pipeline: binding its parameters, then begin/process/end."""
from __future__ import annotations

from pyposh.errors import ParameterBindingError
from pyposh.interpreter.commands.binding import Binder, binding_error
from pyposh.interpreter.commands.cmdlet import command_class_name
from pyposh.interpreter.session.context import apply_common_parameters
from pyposh.interpreter.session.flow import StopUpstream
from pyposh.interpreter.session.records import InvocationInfo
from pyposh.interpreter.values.conversions import to_string


class CmdletProcessor:
    def __init__(self, spec, ctx, args, emit, extent, name):
        self.spec = spec
        self.caller = ctx
        self.args = args
        self.emit = emit
        self.extent = extent
        self.name = name
        self.cmdlet = None
        self.binder = None
        self.static_bound = {}
        self.out_variable = None
        self.out_buffer = None            # -OutBuffer: objects held back
        self.out_buffer_target = None

    def begin(self, expecting_input=False):
        spec = self.spec
        ctx = self.caller.child()
        self.binder = Binder(spec.parameters, spec.name, command_class_name(spec.name), spec.common,
                             spec.default_set, self.caller, spec.should_process)
        try:
            bound, common, active = self._bind(expecting_input)
        except ParameterBindingError as error:
            error.command_name = self.name       # ConciseView names the command
            error.extent = error.extent or self.extent
            raise
        emit = self.emit
        if common:
            apply_common_parameters(ctx, common)
            if common.get("OutBuffer"):
                emit = self._buffered(emit, int(common["OutBuffer"]))
            pipeline_var = ctx.command_preferences.get("PipelineVariable")
            if pipeline_var:
                emit = self._publishing(emit, pipeline_var)
            out_var = ctx.command_preferences.get("OutVariable")
            if out_var:
                collected = self.out_variable = (out_var, [])
                downstream = emit

                def emit(value, _d=downstream, _c=collected[1]):
                    _c.append(value)
                    _d(value)
        cmdlet = spec.cls(ctx, InvocationInfo(self.name, self.extent), emit)
        cmdlet.parameter_set = active
        cmdlet.expecting_input = expecting_input
        for p in spec.parameters:
            setattr(cmdlet, p.attr, bound.get(p, p.default))
        cmdlet.bound = {p.name: v for p, v in bound.items()}
        self.static_bound = bound
        self.cmdlet = cmdlet
        self._call(cmdlet.begin)

    def _bind(self, expecting_input):
        bound, common, extra = self.binder.bind(self.args)
        if extra:
            raise binding_error("A positional parameter cannot be found that accepts argument '%s'."
                                % to_string(extra[0]), "PositionalParameterNotFound", self.binder.command_id,
                                self.extent)
        active = self.binder.active_set(bound)
        self.binder.missing_mandatory(bound, active, expecting_input)
        return bound, common, active

    def _publishing(self, downstream, name):
        """-PipelineVariable: each output object is also `$name` for the commands downstream."""
        scope = self.caller.scope
        key = name.lower()

        def emit(value):
            scope.set_local(key, value, name)
            downstream(value)
        return emit

    def _buffered(self, downstream, size):
        """-OutBuffer N: objects go downstream in groups of N + 1 (and the rest at the end)."""
        buffer = self.out_buffer = []

        def emit(value):
            buffer.append(value)
            if len(buffer) > size:
                self._flush_buffer(downstream)
        self.out_buffer_target = downstream
        return emit

    def _flush_buffer(self, downstream):
        items = list(self.out_buffer)
        self.out_buffer.clear()
        for item in items:
            downstream(item)

    def _call(self, method):
        try:
            method()
        except StopUpstream as stop:
            if stop.pipeline is None:
                stop.pipeline = self
            raise

    def process(self, item):
        cmdlet = self.cmdlet
        self.caller.runspace.check_stop()
        for p, value in self.binder.bind_pipeline(self.static_bound, item).items():
            setattr(cmdlet, p.attr, value)
            cmdlet.bound[p.name] = value
        self._call(cmdlet.process)

    def process_no_input(self):
        self._call(self.cmdlet.process)

    def end(self):
        self._call(self.cmdlet.end)
        if self.out_buffer:
            self._flush_buffer(self.out_buffer_target)
        if self.out_variable is not None:
            name, items = self.out_variable
            self.caller.set_variable(name, items[0] if len(items) == 1 else items)
