"""The Runspace: one engine instance (session state, command table, host, runtime services, stop flag) and its
entry points.

Importing this module assembles the interpreter: the compile handlers of evaluate/, the loaders of the .NET
library (member tables and static members, loaded on first use) and the casts to its types register
themselves as they load. A
Runspace is built with a host and a factory of runtime services (services.py); runtime/session.py gives both.
"""
from __future__ import annotations

import os
import signal
import threading
from typing import Callable

from pyposh.errors import (
    ParseError, PipelineStoppedError, PyposhError, ScriptExitError, ScriptRuntimeError, engine_fault, io_error,
)
from pyposh.interpreter.commands.cmdlet import CommandCatalog
from pyposh.interpreter.commands.command_info import invocation_info
from pyposh.interpreter.commands.command_table import CommandTable
from pyposh.interpreter.commands.compiler import collect
from pyposh.interpreter.commands.intrinsics import EngineIntrinsics
from pyposh.interpreter.commands.invocation import invoke_script_command
from pyposh.interpreter.commands.requirements import check_requirements
from pyposh.interpreter.commands.script_body import script_body
from pyposh.interpreter.commands.scriptblock import ScriptBlock
from pyposh.interpreter.dotnet import library  # noqa: F401 - it registers the library's loaders and casts
from pyposh.interpreter.dotnet.registry import calling_context
from pyposh.interpreter.evaluate import (  # noqa: F401 - the compile handlers register themselves
    assignment, error_handling, expressions, pipelines, statements, switch, typedefs,
)
from pyposh.interpreter.services import Host, RuntimeServices
from pyposh.interpreter.session.automatic_variables import host_variable, install_automatic_variables
from pyposh.interpreter.session.context import ExecutionContext, Streams
from pyposh.interpreter.session.environment import Environment
from pyposh.interpreter.session.errorflow import report_error
from pyposh.interpreter.session.flow import BreakSignal, ContinueSignal, ExitSignal, PipelineStopped, ReturnSignal
from pyposh.interpreter.session.records import ErrorRecord
from pyposh.interpreter.session.scopes import MISSING, Scope
from pyposh.interpreter.values.objects import ArrayList


class Runspace:
    """One PowerShell engine. `host` receives what Out-Default and the streams display; `services` is called
    with the new runspace and returns its RuntimeServices (paths, jobs, built-in cmdlets). With `share_process`
    its environment variables and .NET current directory are the process's (the CLI); else its own copy, or the
    `environment` given (a job shares its parent's)."""

    def __init__(self, host: Host, services: Callable[[Runspace], RuntimeServices], location: str | None = None,
                 share_process: bool = False, environment: Environment | None = None):
        self.host = host
        self.location = os.path.abspath(location or os.getcwd())
        self.environment = environment if environment is not None else Environment(share_process)
        self.global_scope = Scope(is_script=True)
        self.cmdlets = CommandCatalog()       # cmdlets registered with this runspace only
        self.stop_event = threading.Event()
        self.last_success = True          # $? as scripts read it
        self.failed = False               # the running statement has failed (see errorflow)
        self.try_depth = 0
        self.strict_mode = False
        self.using_values = None
        self.child_processes = set()
        self.error_list = ArrayList()
        self._top_context = None
        self.exit_requested = False
        self.services = services(self)
        self.commands = CommandTable(self, self.services.builtins)
        host_object = host_variable(self)
        install_automatic_variables(self, host_object, EngineIntrinsics(self, host_object))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        """The session ends: the jobs it started are stopped and removed, running work stops."""
        self.services.close()
        self.stop()

    # -- variables ------------------------------------------------------------------------------
    def set_variable(self, name: str, value) -> None:
        """Set a global variable."""
        self.global_scope.set_local(name.lower(), value, name)

    def remove_variable(self, name: str) -> None:
        """Remove a global variable (nothing happens when it does not exist)."""
        self.global_scope.remove(name.lower())

    def get_variable(self, name: str, default=None):
        """A global variable's value, or `default` when it does not exist."""
        value = self.global_scope.lookup(name.lower())
        return default if value is MISSING else value

    # -- contexts and streams -------------------------------------------------------------------
    def new_context(self, out=None, scope=None, script_path=None) -> ExecutionContext:
        streams = Streams(self._error_sink, self._warning_sink, self._verbose_sink, self._debug_sink,
                          self._information_sink)
        ctx = ExecutionContext(self, scope or self.global_scope, out or self.host.write_object, streams,
                               script_path)
        return ctx

    def current_context(self) -> ExecutionContext:
        """The context of the running method call (for `$sb.Invoke()`), else the top-level one."""
        calling = calling_context()
        if calling is not None and calling.runspace is self:
            return calling
        if self._top_context is None:
            self._top_context = self.new_context()
        return self._top_context

    def _error_sink(self, record):
        self.host.write_error(record)

    @property
    def default_error_sink(self):
        """The error stream's destination when nothing redirects it (compare with `ctx.streams.error`)."""
        return self._error_sink

    def _warning_sink(self, record):
        self.host.write_informational(record)

    _verbose_sink = _warning_sink
    _debug_sink = _warning_sink

    def _information_sink(self, record):
        self.host.write_information(record)

    def add_error(self, record: ErrorRecord):
        self.error_list.insert(0, record)
        if len(self.error_list) > 256:
            del self.error_list[256:]

    def write_error_record(self, ctx, record: ErrorRecord):
        """A non-terminating error, handled as $ErrorActionPreference / -ErrorAction says."""
        action = ctx.preference("ErrorActionPreference", "Continue")
        self.mark_failed()
        if action.lower() == "ignore":
            return
        self.add_error(record)
        prefs = ctx.command_preferences
        if prefs and prefs.get("ErrorVariable"):
            self._collect_into_variable(prefs, prefs["ErrorVariable"], record)
        if action.lower() == "stop":
            error = ScriptRuntimeError(record.exception.message, record.error_id, record.category,
                                       record.invocation.extent if record.invocation else None,
                                       exception_type="System.Management.Automation.ActionPreferenceStopException",
                                       inner=record.exception)
            error.error_record = record
            error.script_terminating = True
            raise error
        if action.lower() == "silentlycontinue":
            return
        ctx.streams.error(record)

    def _collect_into_variable(self, prefs, spec: str, record):
        """-ErrorVariable name (or +name to append): the records of this invocation, in the caller's scope."""
        name = spec.lstrip("+")
        scope = prefs["VariableScope"]
        key = name.lower()
        collected = prefs.setdefault("collected:" + key, [])
        if not collected and spec.startswith("+"):
            existing = scope.lookup(key)
            if isinstance(existing, list):
                collected.extend(existing)
        collected.append(record)
        scope.set_local(key, ArrayList(collected), name)

    def write_informational(self, ctx, record):
        pref_name = {"Warning": "WarningPreference", "Verbose": "VerbosePreference",
                     "Debug": "DebugPreference"}[record.kind]
        default = "Continue" if record.kind == "Warning" else "SilentlyContinue"
        action = ctx.preference(pref_name, default).lower()
        if action in ("silentlycontinue", "ignore"):
            return
        if action == "stop":
            error = ScriptRuntimeError("The running command stopped because the preference variable \"%s\" or "
                                       "common parameter is set to Stop: %s" % (pref_name, record.message),
                                       "ActionPreferenceStop", "OperationStopped",
                                       exception_type="System.Management.Automation.ActionPreferenceStopException")
            error.script_terminating = True
            raise error
        prefs = ctx.command_preferences
        if record.kind == "Warning" and prefs and prefs.get("WarningVariable"):
            self._collect_into_variable(prefs, prefs["WarningVariable"], record)
        stream = {"Warning": ctx.streams.warning, "Verbose": ctx.streams.verbose,
                  "Debug": ctx.streams.debug}[record.kind]
        stream(record)

    def write_information(self, ctx, record):
        if record.host_text is None:
            action = ctx.preference("InformationPreference", "SilentlyContinue").lower()
            if action in ("silentlycontinue", "ignore"):
                return
        else:
            action = (ctx.command_preferences or {}).get("InformationPreference", "Continue").lower()
            if action in ("silentlycontinue", "ignore"):
                return
        ctx.streams.information(record)

    def mark_failed(self):
        """The running statement failed: `$?` reads False after it."""
        self.failed = True
        self.last_success = False

    # -- stop flag ------------------------------------------------------------------------------
    def check_stop(self):
        if self.stop_event.is_set():
            raise PipelineStopped()

    def stop(self):
        """Stop what runs: the flag scripts check, and the native programs started (each with its process group,
        so what they started ends too)."""
        self.stop_event.set()
        for proc in list(self.child_processes):
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except OSError:
                try:
                    proc.terminate()
                except OSError:
                    pass

    def register_child_process(self, proc):
        self.child_processes.add(proc)

    def unregister_child_process(self, proc):
        self.child_processes.discard(proc)

    # -- locations ------------------------------------------------------------------------------
    def resolve_path(self, path: str) -> str:
        """A path as the providers resolve it (drive letters such as `C:\\logs`, `~`, relative paths)."""
        return self.services.full_path(path)

    def set_location(self, path: str):
        self.location = path

    def location_object(self):
        """$PWD: a PathInfo for the current location."""
        return self.services.location_object()

    # -- running scripts ------------------------------------------------------------------------
    def load_script(self, path: str) -> ScriptBlock:
        """A script file as a script block (parsed once while its text is unchanged)."""
        with open(path, encoding="utf-8-sig") as f:
            text = f.read()
        return ScriptBlock(script_body(text, path), self, path)

    def run(self, text: str, path: str | None = None, args=(), out=None) -> int:
        """Run a script as `pwsh -File`/`-Command` would: errors reported, the exit code returned."""
        try:
            body = script_body(text, path)
        except ParseError as error:
            self.host.write_error(ErrorRecord.from_error(error))
            return 1
        ctx = self.new_context(out=out)
        self._top_context = ctx
        scope = Scope(self.global_scope, is_script=True) if path else self.global_scope
        ctx.scope = scope
        ctx.script_path = path
        scope.vars["args"] = list(args)
        try:
            sb = ScriptBlock(body, self, path)
            if body.ast.requirements:
                check_requirements(ctx, body.ast.requirements, path)
            if path and (body.ast.param_block is not None):
                invoke_script_command(sb, ctx, args, ctx.out, os.path.basename(path), dot_source=True,
                                      invocation_name=path)
            else:
                if path:
                    scope.vars["myinvocation"] = invocation_info(os.path.basename(path), None, {}, args,
                                                                 invocation_name=path, script_block=sb)
                body.script(ctx)
        except ExitSignal as signal:
            self.exit_requested = True
            return signal.code
        except (ReturnSignal, BreakSignal, ContinueSignal):
            return 0
        except PipelineStopped:
            return 1
        except PyposhError as error:
            report_error(ctx, error)
            self.services.command_failed(ErrorRecord.from_error(error))
            return 1
        finally:
            self.host.flush()
        return 0

    def invoke(self, script: str, input=None, variables=None, out=None) -> list:
        """Run script text in the global scope and return its output objects (the embedding API); with `out`,
        each output object goes to `out` as it is written instead (and the list returned is empty).

        Only PyposhErrors leave it, each carrying `output` (what was written before): a terminating error, a
        ParseError, PipelineStoppedError (a stop), ScriptExitError (`exit N`; $LASTEXITCODE becomes N). A
        top-level `return`, `break` or `continue` ends the script normally."""
        body = script_body(script)
        collected = []
        emit = out if out is not None else collected.append
        ctx = self.new_context(out=emit)
        try:
            for name, value in (variables or {}).items():
                ctx.set_variable(name, value)
            if input is None:
                body.script(ctx)
            else:
                invoke_script_command(ScriptBlock(body, self), ctx, [], emit, input_objects=input, dot_source=True)
        except (ReturnSignal, BreakSignal, ContinueSignal):
            pass
        except ExitSignal as signal:
            self.set_variable("LASTEXITCODE", signal.code)
            raise ScriptExitError(signal.code, collected) from None
        except PipelineStopped:
            raise PipelineStoppedError(output=collected) from None
        except PyposhError as error:
            error.output = collected
            raise
        except Exception as exc:        # an engine fault outside any statement (binding the input, ...)
            error = engine_fault(exc)
            error.output = collected
            raise error from None
        finally:
            self.host.flush()
        return collected

    def run_script_block(self, script_block, args=(), input=None, out=None, init=None, dot_source=False):
        """Run a script block as a command from this runspace's global scope (what a job does; with
        `dot_source`, in the global scope, as a remote session's commands run): `init` dot-sourced first, then
        the block with positional `args` and pipeline `input`, output to `out`. Terminating errors and
        PipelineStopped propagate."""
        ctx = self.new_context(out=out)
        ctx.script_path = script_block.script_path
        if init is not None:
            invoke_script_command(init, ctx, [], ctx.out, dot_source=True)
            self.check_stop()
        invoke_script_command(script_block, ctx, list(args), ctx.out, input_objects=input, dot_source=dot_source)

    def invoke_text(self, text: str, ctx) -> list:
        """Invoke-Expression: run text in the caller's scope; returns the output."""
        return collect(script_body(text).script, ctx)

    def write_redirect_file(self, path: str, objects: list, append: bool):
        """`> path` / `>> path`: the objects as Out-File writes them."""
        target = self.resolve_path(path)
        text = self.services.redirect_text(objects)
        try:
            with open(target, "a" if append else "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
        except OSError as error:        # a missing folder, no permission, a full disk: a PowerShell error
            failure = io_error(error, path)
            failure.command_name = "Out-File"      # `>` is Out-File, as pwsh reports it
            raise failure from None
