"""Locations and paths: Get/Set/Push/Pop-Location, Join-Path, Split-Path, Test-Path, Resolve-Path, Convert-Path."""
from __future__ import annotations

import datetime
import os
import re
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, to_string, unescape, wildcard_match
from pyposh.runtime.paths.drives import drive_table
from pyposh.runtime.paths.locations import (
    DRIVE_PATH, ITEM_NOT_FOUND, NOT_FOUND, PathInfo, drive_item_exists, drive_of, expand, full_path, location_history,
    missing_drive, normalize, shown_path,
)

# ---- Get-Location, Set-Location, Push-Location, Pop-Location -----------------------------------------

@cmdlet("Get-Location", aliases=("gl", "pwd"))
class GetLocation(Cmdlet):
    stack: Annotated[bool, Parameter(type="switch", sets=("Stack",))] = False
    psprovider: Annotated[list, Parameter(name="PSProvider", type="string[]", sets=("Location",))] = None
    psdrive: Annotated[list, Parameter(name="PSDrive", type="string[]", sets=("Location",))] = None
    stack_name: Annotated[list, Parameter(type="string[]", sets=("Stack",))] = None

    def end(self):
        if self.stack or self.stack_name:
            for path in reversed(self.runspace.services.location_stack):
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
    m = DRIVE_PATH.match(path)
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
        stack = self.runspace.services.location_stack
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
        stack = self.runspace.services.location_stack
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
