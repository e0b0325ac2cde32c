"""The base of the cmdlets that take -Path (wildcards) or -LiteralPath: resolving them, PathNotFound errors,
-Filter/-Include/-Exclude."""
from __future__ import annotations

import os

from pyposh.interpreter.api import Cmdlet, Parameter, has_wildcards, unescape, wildcard_match
from pyposh.runtime.paths.locations import ITEM_NOT_FOUND, NOT_FOUND, drive_of, expand, missing_drive, shown_path
from pyposh.runtime.paths.providers import drive_items

IO_EXCEPTION = "System.IO.IOException"


# ---- shared helpers for cmdlets taking -Path / -LiteralPath --------------------------------------------

class PathCmdlet(Cmdlet):
    """Base for item cmdlets: resolves -Path (wildcards) or -LiteralPath, reporting PathNotFound."""

    def path_args(self):
        literal = getattr(self, "literal_path", None)
        if literal is not None:
            return [(p, True) for p in literal]
        return [(p, False) for p in (getattr(self, "path", None) or [])]

    def drive_args(self):
        """(path, literal, drive) for each of path_args(): drive is drive_of's (drive, name) for a path on a
        provider drive (Variable:, Env:, ...), else None."""
        for path, literal in self.path_args():
            yield path, literal, drive_of(path, self.runspace)

    def resolve(self, path, literal, force=True, report=True) -> list[str]:
        if missing_drive(self, path):
            return []
        matches, wild = expand(self.runspace, path, literal, force)
        matches = [m for m in matches if os.path.lexists(m)]
        if not matches and report and not wild:
            shown = shown_path(self.runspace, path if literal else unescape(path))
            self.write_error(NOT_FOUND % shown, "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
        elif not matches and report and wild and not has_wildcards(os.path.basename(path.rstrip("/"))):
            self.write_error(NOT_FOUND % path, "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)
        return matches

    def name_selected(self, name: str) -> bool:
        flt = getattr(self, "filter", None)
        if flt and not wildcard_match(flt, name):
            return False
        include = getattr(self, "include", None)
        if include and not any(wildcard_match(p, name) for p in include):
            return False
        exclude = getattr(self, "exclude", None)
        if exclude and any(wildcard_match(p, name) for p in exclude):
            return False
        return True

    def drive_missing(self, drive, name, path):
        self.write_error(NOT_FOUND % path, "PathNotFound", "ObjectNotFound", path, ITEM_NOT_FOUND)

    def drive_matches(self, drive, path, name=None) -> list:
        """The (name, item, content) entries a provider drive path (drive_of's (drive, name)) names, looked up
        by `name` (drive[1] unless given); PathNotFound when there are none and drive[1] has no wildcards."""
        items = drive_items(self.runspace, self.ctx, drive[0], drive[1] if name is None else name)
        if not items and not has_wildcards(drive[1]):
            self.drive_missing(drive[0], drive[1], path)
        return items


PATH = Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True, sets=("Path",))
MANDATORY_PATH = Parameter(type="string[]", position=0, mandatory=True, pipeline=True, pipeline_by_property=True,
                           sets=("Path",))
# -Path as the content cmdlets (and Set-Item) declare it: mandatory, bound from the pipeline by property name only
CONTENT_PATH = Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True, sets=("Path",))
LITERAL = Parameter(type="string[]", aliases=("PSPath", "LP"), pipeline_by_property=True, sets=("LiteralPath",))
