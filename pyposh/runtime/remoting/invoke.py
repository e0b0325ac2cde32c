"""Running one command on remote computers: what Invoke-Command sends (the script's text, its arguments, the
`$using:` values, the input), running it on one target (an open PSSession, or a temporary session opened for
the call and closed after it), and fanning it out to many targets, at most ThrottleLimit at a time.

A target's events become the records a local script sees (`to_record`) and go to a `sink(target, stream,
item)`: Invoke-Command's thread writes them to its output and streams; a remote job's child keeps them in its
buffers."""
from __future__ import annotations

import dataclasses
import queue
import threading

from pyposh.grammar import ast as A
from pyposh.interpreter.api import ErrorRecord, InformationalRecord, new_exception, using_names
from pyposh.runtime.remoting.sessions import (
    PSSession, RemotingError, broken_record, decorate, invalid_state_record, open_session, remote_error,
)
from pyposh.runtime.remoting.using import USING_ARGUMENT, encode_using


@dataclasses.dataclass
class RemoteCommand:
    """What Invoke-Command sends to each computer."""
    text: str                              # the script (for pipeline input, with `$input |` where pwsh adds it)
    args: list = dataclasses.field(default_factory=list)
    using: dict = dataclasses.field(default_factory=dict)      # variable name -> value
    input: list | None = None              # input objects; None: the command takes no input
    show_computer_name: bool = True

    def commands(self) -> list:
        parameters = [(None, value) for value in self.args]
        if self.using:
            parameters.append((USING_ARGUMENT, encode_using(self.using)))
        return [(self.text, True, parameters)]


def remote_command(body, text: str, ctx, args=(), input_items=None, hide_computer_name=False) -> RemoteCommand:
    """The RemoteCommand for a script block: its `$using:` values read now, in the caller's scope."""
    using = {name: ctx.get_variable(name) for name in using_names(body.ast)}
    if input_items is not None:
        text = with_input_handling(body.ast, text)
    return RemoteCommand(text, list(args), using, input_items, not hide_computer_name)


def with_input_handling(ast, text: str) -> str:
    """`$input | ` before a script that is one plain command pipeline and does not read `$input` itself, so
    piped objects reach it (ScriptBlockAst.GetWithInputHandlingForInvokeCommand)."""
    if ast.begin is not None or ast.process is not None or ast.end is None or not ast.end.unnamed:
        return text
    statements = ast.end.statements
    if len(statements) != 1 or not isinstance(statements[0], A.PipelineAst):
        return text
    first = statements[0].elements[0] if statements[0].elements else None
    if not isinstance(first, A.CommandAst):
        return text
    if any(isinstance(node, A.VariableExpressionAst) and node.name.lower() == "input" for node in A.walk(ast)):
        return text
    return "$input | " + text


@dataclasses.dataclass
class Target:
    """Where a command runs: an open PSSession, or a computer to open a temporary session to."""
    computer: str
    session: PSSession | None = None
    options: dict = dataclasses.field(default_factory=dict)      # open_session's keyword arguments


def to_record(kind: str, value, computer: str, runspace_id, show_computer_name: bool = True):
    """One remote event as (stream, record) for a local script, or None for events that are not records."""
    if kind == "output":
        return "Output", decorate(value, computer, runspace_id, show_computer_name)
    if kind == "error":
        return "Error", remote_error(value, computer, runspace_id)
    if kind in ("warning", "verbose", "debug"):
        return kind.capitalize(), InformationalRecord.of(kind.capitalize(), value)
    if kind == "information":
        return "Information", value
    if kind == "progress":
        return "Progress", value
    return None


class TargetRun:
    """One target running one command. `sink(run, kind, value)` receives the events; `run()` blocks until the
    command is done (or could not start), then closes a temporary session."""

    def __init__(self, target: Target, command: RemoteCommand, sink):
        self.target = target
        self.command = command
        self.sink = sink
        self.session = target.session
        self.pipeline = None
        self.state = "NotStarted"
        self.reason = None
        self._stop = threading.Event()
        self._done = threading.Event()
        self._lock = threading.Lock()

    @property
    def computer(self) -> str:
        return self.session.computer_name if self.session is not None else self.target.computer

    @property
    def runspace_id(self):
        return self.session.instance_id if self.session is not None else None

    def run(self) -> None:
        """Run to the end; an unexpected fault ends this target Failed (it never escapes the thread)."""
        try:
            self._run()
        except Exception as fault:  # noqa: BLE001 - an engine fault becomes an error record, as everywhere
            record = ErrorRecord(new_exception("System.Management.Automation.Remoting.PSRemotingTransportException",
                                               "%s: %s" % (type(fault).__name__, fault)),
                                 "RemoteCommandFailed", "NotSpecified", self.computer)
            self._end("Failed", record)

    def _run(self) -> None:
        temporary = self.session is None
        try:
            if self._stop.is_set():
                return self._end("Stopped", None)
            if temporary:
                try:
                    session = open_session(self.target.computer, error_id="PSSessionStateBroken",
                                           **self.target.options)
                except RemotingError as error:
                    return self._end("Failed", error.record())
                with self._lock:
                    self.session = session
                if self._stop.is_set():
                    return self._end("Stopped", None)
            if self.session.state != "Opened":
                return self._end("Failed", invalid_state_record(self.session))
            try:
                pipeline = self.session.start(self.command.commands(), self._deliver,
                                              input_expected=self.command.input is not None)
            except RemotingError as error:
                return self._end("Failed", error.record(self.session))
            with self._lock:
                self.pipeline = pipeline
            if self._stop.is_set():
                pipeline.stop()
            if self.command.input is not None:
                for item in self.command.input:
                    pipeline.send(item)
                pipeline.end_input()
            self._done.wait()
        finally:
            if temporary and self.session is not None:
                self.session.close()            # a temporary session's jobs end with it, as pwsh documents
            self._done.set()

    def _deliver(self, pipeline, kind, value) -> None:
        if kind == "state":
            state, reason = value
            if state == "Failed":
                reason = remote_error(broken_record(self.computer, reason), self.computer, self.runspace_id)
            self._end(state, reason)
            return
        if kind == "host_call":
            value = (pipeline, value)             # answered on the pipeline the call came from
        self.sink(self, kind, value)

    def _end(self, state: str, reason) -> None:
        if self.state in ("Completed", "Failed", "Stopped"):
            return
        self.state, self.reason = state, reason
        self.sink(self, "state", (state, reason))
        self._done.set()

    def stop(self) -> None:
        """Stop the command (`<Signal>`): its pipeline ends Stopped; a target not yet started never starts."""
        self._stop.set()
        with self._lock:
            pipeline = self.pipeline
        if pipeline is not None:
            pipeline.stop()

    def wait(self, timeout=None) -> bool:
        return self._done.wait(timeout)


class FanOut:
    """A command run on many targets in parallel, at most `throttle` at once (Invoke-Command's ThrottleLimit).
    Every event lands in `events`, a queue the caller drains on its own thread: (TargetRun, kind, value)."""

    def __init__(self, targets: list, command: RemoteCommand, throttle: int = 32):
        self.events: queue.Queue = queue.Queue()
        self.runs = [TargetRun(t, command, lambda run, kind, value: self.events.put((run, kind, value)))
                     for t in targets]
        self._slots = threading.Semaphore(max(1, throttle))
        self._threads = []

    def start(self) -> None:
        for run in self.runs:
            thread = threading.Thread(target=self._run, args=(run,), name="pyposh-invoke-%s" % run.computer,
                                      daemon=True)
            self._threads.append(thread)
            thread.start()

    def _run(self, run: TargetRun) -> None:
        with self._slots:
            run.run()

    @property
    def finished(self) -> bool:
        return all(run.state in ("Completed", "Failed", "Stopped") for run in self.runs)

    def stop(self) -> None:
        for run in self.runs:
            run.stop()
