"""External programs in a pipeline: arguments as strings, input as text lines, output lines as strings."""
from __future__ import annotations

import os

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.commands.binding import NO_VALUE
from pyposh.interpreter.session.records import ErrorRecord, InvocationInfo, new_exception
from pyposh.interpreter.values.conversions import to_string


class ExternalProcessor:
    def __init__(self, path, ctx, args, emit, extent, name):
        self.path = path
        self.ctx = ctx
        self.args = args
        self.emit = emit
        self.extent = extent
        self.name = name
        self.input = []
        self.has_input = False

    def begin(self, expecting_input=False):
        self.has_input = expecting_input

    def process(self, item):
        self.input.append(to_string(item))

    def process_no_input(self):
        pass

    def argv(self):
        argv = [self.path]
        for item in self.args:
            if item[0] == "named":
                _, name, value, _extent = item
                argv.append("-" + name + (":" if value is not NO_VALUE else ""))
                if value is not NO_VALUE:
                    argv[-1] += to_string(value)
            else:
                value = item[1]
                if isinstance(value, list):
                    argv.append(",".join(to_string(v) for v in value))
                else:
                    argv.append(to_string(value))
        return argv

    def end(self):
        import subprocess  # start-up: ~3 ms; loads when a native program first runs
        rs = self.ctx.runspace
        stdin = subprocess.PIPE if self.has_input else None
        try:
            # its own session (process group): a stop ends the program and whatever it started
            proc = subprocess.Popen(self.argv(), stdin=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                    cwd=rs.location, env=rs.environment.as_dict(), start_new_session=True)
        except OSError as e:
            raise ScriptRuntimeError("Program '%s' failed to run: %s" % (self.name, e.strerror),
                                     "NativeCommandFailed", "ResourceUnavailable", self.extent) from None
        rs.register_child_process(proc)
        try:
            self._feed_input(proc)
            self._relay(proc)
            code = proc.wait()
        finally:
            rs.unregister_child_process(proc)
        rs.check_stop()          # stopped: the program was ended, the pipeline stops too
        rs.global_scope.set_local("lastexitcode", code, "LASTEXITCODE")
        if code != 0:
            rs.mark_failed()

    def _feed_input(self, proc):
        if self.has_input:
            try:
                proc.stdin.write("".join(line + "\n" for line in self.input).encode("utf-8"))
                proc.stdin.close()
            except BrokenPipeError:
                pass

    def _relay(self, proc):
        """Output lines go down the pipeline as strings, error lines to the error stream as records when it is
        redirected (`2>&1`, `2>$null`), else to the host's stderr as text. One select loop reads both pipes,
        output first when both have data, so lines keep the order the program wrote them in."""
        import selectors  # start-up: loads when a native program first runs
        ctx = self.ctx
        redirected = ctx.streams.error != ctx.runspace.default_error_sink
        first_error = [True]

        def deliver(kind, line):
            if kind == "out":
                self.emit(line)
            elif redirected:
                ctx.streams.error(native_error_record(line, first_error[0], self.name, self.extent))
                first_error[0] = False
            else:
                ctx.runspace.host.write_native_error(line)

        buffers = {"out": b"", "err": b""}
        selector = selectors.DefaultSelector()
        selector.register(proc.stdout, selectors.EVENT_READ, "out")
        selector.register(proc.stderr, selectors.EVENT_READ, "err")
        open_count = 2
        while open_count:
            ready = sorted((key.data, key.fileobj) for key, _ in selector.select())   # "err" < "out"
            for kind, stream in reversed(ready):                                        # "out" first
                chunk = os.read(stream.fileno(), 65536)
                if not chunk:
                    selector.unregister(stream)
                    open_count -= 1
                    if buffers[kind]:
                        deliver(kind, _decode(buffers[kind]))
                        buffers[kind] = b""
                    continue
                data = buffers[kind] + chunk
                *lines, buffers[kind] = data.split(b"\n")
                for line in lines:
                    deliver(kind, _decode(line))
        selector.close()


def _decode(line: bytes) -> str:
    return line.decode("utf-8", errors="replace").rstrip("\r")


def native_error_record(line, first, name, extent):
    """A native command's stderr line as PowerShell records it (RemoteException, NativeCommandError)."""
    exception = new_exception("System.Management.Automation.RemoteException", line)
    error_id = "NativeCommandError" if first else "NativeCommandErrorMessage"
    return ErrorRecord(exception, error_id, "NotSpecified", line, InvocationInfo(name, extent))
