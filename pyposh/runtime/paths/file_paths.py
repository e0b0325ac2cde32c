"""PathUtils.ResolveFilePath: the one file a -Path or -LiteralPath argument names, for cmdlets that read one file."""
from __future__ import annotations

from pyposh.interpreter.api import Cmdlet
from pyposh.runtime.paths.locations import expand

# PathUtilsStrings.resx
MULTIPLE_FILES = ("Cannot perform operation because the path resolved to more than one file. This command cannot "
                  "operate on multiple files.")
NO_FILE = "Cannot perform operation because the wildcard path %s did not resolve to a file."


def resolve_file_path(command: Cmdlet, path: str, literal: bool) -> str:
    """The full path `path` names: what its wildcards match (exactly one file, else a terminating error), or the
    path itself when it has none (whether or not the file exists)."""
    found, _ = expand(command.runspace, path, literal)
    if len(found) > 1:
        command.throw_terminating(MULTIPLE_FILES, "ReadWriteMultipleFilesNotSupported", "InvalidArgument", None,
                                  "System.Management.Automation.PSInvalidOperationException")
    if not found:
        command.throw_terminating(NO_FILE % path, "FileOpenFailure", "OpenError", path,
                                  "System.IO.FileNotFoundException")
    return found[0]
