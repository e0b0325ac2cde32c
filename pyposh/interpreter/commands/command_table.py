"""The command table: resolving a name to alias, function, cmdlet, external program or script file.

Cmdlets come from the runspace's command sources, searched in order: its own cmdlets, the process-wide ones
(`pyposh.cmdlet`), then the built-ins runtime/ supplies."""
from __future__ import annotations

import os
import shutil

from pyposh.errors import CommandNotFoundError
from pyposh.interpreter.commands.cmdlet import GLOBAL_CMDLETS
from pyposh.interpreter.commands.cmdlet_processor import CmdletProcessor
from pyposh.interpreter.commands.external import ExternalProcessor
from pyposh.interpreter.commands.invocation import ScriptCommandProcessor
from pyposh.interpreter.commands.messages import text
from pyposh.interpreter.commands.scriptblock import ScriptBlock
from pyposh.interpreter.session.scopes import ModuleScope
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.objects import unwrap


class CommandEntry:
    """What Get-Command shows for one command."""

    __slots__ = ("name", "kind", "definition", "target")

    def __init__(self, name, kind, definition="", target=None):
        self.name = name
        self.kind = kind          # Alias, Function, Filter, Cmdlet, Application, ExternalScript
        self.definition = definition
        self.target = target


class CommandTable:
    """The commands one runspace can run, by name: its functions and aliases (in scopes), its own cmdlets, the
    process-wide ones, the built-ins, and programs and scripts on disk."""

    def __init__(self, runspace, builtins):
        self.runspace = runspace
        self.sources = (runspace.cmdlets, GLOBAL_CMDLETS, builtins)

    def find_cmdlet(self, name: str):
        """The CommandSpec of a cmdlet name (not an alias), or None."""
        for source in self.sources:
            spec = source.find(name)
            if spec is not None:
                return spec
        return None

    def cmdlet_alias(self, name: str):
        """The command a cmdlet's own alias (or a built-in alias) names, or None."""
        for source in self.sources:
            target = source.alias_target(name)
            if target is not None:
                return target
        return None

    # -- definitions ----------------------------------------------------------------------------
    def define_function(self, ctx, name: str, sb: ScriptBlock):
        """`function name {...}`: the function in the current scope (or the scope a `global:` prefix names)."""
        scope = ctx.scope
        if ":" in name:
            qualifier, _, bare = name.partition(":")
            if qualifier.lower() in ("global", "script", "local", "private"):
                scope = scope.resolve(qualifier)
                name = bare
        sb.name = name
        scope.functions[name.lower()] = sb

    def define_function_value(self, ctx, name, value):
        if not isinstance(value, ScriptBlock):
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
                target = ctx.scope.find_alias(key) or self.cmdlet_alias(key)
                if target is None:
                    break
                name = target
                key = name.lower()
                seen += 1
        fn = ctx.scope.find_function(key)
        if fn is not None:
            return ("function", fn, name)
        spec = self.find_cmdlet(key)
        if spec is not None:
            return ("cmdlet", spec, spec.name)
        if "\\" in key:
            qualified = self._module_qualified(ctx, name)
            if qualified is not None:
                return qualified
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

    def _module_qualified(self, ctx, name: str):
        """`Microsoft.PowerShell.Utility\\Get-Date`, `MyModule\\Get-Thing`: the command of that name the module
        holds (a built-in cmdlet's module, or the module a function was defined in), or None."""
        module, _, command = name.rpartition("\\")
        if not module or not command or any(c in module for c in "/\\:") or module in (".", ".."):
            return None
        wanted = module.lower()
        fn = ctx.scope.find_function(command.lower())
        if fn is not None and fn.module is not None and fn.module.module is not None \
                and getattr(fn.module.module, "name", "").lower() == wanted:
            return ("function", fn, command)
        spec = self.find_cmdlet(command.lower())
        if spec is not None and (spec.module or "").lower() == wanted:
            return ("cmdlet", spec, spec.name)
        return None

    def processor(self, ctx, target, args, emit, extent, operator):
        dot = operator == "."
        invoked_as = "." if dot else ("&" if operator == "&" else None)   # InvocationName (PipelineOps.AddCommand)
        if isinstance(target, ScriptBlock):
            return ScriptCommandProcessor(target, ctx, args, emit, "", dot, extent,
                                          invocation_name=invoked_as or "")
        module_scope = getattr(unwrap(target), "scope", None)
        if isinstance(module_scope, ModuleScope) and args and args[0][0] != "named" \
                and isinstance(unwrap(args[0][1]), ScriptBlock):       # `& $module { ... }`: run in the module
            return ScriptCommandProcessor(unwrap(args[0][1]).bound_to(module_scope), ctx, args[1:], emit, "", dot,
                                          extent, invocation_name=invoked_as or "")
        if not isinstance(target, str):
            target = to_string(target)
        resolved = self.resolve(ctx, target)
        if resolved is None:
            raise CommandNotFoundError(text("CommandNotFoundException", name=target), "CommandNotFoundException",
                                       "ObjectNotFound", extent, target=target)
        kind, value, name = resolved
        if kind != "application" and any(a[0] == "named" and a[1] == "?" for a in args):
            help_spec = self.find_cmdlet("Get-Help")     # `command -?`: its help, not the command (IsHelpRequested)
            if help_spec is not None:
                topic = value if kind == "script" else name
                return CmdletProcessor(help_spec, ctx, [("named", "Name", topic, extent)], emit, extent,
                                       help_spec.name)
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
        out = []
        seen = set()
        scope = ctx.scope
        while scope is not None:
            for key, target in scope.aliases.items():
                if key not in seen:
                    seen.add(key)
                    out.append(CommandEntry(key, "Alias", target))
            for key, sb in scope.functions.items():
                if key not in seen:
                    seen.add(key)
                    out.append(CommandEntry(sb.name or key, "Filter" if sb.is_filter else "Function", str(sb), sb))
            scope = scope.parent
        for source in self.sources:
            for key, target in source.aliases().items():
                if key not in seen:
                    seen.add(key)
                    out.append(CommandEntry(key, "Alias", target))
        for source in self.sources:
            for spec in source.specs():
                key = spec.name.lower()
                if key not in seen:
                    seen.add(key)
                    out.append(CommandEntry(spec.name, "Cmdlet", spec.name, spec))
        return out
