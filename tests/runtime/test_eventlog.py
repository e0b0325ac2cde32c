"""Get-EventLog on Linux (issue 10): the System log from syslog files or the kernel log where there is no
journal, pyposh's own `Windows PowerShell` log, the missing-log error, -Newest and the filters, -List and
-AsString, and PowerShell's views of the objects.

Where the expectations come from:
- the table and list views and the -List table: DotNetTypes_format_ps1xml.cs in PowerShell's source
  (ViewsOf_System_Diagnostics_EventLogEntry: Index right-aligned in 8, Time 13 as `{0:MMM} {0:dd} {0:HH}:{0:mm}`,
  EntryType 11, Source 20, InstanceID right-aligned in 12, Message; ViewsOf_System_Diagnostics_EventLog:
  Max(K) 8, Retain 6, OverflowAction 18, Entries 10, Log);
- the messages of the engine's events: EtwLoggingStrings.resx (`Engine state changed from {0} to {1}.`,
  `Provider {0} changed state to {1}.`, `Error Message = {0}`), and when pwsh logs them: MshLog.cs
  (`$LogEngineLifecycleEvent` and `$LogProviderLifecycleEvent` default to true, `$LogCommandHealthEvent` to false);
- the error for a missing log and the parameters: Get-EventLog's page in the Windows PowerShell 5.1 reference
  ("The event log 'X' on computer '.' does not exist.", -Newest, -EntryType Error/Information/FailureAudit/
  SuccessAudit/Warning, -Source and -Message with wildcards, -After/-Before, -List, -AsString);
- the syslog lines: RFC 5424's timestamp (rsyslog's default file format on current distributions) and the
  traditional BSD format of RFC 3164; the journal's fields: systemd.journal-fields(7)."""
from __future__ import annotations

import datetime
import json
import os
import shutil
import subprocess
import sys

import pytest

from pyposh.runtime.eventlog import engine_log, system_log
from pyposh.runtime.host import CapturingHost
from pyposh.runtime.session import new_runspace

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SYSLOG = """\
2026-12-04T09:15:01.123456+00:00 web01 CRON[4242]: (root) CMD (run-parts /etc/cron.hourly)
2026-12-04T09:16:30.000000+00:00 web01 sshd[977]: Accepted publickey for deploy from 10.0.0.5 port 51234
not a syslog line at all
Dec  4 09:17:02 web01 kernel: [ 1234.567890] eth0: link up
2026-12-04T09:18:45+01:00 web01 systemd[1]: Started Daily apt upgrade and clean activities.
"""


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    directory = tmp_path / "eventlog"
    monkeypatch.setenv(engine_log.DIRECTORY_VARIABLE, str(directory))
    return directory


@pytest.fixture
def rs(tmp_path, log_dir):
    runspace = new_runspace(CapturingHost(), location=str(tmp_path))
    yield runspace
    runspace.close()


@pytest.fixture
def syslog_only(tmp_path, monkeypatch):
    """A machine without a journal whose System log is a syslog file."""
    path = tmp_path / "syslog"
    path.write_text(SYSLOG)
    monkeypatch.setattr(system_log, "JOURNALCTL", "no-such-journalctl")
    monkeypatch.setattr(system_log, "SYSLOG_FILES", (str(tmp_path / "missing"), str(path)))
    return path


def text_of(rs, script: str) -> list[str]:
    rs.host = host = CapturingHost()
    rs.run(script)
    return host.text().splitlines()


# ---- System: syslog files ---------------------------------------------------------------------------------

def test_syslog_entries_come_newest_first_with_their_fields(rs, syslog_only):
    out = rs.invoke("Get-EventLog System | ForEach-Object { '{0}|{1}|{2}|{3}|{4}' -f $_.Index, $_.Source, "
                    "$_.EntryType, $_.MachineName, $_.Message }")
    # five lines, one of them no syslog line: indexes are line numbers, newest (last line) first
    assert out == [
        "5|systemd|Information|web01|Started Daily apt upgrade and clean activities.",
        "4|kernel|Information|web01|[ 1234.567890] eth0: link up",
        "2|sshd|Information|web01|Accepted publickey for deploy from 10.0.0.5 port 51234",
        "1|CRON|Information|web01|(root) CMD (run-parts /etc/cron.hourly)",
    ]


def test_syslog_times_are_local_times(rs, syslog_only):
    out = rs.invoke("(Get-EventLog System -Index 2).TimeGenerated")
    expected = datetime.datetime(2026, 12, 4, 9, 16, 30, tzinfo=datetime.timezone.utc).astimezone()
    assert out[0].replace(tzinfo=None) == expected.replace(tzinfo=None)
    out = rs.invoke("(Get-EventLog System -Index 4).TimeGenerated")       # BSD: no year, no zone
    assert (out[0].month, out[0].day, out[0].hour, out[0].minute, out[0].second) == (12, 4, 9, 17, 2)


def test_newest_stops_reading(rs, syslog_only):
    assert rs.invoke("Get-EventLog System -Newest 2 | ForEach-Object Index") == [5, 4]
    assert rs.invoke("Get-EventLog System -Newest 0 | Measure-Object | ForEach-Object Count") == [0]


def test_filters(rs, syslog_only):
    assert rs.invoke("Get-EventLog System -Source s* | ForEach-Object Source") == ["systemd", "sshd"]
    assert rs.invoke("Get-EventLog System -Message '*publickey*' | ForEach-Object Index") == [2]
    assert rs.invoke("Get-EventLog System -Index 1, 4 | ForEach-Object Index") == [4, 1]
    assert rs.invoke("Get-EventLog System -EntryType Error | Measure-Object | ForEach-Object Count") == [0]
    assert rs.invoke("Get-EventLog System -EntryType Information, Warning -Newest 1 | ForEach-Object Index") == [5]
    after = datetime.datetime(2026, 12, 4, 9, 16, 0, tzinfo=datetime.timezone.utc).astimezone().replace(tzinfo=None)
    before = after + datetime.timedelta(minutes=1)
    rs.set_variable("after", after)
    rs.set_variable("before", before)
    assert rs.invoke("Get-EventLog System -After $after -Before $before | ForEach-Object Index") == [2]


def test_entry_type_is_validated(rs, syslog_only):
    rs.invoke("try { Get-EventLog System -EntryType Bogus } catch { $global:e = $_ }")
    assert "ParameterArgumentValidationError" in rs.invoke("$e.FullyQualifiedErrorId")[0]


def test_default_table(rs, syslog_only):
    lines = text_of(rs, "Get-EventLog System -Newest 2")
    assert lines[1] == "   Index Time          EntryType   Source                 InstanceID Message"
    assert lines[2] == "   ----- ----          ---------   ------                 ---------- -------"
    when = rs.invoke("(Get-EventLog System -Index 5).TimeGenerated")[0]
    time_text = when.strftime("%b %d %H:%M")
    assert lines[3] == "       5 %s  Information systemd                         0 Started Daily apt upgrade " \
                       "and clean activities." % time_text
    assert lines[4].startswith("       4 ") and lines[4].endswith(" kernel                          0 "
                                                                 "[ 1234.567890] eth0: link up")


def test_entry_properties(rs, syslog_only):
    out = rs.invoke("$e = Get-EventLog System -Newest 1; $e.GetType().FullName; $e.EventID; $e.InstanceId; "
                    "$e.Category; $e.CategoryNumber; $e.TimeWritten -eq $e.TimeGenerated; $e.ReplacementStrings[0]; "
                    "$e.EntryType.GetType().FullName; [int]$e.EntryType; $e -is [System.Diagnostics.EventLogEntry]")
    assert out == ["System.Diagnostics.EventLogEntry", 0, 0, "(0)", 0, True,
                   "Started Daily apt upgrade and clean activities.", "System.Diagnostics.EventLogEntryType", 4,
                   True]


# ---- System: the journal and the kernel log -----------------------------------------------------------------

def test_journal_fields_map_to_an_entry():
    record = {"__CURSOR": "s=0b1c;i=1f4;b=9e2;m=5c;t=5f1;x=77", "__REALTIME_TIMESTAMP": "1764840000000000",
              "PRIORITY": "3", "SYSLOG_IDENTIFIER": "sshd", "_SYSTEMD_UNIT": "ssh.service", "_UID": "0",
              "MESSAGE": "error: kex_exchange_identification: Connection closed by remote host"}
    entry = system_log._journal_entry(record)
    assert (entry.index, entry.entry_type, entry.source, entry.message) == (
        0x1f4, "Error", "sshd", "error: kex_exchange_identification: Connection closed by remote host")
    assert entry.time_generated == datetime.datetime.fromtimestamp(1764840000)
    del record["SYSLOG_IDENTIFIER"]
    record.update(PRIORITY="4", MESSAGE=[104, 105, 255])           # a message that is not UTF-8: its bytes
    entry = system_log._journal_entry(record)
    assert (entry.entry_type, entry.source, entry.message) == ("Warning", "ssh.service", "hi\ufffd")


@pytest.mark.parametrize("priority, entry_type", [(0, "Error"), (3, "Error"), (4, "Warning"), (5, "Information"),
                                                  (7, "Information"), (30, "Information"), (11, "Error")])
def test_priorities(priority, entry_type):
    # syslog priorities 0-3 (emerg..err) are errors, 4 warnings, 5-7 information; the facility bits are ignored
    assert system_log.entry_type(priority) == entry_type


def test_kernel_log_where_there_is_neither_journal_nor_syslog(rs, tmp_path, monkeypatch):
    monkeypatch.setattr(system_log, "JOURNALCTL", "no-such-journalctl")
    monkeypatch.setattr(system_log, "SYSLOG_FILES", (str(tmp_path / "missing"),))
    kernel = None
    if os.access(system_log.KMSG, os.R_OK) or shutil.which("dmesg"):
        done = subprocess.run(["dmesg", "--raw"], capture_output=True, text=True) if shutil.which("dmesg") else None
        kernel = done.stdout if done is not None and done.returncode == 0 else None
    out = rs.invoke("Get-EventLog System -Newest 3 | ForEach-Object { $_.Source + '|' + $_.Message }")
    if not kernel:
        pytest.skip("this machine lets no one read the kernel log")
    assert len(out) == 3
    for line in out:
        source, message = line.split("|", 1)
        assert source == "kernel"
        assert message in kernel


def test_the_journal_when_it_has_entries(rs):
    if shutil.which("journalctl") is None:
        pytest.skip("no journalctl on this machine")
    done = subprocess.run(["journalctl", "--system", "-o", "json", "-r", "--no-pager", "-q", "-n", "1"],
                          capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        pytest.skip("the system journal has no entries here (the syslog and kernel fallbacks are tested above)")
    out = rs.invoke("Get-EventLog System -Newest 1 | ForEach-Object Message")
    done = subprocess.run(["journalctl", "--system", "-o", "json", "-r", "--no-pager", "-q", "-n", "50"],
                          capture_output=True, text=True)
    newest = [system_log._text(json.loads(line).get("MESSAGE")) for line in done.stdout.splitlines()]
    assert len(out) == 1 and out[0] in newest          # the journal may have grown in between


# ---- Windows PowerShell: pyposh's own log ---------------------------------------------------------------------

def run_pyposh(script: str, log_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=REPO, **{engine_log.DIRECTORY_VARIABLE: str(log_dir)})
    return subprocess.run([sys.executable, "-m", "pyposh", "-NoProfile", "-Command", script], env=env,
                          capture_output=True, text=True, timeout=60)


def test_engine_log_records_each_engine_start_and_stop(log_dir):
    run_pyposh("'first'", log_dir)
    done = run_pyposh("Get-EventLog 'Windows PowerShell' | ForEach-Object { '{0}|{1}|{2}|{3}|{4}|{5}' -f "
                      "$_.Index, $_.InstanceId, $_.EntryType, $_.Source, $_.Category, "
                      "($_.Message -split \"`n\")[0] }", log_dir)
    assert done.returncode == 0, done.stderr
    # the reading engine's own start (newest first), then the first engine's stop and start
    assert done.stdout.splitlines() == [
        "13|600|Information|PowerShell|Provider Lifecycle|Provider Variable changed state to Started.",
        "12|600|Information|PowerShell|Provider Lifecycle|Provider Function changed state to Started.",
        "11|600|Information|PowerShell|Provider Lifecycle|Provider FileSystem changed state to Started.",
        "10|600|Information|PowerShell|Provider Lifecycle|Provider Environment changed state to Started.",
        "9|600|Information|PowerShell|Provider Lifecycle|Provider Alias changed state to Started.",
        "8|400|Information|PowerShell|Engine Lifecycle|Engine state changed from None to Available.",
        "7|403|Information|PowerShell|Engine Lifecycle|Engine state changed from Available to Stopped.",
        "6|600|Information|PowerShell|Provider Lifecycle|Provider Variable changed state to Started.",
        "5|600|Information|PowerShell|Provider Lifecycle|Provider Function changed state to Started.",
        "4|600|Information|PowerShell|Provider Lifecycle|Provider FileSystem changed state to Started.",
        "3|600|Information|PowerShell|Provider Lifecycle|Provider Environment changed state to Started.",
        "2|600|Information|PowerShell|Provider Lifecycle|Provider Alias changed state to Started.",
        "1|400|Information|PowerShell|Engine Lifecycle|Engine state changed from None to Available.",
    ]


def test_engine_event_details(rs):
    out = rs.invoke("(Get-EventLog PowerShell -InstanceId 400 -Newest 1).Message")
    lines = out[0].split("\n")
    assert lines[:5] == ["Engine state changed from None to Available.", "", "Details:",
                         "\tNewEngineState=Available", "\tPreviousEngineState=None"]
    assert "\tHostName=ConsoleHost" in lines
    assert rs.invoke("(Get-EventLog PowerShell -Newest 1).UserName")[0] == engine_log._user()


def test_command_failures_are_logged_when_log_command_health_event_is_true(log_dir):
    run_pyposh("Get-Item /no/such -ErrorAction Stop", log_dir)          # off by default, as in pwsh
    run_pyposh("$LogCommandHealthEvent = $true; Get-Item /no/such -ErrorAction Stop", log_dir)
    done = run_pyposh("Get-EventLog PowerShell -EntryType Error | ForEach-Object { $_.InstanceId; $_.Category; "
                      "$_.Message }", log_dir)
    lines = done.stdout.splitlines()
    assert lines[:4] == ["200", "Command Health",
                         "Error Message = Cannot find path '/no/such' because it does not exist.", ""]
    assert "\tErrorId=PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand" in lines
    assert "\tCommandName=Get-Item" in lines
    assert lines.count("200") == 1


def test_engine_lifecycle_can_be_turned_off(log_dir):
    run_pyposh("$LogEngineLifecycleEvent = $false", log_dir)
    done = run_pyposh("Get-EventLog PowerShell -InstanceId 403 | Measure-Object | ForEach-Object Count", log_dir)
    assert done.stdout.split() == ["0"]


def test_a_full_log_moves_aside_and_indexes_go_on(rs, log_dir, monkeypatch):
    monkeypatch.setattr(engine_log, "MAX_BYTES", 2000)
    for _ in range(30):
        new_runspace(CapturingHost()).close()
        engine_log.flush()                      # each batch is one write; the size is checked before each
    assert (log_dir / (engine_log.FILE_NAME + ".1")).exists()
    indexes = rs.invoke("Get-EventLog PowerShell | ForEach-Object Index")
    assert indexes == sorted(indexes, reverse=True)
    assert len(set(indexes)) == len(indexes)
    assert indexes[0] == 6 + 30 * 7            # rs (the reader) started, then 30 engines started and stopped
    assert min(indexes) > 1                   # the oldest lines were let go with the older file


def test_a_torn_line_is_skipped(rs, log_dir):
    engine_log.flush()
    with open(engine_log.log_path(), "a") as f:
        f.write('{"event": "started", "runsp\n')          # a crash mid-write
    assert rs.invoke("Get-EventLog PowerShell -Newest 1 | ForEach-Object Index") == [6]


def test_an_unwritable_log_does_not_stop_a_script(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv(engine_log.DIRECTORY_VARIABLE, str(blocked / "eventlog"))      # under a file
    runspace = new_runspace(CapturingHost())
    try:
        assert runspace.invoke("'still runs'; Get-EventLog PowerShell | Measure-Object | % Count") == ["still runs", 0]
    finally:
        runspace.close()


# ---- the logs themselves ----------------------------------------------------------------------------------

def test_missing_log(rs):
    out = rs.invoke("Get-EventLog Nope -ErrorAction SilentlyContinue; $Error[0].Exception.Message; "
                    "$Error[0].CategoryInfo.Category; 'next'")
    assert out == ["The event log 'Nope' on computer '.' does not exist.", "NotSpecified", "next"]


def test_list_and_as_string(rs, syslog_only):
    assert rs.invoke("Get-EventLog -AsString") == ["System", "Windows PowerShell"]
    assert rs.invoke("Get-EventLog -List | ForEach-Object { $_.Log + ':' + $_.Entries.Count }")[0] == "System:4"
    lines = text_of(rs, "Get-EventLog -List")
    assert lines[1] == "  Max(K) Retain OverflowAction        Entries Log"
    assert lines[2] == "  ------ ------ --------------        ------- ---"
    assert lines[3] == "       0      0 OverwriteAsNeeded           4 System"
    assert lines[4].startswith("   1,024      0 OverwriteAsNeeded ") and lines[4].endswith(" Windows PowerShell")


def test_log_name_is_positional_and_case_insensitive(rs, syslog_only):
    assert rs.invoke("Get-EventLog system -Newest 1 | ForEach-Object Index") == [5]
    assert rs.invoke("Get-EventLog -LogName SYSTEM -Newest 1 | ForEach-Object Index") == [5]


def test_another_computer_is_refused_with_a_way_forward(rs):
    rs.invoke("try { Get-EventLog System -ComputerName Server01 } catch { $global:e = $_ }")
    assert "Invoke-Command -ComputerName Server01" in rs.invoke("$e.Exception.Message")[0]
    assert rs.invoke("Get-EventLog PowerShell -ComputerName localhost -Newest 1 | % Source") == ["PowerShell"]
