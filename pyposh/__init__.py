"""pyposh: a PowerShell 7 interpreter in Python. The embedding API: Runspace, run(), cmdlet."""
from pyposh.embedding import Runspace, cmdlet, run
from pyposh.errors import ParseError, PipelineStoppedError, PyposhError, RunspaceBusyError, ScriptExitError

__version__ = "0.1.0"
__all__ = ["Runspace", "run", "cmdlet", "PyposhError", "ParseError", "PipelineStoppedError", "ScriptExitError",
           "RunspaceBusyError", "__version__"]
