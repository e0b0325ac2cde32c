"""Resolving paths against a runspace: its location, its drives (`C:\\x`, `Temp:`, `env:HOME`), `~`, wildcards;
PathInfo (what Get-Location and Resolve-Path return) and the `cd -`/`cd +` history."""
from __future__ import annotations

import os
import re
import tempfile

from pyposh.interpreter.api import Cmdlet, compile_wildcard, has_wildcards, register_type, to_string, unescape
from pyposh.runtime.paths.drives import DRIVE_NOT_FOUND, NO_DRIVE, PROVIDERS, drive_for_path, drive_table
from pyposh.runtime.paths.providers import PSDriveInfo, drive_items

ITEM_NOT_FOUND = "System.Management.Automation.ItemNotFoundException"
NOT_FOUND = "Cannot find path '%s' because it does not exist."
_PROVIDER_PREFIX = re.compile(r"^(?:Microsoft\.PowerShell\.Core\\)?FileSystem::", re.I)
DRIVE_PATH = re.compile(r"^([A-Za-z][\w]*):(.*)$", re.S)
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
    m = DRIVE_PATH.match(path or "")
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
    m = DRIVE_PATH.match(path or "")
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
    letter = len(drive.name) == 1 and drive.name.isalpha()
    if rest.startswith("/"):
        base, rest = root or "/", rest.lstrip("/")
    else:
        current = drive.current
        base = root + "/" + current if current else (root or "/")
    if letter and rest:
        rest = _existing_case(base, rest)
    return base.rstrip("/") + "/" + rest if rest else base


def _existing_case(base: str, rest: str) -> str:
    """`rest` with each name that exists under `base` in another case spelled as it exists: a drive letter
    stands for a Windows volume, where `c:/logs/pslog.txt` opens the `PsLog.txt` a script wrote. Names from
    the first one that does not exist (a file to create) stay as written."""
    parts = rest.split("/")
    directory = base
    for number, part in enumerate(parts):
        if part in ("", ".", "..") or has_wildcards(part):
            directory = os.path.join(directory, part)
            continue
        candidate = os.path.join(directory, part)
        if not os.path.lexists(candidate):
            try:
                matches = [name for name in os.listdir(directory) if name.lower() == part.lower()]
            except OSError:
                break
            if len(matches) != 1:
                break
            parts[number] = matches[0]
            candidate = os.path.join(directory, matches[0])
        directory = candidate
    return "/".join(parts)


def normalize(path: str, runspace=None) -> str:
    """A path as the FileSystem provider sees it on Linux: `\\` as `/`, provider prefix and `~` removed, a
    FileSystem drive (`C:`, `Temp:`, New-PSDrive's) replaced by its root."""
    path = _PROVIDER_PREFIX.sub("", to_string(path)).replace("\\", "/")
    if path == "~" or path.startswith("~/"):
        return os.path.expanduser("~") + path[1:]
    m = DRIVE_PATH.match(path)
    if m is not None and runspace is not None:
        mapped = _drive_path(runspace, m.group(1), m.group(2))
        return path if mapped is None else mapped
    if path.lower().startswith("temp:"):
        path = tempfile.gettempdir() + "/" + path[5:]
    return path


def full_path(runspace, path: str) -> str:
    """An absolute, normalized file-system path (no wildcard expansion)."""
    path = normalize(path, runspace)
    if not path.startswith("/") and path:
        drive = drive_for_path(runspace, runspace.location)
        if len(drive.name) == 1 and drive.name.isalpha():        # relative, on a drive letter: as `C:rest`
            path = _existing_case(runspace.location, path)
    path = os.path.join(runspace.location, path)
    path = os.path.normpath(path)
    if path.startswith("//"):
        path = "/" + path.lstrip("/")
    return path


def shown_path(runspace, path: str) -> str:
    """A path as error messages show it: as written when it names a drive (`C:\\logs\\x.txt`), else absolute."""
    m = DRIVE_PATH.match(to_string(path))
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
    """The `cd -` / `cd +` history of a runspace: {"back": [...], "forward": [...]}."""
    return runspace.services.location_history


def drive_item_exists(runspace, ctx, drive: str, name: str) -> bool:
    """Whether `env:NAME`, `variable:NAME`, `function:NAME` or `alias:NAME` exists (NAME may be a wildcard)."""
    return bool(drive_items(runspace, ctx, drive, name)) if name else True
