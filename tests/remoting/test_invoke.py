"""Invoke-Command against a real sshd: sessions that persist, temporary connections, arguments, `$using:`, input,
-FilePath, -HideComputerName, -ThrottleLimit, error handling, what comes back, and Invoke-Command run locally.

Expectations from the Invoke-Command reference page (examples: "variables persist in a PSSession", `$using:`,
-ArgumentList binds `$args`/param() in order, -HideComputerName omits PSComputerName from the display, input piped
to Invoke-Command is `$input` on the far side), about_Remote_Variables, about_Remote_Output (PSComputerName and
RunspaceId on every returned object; deserialized objects), and PSRemotingCmdlet.cs (the `--%` using-value
dictionary, the `$input |` added for piped input)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from sshd import REPO


def lines(text: str) -> list[str]:
    return [line.rstrip() for line in text.strip("\n").split("\n")] if text.strip() else []


def test_variables_persist_in_a_session(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server01
Invoke-Command -Session $s -ScriptBlock { $p = 'kept'; function Get-Twice($x) { $x * 2 } }
Invoke-Command -Session $s -ScriptBlock { $p; Get-Twice 21 }
Invoke-Command -Session $s -ScriptBlock { Set-Location /tmp }
Invoke-Command -Session $s -ScriptBlock { (Get-Location).Path }
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["kept", "42", "/tmp"]


def test_a_computer_name_gets_a_temporary_session(run_ps):
    result = run_ps("""
Invoke-Command -ComputerName Server01 -ScriptBlock { $q = 'gone' }
Invoke-Command -ComputerName Server01 -ScriptBlock { "[$q]" }
(Get-PSSession).Count
""")
    assert lines(result.stdout) == ["[]", "0"]


def test_arguments_using_and_param(run_ps):
    result = run_ps("""
$local = 'from here'
$n = 5
Invoke-Command -ComputerName Server01 -ScriptBlock { param($a, $b) "$a-$b"; $args.Count } -ArgumentList 1, 2, 3
Invoke-Command -ComputerName Server01 -ScriptBlock { "$using:local / $($using:n + 1)" }
Invoke-Command -ComputerName Server01 -ScriptBlock { ($using:n).GetType().Name }
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["1-2", "1", "from here / 6", "Int32"]


def test_pipeline_and_input_object(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server01
1, 2, 3 | Invoke-Command -Session $s -ScriptBlock { process { $_ * 10 } }
'a', 'b' | Invoke-Command -Session $s -ScriptBlock { $input | ForEach-Object { $_.ToUpper() } }
4, 5 | Invoke-Command -Session $s -ScriptBlock { Measure-Object -Sum } | ForEach-Object Sum
Invoke-Command -Session $s -InputObject 7 -ScriptBlock { $input }
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["10", "20", "30", "A", "B", "9", "7"]


def test_file_path_sends_the_script(run_ps, tmp_path):
    script = tmp_path / "remote.ps1"
    script.write_text("param($Name)\n\"Hello, $Name from $((Get-Location).Path -ne $null)\"\n")
    result = run_ps("Invoke-Command -ComputerName Server01 -FilePath '%s' -ArgumentList World" % script)
    assert lines(result.stdout) == ["Hello, World from True"]


def test_output_carries_computer_and_runspace(run_ps):
    result = run_ps("""
$s = New-PSSession -ComputerName Server02
$r = Invoke-Command -Session $s { [pscustomobject]@{ Value = 1 }; 'text' }
$r[0].PSComputerName
$r[0].RunspaceId -eq $s.InstanceId
$r[1].PSComputerName
$r[0].pstypenames[0]
$r[0].PSShowComputerName
""")
    assert lines(result.stdout) == ["Server02", "True", "Server02",
                                    "Deserialized.System.Management.Automation.PSCustomObject", "True"]


def test_default_display_and_hide_computer_name(run_ps):
    # about_Remote_Output: PSComputerName is displayed; -HideComputerName hides it (PSShowComputerName is never
    # shown: MshParameterAssociation.HandleComputerNameProperties)
    result = run_ps("""
Invoke-Command -ComputerName Server01 { [pscustomobject]@{ Name = 'x'; Size = 3 } } | Select-Object Name, Size, PSComputerName | Format-Table -AutoSize
Invoke-Command -ComputerName Server01 -HideComputerName { [pscustomobject]@{ Name = 'x'; Size = 3 } } | Format-List Name, Size, PSComputerName, PSShowComputerName
""")
    out = lines(result.stdout)
    assert out[:3] == ["Name Size PSComputerName", "---- ---- --------------", "x       3 Server01"]
    assert "PSShowComputerName : False" in out and "PSComputerName     : Server01" in out


def test_errors_come_back_with_remote_details(run_ps):
    result = run_ps("""
Invoke-Command -ComputerName Server01 { Get-Item /no/such/item } -ErrorVariable problems
"ok: $?"
$problems.Count
$problems[0].FullyQualifiedErrorId
$problems[0].CategoryInfo.Category
$problems[0].CategoryInfo.Reason
$problems[0].OriginInfo.PSComputerName
$problems[0].Exception.GetType().FullName
try { Invoke-Command -ComputerName Server01 { throw 'remote failure' } -ErrorAction Stop } catch { "caught: $_" }
try { Invoke-Command -ComputerName Server01 { Get-Item /nope } -ErrorAction Stop } catch { "stopped: $($_.Exception.Message)" }
""")
    assert lines(result.stdout) == [
        "ok: False", "1", "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand", "ObjectNotFound",
        "ItemNotFoundException", "Server01", "System.Management.Automation.RemoteException",
        "caught: remote failure", "stopped: Cannot find path '/nope' because it does not exist."]
    assert "Get-Item: Cannot find path '/no/such/item' because it does not exist." in result.stderr


def test_remote_streams_reach_the_caller(run_ps):
    result = run_ps("""
Invoke-Command -ComputerName Server01 {
    Write-Warning 'careful'
    Write-Verbose 'chatty' -Verbose
    Write-Host 'hosted'
    Write-Information 'info' -InformationAction Continue
    'output'
}
""")
    out = lines(result.stdout)
    assert "WARNING: careful" in out and "VERBOSE: chatty" in out and "hosted" in out and "info" in out
    assert out[-1] == "output" or "output" in out


def test_fan_out_runs_computers_in_parallel(run_ps, tmp_path):
    # each computer writes its mark and waits until all three marks exist: this finishes only when the three
    # remote commands run at the same time (ThrottleLimit 3), and times out when they run one by one
    marks = tmp_path / "marks"
    marks.mkdir()
    script = """
$folder = '%s'
$r = Invoke-Command -ComputerName Server01, Server02, Server03 -ThrottleLimit %d -ScriptBlock {
    New-Item -ItemType File -Path (Join-Path $using:folder $PSComputerName) -Force | Out-Null
    Set-Content (Join-Path $using:folder ([guid]::NewGuid())) 'x'
    $deadline = (Get-Date).AddSeconds(8)
    while ((Get-ChildItem $using:folder).Count -lt 3 -and (Get-Date) -lt $deadline) { Start-Sleep -Milliseconds 50 }
    (Get-ChildItem $using:folder).Count -ge 3
}
$r | Sort-Object PSComputerName | ForEach-Object { "$($_.PSComputerName) $_" }
"""
    result = run_ps(script % (marks, 3))
    assert lines(result.stdout) == ["Server01 True", "Server02 True", "Server03 True"], result.stderr


def test_throttle_limit_one_runs_them_one_at_a_time(run_ps, tmp_path):
    marks = tmp_path / "seq"
    marks.mkdir()
    result = run_ps("""
Invoke-Command -ComputerName Server01, Server02 -ThrottleLimit 1 -ScriptBlock {
    $before = (Get-ChildItem '%s').Count
    Set-Content (Join-Path '%s' ([guid]::NewGuid())) 'x'
    $before
} | Sort-Object
""" % (marks, marks))
    assert lines(result.stdout) == ["0", "1"]


def test_sender_info_is_set_on_the_far_side(run_ps):
    result = run_ps("""
Invoke-Command -ComputerName Server01 { $PSSenderInfo.ConnectionString; $null -ne $PSSenderInfo.UserInfo }
Invoke-Command { $null -eq $PSSenderInfo }
""")
    assert lines(result.stdout) == ["http://localhost", "True", "True"]


def test_local_invoke_command(run_ps):
    # Invoke-Command without -ComputerName or -Session runs the script block here (Example 1 of the docs'
    # local form); -NoNewScope runs it in the current scope
    result = run_ps("""
Invoke-Command { "local $args" } -ArgumentList 5
Invoke-Command -ScriptBlock { $inner = 1 }
"[$inner]"
Invoke-Command -NoNewScope -ScriptBlock { $kept = 2 }
"[$kept]"
1, 2 | Invoke-Command { process { $_ + 100 } }
Invoke-Command -InputObject 3 -ScriptBlock { $input }
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["local 5", "[]", "[2]", "101", "102", "3"]


def test_nested_objects_dates_and_arrays_cross(run_ps):
    result = run_ps("""
$when = Get-Date -Year 2024 -Month 2 -Day 29 -Hour 13 -Minute 14 -Second 15 -Millisecond 678
$r = Invoke-Command -ComputerName Server01 {
    [pscustomobject]@{ When = $using:when; List = @(1, 'two', 3.5); Table = @{ k = 'v' };
                       Inner = [pscustomobject]@{ Deep = [pscustomobject]@{ Value = 42 } } }
}
$r.When -eq $when
$r.When.Millisecond
$r.List.Count; $r.List[1]; $r.List[2].GetType().Name
$r.Table.k
$r.Inner.Deep.Value
$r.pstypenames[0]
$d = Invoke-Command -ComputerName Server01 { Get-Item / }
$d.pstypenames[0]
$d.Name
$d.GetType().FullName
""")
    assert result.stderr == ""
    assert lines(result.stdout) == ["True", "678", "3", "two", "Double", "v", "42",
                                    "Deserialized.System.Management.Automation.PSCustomObject",
                                    "Deserialized.System.IO.DirectoryInfo", "/",
                                    "System.Management.Automation.PSCustomObject"]


def test_ctrl_c_stops_a_running_invoke_command(sshd, tmp_path):
    # Ctrl+C (SIGINT) while Invoke-Command waits on a remote loop: the remote pipeline is signalled and pyposh
    # ends at once, exit code 130 as a shell expects after an interrupt, instead of hanging on the remote loop
    marker = tmp_path / "ticks"
    script = tmp_path / "loop.ps1"
    script.write_text("Invoke-Command -ComputerName Server01 { while ($true) { Set-Content '%s' (Get-Date).Ticks;"
                      " Start-Sleep -Milliseconds 50 } }\n'not reached'\n" % marker)
    env = dict(os.environ, PYPOSH_SSH_CONFIG=str(sshd.config), PYTHONPATH=str(REPO), TERM="dumb")
    child = subprocess.Popen([sys.executable, "-m", "pyposh", "-NoProfile", "-File", str(script)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), "the remote loop did not start"
    child.send_signal(signal.SIGINT)
    out, _ = child.communicate(timeout=15)
    assert child.returncode == 130 and "not reached" not in out
    time.sleep(0.5)
    before = marker.read_text()
    time.sleep(0.5)
    assert marker.read_text() == before          # the remote loop is no longer running
