"""Control flow as cheap exceptions outside PyposhError, so a script's try/catch never catches them."""
from __future__ import annotations


class FlowControl(BaseException):
    """Base of break/continue/return/exit/stop: not an Exception, so `except Exception` lets it pass."""

    __slots__ = ()


class BreakSignal(FlowControl):
    __slots__ = ("label",)

    def __init__(self, label=None):
        self.label = label


class ContinueSignal(FlowControl):
    __slots__ = ("label",)

    def __init__(self, label=None):
        self.label = label


class ReturnSignal(FlowControl):
    """`return`; in a class method it carries the returned value's outputs (`values`)."""

    __slots__ = ("values",)

    def __init__(self, values=None):
        self.values = values


class ExitSignal(FlowControl):
    __slots__ = ("code",)

    def __init__(self, code=0):
        self.code = code


class StopUpstream(FlowControl):
    """Raised by a downstream command (Select-Object -First) to end the pipeline that feeds it."""

    __slots__ = ("pipeline",)

    def __init__(self, pipeline):
        self.pipeline = pipeline


class PipelineStopped(FlowControl):
    """The runspace's stop flag was set (Stop-Job, Ctrl+C): unwind everything."""

    __slots__ = ()
