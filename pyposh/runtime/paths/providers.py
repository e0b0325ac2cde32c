"""Provider objects: FileInfo and DirectoryInfo items, and the items of the Env:, Variable:, Function: and Alias:
drives."""
from __future__ import annotations

import datetime
import grp
import os
import pwd
import shutil
import stat

from pyposh.interpreter.api import (
    ENUMS, DictionaryEntry, EnumType, PSObject, command_object, composite_format, register_type, to_string,
    wildcard_match,
)

PROVIDER = "Microsoft.PowerShell.Core\\FileSystem"
FILE_ATTRIBUTES = ENUMS.setdefault("system.io.fileattributes", EnumType("System.IO.FileAttributes", [
    ("ReadOnly", 1), ("Hidden", 2), ("System", 4), ("Directory", 16), ("Archive", 32), ("Device", 64),
    ("Normal", 128), ("Temporary", 256), ("SparseFile", 512), ("ReparsePoint", 1024), ("Compressed", 2048),
    ("Offline", 4096), ("NotContentIndexed", 8192), ("Encrypted", 16384)], flags=True))
_COMMON_PROPS = {
    "Mode": "mode", "ModeWithoutHardLink": "mode_without_hard_link", "BaseName": "base_name", "Target": "target",
    "LinkType": "link_type"}
_TIMES = {
    "Name": "name", "Exists": "exists", "CreationTime": "creation_time", "CreationTimeUtc": "creation_time_utc",
    "LastAccessTime": "last_access_time", "LastAccessTimeUtc": "last_access_time_utc",
    "LastWriteTime": "last_write_time", "LastWriteTimeUtc": "last_write_time_utc", "Attributes": "attributes",
    "UnixMode": "unix_mode", "User": "user", "Group": "group", "Size": "size", "NameString": "name_string",
    "LengthString": "length_string", "LastWriteTimeString": "last_write_time_string"}


# ---- the FileSystem provider and its drive ------------------------------------------------------------

class ProviderInfo:
    """System.Management.Automation.ProviderInfo: FileSystem, Environment, Variable, Function or Alias."""

    ps_type_name = "System.Management.Automation.ProviderInfo"
    type_names = [ps_type_name, "System.Object"]
    ps_properties = {"Name": "name", "ModuleName": "module_name", "Home": "home", "Description": "description"}
    ps_methods = {"ToString": "ps_to_string"}
    module_name = "Microsoft.PowerShell.Core"
    description = ""

    def __init__(self, name: str = "FileSystem"):
        self.name = name

    @property
    def home(self):
        return os.path.expanduser("~") if self.name == "FileSystem" else None

    def ps_to_string(self, *_):
        return self.module_name + "\\" + self.name


class PSDriveInfo:
    """System.Management.Automation.PSDriveInfo: a drive's name, provider and root; for the FileSystem
    provider also its space (Used, Free) and, when the location is on it, CurrentLocation."""

    ps_type_name = "System.Management.Automation.PSDriveInfo"
    type_names = [ps_type_name, "System.Object"]
    ps_properties = {"Name": "name", "Provider": "provider", "Root": "root", "CurrentLocation": "current",
                     "Description": "description", "DisplayRoot": "display_root", "Used": "used", "Free": "free",
                     "MaximumSize": "maximum_size", "Credential": "credential"}
    ps_methods = {"ToString": "ps_to_string"}
    display_root = None
    maximum_size = None
    credential = None

    def __init__(self, name="/", provider="FileSystem", root="/", description="", runspace=None, location=None):
        self.name = name
        self.provider = ProviderInfo(provider)
        self.root = root
        self.description = description
        self.runspace = runspace
        self._location = location

    @property
    def is_filesystem(self):
        return self.provider.name == "FileSystem"

    @property
    def current(self):
        """The location on this drive, relative to its root: the live location for the drive in use, the
        remembered one for the others."""
        location = self._location
        if self.runspace is not None:
            table = self.runspace.services.drives
            in_use = table.current_drive
            location = self.runspace.location if in_use == self.name.lower() else table.locations.get(
                self.name.lower())
        if not self.is_filesystem or location is None:
            return ""
        root = self.root.rstrip("/")
        if location == root or not (root == "" or location.startswith(root + "/")):
            return ""
        return location[len(root):].lstrip("/")

    def _space(self):
        path = self.root
        while path and not os.path.isdir(path):
            path = os.path.dirname(path.rstrip("/")) or "/"
        try:
            return shutil.disk_usage(path or "/")
        except OSError:
            return None

    @property
    def used(self):
        usage = self._space() if self.is_filesystem else None
        return None if usage is None else usage.total - usage.free

    @property
    def free(self):
        usage = self._space() if self.is_filesystem else None
        return None if usage is None else usage.free

    def ps_to_string(self, *_):
        return self.name


register_type(ProviderInfo.ps_type_name)
register_type(PSDriveInfo.ps_type_name)


# ---- FileInfo and DirectoryInfo ------------------------------------------------------------------------

class FileSystemInfo:
    """What System.IO.FileSystemInfo shows scripts, read from one stat() of the path."""

    def __init__(self, path: str):
        self.full_name = path
        self.name = os.path.basename(path) or path
        try:
            self._lst = os.lstat(path)
        except OSError:
            self._lst = None
        try:
            self._st = os.stat(path)
        except OSError:
            self._st = self._lst

    def ps_to_string(self, *_):
        return self.full_name

    @property
    def exists(self):
        return self._st is not None

    @property
    def is_link(self):
        return self._lst is not None and stat.S_ISLNK(self._lst.st_mode)

    @property
    def extension(self):
        dot = self.name.rfind(".")
        return self.name[dot:] if dot >= 0 and dot < len(self.name) - 1 else ""

    @property
    def target(self):
        return os.readlink(self.full_name) if self.is_link else None

    @property
    def link_type(self):
        return "SymbolicLink" if self.is_link else None

    @property
    def read_only(self):
        st = self._st
        if st is None:
            return False
        if st.st_uid == os.geteuid():
            return not st.st_mode & stat.S_IWUSR
        if st.st_gid in os.getgroups() or st.st_gid == os.getegid():
            return not st.st_mode & stat.S_IWGRP
        return not st.st_mode & stat.S_IWOTH

    @property
    def attributes(self):
        value = 0
        if self.read_only:
            value |= 1
        if self.name.startswith("."):
            value |= 2
        if isinstance(self, DirectoryInfo):
            value |= 16
        if self.is_link:
            value |= 1024
        return FILE_ATTRIBUTES.value(value or 128)

    def _mode(self, hard_links: bool):
        is_dir = isinstance(self, DirectoryInfo)
        linked = self.is_link or (hard_links and not is_dir and self._st is not None and self._st.st_nlink > 1)
        first = "l" if linked else ("d" if is_dir else "-")
        return first + "-" + ("r" if self.read_only else "-") + ("h" if self.name.startswith(".") else "-") + "-"

    mode = property(lambda self: self._mode(True))
    mode_without_hard_link = property(lambda self: self._mode(False))

    def _time(self, field, utc=False):
        if self._st is None:
            return datetime.datetime(1601, 1, 1) if not utc else datetime.datetime(1601, 1, 1, tzinfo=datetime.timezone.utc)
        stamp = getattr(self._st, field)
        if utc:
            return datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc)
        return datetime.datetime.fromtimestamp(stamp)

    creation_time = property(lambda self: self._time("st_ctime"))
    creation_time_utc = property(lambda self: self._time("st_ctime", True))
    last_access_time = property(lambda self: self._time("st_atime"))
    last_access_time_utc = property(lambda self: self._time("st_atime", True))
    last_write_time = property(lambda self: self._time("st_mtime"))
    last_write_time_utc = property(lambda self: self._time("st_mtime", True))

    @property
    def unix_mode(self):
        return stat.filemode(self._lst.st_mode) if self._lst is not None else ""

    @property
    def user(self):
        try:
            return pwd.getpwuid(self._lst.st_uid).pw_name
        except (KeyError, AttributeError):
            return str(getattr(self._lst, "st_uid", ""))

    @property
    def group(self):
        try:
            return grp.getgrgid(self._lst.st_gid).gr_name
        except (KeyError, AttributeError):
            return str(getattr(self._lst, "st_gid", ""))

    @property
    def size(self):
        return self._lst.st_size if self._lst is not None else 0

    @property
    def name_string(self):
        return "%s -> %s" % (self.name, self.target) if self.is_link else self.name

    @property
    def last_write_time_string(self):
        return composite_format("{0,10:d} {0,8:t}", [self.last_write_time])

    def delete(self, *_):
        if isinstance(self, DirectoryInfo) and not self.is_link:
            os.rmdir(self.full_name)
        else:
            os.remove(self.full_name)


class FileInfo(FileSystemInfo):
    ps_type_name = "System.IO.FileInfo"
    ps_base_types = ("System.IO.FileSystemInfo", "System.MarshalByRefObject")
    ps_properties = dict(_COMMON_PROPS, Length="length", DirectoryName="directory_name", Directory="directory",
                         IsReadOnly="read_only", FullName="full_name", Extension="extension", **_TIMES)
    ps_methods = {"ToString": "ps_to_string", "Delete": "delete", "Refresh": "refresh"}

    @property
    def base_name(self):
        dot = self.name.rfind(".")
        return self.name[:dot] if dot > 0 else self.name

    @property
    def length(self):
        return self._st.st_size if self._st is not None else None

    @property
    def length_string(self):
        return str(self.length)

    @property
    def directory_name(self):
        return os.path.dirname(self.full_name)

    @property
    def directory(self):
        return item_object(os.path.dirname(self.full_name))

    def refresh(self, *_):
        self.__init__(self.full_name)


class DirectoryInfo(FileSystemInfo):
    ps_type_name = "System.IO.DirectoryInfo"
    ps_base_types = ("System.IO.FileSystemInfo", "System.MarshalByRefObject")
    ps_properties = dict(_COMMON_PROPS, Parent="parent", Root="root", FullName="full_name", Extension="extension",
                         **_TIMES)
    ps_methods = {"ToString": "ps_to_string", "Delete": "delete", "GetFiles": "get_files",
                  "GetDirectories": "get_directories", "Refresh": "refresh"}

    base_name = property(lambda self: self.name)
    length_string = ""

    @property
    def parent(self):
        return None if self.full_name == "/" else item_object(os.path.dirname(self.full_name))

    @property
    def root(self):
        return item_object("/")

    def _children(self, want_dirs, pattern="*"):
        names = sorted(os.listdir(self.full_name))
        paths = [os.path.join(self.full_name, n) for n in names if wildcard_match(to_string(pattern), n)]
        return [item_object(p) for p in paths if os.path.isdir(p) == want_dirs]

    def get_files(self, pattern="*", *_):
        return self._children(False, pattern)

    def get_directories(self, pattern="*", *_):
        return self._children(True, pattern)

    def refresh(self, *_):
        self.__init__(self.full_name)


def item_object(path: str) -> PSObject:
    """A FileInfo or DirectoryInfo with PowerShell's provider note properties (PSPath, PSIsContainer, ...)."""
    is_dir = os.path.isdir(path)
    info = DirectoryInfo(path) if is_dir else FileInfo(path)
    kind = "System.IO.DirectoryInfo" if is_dir else "System.IO.FileInfo"
    obj = PSObject(base=info, type_names=[kind, "System.IO.FileSystemInfo", "System.MarshalByRefObject",
                                          "System.Object"])
    parent = os.path.dirname(path) if path != "/" else ""
    obj.add_note("PSPath", PROVIDER + "::" + path)
    obj.add_note("PSParentPath", PROVIDER + "::" + parent if parent else "")
    obj.add_note("PSChildName", info.name)
    obj.add_note("PSDrive", PSDriveInfo(location=path))
    obj.add_note("PSProvider", ProviderInfo())
    obj.add_note("PSIsContainer", is_dir)
    return obj


# ---- the Env:, Variable:, Function: and Alias: drives --------------------------------------------------

class PSVariable:
    """System.Management.Automation.PSVariable: what `Get-Item variable:x` returns."""

    ps_type_name = "System.Management.Automation.PSVariable"
    type_names = [ps_type_name, "System.Object"]
    ps_properties = {"Name": "name", "Description": "description", "Value": "value", "Visibility": "visibility",
                     "Module": "module", "ModuleName": "module_name", "Options": "options", "Attributes": "attrs"}
    ps_methods = {"ToString": "ps_to_string"}
    description = ""
    visibility = "Public"
    module = None
    module_name = ""
    options = "None"

    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.attrs = []

    def ps_to_string(self, *_):
        return self.name


def _scopes(ctx):
    scope = ctx.scope
    while scope is not None:
        yield scope
        scope = scope.parent


def drive_items(runspace, ctx, drive: str, pattern: str) -> list:
    """[(name, item, content)] for the names matching `pattern` on a non-file-system drive."""
    pattern = pattern or "*"
    found = {}
    if drive == "env":
        for name in runspace.environment.names():
            found.setdefault(name, (name, DictionaryEntry(name, runspace.environment.get(name)),
                                    runspace.environment.get(name)))
    elif drive == "variable":
        for scope in _scopes(ctx):
            for key, value in scope.vars.items():
                name = scope.display_name(key)
                found.setdefault(key, (name, PSVariable(name, value), value))
    elif drive in ("function", "alias"):
        for info in runspace.commands.all_commands(ctx):
            if (info.kind in ("Function", "Filter")) == (drive == "function") and (
                    info.kind == "Alias") == (drive == "alias"):
                content = info.target if drive == "function" else info.definition
                found.setdefault(info.name.lower(), (info.name, command_object(runspace, ctx, info), content))
    items = [v for v in found.values() if wildcard_match(pattern, v[0])]
    return sorted(items, key=lambda v: v[0].lower())


def remove_drive_item(runspace, ctx, drive: str, name: str) -> bool:
    if drive == "env":
        runspace.environment.set(name, None)
        return True
    key = name.lower()
    for scope in _scopes(ctx):
        table = {"variable": scope.vars, "function": scope.functions, "alias": scope.aliases}[drive]
        if key in table:
            if drive == "variable":
                scope.remove(key)
            else:
                del table[key]
            return True
    return False


def set_drive_content(runspace, ctx, drive: str, name: str, value) -> None:
    if drive == "env":
        runspace.environment.set(name, to_string(value))
    elif drive == "variable":
        ctx.set_variable(name, value)
    elif drive == "function":
        runspace.commands.define_function_value(ctx, name, value)
    else:
        ctx.scope.aliases[name.lower()] = to_string(value)
