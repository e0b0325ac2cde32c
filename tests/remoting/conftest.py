"""Fixtures for the remoting tests: one real sshd for the session (tests/remoting/sshd.py), and a runner that runs
a script with `pyposh -File` in a fresh process whose $env:PYPOSH_SSH_CONFIG points at it.

Without sshd or ssh-keygen the tests skip with the reason, except under CI=true, where they must run."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass

import pytest
from sshd import REPO, SshServer, find_sshd

IN_CI = os.environ.get("CI", "").lower() == "true"
SCRIPT_TIMEOUT = 120


@pytest.fixture(scope="session")
def sshd(tmp_path_factory):
    missing = [name for name, found in (("sshd", find_sshd()), ("ssh-keygen", shutil.which("ssh-keygen")))
               if not found]
    if missing:
        message = "remoting tests need OpenSSH's %s (apt-get install openssh-server)" % " and ".join(missing)
        if IN_CI:
            pytest.fail(message + "; under CI=true they must run (.ci/run installs it)")
        pytest.skip(message)
    server = SshServer(tmp_path_factory.mktemp("sshd"))
    server.prepare()
    server.start()
    yield server
    server.stop()


@dataclass
class Result:
    stdout: str
    stderr: str
    code: int


@pytest.fixture
def run_ps(sshd, tmp_path):
    """run_ps(script, config=None, stdin=None) -> Result: the script run by `pyposh -NoProfile -File` in a new
    process, with $env:PYPOSH_SSH_CONFIG set to the test hosts' config (or `config`)."""
    def run(script: str, config=None, timeout: float = SCRIPT_TIMEOUT) -> Result:
        path = tmp_path / "script.ps1"
        path.write_text(script)
        env = dict(os.environ, PYPOSH_SSH_CONFIG=str(config or sshd.config), PYTHONPATH=str(REPO), TERM="dumb")
        done = subprocess.run([sys.executable, "-m", "pyposh", "-NoProfile", "-File", str(path)], cwd=tmp_path,
                              env=env, capture_output=True, text=True, timeout=timeout)
        return Result(done.stdout, done.stderr, done.returncode)
    return run
