"""The embedding API: a Runspace for Python programs, `run()`, and `@cmdlet` for Python functions."""
from __future__ import annotations

import inspect
import threading
import typing

from pyposh.errors import PipelineStoppedError, PyposhError, RunspaceBusyError, ScriptExitError
from pyposh.interpreter.api import GLOBAL_CMDLETS, Cmdlet, Parameter, cmdlet as declare_cmdlet
from pyposh.runtime.host import CapturingHost
from pyposh.runtime.session import new_runspace


class Runspace:
    """A PowerShell engine for a Python program. A context manager: leaving it stops its jobs and children.

        with pyposh.Runspace() as rs:
            rs.invoke('1..3 | ForEach-Object { $_ * 2 }')   # [2, 4, 6]
    """

    def __init__(self, location: str | None = None):
        self.host = CapturingHost()
        self.engine = new_runspace(self.host, location=location)
        self._busy = threading.Lock()       # one pipeline at a time
        self._timed_out = None
        self.errors: list = []
        self.warnings: list = []
        self.verbose: list = []
        self.debug: list = []
        self.information: list = []

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        """Stop and remove the jobs this runspace started, and stop what it runs."""
        self.engine.close()

    def stop(self):
        """Stop the pipeline running now (from any thread): its `invoke` raises PipelineStoppedError, programs it
        started are ended, and the runspace stays usable."""
        self.engine.stop()

    def invoke(self, script: str, input=None, variables=None, timeout: float | None = None,
               wait: bool = True) -> list:
        """Run script text; returns the output objects. Records of the other streams land in the attributes
        errors, warnings, verbose, debug and information.

        Raises only PyposhError subclasses, each with `output` (what the script wrote before): a terminating
        error; ParseError; PipelineStoppedError after `stop()` or `timeout` seconds; ScriptExitError for
        `exit N` (`.code`). One pipeline runs at a time: a second caller waits, or with `wait=False` gets
        RunspaceBusyError at once."""
        if not self._busy.acquire(blocking=wait):
            raise RunspaceBusyError()
        timer = None
        try:
            self.engine.stop_event.clear()      # a stop ends one pipeline, not the runspace
            self.host.errors.clear()
            self.host.informational.clear()
            self.host.information.clear()
            if timeout is not None:
                timer = threading.Timer(timeout, self._time_out, (timeout,))
                timer.daemon = True
                timer.start()
            try:
                return self.engine.invoke(script, input=input, variables=variables)
            except PipelineStoppedError as stopped:
                if self._timed_out is not None:
                    raise PipelineStoppedError("The script was stopped because it ran longer than the time limit "
                                               "(%g seconds)." % self._timed_out, stopped.output,
                                               "ScriptTimedOut") from None
                raise
            finally:
                self.errors = list(self.host.errors)
                self.warnings = [r for r in self.host.informational if r.kind == "Warning"]
                self.verbose = [r for r in self.host.informational if r.kind == "Verbose"]
                self.debug = [r for r in self.host.informational if r.kind == "Debug"]
                self.information = list(self.host.information)
        finally:
            if timer is not None:
                timer.cancel()
            self._timed_out = None
            self._busy.release()

    def _time_out(self, seconds: float):
        self._timed_out = seconds
        self.engine.stop()

    def set_variable(self, name: str, value) -> None:
        """A global variable of this runspace."""
        self.engine.set_variable(name, value)

    def get_variable(self, name: str, default=None):
        """A global variable's value, or `default` when it does not exist."""
        return self.engine.get_variable(name, default)

    def cmdlet(self, name: str, pipeline: str | None = None, aliases: tuple = ()):
        """`@rs.cmdlet(...)`: like `pyposh.cmdlet`, but the command exists in this runspace only."""
        return _registrar(self.engine.cmdlets, name, pipeline, aliases)


def run(script: str, **variables) -> list:
    """Run script text in a fresh runspace and return its output."""
    with Runspace() as rs:
        return rs.invoke(script, variables=variables)


_TYPE_NAMES = {str: "string", int: "int", float: "double", bool: "switch", dict: "hashtable", list: "object[]"}


def cmdlet(name: str, pipeline: str | None = None, aliases: tuple = ()):
    """Register a Python function as a cmdlet of every runspace in the process (`rs.cmdlet` registers it with
    one runspace only). Parameters come from its signature and type hints; `pipeline` names the parameter that
    takes pipeline input. Return values (iterables are enumerated) are written to the pipeline.

        @pyposh.cmdlet("Get-Double", pipeline="value")
        def get_double(value: int) -> int:
            return value * 2
    """
    return _registrar(GLOBAL_CMDLETS, name, pipeline, aliases)


def _registrar(catalog, name: str, pipeline: str | None, aliases: tuple):
    """A decorator that declares a Python function as a cmdlet and adds it to `catalog`."""
    def register(fn):
        cls = _cmdlet_class(fn, pipeline)
        declare_cmdlet(name, aliases=aliases)(cls)
        catalog.add(cls.spec)
        fn.cmdlet_class = cls
        return fn
    return register


def _cmdlet_class(fn, pipeline: str | None) -> type:
    """A Cmdlet subclass calling `fn` once per pipeline object (or once, without input)."""
    signature = inspect.signature(fn)
    hints = typing.get_type_hints(fn)
    annotations = {}
    defaults = {}
    for position, (pname, param) in enumerate(signature.parameters.items()):
        hint = hints.get(pname, object)
        type_name = _TYPE_NAMES.get(hint)
        mandatory = param.default is inspect.Parameter.empty and hint is not bool
        annotations[pname] = typing.Annotated[object, Parameter(
            type=type_name, position=None if hint is bool else position, mandatory=mandatory,
            pipeline=(pname == pipeline))]
        defaults[pname] = None if param.default is inspect.Parameter.empty else param.default

    def process(self):
        kwargs = {p: getattr(self, p) for p in annotations}
        result = fn(**kwargs)
        if result is None:
            return
        if isinstance(result, (list, tuple)) or inspect.isgenerator(result):
            for item in result:
                self.write_object(item)
        else:
            self.write_object(result)

    return type(fn.__name__, (Cmdlet,), dict(defaults, __annotations__=annotations, process=process,
                                              __doc__=fn.__doc__, __module__=fn.__module__))


__all__ = ["Runspace", "run", "cmdlet", "PyposhError", "PipelineStoppedError", "ScriptExitError", "RunspaceBusyError"]
