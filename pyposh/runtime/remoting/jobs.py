"""Invoke-Command -AsJob: a RemoteJob (PSRemotingJob) with one child job per computer, each running its target
on a thread of its own and keeping what comes back in its stream buffers, for the Job cmdlets to manage locally.

A child whose connection breaks fails with the transport's reason; Stop-Job signals the remote pipelines."""
from __future__ import annotations

import threading

from pyposh.runtime.jobs.table import ChildJob, Job, JobTable
from pyposh.runtime.remoting.invoke import RemoteCommand, Target, TargetRun, to_record
from pyposh.runtime.remoting.sessions import answer_host_call

JOB_TYPE = "RemoteJob"


class RemoteChildJob(ChildJob):
    """One computer's part of a remote job."""

    def __init__(self, job_id: int, target: Target, command: RemoteCommand, host):
        super().__init__(job_id, command.text, JOB_TYPE, None)
        self.location = target.session.computer_name if target.session is not None else target.computer
        self.host = host
        self.command_spec = command
        self.run = TargetRun(target, command, self._sink)

    def start(self) -> None:
        thread = threading.Thread(target=self._work, name="pyposh-remote-job-%d" % self.id, daemon=True)
        with self.cond:
            if self.stop_requested:
                return
            self.thread = thread
        self.set_state("Running")
        thread.start()

    def _work(self) -> None:
        try:
            self.run.run()
        except Exception as fault:  # noqa: BLE001 - an engine fault ends the job Failed, never leaves it Running
            self.set_state("Failed", fault)

    def _sink(self, run: TargetRun, kind: str, value) -> None:
        if kind == "host_call":
            pipeline, event = value
            answer_host_call(run.session.connection, pipeline, event, self.host)
            return
        if kind == "state":
            state, reason = value
            self.set_state(state, reason.exception if reason is not None and hasattr(reason, "exception")
                           else reason)
            if state == "Failed" and reason is not None:
                self.buffers["Error"].append(reason)
            return
        record = to_record(kind, value, run.computer, run.runspace_id, self.command_spec.show_computer_name)
        if record is not None:
            stream, item = record
            self.buffers[stream].append(item)

    def request_stop(self) -> None:
        with self.cond:
            if self.is_finished:
                return
            self.stop_requested = True
            started = self.thread is not None
        if not started:
            self.set_state("Stopped")
            return
        self.set_state_stopping()
        self.run.stop()


def start_remote_job(table: JobTable, targets: list, command: RemoteCommand, name: str | None, host,
                     throttle: int = 32) -> Job:
    """Invoke-Command -AsJob: the job, returned at once; its children start at most `throttle` at a time."""
    job_id = table.new_id(len(targets))
    children = [RemoteChildJob(job_id + 1 + i, target, command, host) for i, target in enumerate(targets)]
    job = Job(job_id, name or "Job%d" % job_id, command.text, JOB_TYPE, children)
    job.location = ", ".join(child.location for child in children)
    table.add(job)
    _Starter(children, throttle).start()
    return job


class _Starter:
    """Starts child jobs so that at most `throttle` run at once."""

    def __init__(self, children: list, throttle: int):
        self.pending = list(children)
        self.slots = threading.Semaphore(max(1, throttle))

    def start(self) -> None:
        if len(self.pending) <= 1:
            for child in self.pending:
                child.start()
            return
        threading.Thread(target=self._feed, name="pyposh-remote-job-starter", daemon=True).start()

    def _feed(self) -> None:
        for child in self.pending:
            self.slots.acquire()
            child.start()
            threading.Thread(target=self._release_when_done, args=(child,), daemon=True).start()

    def _release_when_done(self, child) -> None:
        child.finished.wait()
        self.slots.release()
