"""The client end of a remote session: psrpcore's ClientRunspacePool spoken over a line transport (an SSH channel)
in OutOfProc packets, with pwsh's flow control: a `<Command>` is acknowledged before its pipeline's data goes,
and each target (the pool, or one pipeline) has one `<Data>` packet unacknowledged at a time.

Three threads touch a connection: the callers (starting, stopping and closing pipelines), a reader that parses
what arrives and hands each pipeline its events, and a writer that owns the transport's write side (so a caller
never blocks on a full SSH window while holding the protocol's lock)."""
from __future__ import annotations

import collections
import queue
import threading
import uuid

import psrpcore
from psrpcore import types as wire

from pyposh.interpreter.api import ErrorRecord, new_exception
from pyposh.runtime.remoting import framing
from pyposh.runtime.remoting.deserializer import error_record_from_wire, from_wire, information_from_wire
from pyposh.runtime.remoting.serializer import contains_secret, to_wire

FRAGMENT_SIZE = 32768          # BaseTransportManager.DefaultFragmentSize
KEY_TIMEOUT = 30.0             # seconds to wait for the session key exchange
ABRUPT = "The SSH transport process has abruptly terminated causing this remote session to break."
FINAL_STATES = frozenset((wire.PSInvocationState.Completed, wire.PSInvocationState.Failed,
                          wire.PSInvocationState.Stopped))


class ConnectionBroken(Exception):
    """The transport ended (or failed) while the session was open."""


class ClientConnection:
    """One remote runspace pool (a PSSession's far side). `computer_name` decorates what comes back;
    `host_calls(connection, None, event)` answers the pool's host calls (a pipeline's go to its consumer)."""

    def __init__(self, transport, computer_name: str, width: int = 120, host_calls=None,
                 application_arguments: dict | None = None):
        self.transport = transport
        self.computer_name = computer_name
        self.width = width
        self.host_calls = host_calls
        self.pool = psrpcore.ClientRunspacePool(host=host_info(width), application_arguments=application_arguments)
        self._lock = threading.RLock()
        self._opened = threading.Condition(self._lock)
        self._queues: dict[uuid.UUID, collections.deque] = collections.defaultdict(collections.deque)
        self._blocked: set[uuid.UUID] = set()          # a packet of theirs awaits its ack
        self._pipelines: dict[uuid.UUID, RemotePipeline] = {}
        self._outbox: queue.Queue = queue.Queue()
        self._reader = threading.Thread(target=self._read_loop, name="pyposh-remote-reader", daemon=True)
        self._writer = threading.Thread(target=self._write_loop, name="pyposh-remote-writer", daemon=True)
        self.broken_reason: str | None = None
        self.closed = False
        self._close_acked = threading.Event()
        self._session_key = threading.Event()      # PSRP's session key arrived (SecureStrings can cross)

    @property
    def runspace_id(self) -> uuid.UUID:
        return self.pool.runspace_pool_id

    @property
    def is_open(self) -> bool:
        return self.broken_reason is None and not self.closed and self.pool.state == wire.RunspacePoolState.Opened

    # -- opening and closing -------------------------------------------------------------------------
    def open(self, timeout: float) -> None:
        """Open the runspace pool: raises ConnectionBroken with the reason when the far side does not."""
        self._writer.start()
        self._reader.start()
        with self._lock:
            self.pool.open()
            self._flush()
            self._opened.wait_for(lambda: self.pool.state != wire.RunspacePoolState.Opening
                                  or self.broken_reason is not None, timeout)
            state = self.pool.state
        if self.broken_reason is not None:
            raise ConnectionBroken(self.broken_reason)
        if state != wire.RunspacePoolState.Opened:
            self._end("the remote session did not open within %g seconds" % timeout)
            raise ConnectionBroken(self.broken_reason)

    def close(self, timeout: float = 5.0) -> None:
        """Close the pool (`<Close>` for it) and the transport; running pipelines are stopped first."""
        with self._lock:
            if self.closed:
                return
            pipelines = list(self._pipelines.values())
        for pipeline in pipelines:
            pipeline.stop(wait=1.0)
        with self._lock:
            self.closed = True
            send = self.broken_reason is None
            if send:
                self._send(framing.guid_packet(framing.CLOSE))
        if send:
            self._close_acked.wait(timeout)
        self._end(None)

    def _end(self, reason: str | None) -> None:
        """The transport is done: with a reason when it broke. Every pipeline still running learns it."""
        with self._lock:
            if reason is not None and self.broken_reason is None and not self.closed:
                self.broken_reason = reason
            pipelines = list(self._pipelines.values())
            self._opened.notify_all()
        self._session_key.set()            # nobody waits for a key that cannot come
        self._outbox.put(None)
        try:
            self.transport.close()
        except Exception:  # noqa: BLE001 - closing a dead transport may fail in any way; it is closed either way
            pass
        for pipeline in pipelines:
            pipeline.broken(self.broken_reason or "The session was closed.")

    # -- pipelines -------------------------------------------------------------------------------------
    def start_pipeline(self, commands, deliver, input_expected: bool = False,
                       out_default: bool = False) -> RemotePipeline:
        """Run `commands` ([(text, is_script, [(name, value)...])], or psrpcore Commands) as one PowerShell in the
        far runspace. Events go to `deliver(pipeline, kind, value)`."""
        if any(contains_secret(value) for entry in commands if not isinstance(entry, psrpcore.Command)
               for _, value in entry[2]):
            self.exchange_key()
        with self._lock:
            if not self.is_open:
                raise ConnectionBroken(self.broken_reason or "The session is not open.")
            ps = psrpcore.ClientPowerShell(self.pool, no_input=not input_expected, host=PIPELINE_HOST,
                                           remote_stream_options=wire.RemoteStreamOptions.AddInvocationInfo)
            for entry in commands:
                if isinstance(entry, psrpcore.Command):      # built by the caller (statements, merges)
                    ps.add_command(entry)
                    continue
                text, is_script, parameters = entry
                ps.add_command(psrpcore.Command(text, is_script))
                for name, value in parameters:
                    ps.add_parameter(name, to_wire(value))
            if out_default:
                ps.add_command("Out-Default")
            return self.start_request(ps, deliver)

    def start_request(self, request, deliver) -> RemotePipeline:
        """Start a psrpcore client pipeline (a ClientPowerShell, or a ClientGetCommandMetadata request)."""
        with self._lock:
            if not self.is_open:
                raise ConnectionBroken(self.broken_reason or "The session is not open.")
            pipeline = RemotePipeline(self, request, deliver)
            self._pipelines[request.pipeline_id] = pipeline
            self._send(framing.guid_packet(framing.COMMAND, request.pipeline_id))
            self._blocked.add(request.pipeline_id)      # its data waits for <CommandAck>
            request.start()
            self._flush()
        return pipeline

    def exchange_key(self) -> None:
        """Get PSRP's session key (a SecureString is encrypted with it): send our public key, wait for theirs."""
        if self._session_key.is_set():
            return
        with self._lock:
            self.pool.exchange_key()
            self._flush()
        if not self._session_key.wait(KEY_TIMEOUT) and self.broken_reason is None:
            raise ConnectionBroken("The remote computer did not complete the session key exchange.")
        if self.broken_reason is not None:
            raise ConnectionBroken(self.broken_reason)

    def send_input(self, pipeline: RemotePipeline, value) -> None:
        if contains_secret(value):
            self.exchange_key()
        with self._lock:
            if pipeline.ps.state == wire.PSInvocationState.Running and self.broken_reason is None:
                pipeline.ps.send(to_wire(value))
                self._flush()

    def end_input(self, pipeline: RemotePipeline) -> None:
        with self._lock:
            if pipeline.ps.state == wire.PSInvocationState.Running and self.broken_reason is None:
                pipeline.ps.send_eof()
                self._flush()

    def signal(self, pipeline: RemotePipeline) -> None:
        """Stop a running pipeline (`<Signal>`); its final state arrives as Stopped."""
        with self._lock:
            if self.broken_reason is None and not pipeline.finished.is_set():
                self._send(framing.guid_packet(framing.SIGNAL, pipeline.id))

    def release(self, pipeline: RemotePipeline) -> None:
        """A pipeline is done: `<Close>` it on the far side and forget it."""
        with self._lock:
            if self._pipelines.pop(pipeline.id, None) is None:
                return
            try:
                pipeline.ps.close()
            except psrpcore.PSRPCoreError:
                self.pool.pipeline_table.pop(pipeline.id, None)
            if self.broken_reason is None and not self.closed:
                self._send(framing.guid_packet(framing.CLOSE, pipeline.id))

    def host_response(self, pipeline, ci: int, value=None, error=None) -> None:
        with self._lock:
            if self.broken_reason is not None:
                return
            target = pipeline.ps if pipeline is not None else self.pool
            try:
                target.host_response(ci, value, error)
            except psrpcore.PSRPCoreError:
                return
            self._flush()

    # -- sending -------------------------------------------------------------------------------------
    def _send(self, line: str) -> None:
        self._outbox.put(line)

    def _flush(self) -> None:
        """Move psrpcore's pending fragments to the per-target queues and send what flow control allows."""
        while True:
            payload = self.pool.data_to_send(FRAGMENT_SIZE)
            if payload is None:
                break
            stream = framing.PROMPT_RESPONSE if payload.stream_type == psrpcore.StreamType.prompt_response \
                else framing.DEFAULT
            self._queues[payload.pipeline_id or framing.EMPTY_GUID].append((stream, payload.data))
        self._pump()

    def _pump(self) -> None:
        for guid, pending in self._queues.items():
            if pending and guid not in self._blocked:
                stream, data = pending.popleft()
                self._blocked.add(guid)
                self._send(framing.data_packet(data, guid, stream))

    def _write_loop(self) -> None:
        while True:
            line = self._outbox.get()
            if line is None:
                return
            try:
                self.transport.write_line(line)
            except (OSError, EOFError):
                self._end(ABRUPT)
                return

    # -- receiving -----------------------------------------------------------------------------------
    def _read_loop(self) -> None:
        try:
            while True:
                line = self.transport.read_line()
                if line is None:
                    break
                if line.strip():
                    self._receive(line)
        except (OSError, EOFError):
            self._end(ABRUPT)
            return
        except (framing.FramingError, psrpcore.PSRPCoreError, ValueError) as error:
            self._end("The remote end of the connection to %s sent data pyposh cannot read: %s"
                      % (self.computer_name, error))
            return
        if self.closed:
            self._end(None)
        else:
            self._end(ABRUPT)       # RemotingErrorIdStrings.SSHAbruptlyTerminated

    def _receive(self, line: str) -> None:
        packet = framing.parse_packet(line)
        events = []
        with self._lock:
            tag, guid = packet.tag, packet.guid
            if tag == framing.DATA:
                stream = psrpcore.StreamType.prompt_response if packet.stream == framing.PROMPT_RESPONSE \
                    else psrpcore.StreamType.default
                self.pool.receive_data(psrpcore.PSRPPayload(packet.data, stream,
                                                            None if guid == framing.EMPTY_GUID else guid))
                while True:
                    event = self.pool.next_event()
                    if event is None:
                        break
                    events.append(event)
                if any(isinstance(e, psrpcore.RunspacePoolStateEvent) for e in events):
                    self._opened.notify_all()
                if any(isinstance(e, psrpcore.EncryptedSessionKeyEvent) for e in events):
                    self._session_key.set()
            elif tag in (framing.DATA_ACK, framing.COMMAND_ACK):
                self._blocked.discard(guid)
                self._pump()
            elif tag == framing.CLOSE_ACK and guid == framing.EMPTY_GUID:
                self._close_acked.set()
            elif tag not in (framing.SIGNAL_ACK, framing.CLOSE_ACK):
                raise framing.FramingError("a client does not expect <%s>" % tag)
            self._flush()
        for event in events:
            try:
                self._dispatch(event)
            except Exception as fault:  # noqa: BLE001 - one unreadable object must not end the session
                pipeline = self._pipelines.get(event.pipeline_id) if event.pipeline_id else None
                if pipeline is None:
                    raise framing.FramingError("%s: %s" % (type(fault).__name__, fault)) from None
                pipeline.deliver(pipeline, "error", unreadable_record(fault, self.computer_name))

    def _dispatch(self, event) -> None:
        pipeline = self._pipelines.get(event.pipeline_id) if event.pipeline_id else None
        if isinstance(event, psrpcore.RunspacePoolStateEvent):
            if event.state == wire.RunspacePoolState.Broken:
                reason = event.reason
                self._end(str(reason) if reason is not None else "The remote session broke.")
            elif event.state == wire.RunspacePoolState.Closed and not self.closed:
                self._end("The remote session was closed.")
            return
        if isinstance(event, psrpcore.RunspacePoolHostCallEvent):
            if self.host_calls is not None:
                self.host_calls(self, None, event)
            return
        if pipeline is not None:
            pipeline.receive(event)


class RemotePipeline:
    """One pipeline running in the far runspace. Its events reach `deliver(pipeline, kind, value)`:
    kinds output, error, warning, verbose, debug, information, progress, host_call, and finally `state` with
    (state name, the ErrorRecord it failed with, a message when the connection broke, or None)."""

    def __init__(self, connection: ClientConnection, ps, deliver):
        self.connection = connection
        self.ps = ps
        self.id = ps.pipeline_id
        self.deliver = deliver
        self.finished = threading.Event()
        self.state = "Running"
        self.reason = None

    @property
    def computer_name(self) -> str:
        return self.connection.computer_name

    def receive(self, event) -> None:
        if isinstance(event, psrpcore.PipelineOutputEvent):
            self.deliver(self, "output", from_wire(event.data))
        elif isinstance(event, psrpcore.ErrorRecordEvent):
            self.deliver(self, "error", error_record_from_wire(event.record))
        elif isinstance(event, psrpcore.WarningRecordEvent):
            self.deliver(self, "warning", str(event.record.Message or ""))
        elif isinstance(event, psrpcore.VerboseRecordEvent):
            self.deliver(self, "verbose", str(event.record.Message or ""))
        elif isinstance(event, psrpcore.DebugRecordEvent):
            self.deliver(self, "debug", str(event.record.Message or ""))
        elif isinstance(event, psrpcore.InformationRecordEvent):
            self.deliver(self, "information", information_from_wire(event.record))
        elif isinstance(event, psrpcore.ProgressRecordEvent):
            self.deliver(self, "progress", event.record)
        elif isinstance(event, psrpcore.PipelineHostCallEvent):
            self.deliver(self, "host_call", event)      # answered by the consumer, in order with the output
        elif isinstance(event, psrpcore.PipelineStateEvent) and event.state in FINAL_STATES:
            reason = event.reason
            self._finish(event.state.name, error_record_from_wire(reason) if reason is not None else None)

    def _finish(self, state: str, reason) -> None:
        if self.finished.is_set():
            return
        self.state, self.reason = state, reason
        self.connection.release(self)
        self.finished.set()
        self.deliver(self, "state", (state, reason))

    def broken(self, message: str) -> None:
        """The connection ended under this pipeline: it fails with the connection's reason."""
        self._finish("Failed", message)

    def send(self, value) -> None:
        self.connection.send_input(self, value)

    def end_input(self) -> None:
        self.connection.end_input(self)

    def stop(self, wait: float = 0.0) -> None:
        self.connection.signal(self)
        if wait:
            self.finished.wait(wait)


def unreadable_record(fault, computer: str):
    """The error for an object that arrived but could not be read (the rest of the output still comes)."""
    exception = new_exception("System.Management.Automation.Remoting.PSRemotingDataStructureException",
                              "An object from %s could not be read: %s: %s" % (computer, type(fault).__name__, fault))
    return ErrorRecord(exception, "RemoteObjectUnreadable", "ReadError")


# A pipeline uses the pool's host (the HostInfo sent when the pool opened, with the console's size): the message
# that creates each pipeline stays small.
PIPELINE_HOST = wire.HostInfo(IsHostNull=False, IsHostUINull=False, IsHostRawUINull=False, UseRunspaceHost=True)


def host_info(width: int):
    """The HostInfo a pyposh client sends: a host with a UI `width` cells wide (so the far side formats for it)."""
    size = wire.Size(Width=width, Height=0)
    zero = wire.Coordinates(X=0, Y=0)
    data = wire.HostDefaultData(ForegroundColor=wire.ConsoleColor.Gray, BackgroundColor=wire.ConsoleColor.Black,
                                CursorPosition=zero, WindowPosition=zero, CursorSize=25, BufferSize=size,
                                WindowSize=size, MaxWindowSize=size, MaxPhysicalWindowSize=size, WindowTitle="pyposh")
    return wire.HostInfo(IsHostNull=False, IsHostUINull=False, IsHostRawUINull=False, UseRunspaceHost=False,
                         HostDefaultData=data)
