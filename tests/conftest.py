"""pytest hooks for the whole suite: the report header says how scripts run (tests/script_runner.py)."""
from __future__ import annotations

import os
import tempfile

from script_runner import runner_mode

# Every runspace writes its engine events to the `Windows PowerShell` event log: during the tests, into a folder
# of the test run instead of the user's ~/.local/state (subprocesses inherit it).
os.environ["PYPOSH_EVENTLOG_DIR"] = tempfile.mkdtemp(prefix="pyposh-test-eventlog-")


def pytest_report_header(config):
    try:
        mode = runner_mode()
    except Exception as e:  # a broken pyposh.cli shows up in the tests, not as a crash here
        mode = f"pyposh.cli fails to import ({type(e).__name__}: {e})"
    return f"pyposh script runner: {mode} (see tests/script_runner.py)"
