"""Locations and paths: Get/Set/Push/Pop-Location, Join-Path, Split-Path, Test-Path, Resolve-Path, Convert-Path."""
from __future__ import annotations

import os
import re
from typing import Annotated

from pyposh.interpreter.api import to_string
from pyposh.interpreter.commands.cmdlet import SERVICES, Cmdlet, Parameter, cmdlet
from pyposh.interpreter.values.typenames import register_type
from pyposh.interpreter.text.wildcard import compile_wildcard, has_wildcards, unescape, wildcard_match
from pyposh.runtime.cmdlets.drives import DRIVE_NOT_FOUND, NO_DRIVE, PROVIDERS, drive_for_path, drive_table
from pyposh.runtime.providers import PROVIDER, PSDriveInfo, ProviderInfo  # noqa: F401 - re-exported

ITEM_NOT_FOUND = "System.Management.Automation.ItemNotFoundException"
NOT_FOUND = "Cannot find path '%s' because it does not exist."
_PROVIDER_PREFIX = re.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::", re.I)
_DRIVE = re.compile(r"^([A-Za-z][\w]*):(.*)$", re.S)
OTHER_DRIVES = ("env", "variable", "function", "alias")


# ---- the objects Get-Location and Resolve-Path return ------------------------------------------------

class PathInfo:
    """System.Management.Automation.PathInfo: what Get-Location and Resolve-Path return."""

    ps_type_name = "System.Management.Automation.PathInfo"
    type_names = [ps_type_name, "System.Object"]
    ps_properties = {"Drive": "drive", "Provider": "provider", "ProviderPath": "provider_path", "Path": "path"}
    ps_methods = {"ToString": "ps_to_string"}

    def __init__(self, path: str, runspace=None):
        self.path = path
        self.provider_path = path
        self.drive = drive_for_path(runspace, path) if runspace is not None else PSDriveInfo(location=path)
        self.provider = self.drive.provider

    def ps_to_string(self, *_):
        return self.path

    def __repr__(self):
        return "PathInfo(%r)" % self.path


register_type(PathInfo.ps_type_name)


# ---- resolving paths against the runspace's location -------------------------------------------------

def drive_of(path: str, runspace=None):
    """('env', 'HOME') for `env:HOME` (a path on a drive of the Environment, Variable, Function or Alias
    provider), or None for a file-system path."""
    m = _DRIVE.match(path or "")
    if m is None:
        return None
    if runspace is None:
        kind = m.group(1).lower() if m.group(1).lower() in OTHER_DRIVES else None
    else:
        drive = drive_table(runspace).get(m.group(1))
        kind = None if drive is None or drive.is_filesystem else PROVIDERS[drive.provider.name.lower()][1]
    return (kind, m.group(2).lstrip("/\\")) if kind else None


def missing_drive(command: Cmdlet, path: str) -> bool:
    """Write DriveNotFound and return True when `path` starts with a drive the runspace does not have (`Q:`)."""
    m = _DRIVE.match(path or "")
    if m is None or _PROVIDER_PREFIX.match(path) or drive_table(command.runspace).get(m.group(1)) is not None:
        return False
    command.write_error(NO_DRIVE % m.group(1), "DriveNotFound", "ObjectNotFound", m.group(1), DRIVE_NOT_FOUND)
    return True


def _drive_path(runspace, name: str, rest: str) -> str | None:
    """The directory `NAME:rest` names on a FileSystem drive (`rest` from the drive's root when it starts with
    a separator, else from the drive's current location); None when NAME is no FileSystem drive."""
    table = drive_table(runspace)
    drive = table.get(name)
    if drive is None or not drive.is_filesystem:
        return None
    root = table.physical_root(drive).rstrip("/")
    if rest.startswith("/"):
        return (root + rest) if root else rest
    current = drive.current
    base = root + "/" + current if current else (root or "/")
    return base.rstrip("/") + "/" + rest if rest else base


def normalize(path: str, runspace=None) -> str:
    """A path as the FileSystem provider sees it on Linux: `\\` as `/`, provider prefix and `~` removed, a
    FileSystem drive (`C:`, `Temp:`, New-PSDrive's) replaced by its root."""
    path = _PROVIDER_PREFIX.sub("", to_string(path)).replace("\\", "/")
    if path == "~" or path.startswith("~/"):
        return os.path.expanduser("~") + path[1:]
    m = _DRIVE.match(path)
    if m is not None and runspace is not None:
        mapped = _drive_path(runspace, m.group(1), m.group(2))
        return path if mapped is None else mapped
    if path.lower().startswith("temp:"):
        import tempfile
        path = tempfile.gettempdir() + "/" + path[5:]
    return path


def full_path(runspace, path: str) -> str:
    """An absolute, normalized file-system path (no wildcard expansion)."""
    path = os.path.join(runspace.location, normalize(path, runspace))
    path = os.path.normpath(path)
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    return path


def shown_path(runspace, path: str) -> str:
    """A path as error messages show it: as written when it names a drive (`C:\\logs\\x.txt`), else absolute."""
    m = _DRIVE.match(to_string(path))
    if m is not None and not _PROVIDER_PREFIX.match(path) and drive_table(runspace).get(m.group(1)) is not None:
        return to_string(path)
    return full_path(runspace, path)


def _hidden(name: str) -> bool:
    return name.startswith(".")


def expand(runspace, path: str, literal: bool = False, force: bool = True) -> tuple[list[str], bool]:
    """Paths a -Path argument names: wildcards expanded against the file system (case-insensitive, as
    PowerShell's FileSystem provider matches). Returns (existing or literal paths, whether it had wildcards)."""
    if literal or not has_wildcards(path):
        return [full_path(runspace, path if literal else unescape(path))], False
    absolute = os.path.join(runspace.location, normalize(path, runspace))
    parts = [p for p in absolute.split("/") if p not in ("", ".")]
    current = ["/"]
    for part in parts:
        nxt = []
        if part == "..":
            nxt = [os.path.dirname(c) or "/" for c in current]
        elif has_wildcards(part):
            matcher = compile_wildcard(part)
            for base in current:
                try:
                    names = sorted(os.listdir(base), key=str.lower)
                except OSError:
                    continue
                nxt += [os.path.join(base, n) for n in names
                        if matcher.match(n) and (force or not _hidden(n) or part.startswith("."))]
        else:
            name = unescape(part)
            nxt = [os.path.join(base, name) for base in current if os.path.lexists(os.path.join(base, name))]
        current = nxt
        if not current:
            break
    return current, True


def location_history(runspace) -> dict:
    """The `cd -` / `cd +` history, kept on the runspace."""
    history = getattr(runspace, "location_history", None)
    if history is None:
        history = {"back": [], "forward": []}
        runspace.location_history = history
    return history


# ---- Get-Location, Set-Location, Push-Location, Pop-Location -----------------------------------------

@cmdlet("Get-Location", aliases=("gl", "pwd"))
class GetLocation(Cmdlet):
    stack: Annotated[bool, Parameter(type="switch", sets=("Stack",))] = False
    psprovider: Annotated[list, Parameter(name="PSProvider", type="string[]", sets=("Location",))] = None
    psdrive: Annotated[list, Parameter(name="PSDrive", type="string[]", sets=("Location",))] = None
    stack_name: Annotated[list, Parameter(type="string[]", sets=("Stack",))] = None

    def end(self):
        if self.stack or self.stack_name:
            for path in reversed(getattr(self.runspace, "location_stack", [])):
                self.write_object(PathInfo(path))
            return
        self.write_object(PathInfo(self.runspace.location, self.runspace))


def change_location(command: Cmdlet, path: str, literal: bool = False) -> str | None:
    """Set the runspace location to `path`; writes PathNotFound and returns None when it does not exist."""
    runspace = command.runspace
    history = location_history(runspace)
    if path == "-" and not literal:
        if not history["back"]:
            command.write_error("There is no location history left to navigate backwards.",
                                "InvalidOperation", "InvalidOperation", path,
                                "System.InvalidOperationException")
            return None
        target = history["back"].pop()
        history["forward"].append(runspace.location)
        runspace.set_location(target)
        return target
    if path == "+" and not literal:
        if not history["forward"]:
            command.write_error("There is no location history left to navigate forwards.",
                                "InvalidOperation", "InvalidOperation", path,
                                "System.InvalidOperationException")
            return None
        target = history["forward"].pop()
        history["back"].append(runspace.location)
        runspace.set_location(target)
        return target
    if missing_drive(command, path):
        return None
    other = drive_of(path, runspace)
    if other:
        command.write_error("Set-Location to the %s: drive is not supported by pyposh." % other[0],
                            "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
        return None
    matches, wild = expand(runspace, path, literal)
    matches = [m for m in matches if os.path.isdir(m)]
    if not matches:
        shown = path if wild else shown_path(runspace, path if literal else unescape(path))
        command.write_error(NOT_FOUND % shown, "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
        return None
    target = matches[0]
    previous = runspace.location
    if target != previous:
        history["back"].append(previous)
        del history["back"][:-20]
        history["forward"].clear()
    runspace.set_location(target)
    m = _DRIVE.match(path)
    drive_table(runspace).moved(m.group(1) if m else ("/" if normalize(path).startswith("/") else None), previous)
    return target


@cmdlet("Set-Location", aliases=("sl", "cd", "chdir"))
class SetLocation(Cmdlet):
    path: Annotated[str, Parameter(type="string", position=0, pipeline=True, pipeline_by_property=True,
                                   sets=("Path",))] = None
    literal_path: Annotated[str, Parameter(type="string", aliases=("PSPath", "LP"), pipeline_by_property=True,
                                           sets=("LiteralPath",))] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    stack_name: Annotated[str, Parameter(type="string", sets=("Stack",), pipeline_by_property=True)] = None

    def process(self):
        literal = self.literal_path is not None
        path = self.literal_path if literal else self.path
        if path is None or path == "":
            path = "~"
        target = change_location(self, path, literal)
        if target is not None and self.pass_thru:
            self.write_object(PathInfo(target, self.runspace))


@cmdlet("Push-Location", aliases=("pushd",))
class PushLocation(Cmdlet):
    path: Annotated[str, Parameter(type="string", position=0, pipeline=True, pipeline_by_property=True,
                                   sets=("Path",))] = None
    literal_path: Annotated[str, Parameter(type="string", aliases=("PSPath", "LP"), pipeline_by_property=True,
                                           sets=("LiteralPath",))] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    stack_name: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None

    def process(self):
        stack = self.runspace.location_stack
        current = self.runspace.location
        literal = self.literal_path is not None
        path = self.literal_path if literal else self.path
        if path is None:
            stack.append(current)
            return
        if change_location(self, path, literal) is not None:
            stack.append(current)
            if self.pass_thru:
                self.write_object(PathInfo(self.runspace.location, self.runspace))


@cmdlet("Pop-Location", aliases=("popd",))
class PopLocation(Cmdlet):
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    stack_name: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None

    def end(self):
        stack = self.runspace.location_stack
        if not stack:
            return
        target = stack.pop()
        self.runspace.set_location(target)
        if self.pass_thru:
            self.write_object(PathInfo(target, self.runspace))


# ---- Join-Path, Split-Path -----------------------------------------------------------------------

def join_two(parent: str, child: str) -> str:
    parent = parent.replace("\\", "/")
    child = child.replace("\\", "/")
    if not parent:
        return child
    if not child:
        return parent
    return parent.rstrip("/") + "/" + child.lstrip("/")


@cmdlet("Join-Path")
class JoinPath(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, aliases=("PSPath",))] = None
    child_path: Annotated[str, Parameter(type="string", position=1, pipeline_by_property=True)] = None
    additional_child_path: Annotated[list, Parameter(type="string[]", remaining=True)] = None
    resolve: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object", pipeline_by_property=True)] = None

    def process(self):
        for parent in self.path or []:
            joined = join_two(parent or "", self.child_path or "")
            for extra in self.additional_child_path or []:
                joined = join_two(joined, to_string(extra))
            if not self.resolve:
                self.write_object(joined)
                continue
            matches, _ = expand(self.runspace, joined)
            matches = [m for m in matches if os.path.lexists(m)]
            if not matches:
                self.write_error(NOT_FOUND % shown_path(self.runspace, joined), "PathNotFound", "ObjectNotFound",
                                 joined, ITEM_NOT_FOUND)
            for m in matches:
                self.write_object(m)


def _qualifier(path: str):
    m = re.match(r"^([^/\\:]+):", path)
    return m.group(1) + ":" if m else None


@cmdlet("Split-Path")
class SplitPath(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True)] = None
    literal_path: Annotated[list, Parameter(type="string[]", aliases=("PSPath", "LP"), pipeline_by_property=True,
                                            sets=("LiteralPathSet",))] = None
    parent: Annotated[bool, Parameter(type="switch", sets=("ParentSet",))] = False
    leaf: Annotated[bool, Parameter(type="switch", sets=("LeafSet",))] = False
    leaf_base: Annotated[bool, Parameter(type="switch", sets=("LeafBaseSet",))] = False
    extension: Annotated[bool, Parameter(type="switch", sets=("ExtensionSet",))] = False
    qualifier: Annotated[bool, Parameter(type="switch", sets=("QualifierSet",))] = False
    no_qualifier: Annotated[bool, Parameter(type="switch", sets=("NoQualifierSet",))] = False
    is_absolute: Annotated[bool, Parameter(type="switch", sets=("IsAbsoluteSet",))] = False
    resolve: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        paths = self.literal_path if self.literal_path is not None else (self.path or [])
        for raw in paths:
            path = raw or ""
            if self.resolve:
                matches, _ = expand(self.runspace, path, self.literal_path is not None)
                matches = [m for m in matches if os.path.lexists(m)]
                if not matches:
                    self.write_error(NOT_FOUND % shown_path(self.runspace, path), "PathNotFound", "ObjectNotFound",
                                     path, ITEM_NOT_FOUND)
                    continue
                for m in matches:
                    self.one(m)
            else:
                self.one(path)

    def one(self, path: str):
        if self.is_absolute:
            self.write_object(path.startswith(("/", "\\", "~")) or _qualifier(path) is not None)
            return
        if self.qualifier:
            q = _qualifier(path)
            if q is None:
                self.write_error("Cannot parse path because path '%s' does not have a qualifier specified."
                                 % path, "ParsePathFormatError", "InvalidArgument", path,
                                 "System.Management.Automation.ParameterBindingException")
            else:
                self.write_object(q)
            return
        if self.no_qualifier:
            q = _qualifier(path)
            self.write_object(path[len(q):] if q else path)
            return
        trimmed = path.rstrip("/\\") or path[:1]
        cut = max(trimmed.rfind("/"), trimmed.rfind("\\"))
        if self.leaf or self.leaf_base or self.extension:
            leaf = trimmed[cut + 1:] if cut >= 0 else trimmed
            q = _qualifier(leaf)
            if q and cut < 0:
                leaf = leaf[len(q):]
            if self.leaf:
                self.write_object(leaf)
            else:
                dot = leaf.rfind(".")
                if self.leaf_base:
                    self.write_object(leaf[:dot] if dot > 0 else leaf)
                else:
                    self.write_object(leaf[dot:] if dot > 0 else "")
            return
        if cut < 0:
            q = _qualifier(trimmed)
            self.write_object(q if q and q != trimmed else "")
        elif cut == 0:
            self.write_object(trimmed[0] if len(trimmed) > 1 else "")
        else:
            self.write_object(trimmed[:cut])


# ---- Test-Path, Resolve-Path, Convert-Path -----------------------------------------------------------

def drive_item_exists(runspace, ctx, drive: str, name: str) -> bool:
    """Whether `env:NAME`, `variable:NAME`, `function:NAME` or `alias:NAME` exists (NAME may be a wildcard)."""
    from pyposh.runtime.cmdlets.filesystem import drive_items
    return bool(drive_items(runspace, ctx, drive, name)) if name else True


@cmdlet("Test-Path")
class TestPath(Cmdlet):
    path: Annotated[list, Parameter(type="object[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Path",))] = None
    literal_path: Annotated[list, Parameter(type="object[]", aliases=("PSPath", "LP"), mandatory=True,
                                            pipeline_by_property=True, sets=("LiteralPath",))] = None
    path_type: Annotated[str, Parameter(type="string", aliases=("Type",),
                                        validate_set=("Any", "Container", "Leaf"))] = "Any"
    is_valid: Annotated[bool, Parameter(type="switch")] = False
    filter: Annotated[str, Parameter(type="string")] = None
    include: Annotated[list, Parameter(type="string[]")] = None
    exclude: Annotated[list, Parameter(type="string[]")] = None
    older_than: Annotated[object, Parameter(type="datetime")] = None
    newer_than: Annotated[object, Parameter(type="datetime")] = None
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        literal = self.literal_path is not None
        paths = self.literal_path if literal else self.path
        if not paths:
            paths = [None]
        for path in paths:
            if path is None:
                self.write_error("Value cannot be null. (Parameter 'The provided Path argument was null or an empty "
                                 "collection.')", "NullPathNotPermitted", "InvalidArgument", None,
                                 "System.ArgumentNullException")
                continue
            self.write_object(self.test(to_string(path), literal))

    def test(self, path, literal) -> bool:
        if not path.strip():
            return False
        if self.is_valid:
            return "\0" not in path
        kind = (self.path_type or "Any").lower()
        drive = drive_of(path, self.runspace)
        if drive:
            if not drive_item_exists(self.runspace, self.ctx, drive[0], drive[1]):
                return False
            return kind == "any" or (kind == "container") == (not drive[1])
        matches, _ = expand(self.runspace, path, literal)
        for m in matches:
            if not os.path.lexists(m) or not self.selected(m):
                continue
            if kind == "any" or (kind == "container") == os.path.isdir(m):
                return True
        return False

    def selected(self, path: str) -> bool:
        name = os.path.basename(path)
        if self.filter and not wildcard_match(self.filter, name):
            return False
        if self.include and not any(wildcard_match(p, name) for p in self.include):
            return False
        if self.exclude and any(wildcard_match(p, name) for p in self.exclude):
            return False
        if self.older_than is not None or self.newer_than is not None:
            import datetime
            mtime = datetime.datetime.fromtimestamp(os.path.getmtime(path))
            limit = self.older_than or self.newer_than
            limit = limit.replace(tzinfo=None) if limit.tzinfo else limit
            if self.older_than is not None and not mtime < limit:
                return False
            if self.newer_than is not None and not mtime > limit:
                return False
        return True


def relative_to(base: str, path: str) -> str:
    rel = os.path.relpath(path, base)
    if rel == ".":
        return "."
    return rel if rel.startswith("..") else "./" + rel


class _ResolveBase(Cmdlet):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Path",))] = None
    literal_path: Annotated[list, Parameter(type="string[]", aliases=("PSPath", "LP"), mandatory=True,
                                            pipeline_by_property=True, sets=("LiteralPath",))] = None

    def resolved(self):
        literal = self.literal_path is not None
        for path in (self.literal_path if literal else self.path) or []:
            if missing_drive(self, path):
                continue
            matches, wild = expand(self.runspace, path, literal)
            matches = [m for m in matches if os.path.lexists(m)]
            if not matches and not wild:
                self.write_error(NOT_FOUND % shown_path(self.runspace, path if literal else unescape(path)),
                                 "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
            elif not matches:
                self.write_error(NOT_FOUND % path, "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
            yield from matches


@cmdlet("Resolve-Path", aliases=("rvpa",))
class ResolvePath(_ResolveBase):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Path",))] = None
    literal_path: Annotated[list, Parameter(type="string[]", aliases=("PSPath", "LP"), mandatory=True,
                                            pipeline_by_property=True, sets=("LiteralPath",))] = None
    relative: Annotated[bool, Parameter(type="switch")] = False
    relative_base_path: Annotated[str, Parameter(type="string")] = None
    credential: Annotated[object, Parameter(type="object")] = None

    def process(self):
        base = full_path(self.runspace, self.relative_base_path) if self.relative_base_path else self.location
        for m in self.resolved():
            self.write_object(relative_to(base, m) if self.relative else PathInfo(m, self.runspace))


@cmdlet("Convert-Path", aliases=("cvpa",))
class ConvertPath(_ResolveBase):
    path: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline=True,
                                    pipeline_by_property=True, sets=("Path",))] = None
    literal_path: Annotated[list, Parameter(type="string[]", aliases=("PSPath", "LP"), mandatory=True,
                                            pipeline_by_property=True, sets=("LiteralPath",))] = None

    def process(self):
        for m in self.resolved():
            self.write_object(m)


SERVICES["path_info"] = PathInfo
SERVICES["full_path"] = full_path
