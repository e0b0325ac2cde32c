"""Item content: Get-Content, Set-Content, Add-Content, Clear-Content and Out-File, with PowerShell's encodings."""
from __future__ import annotations

import codecs
import os
import re
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, has_wildcards, io_message, is_list, to_string, unescape
from pyposh.runtime.host import render_lines
from pyposh.runtime.paths.locations import expand, full_path, missing_drive, shown_path
from pyposh.runtime.paths.path_cmdlet import CONTENT_PATH, IO_EXCEPTION, LITERAL, PathCmdlet
from pyposh.runtime.paths.providers import drive_items, set_drive_content

# -Encoding names -> (Python codec, byte-order mark written)
ENCODINGS = {
    "utf8": ("utf-8", b""), "utf8nobom": ("utf-8", b""), "utf8bom": ("utf-8", codecs.BOM_UTF8),
    "default": ("utf-8", b""), "oem": ("utf-8", b""), "ascii": ("ascii", b""), "latin1": ("latin-1", b""),
    "unicode": ("utf-16-le", codecs.BOM_UTF16_LE), "bigendianunicode": ("utf-16-be", codecs.BOM_UTF16_BE),
    "utf32": ("utf-32-le", codecs.BOM_UTF32_LE), "bigendianutf32": ("utf-32-be", codecs.BOM_UTF32_BE),
    "utf7": ("utf-7", b""), "byte": (None, b""),
}
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
_LINE_BREAK = re.compile(r"\r\n|\n|\r")


def encoding_of(command: Cmdlet, value) -> tuple:
    """(codec, BOM) for an -Encoding argument: a PowerShell name, a code page number or a .NET encoding name."""
    if value is None:
        return ENCODINGS["utf8"]
    text = to_string(getattr(value, "web_name", value)).replace("-", "").lower()
    if text in ENCODINGS:
        return ENCODINGS[text]
    name = to_string(value)
    if name.isdigit():
        name = {"65001": "utf-8", "1200": "utf-16-le", "1201": "utf-16-be", "20127": "ascii",
                "28591": "latin-1", "12000": "utf-32-le"}.get(name, "cp" + name)
    try:
        return codecs.lookup(name).name, b""
    except LookupError:
        command.throw_terminating(
            "Cannot process argument transformation on parameter 'Encoding'. '%s' is not a supported encoding name. "
            "For information on defining a custom encoding, see the documentation for the "
            "Encoding.RegisterProvider method. (Parameter 'name')" % name,
            "ParameterArgumentTransformationError", "InvalidData", value,
            "System.Management.Automation.ParameterBindingException")


def decode(data: bytes, codec: str | None) -> str:
    """Text from bytes: a byte-order mark wins over the encoding asked for, as StreamReader does."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name, errors="replace")
    return data.decode(codec or "utf-8", errors="replace")


def split_lines(text: str) -> list[str]:
    lines = _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


class _ContentCmdlet(PathCmdlet):
    """Declares -Path and -LiteralPath, which the *-Content cmdlets take first."""

    path: Annotated[list, CONTENT_PATH] = None
    literal_path: Annotated[list, LITERAL] = None


# ---- Get-Content -----------------------------------------------------------------------------------------

@cmdlet("Get-Content", aliases=("gc", "type"))
class GetContent(_ContentCmdlet):
    read_count: Annotated[int, Parameter(type="long")] = 1
    total_count: Annotated[int, Parameter(type="long", aliases=("First", "Head"))] = -1
    tail: Annotated[int, Parameter(type="int", aliases=("Last",))] = None
    raw: Annotated[bool, Parameter(type="switch")] = False
    encoding: Annotated[object, Parameter(type="object")] = None
    delimiter: Annotated[str, Parameter(type="string")] = None
    as_byte_stream: Annotated[bool, Parameter(type="switch")] = False
    wait: Annotated[bool, Parameter(type="switch")] = False
    filter: Annotated[str, Parameter(type="string")] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    stream: Annotated[str, Parameter(type="string")] = None
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        for path, literal, drive in self.drive_args():
            if drive:
                items = drive_items(self.runspace, self.ctx, drive[0], drive[1])
                if not items:
                    self.drive_missing(drive[0], drive[1], path)
                for _, _, value in items:
                    self.write_object(value)
                continue
            for match in self.resolve(path, literal, self.force):
                if self.name_selected(os.path.basename(match)):
                    self.read(match)

    def read(self, path):
        if os.path.isdir(path):
            self.write_error("Unable to get content because it is a directory: '%s'. Please use 'Get-ChildItem' "
                             "instead." % path, "GetContentReaderUnauthorizedAccessError", "PermissionDenied", path,
                             "System.UnauthorizedAccessException")
            return
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as error:
            self.write_error(io_message(error, path), "GetContentReaderIOError", "ReadError", path, IO_EXCEPTION)
            return
        if self.as_byte_stream or (self.encoding is not None and to_string(self.encoding).lower() == "byte"):
            self.emit_items(list(data))
            return
        text = decode(data, encoding_of(self, self.encoding)[0])
        if self.raw:
            if text != "":
                self.write_object(text)
            return
        if self.delimiter is not None and self.delimiter != "\n":
            items = [part + self.delimiter for part in text.split(self.delimiter)] if self.delimiter else [text]
            if items:
                items[-1] = items[-1][:-len(self.delimiter)] if self.delimiter else items[-1]
                if items[-1] == "":
                    items.pop()
        else:
            items = split_lines(text)
        self.emit_items(items)

    def emit_items(self, items):
        if self.total_count is not None and self.total_count >= 0:
            items = items[:self.total_count]
        if self.tail is not None:
            items = items[len(items) - self.tail:] if 0 <= self.tail < len(items) else items
        count = self.read_count or 0
        if count <= 0:
            if items:
                self.write_object(list(items))
            return
        if count == 1:
            for item in items:
                self.check_stop()
                self.write_object(item)
            return
        for i in range(0, len(items), count):
            self.write_object(list(items[i:i + count]))


# ---- Set-Content, Add-Content, Clear-Content --------------------------------------------------------------

class _ContentSwitches:
    """Declares the parameters Set-Content, Add-Content and Clear-Content take after their own. A mixin listed
    first among a cmdlet's bases: typing.get_type_hints, and so @cmdlet, lists annotations in reverse MRO order."""

    force: Annotated[bool, Parameter(type="switch")] = False
    filter: Annotated[str, Parameter(type="string")] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    stream: Annotated[str, Parameter(type="string")] = None
    credential: Annotated[object, Parameter(type="object")] = None


class _WriteContent(_ContentCmdlet):
    """Collects -Value (or pipeline input) and writes it to each target path at the end. Declares Set-Content and
    Add-Content's own parameters; they list _ContentSwitches first among their bases for the rest."""

    value: Annotated[list, Parameter(type="object[]", position=1, mandatory=True, pipeline=True,
                                     pipeline_by_property=True)] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    no_newline: Annotated[bool, Parameter(type="switch")] = False
    encoding: Annotated[object, Parameter(type="object")] = None
    as_byte_stream: Annotated[bool, Parameter(type="switch")] = False

    append = False

    def begin(self):
        self.values = []
        self.had_value = False

    def process(self):
        if "Value" in self.bound:
            self.had_value = True
            value = self.value
            if is_list(value):
                self.values.extend(value)
            else:
                self.values.append(value)

    def end(self):
        codec, bom = encoding_of(self, self.encoding)
        if self.no_newline:
            text = "".join(to_string(v) for v in self.values)
        else:
            text = "".join(to_string(v) + "\n" for v in self.values)
        for path, literal, drive in self.drive_args():
            if drive:
                set_drive_content(self.runspace, self.ctx, drive[0], drive[1],
                                  self.values[0] if len(self.values) == 1 else list(self.values))
                continue
            if missing_drive(self, path):
                continue
            if literal or not has_wildcards(path):
                targets = [full_path(self.runspace, path if literal else unescape(path))]
            else:
                targets, _ = expand(self.runspace, path, False, self.force)
                if not targets:
                    self.write_error("Cannot find path '%s' because it does not exist." % path, "PathNotFound",
                                     "ObjectNotFound", path, "System.Management.Automation.ItemNotFoundException")
            for target in targets:
                shown = shown_path(self.runspace, path if literal else unescape(path)) if len(targets) == 1 and \
                    not has_wildcards(path) else target
                self.write_file(target, text, codec, bom, shown)
                if self.pass_thru:
                    for v in self.values:
                        self.write_object(v)

    def write_file(self, path, text, codec, bom, shown=None):
        if not self.should_process("Path: %s" % path, self.action):    # FileSystemProviderStrings
            return
        if os.path.isdir(path):
            self.write_error("Access to the path '%s' is denied." % path, self.error_id("UnauthorizedAccessError"),
                             "PermissionDenied", path, "System.UnauthorizedAccessException")
            return
        try:
            if codec is None:
                data = bytes(int(v) & 0xFF for v in self.values)
            else:
                data = text.encode(codec, errors="replace")
            existed = os.path.exists(path) and os.path.getsize(path) > 0
            with open(path, "ab" if self.append else "wb") as f:
                if bom and not (self.append and existed):
                    f.write(bom)
                f.write(data)
        except FileNotFoundError:
            self.write_error("Could not find a part of the path '%s'." % (shown or path),
                             self.error_id("DirectoryNotFoundError"),
                             "ObjectNotFound", path, "System.IO.DirectoryNotFoundException")
        except OSError as error:
            self.write_error(io_message(error, path), self.error_id("IOError"), "WriteError", path, IO_EXCEPTION)

    def error_id(self, suffix):
        return "GetContentWriter" + suffix


@cmdlet("Set-Content", should_process=True)
class SetContent(_ContentSwitches, _WriteContent):
    """Replaces the content of each target path."""

    action = "Set Content"


@cmdlet("Add-Content", should_process=True)
class AddContent(_ContentSwitches, _WriteContent):
    """Appends to the content of each target path."""

    append = True
    action = "Add Content"


@cmdlet("Clear-Content", aliases=("clc",), should_process=True)
class ClearContent(_ContentSwitches, _ContentCmdlet):
    def process(self):
        for path, literal, drive in self.drive_args():
            if drive:
                set_drive_content(self.runspace, self.ctx, drive[0], drive[1], None)
                continue
            for match in self.resolve(path, literal, self.force):
                if not self.should_process("Item: %s" % match, "Clear Content"):   # FileSystemProviderStrings
                    continue
                try:
                    with open(match, "wb"):
                        pass
                except OSError as error:
                    self.write_error(io_message(error, match), "ClearContentIOError", "WriteError", match,
                                     IO_EXCEPTION)


# ---- Out-File ----------------------------------------------------------------------------------------------

@cmdlet("Out-File")
class OutFile(Cmdlet):
    file_path: Annotated[str, Parameter(type="string", position=0, mandatory=True, aliases=("Path",),
                                        sets=("ByPath",))] = None
    literal_path: Annotated[str, Parameter(type="string", aliases=("PSPath", "LP"), mandatory=True,
                                           sets=("ByLiteralPath",))] = None
    encoding: Annotated[object, Parameter(type="object", position=1)] = None
    append: Annotated[bool, Parameter(type="switch")] = False
    force: Annotated[bool, Parameter(type="switch")] = False
    no_clobber: Annotated[bool, Parameter(type="switch", aliases=("NoOverwrite",))] = False
    width: Annotated[int, Parameter(type="int")] = None
    no_newline: Annotated[bool, Parameter(type="switch")] = False
    input_object: Annotated[object, Parameter(type="object", pipeline=True)] = None

    def begin(self):
        self.objects = []
        literal = self.literal_path is not None
        raw = self.literal_path if literal else self.file_path
        self.target = full_path(self.runspace, raw if literal else unescape(raw))
        if self.no_clobber and os.path.exists(self.target) and not self.append:
            self.throw_terminating("The file '%s' already exists." % self.target, "NoClobber", "ResourceExists",
                                   self.target, IO_EXCEPTION)
        if os.path.isdir(self.target):
            self.throw_terminating("Access to the path '%s' is denied." % self.target,
                                   "FileOpenFailure", "OpenError", self.target, "System.UnauthorizedAccessException")
        if not os.path.isdir(os.path.dirname(self.target)):
            self.throw_terminating("Could not find a part of the path '%s'." % self.target, "FileOpenFailure",
                                   "OpenError", self.target, "System.IO.DirectoryNotFoundException")

    def process(self):
        if "InputObject" in self.bound:
            self.objects.append(self.input_object)

    def end(self):
        codec, bom = encoding_of(self, self.encoding)
        lines = render_lines(self.objects, self.width or 120)
        text = "".join(lines) if self.no_newline else "".join(line + "\n" for line in lines)
        existed = os.path.exists(self.target) and os.path.getsize(self.target) > 0
        try:
            with open(self.target, "ab" if self.append else "wb") as f:
                if bom and not (self.append and existed):
                    f.write(bom)
                f.write(text.encode(codec or "utf-8", errors="replace"))
        except OSError as error:
            self.throw_terminating(io_message(error, self.target), "FileOpenFailure", "OpenError", self.target,
                                   IO_EXCEPTION)
