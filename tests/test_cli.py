"""The `pyposh` command: flags, -Command -, script arguments, the REPL without a terminal, no tracebacks."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pyposh.cli import parse_args, run_captured


def run(args, stdin="", cwd=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "pyposh", *args], input=stdin, capture_output=True, text=True,
                          cwd=cwd, env=full_env, timeout=60)


@pytest.mark.parametrize("argv,expected", [
    (["-NoProfile", "-Command", "1", "+", "1"], {"command": "1 + 1"}),
    (["-noprofile", "-c", "Get-Date"], {"command": "Get-Date"}),
    (["-NoLogo", "-NonInteractive", "-File", "x.ps1", "a", "-b"], {"file": "x.ps1", "args": ["a", "-b"],
                                                                  "interactive": False}),
    (["x.ps1", "1"], {"file": "x.ps1", "args": ["1"]}),
    (["-Version"], {"version": True}),
    (["-nop", "-noni", "-comm", "$x"], {"command": "$x", "interactive": False}),   # unique prefixes, as pwsh
])
def test_flags(argv, expected):
    opts = parse_args(argv)
    for key, value in expected.items():
        assert opts[key] == value


def test_command_from_stdin():
    out, err, code = run_captured(["-Command", "-"], stdin_text="$a = 20\n$a + 22\n")
    assert (out, err, code) == ("42\n", "", 0)


def test_script_arguments_and_exit_code(tmp_path):
    script = tmp_path / "s.ps1"
    script.write_text("param($Name, [int]$Code)\n\"hello $Name\"\nexit $Code\n")
    result = run(["-NoProfile", "-File", str(script), "world", "3"])
    assert (result.stdout, result.returncode) == ("hello world\n", 3)


def test_uncaught_throw_exits_1_with_concise_view(tmp_path):
    script = tmp_path / "t.ps1"
    script.write_text("'before'\nthrow 'boom'\n'after'\n")
    result = run(["-File", str(script)])
    assert result.stdout == "before\n"
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["Exception: %s:2" % script, "Line |", "   2 |  throw 'boom'",
                                          "     |  ~~~~~~~~~~~~", "     | boom"]


def test_repl_reads_statements_from_a_pipe_with_continuation_lines():
    # Without a terminal pyposh reads lines like pwsh does, joining lines while a block is open.
    result = run([], stdin="$x = 2\nif ($x) {\n  'inside'\n}\nfunction prompt { 'custom> ' }\n$x * 21\nexit 5\n'never'\n")
    assert result.stdout == "inside\n42\n"
    assert result.returncode == 5
    assert result.stderr == ""


def test_no_python_traceback_reaches_the_user():
    result = run(["-c", "[System.Text.Encoding]::UTF8.GetString($null)"])
    assert "Traceback" not in result.stderr
    result = run(["-NoSuchFlag"])
    assert result.returncode == 64 and "Traceback" not in result.stderr


def test_version_and_missing_file():
    assert run(["-Version"]).stdout.startswith("PowerShell 7.4")
    result = run(["-File", "/no/such/script.ps1"])
    assert result.returncode == 64
    assert "is not recognized as the name of a script file" in result.stderr


def test_console_writes_reach_the_command_lines_stdout_in_order():
    # [Console]::WriteLine / Write (System.Console) write to the process's standard output at once, between
    # the lines Out-Default writes.
    out, err, code = run_captured(["-c", "[Console]::WriteLine('x'); 'y'; [Console]::Write('z')"])
    assert (out, err, code) == ("x\ny\nz", "", 0)
