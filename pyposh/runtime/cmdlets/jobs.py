"""Job cmdlets: Start-Job, Start-ThreadJob, Get-Job, Receive-Job, Wait-Job, Stop-Job, Remove-Job."""
from __future__ import annotations

import os
import time
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, Parameter, cmdlet, has_wildcards, is_list, script_body, to_string, wildcard_match,
)
from pyposh.runtime.jobs.runner import JobSpec
from pyposh.runtime.jobs.table import STATE_CHANGED, Job

POLL = 0.02          # seconds between stop-flag checks while waiting

_ID_NOT_FOUND = ("The command cannot find a job with the job ID %s. Verify the value of the Id parameter and then "
                 "try the command again.")
_NAME_NOT_FOUND = ("The command cannot find the job because the job name %s was not found. Verify the value of the "
                   "Name parameter, and then try the command again.")
_INSTANCE_NOT_FOUND = ("The command cannot find a job with the instance identifier %s. Verify the value of the "
                       "InstanceId parameter, and then try the command again.")
_CANNOT_REMOVE = ("The command cannot remove the job with the job ID %d because the job is not finished. To remove "
                  "the job, first stop the job, or use the Force parameter.")
# -SessionId: the name of -Id in PowerShell 2.0, which about_Remote_Jobs still uses (`receive-job -sessionid 2`);
# pwsh 7 has no such alias (README's differences).
_ID_ALIASES = ("SessionId",)
_STATES = ("NotStarted", "Running", "Completed", "Failed", "Stopped", "Blocked", "Suspended", "Disconnected",
           "Suspending", "Stopping", "AtBreakpoint")


def _items(value) -> list:
    if value is None:
        return []
    return list(value) if is_list(value) else [value]


def _unwrap(value):
    base = getattr(value, "base", None)
    return base if base is not None and not isinstance(value, Job) else value


def _with_children(jobs) -> list:
    return [j for job in jobs for j in (job, *job.children)]


class _JobCmdlet(Cmdlet):
    """Finding jobs by object, id, name (wildcards) or instance id, with PowerShell's errors for misses."""

    @property
    def manager(self):
        """The runspace's job manager (its job table)."""
        return self.runspace.services.jobs

    def not_found(self, template, error_id, value):
        self.write_error(self.error_record(template % value, error_id, "ObjectNotFound", value,
                                           "System.ArgumentException"))

    def find(self, ids=None, names=None, instance_ids=None, include_children=False) -> list:
        if not ids and not names and not instance_ids:
            return []
        parents = self.manager.table.jobs()
        jobs = _with_children(parents) if include_children else parents
        found = []
        for job_id in _items(ids):
            match = [j for j in _with_children(parents) if j.id == int(job_id)]
            if not match:
                self.not_found(_ID_NOT_FOUND, "JobWithSpecifiedSessionNotFound", job_id)
            found.extend(match)
        for name in _items(names):
            name = to_string(name)
            match = [j for j in jobs if wildcard_match(name, j.name)]
            if not match and not has_wildcards(name):
                self.not_found(_NAME_NOT_FOUND, "JobWithSpecifiedNameNotFound", name)
            found.extend(match)
        for instance in _items(instance_ids):
            text = to_string(instance).lower()
            match = [j for j in _with_children(parents) if str(j.instance_id) == text]
            if not match:
                self.not_found(_INSTANCE_NOT_FOUND, "JobWithSpecifiedInstanceIdNotFound", instance)
            found.extend(match)
        return found

    def targets(self) -> list:
        """The jobs named by -Job (objects, or ids and names given positionally), -Id, -Name, -InstanceId,
        -State."""
        given = _items(getattr(self, "job", None))
        if given:       # -Job's set excludes the others (a piped job also binds its Id and Name by property)
            ids, names, instance_ids = [], [], None
        else:
            ids, names = list(_items(getattr(self, "id", None))), list(_items(getattr(self, "name", None)))
            instance_ids = getattr(self, "instance_id", None)
        jobs = []
        for value in given:
            value = _unwrap(value)
            if isinstance(value, Job):
                jobs.append(value)
            elif isinstance(value, int) and not isinstance(value, bool):
                ids.append(value)
            elif value is not None:
                names.append(value)
        jobs.extend(self.find(ids, names, instance_ids))
        state = getattr(self, "state", None)
        if state is not None and not given:
            jobs.extend(j for j in self.manager.table.jobs() if j.state.lower() == state.lower())
        seen, unique = set(), []
        for job in jobs:
            if id(job) not in seen:
                seen.add(id(job))
                unique.append(job)
        return unique

    def wait_any_change(self):
        with STATE_CHANGED:
            STATE_CHANGED.wait(POLL)
        self.check_stop()


def _selectors(sets_job=("Job",)):
    """The parameters every job cmdlet but Get-Job shares: -Job, -Id, -Name, -InstanceId, -State."""
    return {
        "job": Annotated[list, Parameter(type="object[]", position=0, mandatory=True, pipeline=True,
                                         pipeline_by_property=True, sets=sets_job)],
        "id": Annotated[list, Parameter(type="int[]", mandatory=True, pipeline_by_property=True,
                                        sets=("SessionIdParameterSet",), aliases=_ID_ALIASES)],
        "name": Annotated[list, Parameter(type="string[]", mandatory=True, pipeline_by_property=True,
                                          sets=("NameParameterSet",))],
        "instance_id": Annotated[list, Parameter(type="guid[]", mandatory=True, pipeline_by_property=True,
                                                 sets=("InstanceIdParameterSet",))],
        "state": Annotated[str, Parameter(type="string", mandatory=True, sets=("StateParameterSet",),
                                          validate_set=_STATES)],
    }


def with_selectors(sets_job=("Job",)):
    """Class decorator (below @cmdlet): add the shared selector parameters."""
    def add(cls):
        cls.__annotations__ = {**_selectors(sets_job), **cls.__annotations__}
        for attr in ("job", "id", "name", "instance_id", "state"):
            setattr(cls, attr, None)
        return cls
    return add


# ---- Start-Job / Start-ThreadJob ---------------------------------------------------------------------------

class _StartCmdlet(_JobCmdlet):
    """What Start-Job and Start-ThreadJob share: building the job's spec in the caller, `-InputObject`."""

    def job_spec(self, items) -> JobSpec:
        if self.file_path is not None:
            path = self.runspace.resolve_path(to_string(self.file_path))
            if not os.path.isfile(path):
                self.throw_terminating("Cannot find path '%s' because it does not exist." % path,
                                       "PathNotFound", "ObjectNotFound", path,
                                       "System.Management.Automation.ItemNotFoundException")
            with open(path, encoding="utf-8-sig") as f:
                text = f.read()
            body, script_path = script_body(text, path), path
        else:
            sb = self.script_block
            text, body, script_path = str(sb), sb.body, sb.script_path
        location = self.runspace.location
        if getattr(self, "working_directory", None):
            location = self.runspace.resolve_path(to_string(self.working_directory))
            if not os.path.isdir(location):
                self.throw_terminating("Cannot find path '%s' because it does not exist." % location,
                                       "DirectoryNotFound", "InvalidArgument", location,
                                       "System.Management.Automation.ItemNotFoundException")
        init = self.initialization_script
        return self.manager.spec(self.ctx, body, text, location, script_path, _items(self.argument_list), items,
                              init.body if init is not None else None)

    def begin(self):
        self.pending = [] if self.expecting_input else None

    def process(self):
        if self.pending is not None:
            if "InputObject" in self.bound:
                self.pending.append(self.input_object)
            return
        self.launch(self.job_spec(_items(self.input_object) if "InputObject" in self.bound else None))

    def end(self):
        if self.pending is not None:
            self.launch(self.job_spec(self.pending))


@cmdlet("Start-Job", aliases=("sajb",), default_set="ComputerName")
class StartJob(_StartCmdlet):
    script_block: Annotated[object, Parameter(type="scriptblock", position=0, mandatory=True,
                                              sets=("ComputerName",), aliases=("Command",))] = None
    file_path: Annotated[str, Parameter(type="string", mandatory=True, sets=("FilePathComputerName",))] = None
    name: Annotated[str, Parameter(type="string", pipeline_by_property=True)] = None
    initialization_script: Annotated[object, Parameter(type="scriptblock", position=1)] = None
    argument_list: Annotated[list, Parameter(type="object[]", aliases=("Args",))] = None
    input_object: Annotated[object, Parameter(pipeline=True)] = None
    working_directory: Annotated[str, Parameter(type="string")] = None
    ps_version: Annotated[object, Parameter(type="version")] = None
    run_as32: Annotated[bool, Parameter(type="switch")] = False

    def launch(self, spec):
        self.write_object(self.manager.start_job(spec, self.name))


@cmdlet("Start-ThreadJob", default_set="ScriptBlock")
class StartThreadJob(_StartCmdlet):
    script_block: Annotated[object, Parameter(type="scriptblock", position=0, mandatory=True,
                                              sets=("ScriptBlock",))] = None
    file_path: Annotated[str, Parameter(type="string", mandatory=True, sets=("FilePath",))] = None
    name: Annotated[str, Parameter(type="string")] = None
    initialization_script: Annotated[object, Parameter(type="scriptblock")] = None
    argument_list: Annotated[list, Parameter(type="object[]")] = None
    input_object: Annotated[object, Parameter(pipeline=True)] = None
    throttle_limit: Annotated[int, Parameter(type="int", validate_range=(1, 2147483647))] = None
    stream_host: Annotated[object, Parameter()] = None

    def launch(self, spec):
        self.write_object(self.manager.start_thread_job(spec, self.name, self.throttle_limit))


# ---- Get-Job ---------------------------------------------------------------------------------------------

@cmdlet("Get-Job", aliases=("gjb",), default_set="SessionIdParameterSet")
class GetJob(_JobCmdlet):
    id: Annotated[list, Parameter(type="int[]", position=0, pipeline_by_property=True,
                                  sets=("SessionIdParameterSet",), aliases=_ID_ALIASES)] = None
    name: Annotated[list, Parameter(type="string[]", position=0, mandatory=True, pipeline_by_property=True,
                                    sets=("NameParameterSet",))] = None
    instance_id: Annotated[list, Parameter(type="guid[]", position=0, mandatory=True, pipeline_by_property=True,
                                           sets=("InstanceIdParameterSet",))] = None
    state: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline_by_property=True,
                                    sets=("StateParameterSet",), validate_set=_STATES)] = None
    command: Annotated[list, Parameter(type="string[]", pipeline_by_property=True, sets=("CommandParameterSet",))
                       ] = None
    # Not in pwsh 7 (README's differences): about_Remote_Jobs passes a job to Get-Job, `get-job $job`.
    job: Annotated[list, Parameter(type="System.Management.Automation.Job[]", position=0, mandatory=True,
                                   sets=("JobParameterSet",))] = None
    has_more_data: Annotated[bool, Parameter(type="bool")] = None
    child_job_state: Annotated[str, Parameter(type="string", validate_set=_STATES)] = None
    include_child_job: Annotated[bool, Parameter(type="switch")] = False
    before: Annotated[object, Parameter(type="datetime")] = None
    after: Annotated[object, Parameter(type="datetime")] = None
    newest: Annotated[int, Parameter(type="int")] = None

    def process(self):
        children = self.include_child_job or self.child_job_state is not None
        if self.job is not None:
            jobs = _with_children(self.job) if children else list(self.job)
        elif self.id is not None or self.name is not None or self.instance_id is not None:
            jobs = self.find(self.id, self.name, self.instance_id, children)
        else:
            jobs = _with_children(self.manager.table.jobs()) if children else self.manager.table.jobs()
        if self.state is not None:
            jobs = [j for j in jobs if j.state.lower() == self.state.lower()]
        if self.command is not None:
            patterns = [to_string(c) for c in self.command]
            jobs = [j for j in jobs if any(wildcard_match(p, j.command.strip()) for p in patterns)]
        if self.has_more_data is not None:
            jobs = [j for j in jobs if j.has_more_data == bool(self.has_more_data)]
        if self.child_job_state is not None:
            wanted = self.child_job_state.lower()
            jobs = [j for j in jobs if any(c.state.lower() == wanted for c in (j.children or [j]))]
        if self.before is not None:
            jobs = [j for j in jobs if j.end_time is not None and j.end_time < self.before]
        if self.after is not None:
            jobs = [j for j in jobs if j.end_time is not None and j.end_time > self.after]
        if self.newest is not None:
            jobs = sorted((j for j in jobs if j.end_time is not None), key=lambda j: j.end_time)[-self.newest:]
        for job in jobs:
            self.write_object(job)


# ---- Receive-Job -----------------------------------------------------------------------------------------

@cmdlet("Receive-Job", aliases=("rcjb",), default_set="Location")
@with_selectors(("Location", "Session", "ComputerName"))
class ReceiveJob(_JobCmdlet):
    location: Annotated[list, Parameter(type="string[]", position=1, sets=("Location",))] = None
    keep: Annotated[bool, Parameter(type="switch")] = False
    no_recurse: Annotated[bool, Parameter(type="switch")] = False
    force: Annotated[bool, Parameter(type="switch")] = False
    wait: Annotated[bool, Parameter(type="switch")] = False
    auto_remove_job: Annotated[bool, Parameter(type="switch")] = False
    write_events: Annotated[bool, Parameter(type="switch")] = False
    write_job_in_results: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        for job in self.targets():
            self.receive(job)

    def deliver(self, job: Job):
        for stream, records in job.take(self.keep):
            for record in records:
                if stream == "Output":
                    self.write_object(record)
                elif stream == "Error":
                    self.write_error(record)
                elif stream in ("Warning", "Verbose", "Debug"):
                    self.runspace.write_informational(self.ctx, record)
                elif stream == "Information":
                    self.write_information(record)
                else:
                    progress = getattr(self.runspace.host, "write_progress", None)
                    if progress is not None:
                        progress(record)

    def receive(self, job: Job):
        if self.write_job_in_results:
            self.write_object(job)
        if not self.wait:
            self.deliver(job)
            return
        if self.write_events:
            self.write_object(job.state_info)
        while True:
            finished = job.is_finished          # read before taking, so nothing written after is missed
            self.deliver(job)
            if finished:
                break
            job.wait_for_data(POLL)
            self.check_stop()
        if self.write_events:
            self.write_object(job.state_info)
        if self.auto_remove_job and not job.has_more_data:
            self.manager.table.remove(job)



# ---- Wait-Job --------------------------------------------------------------------------------------------

@cmdlet("Wait-Job", aliases=("wjb",), default_set="SessionIdParameterSet")
@with_selectors()
class WaitJob(_JobCmdlet):
    any: Annotated[bool, Parameter(type="switch")] = False
    timeout: Annotated[int, Parameter(type="int", aliases=("TimeoutSec",), validate_range=(-1, 2147483647))] = -1
    force: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        self.jobs = []

    def process(self):
        self.jobs.extend(self.targets())

    def done(self, job) -> bool:
        return job.is_finished or (not self.force and job.state in ("Blocked", "Suspended", "Disconnected"))

    def end(self):
        jobs = self.jobs
        deadline = None if self.timeout is None or self.timeout < 0 else time.monotonic() + self.timeout
        while True:
            finished = [j for j in jobs if self.done(j)]
            if not jobs or (self.any and finished) or len(finished) == len(jobs):
                break
            if deadline is not None and time.monotonic() >= deadline:
                if self.any:
                    return
                break
            self.wait_any_change()
        for job in (finished[:1] if self.any else finished):
            self.write_object(job)



# ---- Stop-Job / Remove-Job -------------------------------------------------------------------------------

def _wait_stopped(cmdlet, job: Job, limit: float = 5.0):
    deadline = time.monotonic() + limit
    while not job.is_finished and time.monotonic() < deadline:
        job.finished.wait(POLL)
        cmdlet.check_stop()


# RemotingErrorIdStrings: Stop-Job names its target with RemovePSJobWhatIfTarget, Remove-Job with
# StopPSJobWhatIfTarget (StopJob.cs, RemoveJob.cs)
_STOP_TARGET = 'Remote Command: %s, associated with a job that has an ID of "%d".'
_REMOVE_TARGET = 'Remote Command: %s, associated with the job that has an ID of "%d".'


@cmdlet("Stop-Job", aliases=("spjb",), default_set="SessionIdParameterSet", should_process=True)
@with_selectors()
class StopJob(_JobCmdlet):
    pass_thru: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        jobs = [job for job in self.targets()
                if job.is_finished or self.should_process(_STOP_TARGET % (job.command, job.id), "Stop")]
        for job in jobs:
            job.stop()
        for job in jobs:
            _wait_stopped(self, job)
            if self.pass_thru:
                self.write_object(job)



@cmdlet("Remove-Job", aliases=("rjb",), default_set="SessionIdParameterSet", should_process=True)
@with_selectors()
class RemoveJob(_JobCmdlet):
    command: Annotated[list, Parameter(type="string[]", mandatory=True, sets=("CommandParameterSet",))] = None
    force: Annotated[bool, Parameter(type="switch", aliases=("F",))] = False

    def process(self):
        jobs = self.targets()
        if self.command is not None:
            jobs = [j for j in self.manager.table.jobs() if any(wildcard_match(to_string(c), j.command.strip())
                                                  for c in self.command)]
        for job in jobs:
            if not self.should_process(_REMOVE_TARGET % (job.command, job.id), "Remove"):
                continue
            if not job.is_finished:
                if not self.force:
                    self.write_error(self.error_record(_CANNOT_REMOVE % job.id, "CannotRemoveJob",
                                                       "InvalidOperation", job, "System.ArgumentException"))
                    continue
                job.stop()
                _wait_stopped(self, job)
            self.manager.table.remove(job)

