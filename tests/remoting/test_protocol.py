"""`pyposh -sshs` answering requests shaped as pwsh's clients send them, over a real sshd: commands by name with
named and positional parameters, several statements in one PowerShell, a script followed by Out-Default (what
pwsh's Enter-PSSession sends for each line, whose text comes back as host calls), the default `prompt` function
pwsh's remote prompt calls, and Get-Command metadata requests.

Expectations: [MS-PSRP] 2.2.3.11-2.2.3.13 (a PowerShell is statements of commands; a command is a name or a
script, with arguments N/V), pwsh's InitialSessionState default prompt ("PS <location>> "), and psrpcore's
host-call identifiers (WriteLine2 carries one line of text)."""
from __future__ import annotations

import threading

import psrpcore
import pytest
from psrpcore import types as wire

from pyposh.runtime.remoting.client import ClientConnection
from pyposh.runtime.remoting.ssh_transport import connect


@pytest.fixture
def connection(sshd):
    _, transport = connect("Server01", config_path=str(sshd.config))
    conn = ClientConnection(transport, "Server01")
    conn.open(30)
    yield conn
    conn.close()


def run(connection, commands, out_default=False):
    events, done = [], threading.Event()

    def deliver(pipeline, kind, value):
        events.append((kind, value))
        if kind == "state":
            done.set()

    connection.start_pipeline(commands, deliver, out_default=out_default)
    assert done.wait(30)
    return events


def outputs(events):
    return [value for kind, value in events if kind == "output"]


def test_commands_by_name_with_parameters(connection):
    events = run(connection, [("Get-Item", False, [("Path", "/"), ("Force", True)]),
                              ("Select-Object", False, [(None, "FullName")])])
    assert [o.get_member("FullName").value for o in outputs(events)] == ["/"]


def test_several_statements(connection):
    first = psrpcore.Command("$a = 6; 'one'", is_script=True)
    first.end_of_statement = True
    second = psrpcore.Command("$a * 7", is_script=True)
    assert outputs(run(connection, [first, second])) == ["one", 42]


def test_script_piped_to_out_default_comes_back_as_host_calls(connection):
    events = run(connection, [("'first'; 'second'", True, [])], out_default=True)
    calls = [value for kind, value in events if kind == "host_call"]
    assert [(c.method_identifier, c.method_parameters) for c in calls] == [
        (wire.HostMethodIdentifier.WriteLine2, ["first"]), (wire.HostMethodIdentifier.WriteLine2, ["second"])]
    assert outputs(events) == []


def test_default_prompt_function(connection):
    run(connection, [("Set-Location /tmp", True, [])])
    assert outputs(run(connection, [("prompt", False, [])])) == ["PS /tmp> "]


def test_merged_error_stream(connection):
    plain = run(connection, [("Write-Error 'to output'; 'plain'", True, [])])
    assert [kind for kind, _ in plain if kind in ("output", "error")] == ["error", "output"]
    command = psrpcore.Command("Write-Error 'merged'; 'plain'", is_script=True)
    command.redirect_error()                # MergeMyResult Error, MergeToResult Output: the command's `2>&1`
    merged = run(connection, [command])
    kinds = [kind for kind, _ in merged if kind in ("output", "error")]
    assert kinds == ["output", "output"]
    assert outputs(merged)[1] == "plain" and str(outputs(merged)[0]) == "merged"


def test_get_command_metadata_is_answered(connection):
    events, done = [], threading.Event()

    def deliver(pipeline, kind, value):
        events.append((kind, value))
        if kind == "state":
            done.set()

    connection.start_request(psrpcore.ClientGetCommandMetadata(connection.pool, "*"), deliver)
    assert done.wait(30)
    assert events[-1] == ("state", ("Completed", None))
