"""A runspace's job manager: its job table, and starting jobs (Start-Job, Start-ThreadJob, `cmd &`), each in a
runspace of its own made by the factory the manager was given."""
from __future__ import annotations

from pyposh.interpreter.api import using_names
from pyposh.runtime.jobs.runner import JobSpec, start_job, start_thread_job
from pyposh.runtime.jobs.table import Job, JobTable


class JobManager:
    """The jobs of one runspace. `new_runspace(host, location)` makes each job's runspace."""

    def __init__(self, new_runspace):
        self.table = JobTable()
        self.new_runspace = new_runspace

    def spec(self, ctx, body, text: str, location: str, script_path=None, args=(), input=None,
             init=None) -> JobSpec:
        """What a job started from `ctx` runs: `$using:` values are read now, in the caller."""
        using = {name: ctx.get_variable(name) for name in using_names(body.ast)}
        return JobSpec(body, text, location, script_path, tuple(args), input, using, init, self.new_runspace,
                       ctx.runspace.host.write_console)

    def start_job(self, spec: JobSpec, name: str | None = None) -> Job:
        return start_job(self.table, spec, name)

    def start_thread_job(self, spec: JobSpec, name: str | None = None, throttle_limit: int | None = None) -> Job:
        return start_thread_job(self.table, spec, name, throttle_limit)

    def start_background(self, ctx, body, text: str) -> Job:
        """`cmd &`: a BackgroundJob running the already parsed pipeline."""
        return self.start_job(self.spec(ctx, body, text, ctx.runspace.location))

    def close(self):
        """The runspace closes: its running jobs are stopped and all are removed."""
        self.table.stop_all()
