"""A script's `#Requires` lines, checked before it runs (about_Requires): -Version (at most this PowerShell's),
-PSEdition (Core), -Modules (imported when missing, an error when they cannot be) and -RunAsAdministrator (root
on Linux). Messages and ids are PowerShell's (DiscoveryExceptions.resx)."""
from __future__ import annotations

import os
import re

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.commands.compiler import collect
from pyposh.interpreter.commands.script_body import script_body
from pyposh.interpreter.session.automatic_variables import PS_VERSION

_VERSION = ('The script \'%s\' cannot be run because it contained a "#requires" statement for PowerShell %s. The '
            'version of PowerShell that is required by the script does not match the currently running version of '
            'PowerShell %s.')
_EDITION = ('The script \'%s\' cannot be run because it contained a "#requires" statement for PowerShell editions '
            '\'%s\'. The edition of PowerShell that is required by the script does not match the currently running '
            'PowerShell %s edition.')
_MODULES = ('The script \'%s\' cannot be run because the following modules that are specified by the "#requires" '
            'statements of the script are missing: %s.')
_ELEVATION = ('The script \'%s\' cannot be run because it contains a "#requires" statement for running as '
              'Administrator. The current PowerShell session is not running as Administrator. Start PowerShell by '
              'using the Run as Administrator option, and then try running the script again.')
_MODULE_NAME = re.compile(r"ModuleName\s*=\s*['\"]?([^'\";}]+)", re.IGNORECASE)


def check_requirements(ctx, requirements, script_path) -> None:
    """Raise PowerShell's ScriptRequiresException when a requirement is not met; import required modules."""
    name = os.path.basename(script_path) if script_path else "script"
    for parameter, values in requirements:
        if parameter == "version" and values:
            if _numbers(values[0]) > _numbers(PS_VERSION):
                _fail(_VERSION % (name, values[0], PS_VERSION), "ScriptRequiresUnmatchedPSVersion")
        elif parameter == "psedition" and values:
            if "core" not in (v.lower() for v in values):
                _fail(_EDITION % (name, ",".join(values), "Core"), "ScriptRequiresUnmatchedPSEdition")
        elif parameter == "modules":
            missing = [module for module in (_module_name(v) for v in values) if not _import(ctx, module)]
            if missing:
                _fail(_MODULES % (name, ", ".join(missing)), "ScriptRequiresMissingModules")
        elif parameter == "runasadministrator" and os.geteuid() != 0:
            _fail(_ELEVATION % name, "ScriptRequiresElevation")


def require_module(ctx, name: str) -> None:
    """`Import-Module name -ErrorAction Stop` in the context (what `using module` and #Requires -Modules do)."""
    collect(script_body("Import-Module -Name '%s' -ErrorAction Stop" % name.replace("'", "''")).script, ctx)


def _import(ctx, module: str) -> bool:
    try:
        require_module(ctx, module)
    except PyposhError:
        return False
    return True


def _module_name(text: str) -> str:
    found = _MODULE_NAME.search(text)
    return found.group(1).strip() if found else text


def _numbers(text: str) -> tuple:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:4])


def _fail(message: str, error_id: str):
    raise ScriptRuntimeError(message, error_id, "ResourceUnavailable",
                             exception_type="System.Management.Automation.ScriptRequiresException")
