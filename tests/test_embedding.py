"""The embedding API: Runspace.invoke, variables, stream records, and Python functions as cmdlets."""
from __future__ import annotations

import pytest

import pyposh
from pyposh.errors import PyposhError


def test_invoke_returns_python_values():
    with pyposh.Runspace() as rs:
        assert rs.invoke("1 + 2; 'a' * 2") == [3, "aa"]
        assert rs.invoke("$x = @{ a = 1 }; $x.a") == [1]


def test_variables_in_and_out():
    with pyposh.Runspace() as rs:
        rs.set_variable("name", "World")
        assert rs.invoke('"Hello, $name!"') == ["Hello, World!"]
        rs.invoke("$result = 6 * 7")
        assert rs.get_variable("result") == 42
        assert rs.invoke("$n + 1", variables={"n": 41}) == [42]


def test_records_of_other_streams():
    with pyposh.Runspace() as rs:
        out = rs.invoke("Write-Warning 'careful'; Write-Error 'bad'; 'done'")
        assert out == ["done"]
        assert [w.message for w in rs.warnings] == ["careful"]
        assert [str(e) for e in rs.errors] == ["bad"]


def test_terminating_error_raises():
    with pyposh.Runspace() as rs:
        with pytest.raises(PyposhError) as info:
            rs.invoke("throw 'boom'")
        assert str(info.value) == "boom"


def test_python_function_as_cmdlet():
    @pyposh.cmdlet("Get-DoubleForTest", pipeline="value")
    def get_double(value: int) -> int:
        return value * 2

    with pyposh.Runspace() as rs:
        assert rs.invoke("1..3 | Get-DoubleForTest") == [2, 4, 6]
        assert rs.invoke("Get-DoubleForTest -Value 5") == [10]
        assert rs.invoke("Get-DoubleForTest 7") == [14]


def test_no_python_internals_reachable():
    with pyposh.Runspace() as rs:
        assert rs.invoke("'x'.__class__") == [None]
        assert rs.invoke("'x'.__len__(); 'next'") == ["next"]     # statement-terminating, as in pwsh
        assert [e.fully_qualified_error_id for e in rs.errors] == ["MethodNotFound"]


def test_cmdlet_registered_with_one_runspace_is_not_seen_by_another():
    # README, "Embedding": `rs.cmdlet` registers with that runspace only; `pyposh.cmdlet` with every runspace.
    with pyposh.Runspace() as mine, pyposh.Runspace() as other:
        @mine.cmdlet("Get-MineForTest", aliases=("gmft",))
        def get_mine() -> str:
            return "mine"

        assert mine.invoke("Get-MineForTest; gmft") == ["mine", "mine"]
        assert other.invoke("Get-MineForTest; 'after'") == ["after"]
        assert [e.fully_qualified_error_id for e in other.errors] == ["CommandNotFoundException"]
        with pyposh.Runspace() as third:
            assert third.invoke("@(Get-Command Get-MineForTest -ErrorAction Ignore).Count") == [0]


def test_cmdlet_registered_globally_is_seen_by_every_runspace():
    @pyposh.cmdlet("Get-EverywhereForTest")
    def get_everywhere() -> str:
        return "everywhere"

    with pyposh.Runspace() as one, pyposh.Runspace() as two:
        assert one.invoke("Get-EverywhereForTest") == two.invoke("Get-EverywhereForTest") == ["everywhere"]


def test_console_output_goes_to_the_runspace_host():
    # [Console]::WriteLine writes the line and a newline; Write writes the text (System.Console docs); an
    # embedder finds both in its runspace's host, not on the process's stdout.
    with pyposh.Runspace() as rs:
        assert rs.invoke("[Console]::WriteLine('one'); [Console]::Write('{0}-{1}', 'a', 'b'); 'out'") == ["out"]
        assert "".join(rs.host.console) == "one\na-b"


def test_closing_stops_the_runspaces_jobs():
    # about_Jobs: a session's jobs end with the session.
    rs = pyposh.Runspace()
    job = rs.invoke("Start-Job { while ($true) { Start-Sleep -Milliseconds 10 } }")[0]
    rs.close()
    assert job.finished.wait(5)
    assert job.state == "Stopped"
