"""pyposh: a PowerShell 7 interpreter in Python. The embedding API: Runspace, run(), cmdlet."""
from pyposh.errors import PyposhError
from pyposh.embedding import Runspace, cmdlet, run

__version__ = "0.1.0"
__all__ = ["Runspace", "run", "cmdlet", "PyposhError", "__version__"]
