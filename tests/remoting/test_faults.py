"""Faults against a real sshd: each gives its own clear error (PSRemotingTransportException, `[computer]` in front),
a non-zero `$?`, and never a hang: an unknown host key, a changed host key, a key the server does not accept, a
wrong password, nobody listening, pyposh missing on the far side, and the server going away mid-command.

Expectations: OpenSSH's own wording for host key checking (`Host key verification failed.`,
`REMOTE HOST IDENTIFICATION HAS CHANGED`, StrictHostKeyChecking accept-new records the key), for logins
(`Permission denied (...)`) and connections (`ssh: connect to host ... Connection refused`); pwsh's for the
rest (RemotingErrorIdStrings.resx: IPCServerProcessReportedError "The background process reported an error with
the following message: {0}.", SSHClientEndWithErrorMessage, SSHAbruptlyTerminated), and New-PSSession's error
shape (newrunspacecommand.cs: ErrorDetails `[host] message`, FullyQualifiedErrorId PSSessionOpenFailed,
category OpenError)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

from sshd import REPO, keygen


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").split("\n")] if text.strip() else []


CHECK = """
$s = New-PSSession -ComputerName Server01 -ErrorVariable failure -ErrorAction SilentlyContinue
"ok: $?"
"session: $($null -ne $s)"
$failure[0].FullyQualifiedErrorId
$failure[0].CategoryInfo.Category
$failure[0].Exception.GetType().FullName
$failure[0].ErrorDetails.Message
"""


def test_unknown_host_key_is_refused_with_its_fingerprint(run_ps, sshd, tmp_path):
    empty = tmp_path / "known_hosts_empty"
    empty.write_text("")
    config = sshd.write_client_config(tmp_path / "config", known_hosts=empty, strict="yes")
    result = run_ps(CHECK, config=config)
    out = lines(result.stdout)
    assert out[:5] == ["ok: False", "session: False", "PSSessionOpenFailed", "OpenError",
                       "System.Management.Automation.Remoting.PSRemotingTransportException"]
    fingerprint = subprocess.run(["ssh-keygen", "-lf", str(sshd.host_key) + ".pub"], capture_output=True,
                                 text=True).stdout.split()[1]
    assert out[5].startswith("[Server01] ")
    assert "[127.0.0.1]:%d" % sshd.port in out[5] and fingerprint in out[5]
    assert "Host key verification failed." in out[5]
    assert empty.read_text() == ""                      # nothing recorded


def test_accept_new_records_an_unknown_key(run_ps, sshd, tmp_path):
    known = tmp_path / "known_hosts_new"
    config = sshd.write_client_config(tmp_path / "config", known_hosts=known, strict="accept-new")
    result = run_ps("Invoke-Command -ComputerName Server01 { 'accepted' }", config=config)
    assert result.stdout.strip() == "accepted", result.stderr
    assert known.read_text().split()[:2] == ["[127.0.0.1]:%d" % sshd.port, "ssh-ed25519"]
    # and from now on the recorded key is the one checked
    again = run_ps("Invoke-Command -ComputerName Server01 { 'again' }",
                   config=sshd.write_client_config(tmp_path / "strict", known_hosts=known, strict="yes"))
    assert again.stdout.strip() == "again"


def test_changed_host_key_is_refused_even_with_accept_new(run_ps, sshd, tmp_path):
    other = keygen(tmp_path / "other_host_key")
    known = tmp_path / "known_hosts_changed"
    known.write_text("[127.0.0.1]:%d %s\n" % (sshd.port, " ".join(other.split()[:2])))
    config = sshd.write_client_config(tmp_path / "config", known_hosts=known, strict="accept-new")
    result = run_ps(CHECK, config=config)
    out = lines(result.stdout)
    assert out[0] == "ok: False" and out[2] == "PSSessionOpenFailed"
    assert "REMOTE HOST IDENTIFICATION HAS CHANGED" in out[5] and "Host key verification failed." in out[5]


def test_a_key_the_server_does_not_know_is_refused(run_ps, sshd, tmp_path):
    keygen(tmp_path / "stranger")
    config = sshd.write_client_config(tmp_path / "config", identity=tmp_path / "stranger")
    result = run_ps(CHECK, config=config)
    out = lines(result.stdout)
    assert out[0] == "ok: False"
    assert "%s@127.0.0.1: Permission denied (publickey" % sshd.user in out[5]


def test_a_wrong_password_is_refused_and_never_shown(run_ps, sshd, tmp_path):
    config = sshd.write_client_config(tmp_path / "config", identity=tmp_path / "no_such_key")
    secret = "Tr0ub4dor-not-the-password"
    result = run_ps("""
$cred = New-Object System.Management.Automation.PSCredential ('%s', (ConvertTo-SecureString '%s' -AsPlainText -Force))
Invoke-Command -ComputerName Server01 -Credential $cred { 'in' }
"ok: $?"
""" % (sshd.user, secret), config=config)
    assert lines(result.stdout) == ["ok: False"]
    assert "Permission denied (" in result.stderr and "password" in result.stderr
    assert secret not in result.stdout + result.stderr


def test_nobody_listening(run_ps, sshd, tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = run_ps("""
Invoke-Command -ComputerName Server01 -Port %d { 1 }
"ok: $?"
""" % port)
    assert lines(result.stdout) == ["ok: False"]
    assert "ssh: connect to host 127.0.0.1 port %d: Connection refused" % port in result.stderr
    assert result.stderr.startswith("Invoke-Command: ") and "| [Server01] The background process" in result.stderr


def test_pyposh_missing_on_the_far_side(run_ps):
    result = run_ps("""
New-PSSession -ComputerName Server01 -Options @{ RemoteCommand = '/no/such/dir/pyposh -sshs' }
"ok: $?"
""")
    assert lines(result.stdout) == ["ok: False"]
    assert "pyposh did not start a remote session on Server01" in result.stderr
    assert "/no/such/dir/pyposh" in result.stderr          # the far side's own complaint (sh: ... not found)


def test_exec_channel_when_no_subsystem_is_configured(run_ps):
    # `-Subsystem nosuch`: sshd refuses the subsystem, so `pyposh -sshs` runs as a command (found on the server's
    # PATH), and also through the config's RemoteCommand
    result = run_ps("""
Invoke-Command -ComputerName Server01 -Subsystem nosuch { 'over exec' }
Invoke-Command -ComputerName Server01 -Options @{ RemoteCommand = 'pyposh -sshs' } { 'remote command' }
""")
    assert lines(result.stdout) == ["over exec", "remote command"], result.stderr


def test_server_killed_while_a_remote_job_runs(run_ps, sshd):
    # the remote session breaks: the job fails with the transport's reason within seconds, the session shows
    # Broken, and the script goes on
    script = """
$s = New-PSSession -ComputerName Server05
$j = Invoke-Command -Session $s { while ($true) { Start-Sleep -Milliseconds 100 } } -AsJob
Start-Sleep -Milliseconds 700
Set-Content '%s' 'running'
$started = Get-Date
Wait-Job $j -Timeout 20 | Out-Null
$waited = (Get-Date) - $started
$j.State
$s.State
$j.ChildJobs[0].JobStateInfo.Reason.Message
$waited.TotalSeconds -lt 15
try { Invoke-Command -Session $s { 1 } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
"""
    flag = sshd.root / "job-running"
    flag.unlink(missing_ok=True)
    path = sshd.root / "kill.ps1"
    path.write_text(script % flag)
    env = dict(os.environ, PYPOSH_SSH_CONFIG=str(sshd.config), PYTHONPATH=str(REPO), TERM="dumb")
    child = subprocess.Popen([sys.executable, "-m", "pyposh", "-NoProfile", "-File", str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not flag.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert flag.exists(), "the remote job did not start"
    sshd.kill_sessions()
    out, err = child.communicate(timeout=60)
    assert lines(out) == ["Failed", "Broken",
                          "The SSH transport process has abruptly terminated causing this remote session to break.",
                          "True", "InvokeCommandCommandInvalidSessionState"], err
