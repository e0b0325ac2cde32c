"""PSSessions: opening a remote session over SSH, the PSSession object Get-PSSession shows, the table of one
runspace's sessions, and what every remote command shares: the remoting errors PowerShell reports, the
PSComputerName/RunspaceId every returned object carries, and the answers to the far side's host calls."""
from __future__ import annotations

import itertools
import threading

from psrpcore import types as wire

from pyposh.interpreter.api import (
    ErrorRecord, InformationalRecord, OriginInfo, PSObject, ScriptRuntimeError, new_exception, to_string, wrap,
)
from pyposh.runtime.cmdlets.output import ErrorDetails
from pyposh.runtime.remoting.client import ABRUPT, ClientConnection, ConnectionBroken
from pyposh.runtime.remoting.ssh_transport import SshError, connect

TRANSPORT_EXCEPTION = "System.Management.Automation.Remoting.PSRemotingTransportException"
OPEN_TIMEOUT = 60.0                     # seconds for the far side to open its runspace once SSH is up
REPORTED = "The background process reported an error with the following message: %s."
ENDED = "The SSH client session has ended with error message: %s"

_session_ids = itertools.count(1)        # PSSession.Id: one sequence per process (remoterunspaceinfo.cs s_seed)
_ids_lock = threading.Lock()


class RemotingError(ScriptRuntimeError):
    """A remote session could not open, or broke: PSRemotingTransportException, shown as `[computer] message`."""

    def __init__(self, computer: str, message: str, error_id: str = "PSSessionOpenFailed"):
        super().__init__(message, error_id, "OpenError", exception_type=TRANSPORT_EXCEPTION)
        self.computer = computer

    def record(self, target=None, invocation=None) -> ErrorRecord:
        record = ErrorRecord(self, self.error_id, "OpenError", target, invocation)
        record.error_details = ErrorDetails("[%s] %s" % (self.computer, self.message))
        record.origin = OriginInfo(self.computer, None)
        return record


def ssh_failure(computer: str, error: SshError) -> RemotingError:
    return RemotingError(computer, REPORTED % (ENDED % error.message.rstrip(".")))


class PSSession:
    """`System.Management.Automation.Runspaces.PSSession` over SSH: one remote runspace pool."""

    ps_type_name = "System.Management.Automation.Runspaces.PSSession"
    ps_properties = {
        "Id": "id", "Name": "name", "Transport": "transport", "ComputerName": "computer_name",
        "ComputerType": "computer_type", "State": "state", "ConfigurationName": "configuration_name",
        "Availability": "availability", "InstanceId": "instance_id", "Runspace": "runspace_info",
    }
    ps_methods = {"ToString": "__str__"}
    transport = "SSH"
    computer_type = "RemoteMachine"
    configuration_name = "DefaultShell"

    def __init__(self, connection: ClientConnection, name: str | None, user: str):
        with _ids_lock:
            self.id = next(_session_ids)
        self.name = name or "Runspace%d" % self.id
        self.connection = connection
        self.computer_name = connection.computer_name
        self.user = user
        self.running = 0                 # pipelines in flight (Availability Busy)
        self._lock = threading.Lock()

    def __str__(self):
        return "[PSSession]%s" % self.name

    ps_to_string = __str__

    def __repr__(self):
        return "<PSSession %d %s %s>" % (self.id, self.computer_name, self.state)

    @property
    def instance_id(self):
        return self.connection.runspace_id

    @property
    def state(self) -> str:
        if self.connection.is_open:
            return "Opened"
        if self.connection.closed:
            return "Closed"
        return "Broken"

    @property
    def availability(self) -> str:
        if not self.connection.is_open:
            return "None"
        return "Busy" if self.running else "Available"

    @property
    def runspace_info(self) -> PSObject:
        return PSObject([("InstanceId", self.instance_id), ("ConnectionInfo", PSObject([
            ("ComputerName", self.computer_name), ("UserName", self.user), ("Transport", "SSH")])),
            ("RunspaceStateInfo", self.state), ("Availability", self.availability)],
            type_names=["System.Management.Automation.RemoteRunspace", "System.Management.Automation.Runspaces."
                        "Runspace", "System.Object"])

    def start(self, commands, deliver, input_expected=False, out_default=False):
        """Start a pipeline in the session (see ClientConnection.start_pipeline); RemotingError when it broke."""
        try:
            pipeline = self.connection.start_pipeline(commands, deliver, input_expected, out_default)
        except ConnectionBroken as error:
            raise RemotingError(self.computer_name, str(error) or ABRUPT, "PSSessionStateBroken") from None
        with self._lock:
            self.running += 1
        original = pipeline.deliver

        def counted(p, kind, value):
            if kind == "state":
                with self._lock:
                    self.running -= 1
            original(p, kind, value)
        pipeline.deliver = counted
        return pipeline

    def close(self):
        self.connection.close()


def open_session(computer: str, *, name: str | None = None, user: str | None = None, port: int | None = None,
                 key_file: str | None = None, password: str | None = None, subsystem: str | None = None,
                 timeout: float | None = None, config_path: str | None = None, options: dict | None = None,
                 width: int = 120, host=None, error_id: str = "PSSessionOpenFailed") -> PSSession:
    """Connect over SSH, start pyposh there and open its runspace pool: the new PSSession, or RemotingError.
    `host` answers the host calls the far side makes outside a pipeline."""
    try:
        settings, transport = connect(computer, user=user, port=port, key_file=key_file, password=password,
                                      subsystem=subsystem, timeout=timeout, config_path=config_path,
                                      options=options)
    except SshError as error:
        failure = ssh_failure(computer, error)
        failure.error_id = error_id
        raise failure from None
    host_calls = None
    if host is not None:
        def host_calls(conn, pipeline, event):
            answer_host_call(conn, pipeline, event, host)
    connection = ClientConnection(transport, computer, width, host_calls,
                                  application_arguments={"PSVersionTable": {"PSEdition": "Core"}})
    try:
        connection.open(timeout or OPEN_TIMEOUT)
    except ConnectionBroken as error:
        detail = transport.error_text() or str(error)
        raise RemotingError(computer, REPORTED % (ENDED % (
            "pyposh did not start a remote session on %s: %s" % (computer, detail.rstrip(".")))), error_id) from None
    return PSSession(connection, name, settings.user)


class SessionTable:
    """The PSSessions of one runspace (Get-PSSession lists them; closing the runspace closes them)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._sessions: list[PSSession] = []

    def add(self, session: PSSession) -> None:
        with self._lock:
            self._sessions.append(session)

    def remove(self, session: PSSession) -> None:
        with self._lock:
            if session in self._sessions:
                self._sessions.remove(session)

    def sessions(self) -> list:
        with self._lock:
            return list(self._sessions)

    def close(self) -> None:
        with self._lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()


# ---- what comes back ------------------------------------------------------------------------------------------

def decorate(value, computer: str, runspace_id, show_computer: bool = True):
    """An output object as Invoke-Command returns it: with PSComputerName, RunspaceId and PSShowComputerName."""
    obj = value if type(value) is PSObject else wrap(value)
    obj.add_note("PSComputerName", computer)
    obj.add_note("RunspaceId", runspace_id)
    obj.add_note("PSShowComputerName", show_computer)
    return obj


def remote_error(record: ErrorRecord, computer: str, runspace_id) -> ErrorRecord:
    """A remote error (RemotingErrorRecord): where it came from, in OriginInfo."""
    record.origin = OriginInfo(computer, runspace_id)
    return record


def broken_record(computer: str, reason) -> ErrorRecord:
    """The error a pipeline ends with when its connection is lost (or the terminating error it failed with)."""
    if isinstance(reason, ErrorRecord):
        return reason
    return RemotingError(computer, ABRUPT if not reason else str(reason), "PSSessionStateBroken").record()


def invalid_state_record(session: PSSession) -> ErrorRecord:
    """Invoke-Command on a session that is not open (InvokeCommandCommand.cs, ICMInvalidSessionState)."""
    message = ("Because the session state for session %s, %s, %s is not equal to Open, you cannot run a command in "
               "the session.  The session state is %s." % (session.name, session.instance_id, session.computer_name,
                                                           session.state))
    exception = new_exception("System.Management.Automation.Runspaces.InvalidRunspaceStateException", message)
    return ErrorRecord(exception, "InvokeCommandCommandInvalidSessionState", "InvalidOperation", session)


def informational(kind: str, message: str) -> InformationalRecord:
    return InformationalRecord.of(kind.capitalize(), message)


# ---- host calls ----------------------------------------------------------------------------------------------

_VOID_WRITES = {wire.HostMethodIdentifier.Write1, wire.HostMethodIdentifier.Write2,
                wire.HostMethodIdentifier.WriteLine1, wire.HostMethodIdentifier.WriteLine2,
                wire.HostMethodIdentifier.WriteLine3}


def answer_host_call(connection: ClientConnection, pipeline, event, host) -> None:
    """Do what the far side asks of this host: write its text (Out-Default and Out-Host in the remote session,
    [Console]::Write), report the console's size; a call pyposh's host cannot serve (ReadLine, prompts) gets an
    error back, so the remote command fails instead of waiting."""
    method = event.method_identifier
    parameters = list(event.method_parameters or [])
    if method in _VOID_WRITES:
        text = to_string(parameters[-1]) if parameters else ""
        newline = method in (wire.HostMethodIdentifier.WriteLine1, wire.HostMethodIdentifier.WriteLine2,
                             wire.HostMethodIdentifier.WriteLine3)
        if method == wire.HostMethodIdentifier.WriteLine1:
            text = ""
        host.write_console(text + ("\n" if newline else ""))
        return
    if method == wire.HostMethodIdentifier.WriteErrorLine:
        host.write_native_error(to_string(parameters[-1]) if parameters else "")
        return
    kinds = {wire.HostMethodIdentifier.WriteWarningLine: "Warning",
             wire.HostMethodIdentifier.WriteVerboseLine: "Verbose",
             wire.HostMethodIdentifier.WriteDebugLine: "Debug"}
    if method in kinds:
        host.write_informational(InformationalRecord.of(kinds[method], to_string(parameters[-1]) if parameters
                                                        else ""))
        return
    if event.ci == -100 or method in (wire.HostMethodIdentifier.WriteProgress,
                                      wire.HostMethodIdentifier.SetShouldExit):
        return                            # void calls: nothing to answer
    value = _host_value(method, host)
    if value is not _NO_ANSWER:
        connection.host_response(pipeline, event.ci, value)
        return
    error = wire.ErrorRecord(
        Exception=wire.NETException(Message="The host of this remote session (pyposh) does not support %s."
                                    % method.name),
        CategoryInfo=wire.ErrorCategoryInfo(Category=wire.ErrorCategory.NotImplemented),
        FullyQualifiedErrorId="HostFunctionNotImplemented")
    connection.host_response(pipeline, event.ci, error=error)


_NO_ANSWER = object()


def _host_value(method, host):
    width = getattr(host, "width", 120)
    size = wire.Size(Width=width, Height=getattr(host, "height", 0) or 0)
    answers = {
        wire.HostMethodIdentifier.GetName: "pyposh",
        wire.HostMethodIdentifier.GetBufferSize: size, wire.HostMethodIdentifier.GetWindowSize: size,
        wire.HostMethodIdentifier.GetMaxWindowSize: size, wire.HostMethodIdentifier.GetMaxPhysicalWindowSize: size,
        wire.HostMethodIdentifier.GetIsRunspacePushed: False, wire.HostMethodIdentifier.GetKeyAvailable: False,
        wire.HostMethodIdentifier.GetWindowTitle: "pyposh",
    }
    return answers.get(method, _NO_ANSWER)
