"""New-PSSession, Get-PSSession, Remove-PSSession against a real sshd.

Expectations: the PSSession table is PowerShell 7's view (PowerShellCore_format_ps1xml.cs,
ViewsOf_System_Management_Automation_Runspaces_PSSession: Id right-aligned width 3, Name 15, Transport 9,
ComputerName 15, ComputerType 15, State 13, ConfigurationName 20, Availability right-aligned 13); the values
come from remoterunspaceinfo.cs (Name `Runspace<Id>`, ComputerType RemoteMachine, ConfigurationName DefaultShell
and Transport SSH for an SSH connection); the parameters' behaviour from the New-PSSession, Get-PSSession and
Remove-PSSession reference pages."""
from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").split("\n")]


def test_new_pssession_shows_powershell_7s_table(run_ps):
    result = run_ps("New-PSSession -ComputerName Server01")
    assert result.stderr == "" and result.code == 0
    assert lines(result.stdout) == [
        " Id Name            Transport ComputerName    ComputerType    State         ConfigurationName     "
        "Availability",
        " -- ----            --------- ------------    ------------    -----         -----------------     "
        "------------",
        "  1 Runspace1       SSH       Server01        RemoteMachine   Opened        DefaultShell             "
        "Available",
    ]


def test_session_properties_and_names(run_ps):
    result = run_ps("""
$a, $b = New-PSSession -ComputerName Server01, Server02 -Name First, Second
$a.Name; $b.Name; $a.ComputerName; $b.ComputerName
$a.Transport; $a.State; $a.Availability; $a.ComputerType; $a.ConfigurationName
"$a"
$a.InstanceId -is [guid]
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["First", "Second", "Server01", "Server02", "SSH", "Opened", "Available",
                                    "RemoteMachine", "DefaultShell", "[PSSession]First", "True"]


def test_get_pssession_filters(run_ps):
    result = run_ps("""
$null = New-PSSession -ComputerName Server01 -Name alpha
$null = New-PSSession -HostName Server02 -Name beta
(Get-PSSession).Count
(Get-PSSession -Id 2).Name
(Get-PSSession 1).Name
(Get-PSSession -Name b*).Id
(Get-PSSession -ComputerName Server01).Name
(Get-PSSession -State Opened).Count
(Get-PSSession -State Broken).Count
Get-PSSession -Id 9
""")
    assert lines(result.stdout) == ["2", "beta", "alpha", "2", "alpha", "2", "0"]
    assert "The remote session with the session ID 9 is not available." in result.stderr


def test_remove_pssession_closes_and_forgets(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server01
$t = New-PSSession -ComputerName Server02 -Name two
$u = New-PSSession -ComputerName Server03
Remove-PSSession $s
$s.State
Remove-PSSession -Name two
$t.State
Get-PSSession | Remove-PSSession
$u.State
(Get-PSSession).Count
try { Invoke-Command -Session $s { 1 } -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
""")
    assert lines(result.stdout) == ["Closed", "Closed", "Closed", "0", "InvokeCommandCommandInvalidSessionState"]


def test_localhost_style_names(run_ps):
    result = run_ps("(Invoke-Command -ComputerName localhost, 127.0.0.1 { 6 * 7 } | Measure-Object -Sum).Sum")
    assert result.stdout.strip() == "84" and result.stderr == ""


def test_credential_and_key_file_parameters(run_ps, sshd, tmp_path):
    # the config names no key: -KeyFilePath gives it, and -Credential's user name is the one logged in as
    config = sshd.write_client_config(tmp_path / "nokey_config", identity=tmp_path / "missing_key")
    result = run_ps("""
$password = ConvertTo-SecureString 'not-used-for-key-login' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('%s', $password)
Invoke-Command -ComputerName Server01 -Credential $cred -KeyFilePath '%s' { 'in' }
""" % (sshd.user, sshd.client_key), config=config)
    assert result.stdout.strip() == "in", result.stderr


def test_closing_the_runspace_ends_its_sessions_on_the_far_side(run_ps):
    # a PSSession is one remote runspace; when the local session ends, so does the far side's pyposh
    result = run_ps("""
$s = New-PSSession -ComputerName Server01
Invoke-Command -Session $s { $PID }
""")
    pid = int(result.stdout.strip())
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        raise AssertionError("pyposh -sshs (pid %d) still runs after its client ended" % pid)


def test_connection_parameters(run_ps, sshd, tmp_path):
    # the config names only where the host is: -UserName, -Port and -KeyFilePath supply the rest; -SSHTransport is
    # accepted (it is the only transport); -ConnectingTimeout is in milliseconds
    config = tmp_path / "bare_config"
    config.write_text("Host Bare\n    HostName 127.0.0.1\n    UserKnownHostsFile %s\n    StrictHostKeyChecking yes\n"
                      "    IdentitiesOnly yes\n" % sshd.known_hosts)
    result = run_ps("""
$s = New-PSSession -HostName Bare -UserName %s -Port %d -KeyFilePath '%s' -SSHTransport -ConnectingTimeout 20000
$s.ComputerName
Invoke-Command -Session $s { whoami }
""" % (sshd.user, sshd.port, sshd.client_key), config=config)
    assert lines(result.stdout) == ["Bare", sshd.user], result.stderr


def test_proxy_jump(run_ps, sshd, tmp_path):
    # ProxyJump: the connection to Behind goes through Server01 (an SSH channel to 127.0.0.1:port from there)
    config = sshd.write_client_config(tmp_path / "jump_config", extra=(
        "Host Behind\n    HostName 127.0.0.1\n    Port %d\n    User %s\n    IdentityFile %s\n    IdentitiesOnly yes\n"
        "    UserKnownHostsFile %s\n    StrictHostKeyChecking yes\n    ProxyJump Server01\n"
        % (sshd.port, sshd.user, sshd.client_key, sshd.known_hosts)))
    result = run_ps("Invoke-Command -ComputerName Behind { 'through the jump host' }", config=config)
    assert lines(result.stdout) == ["through the jump host"], result.stderr


def test_ssh_agent_login(run_ps, sshd, tmp_path):
    # no key file in the config: the key comes from ssh-agent ($env:SSH_AUTH_SOCK)
    if not shutil.which("ssh-agent"):
        pytest.skip("ssh-agent is not installed")
    socket_path = tmp_path / "agent.sock"
    agent = subprocess.Popen(["ssh-agent", "-D", "-a", str(socket_path)], stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 5
        while not socket_path.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        env = dict(os.environ, SSH_AUTH_SOCK=str(socket_path))
        subprocess.run(["ssh-add", str(sshd.client_key)], env=env, check=True, capture_output=True)
        config = tmp_path / "agent_config"
        config.write_text("Host AgentHost\n    HostName 127.0.0.1\n    Port %d\n    User %s\n    UserKnownHostsFile %s\n"
                          "    StrictHostKeyChecking yes\n" % (sshd.port, sshd.user, sshd.known_hosts))
        old = os.environ.get("SSH_AUTH_SOCK")
        os.environ["SSH_AUTH_SOCK"] = str(socket_path)
        try:
            result = run_ps("Invoke-Command -ComputerName AgentHost { 'agent login' }", config=config)
        finally:
            if old is None:
                del os.environ["SSH_AUTH_SOCK"]
            else:
                os.environ["SSH_AUTH_SOCK"] = old
        assert lines(result.stdout) == ["agent login"], result.stderr
    finally:
        agent.terminate()
        agent.wait(5)
