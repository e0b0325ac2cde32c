"""Remoting cmdlets: New-PSSession, Get-PSSession, Remove-PSSession, Invoke-Command, Enter-PSSession and
Exit-PSSession. The transport and protocol are in runtime/remoting/; these bind parameters, keep the
runspace's table of PSSessions, and write what comes back.

As in pwsh, the first positional argument is a computer name, a PSSession or (for Invoke-Command run locally)
the script block: the value's type says which."""
from __future__ import annotations

import os
import queue
import threading
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, Hashtable, Parameter, PipelineStopped, PSCredential, ScriptBlock, ScriptCommandProcessor, cmdlet, is_list,
    script_body, to_string, unwrap, wildcard_match,
)
from pyposh.runtime.remoting.invoke import FanOut, Target, remote_command, to_record
from pyposh.runtime.remoting.jobs import start_remote_job
from pyposh.runtime.remoting.sessions import PSSession, RemotingError, answer_host_call, open_session
from pyposh.runtime.remoting.ssh_config import CONFIG_VARIABLE

POLL = 0.05
_STATES = ("All", "Opened", "Disconnected", "Closed", "Broken")
_NO_SESSION_ID = ("The remote session with the session ID %s is not available.")
_NO_SESSION_NAME = ("The remote session with the name %s is not available.")


def _items(value) -> list:
    if value is None:
        return []
    return [unwrap(v) for v in value] if is_list(value) else [unwrap(value)]


class _ConnectionParameters:
    """The parameters that say how to reach a computer (New-PSSession, Invoke-Command, Enter-PSSession)."""

    host_name: Annotated[list, Parameter(type="string[]", sets=("SSHHost",))] = None
    user_name: Annotated[str, Parameter(type="string")] = None
    port: Annotated[int, Parameter(type="int", validate_range=(0, 65535))] = None
    key_file_path: Annotated[str, Parameter(type="string", aliases=("IdentityFilePath",))] = None
    credential: Annotated[object, Parameter(type="pscredential")] = None
    subsystem: Annotated[str, Parameter(type="string")] = None
    ssh_transport: Annotated[bool, Parameter(name="SSHTransport", type="switch")] = False
    connecting_timeout: Annotated[int, Parameter(type="int")] = None
    options: Annotated[object, Parameter(type="hashtable")] = None
    config_file: Annotated[str, Parameter(type="string")] = None

    def open_options(self) -> dict:
        """open_session's keyword arguments from the bound parameters."""
        credential = unwrap(self.credential)
        user, password = self.user_name, None
        if isinstance(credential, PSCredential):
            user = user or credential.user_name
            password = credential.password.plain_text()
        options = {}
        config = self.config_file
        if isinstance(self.options, Hashtable):
            for key in self.options:
                if to_string(key).lower() == "configfile":
                    config = to_string(self.options[key])
                else:
                    options[to_string(key)] = to_string(self.options[key])
        config = config or self.runspace.environment.get(CONFIG_VARIABLE)
        if config:
            config = self.runspace.resolve_path(config)
        return {"user": user, "password": password, "port": self.port or None, "key_file": self._key_file(),
                "subsystem": self.subsystem, "config_path": config, "options": options or None,
                "timeout": self.connecting_timeout / 1000.0 if self.connecting_timeout else None,
                "width": getattr(self.runspace.host, "width", 120), "host": self.runspace.host}

    def _key_file(self):
        return self.runspace.resolve_path(self.key_file_path) if self.key_file_path else None

    def computer_names(self, values) -> list:
        names = [to_string(v) for v in _items(values) if not isinstance(v, (PSSession, ScriptBlock))]
        return names + [to_string(v) for v in _items(self.host_name)]


class _SessionCmdlet(Cmdlet):
    @property
    def table(self):
        return self.runspace.services.remote_sessions

    def select(self, ids=None, names=None, instance_ids=None, computers=None, state=None, report=True) -> list:
        sessions = self.table.sessions()
        chosen = []
        if not ids and not names and not instance_ids and not computers:
            chosen = list(sessions)
        for session_id in _items(ids):
            match = [s for s in sessions if s.id == int(session_id)]
            if not match and report:
                self.write_error(_NO_SESSION_ID % session_id, "InvalidArgument", "InvalidArgument", session_id,
                                 "System.ArgumentException")
            chosen += match
        for name in _items(names):
            match = [s for s in sessions if wildcard_match(to_string(name), s.name)]
            if not match and report and "*" not in to_string(name):
                self.write_error(_NO_SESSION_NAME % name, "InvalidArgument", "InvalidArgument", name,
                                 "System.ArgumentException")
            chosen += match
        for instance in _items(instance_ids):
            chosen += [s for s in sessions if str(s.instance_id) == to_string(instance).lower()]
        for computer in _items(computers):
            chosen += [s for s in sessions if wildcard_match(to_string(computer), s.computer_name)]
        if state and state.lower() != "all":
            chosen = [s for s in chosen if s.state.lower() == state.lower()]
        unique = []
        for session in chosen:
            if session not in unique:
                unique.append(session)
        return unique

    def _one(self, sessions: list):
        return sessions[0] if sessions else None


# ---- New-PSSession -----------------------------------------------------------------------------------------

@cmdlet("New-PSSession", aliases=("nsn",), default_set="ComputerName")
class NewPSSession(_SessionCmdlet, _ConnectionParameters):
    computer_name: Annotated[list, Parameter(type="string[]", position=0, aliases=("Cn",),
                                             sets=("ComputerName",))] = None
    name: Annotated[list, Parameter(type="string[]")] = None
    throttle_limit: Annotated[int, Parameter(type="int")] = 32

    def process(self):
        computers = self.computer_names(self.computer_name)
        names = [to_string(n) for n in _items(self.name)]
        options = self.open_options()
        results = _parallel([lambda c=c, i=i: open_session(c, name=names[i] if i < len(names) else None,
                                                             **options)
                             for i, c in enumerate(computers)], self.throttle_limit, self.check_stop)
        for computer, (session, error) in zip(computers, results):
            if error is not None:
                self.write_error(error.record(computer, self.invocation) if isinstance(error, RemotingError) else
                                 self.error_record(str(error), "PSSessionOpenFailed", "OpenError", computer))
                continue
            self.table.add(session)
            self.write_object(session)


def _parallel(jobs: list, throttle: int, check_stop) -> list:
    """Run callables on threads, at most `throttle` at once: [(result, error)] in order."""
    results = [None] * len(jobs)
    slots = threading.Semaphore(max(1, throttle or 32))

    def run(index, job):
        with slots:
            try:
                results[index] = (job(), None)
            except Exception as error:  # noqa: BLE001 - each computer's failure is reported on its own
                results[index] = (None, error)

    threads = [threading.Thread(target=run, args=(i, j), daemon=True) for i, j in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        while thread.is_alive():
            thread.join(POLL)
            check_stop()
    return results


# ---- Get-PSSession / Remove-PSSession -----------------------------------------------------------------------

@cmdlet("Get-PSSession", aliases=("gsn",), default_set="ComputerName")
class GetPSSession(_SessionCmdlet):
    computer_name: Annotated[list, Parameter(type="object[]", position=0, aliases=("Cn",),
                                             sets=("ComputerName",))] = None
    id: Annotated[list, Parameter(type="int[]", sets=("Id",))] = None
    name: Annotated[list, Parameter(type="string[]")] = None
    instance_id: Annotated[list, Parameter(type="guid[]")] = None
    state: Annotated[str, Parameter(type="string", validate_set=_STATES)] = None

    def process(self):
        ids = list(_items(self.id))
        computers = []
        for value in _items(self.computer_name):        # `Get-PSSession 1` is an id, as its Id set says
            if isinstance(value, int) and not isinstance(value, bool):
                ids.append(value)
            else:
                computers.append(value)
        for session in self.select(ids, self.name, self.instance_id, computers, self.state):
            self.write_object(session)


@cmdlet("Remove-PSSession", aliases=("rsn",), default_set="Id")
class RemovePSSession(_SessionCmdlet):
    session: Annotated[list, Parameter(type="object[]", position=0, pipeline=True, sets=("Session",))] = None
    id: Annotated[list, Parameter(type="int[]", sets=("Id",))] = None
    name: Annotated[list, Parameter(type="string[]", sets=("Name",))] = None
    instance_id: Annotated[list, Parameter(type="guid[]", sets=("InstanceId",))] = None
    computer_name: Annotated[list, Parameter(type="string[]", aliases=("Cn",), sets=("ComputerName",))] = None

    def process(self):
        sessions, ids = [], list(_items(self.id))
        for value in _items(self.session):
            if isinstance(value, PSSession):
                sessions.append(value)
            elif isinstance(value, int) and not isinstance(value, bool):
                ids.append(value)
        if ids or self.name or self.instance_id or self.computer_name:
            sessions += self.select(ids, self.name, self.instance_id, self.computer_name)
        for session in sessions:
            session.close()
            self.table.remove(session)


# ---- Invoke-Command ----------------------------------------------------------------------------------------

@cmdlet("Invoke-Command", aliases=("icm",), default_set="InProcess")
class InvokeCommand(_SessionCmdlet, _ConnectionParameters):
    computer_name: Annotated[list, Parameter(type="object[]", position=0, aliases=("Cn",))] = None
    session: Annotated[list, Parameter(type="object[]")] = None
    script_block: Annotated[object, Parameter(type="scriptblock", position=1, aliases=("Command",))] = None
    file_path: Annotated[str, Parameter(type="string", aliases=("PSPath",))] = None
    argument_list: Annotated[list, Parameter(type="object[]", aliases=("Args",))] = None
    input_object: Annotated[object, Parameter(pipeline=True)] = None
    throttle_limit: Annotated[int, Parameter(type="int")] = 32
    hide_computer_name: Annotated[bool, Parameter(type="switch", aliases=("HCN",))] = False
    as_job: Annotated[bool, Parameter(type="switch")] = False
    job_name: Annotated[str, Parameter(type="string")] = None
    no_new_scope: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        script, sessions, computers = self._resolve_targets()
        self.script = script
        self.targets = [Target(s.computer_name, s) for s in sessions]
        if computers:
            options = self.open_options()
            self.targets += [Target(c, None, options) for c in computers]
        self.local = None
        self.pending = [] if (self.expecting_input or "InputObject" in self.bound) else None
        if not self.targets:
            if self.as_job:
                self.throw_terminating("The AsJob parameter can only be used with a remote computer or session.",
                                       "AsJobWithoutRemoteTarget", "InvalidArgument")
            self.local = ScriptCommandProcessor(script, self.ctx, [("pos", a, None) for a in
                                                                   _items(self.argument_list)],
                                                self._emit_local, dot_source=self.no_new_scope)
            self.local.begin(expecting_input=self.pending is not None)

    def _emit_local(self, value):
        self.write_object(value)

    def _resolve_targets(self):
        """(the script block, PSSessions, computer names) from -ScriptBlock/-FilePath, -Session, -ComputerName
        and the first positional argument."""
        script = self.script_block
        sessions, computers = [], []
        for value in _items(self.computer_name):
            if isinstance(value, ScriptBlock) and script is None:
                script = value
            elif isinstance(value, PSSession):
                sessions.append(value)
            else:
                computers.append(to_string(value))
        computers += [to_string(h) for h in _items(self.host_name)]
        for value in _items(self.session):
            if not isinstance(value, PSSession):
                self.throw_terminating("Cannot bind parameter 'Session'. Cannot convert the \"%s\" value to type "
                                       "\"System.Management.Automation.Runspaces.PSSession\"." % to_string(value),
                                       "CannotConvertArgumentNoMessage", "InvalidArgument", value)
            sessions.append(value)
        if self.file_path:
            path = self.runspace.resolve_path(self.file_path)
            if not os.path.isfile(path):
                self.throw_terminating("Cannot find path '%s' because it does not exist." % path, "PathNotFound",
                                       "ObjectNotFound", path, "System.Management.Automation.ItemNotFoundException")
            with open(path, encoding="utf-8-sig") as f:
                text = f.read()
            script = ScriptBlock(script_body(text, path), self.runspace, path, text=text)
        if script is None:
            self.throw_terminating("Cannot process command because of one or more missing mandatory parameters: "
                                   "ScriptBlock.", "MissingMandatoryParameter", "InvalidArgument",
                                   exception_type="System.Management.Automation.ParameterBindingException")
        return script, sessions, computers

    def process(self):
        if self.local is not None:
            if self.pending is not None:
                self.local.process(self.input_object)
            else:
                self.local.process_no_input()
            return
        if self.pending is not None:
            self.pending.append(self.input_object)

    def end(self):
        if self.local is not None:
            self.local.end()
            return
        command = remote_command(self.script.body, str(self.script), self.ctx, _items(self.argument_list),
                                 self.pending, self.hide_computer_name)
        if self.as_job:
            job = start_remote_job(self.runspace.services.jobs.table, self.targets, command, self.job_name,
                                   self.runspace.host, self.throttle_limit)
            self.write_object(job)
            return
        run = FanOut(self.targets, command, self.throttle_limit)
        run.start()
        try:
            self._drain(run, command.show_computer_name)
        except PipelineStopped:
            run.stop()              # Ctrl+C, or a downstream Select-Object -First: the remote pipelines stop
            raise

    def _drain(self, run: FanOut, show: bool):
        pending = len(run.runs)
        while pending:
            try:
                target, kind, value = run.events.get(timeout=POLL)
            except queue.Empty:
                self.check_stop()
                continue
            if kind == "state":
                pending -= 1
                state, reason = value
                if state == "Failed" and reason is not None:
                    if reason.invocation is None:         # a connection failure: this command's
                        reason.invocation = self.invocation
                    self.write_error(reason)
                continue
            if kind == "host_call":
                pipeline, event = value
                answer_host_call(target.session.connection, pipeline, event, self.runspace.host)
                continue
            self._write(to_record(kind, value, target.computer, target.runspace_id, show))

    def _write(self, record):
        if record is None:
            return
        stream, item = record
        if stream == "Output":
            self.write_object(item)
        elif stream == "Error":
            self.write_error(item)
        elif stream == "Warning":
            self.runspace.write_informational(self.ctx, item)
        elif stream in ("Verbose", "Debug"):        # the far side's preferences already chose to send them
            (self.ctx.streams.verbose if stream == "Verbose" else self.ctx.streams.debug)(item)
        elif stream == "Information":
            self.ctx.streams.information(item)
        elif stream == "Progress":
            progress = getattr(self.runspace.host, "write_progress", None)
            if progress is not None:
                progress(item)


# ---- Enter-PSSession / Exit-PSSession ---------------------------------------------------------------------

@cmdlet("Enter-PSSession", aliases=("etsn",), default_set="ComputerName")
class EnterPSSession(_SessionCmdlet, _ConnectionParameters):
    computer_name: Annotated[object, Parameter(type="object", position=0, aliases=("Cn",))] = None
    session: Annotated[object, Parameter(type="object", pipeline=True)] = None
    id: Annotated[int, Parameter(type="int")] = None
    name: Annotated[str, Parameter(type="string")] = None
    instance_id: Annotated[object, Parameter(type="guid")] = None

    def process(self):
        target = unwrap(self.session) if self.session is not None else unwrap(self.computer_name)
        temporary = False
        if isinstance(target, PSSession):
            session = target
        elif self.id is not None or (isinstance(target, int) and not isinstance(target, bool)):
            session = self._one(self.select([self.id if self.id is not None else target]))
        elif self.name is not None or self.instance_id is not None:
            session = self._one(self.select(None, [self.name] if self.name else None,
                                            [self.instance_id] if self.instance_id else None))
        else:
            names = self.computer_names([target] if target is not None else [])
            if len(names) != 1:
                self.throw_terminating("Enter-PSSession takes one computer name.", "InvalidArgument",
                                       "InvalidArgument")
            try:
                session = open_session(names[0], **self.open_options())
            except RemotingError as error:
                self.write_error(error.record(names[0], self.invocation))
                return
            temporary = True
        if session is None:
            return
        if session.state != "Opened":
            self.write_error("The session %s is %s: Enter-PSSession needs an open session." % (session.name,
                             session.state), "PushedRunspaceMustBeOpen", "InvalidArgument", session)
            return
        self.runspace.services.entered = EnteredSession(session, temporary)


@cmdlet("Exit-PSSession", aliases=("exsn",))
class ExitPSSession(Cmdlet):
    def process(self):
        leave(self.runspace)


class EnteredSession:
    """The session the prompt runs in after Enter-PSSession; a temporary one closes when the prompt leaves it."""

    def __init__(self, session: PSSession, temporary: bool):
        self.session = session
        self.temporary = temporary


def leave(runspace) -> None:
    """Exit-PSSession: back to the local prompt (a temporary session is closed, a named PSSession stays open)."""
    entered = getattr(runspace.services, "entered", None)
    runspace.services.entered = None
    if entered is not None and entered.temporary:
        entered.session.close()
