"""What an embedding program can rely on (issue 12): invoke() raises only PyposhErrors and keeps the output so far,
stops and timeouts end the pipeline (programs included) and leave the runspace usable, one pipeline runs at a time,
an embedded runspace has its own environment, deep recursion needs no raised recursion limit, and a Python fault
inside the engine is an error record scripts can catch.

Expectations come from PowerShell's semantics (about_Return, about_Break, about_Language_Keywords `exit`,
about_Automatic_Variables $LASTEXITCODE, about_Try_Catch_Finally) and the contract the issue states."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

import pyposh


@pytest.mark.parametrize("script,output", [
    ("1; return 5", [1, 5]),            # about_Return: return writes its value, then leaves the script
    ("1; break; 2", [1]),               # about_Break: break outside a loop ends the script
    ("1; continue; 2", [1]),
    ("1; return; 2", [1]),
])
def test_top_level_flow_control_ends_the_script_normally(script, output):
    with pyposh.Runspace() as rs:
        assert rs.invoke(script) == output


def test_exit_raises_script_exit_error_with_code_and_output():
    with pyposh.Runspace() as rs:
        with pytest.raises(pyposh.ScriptExitError) as info:
            rs.invoke("'before'; exit 3; 'after'")
        assert info.value.code == 3 and info.value.output == ["before"]
        assert isinstance(info.value, pyposh.PyposhError) and isinstance(info.value, Exception)
        assert rs.get_variable("LASTEXITCODE") == 3          # about_Automatic_Variables
        assert rs.invoke("$LASTEXITCODE") == [3]


def test_terminating_error_keeps_the_output_so_far():
    with pyposh.Runspace() as rs:
        with pytest.raises(pyposh.PyposhError) as info:
            rs.invoke("'one'; 'two'; throw 'boom'")
        assert str(info.value) == "boom" and info.value.output == ["one", "two"]


STOPPABLE = [
    ("while ($true) { }", None),
    ("Start-Sleep -Seconds 100", None),
    ("sleep 100", "sleep 100"),                                  # a native program: ended with the pipeline
    ("sh -c 'sleep 101; echo never'", "sleep 101"),              # and what it started (its process group)
    ("function f($n) { f ($n + 1) }; while ($true) { try { f 0 } catch { } }", None),
]


def _running(pattern: str) -> bool:
    return bool(subprocess.run(["pgrep", "-f", pattern], capture_output=True, text=True).stdout.strip())


@pytest.mark.parametrize("script,program", STOPPABLE)
def test_timeout_stops_and_the_runspace_stays_usable(script, program):
    with pyposh.Runspace() as rs:
        started = time.perf_counter()
        with pytest.raises(pyposh.PipelineStoppedError) as info:
            rs.invoke("'started'; " + script, timeout=0.5)
        assert time.perf_counter() - started < 2.5
        assert info.value.output == ["started"]
        assert info.value.error_id == "ScriptTimedOut" and "time limit" in str(info.value)
        assert rs.invoke("1 + 1") == [2]
        if program:
            time.sleep(0.2)
            assert not _running(program)


@pytest.mark.parametrize("script,program", STOPPABLE)
def test_stop_from_another_thread(script, program):
    with pyposh.Runspace() as rs:
        timer = threading.Timer(0.4, rs.stop)
        timer.start()
        with pytest.raises(pyposh.PipelineStoppedError) as info:
            rs.invoke(script)
        assert info.value.error_id == "PipelineStopped"
        assert rs.invoke("'again'") == ["again"]
        if program:
            time.sleep(0.2)
            assert not _running(program)


def test_one_pipeline_at_a_time():
    with pyposh.Runspace() as rs:
        worker = threading.Thread(target=lambda: rs.invoke("Start-Sleep -Milliseconds 600"))
        worker.start()
        time.sleep(0.2)
        with pytest.raises(pyposh.RunspaceBusyError):
            rs.invoke("1", wait=False)
        assert rs.invoke("'waited'") == ["waited"]             # waits its turn
        worker.join()


def test_one_runspace_from_four_threads():
    with pyposh.Runspace() as rs:
        wrong = []

        def calls(n):
            for i in range(100):
                out = rs.invoke("$x = $v; 1..3 | ForEach-Object { $x * $_ }", variables={"v": n * 1000 + i})
                if out != [(n * 1000 + i) * k for k in (1, 2, 3)]:
                    wrong.append((n, i, out))

        threads = [threading.Thread(target=calls, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert wrong == []


def test_two_runspaces_do_not_see_each_others_jobs():
    with pyposh.Runspace() as a, pyposh.Runspace() as b:
        a.invoke("$null = Start-ThreadJob { Start-Sleep 5 }")
        assert b.invoke("@(Get-Job).Count") == [0]
        assert a.invoke("@(Get-Job).Count") == [1]


def test_embedded_runspace_has_its_own_environment_and_directory(monkeypatch, tmp_path):
    monkeypatch.delenv("PYPOSH_TRUST_VAR", raising=False)
    cwd = os.getcwd()
    with pyposh.Runspace() as rs:
        out = rs.invoke("$env:PYPOSH_TRUST_VAR = 'inside'; $env:PYPOSH_TRUST_VAR; "
                        "[Environment]::CurrentDirectory = '%s'; [IO.Path]::GetFullPath('x'); "
                        "Set-Location '%s'; (Start-ThreadJob { $env:PYPOSH_TRUST_VAR } | Wait-Job | Receive-Job)"
                        % (tmp_path, tmp_path))
        assert out == ["inside", str(tmp_path / "x"), "inside"]     # its jobs share its environment
    assert "PYPOSH_TRUST_VAR" not in os.environ and os.getcwd() == cwd


def test_deep_recursion_without_raising_the_recursion_limit():
    limit = sys.getrecursionlimit()
    with pyposh.Runspace() as rs:
        assert sys.getrecursionlimit() == limit
        script = "function f($n) { if ($n -gt 0) { f ($n - 1) } else { 'bottom' } }; f 900"
        result = []
        old = threading.stack_size(512 * 1024)        # a host thread with a small stack
        try:
            thread = threading.Thread(target=lambda: result.append(rs.invoke(script)))
            thread.start()
            thread.join()
        finally:
            threading.stack_size(old)
        assert result == [["bottom"]]
        # past PowerShell's depth: ScriptCallDepthException, caught like any error
        assert rs.invoke("function g { g }; try { g } catch { $_.FullyQualifiedErrorId }") == ["CallDepthOverflow"]
    assert sys.getrecursionlimit() == limit


def test_a_python_fault_is_an_error_record_scripts_can_catch():
    with pyposh.Runspace() as rs:
        @rs.cmdlet("Invoke-Broken")
        def broken():
            return {}["missing"]          # an engine component's bug

        out = rs.invoke("try { Invoke-Broken } catch { [string]$_.CategoryInfo.Category; $_.FullyQualifiedErrorId }; "
                        "Invoke-Broken; \"after: $?\"")
        assert out == ["InvalidOperation", "InternalError", "after: False"]
        assert len(rs.errors) == 1 and "KeyError" in str(rs.errors[0])
