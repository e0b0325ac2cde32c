"""PowerShell drives: each runspace's drive table (`/`, Temp, Env, Variable, Function, Alias, the configured
Windows-style letters such as `C:`, and New-PSDrive's drives), and Get-PSDrive, New-PSDrive, Remove-PSDrive.

A drive letter is a FileSystem drive rooted at a directory: `$env:PYPOSH_DRIVE_<LETTER>` when set, else, for
`C` only, `$XDG_DATA_HOME/pyposh/drives/C` (`~/.local/share/pyposh/drives/C`), created on first use."""
from __future__ import annotations

import os
import tempfile

from pyposh.runtime.paths.providers import PSDriveInfo

DRIVE_NOT_FOUND = "System.Management.Automation.DriveNotFoundException"
NO_DRIVE = "Cannot find drive. A drive with the name '%s' does not exist."
# provider name -> the key the item cmdlets use for its items (None: the FileSystem provider)
PROVIDERS = {"filesystem": ("FileSystem", None), "environment": ("Environment", "env"),
             "variable": ("Variable", "variable"), "function": ("Function", "function"),
             "alias": ("Alias", "alias")}
_BUILTIN = (("Alias", "Alias", "", "Drive containing a view of the aliases stored in session state."),
            ("Env", "Environment", "", "Drive containing a view of the environment variables for the process."),
            ("Function", "Function", "", "Drive containing a view of the functions stored in session state."),
            ("Variable", "Variable", "", "Drive containing a view of those variables stored in session state."))


def letter_root(letter: str) -> str | None:
    """The directory a drive letter maps to, from the user's configuration; None when it has none."""
    configured = os.environ.get("PYPOSH_DRIVE_" + letter.upper())
    if configured:
        return os.path.abspath(os.path.expanduser(configured))
    if letter.upper() == "C":
        data = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
        return os.path.join(data, "pyposh", "drives", "C")
    return None


class DriveTable:
    """The drives one runspace sees, by case-insensitive name."""

    def __init__(self, runspace):
        self.runspace = runspace
        self.drives = {}
        self.removed = set()
        self.current_drive = "/"          # the drive Set-Location last moved onto
        self.locations = {}               # the other drives' remembered locations
        self.add(PSDriveInfo("/", "FileSystem", "/", "", runspace))
        self.add(PSDriveInfo("Temp", "FileSystem", tempfile.gettempdir().rstrip("/") + "/",
                             "Drive that maps to the temporary directory path for the current user.", runspace))
        for name, provider, root, description in _BUILTIN:
            self.add(PSDriveInfo(name, provider, root, description, runspace))

    def add(self, drive: PSDriveInfo):
        self.drives[drive.name.lower()] = drive
        self.removed.discard(drive.name.lower())

    def moved(self, drive_name: str | None, previous: str):
        """Set-Location went to the runspace's new location through `drive_name` (None: the same drive when the
        new location is still on it, else `/`)."""
        self.locations[self.current_drive] = previous
        if drive_name is None:
            drive = self.get(self.current_drive)
            root = drive.root.rstrip("/") if drive is not None else None
            location = self.runspace.location
            if root is None or not (location == root or location.startswith(root + "/")):
                drive_name = "/"
        if drive_name is not None:
            self.current_drive = drive_name.lower()
            if drive_name.lower() not in self.drives:
                letter = self._letter(drive_name)
                if letter is not None:
                    self.add(letter)

    def remove(self, name: str):
        self.drives.pop(name.lower(), None)
        self.removed.add(name.lower())

    def _letter(self, name: str) -> PSDriveInfo | None:
        if len(name) != 1 or not name.isalpha() or name.lower() in self.removed:
            return None
        root = letter_root(name)
        return None if root is None else PSDriveInfo(name.upper(), "FileSystem", root, "", self.runspace)

    def get(self, name: str) -> PSDriveInfo | None:
        drive = self.drives.get(name.lower())
        return drive if drive is not None else self._letter(name)

    def all(self) -> list:
        found = dict(self.drives)
        letters = {"c"} | {k[len("PYPOSH_DRIVE_"):].lower() for k in os.environ if k.startswith("PYPOSH_DRIVE_")}
        for letter in letters:
            if letter not in found:
                drive = self._letter(letter)
                if drive is not None:
                    found[letter] = drive
        return sorted(found.values(), key=lambda d: d.name.lower())

    def physical_root(self, drive: PSDriveInfo) -> str:
        """The drive's root directory, created on first use for a configured drive letter."""
        root = drive.root
        if len(drive.name) == 1 and drive.name.isalpha() and not os.path.isdir(root):
            try:
                os.makedirs(root, exist_ok=True)
            except OSError:
                pass
        return root


def drive_table(runspace) -> DriveTable:
    """The drives of a runspace (its runtime session keeps them)."""
    return runspace.services.drives


def drive_for_path(runspace, path: str) -> PSDriveInfo:
    """The drive a path is shown on: the drive in use when the path is under its root, else `/`."""
    table = drive_table(runspace)
    drive = table.get(table.current_drive)
    if drive is not None and drive.is_filesystem:
        root = drive.root.rstrip("/")
        if path == root or path.startswith(root + "/"):
            return drive
    return table.get("/") or PSDriveInfo("/", "FileSystem", "/", "", runspace)
