"""Remote jobs against a real sshd: Invoke-Command -AsJob (managed by the local Job cmdlets), and jobs kept on the far
side of a PSSession (about_Remote_Jobs: "Start a remote job that keeps the results on the remote computer").

Expectations: about_Remote_Jobs and the Invoke-Command page (-AsJob returns a job at once; PSJobTypeName
RemoteJob; one child job per computer; Location lists the computers; results come back to the local computer;
a job started through a temporary connection ends with it), and the Job cmdlets' pages."""
from __future__ import annotations


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").split("\n")] if text.strip() else []


def test_as_job_returns_a_remote_job_with_a_child_per_computer(run_ps):
    result = run_ps("""
$j = Invoke-Command -ComputerName Server01, Server02 -ScriptBlock { "from $PSComputerName"; 2 + 3 } -AsJob -JobName Remote
$j.GetType().Name -ne $null
$j.PSJobTypeName
$j.Name
$j.Location
$j.ChildJobs.Count
($j.ChildJobs | ForEach-Object Location) -join ','
Wait-Job $j -Timeout 30 | Out-Null
$j.State
($j.ChildJobs | ForEach-Object State) -join ','
$r = Receive-Job $j
$r.Count
($r | Where-Object { $_ -is [int] } | Measure-Object -Sum).Sum
($r | ForEach-Object PSComputerName | Sort-Object -Unique) -join ','
(Get-Job -Name Remote).Id -eq $j.Id
$j.HasMoreData
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["True", "RemoteJob", "Remote", "Server01, Server02", "2", "Server01,Server02",
                                    "Completed", "Completed,Completed", "4", "10", "Server01,Server02", "True",
                                    "False"]


def test_as_job_with_a_session_and_a_failure(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server03
$j = Invoke-Command -Session $s -ScriptBlock { 'partial'; throw 'remote boom' } -AsJob
Wait-Job $j -Timeout 30 | Out-Null
$j.State
Receive-Job $j -ErrorVariable problems -ErrorAction SilentlyContinue
$problems[0].Exception.Message
$j.ChildJobs[0].JobStateInfo.Reason.Message
""")
    assert lines(result.stdout) == ["Failed", "partial", "remote boom", "remote boom"]


def test_stop_job_stops_the_remote_pipeline(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server04
$j = Invoke-Command -Session $s { $global:ticks = 0; while ($true) { $global:ticks++; Start-Sleep -Milliseconds 20 } } -AsJob
Start-Sleep -Milliseconds 600
Stop-Job $j
$j.State
$s.State
$a = Invoke-Command -Session $s { $global:ticks }
Start-Sleep -Milliseconds 300
$b = Invoke-Command -Session $s { $global:ticks }
$a -eq $b
$a -gt 0
""")
    assert lines(result.stdout) == ["Stopped", "Opened", "True", "True"], result.stderr


def test_jobs_kept_on_the_far_side(run_ps, tmp_path):
    # about_Remote_Jobs, "Start a remote job that keeps the results on the remote computer"
    out_file = tmp_path / "remote-log.txt"
    result = run_ps("""
$s = New-PSSession -ComputerName Server01
Invoke-Command -Session $s -ScriptBlock { $null = Start-Job -ScriptBlock { 'line one'; 'line two' } }
Invoke-Command -Session $s -ScriptBlock { Get-Job | ForEach-Object { "$($_.Id) $($_.Name) $($_.PSJobTypeName)" } }
Invoke-Command -Session $s -ScriptBlock { Wait-Job -Id 1 | Out-Null }
$results = Invoke-Command -Session $s -ScriptBlock { Receive-Job -Id 1 -Keep }
$results
Invoke-Command -Session $s -ScriptBlock { Receive-Job -Id 1 > '%s' }
Get-Content '%s'
Invoke-Command -Session $s -ScriptBlock { (Get-Job -Id 1).HasMoreData }
(Get-Job).Count
""" % (out_file, out_file))
    assert result.stderr == ""
    assert lines(result.stdout) == ["1 Job1 BackgroundJob", "line one", "line two", "line one", "line two",
                                    "False", "0"]


def test_a_job_started_through_a_temporary_connection_ends_with_it(run_ps, tmp_path):
    marker = tmp_path / "still-running"
    result = run_ps("""
Invoke-Command -ComputerName Server02 -ScriptBlock {
    $null = Start-Job { while ($true) { Set-Content '%s' (Get-Date).Ticks; Start-Sleep -Milliseconds 50 } }
    Start-Sleep -Milliseconds 500
}
Start-Sleep -Milliseconds 800
$first = Get-Content '%s'
Start-Sleep -Milliseconds 500
$second = Get-Content '%s'
$first -eq $second
""" % (marker, marker, marker))
    assert lines(result.stdout) == ["True"], result.stderr
