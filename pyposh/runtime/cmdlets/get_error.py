"""Get-Error (Microsoft.PowerShell.Commands.GetErrorCommand): the newest errors in `$Error`, or the error records
and exceptions piped in, each in a new PSObject whose type name is its PSExtendedError one, so Out-Default shows
it in the extended error view (format/error_details.py) while `$Error` keeps its own type names."""
from __future__ import annotations

from typing import Annotated

from pyposh.interpreter.api import (
    AUTOMATION_NULL, Cmdlet, ErrorRecord, Parameter, PSObject, PyposhError, cmdlet, is_list, type_names, unwrap,
)
from pyposh.runtime.format.default_views import CustomControl, GroupBy, register_view
from pyposh.runtime.format.error_details import EXCEPTION_EXTENDED, RECORD_EXTENDED, render_extended_error

_RECORD = "System.Management.Automation.ErrorRecord"
_EXCEPTION = "System.Exception"


@cmdlet("Get-Error", aliases=("gerr",), default_set="Newest")
class GetError(Cmdlet):
    input_object: Annotated[object, Parameter(type="psobject", position=0, pipeline=True, sets=("Error",),
                                              not_null_or_empty=True)] = AUTOMATION_NULL
    newest: Annotated[int, Parameter(type="int", sets=("Newest",), aliases=("Last",),
                                     validate_range=(1, 2147483647))] = 1

    def process(self):
        if self.parameter_set == "Error" or self.input_object is not AUTOMATION_NULL:
            value = unwrap(self.input_object)
            errors = [self.input_object] if isinstance(value, (ErrorRecord, PyposhError)) else []
        else:
            found = unwrap(self.get_variable("Error"))
            errors = list(found)[:self.newest] if is_list(found) else []
        numbered = len(errors) > 1
        for index, error in enumerate(errors):
            shown = extended(error)
            if numbered:
                shown.add_note("PSErrorIndex", index)
            self.write_object(shown)


def extended(error) -> PSObject:
    """A new PSObject around the error's base object with the PSExtendedError type name in place of ErrorRecord's
    or Exception's (PSObject.AsPSObject with its type names and members kept locally)."""
    base = unwrap(error)
    names = list(type_names(error))
    notes = [error.get_member(name) for name in error.property_names()] if isinstance(error, PSObject) else []
    if _RECORD in names:
        names.insert(0, RECORD_EXTENDED)
        names.remove(_RECORD)
    if _EXCEPTION in names:
        names.insert(0, EXCEPTION_EXTENDED)
        names.remove(_EXCEPTION)
    shown = PSObject(type_names=names, base=base)
    for note in notes:
        shown.add_member(note)
    return shown


register_view((RECORD_EXTENDED, EXCEPTION_EXTENDED),
              CustomControl(render_extended_error, group_by=GroupBy("PSErrorIndex", "ErrorIndex")), "GetErrorInstance")
