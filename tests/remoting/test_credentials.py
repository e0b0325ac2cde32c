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
