"""Measure-Command: how long a script block takes, run in the caller's scope with its output discarded."""
from __future__ import annotations

import datetime
import time
from typing import Annotated

from pyposh.interpreter.api import AUTOMATION_NULL, Cmdlet, Parameter, cmdlet


def _discard(_value) -> None:
    """The null pipe PowerShell gives the block: its output goes nowhere."""


@cmdlet("Measure-Command")
class MeasureCommand(Cmdlet):
    input_object: Annotated[object, Parameter(pipeline=True)] = AUTOMATION_NULL
    expression: Annotated[object, Parameter(type="scriptblock", position=0, mandatory=True)] = None

    def begin(self):
        self.elapsed = 0.0

    def process(self):
        """Time one run of the block, with the piped object as `$_` (TimeExpressionCommand.cs)."""
        if self.input_object is AUTOMATION_NULL and self.expecting_input:
            return
        item = None if self.input_object is AUTOMATION_NULL else self.input_object
        start = time.perf_counter()
        self.expression.invoke_in_scope(self.ctx, (), item, new_scope=False, emit=_discard)
        self.elapsed += time.perf_counter() - start

    def end(self):
        self.write_object(datetime.timedelta(seconds=self.elapsed))
