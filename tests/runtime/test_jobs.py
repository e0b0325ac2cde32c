"""Background jobs (issue 4): the job table, each job cmdlet and parameter, streams, stopping, failures, stress."""
from __future__ import annotations

import threading
import time

import pytest

from pyposh.runtime.host import CapturingHost
from pyposh.runtime.session import new_runspace


@pytest.fixture
def rs(tmp_path):
    runspace = new_runspace(CapturingHost(), location=str(tmp_path))
    yield runspace
    runspace.close()          # its jobs are stopped and removed


def run(rs, text):
    return rs.invoke(text)


# ---- the table and the job object ------------------------------------------------------------------------

def test_ids_advance_by_two_and_names_default(rs):
    out = run(rs, "$a = Start-Job { 1 }; $b = Start-Job { 2 } -Name named; $a.Id; $a.Name; $b.Id; $b.Name;"
                  "$a.ChildJobs[0].Id; $a.ChildJobs.Count; $a.PSJobTypeName; $a.Location; $a.Command")
    assert out == [1, "Job1", 3, "named", 2, 1, "BackgroundJob", "localhost", " 1 "]


def test_job_properties_after_completion(rs):
    out = run(rs, "$j = Start-Job { 'x' }; $null = Wait-Job $j; $j.State; $j.HasMoreData;"
                  "$j.JobStateInfo.State; $null -eq $j.JobStateInfo.Reason; $j.PSBeginTime -le $j.PSEndTime;"
                  "$j.InstanceId.GetType().Name; $j.Output.Count; $j.ChildJobs[0].State")
    assert out == ["Completed", True, "Completed", True, True, "Guid", 1, "Completed"]


def test_default_table(rs):
    rs.host = host = CapturingHost()
    rs.run("$j = Start-Job { 1 + 1 } -Name t1; $null = Wait-Job $j; Get-Job")
    lines = host.text().splitlines()
    assert lines[1].split() == ["Id", "Name", "PSJobTypeName", "State", "HasMoreData", "Location", "Command"]
    assert lines[3].split() == ["1", "t1", "BackgroundJob", "Completed", "True", "localhost", "1", "+", "1"]
    assert lines[1].index("Name") == 7 and lines[1].index("PSJobTypeName") == 23


# ---- isolation and inputs ----------------------------------------------------------------------------------

def test_isolation_arguments_input_using(rs, tmp_path):
    out = run(rs, "$v = 'caller'; function g { 'g' }; $j = Start-Job { \"[$v]\"; @(Get-Command g -ErrorAction Ignore).Count;"
                  " $v = 'job' }; Receive-Job $j -Wait; $v")
    assert out == ["[]", 0, "caller"]
    out = run(rs, "Start-Job { param($a, $b) $a + $b; $args.Count } -ArgumentList 2, 3 | Receive-Job -Wait")
    assert out == [5, 0]
    out = run(rs, "Start-Job { $all = @($input); $all.Count; $all } -InputObject 7 | Receive-Job -Wait")
    assert out == [1, 7]
    out = run(rs, "1, 2, 3 | Start-Job { $input | ForEach-Object { $_ * 10 } } | Receive-Job -Wait")
    assert out == [10, 20, 30]
    out = run(rs, "$x = @{ a = 1 }; $j = Start-Job { $using:x.a }; $x.a = 2; Receive-Job $j -Wait")
    assert out == [1] or out == [2]     # copied at start: the job sees the caller's object as it was then


def test_using_values_copied_at_start(rs):
    out = run(rs, "$n = 1; $j = Start-Job { Start-Sleep -Milliseconds 50; $using:n }; $n = 2; Receive-Job $j -Wait")
    assert out == [1]


def test_location_initialization_file_and_working_directory(rs, tmp_path):
    sub = tmp_path / "sub"
    sub.mkdir()
    (tmp_path / "s.ps1").write_text("param($p) \"file $p\"; $PSScriptRoot -ne $null", encoding="utf-8")
    out = run(rs, "Start-Job { (Get-Location).Path } | Receive-Job -Wait")
    assert out == [str(tmp_path)]
    out = run(rs, "Start-Job { (Get-Location).Path } -WorkingDirectory sub | Receive-Job -Wait")
    assert out == [str(sub)]
    out = run(rs, "Start-Job -InitializationScript { function h { 'init' } } { h } | Receive-Job -Wait")
    assert out == ["init"]
    out = run(rs, "Start-Job -FilePath ./s.ps1 -ArgumentList 9 | Receive-Job -Wait")
    assert out == ["file 9", True]


def test_jobs_do_not_share_variables(rs):
    out = run(rs, "$js = 1..20 | ForEach-Object { Start-Job { param($i) $v = $i; Start-Sleep -Milliseconds 20;"
                  " $v } -ArgumentList $_ }; $js | Receive-Job -Wait")
    assert out == list(range(1, 21))


# ---- streams -------------------------------------------------------------------------------------------

def test_streams_reemitted_on_their_streams(rs):
    host = rs.host
    out = run(rs, "$j = Start-Job { 'o'; Write-Error 'e'; Write-Warning 'w'; Write-Verbose 'v' -Verbose;"
                  " Write-Debug 'd' -Debug; Write-Information 'i' -InformationAction Continue };"
                  " $VerbosePreference = 'Continue'; $DebugPreference = 'Continue';"
                  " $InformationPreference = 'Continue'; Receive-Job $j -Wait")
    assert out == ["o"]
    assert [r.exception.message for r in host.errors] == ["e"]
    assert [(r.kind, r.message) for r in host.informational] == [("Verbose", "v"), ("Debug", "d"), ("Warning", "w")]
    assert [str(r) for r in host.information] == ["i"]


def test_job_stream_collections(rs):
    out = run(rs, "$j = Start-Job { 1; Write-Error 'e'; Write-Warning 'w' }; $null = Wait-Job $j;"
                  " $j.Output.Count; $j.Error.Count; $j.Warning.Count; $j.Verbose.Count")
    assert out == [1, 1, 1, 0]


def test_keep_and_receive_once(rs):
    out = run(rs, "$j = Start-Job { 1; 2 }; $null = Wait-Job $j; Receive-Job $j -Keep; Receive-Job $j -Keep;"
                  " $j.HasMoreData; Receive-Job $j; $j.HasMoreData; @(Receive-Job $j).Count")
    assert out == [1, 2, 1, 2, True, 1, 2, False, 0]


def test_receive_while_running_gives_the_rest_later(rs):
    run(rs, "$j = Start-Job { 1; 2; Start-Sleep -Milliseconds 300; 3 }")
    time.sleep(0.15)
    first = run(rs, "Receive-Job $j")
    assert first == [1, 2]
    assert run(rs, "$j.HasMoreData") == [True]          # a running BackgroundJob's results are still open
    assert run(rs, "Receive-Job $j -Wait") == [3]
    assert run(rs, "$j.HasMoreData") == [False]


def test_thread_job_has_more_data_counts_records(rs):
    out = run(rs, "$j = Start-ThreadJob { Start-Sleep 5 }; $j.HasMoreData; $b = Start-Job { Start-Sleep 5 };"
                  " $b.HasMoreData")
    assert out == [False, True]


def test_write_job_in_results_and_events(rs):
    out = run(rs, "$j = Start-Job { 5 }; $r = Receive-Job $j -Wait -WriteJobInResults; $r[0].Id; $r[1]")
    assert out == [1, 5]
    out = run(rs, "$j = Start-Job { 5 }; $r = Receive-Job $j -Wait -WriteEvents; $r.Count; \"$($r[-1])\"")
    assert out == [3, "Completed"]


def test_auto_remove(rs):
    assert run(rs, "Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob; @(Get-Job).Count") == [1, 0]


# ---- selecting jobs -------------------------------------------------------------------------------------

def test_get_job_filters(rs):
    run(rs, "$a = Start-Job { 1 } -Name alpha; $b = Start-Job { Start-Sleep 5 } -Name beta;"
            " $c = Start-ThreadJob { 2 } -Name gamma; $null = Wait-Job $a, $c")
    assert [j.name for j in run(rs, "Get-Job")] == ["alpha", "beta", "gamma"]
    assert [j.name for j in run(rs, "Get-Job -Name a*, g*")] == ["alpha", "gamma"]
    assert [j.name for j in run(rs, "Get-Job 1, 3")] == ["alpha", "beta"]
    assert [j.name for j in run(rs, "Get-Job -State Running")] == ["beta"]
    assert [j.name for j in run(rs, "Get-Job -Command '*sleep*'")] == ["beta"]
    assert [j.name for j in run(rs, "Get-Job -HasMoreData $true -State Completed")] == ["alpha", "gamma"]
    assert [j.name for j in run(rs, "Get-Job -ChildJobState Completed")] == ["alpha", "Job2", "gamma", "Job6"]
    assert [j.id for j in run(rs, "Get-Job -IncludeChildJob")] == [1, 2, 3, 4, 5, 6]
    assert [j.name for j in run(rs, "Get-Job -InstanceId $a.InstanceId")] == ["alpha"]
    assert run(rs, "(Get-Job -Id 2).Name") == ["Job2"]
    assert [j.name for j in run(rs, "gjb -Name zz*")] == []


def test_errors_for_missing_jobs(rs):
    host = rs.host
    run(rs, "Get-Job -Id 42; Get-Job -Name nope; Receive-Job -Id 7; Wait-Job -Name x; Stop-Job -Id 8;"
            " Remove-Job -Id 9; Get-Job -InstanceId ([guid]::Empty)")
    messages = [r.exception.message for r in host.errors]
    ids = [r.error_id for r in host.errors]
    assert messages[0] == ("The command cannot find a job with the job ID 42. Verify the value of the Id parameter "
                           "and then try the command again.")
    assert messages[1] == ("The command cannot find the job because the job name nope was not found. Verify the "
                           "value of the Name parameter, and then try the command again.")
    assert ids[:6] == ["JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.GetJobCommand",
                       "JobWithSpecifiedNameNotFound,Microsoft.PowerShell.Commands.GetJobCommand",
                       "JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.ReceiveJobCommand",
                       "JobWithSpecifiedNameNotFound,Microsoft.PowerShell.Commands.WaitJobCommand",
                       "JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.StopJobCommand",
                       "JobWithSpecifiedSessionNotFound,Microsoft.PowerShell.Commands.RemoveJobCommand"]
    assert ids[6].startswith("JobWithSpecifiedInstanceIdNotFound")


def test_by_pipeline_id_and_name(rs):
    out = run(rs, "$j = Start-Job { 'p' } -Name pipe; Wait-Job -Name pipe | Receive-Job -Keep;"
                  " Receive-Job -Id $j.Id -Keep; Receive-Job -Name pi* -Keep; Receive-Job $j.Id -Keep;"
                  " Receive-Job -InstanceId $j.InstanceId")
    assert out == ["p"] * 5


def test_positional_argument_binds_by_its_type(rs):
    # pwsh's binder tries the parameters sharing a position (Get-Job: Id int[], Name string[], InstanceId
    # guid[], State) first without coercion, then with it (ParameterBinderController.BindPositionalParameters)
    run(rs, "$a = Start-Job { 1 } -Name alpha; $null = Wait-Job $a")
    assert [j.name for j in run(rs, "Get-Job alpha")] == ["alpha"]
    assert [j.name for j in run(rs, "Get-Job 1")] == ["alpha"]
    assert [j.name for j in run(rs, "Get-Job $a.InstanceId")] == ["alpha"]
    assert [j.name for j in run(rs, "Get-Job '1'")] == []               # a string binds -Name first
    assert rs.host.errors[-1].error_id.startswith("JobWithSpecifiedNameNotFound")


def test_about_remote_jobs_spellings(rs):
    # about_Remote_Jobs: `get-job $job` (a job at Get-Job's first position) and `receive-job -sessionid 2 -keep`
    # (PowerShell 2.0's name of -Id); pwsh 7 rejects both, pyposh takes them (README's differences)
    out = run(rs, "$job = Start-Job { 'r' }; $null = Wait-Job $job; (get-job $job).Id; (Get-Job -Job $job).Id;"
                  " @(get-job $job -IncludeChildJob).Id; receive-job -sessionid 2 -keep; receive-job -SessionId 1;"
                  " (Get-Job -SessionId 1).HasMoreData; Wait-Job -SessionId 1 | % Id; Stop-Job -SessionId 1;"
                  " Remove-Job -SessionId 1; @(Get-Job).Count")
    assert out == [1, 1, 1, 2, "r", "r", False, 1, 0]


def test_job_types(rs):
    out = run(rs, "$j = Start-Job { 1 }; $t = Start-ThreadJob { 1 };"
                  " $j -is [System.Management.Automation.Job]; $j -is [System.Management.Automation.Job2];"
                  " $j.ChildJobs[0] -is [System.Management.Automation.Job];"
                  " $j.ChildJobs[0] -is [System.Management.Automation.Job2];"
                  " $t -is [System.Management.Automation.Job]; 'x' -is [System.Management.Automation.Job]")
    assert out == [True, True, True, False, True, False]


def test_aliases(rs):
    out = run(rs, "$j = sajb { 3 }; $null = wjb $j; rcjb $j; spjb $j; rjb $j; @(gjb).Count")
    assert out == [3, 0]


# ---- Wait-Job ------------------------------------------------------------------------------------------

def test_wait_any_timeout_force(rs):
    out = run(rs, "$f = Start-Job { 1 }; $s = Start-Job { Start-Sleep 5 };"
                  " (Wait-Job $f, $s -Any).Id; @(Wait-Job $s -Timeout 1).Count; $s.State;"
                  " @(Wait-Job $f, $s -Timeout 1).Count; (Wait-Job $f -Force).Id")
    assert out == [1, 0, "Running", 1, 1]


def test_wait_returns_the_jobs(rs):
    out = run(rs, "$a = Start-Job { 1 }; $b = Start-Job { 2 }; (Wait-Job $a, $b).Id")
    assert out == [1, 3]


# ---- stopping -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "while ($true) { }",
    "Start-Sleep -Seconds 30",
    "$o = Start-Job { Start-Sleep 30 }; Wait-Job $o",
    "sleep 30",
    "Receive-Job (Start-Job { Start-Sleep 30 }) -Wait",
])
def test_stop_is_prompt(rs, body):
    job = run(rs, "Start-Job { 'before'; %s; 'after' }" % body)[0]
    deadline = time.monotonic() + 5
    while job.state != "Running" or not job.has_more_data:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    time.sleep(0.1)
    started = time.monotonic()
    out = run(rs, "Stop-Job $args[0] -PassThru".replace("$args[0]", "(Get-Job -Id %d)" % job.id))
    assert time.monotonic() - started < 0.5
    assert out == [job] and job.state == "Stopped" and job.children[0].state == "Stopped"
    assert run(rs, "Receive-Job -Id %d" % job.id) == ["before"]


def test_stop_not_started_thread_job(rs):
    out = run(rs, "$a = Start-ThreadJob { Start-Sleep 5 } -ThrottleLimit 1; $b = Start-ThreadJob { 'b' };"
                  " $b.State; Stop-Job $b; $b.State; Stop-Job $a; $a.State;"
                  " $c = Start-ThreadJob { 'c' } -ThrottleLimit 5; Receive-Job $c -Wait")
    assert out == ["NotStarted", "Stopped", "Stopped", "c"]


def test_thread_job_throttle_runs_queued_jobs(rs):
    out = run(rs, "$js = 1..4 | ForEach-Object { Start-ThreadJob { param($i) Start-Sleep -Milliseconds 30; $i }"
                  " -ArgumentList $_ -ThrottleLimit 2 }; $js[3].State; $js | Receive-Job -Wait;"
                  " $js[0].PSJobTypeName; $js[0].GetType().FullName")
    assert out == ["NotStarted", 1, 2, 3, 4, "ThreadJob", "ThreadJob.ThreadJob"]
    run(rs, "$null = Start-ThreadJob { 1 } -ThrottleLimit 5")


def test_remove_running_job_needs_force(rs):
    host = rs.host
    out = run(rs, "$j = Start-Job { Start-Sleep 5 }; Remove-Job $j; @(Get-Job).Count; Remove-Job $j -Force;"
                  " @(Get-Job).Count; $j.State")
    assert out == [1, 0, "Stopped"]
    assert host.errors[0].exception.message == (
        "The command cannot remove the job with the job ID 1 because the job is not finished. To remove the job, "
        "first stop the job, or use the Force parameter.")
    assert host.errors[0].error_id == "CannotRemoveJob,Microsoft.PowerShell.Commands.RemoveJobCommand"


def test_remove_by_state_and_command(rs):
    out = run(rs, "$a = Start-Job { 1 }; $b = Start-Job { 2 }; $null = Wait-Job $a, $b;"
                  " Remove-Job -Command '1'; (Get-Job).Id; Remove-Job -State Completed; @(Get-Job).Count")
    assert out == [3, 0]


def test_closing_a_runspace_stops_its_jobs_without_waiting(tmp_path):
    # A session's jobs end with it (DESIGN.md: closing the Runspace stops its jobs); nobody waits for them.
    first = new_runspace(CapturingHost(), location=str(tmp_path))
    jobs = run(first, "Start-Job { while ($true) {} }; Start-Job { Start-Sleep 60 }")
    started = time.monotonic()
    first.close()
    assert time.monotonic() - started < 0.5
    for job in jobs:
        assert job.finished.wait(5) and job.state == "Stopped"
    second = new_runspace(CapturingHost(), location=str(tmp_path))
    try:
        assert run(second, "@(Get-Job).Count; (Start-Job { 1 }).Id") == [0, 1]
    finally:
        second.close()


def test_each_runspace_has_its_own_job_table(tmp_path):
    # Get-Job lists the jobs of the current session only (about_Jobs); ids count from 1 in each session.
    one = new_runspace(CapturingHost(), location=str(tmp_path))
    two = new_runspace(CapturingHost(), location=str(tmp_path))
    try:
        assert run(one, "(Start-Job { 1 } -Name mine).Id") == [1]
        assert run(two, "@(Get-Job).Count; (Start-Job { 2 }).Id; @(Get-Job -Name mine -ErrorAction Ignore).Count") \
            == [0, 1, 0]
        assert run(one, "(Get-Job).Name") == ["mine"]
    finally:
        one.close()
        two.close()


# ---- failures -------------------------------------------------------------------------------------------

def test_terminating_error_fails_the_job(rs):
    host = rs.host
    out = run(rs, "$j = Start-Job { 'a'; throw 'bad' }; $null = Wait-Job $j; $j.State;"
                  " $j.JobStateInfo.Reason.Message; $j.ChildJobs[0].JobStateInfo.Reason.Message;"
                  " $j.ChildJobs[0].State; Receive-Job $j")
    assert out == ["Failed", "bad", "bad", "Failed", "a"]
    assert [r.exception.message for r in host.errors] == ["bad"]


def test_non_terminating_error_completes(rs):
    out = run(rs, "$j = Start-Job { Write-Error 'soft'; 'still' }; $null = Wait-Job $j; $j.State;"
                  " Receive-Job $j -ErrorAction SilentlyContinue")
    assert out == ["Completed", "still"]


def test_endless_recursion_fails_with_call_depth_error(rs):
    out = run(rs, "$j = Start-Job { function f { f }; f }; $null = Wait-Job $j; $j.State;"
                  " $j.JobStateInfo.Reason.Message; $j.JobStateInfo.Reason.GetType().FullName")
    assert out == ["Failed", "The script failed due to call depth overflow.",
                   "System.Management.Automation.ScriptCallDepthException"]


def test_background_operator(rs):
    out = run(rs, "$j = Write-Output 4 &; $j.PSJobTypeName; $j.Command; Receive-Job $j -Wait;"
                  " $k = 1 + 1 && 'chain' &; Receive-Job $k -Wait")
    assert out == ["BackgroundJob", "Write-Output 4", 4, 2, "chain"]


# ---- reliability ----------------------------------------------------------------------------------------

def test_stress_hundred_jobs_lose_and_duplicate_nothing(rs):
    count, per_job = 100, 10_000
    started = time.monotonic()
    jobs = run(rs, "1..%d | ForEach-Object { Start-Job { param($n) foreach ($i in 1..%d) { \"$n-$i\" } }"
                   " -ArgumentList $_ }" % (count, per_job))
    assert len(jobs) == count
    received = {job.id: [] for job in jobs}
    pending = set(received)
    while pending:
        for job in jobs:
            if job.id in pending:
                finished = job.is_finished
                received[job.id].extend(run(rs, "Receive-Job -Id %d" % job.id))
                if finished:
                    pending.discard(job.id)
        time.sleep(0.005)
    for n, job in enumerate(jobs, start=1):
        assert job.state == "Completed"
        assert received[job.id] == ["%d-%d" % (n, i) for i in range(1, per_job + 1)]
    assert time.monotonic() - started < 20


def test_jobs_do_not_corrupt_each_other(rs):
    out = run(rs, "$x = 'mine'; $js = 1..30 | ForEach-Object { Start-ThreadJob { param($k) $x = $k;"
                  " foreach ($i in 1..200) { if ($x -ne $k) { 'corrupt' } $x = $k }; $x } -ArgumentList $_"
                  " -ThrottleLimit 30 }; $js | Receive-Job -Wait; $x")
    assert out == list(range(1, 31)) + ["mine"]


def test_job_threads_are_daemons(rs):
    job = run(rs, "Start-Job { Start-Sleep 5 }")[0]
    assert job.children[0].thread.daemon
    assert isinstance(job.children[0].thread, threading.Thread)
