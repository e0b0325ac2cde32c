"""Enter-PSSession and Exit-PSSession at pyposh's interactive prompt, driven through a pseudo-terminal.

Expectations from the Enter-PSSession page and about_Remote ("the command prompt changes to show the computer:
[Server01]: PS C:\\>"; each command runs on the remote computer; `exit` or Exit-PSSession ends the interactive
session; a session made with -ComputerName is closed on exit, a PSSession stays open) and pwsh's remote host
(Ctrl+C stops the running remote command, not the session)."""
from __future__ import annotations

import os
import time

from terminal import Terminal


def test_enter_run_and_exit(sshd):
    term = Terminal(sshd.config)
    try:
        assert term.wait_for("PS "), term.output
        term.send("$s = New-PSSession -ComputerName Server01 -Name kept")
        term.send("Enter-PSSession -Session $s")
        assert term.wait_for("[Server01]: PS /"), term.output
        term.send('$where = "remote"; Set-Location /tmp')
        assert term.wait_for("[Server01]: PS /tmp>"), term.output
        term.send('"answer $(40 + 2) $where"')
        assert term.wait_for("answer 42 remote"), term.output
        term.send("Get-Item /no/such")
        assert term.wait_for("Get-Item: Cannot find path '/no/such' because it does not exist."), term.output
        prompts = term.count("[Server01]: PS /tmp>")
        term.send("while ($true) { Start-Sleep -Milliseconds 20 }")
        time.sleep(1.0)
        os.write(term.master, b"\x03")                       # Ctrl+C stops the remote command...
        assert term.wait_for("[Server01]: PS /tmp>", prompts + 1), term.output
        term.send('"still $where"')                           # ...and the session goes on
        assert term.wait_for("still remote"), term.output
        term.send("exit")
        term.send('"local: $where, $($s.State)"')
        assert term.wait_for("local: , Opened"), term.output  # the named PSSession stays open
        term.send("Enter-PSSession Server02")
        assert term.wait_for("[Server02]: PS "), term.output
        term.send("Exit-PSSession")
        term.send('"sessions: $((Get-PSSession).Count)"')
        assert term.wait_for("sessions: 1"), term.output        # the temporary one was closed
        term.send("exit")
        assert term.process.wait(20) == 0
    finally:
        term.close()
