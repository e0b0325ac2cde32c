"""Item cmdlets: Get-Item, Get-ChildItem, New-Item, Remove-Item, Copy-Item, Move-Item, Rename-Item."""
from __future__ import annotations

import os
import shutil
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, io_message, to_string, unescape
from pyposh.runtime.paths.locations import (
    ITEM_NOT_FOUND, NOT_FOUND, drive_of, expand, full_path, missing_drive, shown_path,
)
from pyposh.runtime.paths.path_cmdlet import CONTENT_PATH, IO_EXCEPTION, LITERAL, MANDATORY_PATH, PATH, PathCmdlet
from pyposh.runtime.paths.providers import drive_items, item_object, remove_drive_item, set_drive_content

# ---- Get-Item, Get-ChildItem -----------------------------------------------------------------------------

class _ItemsCmdlet(PathCmdlet):
    """Get-Item and Remove-Item: act on each item -Path or -LiteralPath names, on a provider drive (on_drive)
    or in the file system (on_file). Declares the parameters naming the items, which both take first."""

    path: Annotated[list, MANDATORY_PATH] = None
    literal_path: Annotated[list, LITERAL] = None
    filter: Annotated[str, Parameter(type="string")] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None

    def process(self):
        for path, literal, drive in self.drive_args():
            if drive:
                self.on_drive(drive, path, literal)
                continue
            for match in self.resolve(path, literal, self.force):
                self.on_file(match)


@cmdlet("Get-Item", aliases=("gi",))
class GetItem(_ItemsCmdlet):
    force: Annotated[bool, Parameter(type="switch")] = False
    stream: Annotated[list, Parameter(type="string[]")] = None
    credential: Annotated[object, Parameter(type="object")] = None

    def on_drive(self, drive, path, literal):
        for _, item, _ in self.drive_matches(drive, path, unescape(drive[1]) if literal else drive[1]):
            self.write_object(item)

    def on_file(self, match):
        if self.name_selected(os.path.basename(match) or match):
            self.write_object(item_object(match))


@cmdlet("Get-ChildItem", aliases=("gci", "dir"))
class GetChildItem(PathCmdlet):
    path: Annotated[list, PATH] = None
    literal_path: Annotated[list, LITERAL] = None
    filter: Annotated[str, Parameter(type="string", position=1)] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    recurse: Annotated[bool, Parameter(type="switch", aliases=("s", "r"))] = False
    depth: Annotated[int, Parameter(type="int")] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    name: Annotated[bool, Parameter(type="switch")] = False
    file: Annotated[bool, Parameter(type="switch", aliases=("af",))] = False
    directory: Annotated[bool, Parameter(type="switch", aliases=("ad",))] = False
    hidden: Annotated[bool, Parameter(type="switch", aliases=("ah", "h"))] = False
    read_only: Annotated[bool, Parameter(type="switch", aliases=("ar",))] = False
    system: Annotated[bool, Parameter(type="switch", aliases=("as",))] = False
    follow_symlink: Annotated[bool, Parameter(type="switch")] = False
    attributes: Annotated[object, Parameter(type="object")] = None

    def process(self):
        args = self.path_args() or [(".", False)]
        limit = self.depth if self.depth is not None else (None if self.recurse else 0)
        for path, literal in args:
            drive = drive_of(path, self.runspace)
            if drive:
                for name, item, _ in drive_items(self.runspace, self.ctx, drive[0], drive[1] or "*"):
                    if self.name_selected(name):
                        self.write_object(name if self.name else item)
                continue
            if missing_drive(self, path):
                continue
            matches, wild = expand(self.runspace, path, literal, self.force or self.hidden)
            matches = [m for m in matches if os.path.lexists(m)]
            if not matches:
                if not wild:
                    self.write_error(NOT_FOUND % shown_path(self.runspace, path if literal else unescape(path)),
                                     "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
                continue
            for match in matches:
                if os.path.isdir(match) and not wild:
                    self.walk(match, match, limit, 0)
                else:
                    self.emit(match, os.path.dirname(match), is_top=True)
                    if os.path.isdir(match) and (limit is None or limit > 0):
                        self.walk(match, os.path.dirname(match), limit, 1)

    def visible(self, name: str) -> bool:
        hidden = name.startswith(".")
        if self.hidden:
            return hidden
        return self.force or not hidden

    def emit(self, path, base, is_top=False):
        is_dir = os.path.isdir(path)
        if (self.file and is_dir) or (self.directory and not is_dir):
            return
        name = os.path.basename(path)
        if not is_top and not self.visible(name):
            return
        if not self.name_selected(name):
            return
        if self.name:
            self.write_object(os.path.relpath(path, base))
        else:
            self.write_object(item_object(path))

    def walk(self, directory, base, limit, level):
        self.check_stop()
        try:
            names = os.listdir(directory)
        except OSError as error:
            self.write_error(io_message(error, directory), "DirUnauthorizedAccessError", "PermissionDenied",
                             directory, "System.UnauthorizedAccessException")
            return
        paths = [os.path.join(directory, n) for n in names]
        dirs = sorted((p for p in paths if os.path.isdir(p)), key=lambda p: os.path.basename(p).lower())
        files = sorted((p for p in paths if not os.path.isdir(p)), key=lambda p: os.path.basename(p).lower())
        for p in dirs + files:
            self.emit(p, base)
        if limit is not None and level >= limit:
            return
        for d in dirs:
            if not self.visible(os.path.basename(d)) and not self.force:
                continue
            if os.path.islink(d) and not self.follow_symlink:
                continue
            self.walk(d, base, limit, level + 1)


# ---- New-Item, Remove-Item -----------------------------------------------------------------------------

@cmdlet("New-Item", aliases=("ni",), should_process=True)
class NewItem(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, pipeline_by_property=True)] = None
    name: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    item_type: Annotated[str, Parameter(type="string", aliases=("Type",), pipeline_by_property=True)] = None
    value: Annotated[object, Parameter(type="object", aliases=("Target",), pipeline=True,
                                       pipeline_by_property=True)] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        for parent in self.path or [None]:
            if self.name is not None:
                target = (parent.rstrip("/\\") + "/" if parent else "") + self.name
            elif parent is None:
                self.throw_terminating("Cannot process command because of one or more missing mandatory "
                                       "parameters: Path.", "MissingMandatoryParameter", "InvalidArgument")
            else:
                target = parent
            drive = drive_of(target, self.runspace)
            if drive:
                set_drive_content(self.runspace, self.ctx, drive[0], drive[1], self.value)
                for _, item, _ in drive_items(self.runspace, self.ctx, drive[0], drive[1]):
                    self.write_object(item)
                continue
            self.create(full_path(self.runspace, target), target)

    def create(self, path, shown):
        kind = (self.item_type or "File").lower()
        action = "Create Directory" if kind == "directory" else "Create File"      # FileSystemProviderStrings
        if kind in ("directory", "file") and not self.should_process("Destination: %s" % path, action):
            return
        try:
            if kind == "directory":
                if os.path.isdir(path):
                    if not self.force:
                        self.write_error("An item with the specified name %s already exists." % path,
                                         "DirectoryExist", "ResourceExists", path, IO_EXCEPTION)
                        return
                else:
                    os.makedirs(path)
            elif kind == "file":
                if os.path.isdir(path):
                    self.write_error("Access to the path '%s' is denied." % path, "NewItemUnauthorizedAccessError",
                                     "PermissionDenied", path, "System.UnauthorizedAccessException")
                    return
                if os.path.exists(path) and not self.force:
                    self.write_error("The file '%s' already exists." % path, "NewItemIOError", "WriteError",
                                     path, IO_EXCEPTION)
                    return
                if self.force:
                    os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8", newline="") as f:
                    if self.value is not None:
                        f.write(to_string(self.value))
            elif kind in ("symboliclink", "hardlink", "junction"):
                target = full_path(self.runspace, to_string(self.value))
                if os.path.lexists(path) and self.force:
                    os.remove(path)
                if kind == "hardlink":
                    os.link(target, path)
                else:
                    os.symlink(to_string(self.value), path)
            else:
                self.throw_terminating("The type is not a known type for the file system. Only \"file\",\"directory\""
                                       ",\"symboliclink\",\"junction\" and \"hardlink\" can be specified.",
                                       "Argument", "InvalidArgument", kind, "System.ArgumentException")
        except OSError as error:
            self.write_error(io_message(error, shown_path(self.runspace, shown)), "NewItemIOError", "WriteError",
                             path, IO_EXCEPTION)
            return
        self.write_object(item_object(path))


@cmdlet("Remove-Item", aliases=("ri", "del", "erase", "rd"), should_process=True)
class RemoveItem(_ItemsCmdlet):
    recurse: Annotated[bool, Parameter(type="switch")] = False
    force: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object")] = None
    stream: Annotated[list, Parameter(type="string[]")] = None

    def on_drive(self, drive, path, literal):
        for name, _, _ in self.drive_matches(drive, path):
            remove_drive_item(self.runspace, self.ctx, drive[0], name)

    def on_file(self, path):
        if not self.name_selected(os.path.basename(path)):
            return
        directory = os.path.isdir(path) and not os.path.islink(path)
        if not self.should_process(path, "Remove Directory" if directory else "Remove File"):
            return
        try:
            if directory:
                if os.listdir(path) and not self.recurse:
                    self.write_error("The item at %s has children and the Recurse parameter was not specified. "
                                     "Nothing has been removed." % path, "DirectoryNotEmpty", "WriteError", path,
                                     IO_EXCEPTION)
                    return
                shutil.rmtree(path)
            else:
                os.remove(path)
        except OSError as error:
            self.write_error(io_message(error, path), "RemoveFileSystemItemIOError", "WriteError", path,
                             IO_EXCEPTION)


class _ItemSwitches:
    """Declares the parameters Set-Item, Copy-Item and Move-Item take after their own. A mixin listed first among
    a cmdlet's bases: typing.get_type_hints, and so @cmdlet, lists annotations in reverse MRO order."""

    force: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    filter: Annotated[str, Parameter(type="string")] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    credential: Annotated[object, Parameter(type="object")] = None


class _SetItemTarget(PathCmdlet):
    """Set-Item's own parameters, which come before _ItemSwitches's."""

    path: Annotated[list, CONTENT_PATH] = None
    literal_path: Annotated[list, LITERAL] = None
    value: Annotated[object, Parameter(type="object", position=1, pipeline=True, pipeline_by_property=True)] = None


@cmdlet("Set-Item", aliases=("si",))
class SetItem(_ItemSwitches, _SetItemTarget):
    def process(self):
        for path, literal, drive in self.drive_args():
            if drive is None:
                if not missing_drive(self, path):
                    self.write_error("Provider operation stopped because the provider does not support this "
                                     "operation.", "NotSupported", "NotImplemented", path,
                                     "System.Management.Automation.PSNotSupportedException")
                continue
            name = unescape(drive[1]) if not literal else drive[1]
            set_drive_content(self.runspace, self.ctx, drive[0], name, self.value)
            if self.pass_thru:
                for _, item, _ in drive_items(self.runspace, self.ctx, drive[0], name):
                    self.write_object(item)


# ---- Copy-Item, Move-Item, Rename-Item -----------------------------------------------------------------

class _TransferCmdlet(PathCmdlet):
    """Copy-Item and Move-Item: each item -Path or -LiteralPath names goes to -Destination. Declares the
    parameters both take ahead of their own; _ItemSwitches declares those after."""

    path: Annotated[list, MANDATORY_PATH] = None
    literal_path: Annotated[list, LITERAL] = None
    destination: Annotated[str, Parameter(type="string", position=1, pipeline_by_property=True)] = None

    def destination_for(self, source):
        dest = full_path(self.runspace, self.destination or ".")
        if os.path.isdir(dest) and not (os.path.isdir(source) and not os.path.exists(dest)):
            return os.path.join(dest, os.path.basename(source))
        return dest

    def process(self):
        for path, literal in self.path_args():
            for match in self.resolve(path, literal, True):
                if not self.name_selected(os.path.basename(match)):
                    continue
                target = self.destination_for(match)
                if not self.should_process("Item: %s Destination: %s" % (match, target), self.action):
                    continue
                try:
                    done = self.transfer(match, target)
                except OSError as error:
                    self.write_error(io_message(error, target), self.error_id, "WriteError", match, IO_EXCEPTION)
                    continue
                if done and self.pass_thru:
                    self.write_object(item_object(target))


class _CopyOptions(_TransferCmdlet):
    """Copy-Item's own parameters, which come before _ItemSwitches's."""

    container: Annotated[bool, Parameter(type="switch")] = True
    recurse: Annotated[bool, Parameter(type="switch")] = False


@cmdlet("Copy-Item", aliases=("copy", "cpi"), should_process=True)
class CopyItem(_ItemSwitches, _CopyOptions):
    error_id = "CopyDirectoryInfoItemIOError"
    action = "Copy File"

    def transfer(self, source, target) -> bool:
        if os.path.abspath(source) == os.path.abspath(target):
            self.write_error("Cannot overwrite the item %s with itself." % source, "CopyError", "WriteError",
                             source, IO_EXCEPTION)
            return False
        if not os.path.isdir(source):
            shutil.copy2(source, target)
        elif self.recurse:
            shutil.copytree(source, target, symlinks=True, dirs_exist_ok=True)
        else:
            os.makedirs(target, exist_ok=True)
        return True


@cmdlet("Move-Item", aliases=("move", "mi"), should_process=True)
class MoveItem(_ItemSwitches, _TransferCmdlet):
    error_id = "MoveFileInfoItemIOError"
    action = "Move File"

    def transfer(self, source, target) -> bool:
        if os.path.lexists(target) and not os.path.isdir(target):
            if not self.force:
                self.write_error("Cannot create a file when that file already exists.", self.error_id,
                                 "WriteError", source, IO_EXCEPTION)
                return False
            os.remove(target)
        shutil.move(source, target)
        return True


@cmdlet("Rename-Item", aliases=("rni", "ren"), should_process=True)
class RenameItem(PathCmdlet):
    path: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True,
                                   pipeline_by_property=True, sets=("ByPath",))] = None
    literal_path: Annotated[str, Parameter(type="string", aliases=("PSPath", "LP"), mandatory=True,
                                           pipeline_by_property=True, sets=("ByLiteralPath",))] = None
    new_name: Annotated[str, Parameter(type="string", position=1, mandatory=True, pipeline_by_property=True)] = None
    force: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        literal = self.literal_path is not None
        path = self.literal_path if literal else self.path
        drive = drive_of(path, self.runspace)
        if drive and drive[0] in ("variable", "function", "alias", "env"):
            items = drive_items(self.runspace, self.ctx, drive[0], drive[1])
            for name, _, content in items:
                remove_drive_item(self.runspace, self.ctx, drive[0], name)
                set_drive_content(self.runspace, self.ctx, drive[0], self.new_name, content)
            return
        matches = self.resolve(path, literal, True, report=False)
        if not matches:
            self.write_error("Cannot rename because item at '%s' does not exist." % path, "InvalidOperation",
                             "InvalidOperation", path, "System.Management.Automation.PSInvalidOperationException")
            return
        source = matches[0]
        new_name = self.new_name.replace("\\", "/")
        if new_name.startswith("./"):
            new_name = new_name[2:]
        elif "/" in new_name and os.path.dirname(full_path(self.runspace, new_name)) == os.path.dirname(source):
            new_name = os.path.basename(new_name)
        target = os.path.join(os.path.dirname(source), new_name)
        if "/" in new_name:
            self.write_error("Cannot rename the specified target, because it represents a path or device name.",
                             "Argument", "InvalidArgument", path, "System.Management.Automation.PSArgumentException")
            return
        target = os.path.normpath(target)
        if os.path.lexists(target) and os.path.normcase(target) != os.path.normcase(source):
            self.write_error("Cannot create a file when that file already exists.", "RenameItemIOError",
                             "WriteError", source, IO_EXCEPTION)
            return
        action = "Rename Directory" if os.path.isdir(source) else "Rename File"
        if not self.should_process("Item: %s Destination: %s" % (source, target), action):
            return
        try:
            os.rename(source, target)
        except OSError as error:
            self.write_error(io_message(error, source), "RenameItemIOError", "WriteError", source, IO_EXCEPTION)
            return
        if self.pass_thru:
            self.write_object(item_object(target))
