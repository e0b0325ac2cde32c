"""External programs in a pipeline: arguments as strings, input as text lines, output lines as strings."""
from __future__ import annotations

from pyposh.interpreter.conversions import to_string


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
                from pyposh.interpreter.binding import NO_VALUE
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
        import subprocess
        rs = self.ctx.runspace
        stdin = subprocess.PIPE if self.has_input else None
        try:
            proc = subprocess.Popen(self.argv(), stdin=stdin, stdout=subprocess.PIPE, cwd=rs.location,
                                    env=rs.environment.as_dict(), text=True, errors="replace")
        except OSError as e:
            from pyposh.errors import ScriptRuntimeError
            raise ScriptRuntimeError("Program '%s' failed to run: %s" % (self.name, e.strerror),
                                     "NativeCommandFailed", "ResourceUnavailable", self.extent) from None
        rs.register_child_process(proc)
        try:
            if self.has_input:
                try:
                    proc.stdin.write("".join(line + "\n" for line in self.input))
                    proc.stdin.close()
                except BrokenPipeError:
                    pass
            for line in proc.stdout:
                self.emit(line.rstrip("\r\n"))
            code = proc.wait()
        finally:
            rs.unregister_child_process(proc)
        rs.global_scope.set_local("lastexitcode", code, "LASTEXITCODE")
        if code != 0:
            rs.mark_failed()
