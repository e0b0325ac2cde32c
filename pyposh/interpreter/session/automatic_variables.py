"""Automatic and preference variables a new session starts with ($PSVersionTable, $HOME, $IsLinux ...)."""
from __future__ import annotations

import os
import re
import sys

from pyposh.interpreter.dotnet.static_members import constructor, statics
from pyposh.interpreter.values import conversions as cv
from pyposh.interpreter.values.conversions import PSVersion
from pyposh.interpreter.values.enums import ENUMS, EnumType
from pyposh.interpreter.values.objects import Hashtable, PSObject
from pyposh.interpreter.values.typenames import register_type

PS_VERSION = "7.4.6"
ACTION_PREFERENCE = "System.Management.Automation.ActionPreference"
SEMVER = "System.Management.Automation.SemanticVersion"
for _name, _members in (("System.Management.Automation.ConfirmImpact", ["None", "Low", "Medium", "High"]),
                        ("System.Management.Automation.ErrorView",
                         ["NormalView", "CategoryView", "ConciseView", "DetailedView"])):
    ENUMS.setdefault(_name.lower(), EnumType(_name, [(n, i) for i, n in enumerate(_members)]))

# The preference variables PowerShell declares with a type (SpecialVariables.PreferenceVariableTypes and
# InitialSessionState's ArgumentTypeConverterAttribute): assigning 'stop' stores [ActionPreference]::Stop.
PREFERENCE_TYPES = {
    "erroractionpreference": ACTION_PREFERENCE, "warningpreference": ACTION_PREFERENCE,
    "verbosepreference": ACTION_PREFERENCE, "debugpreference": ACTION_PREFERENCE,
    "informationpreference": ACTION_PREFERENCE, "progresspreference": ACTION_PREFERENCE,
    "confirmpreference": "System.Management.Automation.ConfirmImpact",
    "whatifpreference": "System.Management.Automation.SwitchParameter",
    "errorview": "System.Management.Automation.ErrorView",
    "psnativecommanduseerroractionpreference": "System.Boolean", "maximumhistorycount": "System.Int32",
}
# Variables PowerShell creates Constant or ReadOnly, all of them AllScope (SessionStateScope.InitializeFixedVariables,
# InitialSessionState.BuiltInVariables). $null is absent: assigning to it discards the value.
PROTECTED_VARIABLES = {
    "true": "Constant", "false": "Constant", "?": "Constant", "host": "Constant", "executioncontext": "Constant",
    "psversiontable": "Constant", "psedition": "Constant", "pid": "Constant", "shellid": "Constant",
    "pshome": "Constant", "enabledexperimentalfeatures": "Constant", "islinux": "Constant",
    "iswindows": "Constant", "ismacos": "Constant", "iscoreclr": "Constant", "home": "ReadOnly",
    "psculture": "ReadOnly", "psuiculture": "ReadOnly", "consolefilename": "ReadOnly",
}


class SemanticVersion(PSVersion):
    """`[semver]` (System.Management.Automation.SemanticVersion): Major.Minor.Patch[-PreRelease][+Build].

    A PSVersion subclass so that -eq/-lt and sorting treat it as a version: the right operand is converted
    to [semver] ('7.0' and [version]'7.0' become 7.0.0), as LanguagePrimitives.Compare does."""

    __slots__ = ("pre_release_label", "build_label")
    ps_type_name = SEMVER
    ps_base_types = ("System.IComparable", "System.IEquatable`1")
    ps_properties = {"Major": "major", "Minor": "minor", "Patch": "patch", "PreReleaseLabel": "pre_release_label",
                     "BuildLabel": "build_label"}
    ps_methods = {"ToString": "ps_to_string", "CompareTo": "compare_to", "Equals": "equals",
                  "GetHashCode": "__hash__"}
    _PATTERN = (r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?"    # compiled on first use
                r"(?:\+([0-9A-Za-z][0-9A-Za-z.-]*))?$")

    def __init__(self, major: int, minor: int = 0, patch: int = 0, pre_release_label=None, build_label=None):
        super().__init__(major, minor, patch)
        self.pre_release_label = pre_release_label or None
        self.build_label = build_label or None

    major = property(lambda self: self.parts[0])
    minor = property(lambda self: self.parts[1])
    patch = property(lambda self: self.parts[2])

    @classmethod
    def parse(cls, text: str) -> "SemanticVersion":
        match = re.match(cls._PATTERN, text.strip())
        if match is None:
            raise ValueError("The input string '%s' was not in a correct format." % text)
        major, minor, patch, pre, build = match.groups()
        return cls(int(major), int(minor or 0), int(patch or 0), pre, build)

    def ps_to_string(self, *_) -> str:
        text = "%d.%d.%d" % self.parts
        if self.pre_release_label:
            text += "-" + self.pre_release_label
        return text + ("+" + self.build_label if self.build_label else "")

    __str__ = ps_to_string

    def __repr__(self):
        return "SemanticVersion(%s)" % self.ps_to_string()

    def _order(self, other) -> int:
        if not isinstance(other, SemanticVersion):   # a [version]: compare as [version] (the implicit cast)
            mine = PSVersion(*self.parts)._key()
            return (mine > other._key()) - (mine < other._key())
        if self.parts != other.parts:
            return (self.parts > other.parts) - (self.parts < other.parts)
        return _compare_labels(self.pre_release_label, other.pre_release_label)

    def __eq__(self, other):
        if isinstance(other, PSVersion):
            return self._order(other) == 0 and (not isinstance(other, SemanticVersion)
                                                or self.build_label == other.build_label)
        return NotImplemented

    def __lt__(self, other):
        return self._order(other) < 0

    def __gt__(self, other):
        return self._order(other) > 0

    def __hash__(self):
        return hash(self.ps_to_string())

    def compare_to(self, other=None):
        if other is None:
            return 1
        return self._order(to_semantic_version(other))

    def equals(self, other=None):
        return isinstance(other, SemanticVersion) and self == other


def _compare_labels(a, b) -> int:
    """SemanticVersion.ComparePreLabel: no label sorts above any label; dotted units compare numerically
    when both are numbers, a number below a name, names ordinally; more units sort higher."""
    if not a or not b:
        return (not a) - (not b)
    units_a, units_b = a.split("."), b.split(".")
    for x, y in zip(units_a, units_b):
        if x == y:
            continue
        if x.isdigit() and y.isdigit():
            return (int(x) > int(y)) - (int(x) < int(y))
        if x.isdigit() or y.isdigit():
            return -1 if x.isdigit() else 1
        return (x > y) - (x < y)
    return (len(units_a) > len(units_b)) - (len(units_a) < len(units_b))


def to_semantic_version(value):
    """`[semver]value`: from a string ('7', '7.4', '7.4.6-rc.1') or a [version] with at most three parts."""
    value = cv.unwrap(value)
    if value is None or isinstance(value, SemanticVersion):
        return value
    if isinstance(value, PSVersion):
        parts = value.parts + (-1,) * (4 - len(value.parts))
        if parts[3] <= 0:
            return SemanticVersion(parts[0], parts[1], max(parts[2], 0))
        raise cv.cast_error(value, SEMVER, "Cannot process argument because the value of argument \"version\" is "
                            "not valid. Change the value of the \"version\" argument and run the operation again.",
                            "InvalidCastConstructorException")
    if isinstance(value, str):
        try:
            return SemanticVersion.parse(value)
        except ValueError as e:
            raise cv.cast_error(value, SEMVER, str(e), "InvalidCastParseTargetInvocation") from None
    raise cv.final_cast_error(value, SEMVER)


def _register_semver():
    register_type(SEMVER, ("System.Object",), converter=to_semantic_version, aliases=("semver",))
    constructor(SEMVER, lambda t, *args: to_semantic_version(args[0]) if len(args) == 1 else SemanticVersion(*args),
                1, 5)
    statics(SEMVER).method("Parse", lambda t, text: to_semantic_version(str(text)), 1)


_register_semver()


def _os_description() -> str:
    """RuntimeInformation.OSDescription: the distribution's PRETTY_NAME on Linux, else kernel name and release."""
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.partition("=")[2].strip().strip('"')
    except OSError:
        pass
    if hasattr(os, "uname"):
        return "%s %s %s" % (os.uname().sysname, os.uname().release, os.uname().version)
    return sys.platform


def version_table() -> Hashtable:
    """$PSVersionTable, its entries in the order pwsh lists them (PSVersionHashTable's enumeration order)."""
    major, minor, patch = (int(p) for p in PS_VERSION.split("."))
    table = Hashtable()
    table["PSVersion"] = SemanticVersion(major, minor, patch)
    table["PSEdition"] = "Core"
    table["GitCommitId"] = PS_VERSION
    table["OS"] = _os_description()
    table["Platform"] = "Unix" if os.name != "nt" else "Win32NT"
    table["PSCompatibleVersions"] = [PSVersion(1, 0), PSVersion(2, 0), PSVersion(3, 0), PSVersion(4, 0),
                                     PSVersion(5, 0), PSVersion(5, 1, 10032, 0), PSVersion(6, 0, 0),
                                     PSVersion(7, 0, 0)]
    table["PSRemotingProtocolVersion"] = PSVersion(2, 3)
    table["SerializationVersion"] = PSVersion(1, 1, 0, 1)
    table["WSManStackVersion"] = PSVersion(3, 0)
    return table


def host_variable(runspace) -> PSObject:
    """`$Host`: the host's name, version and UI ($Host.UI.RawUI.BufferSize.Width)."""
    host = PSObject(type_names=["System.Management.Automation.Internal.Host.InternalHost", "System.Object"])
    host.add_note("Name", "ConsoleHost")
    host.add_note("Version", PSVersion(*(int(p) for p in PS_VERSION.split("."))))
    host.add_note("UI", getattr(runspace.host, "ui", lambda: None)())
    return host


def install_automatic_variables(runspace, host: PSObject, execution_context):
    """The variables a new session starts with, in its global scope; `$Host` and `$ExecutionContext` are made
    by the runspace (the engine intrinsics reach commands, a layer above this one)."""
    scope = runspace.global_scope
    values = {
        "PSVersionTable": version_table(),
        "PSEdition": "Core",
        "Host": host,
        "ExecutionContext": execution_context,
        "HOME": os.path.expanduser("~"),
        "PID": os.getpid(),
        "IsLinux": sys.platform.startswith("linux"),
        "IsWindows": os.name == "nt",
        "IsMacOS": sys.platform == "darwin",
        "IsCoreCLR": True,
        "PSHOME": os.path.dirname(os.path.abspath(__file__)),
        "PSCulture": "en-US",
        "PSUICulture": "en-US",
        "ConsoleFileName": "",
        "EnabledExperimentalFeatures": [],
        "Error": runspace.error_list,
        "LASTEXITCODE": None,
        "ErrorActionPreference": "Continue",
        "WarningPreference": "Continue",
        "VerbosePreference": "SilentlyContinue",
        "DebugPreference": "SilentlyContinue",
        "InformationPreference": "SilentlyContinue",
        "ProgressPreference": "Continue",
        "ConfirmPreference": "High",
        "WhatIfPreference": False,
        "ErrorView": "ConciseView",
        "PSNativeCommandUseErrorActionPreference": False,
        "PSDefaultParameterValues": Hashtable(),
        "FormatEnumerationLimit": 4,
        "MaximumHistoryCount": 4096,
        "ShellId": "Microsoft.PowerShell",
        "NestedPromptLevel": 0,
    }
    for name, value in values.items():
        key = name.lower()
        type_name = PREFERENCE_TYPES.get(key)
        if type_name is not None:
            scope.constrain(key, type_name)
        scope.set_local(key, value, name)
    scope.options = scope.options or {}
    for key, option in PROTECTED_VARIABLES.items():
        scope.options[key] = {option, "AllScope"}
