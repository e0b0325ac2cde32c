"""`$MyInvocation`: an InvocationInfo object for the running function or script."""
from __future__ import annotations

from pyposh.interpreter.values import Hashtable, PSObject


def invocation_info(name, extent, bound, unbound) -> PSObject:
    obj = PSObject(type_names=["System.Management.Automation.InvocationInfo", "System.Object"])
    obj.add_note("MyCommand", name)
    obj.add_note("InvocationName", name)
    obj.add_note("BoundParameters", Hashtable((p.name, v) for p, v in bound.items()))
    obj.add_note("UnboundArguments", list(unbound))
    obj.add_note("ScriptLineNumber", extent.start_line if extent is not None else 0)
    obj.add_note("OffsetInLine", extent.start_column if extent is not None else 0)
    obj.add_note("ScriptName", (extent.file or "") if extent is not None else "")
    obj.add_note("Line", extent.source.line_text(extent.start_line) if extent is not None else "")
    obj.add_note("PSScriptRoot", "")
    obj.add_note("PSCommandPath", (extent.file or "") if extent is not None else "")
    return obj
