"""ShouldProcess: whether a command may perform an action (-WhatIf, -Confirm, $WhatIfPreference and
$ConfirmPreference, as Cmdlet.ShouldProcess does). With WhatIf in effect the action is described on the host
(`What if: Performing the operation "Remove File" on target "/tmp/x".`) and not performed; when the action's
impact reaches $ConfirmPreference (High by default; -Confirm makes it Low) the user is asked first."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError

OPERATION = 'Performing the operation "%s" on target "%s".'     # CommandBaseStrings.resx ShouldProcessMessage
WHAT_IF = "What if: %s"                                           # ShouldProcessWhatIfMessage
QUERY = "Are you sure you want to perform this action?"
CHOICES = (("Y", "Yes"), ("A", "Yes to All"), ("N", "No"), ("L", "No to All"), ("S", "Suspend"))
IMPACTS = {"none": 0, "low": 1, "medium": 2, "high": 3}
NON_INTERACTIVE = "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available."


def should_process(ctx, target, action, impact: str = "Medium", description: str | None = None) -> bool:
    """True when the action may run. `description` replaces the "Performing the operation" sentence."""
    text = description if description is not None else OPERATION % (action, target)
    answered = (ctx.command_preferences or {}).get(_ANSWERED_ALL)
    if answered is not None:                # "Yes to All" or "No to All" earlier in this command
        return answered
    if ctx.preference("WhatIfPreference", "False").lower() == "true":
        ctx.runspace.host.write_console(WHAT_IF % text + "\n")
        return False
    confirm = IMPACTS.get(ctx.preference("ConfirmPreference", "High").lower(), 3)
    if confirm == 0 or IMPACTS.get(str(impact).lower(), 2) < confirm:
        return True
    return confirm_action(ctx, QUERY + "\n" + text)


def confirm_action(ctx, message: str, caption: str = "Confirm") -> bool:
    """Ask on the host: Yes, Yes to All, No, No to All, Suspend (as pwsh's confirmation prompt)."""
    read_line = getattr(ctx.runspace.host, "read_line", None)
    if read_line is None:
        raise ScriptRuntimeError(NON_INTERACTIVE, "HostFunctionNotImplemented", "NotImplemented",
                                 exception_type="System.Management.Automation.Host.HostException")
    prompt = "".join("[%s] %s  " % choice for choice in CHOICES) + '[?] Help (default is "Y"): '
    while True:
        ctx.runspace.host.write_console("\n%s\n%s\n%s" % (caption, message, prompt))
        answer = read_line()
        if answer is None:
            raise ScriptRuntimeError(NON_INTERACTIVE, "HostFunctionNotImplemented", "NotImplemented",
                                     exception_type="System.Management.Automation.Host.HostException")
        answer = answer.strip().upper() or "Y"
        if answer in ("A", "L"):
            ctx.command_preferences = dict(ctx.command_preferences or {}, **{_ANSWERED_ALL: answer == "A"})
        if answer in ("Y", "A"):
            return True
        if answer in ("N", "L", "S"):
            return False


_ANSWERED_ALL = "ShouldProcessAnsweredAll"     # in a command's preferences: the "... to All" answer