"""The base of the cmdlets that take -Path (wildcards) or -LiteralPath: resolving them, PathNotFound errors,
-Filter/-Include/-Exclude."""
from __future__ import annotations

import os

from pyposh.interpreter.api import Cmdlet, Parameter, has_wildcards, unescape, wildcard_match
from pyposh.runtime.paths.locations import ITEM_NOT_FOUND, NOT_FOUND, expand, missing_drive, shown_path

IO_EXCEPTION = "System.IO.IOException"


# ---- shared helpers for cmdlets taking -Path / -LiteralPath --------------------------------------------

class PathCmdlet(Cmdlet):
    """Base for item cmdlets: resolves -Path (wildcards) or -LiteralPath, reporting PathNotFound."""

    def path_args(self):
        literal = getattr(self, "literal_path", None)
        if literal is not None:
            return [(p, True) for p in literal]
        return [(p, False) for p in (getattr(self, "path", None) or [])]

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


PATH = Parameter(type="string[]", position=0, pipeline=True, pipeline_by_property=True, sets=("Path",))
LITERAL = Parameter(type="string[]", aliases=("PSPath", "LP"), pipeline_by_property=True, sets=("LiteralPath",))
