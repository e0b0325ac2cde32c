"""A real OpenSSH server for the remoting tests: `sshd` on 127.0.0.1 at a free port, with a temporary host key,
an authorized client key, a `Subsystem pyposh` line running this checkout's `pyposh -sshs`, and a client config
in which Server01..Server20, localhost and 127.0.0.1 all lead to it (host key in known_hosts, strict checking).

Nothing here fakes SSH: the tests talk to this sshd through paramiko, and sshd starts `pyposh -sshs` for each
session as it would for any user."""
from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent
HOST_NAMES = ["Server%02d" % i for i in range(1, 21)] + ["localhost", "127.0.0.1"]
SSHD_CANDIDATES = ("/usr/sbin/sshd", "/usr/local/sbin/sshd", "/usr/bin/sshd")


def find_sshd() -> str | None:
    found = shutil.which("sshd")
    if found:
        return found
    return next((p for p in SSHD_CANDIDATES if os.access(p, os.X_OK)), None)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def keygen(path: Path) -> str:
    """A new ed25519 key pair at `path` (no passphrase): the public key line."""
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "pyposh-test", "-f", str(path)],
                   check=True)
    return path.with_suffix(".pub").read_text().strip()


class SshServer:
    """One sshd and the client files that reach it. `config` is the ssh client config to point
    $env:PYPOSH_SSH_CONFIG at."""

    def __init__(self, root: Path):
        self.root = root
        self.port = free_port()
        self.user = _user()
        self.process = None
        self.host_key = root / "host_ed25519"
        self.client_key = root / "client_ed25519"
        self.config = root / "ssh_config"
        self.known_hosts = root / "known_hosts"
        self.log = root / "sshd.log"
        self.bin = root / "bin"
        self.eventlog = root / "remote-eventlog"      # the far side's `Windows PowerShell` log
        self.drive_c = root / "remote-C"               # the far side's C: drive (about_Remote_Jobs writes c:\logs)

    # -- files -------------------------------------------------------------------------------------------
    def prepare(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        (self.drive_c / "logs").mkdir(parents=True, exist_ok=True)
        host_public = keygen(self.host_key)
        client_public = keygen(self.client_key)
        (self.root / "authorized_keys").write_text(client_public + "\n")
        self.bin.mkdir(exist_ok=True)
        launcher = self.bin / "pyposh"          # what `pyposh -sshs` means on this "remote" machine
        launcher.write_text("#!/bin/sh\nPYTHONPATH=%s exec %s -m pyposh \"$@\"\n" % (REPO, sys.executable))
        launcher.chmod(0o755)
        (self.root / "sshd_config").write_text("\n".join([
            "Port %d" % self.port,
            "ListenAddress 127.0.0.1",
            "HostKey %s" % self.host_key,
            "PidFile %s" % (self.root / "sshd.pid"),
            "AuthorizedKeysFile %s" % (self.root / "authorized_keys"),
            "StrictModes no",
            "UsePAM no",
            "PasswordAuthentication yes",
            "KbdInteractiveAuthentication no",
            "PermitRootLogin yes",
            "MaxStartups 200:30:400",
            "MaxSessions 200",
            "LogLevel ERROR",
            "SetEnv PATH=%s:/usr/local/bin:/usr/bin:/bin PYPOSH_EVENTLOG_DIR=%s PYPOSH_DRIVE_C=%s"
            % (self.bin, self.eventlog, self.drive_c),
            "Subsystem pyposh %s -sshs" % launcher,
        ]) + "\n")
        self.known_hosts.write_text("[127.0.0.1]:%d %s\n" % (self.port, " ".join(host_public.split()[:2])))
        self.write_client_config(self.config)

    def write_client_config(self, path: Path, known_hosts: Path | None = None, strict: str = "yes",
                            identity: Path | None = None, extra: str = "") -> Path:
        """An ssh client config for the test hosts (a test may write its own variant)."""
        path.write_text(
            "Host %s\n    HostName 127.0.0.1\n    Port %d\n    User %s\n    IdentityFile %s\n"
            "    IdentitiesOnly yes\n    UserKnownHostsFile %s\n    StrictHostKeyChecking %s\n%s"
            % (" ".join(HOST_NAMES), self.port, self.user, identity or self.client_key,
               known_hosts or self.known_hosts, strict, extra))
        return path

    # -- the server ----------------------------------------------------------------------------------------
    def start(self) -> None:
        if os.geteuid() == 0:
            os.makedirs("/run/sshd", mode=0o755, exist_ok=True)   # sshd's privilege separation directory
        sshd = find_sshd()
        self.process = subprocess.Popen([sshd, "-D", "-e", "-f", str(self.root / "sshd_config")],
                                        stdout=subprocess.DEVNULL, stderr=open(self.log, "wb"),
                                        start_new_session=True)
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("sshd exited: %s" % self.log.read_text())
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError("sshd did not listen on port %d: %s" % (self.port, self.log.read_text()))

    def kill_sessions(self) -> None:
        """Kill every sshd process of this server's sessions (the listener stays): connections drop at once."""
        children = []
        for entry in os.listdir("/proc"):
            if entry.isdigit():
                try:
                    stat = Path("/proc", entry, "stat").read_text()
                except OSError:
                    continue
                if int(stat.rsplit(")", 1)[1].split()[1]) == self.process.pid:    # field 4: the parent's pid
                    children.append(int(entry))
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _user() -> str:
    return pwd.getpwuid(os.getuid()).pw_name
