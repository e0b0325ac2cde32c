"""The command table: resolving a name to alias, function, cmdlet, external program or script file."""
from __future__ import annotations

import os
import shutil

from pyposh.errors import CommandNotFoundError
from pyposh.interpreter.commands.cmdlet import CATALOG, DEFAULT_ALIASES
from pyposh.interpreter.commands.cmdlet_processor import CmdletProcessor
from pyposh.interpreter.commands.external import ExternalProcessor
from pyposh.interpreter.commands.invocation import ScriptCommandProcessor
from pyposh.interpreter.commands.scriptblock import ScriptBlock

NOT_FOUND = ("The term '{0}' is not recognized as a name of a cmdlet, function, script file, or executable "
             "program.\nCheck the spelling of the name, or if a path was included, verify that the path is "
             "correct and try again.")


class CommandInfo:
    """What Get-Command shows for one command."""

    __slots__ = ("name", "kind", "definition", "target")

    def __init__(self, name, kind, definition="", target=None):
        self.name = name
        self.kind = kind          # Alias, Function, Filter, Cmdlet, Application, ExternalScript
        self.definition = definition
        self.target = target


class CommandTable:
    def __init__(self, runspace):
        self.runspace = runspace
        from pyposh.runtime import cmdlets        # the index of built-ins; their modules load on first use
        self.builtins = cmdlets

    # -- definitions ----------------------------------------------------------------------------
    def define_function(self, ctx, node):
        name = node.name
        scope = ctx.scope
        if ":" in name:
            qualifier, _, bare = name.partition(":")
            if qualifier.lower() in ("global", "script", "local", "private"):
                scope = scope.resolve(qualifier)
                name = bare
        sb = ScriptBlock(node.body, ctx.runspace, ctx.script_path, text=_body_text(node))
        sb.name = name
        sb.function_parameters = node.parameters
        sb.is_filter = node.is_filter
        scope.functions[name.lower()] = sb

    def define_function_value(self, ctx, name, value):
        if not isinstance(value, ScriptBlock):
            from pyposh.interpreter.values.conversions import convert_to
            value = convert_to(value, "scriptblock")
        ctx.scope.functions[name.lower()] = value

    def function_script_block(self, ctx, name):
        return ctx.scope.find_function(name.lower())

    # -- resolution -----------------------------------------------------------------------------
    def resolve(self, ctx, name: str, follow_alias=True):
        """The target of a command name: a ScriptBlock (function), CommandSpec (cmdlet), or path."""
        key = name.lower()
        if follow_alias:
            seen = 0
            while seen < 10:
                target = ctx.scope.find_alias(key) or DEFAULT_ALIASES.get(key) \
                    or self.builtins.BUILTIN_ALIASES.get(key)
                if target is None:
                    break
                name = target
                key = name.lower()
                seen += 1
        fn = ctx.scope.find_function(key)
        if fn is not None:
            return ("function", fn, name)
        spec = CATALOG.get(key)
        if spec is None and self.builtins.load_command(key):
            spec = CATALOG.get(key)
        if spec is not None:
            return ("cmdlet", spec, spec.name)
        if "\\" in key or "/" in key or key.endswith(".ps1"):
            path = self.runspace.resolve_path(name.replace("\\", "/"))
            if os.path.isfile(path):
                if path.lower().endswith(".ps1"):
                    return ("script", path, name)
                if os.access(path, os.X_OK):
                    return ("application", path, name)
        found = shutil.which(name, path=self.runspace.environment.get("PATH"))
        if found is not None:
            return ("application", found, name)
        return None

    def processor(self, ctx, target, args, emit, extent, operator):
        dot = operator == "."
        invoked_as = "." if dot else ("&" if operator == "&" else None)   # InvocationName (PipelineOps.AddCommand)
        if isinstance(target, ScriptBlock):
            return ScriptCommandProcessor(target, ctx, args, emit, "", dot, extent,
                                          invocation_name=invoked_as or "")
        if not isinstance(target, str):
            from pyposh.interpreter.values.conversions import to_string
            target = to_string(target)
        resolved = self.resolve(ctx, target)
        if resolved is None:
            raise CommandNotFoundError(NOT_FOUND.format(target), "CommandNotFoundException", "ObjectNotFound",
                                       extent, target=target)
        kind, value, name = resolved
        if kind == "function":
            return ScriptCommandProcessor(value, ctx, args, emit, name, dot, extent,
                                          invocation_name=invoked_as or target)
        if kind == "cmdlet":
            return CmdletProcessor(value, ctx, args, emit, extent, name)
        if kind == "script":
            sb = self.runspace.load_script(value)
            return ScriptCommandProcessor(sb, ctx, args, emit, os.path.basename(value), dot, extent,
                                          invocation_name=invoked_as or target)
        return ExternalProcessor(value, ctx, args, emit, extent, name)

    def all_commands(self, ctx=None):
        """Every command visible from a context: aliases, functions, cmdlets (external programs excluded)."""
        ctx = ctx or self.runspace.current_context()
        self.builtins.load_builtins()
        out = []
        seen = set()
        scope = ctx.scope
        while scope is not None:
            for key, target in scope.aliases.items():
                if key not in seen:
                    seen.add(key)
                    out.append(CommandInfo(key, "Alias", target))
            for key, sb in scope.functions.items():
                if key not in seen:
                    seen.add(key)
                    out.append(CommandInfo(sb.name or key, "Filter" if sb.is_filter else "Function", str(sb), sb))
            scope = scope.parent
        for key, target in list(DEFAULT_ALIASES.items()) + list(self.builtins.BUILTIN_ALIASES.items()):
            if key not in seen:
                seen.add(key)
                out.append(CommandInfo(key, "Alias", target))
        for key, spec in CATALOG.items():
            if key not in seen:
                seen.add(key)
                out.append(CommandInfo(spec.name, "Cmdlet", spec.name, spec))
        return out


def _body_text(node) -> str:
    """The text between a function definition's body braces."""
    source = node.extent.source.text
    end = node.extent.end - 1                      # the closing brace
    body_start = node.body.extent.start
    start = source.rfind("{", node.extent.start, body_start + 1)
    return source[start + 1:end] if 0 <= start < end else node.body.extent.text
