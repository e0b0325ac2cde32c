"""The members of each .NET-like value type (strings, numbers, dates, collections, regex matches, PSObject views).

Importing this package fills the member registry (registry.py) with every family's table; runspace.py does,
so a running script sees them all. Each module defines the tables of the classes it names."""
from pyposh.interpreter.dotnet import (  # noqa: F401 - StringBuilder, Version, Guid, exceptions; Type.GetProperties
    objects, reflection,
)
from pyposh.interpreter.dotnet.members import (  # noqa: F401
    collections, dates, enumeration, numbers, psobject, regex, strings,
)
