"""Remoting figures over loopback, against a real sshd started for the run (tests/remoting/sshd.py):

  session    New-PSSession setup (median of 10)                  baseline: paramiko login + `true` over exec
  roundtrip  Invoke-Command -Session $s { 1 } (median of 200)    <= 10 ms; baseline: psrpcore's in-memory
             client/server round trip (the protocol with no I/O: the floor)
  stream     10,000 objects streamed back (objects/s)            ratio: to making them locally
  fanout     one command to 20 host names, -ThrottleLimit 20 vs 1 (the ratio: how much parallel saves)

`python benchmarks/remoting.py` prints these alone; benchmarks/run.py includes them."""
from __future__ import annotations

import atexit
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "remoting"))

from sshd import HOST_NAMES, SshServer, find_sshd  # noqa: E402

from pyposh.interpreter.api import unwrap  # noqa: E402

ROUND_TRIPS = 200
STREAM_N = 10_000
STREAM_SCRIPT = "1..10000 | ForEach-Object { [pscustomobject]@{ Id = $_; Name = \"item$_\" } }"
FAN_OUT = HOST_NAMES[:20]


class _Server:
    """The sshd of this run (started on first use, stopped at exit)."""

    server = None

    @classmethod
    def get(cls):
        if cls.server is None:
            if not find_sshd():
                raise RuntimeError("sshd is not installed")
            cls.server = SshServer(Path(tempfile.mkdtemp(prefix="pyposh-bench-sshd-")))
            cls.server.prepare()
            cls.server.start()
            os.environ["PYPOSH_SSH_CONFIG"] = str(cls.server.config)
            atexit.register(cls.server.stop)
        return cls.server


def _runspace():
    from pyposh.runtime.session import new_runspace
    return new_runspace()


def _paramiko_exec(server) -> float:
    import paramiko
    start = time.perf_counter()
    client = paramiko.SSHClient()
    client.load_host_keys(str(server.known_hosts))
    client.connect("127.0.0.1", server.port, username=server.user, key_filename=str(server.client_key),
                   allow_agent=False, look_for_keys=False)
    _, out, _ = client.exec_command("true")
    out.channel.recv_exit_status()
    client.close()
    return time.perf_counter() - start


def bench_session(figure):
    fig = figure("session", target="(reported)")
    server = _Server.get()
    base = statistics.median(_paramiko_exec(server) for _ in range(5))
    fig.baseline = f"paramiko login+exec {base * 1000:.0f} ms"
    rs = _runspace()
    times = []
    for _ in range(10):
        start = time.perf_counter()
        session = rs.invoke("New-PSSession -ComputerName Server01")[0]
        times.append(time.perf_counter() - start)
        rs.invoke("Remove-PSSession $s", variables={"s": session})
    t = statistics.median(times)
    fig.value = f"{t * 1000:.0f} ms"
    fig.ratio = f"{t / base:.1f}x"
    fig.ok = True
    fig.note = "includes starting the far side's Python and pyposh (pyposh -sshs)"
    rs.close()
    return fig


def _in_memory_round_trip() -> float:
    """psrpcore's client and server pools handing data to each other directly: one `1` round trip."""
    import psrpcore

    client, server = psrpcore.ClientRunspacePool(), psrpcore.ServerRunspacePool()

    def pump(source, target):
        while (payload := source.data_to_send()) is not None:
            target.receive_data(payload)
            while target.next_event() is not None:
                pass

    client.open()
    pump(client, server)
    pump(server, client)
    times = []
    for _ in range(ROUND_TRIPS):
        start = time.perf_counter()
        ps = psrpcore.ClientPowerShell(client)
        ps.add_script("1")
        ps.start()
        pipeline = psrpcore.ServerPipeline(server, ps.pipeline_id)
        pump(client, server)
        pipeline.start()
        pipeline.write_output(1)
        pipeline.complete()
        pump(server, client)
        ps.close()
        pipeline.close()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_roundtrip(figure):
    fig = figure("roundtrip", target="<= 10 ms")
    _Server.get()
    floor = _in_memory_round_trip()
    fig.baseline = f"psrpcore in memory {floor * 1000:.2f} ms"
    rs = _runspace()
    session = rs.invoke("New-PSSession -ComputerName Server01")[0]
    times, wrong = [], 0
    for _ in range(ROUND_TRIPS):
        start = time.perf_counter()
        result = rs.invoke("Invoke-Command -Session $s { 1 }", variables={"s": session})
        times.append(time.perf_counter() - start)
        wrong += [unwrap(r) for r in result] != [1]
    t = statistics.median(times)
    fig.value = f"{t * 1000:.2f} ms"
    fig.ratio = f"{t / floor:.1f}x"
    fig.ok = t <= 0.010 and not wrong
    if wrong:
        fig.note = f"{wrong} wrong results"
    rs.close()
    return fig


def bench_stream(figure):
    fig = figure("stream", target="(reported)")
    _Server.get()
    rs = _runspace()
    start = time.perf_counter()
    local = rs.invoke(STREAM_SCRIPT)
    local_t = time.perf_counter() - start
    fig.baseline = f"made locally {STREAM_N / local_t:,.0f} objects/s"
    session = rs.invoke("New-PSSession -ComputerName Server01")[0]
    start = time.perf_counter()
    remote = rs.invoke("Invoke-Command -Session $s { %s }" % STREAM_SCRIPT, variables={"s": session})
    t = time.perf_counter() - start
    fig.value = f"{STREAM_N / t:,.0f} objects/s"
    fig.ratio = f"{local_t / t:.2f}x"
    fig.ok = len(remote) == STREAM_N == len(local)
    if not fig.ok:
        fig.note = f"wrong result: {len(remote)} objects"
    rs.close()
    return fig


def bench_fanout(figure):
    fig = figure("fanout", target="(reported)")
    _Server.get()
    rs = _runspace()
    script = "Invoke-Command -ComputerName $names -ThrottleLimit %d { $PSComputerName }"
    timings = {}
    for throttle in (1, 20):
        start = time.perf_counter()
        result = rs.invoke(script % throttle, variables={"names": list(FAN_OUT)})
        timings[throttle] = time.perf_counter() - start
        if len(result) != len(FAN_OUT):
            fig.note = f"wrong result: {len(result)} answers"
    fig.value = f"{timings[20]:.2f} s for 20 hosts"
    fig.baseline = f"-ThrottleLimit 1: {timings[1]:.2f} s"
    fig.ratio = f"{timings[1] / timings[20]:.1f}x faster"
    fig.ok = not fig.note
    rs.close()
    return fig


BENCHMARKS = (bench_session, bench_roundtrip, bench_stream, bench_fanout)


def main() -> int:
    from run import Figure      # run.py imports this module: Figure is taken when run alone
    for bench in BENCHMARKS:
        fig = bench(Figure)
        print(f"{fig.name:10} {fig.value:24} {fig.ratio:14} {fig.baseline:36} {fig.target:10} {fig.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
