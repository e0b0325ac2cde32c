"""The one exception tree: parse, binding and runtime errors, each with an error id, a category and an extent."""
from __future__ import annotations

import errno
import os
import sys
import traceback

# .NET exception type names and their base types, so `catch [T]` can match any ancestor.
EXCEPTION_BASES: dict[str, str] = {
    "System.Exception": "",
    "System.SystemException": "System.Exception",
    "System.ApplicationException": "System.Exception",
    "System.ArithmeticException": "System.SystemException",
    "System.DivideByZeroException": "System.ArithmeticException",
    "System.OverflowException": "System.ArithmeticException",
    "System.ArgumentException": "System.SystemException",
    "System.ArgumentNullException": "System.ArgumentException",
    "System.ArgumentOutOfRangeException": "System.ArgumentException",
    "System.FormatException": "System.SystemException",
    "System.InvalidCastException": "System.SystemException",
    "System.InvalidOperationException": "System.SystemException",
    "System.OutOfMemoryException": "System.SystemException",
    "System.NotSupportedException": "System.SystemException",
    "System.NotImplementedException": "System.SystemException",
    "System.NullReferenceException": "System.SystemException",
    "System.IndexOutOfRangeException": "System.SystemException",
    "System.Collections.Generic.KeyNotFoundException": "System.SystemException",
    "System.TimeoutException": "System.SystemException",
    "System.IO.IOException": "System.SystemException",
    "System.IO.FileNotFoundException": "System.IO.IOException",
    "System.IO.DirectoryNotFoundException": "System.IO.IOException",
    "System.UnauthorizedAccessException": "System.SystemException",
    "System.Management.Automation.RuntimeException": "System.SystemException",
    "System.Management.Automation.ParseException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.ParameterBindingException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.CommandNotFoundException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.ItemNotFoundException": "System.Management.Automation.SessionStateException",
    "System.Management.Automation.SessionStateException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.DriveNotFoundException": "System.Management.Automation.SessionStateException",
    "System.Management.Automation.PSInvalidCastException": "System.InvalidCastException",
    "System.Management.Automation.PSArgumentException": "System.ArgumentException",
    "System.Management.Automation.PSArgumentOutOfRangeException": "System.ArgumentOutOfRangeException",
    "System.Management.Automation.PSInvalidOperationException": "System.InvalidOperationException",
    "System.Management.Automation.MethodInvocationException": "System.Management.Automation.MethodException",
    "System.Management.Automation.MethodException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.PropertyNotFoundException": "System.Management.Automation.ExtendedTypeSystemException",
    "System.Management.Automation.ExtendedTypeSystemException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.SetValueInvocationException": "System.Management.Automation.SetValueException",
    "System.Management.Automation.SetValueException": "System.Management.Automation.ExtendedTypeSystemException",
    "System.Management.Automation.ValidationMetadataException": "System.Management.Automation.MetadataException",
    "System.Management.Automation.ArgumentTransformationMetadataException":
        "System.Management.Automation.MetadataException",
    "System.Management.Automation.MetadataException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.ActionPreferenceStopException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.PipelineStoppedException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.ScriptCallDepthException": "System.SystemException",
    "System.Management.Automation.WildcardPatternException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.JobFailedException": "System.SystemException",
    "System.Management.Automation.RemoteException": "System.Management.Automation.RuntimeException",
    "System.Management.Automation.Runspaces.InvalidRunspaceStateException": "System.SystemException",
    "System.Management.Automation.Remoting.PSRemotingTransportException":
        "System.Management.Automation.RuntimeException",
    "System.Management.Automation.Remoting.PSRemotingDataStructureException":
        "System.Management.Automation.RuntimeException",
    "Microsoft.PowerShell.Commands.WriteErrorException": "System.SystemException",
}


def exception_type_chain(type_name: str) -> list[str]:
    """The type and all its base types, most derived first."""
    chain = []
    name = type_name
    while name:
        chain.append(name)
        name = EXCEPTION_BASES.get(name, "System.Exception" if name != "System.Exception" else "")
    return chain


# The HResult each exception type's constructors set (.NET's HResults.cs; PowerShell's exceptions derive from
# SystemException and keep COR_E_SYSTEM). A type not listed takes its nearest listed base type's value.
HRESULTS: dict[str, int] = {
    "System.Exception": -2146233088,                          # COR_E_EXCEPTION
    "System.SystemException": -2146233087,                    # COR_E_SYSTEM
    "System.ApplicationException": -2146232832,               # COR_E_APPLICATION
    "System.ArithmeticException": -2147024362,                # COR_E_ARITHMETIC
    "System.DivideByZeroException": -2147352558,              # COR_E_DIVIDEBYZERO
    "System.OverflowException": -2146233066,                  # COR_E_OVERFLOW
    "System.ArgumentException": -2147024809,                  # COR_E_ARGUMENT
    "System.ArgumentNullException": -2147467261,              # E_POINTER
    "System.ArgumentOutOfRangeException": -2146233086,        # COR_E_ARGUMENTOUTOFRANGE
    "System.FormatException": -2146233033,                    # COR_E_FORMAT
    "System.InvalidCastException": -2147467262,               # COR_E_INVALIDCAST
    "System.InvalidOperationException": -2146233079,          # COR_E_INVALIDOPERATION
    "System.NotSupportedException": -2146233067,              # COR_E_NOTSUPPORTED
    "System.NotImplementedException": -2147467263,            # E_NOTIMPL
    "System.NullReferenceException": -2147467261,             # COR_E_NULLREFERENCE
    "System.IndexOutOfRangeException": -2146233080,           # COR_E_INDEXOUTOFRANGE
    "System.Collections.Generic.KeyNotFoundException": -2146232969,  # COR_E_KEYNOTFOUND
    "System.TimeoutException": -2146233083,                   # COR_E_TIMEOUT
    "System.IO.IOException": -2146232800,                     # COR_E_IO
    "System.IO.FileNotFoundException": -2147024894,           # COR_E_FILENOTFOUND
    "System.IO.DirectoryNotFoundException": -2147024893,      # COR_E_DIRECTORYNOTFOUND
    "System.UnauthorizedAccessException": -2147024891,        # COR_E_UNAUTHORIZEDACCESS
}


def hresult_of(type_name: str) -> int:
    """`$exception.HResult` of an exception of this type made by its usual constructors."""
    for name in exception_type_chain(type_name):
        if name in HRESULTS:
            return HRESULTS[name]
    return HRESULTS["System.Exception"]


class PyposhError(Exception):
    """Root of every error pyposh raises on purpose.

    `error_id` is PowerShell's id (`MissingEndCurlyBrace`, `CommandNotFoundException`), `category` its
    ErrorCategory name, `extent` the source span (a grammar Extent, or None), and `exception_type`
    the .NET exception type name scripts catch by.
    """

    exception_type = "System.Management.Automation.RuntimeException"
    default_category = "NotSpecified"

    def __init__(self, message: str, error_id: str = "", category: str = "", extent=None,
                 exception_type: str | None = None, target=None, inner=None):
        super().__init__(message)
        self.message = message
        self.error_id = error_id or type(self).__name__
        self.category = category or self.default_category
        self.extent = extent
        self.target = target
        self.inner = inner
        if exception_type:
            self.exception_type = exception_type

    def __str__(self):
        return self.message


class ParseError(PyposhError):
    """Script text that is not valid PowerShell. `errors` may hold more than one (first is reported)."""

    exception_type = "System.Management.Automation.ParseException"
    default_category = "ParserError"

    def __init__(self, message, error_id, extent=None, incomplete: bool = False):
        super().__init__(message, error_id, "ParserError", extent)
        self.incomplete = incomplete  # True when more input could complete it (REPL continuation)


class ScriptRuntimeError(PyposhError):
    """A terminating error raised while running a script (PowerShell's RuntimeException and kin)."""


class ParameterBindingError(PyposhError):
    """A command's arguments could not be bound to its parameters."""

    exception_type = "System.Management.Automation.ParameterBindingException"
    default_category = "InvalidArgument"


class CommandNotFoundError(PyposhError):
    """A command name that resolves to nothing."""

    exception_type = "System.Management.Automation.CommandNotFoundException"
    default_category = "ObjectNotFound"


class DotNetException(ScriptRuntimeError):
    """A .NET exception thrown inside a method or constructor; the caller wraps it as PowerShell does."""

    def __init__(self, exception_type: str, message: str):
        super().__init__(message, exception_type.rsplit(".", 1)[-1], "NotSpecified",
                         exception_type=exception_type)


def argument_out_of_range(param: str, message: str = "Specified argument was out of the range of valid values."):
    return DotNetException("System.ArgumentOutOfRangeException", "%s (Parameter '%s')" % (message, param))


def argument_error(message: str, param: str | None = None):
    text = message if param is None else "%s (Parameter '%s')" % (message, param)
    return DotNetException("System.ArgumentException", text)


def format_error(message: str = "Input string was not in a correct format."):
    return DotNetException("System.FormatException", message)


def locate(error: PyposhError, extent) -> PyposhError:
    """The error, given `extent` as its position when it has none yet (the innermost position wins)."""
    if error.extent is None:
        error.extent = extent
    return error


def io_message(error: OSError, path: str) -> str:
    """.NET's wording of a failed file operation on `path`."""
    if error.errno == errno.ENOENT:
        return "Could not find a part of the path '%s'." % path
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "Access to the path '%s' is denied." % path
    if error.errno == errno.EEXIST:
        return "The file '%s' already exists." % path
    if error.errno == errno.ENOSPC:
        return "There is not enough space on the disk. : '%s'" % path
    return "%s : '%s'" % (error.strerror or str(error), path)


def io_error(error: OSError, path: str, extent=None) -> ScriptRuntimeError:
    """A failed file operation as the .NET exception PowerShell reports (IOException and kin)."""
    exception_type = {errno.ENOENT: "System.IO.DirectoryNotFoundException",
                      errno.EACCES: "System.UnauthorizedAccessException",
                      errno.EPERM: "System.UnauthorizedAccessException"}.get(error.errno, "System.IO.IOException")
    return ScriptRuntimeError(io_message(error, path), exception_type.rsplit(".", 1)[-1], "WriteError", extent,
                              exception_type=exception_type)


# ---- engine faults and the embedding API's errors -----------------------------------------------------------

def engine_fault(exc: BaseException, extent=None) -> ScriptRuntimeError:
    """A Python exception that escaped an engine component, as the error record a script can catch: the .NET
    exception PowerShell would have raised for the same trouble where there is one (overflow, call depth, out of
    memory, a failed file operation), else an internal error. With PYPOSH_DEBUG=1 the traceback goes to stderr."""
    if os.environ.get("PYPOSH_DEBUG") == "1":
        traceback.print_exception(exc, file=sys.stderr)
    if isinstance(exc, RecursionError):
        return ScriptRuntimeError("The script failed due to call depth overflow.", "CallDepthOverflow",
                                  "InvalidOperation", extent,
                                  exception_type="System.Management.Automation.ScriptCallDepthException")
    if isinstance(exc, OverflowError):
        return ScriptRuntimeError("Arithmetic operation resulted in an overflow.", "RuntimeException",
                                  "NotSpecified", extent, exception_type="System.OverflowException")
    if isinstance(exc, MemoryError):
        return ScriptRuntimeError("Exception of type 'System.OutOfMemoryException' was thrown.",
                                  "OutOfMemoryException", "NotSpecified", extent,
                                  exception_type="System.OutOfMemoryException")
    if isinstance(exc, OSError):
        return io_error(exc, exc.filename if isinstance(exc.filename, str) else "", extent)
    detail = str(exc) or type(exc).__name__
    return ScriptRuntimeError("pyposh could not run this (an internal error, %s: %s). Set $env:PYPOSH_DEBUG=1 to "
                              "see where." % (type(exc).__name__, detail), "InternalError", "InvalidOperation",
                              extent, exception_type="System.InvalidOperationException")


class PipelineStoppedError(PyposhError):
    """`Runspace.invoke()` was stopped (`stop()`, a timeout or a limit): `output` holds what the script wrote before."""

    exception_type = "System.Management.Automation.PipelineStoppedException"
    default_category = "OperationStopped"

    def __init__(self, message: str = "The pipeline has been stopped.", output=None, error_id="PipelineStopped"):
        super().__init__(message, error_id, "OperationStopped")
        self.output = output if output is not None else []


class ScriptExitError(PyposhError):
    """`exit N` ended the script `Runspace.invoke()` ran: `code` is N, `output` what it wrote before."""

    def __init__(self, code: int, output=None):
        super().__init__("The script exited with code %d." % code, "ScriptExit", "NotSpecified")
        self.code = code
        self.output = output if output is not None else []


class RunspaceBusyError(PyposhError):
    """`invoke(..., wait=False)` while the Runspace runs another pipeline (it runs one at a time)."""

    exception_type = "System.Management.Automation.PSInvalidOperationException"

    def __init__(self):
        super().__init__("The runspace is busy running another pipeline; a runspace runs one pipeline at a time.",
                         "RunspaceBusy", "ResourceBusy")
