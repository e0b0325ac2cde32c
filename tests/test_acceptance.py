"""The shared acceptance cases: every NAME.ps1 in ../shared/acceptance/{core,format,docs,jobs}/.

Each case runs as `pyposh -NoProfile -File NAME.ps1` (the case's own path) with a fresh empty temp
folder as the current folder, TERM=dumb and a 20 s limit. Its stdout must equal NAME.out after both
are normalized as shared/acceptance/README.md says (trailing white space off every line, blank
lines off the start and end); a mismatch shows a unified diff, stderr and the exit code.

Speed: cases run in-process through `pyposh.cli.run_captured(argv, cwd)` when it exists (one
interpreter start for the whole suite), otherwise each in a `python -m pyposh` subprocess (see
tests/script_runner.py). Cases that use jobs always run in a subprocess: the job table is process-wide.
PYPOSH_TEST_SUBPROCESS=1 runs every case in a subprocess.

Expected failures live in tests/acceptance_xfail.py (strict: a listed case that passes fails).
`python tests/test_acceptance.py` prints an entry for every case failing now, to start that list.
When ../shared/acceptance is absent (a clone without shared/), the cases skip with a message.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from acceptance_xfail import DOC_ERRORS, XFAIL
from script_runner import SHARED_ACCEPTANCE, failure_report, normalize, run_script, unified_diff

FOLDERS = ("core", "format", "docs", "jobs")

# Scripts that touch the process-wide job table run in their own process.
USES_JOBS = re.compile(r"(?im)\b(?:start|get|receive|wait|stop|remove|suspend|resume|debug)-job\b"
                       r"|threadjob|-asjob\b|&\s*$")


def _cases():
    if not SHARED_ACCEPTANCE.is_dir():
        yield pytest.param(None, id="shared-acceptance-absent")
        return
    for folder in FOLDERS:
        for script in sorted((SHARED_ACCEPTANCE / folder).glob("*.ps1")):
            name = f"{folder}/{script.stem}"
            marks = []
            reason = XFAIL.get(name)
            if folder == "docs" and script.stem in DOC_ERRORS:
                reason = f"documentation error: {DOC_ERRORS[script.stem]}"
            if reason:
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            yield pytest.param(script, id=name, marks=marks)


def _run_case(script: Path, cwd: Path):
    """(passed, result, expected, actual) for one case."""
    expected_file = script.with_suffix(".out")
    assert expected_file.exists(), f"{script.name} has no {expected_file.name}"
    expected = normalize(expected_file.read_text(encoding="utf-8-sig"))
    isolate = script.parent.name == "jobs" or bool(USES_JOBS.search(script.read_text(encoding="utf-8-sig")))
    result = run_script(script, cwd, isolate=isolate)
    actual = normalize(result.stdout)
    return not result.timed_out and actual == expected, result, expected, actual


@pytest.mark.parametrize("script", _cases())
def test_acceptance(script: Path | None, tmp_path):
    if script is None:
        pytest.skip(f"{SHARED_ACCEPTANCE} is absent: the shared acceptance cases can't run here")
    passed, result, expected, actual = _run_case(script, tmp_path)
    if not passed:
        name = f"{script.parent.name}/{script.stem}"
        diff = unified_diff(expected, actual, f"expected {name}.out", "pyposh stdout")
        pytest.fail(failure_report(f"{name}: output differs", [diff], result), pytrace=False)


def test_xfail_entries_name_real_cases():
    """Every expected-failure entry names a case that exists (no stale lines)."""
    if not SHARED_ACCEPTANCE.is_dir():
        pytest.skip(f"{SHARED_ACCEPTANCE} is absent")
    stale = [name for name in XFAIL if not (SHARED_ACCEPTANCE / f"{name}.ps1").exists()]
    stale += [f"docs/{name}" for name in DOC_ERRORS if not (SHARED_ACCEPTANCE / "docs" / f"{name}.ps1").exists()]
    assert not stale, f"tests/acceptance_xfail.py lists cases that do not exist: {stale}"


def _print_failing() -> None:
    """Print an XFAIL line for every case that fails now: a starting point for acceptance_xfail.py."""
    import tempfile

    for param in _cases():
        script = param.values[0]
        if script is None:
            raise SystemExit(f"{SHARED_ACCEPTANCE} is absent")
        with tempfile.TemporaryDirectory() as tmp:
            passed = _run_case(script, Path(tmp))[0]
        if not passed:
            print(f'    "{script.parent.name}/{script.stem}": "<why the documented output is wrong>",', flush=True)


if __name__ == "__main__":
    # python tests/test_acceptance.py  ->  XFAIL entries for the cases failing now
    _print_failing()
