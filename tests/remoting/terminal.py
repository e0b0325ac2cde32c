"""pyposh's interactive prompt on a pseudo-terminal, for the tests that need a real terminal (Enter-PSSession,
Get-Credential)."""
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

    def __init__(self, config, env=None, cwd=None):
        self.master, slave = pty.openpty()
        env = dict(os.environ, PYPOSH_SSH_CONFIG=str(config), TERM="xterm", PYTHONPATH=str(REPO), **(env or {}))

        def controlling_terminal():
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen([sys.executable, "-m", "pyposh", "-NoProfile"], stdin=slave, stdout=slave,
                                        stderr=slave, env=env, cwd=cwd, close_fds=True,
                                        preexec_fn=controlling_terminal)
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
