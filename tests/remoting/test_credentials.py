"""Get-Credential at a terminal, and credentials made from a SecureString.

Expectations from the Get-Credential page (prompts for the password of the user named by -UserName or the
Credential parameter; returns a PSCredential whose Password is a SecureString), ConvertTo-SecureString's page
(-AsPlainText turns plain text into a SecureString) and .NET's PSCredential.GetNetworkCredential()
(UserName, Domain and the Password as plain text)."""
from __future__ import annotations

from terminal import Terminal


def test_get_credential_prompts_for_the_password(sshd):
    term = Terminal(sshd.config)
    try:
        assert term.wait_for("PS ")
        term.send("$c = Get-Credential -UserName bob")
        assert term.wait_for("Password for user bob: "), term.output
        prompts = term.count("PS /")
        term.send("hunter2")
        assert term.wait_for("PS /", prompts + 1), term.output     # (getpass drops anything typed ahead)
        term.send('"$($c.UserName) $($c.GetNetworkCredential().Password) $($c.Password)"')
        assert term.wait_for("bob hunter2 System.Security.SecureString"), term.output
        assert term.count("hunter2") == 1                   # the typed password is not echoed
        term.send("exit")
        assert term.process.wait(20) == 0
    finally:
        term.close()


def test_secure_strings_cross_after_the_session_key_exchange(run_ps):
    # [MS-PSRP] 3.1.4.5 / 3.2.4.3: a SecureString travels encrypted with the session key, which the client asks
    # for (PUBLIC_KEY) before it sends one and the server requests (PUBLIC_KEY_REQUEST) before it returns one
    result = run_ps("""
$cred = New-Object PSCredential ('bob', (ConvertTo-SecureString 'pw1' -AsPlainText -Force))
$s = New-PSSession -ComputerName Server01
Invoke-Command -Session $s { param($c) "$($c.UserName) $($c.GetNetworkCredential().Password) $($c.GetType().Name)" } -ArgumentList $cred
$r = Invoke-Command -Session $s { ConvertTo-SecureString 'back' -AsPlainText -Force }
$r.GetType().FullName
[pscredential]::new('x', $r).GetNetworkCredential().Password
$t = New-PSSession -ComputerName Server02
(Invoke-Command -Session $t { [pscredential]::new('y', (ConvertTo-SecureString 'z' -AsPlainText)) }).UserName
""")
    assert result.stderr == ""
    assert result.stdout.split("\n")[:5] == ["bob pw1 PSCredential", "System.Security.SecureString", "back", "y", ""]
