"""Get-FileHash: the SHA1/SHA256/SHA384/SHA512/MD5 hash of files or a stream, as FileHashInfo objects."""
from __future__ import annotations

import hashlib
import io
import os
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, io_message, register_type, unescape
from pyposh.runtime.paths.locations import ITEM_NOT_FOUND, NOT_FOUND, expand, full_path, shown_path

_ALGORITHMS = ("SHA1", "SHA256", "SHA384", "SHA512", "MD5")
_STREAM = "System.IO.Stream"


class FileHashInfo:
    """Microsoft.PowerShell.Commands.FileHashInfo: what Get-FileHash returns."""

    ps_type_name = "Microsoft.PowerShell.Commands.FileHashInfo"
    type_names = [ps_type_name, "System.Object"]
    ps_properties = {"Algorithm": "algorithm", "Hash": "hash", "Path": "path"}

    def __init__(self, algorithm: str, digest: str, path: str):
        self.algorithm = algorithm
        self.hash = digest
        self.path = path

    def __repr__(self):
        return "FileHashInfo(%r, %r)" % (self.algorithm, self.path)


register_type(FileHashInfo.ps_type_name)
# -InputStream takes a binary Python stream (io.BytesIO, an open file) as PowerShell takes a System.IO.Stream
register_type(_STREAM, instance_check=lambda value: isinstance(value, (io.RawIOBase, io.BufferedIOBase)))


@cmdlet("Get-FileHash", default_set="Path")
class GetFileHash(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Path",))] = None
    literal_path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True,
                                            aliases=("PSPath", "LP"), sets=("LiteralPath",))] = None
    input_stream: Annotated[object, Parameter(type=_STREAM, position=0, mandatory=True,
                                              sets=("StreamParameterSet",))] = None
    algorithm: Annotated[str, Parameter(type="string", position=1, validate_set=_ALGORITHMS)] = "SHA256"

    def process(self):
        if self.parameter_set == "LiteralPath":
            paths = [full_path(self.runspace, path) for path in self.literal_path]
        elif self.parameter_set == "Path":
            paths = [found for path in self.path for found in self.resolve(path)]
        else:
            return
        for path in paths:
            digest = self.file_digest(path)
            if digest is not None:
                self.write_object(FileHashInfo(self.algorithm.upper(), digest, path))

    def end(self):
        if self.parameter_set == "StreamParameterSet":
            self.write_object(FileHashInfo(self.algorithm.upper(), self.digest(self.input_stream), ""))

    def resolve(self, path: str) -> list[str]:
        """GetResolvedProviderPathFromPSPath: a path that names nothing is FileNotFound, unless it has wildcards."""
        found, wild = expand(self.runspace, path)
        found = [p for p in found if os.path.lexists(p)]
        if not found and not wild:
            self.write_error(NOT_FOUND % shown_path(self.runspace, unescape(path)), "FileNotFound", "ObjectNotFound",
                             path, ITEM_NOT_FOUND)
        return found

    def digest(self, stream) -> str:
        """The hash of what is left to read in a binary stream, as upper-case hex (Convert.ToHexString)."""
        hasher = hashlib.new(self.algorithm.lower())
        for block in iter(lambda: stream.read(1 << 20), b""):
            hasher.update(block)
        return hasher.hexdigest().upper()

    def file_digest(self, path: str) -> str | None:
        """The file's hash, or None after writing the error File.OpenRead's exception makes."""
        try:
            with open(path, "rb") as stream:
                return self.digest(stream)
        except FileNotFoundError as error:
            if os.path.isdir(os.path.dirname(path)):
                self.write_error("Could not find file '%s'." % path, "FileNotFound", "ObjectNotFound", path,
                                 "System.IO.FileNotFoundException")
            else:
                self.write_error(io_message(error, path), "FileReadError", "ReadError", path,
                                 "System.IO.DirectoryNotFoundException")
        except (IsADirectoryError, PermissionError):
            self.write_error("Access to the path '%s' is denied." % path, "UnauthorizedAccessError", "InvalidData",
                             path, "System.UnauthorizedAccessException")
        except OSError as error:
            self.write_error(io_message(error, path), "FileReadError", "ReadError", path, "System.IO.IOException")
        return None
