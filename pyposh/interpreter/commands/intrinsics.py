"""`$ExecutionContext`: EngineIntrinsics and its InvokeCommand, SessionState and Path members."""
from __future__ import annotations

from pyposh.interpreter.commands.command_info import resolve_command
from pyposh.interpreter.commands.invocation import invoke_script_command
from pyposh.interpreter.commands.script_body import script_body
from pyposh.interpreter.commands.scriptblock import ScriptBlock
from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.session.scopes import MISSING
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.objects import AUTOMATION_NULL, ArrayList


class EngineIntrinsics:
    """System.Management.Automation.EngineIntrinsics: what scripts reach through `$ExecutionContext`."""

    __slots__ = ("runspace", "host", "invoke_command", "session_state")
    ps_type_name = "System.Management.Automation.EngineIntrinsics"
    ps_properties = {"Host": "host", "Events": "events", "InvokeProvider": "invoke_provider",
                     "SessionState": "session_state", "InvokeCommand": "invoke_command"}
    events = None            # no PSEventManager: Register-EngineEvent is not implemented
    invoke_provider = None

    def __init__(self, runspace, host):
        self.runspace = runspace
        self.host = host
        self.invoke_command = CommandInvocationIntrinsics(runspace)
        self.session_state = SessionStateIntrinsics(runspace)


class CommandInvocationIntrinsics:
    """`$ExecutionContext.InvokeCommand`: expand strings, run script text, build script blocks, find commands.
    Each call runs in the scope of the script that calls the method (the runspace's current context)."""

    __slots__ = ("runspace",)
    ps_type_name = "System.Management.Automation.CommandInvocationIntrinsics"
    ps_properties = {"HasErrors": "has_errors", "CommandNotFoundAction": "no_action",
                     "PreCommandLookupAction": "no_action", "PostCommandLookupAction": "no_action",
                     "LocationChangedAction": "no_action"}
    ps_methods = {"ExpandString": "expand_string", "InvokeScript": "invoke_script",
                  "NewScriptBlock": "new_script_block", "GetCommand": "get_command",
                  "GetCommandName": "get_command_name"}
    no_action = None

    def __init__(self, runspace):
        self.runspace = runspace

    @property
    def has_errors(self):
        return not self.runspace.last_success

    def expand_string(self, source=None):
        """ExpandString: `source` expanded as the body of a double-quoted string, in the caller's scope."""
        if source is None:
            return ""
        text = to_string(source)
        if "$" not in text and "`" not in text:
            return text
        out = self.runspace.invoke_text('@"\n%s\n"@' % text, self.runspace.current_context())
        return to_string(out[0]) if out else ""

    def new_script_block(self, text):
        return ScriptBlock(script_body(to_string(text)), self.runspace)

    def invoke_script(self, *args):
        """InvokeScript(text, args...) runs text in a child scope; InvokeScript(useLocalScope, scriptBlock,
        input, args...) runs a script block; InvokeScript(sessionState, scriptBlock, args...) dot-sources it."""
        if not args:
            raise reg.overload_not_found("InvokeScript", 0)
        ctx = self.runspace.current_context()
        first = args[0]
        if isinstance(first, bool) and len(args) >= 2 and isinstance(args[1], ScriptBlock):
            block, new_scope = args[1], first
            input_objects = args[2] if len(args) > 2 else None
            rest = list(args[3:])
            if input_objects is not None:
                out = []
                items = input_objects if isinstance(input_objects, (list, tuple)) else [input_objects]
                invoke_script_command(block, ctx, rest, out.append, input_objects=items)
                return ArrayList(out)
        elif isinstance(first, SessionStateIntrinsics) and len(args) >= 2:
            block, new_scope, rest = args[1], False, list(args[2:])
        else:
            block, new_scope, rest = self.new_script_block(first), True, list(args[1:])
        return ArrayList(block.invoke_in_scope(ctx, rest, new_scope=new_scope))

    def get_command(self, name, command_type=None):
        """GetCommand(name, CommandTypes): the CommandInfo, or $null when there is no such command."""
        ctx = self.runspace.current_context()
        info = resolve_command(self.runspace, ctx, to_string(name))
        if info is None or command_type is None:
            return info
        wanted = getattr(command_type, "ps_numeric_value", None)
        if wanted is not None and not wanted & info.command_type.number:
            return None
        return info

    def get_command_name(self, name, name_is_pattern=False, return_full_name=False):
        info = self.get_command(name)
        return [] if info is None else [info.name]


class SessionStateIntrinsics:
    """`$ExecutionContext.SessionState`: the session's locations and variables."""

    __slots__ = ("runspace", "path", "ps_variable")
    ps_type_name = "System.Management.Automation.SessionState"
    ps_properties = {"Drive": "no_value", "Provider": "no_value", "Path": "path", "PSVariable": "ps_variable",
                     "LanguageMode": "language_mode", "UseFullLanguageModeInDebugger": "full_in_debugger",
                     "Scripts": "everything", "Applications": "everything", "Module": "no_value",
                     "InvokeProvider": "no_value", "InvokeCommand": "invoke_command"}
    no_value = None
    language_mode = "FullLanguage"
    full_in_debugger = False
    everything = ("*",)

    def __init__(self, runspace):
        self.runspace = runspace
        self.path = PathIntrinsics(runspace)
        self.ps_variable = PSVariableIntrinsics(runspace)

    @property
    def invoke_command(self):
        return CommandInvocationIntrinsics(self.runspace)


class PathIntrinsics:
    """`$ExecutionContext.SessionState.Path`: the current location and path resolution."""

    __slots__ = ("runspace",)
    ps_type_name = "System.Management.Automation.PathIntrinsics"
    ps_properties = {"CurrentLocation": "current_location", "CurrentFileSystemLocation": "current_location"}
    ps_methods = {"GetUnresolvedProviderPathFromPSPath": "provider_path", "IsValid": "is_valid"}

    def __init__(self, runspace):
        self.runspace = runspace

    @property
    def current_location(self):
        return self.runspace.location_object()

    def provider_path(self, path):
        return self.runspace.resolve_path(to_string(path))

    def is_valid(self, path):
        return path is not None and "\0" not in str(path)


class PSVariableIntrinsics:
    """`$ExecutionContext.SessionState.PSVariable`: variables of the caller's scope by name."""

    __slots__ = ("runspace",)
    ps_type_name = "System.Management.Automation.PSVariableIntrinsics"
    ps_properties = {}
    ps_methods = {"GetValue": "get_value", "Set": "set", "Remove": "remove"}

    def __init__(self, runspace):
        self.runspace = runspace

    def get_value(self, name, default=None):
        value = self.runspace.current_context().scope.lookup(to_string(name).lower())
        return default if value is MISSING else value

    def set(self, name, value=None):
        text = to_string(name)
        self.runspace.current_context().scope.set_local(text.lower(), value, text)
        return AUTOMATION_NULL

    def remove(self, name):
        scope = self.runspace.current_context().scope
        key = to_string(name).lower()
        target = scope.find_scope(key)
        if target is not None:
            target.remove(key)
        return AUTOMATION_NULL
