"""about_Remote_Jobs, the document pyposh was created from, walked end to end against the test sshd with
`Server01` pointing at it: its code blocks are samples/about_remote_jobs/*.ps1, run as they are.

Method 1 is typed at pyposh's prompt through a pseudo-terminal (the document's `Server01\\C:>` is a prompt);
methods 2 and 3 run as scripts, each block in the document's order, with a wait where the document waits
("To determine whether the job is complete, use a Get-Job command"). The far side is a pyposh `-sshs`
process whose C: drive is the fixture's remote-C directory (sshd.py's SetEnv).

Expectations come from the document and, where it shows Windows PowerShell 2.0's output, from PowerShell 7's
source: the job table's columns (PowerShellCore_format_ps1xml.cs, ViewsOf_System_Management_Automation_Job:
Id, Name, PSJobTypeName, State, HasMoreData, Location, Command) instead of 2.0's SessionId column;
HasMoreData true while a job runs and until its results are received without -Keep (Job.cs: PSRemotingJob and
PSRemotingChildJob.HasMoreData); `Location` localhost for a job started where it runs and the computer's name
for Invoke-Command -AsJob (the document says both). A Command that starts with a line break shows as `…`
(TableWriter.cs truncates a cell at its first line break, StringManipulationHelper.TruncateAtNewLine)."""
from __future__ import annotations

import re
import time

import pytest
from sshd import REPO
from terminal import Terminal

SAMPLES = REPO / "samples" / "about_remote_jobs"
DOCUMENT = REPO.parent / "shared" / "seed" / "about_Remote_Jobs.md"
PROMPTS = ("C:\\PS>", "Server01\\C:>")
JOB_HEADER = ("Id", "Name", "PSJobTypeName", "State", "HasMoreData", "Location", "Command")
EVENT_HEADER = "   Index Time          EntryType   Source                 InstanceID Message"
_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r")


def sample(name: str) -> str:
    return (SAMPLES / (name + ".ps1")).read_text()


def job_rows(text: str) -> list[dict]:
    """Every row of the job tables in the text, as {column: value}, cut at the last header's column starts."""
    rows, starts = [], None
    lines = _ESCAPES.sub("", text).splitlines()
    if not text.endswith(("\n", "\r")):
        lines = lines[:-1]      # a line still arriving is not a row yet
    for line in lines:
        if tuple(line.split()) == JOB_HEADER:
            starts = [line.index(column) for column in JOB_HEADER]
            continue
        if starts is None or not line[:starts[1]].strip().isdigit():
            continue            # not a row (a table goes on after other output, without a new header)
        bounds = starts[1:] + [None]
        rows.append({column: line[start:end].strip() for column, start, end in zip(JOB_HEADER, starts, bounds)})
    return rows


# ---- the samples are the document's code ------------------------------------------------------------------

def test_samples_are_the_documents_code_blocks_in_order():
    if not DOCUMENT.is_file():
        pytest.skip("%s is absent: the samples can't be compared with the document here" % DOCUMENT)
    blocks = re.findall(r"```powershell\n(.*?)```", DOCUMENT.read_text(), re.S)
    files = sorted(SAMPLES.glob("*.ps1"), key=lambda p: [int(n) for n in p.name.split("-")[:2]])
    assert len(files) == len(blocks) == 14
    for path, block in zip(files, blocks):
        code = []
        for line in block.rstrip("\n").split("\n\n")[0].splitlines():     # after a blank line: sample output
            prompt = next((p for p in PROMPTS if line.startswith(p)), None)
            if prompt is not None:
                line = line[len(prompt):].lstrip(" ")
            if line:
                code.append(line)
        assert path.read_text() == "\n".join(code) + "\n", path.name


# ---- method 1: a job in an interactive session ----------------------------------------------------------------

def type_sample(term: Terminal, name: str) -> None:
    for line in sample(name).splitlines():
        term.send(line)


def wait_for_job_row(term: Terminal, tables_before: int, timeout: float = 60) -> dict:
    """Send the document's `get-job $job` until the job has completed; the last row shown."""
    deadline = time.monotonic() + timeout
    while True:
        rows_before = len(job_rows(term.output.decode("utf-8", "replace")))
        type_sample(term, "1-3-get-job")
        assert term.wait_for("PSJobTypeName", tables_before + 1, timeout=60), term.output
        tables_before += 1
        rows = _rows_after(term, rows_before)      # the new table's row, not the previous table's
        row = rows[-1]
        if row["State"] == "Completed" or time.monotonic() > deadline:
            return row
        time.sleep(0.3)


def _rows_after(term: Terminal, rows_before: int, timeout: float = 60) -> list[dict]:
    """The job rows once the table just asked for has printed its row (the header arrives before the row)."""
    deadline = time.monotonic() + timeout
    while True:
        rows = job_rows(term.output.decode("utf-8", "replace"))
        if len(rows) > rows_before:
            return rows
        assert time.monotonic() < deadline, term.output
        time.sleep(0.05)


def test_method_1_interactive_session(sshd, tmp_path):
    local_c = tmp_path / "local-C"
    remote_file = sshd.drive_c / "logs" / "PsLog.txt"
    remote_file.unlink(missing_ok=True)
    term = Terminal(sshd.config, env={"PYPOSH_DRIVE_C": str(local_c)}, cwd=tmp_path)
    try:
        assert term.wait_for("PS ", timeout=60), term.output
        type_sample(term, "1-1-enter-pssession")
        assert term.wait_for("[Server01]: PS ", timeout=60), term.output       # a loaded machine is slow
        type_sample(term, "1-2-start-job")
        row = wait_for_job_row(term, term.count("PSJobTypeName"))
        assert row == {"Id": "1", "Name": "Job1", "PSJobTypeName": "BackgroundJob", "State": "Completed",
                       "HasMoreData": "True", "Location": "localhost", "Command": "…"}
        type_sample(term, "1-4-receive-job")
        row = wait_for_job_row(term, term.count("PSJobTypeName"))          # received without -Keep
        assert (row["State"], row["HasMoreData"]) == ("Completed", "False")
        type_sample(term, "1-5-exit-pssession")
        exits = term.count("PS %s>" % tmp_path)
        assert term.wait_for("PS %s>" % tmp_path, exits + 1), term.output
        # the redirect wrote on Server01, under its C: drive, the formatted events of its own log
        assert remote_file.is_file() and not (local_c / "logs").exists()
        written = remote_file.read_text().splitlines()
        assert written[1] == EVENT_HEADER
        assert any(line.endswith(" Engine state changed from None to Available.…") and " PowerShell " in line
                   for line in written)
        # step 6, at the local prompt: the file's contents come back through a PSSession
        type_sample(term, "1-6-get-content")
        assert term.wait_for(EVENT_HEADER), term.output
        assert term.wait_for("Engine state changed from None to Available.…"), term.output
        term.send("exit")
        assert term.process.wait(30) == 0
    finally:
        term.close()


# ---- method 2: Invoke-Command -AsJob, results returned ----------------------------------------------------

def test_method_2_asjob_returns_results_to_the_local_computer(run_ps):
    script = (sample("2-1-invoke-command-asjob")
              + "$null = Wait-Job -Id 1 -Timeout 90\n"
              + sample("2-2-get-job")
              + sample("2-3-receive-job")
              + "get-job\n"
              + "'results: {0}' -f $results.Count\n"
              + "'type: ' + $results[0].PSObject.TypeNames[0]\n"
              + "'computer: ' + $results[0].PSComputerName\n"
              + "$local = @(Get-EventLog System)\n"
              + "'local: {0}' -f $local.Count\n"
              + "'same log: {0}' -f ($results.Count -eq 0 -or $results[-1].Message -in $local.Message)\n"
              + "$results | Select-Object -First 2 | Out-String\n")     # a table of its own
    result = run_ps(script)
    assert result.code == 0 and result.stderr == "", result.stderr
    jobs_part, _, events_part = result.stdout.partition(EVENT_HEADER)
    started, completed, received = job_rows(jobs_part)
    assert started["State"] in ("Running", "Completed")
    assert {k: started[k] for k in ("Id", "Name", "PSJobTypeName", "HasMoreData", "Location", "Command")} == {
        "Id": "1", "Name": "Job1", "PSJobTypeName": "RemoteJob", "HasMoreData": "True", "Location": "Server01",
        "Command": "…"}
    assert (completed["State"], completed["HasMoreData"], completed["Location"]) == ("Completed", "True",
                                                                                     "Server01")
    assert (received["State"], received["HasMoreData"]) == ("Completed", "False")
    facts = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    assert facts["same log"] == "True"
    if int(facts["local"]) > 0:          # Server01 is this machine: the same System log
        assert int(facts["results"]) > 0
        assert facts["type"] == "Deserialized.System.Diagnostics.EventLogEntry"
        assert facts["computer"] == "Server01"
        # deserialized entries show EventLogEntry's table (pwsh formats `Deserialized.` objects by their type's view)
        assert len([line for line in events_part.splitlines()[2:] if line.strip()]) == 2


# ---- method 3: Start-Job on the remote computer, results kept there ------------------------------------------

def test_method_3_results_kept_on_the_remote_computer(run_ps, sshd):
    logs = sshd.drive_c / "logs"
    for old in logs.iterdir():
        old.unlink()
    script = (sample("3-1-new-pssession")
              + sample("3-2-invoke-command-start-job")
              + "$null = invoke-command -session $s -scriptblock { Wait-Job -Id 1 -Timeout 90 }\n"
              + sample("3-3-invoke-command-get-job")
              + sample("3-4-invoke-command-receive-job")
              + "'results: {0}' -f $results.Count\n"
              + "'computer: ' + @($results.PSComputerName | Select-Object -Unique)\n"
              + "'local: {0}' -f @(Get-EventLog System -Newest 1).Count\n"
              + sample("3-3-invoke-command-get-job")
              + sample("3-5-invoke-command-redirect")
              + sample("3-3-invoke-command-get-job"))
    result = run_ps(script)
    assert result.code == 0 and result.stderr == "", result.stderr
    started, completed, kept, received = job_rows(result.stdout)
    expected = {"Id": "1", "Name": "Job1", "PSJobTypeName": "BackgroundJob", "HasMoreData": "True",
                "Location": "localhost", "Command": "get-eventlog system"}
    assert {k: started[k] for k in expected} == expected and started["State"] in ("Running", "Completed")
    assert completed == dict(expected, State="Completed")
    assert kept == dict(expected, State="Completed")                         # -keep: still there
    assert received == dict(expected, State="Completed", HasMoreData="False")
    facts = dict(line.split(": ", 1) for line in result.stdout.splitlines() if ": " in line)
    if int(facts["local"]) > 0:
        assert int(facts["results"]) > 0 and facts["computer"] == "Server01"
    # the redirect inside the session wrote on Server01's C: drive
    assert [p.name for p in logs.iterdir()] == ["pslog.txt"]
    written = (logs / "pslog.txt").read_text().splitlines()
    if int(facts["local"]) > 0:
        assert written[1] == EVENT_HEADER and len(written) >= 4
