"""New-Guid: a new random System.Guid (a uuid.UUID, as `[guid]::NewGuid()` makes)."""
from __future__ import annotations

import uuid

from pyposh.interpreter.api import Cmdlet, cmdlet


@cmdlet("New-Guid")
class NewGuid(Cmdlet):
    def end(self):
        self.write_object(uuid.uuid4())
