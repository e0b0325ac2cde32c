"""The .NET library: the modules that fill the static-member and constructor tables ([math], [string],
[datetime], [Environment], [regex], [enum], constructors of collections, builders and exceptions).

They are imported the first time a script touches a static member or a constructor, not at start-up:
importing this module only installs that loader in static_members.py (runspace.py imports it)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import static_members


def load():
    # start-up: the library takes ~10 ms to import; a script that touches no static member never pays it
    from pyposh.interpreter.dotnet import constructors  # noqa: F401
    from pyposh.interpreter.dotnet.members import regex  # noqa: F401
    from pyposh.interpreter.dotnet.statics import enums, numbers, system, text  # noqa: F401


static_members.use_library(load)
