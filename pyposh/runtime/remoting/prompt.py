"""The prompt inside Enter-PSSession: each line runs in the remote session, formatted there (the line is piped to
Out-Default on the far side, whose text comes back through host calls, as pwsh's remote host works), and the
prompt shows the computer: `[Server01]: PS /home/user> `."""
from __future__ import annotations

import queue

from pyposh.runtime.remoting.sessions import answer_host_call, broken_record, informational, remote_error

PROMPT_SCRIPT = "if (Test-Path function:prompt) { prompt } else { \"PS $($PWD.Path)> \" }"
POLL = 0.05


def remote_prompt(entered) -> str:
    """`[computer]: ` and the remote `prompt` function's text (the default one when it has none)."""
    session = entered.session
    try:
        lines = []
        run_remote(session, PROMPT_SCRIPT, None, out=lines.append, out_default=False)
        text = "".join(str(line) for line in lines) or "PS> "
    except Exception:  # noqa: BLE001 - a prompt that fails still prompts, as pwsh falls back to "PS>"
        text = "PS> "
    return "[%s]: %s" % (session.computer_name, text)


def run_remote(session, text: str, host, out=None, out_default: bool = True) -> str:
    """Run one line in `session`, showing what it writes on `host`; returns the pipeline's final state.
    KeyboardInterrupt (Ctrl+C) stops the remote pipeline and is raised again once it has stopped."""
    events: queue.Queue = queue.Queue()
    pipeline = session.start([(text, True, [])], lambda p, kind, value: events.put((p, kind, value)),
                             out_default=out_default)
    try:
        while True:
            try:
                item = events.get(timeout=POLL)
            except queue.Empty:
                continue
            _, kind, value = item
            if kind == "state":
                state, reason = value
                if state == "Failed" and host is not None:
                    host.write_error(remote_error(broken_record(session.computer_name, reason),
                                                  session.computer_name, session.instance_id))
                return state
            _show(session, pipeline, kind, value, host, out)
    except KeyboardInterrupt:
        pipeline.stop(wait=5.0)
        raise


def _show(session, pipeline, kind, value, host, out):
    if kind == "output":
        if out is not None:
            out(value)
        elif host is not None:
            host.write_object(value)
    elif host is None:
        return
    elif kind == "host_call":
        answer_host_call(session.connection, pipeline, value, host)
    elif kind == "error":
        host.write_error(remote_error(value, session.computer_name, session.instance_id))
    elif kind in ("warning", "verbose", "debug"):
        host.write_informational(informational(kind, value))
    elif kind == "information":
        host.write_information(value)
