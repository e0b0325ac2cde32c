"""Automatic and preference variables a new session starts with ($PSVersionTable, $HOME, $IsLinux ...)."""
from __future__ import annotations

import os
import sys

from pyposh.interpreter.values import Hashtable

PS_VERSION = "7.4.6"


def install_automatic_variables(runspace):
    scope = runspace.global_scope
    table = Hashtable(ordered=False)
    table["PSVersion"] = PS_VERSION
    table["PSEdition"] = "Core"
    table["GitCommitId"] = PS_VERSION
    table["OS"] = "%s %s" % (os.uname().sysname, os.uname().release) if hasattr(os, "uname") else sys.platform
    table["Platform"] = "Unix" if os.name != "nt" else "Win32NT"
    table["PSCompatibleVersions"] = ["1.0", "2.0", "3.0", "4.0", "5.0", "5.1", PS_VERSION]
    table["PSRemotingProtocolVersion"] = "2.3"
    table["SerializationVersion"] = "1.1.0.1"
    table["WSManStackVersion"] = "3.0"
    values = {
        "PSVersionTable": table,
        "HOME": os.path.expanduser("~"),
        "PID": os.getpid(),
        "IsLinux": sys.platform.startswith("linux"),
        "IsWindows": os.name == "nt",
        "IsMacOS": sys.platform == "darwin",
        "IsCoreCLR": True,
        "PSHOME": os.path.dirname(os.path.abspath(__file__)),
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
        "FormatEnumerationLimit": 4,
        "MaximumHistoryCount": 4096,
        "OFS": None,
        "ShellId": "Microsoft.PowerShell",
        "NestedPromptLevel": 0,
    }
    for name, value in values.items():
        if name == "OFS":
            continue
        scope.set_local(name.lower(), value, name)
    from pyposh.interpreter.values import PSObject
    host = PSObject(type_names=["System.Management.Automation.Internal.Host.InternalHost", "System.Object"])
    host.add_note("Name", "ConsoleHost")
    host.add_note("Version", PS_VERSION)
    scope.set_local("host", host, "Host")
