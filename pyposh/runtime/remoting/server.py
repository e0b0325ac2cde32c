"""`pyposh -sshs`: one remote session served on stdin/stdout, as `pwsh -sshs` serves one (OutOfProcServerMediator).

Each line read is an OutOfProc packet. The runspace pool's data is answered at once (psrpcore's
ServerRunspacePool); a `<Command>` creates the server pipeline its data will describe; each pipeline runs on a
thread of its own, one at a time, in the session's one Runspace, so variables, functions, the location and the
jobs started there persist from one call to the next. What a pipeline writes goes back as PSRP messages."""
from __future__ import annotations

import os
import queue
import sys
import threading
import uuid

import psrpcore
from psrpcore import types as wire

from pyposh.interpreter.api import (
    PS_VERSION, ErrorRecord, ExitSignal, FlowControl, Hashtable, PipelineStopped, PSObject, PyposhError, ScriptBlock,
    call_depth_error, new_exception, script_body,
)
from pyposh.runtime.remoting import framing
from pyposh.runtime.remoting.deserializer import from_wire
from pyposh.runtime.remoting.serializer import contains_secret, error_record_to_wire, to_wire
from pyposh.runtime.remoting.server_host import RemoteHost
from pyposh.runtime.remoting.using import USING_ARGUMENT, decode_using
from pyposh.runtime.session import new_runspace

FRAGMENT_SIZE = 32768
# pwsh's default prompt (InitialSessionState.DefaultPromptFunctionText): a pwsh client's Enter-PSSession calls it
DEFAULT_PROMPT = ("function prompt { \"PS $($executionContext.SessionState.Path.CurrentLocation)"
                  "$('>' * ($nestedPromptLevel + 1)) \" }")
KEY_TIMEOUT = 30.0             # seconds a pipeline waits for the client's public key before sending a SecureString


class RemoteServer:
    """One session: the protocol state (psrpcore), the Runspace, and the pipelines in flight.
    `write_line(text)` sends one packet to the client."""

    def __init__(self, write_line):
        self.write_line = write_line
        self.lock = threading.RLock()
        self.pool = psrpcore.ServerRunspacePool(application_private_data={
            "PSVersionTable": {"PSVersion": wire.PSVersion(PS_VERSION), "PSEdition": "Core"}})
        self.host = RemoteHost()
        self.runspace = None
        self.runs: dict[uuid.UUID, PipelineRun] = {}
        self.busy = threading.Lock()             # the session's runspace runs one pipeline at a time
        self.closed = threading.Event()
        self.session_key = threading.Event()     # the client has our session key (SecureStrings can go out)

    # -- packets -----------------------------------------------------------------------------------------
    def receive(self, line: str) -> None:
        packet = framing.parse_packet(line)
        tag, guid = packet.tag, packet.guid
        if tag == framing.DATA:
            self._data(packet)
            self.write_line(framing.guid_packet(framing.DATA_ACK, guid))
        elif tag == framing.COMMAND:
            with self.lock:
                run = PipelineRun(self, psrpcore.ServerPipeline(self.pool, guid))
                self.runs[guid] = run
            self.write_line(framing.guid_packet(framing.COMMAND_ACK, guid))
        elif tag == framing.SIGNAL:
            run = self.runs.get(guid)
            if run is not None:
                run.stop()
            self.write_line(framing.guid_packet(framing.SIGNAL_ACK, guid))
        elif tag == framing.CLOSE:
            if guid == framing.EMPTY_GUID:
                self.close()
            else:
                self._close_pipeline(guid)
            self.write_line(framing.guid_packet(framing.CLOSE_ACK, guid))
        else:
            raise framing.FramingError("a server does not expect <%s>" % tag)

    def _data(self, packet) -> None:
        guid = None if packet.guid == framing.EMPTY_GUID else packet.guid
        stream = psrpcore.StreamType.prompt_response if packet.stream == framing.PROMPT_RESPONSE \
            else psrpcore.StreamType.default
        with self.lock:
            self.pool.receive_data(psrpcore.PSRPPayload(packet.data, stream, guid))
            while True:
                event = self.pool.next_event()
                if event is None:
                    break
                self._event(event)
            self.flush()

    def _event(self, event) -> None:
        if isinstance(event, psrpcore.InitRunspacePoolEvent):
            self._open_runspace(event)
        elif isinstance(event, psrpcore.GetAvailableRunspacesEvent):
            self.pool.runspace_availability_response(event.ci, 0 if self.busy.locked() else 1)
        elif isinstance(event, (psrpcore.SetMaxRunspacesEvent, psrpcore.SetMinRunspacesEvent)):
            self.pool.runspace_availability_response(event.ci, event.count == 1)
        elif isinstance(event, psrpcore.ResetRunspaceStateEvent):
            self.pool.runspace_availability_response(event.ci, False)
        elif isinstance(event, psrpcore.CreatePipelineEvent):
            self.runs[event.pipeline_id].start(event.pipeline)
        elif isinstance(event, psrpcore.GetCommandMetadataEvent):
            self.runs[event.pipeline_id].start_metadata(event.pipeline)
        elif isinstance(event, psrpcore.PipelineInputEvent):
            self.runs[event.pipeline_id].input.put(from_wire(event.data))
        elif isinstance(event, psrpcore.EndOfPipelineInputEvent):
            self.runs[event.pipeline_id].input.put(_END_OF_INPUT)
        elif isinstance(event, psrpcore.PublicKeyEvent):
            self.session_key.set()               # psrpcore has queued our key, encrypted with theirs

    def _open_runspace(self, event) -> None:
        data = getattr(event.host_info, "HostDefaultData", None) if event.host_info is not None else None
        size = getattr(data, "BufferSize", None) if data is not None else None
        if size is not None and getattr(size, "Width", 0):
            self.host.width = int(size.Width)
        self.runspace = new_runspace(self.host, location=os.path.expanduser("~"), share_process=True)
        self.runspace.set_variable("PSSenderInfo", sender_info(event.application_arguments))
        self.runspace.invoke(DEFAULT_PROMPT)

    def ensure_session_key(self) -> None:
        """Before a SecureString goes out: ask the client for its public key (PublicKeyRequest) and wait for it."""
        if self.session_key.is_set():
            return
        with self.lock:
            self.pool.request_key()
            self.flush()
        if not self.session_key.wait(KEY_TIMEOUT):
            raise RuntimeError("the client did not send its public key for the session key exchange")

    def flush(self) -> None:
        """Send what psrpcore has queued (call with the lock held)."""
        while True:
            payload = self.pool.data_to_send(FRAGMENT_SIZE)
            if payload is None:
                return
            stream = framing.PROMPT_RESPONSE if payload.stream_type == psrpcore.StreamType.prompt_response \
                else framing.DEFAULT
            self.write_line(framing.data_packet(payload.data, payload.pipeline_id, stream))

    def _close_pipeline(self, guid) -> None:
        with self.lock:
            run = self.runs.pop(guid, None)
            if run is not None:
                run.stop()
                try:
                    run.pipeline.close()
                except psrpcore.PSRPCoreError:
                    self.pool.pipeline_table.pop(guid, None)

    # -- the end ------------------------------------------------------------------------------------------
    def close(self) -> None:
        """The client closed the session (or went away): stop what runs, end the runspace and its jobs."""
        with self.lock:
            runs = list(self.runs.values())
        for run in runs:
            run.stop()
        for run in runs:
            run.done.wait(5)
        if self.runspace is not None:
            self.runspace.close()
        self.closed.set()


_END_OF_INPUT = object()


class PipelineRun:
    """One server pipeline: its input queue, its thread, and the messages it sends while it runs."""

    def __init__(self, server: RemoteServer, pipeline):
        self.server = server
        self.pipeline = pipeline
        self.input: queue.Queue = queue.Queue()
        self.done = threading.Event()
        self.stopping = False
        self.running = False                     # it holds the runspace (a queued pipeline does not)
        self.has_host = False
        self.add_invocation_info = True
        self.thread = None

    # -- what the RemoteHost calls --------------------------------------------------------------------
    def send(self, message, message_type) -> None:
        with self.server.lock:
            if self.pipeline.state == wire.PSInvocationState.Running:
                self.pipeline.prepare_message(message, message_type=message_type)
                self.server.flush()

    def host_call(self, method, parameters) -> None:
        with self.server.lock:
            if self.pipeline.state == wire.PSInvocationState.Running:
                self.pipeline.host_call(method, parameters)
                self.server.flush()

    # -- running ----------------------------------------------------------------------------------------
    def start(self, powershell) -> None:
        host = powershell.host
        self.has_host = host is not None and not host.IsHostNull and not host.IsHostUINull
        if host is not None and host.UseRunspaceHost:
            pool_host = self.server.pool.host
            self.has_host = pool_host is not None and not pool_host.IsHostNull and not pool_host.IsHostUINull
        options = int(powershell.remote_stream_options or 0)
        self.add_invocation_info = bool(options & int(wire.RemoteStreamOptions.AddInvocationInfoToErrorRecord))
        if powershell.no_input:
            self.input.put(_END_OF_INPUT)
        self.thread = threading.Thread(target=self._run, args=(powershell,), name="pyposh-remote-pipeline",
                                       daemon=True)
        self.thread.start()

    def start_metadata(self, _request) -> None:
        """Get-Command metadata (Import-PSSession, pwsh's tab completion): pyposh reports no commands."""
        with self.server.lock:
            self.pipeline.start()
            self.pipeline.write_output(wire.CommandMetadataCount(Count=0))
            self.pipeline.complete()
            self.server.flush()
        self.done.set()

    def stop(self) -> None:
        self.stopping = True
        runspace = self.server.runspace
        if runspace is not None and self.running and not self.done.is_set():
            runspace.stop()
        self.input.put(_END_OF_INPUT)

    def _run(self, powershell) -> None:
        server = self.server
        with server.busy:
            runspace = server.runspace
            runspace.stop_event.clear()
            self.running = True
            with server.lock:
                self.pipeline.start()
                server.flush()
            server.host.pipeline = self
            state, error = wire.PSInvocationState.Completed, None
            try:
                if self.stopping:
                    raise PipelineStopped()
                self._execute(runspace, powershell)
            except PipelineStopped:
                state = wire.PSInvocationState.Stopped
            except (ExitSignal, FlowControl):
                pass
            except PyposhError as failure:
                state, error = wire.PSInvocationState.Failed, ErrorRecord.from_error(failure)
            except RecursionError:
                state, error = wire.PSInvocationState.Failed, ErrorRecord.from_error(call_depth_error(None))
            except Exception as fault:  # noqa: BLE001 - an engine fault fails the pipeline, never the session
                state = wire.PSInvocationState.Failed
                error = ErrorRecord(new_exception("System.Exception", "%s: %s" % (type(fault).__name__, fault)),
                                    "RemotePipelineExecutionFailed", "NotSpecified")
            finally:
                try:
                    server.host.flush()
                finally:
                    server.host.pipeline = None
            if self.stopping and state == wire.PSInvocationState.Completed:
                state = wire.PSInvocationState.Stopped
            self._finish(state, error)
            self.running = False
        self.done.set()

    def _finish(self, state, error) -> None:
        with self.server.lock:
            if self.pipeline.state != wire.PSInvocationState.Running:
                return
            if state == wire.PSInvocationState.Completed:
                self.pipeline.complete()
            elif state == wire.PSInvocationState.Stopped:
                self.pipeline.stop()
            else:
                # psrpcore has no public "failed" transition: its state change sends PipelineState with the
                # ExceptionAsErrorRecord, as pwsh's server does for a terminating error
                self.pipeline._change_state(wire.PSInvocationState.Failed, error_record_to_wire(error, True))
            self.server.flush()

    def _execute(self, runspace, powershell) -> None:
        plan = compose(powershell, runspace)
        previous = runspace.using_values
        if plan.using:
            runspace.using_values = plan.using
        input_items = self._input(runspace) if not powershell.no_input else None
        try:
            if plan.script is not None:         # Invoke-Command's shape: one script and its arguments
                runspace.run_script_block(plan.script, plan.args, input_items, self._output,
                                          dot_source=plan.dot_source)
                return
            for name, value in plan.variables.items():
                runspace.set_variable(name, value)
            runspace.invoke(plan.text, input=input_items, out=self._output)
        finally:
            runspace.using_values = previous
            for name in plan.variables:
                runspace.remove_variable(name)

    def _input(self, runspace):
        while True:
            try:
                item = self.input.get(timeout=0.1)
            except queue.Empty:
                runspace.check_stop()
                continue
            if item is _END_OF_INPUT:
                return
            yield item

    def _output(self, value) -> None:
        if contains_secret(value):
            self.server.ensure_session_key()
        self.send(to_wire(value), wire.PSRPMessageType.PipelineOutput)


class Plan:
    """How a PSRP PowerShell runs here: one script block with positional arguments (what Invoke-Command sends),
    or a composed script that splats each command's arguments from `variables`; and the `$using:` values."""

    def __init__(self):
        self.script = None
        self.args: list = []
        self.dot_source = True
        self.text = ""
        self.variables: dict = {}
        self.using: dict = {}


def compose(powershell, runspace) -> Plan:
    """The Plan for a PSRP PowerShell: statements of commands (script text or command names, with arguments)."""
    plan = Plan()
    statements, current = [], []
    for command in powershell.commands:
        current.append(command)
        if command.end_of_statement:
            statements.append(current)
            current = []
    if current:
        statements.append(current)
    arguments = []
    for statement in statements:
        arguments.append([])
        for command in statement:
            positional, named = [], Hashtable()
            for parameter, value in command.parameters:
                value = from_wire(value)
                if parameter == USING_ARGUMENT:
                    plan.using.update(decode_using(value))
                elif parameter is None:
                    positional.append(value)
                else:
                    named[parameter.lstrip("-")] = value
            arguments[-1].append((positional, named))
    if len(statements) == 1 and len(statements[0]) == 1 and statements[0][0].is_script \
            and not len(arguments[0][0][1]) and not _merges(statements[0][0]):
        command = statements[0][0]
        plan.script = ScriptBlock(script_body(command.command_text), runspace, text=command.command_text)
        plan.args = arguments[0][0][0]
        plan.dot_source = not command.use_local_scope
        return plan
    lines = []
    for s_index, statement in enumerate(statements):
        parts = ["$input"] if s_index == 0 and not powershell.no_input else []
        for c_index, command in enumerate(statement):
            name = "__pyposh_remote_%d_%d" % (s_index, c_index)
            positional, named = arguments[s_index][c_index]
            if command.is_script:
                text = command.command_text
                target = ScriptBlock(script_body(text), runspace, text=text)
                operator = "&" if command.use_local_scope or parts else "."
            else:
                target, operator = command.command_text, "&"
            plan.variables[name], plan.variables[name + "_a"], plan.variables[name + "_n"] = \
                target, positional, named
            part = "%s $%s @%s_a @%s_n" % (operator, name, name, name)
            if _merges(command):
                part += " 2>&1"
            parts.append(part)
        lines.append(" | ".join(parts))
    plan.text = "\n".join(lines)
    return plan


def _merges(command) -> bool:
    """The command's errors are merged into its output (`2>&1`: Enter-PSSession asks this of each line)."""
    return command.merge_my == wire.PipelineResultTypes.Error and command.merge_to == wire.PipelineResultTypes.Output


def sender_info(application_arguments) -> PSObject:
    """`$PSSenderInfo` as pwsh's SSH server makes it (OutOfProcServerMediator.CreateSessionTransportManager)."""
    identity = PSObject([("AuthenticationType", ""), ("IsAuthenticated", True), ("Name", "")],
                        type_names=["System.Management.Automation.Remoting.PSIdentity", "System.Object"])
    user = PSObject([("Identity", identity), ("CertificateDetails", None)],
                    type_names=["System.Management.Automation.Remoting.PSPrincipal", "System.Object"])
    arguments = Hashtable()
    for key, value in (application_arguments or {}).items():
        arguments[str(key)] = from_wire(value)
    return PSObject([("UserInfo", user), ("ClientTimeZone", None), ("ConnectionString", "http://localhost"),
                     ("ApplicationArguments", arguments), ("ConfigurationName", "")],
                    type_names=["System.Management.Automation.Remoting.PSSenderInfo", "System.Object"])


def serve(stdin=None, stdout=None) -> int:
    """Serve one session on this process's standard input and output. Nothing else may write to stdout: the
    descriptor is kept for the protocol and fd 1 (Python's sys.stdout, native programs) goes to stderr."""
    if stdout is None:
        protocol_fd = os.dup(1)
        os.dup2(2, 1)
        stdout = os.fdopen(protocol_fd, "w", encoding="utf-8", newline="\n")
        sys.stdout = sys.stderr
    if stdin is None:
        stdin = sys.stdin
    write_lock = threading.Lock()

    def write_line(text: str) -> None:
        with write_lock:
            stdout.write(text + "\n")
            stdout.flush()

    server = RemoteServer(write_line)
    try:
        for line in stdin:
            if not line.strip():
                continue
            server.receive(line)
            if server.closed.is_set():
                return 0
    except (framing.FramingError, psrpcore.PSRPCoreError) as error:
        sys.stderr.write("pyposh -sshs: %s\n" % error)
        server.close()
        return 1
    except Exception as fault:  # noqa: BLE001 - the session ends with a message, never a traceback
        if os.environ.get("PYPOSH_DEBUG") == "1":
            raise
        sys.stderr.write("pyposh -sshs: internal error: %s: %s\n" % (type(fault).__name__, fault))
        server.close()
        return 70
    except (BrokenPipeError, OSError):
        pass
    server.close()          # the client went away without <Close>
    return 0
