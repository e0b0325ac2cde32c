"""Golden script tests: tests/cases/**/NAME.ps1 beside NAME.out, and chunked files NAME.chunks.ps1.

Plain cases (tests/cases/<area>/NAME.ps1):
  NAME.out       expected stdout (required)
  NAME.err       expected stderr (optional; compared only when the file exists)
  NAME.exitcode  expected exit code, one integer (optional)
Each runs as `pyposh -NoProfile -File <its own path>` with a fresh empty temp folder as the current
folder (tests/script_runner.py: in-process when possible, 20 s limit). Output is compared as the shared
acceptance cases are (trailing white space off every line, blank lines off both ends), after two
substitutions that keep goldens machine-independent: the script's folder becomes `<casedir>` and
the current folder becomes `<cwd>`.

Chunked files (tests/cases/<area>/NAME.chunks.ps1), for many small cases in one file:
  * chunks are separated by a line that is exactly `---`;
  * in a chunk, the lines before the first marker line are the script;
  * a line `#=>` starts the expected stdout, a line `#!>` the expected stderr; below a marker each
    expected line is written as a comment: `# text`, or `#` alone for an empty line (blank lines
    there are ignored);
  * a chunk with no `#=>` must print nothing; a chunk with no `#!>` must write nothing to stderr.
Each chunk runs on its own, as a file of the same name whose script lines sit at their line numbers
in the chunked file, so an error's `line:N` points into the chunked file. Exit codes are not checked.

  1 + 2 * 3
  #=>
  # 7
  ---
  1 / 0
  #!>
  # RuntimeException: Attempted to divide by zero.

Every script's first line is a comment saying where its expectation comes from (STYLE.md rule 17).

Regenerating goldens is deliberate: `PYPOSH_REGEN=1 python -m pytest tests/test_cases.py` rewrites
NAME.out (and NAME.err / NAME.exitcode when they exist, NAME.exitcode also when the exit code is not
0) and the expected blocks of chunked files from what pyposh prints now. Review the diff.

Also here: the scripts in samples/ must run with exit code 0, some stdout and an empty stderr.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from script_runner import REPO, RunResult, failure_report, normalize, run_script, unified_diff

CASES = REPO / "tests" / "cases"
SAMPLES = REPO / "samples"
REGEN = os.environ.get("PYPOSH_REGEN") == "1"

SEPARATOR = "---"
STDOUT_MARK = "#=>"
STDERR_MARK = "#!>"


# ---------------------------------------------------------------------------------------------
# Shared comparison
# ---------------------------------------------------------------------------------------------

def localize(text: str, casedir: Path, cwd: Path) -> str:
    """Output with machine-specific folders replaced, then normalized."""
    for path, token in sorted(((str(casedir), "<casedir>"), (str(cwd), "<cwd>")), key=lambda p: -len(p[0])):
        text = text.replace(path, token)
    return normalize(text)


@pytest.fixture
def short_dir():
    """A fresh folder with a short path of fixed length (/tmp/ppXXXXXXXX), removed afterwards.

    Error messages wrap at 120 columns as pwsh's do, so paths in them must not change length from
    machine to machine (pytest's tmp_path does)."""
    path = Path(tempfile.mkdtemp(prefix="pp", dir="/tmp")).resolve()
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _fresh_dirs(base: Path, label: str) -> tuple[Path, Path]:
    src, cwd = base / label / "s", base / label / "c"
    src.mkdir(parents=True)
    cwd.mkdir(parents=True)
    return src.resolve(), cwd.resolve()


# ---------------------------------------------------------------------------------------------
# Plain cases
# ---------------------------------------------------------------------------------------------

def _plain_cases():
    scripts = sorted(p for p in CASES.rglob("*.ps1") if not p.name.endswith(".chunks.ps1"))
    return [pytest.param(p, id=str(p.relative_to(CASES))) for p in scripts]


def _write(path: Path, text: str) -> None:
    path.write_text(text + "\n" if text else "", encoding="utf-8")


@pytest.mark.parametrize("script", _plain_cases())
def test_case(script: Path, short_dir):
    cwd = short_dir
    casedir = script.parent.resolve()
    result = run_script(script, cwd)
    stdout = localize(result.stdout, casedir, cwd)
    stderr = localize(result.stderr, casedir, cwd)
    out_file, err_file, code_file = (script.with_suffix(s) for s in (".out", ".err", ".exitcode"))

    if REGEN and not result.timed_out:
        _write(out_file, stdout)
        if err_file.exists():
            _write(err_file, stderr)
        if code_file.exists() or result.exit_code != 0:
            _write(code_file, str(result.exit_code))
        return

    assert out_file.exists(), f"{script.name} has no {out_file.name} (PYPOSH_REGEN=1 writes it from pyposh's output)"
    diffs = []
    expected = normalize(out_file.read_text(encoding="utf-8"))
    if stdout != expected:
        diffs.append(unified_diff(expected, stdout, f"expected {out_file.name}", "pyposh stdout"))
    if err_file.exists():
        expected_err = normalize(err_file.read_text(encoding="utf-8"))
        if stderr != expected_err:
            diffs.append(unified_diff(expected_err, stderr, f"expected {err_file.name}", "pyposh stderr"))
    if code_file.exists():
        expected_code = int(code_file.read_text().strip())
        if result.exit_code != expected_code:
            diffs.append(f"exit code {result.exit_code}, expected {expected_code}")
    if diffs or result.timed_out:
        pytest.fail(failure_report(f"{script.relative_to(CASES)}: differs", diffs, result), pytrace=False)


# ---------------------------------------------------------------------------------------------
# Chunked files
# ---------------------------------------------------------------------------------------------

class ChunkFormatError(ValueError):
    pass


@dataclass
class Chunk:
    line: int  # 1-based line of the chunk's first line in the file
    code: list[str]
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)
    has_stdout_mark: bool = False
    has_stderr_mark: bool = False

    def script(self) -> str:
        """The chunk's script, padded so each line keeps its line number in the chunked file."""
        return "\n" * (self.line - 1) + "\n".join(self.code) + "\n"


def _uncomment(line: str, lineno: int) -> str:
    if line == "#":
        return ""
    if line.startswith("# "):
        return line[2:]
    raise ChunkFormatError(f"line {lineno}: an expected line must be '# text' or '#', not {line!r}")


def parse_chunks(text: str) -> list[Chunk]:
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the file's final newline
    chunks = [Chunk(line=1, code=[])]
    target: list[str] | None = None  # where expected lines go; None while reading the script
    for lineno, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        current = chunks[-1]
        if line == SEPARATOR:
            chunks.append(Chunk(line=lineno + 1, code=[]))
            target = None
        elif line == STDOUT_MARK and target is None:
            current.has_stdout_mark, target = True, current.stdout
        elif line == STDERR_MARK and not current.has_stderr_mark:
            current.has_stderr_mark, target = True, current.stderr
        elif target is None:
            current.code.append(raw.rstrip("\r"))
        elif line:
            target.append(_uncomment(line, lineno))
    return [c for c in chunks if any(s.strip() for s in c.code) or c.has_stdout_mark or c.has_stderr_mark]


def _comment(lines: list[str]) -> list[str]:
    return ["#" if not line else "# " + line for line in lines]


def render_chunks(chunks: list[Chunk]) -> str:
    """A chunked file from chunks; expected blocks in the canonical form (what PYPOSH_REGEN writes)."""
    parts = []
    for chunk in chunks:
        code = list(chunk.code)
        while code and not code[-1].strip():
            code.pop()
        lines = code + [STDOUT_MARK] + _comment(chunk.stdout)
        if chunk.stderr:
            lines += [STDERR_MARK] + _comment(chunk.stderr)
        parts.append("\n".join(lines))
    return ("\n" + SEPARATOR + "\n").join(parts) + "\n"


def _run_chunk(chunk: Chunk, name: str, tmp_path: Path, index: int) -> tuple[RunResult, list[str], list[str]]:
    src, cwd = _fresh_dirs(tmp_path, f"chunk{index}")
    script = src / name
    script.write_text(chunk.script(), encoding="utf-8")
    result = run_script(script, cwd)
    stdout = localize(result.stdout, src, cwd)
    stderr = localize(result.stderr, src, cwd)
    return result, stdout.split("\n") if stdout else [], stderr.split("\n") if stderr else []


def _chunk_files():
    return [pytest.param(p, id=str(p.relative_to(CASES))) for p in sorted(CASES.rglob("*.chunks.ps1"))]


@pytest.mark.parametrize("path", _chunk_files())
def test_chunked_case(path: Path, short_dir):
    text = path.read_text(encoding="utf-8")
    if REGEN:
        # Two passes at most: the first settles the size of every expected block, the second the
        # line numbers that error messages quote.
        for attempt in range(3):
            chunks = parse_chunks(text)
            for i, chunk in enumerate(chunks):
                _, chunk.stdout, chunk.stderr = _run_chunk(chunk, path.name, short_dir / f"p{attempt}", i)
            new_text = render_chunks(chunks)
            if new_text == text:
                break
            text = new_text
            path.write_text(text, encoding="utf-8")
        return

    failures = []
    for i, chunk in enumerate(parse_chunks(text)):
        result, stdout, stderr = _run_chunk(chunk, path.name, short_dir, i)
        diffs = []
        if stdout != chunk.stdout:
            diffs.append(unified_diff("\n".join(chunk.stdout), "\n".join(stdout), "expected stdout", "pyposh stdout"))
        if stderr != chunk.stderr:
            diffs.append(unified_diff("\n".join(chunk.stderr), "\n".join(stderr), "expected stderr", "pyposh stderr"))
        if diffs or result.timed_out:
            failures.append(failure_report(f"--- chunk at {path.name}:{chunk.line} ---", diffs, result))
    if failures:
        pytest.fail(f"{len(failures)} chunk(s) of {path.relative_to(CASES)} differ\n" + "\n\n".join(failures),
                    pytrace=False)


# ---------------------------------------------------------------------------------------------
# Format checks that need no interpreter
# ---------------------------------------------------------------------------------------------

def test_every_case_names_its_source():
    """STYLE.md rule 17: a case's first line says where its expectation comes from."""
    bad = [str(p.relative_to(CASES)) for p in sorted(CASES.rglob("*.ps1"))
           if not p.read_text(encoding="utf-8").lstrip("\ufeff").startswith("#")]
    assert not bad, f"first line must be a comment naming the expectation's source: {bad}"


def test_every_plain_case_has_output():
    missing = [str(p.relative_to(CASES)) for p in sorted(CASES.rglob("*.ps1"))
               if not p.name.endswith(".chunks.ps1") and not p.with_suffix(".out").exists()]
    assert REGEN or not missing, f"cases without .out (PYPOSH_REGEN=1 writes them): {missing}"


@pytest.mark.parametrize("path", _chunk_files())
def test_chunked_file_is_well_formed(path: Path):
    chunks = parse_chunks(path.read_text(encoding="utf-8"))
    assert chunks, f"{path.name} has no chunks"
    empty = [c.line for c in chunks if not any(line.strip() and not line.lstrip().startswith("#") for line in c.code)]
    assert not empty, f"{path.name}: chunks with no script at lines {empty}"


CHUNK_SAMPLE = """\
# Source: hand-written
1 + 2
#=>
# 3
---
'a'
''

#=>
# a
#
---
Write-Error 'boom'
#!>
# boom
---
$x = 1
"""


def test_parse_chunks():
    chunks = parse_chunks(CHUNK_SAMPLE)
    assert [c.line for c in chunks] == [1, 6, 13, 17]
    assert chunks[0].code == ["# Source: hand-written", "1 + 2"] and chunks[0].stdout == ["3"]
    assert chunks[1].code == ["'a'", "''", ""] and chunks[1].stdout == ["a", ""]
    assert chunks[2].stdout == [] and chunks[2].stderr == ["boom"] and chunks[2].has_stderr_mark
    assert chunks[3].code == ["$x = 1"] and not chunks[3].has_stdout_mark
    assert chunks[1].script().split("\n")[5] == "'a'"  # line 6 of the padded script


def test_render_chunks_round_trip():
    chunks = parse_chunks(CHUNK_SAMPLE)
    text = render_chunks(chunks)
    again = parse_chunks(text)
    assert [(c.code, c.stdout, c.stderr) for c in again] == [
        (["# Source: hand-written", "1 + 2"], ["3"], []),
        (["'a'", "''"], ["a", ""], []),
        (["Write-Error 'boom'"], [], ["boom"]),
        (["$x = 1"], [], []),
    ]
    assert render_chunks(again) == text


def test_chunk_expected_lines_must_be_comments():
    with pytest.raises(ChunkFormatError):
        parse_chunks("1\n#=>\n1\n")


def test_localize():
    assert localize("/a/b/x.ps1:3 in /tmp/c  \n\n", Path("/a/b"), Path("/tmp/c")) == "<casedir>/x.ps1:3 in <cwd>"


# ---------------------------------------------------------------------------------------------
# samples/
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("script", [pytest.param(p, id=p.name) for p in sorted(SAMPLES.glob("*.ps1"))])
def test_sample_runs_cleanly(script: Path, tmp_path):
    result = run_script(script, tmp_path)
    problems = []
    if result.exit_code != 0:
        problems.append(f"exit code {result.exit_code}")
    if result.stderr.strip():
        problems.append("stderr is not empty")
    if not result.stdout.strip():
        problems.append("no output")
    if problems:
        pytest.fail(failure_report(f"samples/{script.name}: " + ", ".join(problems), [result.stdout], result),
                    pytrace=False)
