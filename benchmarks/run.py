"""Runs every pyposh benchmark and prints each figure beside a baseline measured in the same run.

    python benchmarks/run.py            # print the table
    python benchmarks/run.py --check    # also exit 1 when a figure misses its target

Figures (targets from the project plan):
  parse     pyposh.grammar.parse on a generated 5,000-line script     >= 5,000 lines/s
            baseline: CPython's ast.parse on the stdlib's argparse.py
  startup   `pyposh -c '$null'` minus `python -c pass`, median of 10    <= 0.15 s
  loop      `for ($i = 0; $i -lt 200000; $i++) { $s += $i }` through     <= 50x
            pyposh.Runspace().invoke, as a ratio to the same loop in plain Python
  pipeline  `1..100000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum` >= 50,000 objects/s
            baseline: a three-stage Python generator pipeline doing the same work
  format    10,000 four-property objects formatted as a table, once      >= 20,000 objects/s
            through `Out-String` and once to a file with `>` (objects formatted / total time);
            ratio: to the pipeline figure of the same run
  job       `Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob`, median of 1,000  <= 5 ms
            baseline: starting and joining a plain Python thread (median)
  jobs      1,000 small jobs started, then waited and received             <= 2 s
  stop      Stop-Job latency on a job in a tight loop (median of 20)       <= 100 ms
  session, roundtrip, stream, fanout: remoting over loopback against a real sshd (benchmarks/remoting.py);
            roundtrip (Invoke-Command -Session $s { 1 }, median of 200) <= 10 ms
A figure whose part of pyposh is missing prints as n/a with the reason; the others still run.
"""
from __future__ import annotations

import argparse
import ast
import inspect
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from generate_script import generate  # noqa: E402
from remoting import BENCHMARKS as REMOTING_BENCHMARKS  # noqa: E402

PARSE_LINES = 5000
LOOP_N = 200_000
PIPELINE_N = 100_000
LOOP_SCRIPT = "$s = 0; for ($i = 0; $i -lt 200000; $i++) { $s += $i }"
PIPELINE_SCRIPT = "1..100000 | ForEach-Object { $_ * 2 } | Measure-Object -Sum"
FORMAT_N = 10_000
FORMAT_SETUP = ("$objs = foreach ($i in 1..10000) { [pscustomobject]@{ Id = $i; Name = \"item$i\"; "
                "Size = $i * 1.5; Even = ($i % 2 -eq 0) } }")
FORMAT_STRING_SCRIPT = "$objs | Out-String"
FORMAT_FILE_SCRIPT = "$objs > $path"

_MEASURED: dict[str, float] = {}   # figures later benchmarks compare with (pipeline objects/s)


@dataclass
class Figure:
    name: str
    value: str = "n/a"
    baseline: str = ""
    ratio: str = ""
    target: str = ""
    ok: bool | None = None  # None: could not be measured
    note: str = ""


def _fmt_rate(x: float, unit: str) -> str:
    return f"{x:,.0f} {unit}"


def _best(fn, runs: int, slow: float = 5.0) -> float:
    """Fastest of `runs` timings of fn(); a single run when the first one is slower than `slow` s."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        if times[0] > slow:
            break
    return min(times)


def bench_parse() -> Figure:
    fig = Figure("parse", target=f">= {5000:,} lines/s")
    base_src = inspect.getsource(argparse)
    base_lines = base_src.count("\n")
    base_t = _best(lambda: ast.parse(base_src), 5)
    base_rate = base_lines / base_t
    fig.baseline = f"CPython ast.parse {_fmt_rate(base_rate, 'lines/s')}"
    try:
        from pyposh.grammar import parse
    except ImportError as e:
        fig.note = f"pyposh.grammar.parse unavailable: {e}"
        return fig
    parse("$null")  # builds the parser once, as the first parse in a process does
    text = generate(PARSE_LINES)
    runs = iter(range(100))
    # A fresh text each run, so a parse cache keyed by text can't answer.
    t = _best(lambda: parse(f"# run {next(runs)}\n" + text), 3)
    rate = (PARSE_LINES + 1) / t
    fig.value = _fmt_rate(rate, "lines/s")
    fig.ratio = f"{rate / base_rate:.3f}x baseline"
    fig.ok = rate >= 5000
    return fig


def _median_run(argv: list[str], n: int = 10) -> float:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])))
    # As installed: byte-code caches exist (pip writes them). Some shells set PYTHONDONTWRITEBYTECODE, which
    # would make every start compile pyposh's sources again; the warm-up run below writes the caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(argv, env=env, cwd=str(REPO), capture_output=True)  # warm the file and byte-code caches
    times = []
    for _ in range(n):
        start = time.perf_counter()
        proc = subprocess.run(argv, env=env, cwd=str(REPO), capture_output=True)
        times.append(time.perf_counter() - start)
        if proc.returncode != 0:
            shown = " ".join(["python", *argv[1:]])
            last = (proc.stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
            raise RuntimeError(f"`{shown}` exited {proc.returncode}: {last[:200]}")
    return statistics.median(times)


def bench_startup() -> Figure:
    fig = Figure("startup", target="<= 0.15 s overhead")
    base = _median_run([sys.executable, "-c", "pass"])
    fig.baseline = f"python -c pass {base:.3f} s"
    try:
        full = _median_run([sys.executable, "-m", "pyposh", "-c", "$null"])
    except RuntimeError as e:
        fig.note = str(e)
        return fig
    overhead = full - base
    fig.value = f"{overhead:.3f} s overhead"
    fig.ratio = f"pyposh -c '$null' {full:.3f} s"
    fig.ok = overhead <= 0.15
    return fig


def _python_loop() -> int:
    s = 0
    i = 0
    while i < LOOP_N:
        s += i
        i += 1
    return s


def _runspace():
    import pyposh
    return pyposh.Runspace()


def _as_int(result):
    value = result[-1] if isinstance(result, (list, tuple)) and result else result
    try:
        return int(getattr(value, "value", value))
    except (TypeError, ValueError):
        return None


def bench_loop() -> Figure:
    fig = Figure("loop", target="<= 50x plain Python")
    base_t = _best(_python_loop, 5)
    fig.baseline = f"plain Python {base_t * 1000:.1f} ms"
    try:
        rs = _runspace()
    except (ImportError, AttributeError) as e:
        fig.note = f"pyposh.Runspace unavailable: {e}"
        return fig
    results = []
    t = _best(lambda: results.append(rs.invoke(LOOP_SCRIPT + "; $s")), 3)
    fig.value = f"{t * 1000:,.0f} ms"
    ratio = t / base_t
    fig.ratio = f"{ratio:.1f}x"
    fig.ok = ratio <= 50
    if _as_int(results[0]) != sum(range(LOOP_N)):
        fig.note = f"wrong result: {results[0]!r:.80}"
        fig.ok = False
    return fig


def _python_pipeline() -> int:
    source = (x for x in range(1, PIPELINE_N + 1))
    doubled = (x * 2 for x in source)
    return sum(doubled)


def bench_pipeline() -> Figure:
    fig = Figure("pipeline", target=f">= {50000:,} objects/s")
    base_t = _best(_python_pipeline, 5)
    base_rate = PIPELINE_N / base_t
    fig.baseline = f"Python generators {_fmt_rate(base_rate, 'objects/s')}"
    try:
        rs = _runspace()
    except (ImportError, AttributeError) as e:
        fig.note = f"pyposh.Runspace unavailable: {e}"
        return fig
    t = _best(lambda: rs.invoke(PIPELINE_SCRIPT), 3)
    rate = PIPELINE_N / t
    fig.value = _fmt_rate(rate, "objects/s")
    fig.ratio = f"{base_rate / rate:.1f}x slower"
    fig.ok = rate >= 50000
    _MEASURED["pipeline"] = rate
    check = rs.invoke(f"({PIPELINE_SCRIPT}).Sum")
    if _as_int(check) != 2 * sum(range(1, PIPELINE_N + 1)):
        fig.note = f"wrong result: {check!r:.80}"
        fig.ok = False
    return fig


def bench_format() -> Figure:
    fig = Figure("format", target=f">= {20000:,} objects/s")
    try:
        rs = _runspace()
    except (ImportError, AttributeError) as e:
        fig.note = f"pyposh.Runspace unavailable: {e}"
        return fig
    import tempfile
    rs.invoke(FORMAT_SETUP)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "table.txt")
        texts = []
        t_string = _best(lambda: texts.append(rs.invoke(FORMAT_STRING_SCRIPT)), 3)
        t_file = _best(lambda: rs.invoke(FORMAT_FILE_SCRIPT, variables={"path": path}), 3)
        with open(path, encoding="utf-8") as f:
            written = f.read()
    rate = 2 * FORMAT_N / (t_string + t_file)
    fig.value = _fmt_rate(rate, "objects/s")
    fig.ok = rate >= 20000
    pipeline = _MEASURED.get("pipeline")
    if pipeline:
        fig.baseline = f"pipeline {_fmt_rate(pipeline, 'objects/s')}"
        fig.ratio = f"{rate / pipeline:.2f}x pipeline"
    fig.note = (f"Out-String {_fmt_rate(FORMAT_N / t_string, 'objects/s')}, "
                f"`>` {_fmt_rate(FORMAT_N / t_file, 'objects/s')}")
    text = texts[0][0] if texts and texts[0] else ""
    rows = text.count("\n")
    if rows < FORMAT_N + 4 or written != text:
        fig.note += f"; wrong result: {rows} lines, file {'matches' if written == text else 'differs'}"
        fig.ok = False
    return fig


JOB_ROUND_TRIPS = 1000
JOB_ROUND_TRIP_SCRIPT = "Start-Job { 1 } | Receive-Job -Wait -AutoRemoveJob"
JOBS_N = 1000
JOBS_SCRIPT = ("$js = foreach ($i in 1..1000) { Start-Job { param($n) $n } -ArgumentList $i };"
               " $null = Wait-Job $js; $r = $js | Receive-Job; $js | Remove-Job; $r.Count")


def _python_thread() -> None:
    import threading
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()


def bench_job() -> Figure:
    fig = Figure("job", target="<= 5 ms")
    base = []
    for _ in range(200):
        start = time.perf_counter()
        _python_thread()
        base.append(time.perf_counter() - start)
    base_t = statistics.median(base)
    fig.baseline = f"Python thread {base_t * 1e6:.0f} us"
    rs = _runspace()
    times, results = [], []
    for _ in range(JOB_ROUND_TRIPS):
        start = time.perf_counter()
        results.append(rs.invoke(JOB_ROUND_TRIP_SCRIPT))
        times.append(time.perf_counter() - start)
    t = statistics.median(times)
    fig.value = f"{t * 1000:.2f} ms"
    fig.ratio = f"{t / base_t:.0f}x"
    fig.ok = t <= 0.005
    if any(r != [1] for r in results):
        fig.note = "wrong result"
        fig.ok = False
    return fig


def bench_jobs() -> Figure:
    fig = Figure("jobs", target="<= 2 s")
    rs = _runspace()
    result = []
    t = _best(lambda: result.append(rs.invoke(JOBS_SCRIPT)), 1)
    fig.value = f"{t:.2f} s"
    fig.note = f"{JOBS_N / t:,.0f} jobs/s"
    fig.ok = t <= 2
    if result[0] != [JOBS_N]:
        fig.note += f"; wrong result: {result[0]!r:.80}"
        fig.ok = False
    return fig


def bench_stop() -> Figure:
    fig = Figure("stop", target="<= 100 ms")
    rs = _runspace()
    times = []
    for _ in range(20):
        job = rs.invoke("Start-Job { while ($true) { } }")[0]
        while job.state != "Running":
            time.sleep(0.001)
        time.sleep(0.02)
        start = time.perf_counter()
        rs.invoke("Stop-Job $j", variables={"j": job})
        times.append(time.perf_counter() - start)
        if job.state != "Stopped":
            fig.note = f"job ended {job.state}"
        rs.invoke("Remove-Job $j", variables={"j": job})
    t = statistics.median(times)
    fig.value = f"{t * 1000:.1f} ms"
    fig.note = (fig.note + "; " if fig.note else "") + f"max {max(times) * 1000:.1f} ms"
    fig.ok = t <= 0.1 and not fig.note.startswith("job ended")
    return fig


def _remoting(bench):
    def run() -> Figure:
        return bench(Figure)
    run.__name__ = bench.__name__
    return run


BENCHMARKS = (bench_parse, bench_startup, bench_loop, bench_pipeline, bench_format, bench_job, bench_jobs,
              bench_stop, *(_remoting(b) for b in REMOTING_BENCHMARKS))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure misses its target")
    args = parser.parse_args(argv)

    print(f"pyposh benchmarks: Python {platform.python_version()}, {platform.system()} {platform.machine()}, "
          f"{os.cpu_count()} CPUs")
    figures = []
    for bench in BENCHMARKS:
        try:
            fig = bench()
        except Exception as e:  # one broken figure must not hide the others
            fig = Figure(bench.__name__.removeprefix("bench_"), note=f"{type(e).__name__}: {e}"[:200])
        figures.append(fig)

    headers = ("figure", "value", "vs baseline", "baseline (same run)", "target", "")
    rows = [(f.name, f.value, f.ratio, f.baseline, f.target,
             "ok" if f.ok else ("MISSED" if f.ok is False else "-")) for f in figures]
    widths = [max(len(str(r[i])) for r in rows + [headers]) for i in range(len(headers))]
    for row in (headers, *rows):
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    for f in figures:
        if f.note:
            print(f"note: {f.name}: {f.note}")
    return 1 if args.check and not all(f.ok for f in figures) else 0


if __name__ == "__main__":
    sys.exit(main())
