"""Enter-PSSession and Exit-PSSession at pyposh's interactive prompt, driven through a pseudo-terminal.

Expectations from the Enter-PSSession page and about_Remote ("the command prompt changes to show the computer:
[Server01]: PS C:\\>"; each command runs on the remote computer; `exit` or Exit-PSSession ends the interactive
session; a session made with -ComputerName is closed on exit, a PSSession stays open) and pwsh's remote host
(Ctrl+C stops the running remote command, not the session)."""
from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import threading
import time

from sshd import REPO

CURSOR_QUERY = b"\x1b[6n"        # prompt_toolkit asks where the cursor is; a terminal answers


class Terminal:
    """pyposh on a pseudo-terminal: what it writes accumulates in `output`; cursor queries are answered."""

    def __init__(self, config):
        self.master, slave = pty.openpty()
        env = dict(os.environ, PYPOSH_SSH_CONFIG=str(config), TERM="xterm", PYTHONPATH=str(REPO))

        def controlling_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen([sys.executable, "-m", "pyposh", "-NoProfile"], stdin=slave, stdout=slave,
                                        stderr=slave, env=env, close_fds=True, preexec_fn=controlling_terminal)
        os.close(slave)
        self.output = b""
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        while True:
            ready, _, _ = select.select([self.master], [], [], 0.1)
            if not ready:
                if self.process.poll() is not None:
                    return
                continue
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            with self._lock:
                self.output += data
            if CURSOR_QUERY in data:
                os.write(self.master, b"\x1b[1;1R")

    def count(self, text: str) -> int:
        with self._lock:
            return self.output.count(text.encode())

    def wait_for(self, text: str, times: int = 1, timeout: float = 20) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count(text) >= times:
                return True
            time.sleep(0.05)
        return False

    def send(self, line: str):
        os.write(self.master, line.encode() + b"\r")

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(5)
        os.close(self.master)


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
