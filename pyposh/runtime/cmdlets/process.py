"""Process cmdlets: Get-Process, Stop-Process, Wait-Process, Start-Process, as pwsh runs them on Linux."""
from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
import time
from typing import Annotated

from pyposh.interpreter.api import (
    Cmdlet, DotNetException, Parameter, cmdlet, has_wildcards, io_error, to_string, wildcard_match, wrap,
)
from pyposh.runtime.paths.locations import full_path
from pyposh.runtime.processes import add_child, all_processes, process_by_id

POLL = 0.02          # seconds between checks while waiting
PROCESS_EXCEPTION = "Microsoft.PowerShell.Commands.ProcessCommandException"
# ProcessResources.resx
NO_NAME = 'Cannot find a process with the name "%s". Verify the process name and call the cmdlet again.'
NUMBER_AS_NAME = 'Cannot find a process with the name "%s". Try running with -Id to search by Id of processes.'
NO_ID = "Cannot find a process with the process identifier %s."
CANNOT_STOP = 'Cannot stop process "%s (%d)" because of the following error: %s'
WAIT_ON_ITSELF = ("This command stopped operation because it cannot wait on itself. Specify another process and "
                  "Run your command again.")
NOT_STOPPED = 'This command stopped operation because process "%s (%d)" is not stopped in the specified time-out.'
CANNOT_RUN = "This command cannot be run due to the error: %s"
INVALID_INPUT = ('This command cannot be run because either the parameter "%s" has a value that is not valid or '
                 "cannot be used with this command. Give a valid input and Run your command again.")
SAME_FILE = ('This command cannot be run because "%s" and "%s" are same. Give different inputs and Run your command '
             "again.")
# .NET's SR.ErrorStartingProcess
START_FAILED = "An error occurred trying to start process '%s' with working directory '%s'. %s"
REDIRECTIONS = {"stdin": "RedirectStandardInput", "stdout": "RedirectStandardOutput",
                "stderr": "RedirectStandardError"}
WIN32_EXCEPTION = "System.ComponentModel.Win32Exception"
OPENERS = ("xdg-open", "gnome-open", "kfmclient")     # what .NET opens a document with (UseShellExecute)

_ID = dict(type="int[]", mandatory=True, pipeline_by_property=True, sets=("Id",))
_NAME = dict(type="string[]", pipeline_by_property=True, aliases=("ProcessName",), sets=("Name",))
_INPUT = dict(type="System.Diagnostics.Process[]", mandatory=True, pipeline=True, sets=("InputObject",))


def _is_id(text: str) -> bool:
    try:
        return 0 <= int(text) <= 0x7FFFFFFF
    except ValueError:
        return False


class _ProcessCmdlet(Cmdlet):
    """ProcessBaseCommand: the processes -InputObject, -Id or -Name (wildcards; every process without any) select,
    sorted by name and id, and each once per command; a name without wildcards or an id that matches nothing is an
    error."""

    def begin(self):
        self.seen = set()          # (name, id) of the processes selected so far

    def not_found(self, message: str, error_id: str, target):
        self.write_error(message, error_id, "ObjectNotFound", target, PROCESS_EXCEPTION)

    def matching(self) -> list:
        if self.input_object is not None:
            found = [p for p in self.input_object if p is not None]      # pwsh's binder refuses $null
            for process in found:
                process.refresh()
        elif self.id is not None:
            found = []
            for pid in self.id:
                process = process_by_id(pid)
                if process is None:
                    self.not_found(NO_ID % pid, "NoProcessFoundForGivenId", pid)
                else:
                    found.append(process)
        else:
            found = all_processes()
            if self.name is not None:
                everything, found = found, []
                for pattern in map(to_string, self.name):
                    matched = [p for p in everything if wildcard_match(pattern, p.name)]
                    if not matched and not has_wildcards(pattern):
                        if _is_id(pattern):
                            self.not_found(NUMBER_AS_NAME % pattern, "RecommendIdTagForGivenName", pattern)
                        else:
                            self.not_found(NO_NAME % pattern, "NoProcessFoundForGivenName", pattern)
                    found += matched
        unique = []
        for process in found:
            if (process.name, process.id) not in self.seen:
                self.seen.add((process.name, process.id))
                unique.append(process)
        return sorted(unique, key=lambda p: (p.name.upper(), p.id))


@cmdlet("Get-Process", aliases=("gps",), default_set="Name")
class GetProcess(_ProcessCmdlet):
    name: Annotated[list, Parameter(position=0, not_null_or_empty=True, **_NAME)] = None
    id: Annotated[list, Parameter(aliases=("PID",), **_ID)] = None
    input_object: Annotated[list, Parameter(**_INPUT)] = None
    include_user_name: Annotated[bool, Parameter(type="switch")] = False

    def process(self):
        for process in self.matching():
            if self.include_user_name:
                user_name = process.user_name()
                process = wrap(process)
                process.add_note("UserName", user_name)
                process.type_names.insert(0, "System.Diagnostics.Process#IncludeUserName")
            self.write_object(process)


@cmdlet("Stop-Process", aliases=("spps",), default_set="Id", should_process=True)
class StopProcess(_ProcessCmdlet):
    id: Annotated[list, Parameter(position=0, **_ID)] = None
    name: Annotated[list, Parameter(mandatory=True, **_NAME)] = None
    input_object: Annotated[list, Parameter(position=0, **_INPUT)] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    force: Annotated[bool, Parameter(type="switch")] = False      # asks nothing on Linux: pwsh ignores it there

    def begin(self):
        super().begin()
        self.current = None        # this process, stopped last (in end)

    def process(self):
        for process in self.matching():
            if not self.should_process("%s (%d)" % (process.name, process.id), "Stop-Process"):
                continue
            if process.id == os.getpid():
                self.current = process
            elif self.stop(process) and self.pass_thru:
                self.write_object(process)

    def end(self):
        if self.current is not None:
            self.stop(self.current)

    def stop(self, process) -> bool:
        try:
            process.kill()
        except DotNetException as error:
            if not process.has_exited:
                self.write_error(CANNOT_STOP % (process.name, process.id, error.message), "CouldNotStopProcess",
                                 "CloseError", process, PROCESS_EXCEPTION)
                return False
        return True


@cmdlet("Wait-Process", default_set="Name")
class WaitProcess(_ProcessCmdlet):
    id: Annotated[list, Parameter(position=0, aliases=("PID", "ProcessId"), not_null_or_empty=True, **_ID)] = None
    name: Annotated[list, Parameter(position=0, mandatory=True, **_NAME)] = None
    input_object: Annotated[list, Parameter(**_INPUT)] = None
    timeout: Annotated[int, Parameter(type="int", position=1, aliases=("TimeoutSec",), validate_range=(0, 32767))
                       ] = None
    any: Annotated[bool, Parameter(type="switch")] = False
    pass_thru: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        super().begin()
        self.processes = []

    def process(self):
        for process in self.matching():
            if process.id == os.getpid():
                self.write_error(WAIT_ON_ITSELF, "WaitOnItself", "ObjectNotFound", process, PROCESS_EXCEPTION)
            else:
                self.processes.append(process)

    def done(self) -> bool:
        exited = [p.has_exited for p in self.processes]
        return not exited or (any(exited) if self.any else all(exited))

    def end(self):
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while not self.done() and (deadline is None or time.monotonic() < deadline):
            time.sleep(POLL)
            self.check_stop()
        if not self.done():
            for process in self.processes:
                if not process.has_exited:
                    self.write_error(NOT_STOPPED % (process.name, process.id), "ProcessNotTerminated", "CloseError",
                                     process, "System.TimeoutException")
        if self.pass_thru:
            self.write_object(self.processes, enumerate_collection=True)


def split_arguments(text: str) -> list[str]:
    """.NET's ParseArgumentsIntoList (Process.Unix.cs): blanks separate arguments, double quotes group them (`""`
    inside quotes is a quote), and backslashes are literal except before a quote, which an odd number escapes."""
    args, i, n = [], 0, len(text)
    while True:
        while i < n and text[i] in " \t":
            i += 1
        if i == n:
            return args
        current, quoted = [], False
        while i < n and (quoted or text[i] not in " \t"):
            start = i
            while i < n and text[i] == "\\":
                i += 1
            if i > start:
                slashes = i - start
                if i < n and text[i] == '"':
                    current.append("\\" * (slashes // 2) + ('"' if slashes % 2 else ""))
                    i += slashes % 2
                else:
                    current.append("\\" * slashes)
            elif text[i] == '"':
                if quoted and text[i + 1:i + 2] == '"':
                    current.append('"')
                    i += 1
                else:
                    quoted = not quoted
                i += 1
            else:
                current.append(text[i])
                i += 1
        args.append("".join(current))


@cmdlet("Start-Process", aliases=("saps",), should_process=True)
class StartProcess(Cmdlet):
    file_path: Annotated[str, Parameter(type="string", position=0, mandatory=True, aliases=("PSPath", "Path"),
                                        not_null_or_empty=True)] = None
    argument_list: Annotated[list, Parameter(type="string[]", position=1, aliases=("Args",))] = None
    working_directory: Annotated[str, Parameter(type="string", not_null_or_empty=True)] = None
    pass_thru: Annotated[bool, Parameter(type="switch")] = False
    wait: Annotated[bool, Parameter(type="switch")] = False
    no_new_window: Annotated[bool, Parameter(type="switch", aliases=("nnw",))] = False   # never a window on Linux
    redirect_standard_output: Annotated[str, Parameter(type="string", aliases=("RSO",), not_null_or_empty=True)
                                        ] = None
    redirect_standard_error: Annotated[str, Parameter(type="string", aliases=("RSE",), not_null_or_empty=True)
                                       ] = None
    redirect_standard_input: Annotated[str, Parameter(type="string", aliases=("RSI",), not_null_or_empty=True)
                                       ] = None
    environment: Annotated[object, Parameter(type="hashtable")] = None
    use_new_environment: Annotated[bool, Parameter(type="switch")] = False

    def begin(self):
        """StartProcessCommand.BeginProcessing: find the program, check the directory and redirections, start."""
        program = self.program()
        cwd = self.location if os.path.isdir(self.location) else os.getcwd()
        if self.working_directory is not None:
            cwd = full_path(self.runspace, self.working_directory)
            if not os.path.isdir(cwd):
                self.write_error(INVALID_INPUT % "WorkingDirectory", "DirectoryNotFoundException", "InvalidOperation",
                                 exception_type="System.IO.DirectoryNotFoundException")
                return
        files = self.redirections()
        if files is None:
            return
        arguments = " ".join(map(to_string, self.argument_list or ()))
        if not self.should_process("%s %s" % (program or self.file_path, arguments.strip()), "Start-Process"):
            return
        # Without arguments or options, .NET "shell-executes" a name that is no program: a document or URL opens
        # with xdg-open. Anything else that cannot start is the Win32Exception .NET throws.
        shell = self.argument_list is None and not (self.no_new_window or self.use_new_environment or files
                                                    or self.environment is not None)
        opener = next(filter(None, map(shutil.which, OPENERS)), None) if shell and program is None else None
        if opener is not None:
            argv = [opener, *(("openURL",) if opener.endswith("kfmclient") else ()), self.file_path]
        else:
            argv = [program or self.file_path, *split_arguments(arguments)]
        with contextlib.ExitStack() as stack:
            streams = self.open(stack, files)
            try:
                if program is None and opener is None:
                    raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT))
                popen = subprocess.Popen(argv, cwd=cwd, env=self.child_environment(), **streams)
            except OSError as error:
                message = START_FAILED % (program or self.file_path, cwd, error.strerror)
                if shell:
                    self.throw_terminating(CANNOT_RUN % message, "InvalidOperationException", "InvalidOperation",
                                           exception_type="System.InvalidOperationException")
                self.throw_terminating(message, WIN32_EXCEPTION, exception_type=WIN32_EXCEPTION)
        process = add_child(popen)
        if self.pass_thru:
            self.write_object(process)
        if self.wait:
            while popen.poll() is None:
                time.sleep(POLL)
                self.check_stop()

    def program(self) -> str | None:
        """What PowerShell's command discovery finds: a file at a path, else a program on $env:PATH."""
        if "/" in self.file_path:
            path = full_path(self.runspace, self.file_path)
            return path if os.path.isfile(path) else None
        return shutil.which(self.file_path, path=self.runspace.environment.get("PATH"))

    def redirections(self) -> dict | None:
        """-RedirectStandard* as full paths by Popen's name of the stream, or None after an error (a missing input
        file, a file named twice)."""
        given = {"stdin": self.redirect_standard_input, "stdout": self.redirect_standard_output,
                 "stderr": self.redirect_standard_error}
        files = {stream: full_path(self.runspace, path) for stream, path in given.items() if path is not None}
        if "stdin" in files and not os.path.isfile(files["stdin"]):
            self.write_error(INVALID_INPUT % ("RedirectStandardInput '%s'" % files["stdin"]), "FileNotFoundException",
                             "InvalidOperation", exception_type="System.IO.FileNotFoundException")
            return None
        streams = list(files)
        for i, first in enumerate(streams):
            for second in streams[i + 1:]:
                if files[first].lower() == files[second].lower():
                    self.write_error(SAME_FILE % (REDIRECTIONS[first], REDIRECTIONS[second]),
                                     "InvalidOperationException", "InvalidOperation",
                                     exception_type="System.InvalidOperationException")
                    return None
        return files

    def open(self, stack: contextlib.ExitStack, files: dict) -> dict:
        """The redirection files opened for Popen (an output file is created anew)."""
        streams = {}
        for stream, path in files.items():
            try:
                streams[stream] = stack.enter_context(open(path, "rb" if stream == "stdin" else "wb"))
            except OSError as error:
                failure = io_error(error, path)
                self.throw_terminating(failure.message, failure.exception_type, exception_type=failure.exception_type)
        return streams

    def child_environment(self) -> dict:
        """The current environment (none with -UseNewEnvironment: Linux has no machine or user variables), with
        -Environment's variables set, or removed where $null."""
        env = {} if self.use_new_environment else self.runspace.environment.as_dict()
        for key, value in (self.environment.items() if self.environment is not None else ()):
            env.pop(to_string(key), None)
            if value is not None:
                env[to_string(key)] = to_string(value)
        return env
