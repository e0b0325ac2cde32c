"""Running pyposh on a script as `pwsh -NoProfile -File` does, and comparing its output.

Shared by tests/test_acceptance.py and tests/test_cases.py (a module of its own, not conftest.py:
pytest swaps `conftest` in sys.modules when a subfolder has its own conftest.py).

`run_script(script, cwd, ...)` runs `pyposh -NoProfile -File SCRIPT` with the given working folder,
TERM=dumb and a 20 s limit, and returns a `RunResult` (stdout, stderr, exit code).

How a script runs:
* in-process, when `pyposh.cli.run_captured(argv, cwd) -> (stdout, stderr, exit_code)` exists
  (argv without the program name, as `main(argv)` takes). Hundreds of cases then cost one
  interpreter start instead of hundreds. Around each call the runner saves and restores the current
  folder and os.environ, sets TERM=dumb, and enforces the limit with SIGALRM, raising
  `CaseTimeout` (a BaseException, so a script's try/catch can't swallow it) every second until the
  call returns.
* in a subprocess (`python -m pyposh ...`, PYTHONPATH = the repo) otherwise; also when the caller
  asks for isolation (scripts using jobs: the job table is process-wide, so ids and `Get-Job`
  counts depend on what ran before), and for everything when PYPOSH_TEST_SUBPROCESS=1.

`normalize(text)` is the comparison rule of shared/acceptance/README.md: trailing white space off
every line, blank lines off the start and end of the whole output; blank lines inside count.
"""
from __future__ import annotations

import difflib
import importlib
import importlib.util
import os
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_ACCEPTANCE = REPO.parent / "shared" / "acceptance"
CASE_TIMEOUT = 20.0
IN_CI = os.environ.get("CI", "").lower() == "true"


class CaseTimeout(BaseException):
    """A script ran past CASE_TIMEOUT in-process."""


@dataclass
class RunResult:
    stdout: str
    stderr: str
    exit_code: int | None  # None: killed after the time limit
    mode: str  # "in-process" or "subprocess"
    timed_out: bool = False


def normalize(text: str) -> str:
    """Trailing white space off each line; blank lines off the start and end of the whole text."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def unified_diff(expected: str, actual: str, expected_name: str, actual_name: str) -> str:
    return "\n".join(difflib.unified_diff(expected.split("\n") if expected else [],
                                          actual.split("\n") if actual else [],
                                          expected_name, actual_name, lineterm="", n=3))


def unavailable(reason: str):
    """Skip for a missing contract locally; under CI=true that is a failure, never a silent skip."""
    if IN_CI:
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def _find_spec(name: str):
    try:
        return importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None


def runner_mode() -> str:
    """'in-process', 'subprocess', or 'missing' (pyposh has no command yet)."""
    if _find_spec("pyposh.cli") is None or _find_spec("pyposh.__main__") is None:
        return "missing"
    if os.environ.get("PYPOSH_TEST_SUBPROCESS") == "1":
        return "subprocess"
    cli = importlib.import_module("pyposh.cli")
    return "in-process" if callable(getattr(cli, "run_captured", None)) else "subprocess"


def _run_in_process(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> RunResult:
    from pyposh.cli import run_captured

    saved_cwd, saved_env = os.getcwd(), dict(os.environ)
    os.environ.update(env)
    use_alarm = threading.current_thread() is threading.main_thread()
    if use_alarm:
        def on_alarm(signum, frame):
            signal.setitimer(signal.ITIMER_REAL, 1.0)  # fire again if this one is swallowed
            raise CaseTimeout()
        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        out, err, code = run_captured(argv, str(cwd))
        return RunResult(out, err, code, "in-process")
    except CaseTimeout:
        return RunResult("", "", None, "in-process", timed_out=True)
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def _run_subprocess(argv: list[str], cwd: Path, env: dict[str, str], timeout: float) -> RunResult:
    full_env = dict(os.environ)
    full_env.update(env)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    proc = subprocess.Popen([sys.executable, "-m", "pyposh", *argv], cwd=str(cwd), env=full_env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
        timed_out = False
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        timed_out = True
    return RunResult(out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
                     None if timed_out else proc.returncode, "subprocess", timed_out)


def run_script(script: Path, cwd: Path, args: tuple[str, ...] = (), isolate: bool = False,
               timeout: float = CASE_TIMEOUT) -> RunResult:
    """Run `pyposh -NoProfile -File script args...` in `cwd`; see the module docstring."""
    mode = runner_mode()
    if mode == "missing":
        unavailable("pyposh has no command yet (pyposh/cli.py and pyposh/__main__.py)")
    argv = ["-NoProfile", "-File", str(script), *args]
    env = {"TERM": "dumb"}
    if mode == "in-process" and not isolate:
        return _run_in_process(argv, cwd, env, timeout)
    return _run_subprocess(argv, cwd, env, timeout)


def failure_report(title: str, diffs: list[str], result: RunResult) -> str:
    """The text shown for a failed case: the diffs, then stderr (cut short) and the exit code."""
    parts = [title, *diffs]
    if result.timed_out:
        parts.append(f"timed out after {CASE_TIMEOUT:g} s ({result.mode})")
    stderr = result.stderr.strip()
    if stderr:
        if len(stderr) > 3000:
            stderr = stderr[:3000] + "\n... (cut)"
        parts.append("--- stderr ---\n" + stderr)
    parts.append(f"exit code: {result.exit_code} ({result.mode})")
    return "\n".join(parts)
