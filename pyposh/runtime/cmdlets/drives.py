"""Get-PSDrive, New-PSDrive and Remove-PSDrive (the drive table is paths/drives.py)."""
from __future__ import annotations

import os
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, cmdlet, has_wildcards, to_string, wildcard_match
from pyposh.runtime.paths.drives import DRIVE_NOT_FOUND, NO_DRIVE, PROVIDERS, drive_table
from pyposh.runtime.paths.locations import full_path
from pyposh.runtime.paths.providers import PSDriveInfo


def _name_matches(patterns, name) -> bool:
    return any(wildcard_match(to_string(p), name) for p in patterns)


@cmdlet("Get-PSDrive", aliases=("gdr",))
class GetPSDrive(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, pipeline_by_property=True, sets=("Name",))] = None
    literal_name: Annotated[list, Parameter(type="string[]", mandatory=True, pipeline_by_property=True,
                                            sets=("LiteralName",))] = None
    scope: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    psprovider: Annotated[list, Parameter(name="PSProvider", type="string[]", pipeline_by_property=True)] = None
    use_transaction: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        drives = drive_table(self.runspace).all()
        if self.psprovider:
            drives = [d for d in drives if _name_matches(self.psprovider, d.provider.name)]
        if self.literal_name is not None:
            names = [(to_string(n), False) for n in self.literal_name]
        elif self.name:
            names = [(to_string(n).rstrip(":"), has_wildcards(to_string(n))) for n in self.name]
        else:
            for drive in drives:
                self.write_object(drive)
            return
        for name, wild in names:
            found = [d for d in drives if (wildcard_match(name, d.name) if wild else d.name.lower() == name.lower())]
            if not found and not wild:
                self.write_error(NO_DRIVE % name, "GetLocationNoMatchingDrive", "ObjectNotFound", name,
                                 DRIVE_NOT_FOUND)
            for drive in found:
                self.write_object(drive)


@cmdlet("New-PSDrive", aliases=("ndr",))
class NewPSDrive(Cmdlet):
    name: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True)] = None
    psprovider: Annotated[str, Parameter(name="PSProvider", type="string", position=1, mandatory=True,
                                         pipeline_by_property=True)] = None
    root: Annotated[str, Parameter(type="string", position=2, mandatory=True, pipeline_by_property=True)] = None
    description: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = ""
    scope: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    persist: Annotated[bool, Parameter(type="switch")] = False
    credential: Annotated[object, Parameter(type="object", pipeline_by_property=True)] = None

    def process(self):
        table = drive_table(self.runspace)
        name = to_string(self.name)
        provider = PROVIDERS.get(to_string(self.psprovider).split("\\")[-1].lower())
        if provider is None:
            self.write_error("Cannot find a provider with the name '%s'." % self.psprovider, "ProviderNotFound",
                             "ObjectNotFound", self.psprovider,
                             "System.Management.Automation.ProviderNotFoundException")
            return
        if not name or any(c in name for c in ":/\\[]*?"):
            self.write_error("The drive name '%s' is not valid." % name, "NewDriveProviderException",
                             "InvalidArgument", name, "System.Management.Automation.PSArgumentException")
            return
        if name.lower() in table.drives:
            self.write_error("A drive with the name '%s' already exists." % name, "DriveAlreadyExists",
                             "ResourceExists", name, "System.Management.Automation.SessionStateException")
            return
        root = to_string(self.root or "")
        if provider[1] is None:
            physical = full_path(self.runspace, root)
            if not os.path.isdir(physical):
                self.write_error('The specified drive root "%s" either does not exist, or it is not a folder.'
                                 % physical, "DriveRootError", "ReadError", name, "System.IO.IOException")
                return
            root = physical
        drive = PSDriveInfo(name, provider[0], root, to_string(self.description or ""), self.runspace)
        table.add(drive)
        self.write_object(drive)


@cmdlet("Remove-PSDrive", aliases=("rdr",))
class RemovePSDrive(Cmdlet):
    name: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True,
                                    sets=("Name",))] = None
    literal_name: Annotated[list, Parameter(type="string[]", mandatory=True, pipeline_by_property=True,
                                            sets=("LiteralName",))] = None
    psprovider: Annotated[list, Parameter(name="PSProvider", type="string[]", pipeline_by_property=True)] = None
    scope: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    force: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        table = drive_table(self.runspace)
        literal = self.literal_name is not None
        for raw in (self.literal_name if literal else self.name) or []:
            name = getattr(raw, "name", None) if isinstance(raw, PSDriveInfo) else to_string(raw).rstrip(":")
            wild = not literal and has_wildcards(name)
            drives = [d for d in table.all() if (wildcard_match(name, d.name) if wild else
                                                 d.name.lower() == name.lower())]
            if self.psprovider:
                drives = [d for d in drives if _name_matches(self.psprovider, d.provider.name)]
            if not drives and not wild:
                self.write_error(NO_DRIVE % name, "DriveNotFound", "ObjectNotFound", name, DRIVE_NOT_FOUND)
            for drive in drives:
                if drive.current and drive.name != "/" and not self.force:
                    self.write_error("Drive '%s' cannot be removed because it is in use." % drive.name,
                                     "InvalidOperation", "InvalidOperation", drive.name,
                                     "System.Management.Automation.PSInvalidOperationException")
                    continue
                table.remove(drive.name)
