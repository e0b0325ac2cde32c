"""The `pyposh` command: pwsh-compatible flags (-Command, -File, -NoProfile ...), exit codes, and the REPL."""
from __future__ import annotations

import io
import os
import sys

from pyposh import __version__
from pyposh.interpreter.api import PS_VERSION
from pyposh.repl import run_repl
from pyposh.runtime.host import ConsoleHost
from pyposh.runtime.session import new_runspace

USAGE = """Usage: pyposh [-NoProfile] [-NonInteractive] [-NoLogo] [-Command <text> | -File <path> [args] | <path> [args]]
       pyposh -Command -      (read the script from standard input)
       pyposh -sshs           (serve a remote session on stdin/stdout: an sshd subsystem)
       pyposh -Version"""

_FLAGS = ("noprofile", "noninteractive", "nologo", "noexit", "mta", "sta")
NOT_A_SCRIPT = ("The argument '%s' is not recognized as the name of a script file. Check the spelling of the name, "
                "or if a path was included, verify that the path is correct and try again.\n")


def _match(arg: str, name: str, shortest: int = 1) -> bool:
    """pwsh accepts unique prefixes of its flags, with - or /, case-insensitively."""
    if not arg or arg[0] not in "-/":
        return False
    body = arg.lstrip("-/").lower()
    return len(body) >= shortest and name.startswith(body)


def parse_args(argv):
    opts = {"command": None, "file": None, "args": [], "interactive": True, "version": False, "help": False,
            "sshs": False}
    i = 0
    while i < len(argv):
        arg = argv[i]
        if _match(arg, "command") or arg.lower() in ("-c", "/c"):
            opts["command"] = " ".join(argv[i + 1:]) if i + 1 < len(argv) else ""
            return opts
        if _match(arg, "file") or arg.lower() in ("-f", "/f"):
            if i + 1 >= len(argv):
                opts["help"] = True
                return opts
            opts["file"] = argv[i + 1]
            opts["args"] = argv[i + 2:]
            return opts
        if _match(arg, "version", 2) or arg.lower() in ("-v", "--version"):
            opts["version"] = True
            return opts
        if arg.lower() in ("-sshs", "-sshserver", "/sshs"):
            opts["sshs"] = True
            i += 1
            continue
        if arg.lower() in ("-?", "/?", "-h", "--help", "-help"):
            opts["help"] = True
            return opts
        if _match(arg, "noninteractive", 4):
            opts["interactive"] = False
        elif any(_match(arg, flag, 3) for flag in _FLAGS):
            pass
        elif _match(arg, "executionpolicy", 2) or _match(arg, "outputformat", 1) or _match(arg, "inputformat", 2):
            i += 1
        elif arg.startswith("-") and len(arg) > 1:
            sys.stderr.write(NOT_A_SCRIPT % arg)
            opts["help"] = True
            opts["error"] = True
            return opts
        else:
            opts["file"] = arg
            opts["args"] = argv[i + 1:]
            return opts
        i += 1
    return opts


def serve_remote_session() -> int:
    """`pyposh -sshs`: the far side of a remote session, on stdin/stdout."""
    # start-up: psrpcore and the server load only in a remote session's process
    from pyposh.runtime.remoting.server import serve
    try:
        return serve()
    except KeyboardInterrupt:
        return 130


def run_captured(argv, cwd=None, stdin_text=None):
    """Run the command in-process with captured output: (stdout, stderr, exit code). Used by the tests."""
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err, cwd=cwd, stdin=io.StringIO(stdin_text or ""))
    return out.getvalue(), err.getvalue(), code


def main(argv=None, stdout=None, stderr=None, cwd=None, stdin=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    opts = parse_args(argv)
    if opts["help"]:
        stdout.write(USAGE + "\n")
        return 64 if opts.get("error") else 0
    if opts["version"]:
        stdout.write("PowerShell %s (pyposh %s)\n" % (PS_VERSION, __version__))
        return 0
    if opts["sshs"]:
        return serve_remote_session()
    runspace = None
    try:
        runspace = new_runspace(ConsoleHost(stdout, stderr), location=cwd, share_process=True)
        if opts["command"] is not None:
            text = opts["command"]
            if text.strip() == "-":
                text = stdin.read()
            return runspace.run(text)
        if opts["file"] is not None:
            path = os.path.join(cwd, opts["file"]) if cwd else opts["file"]
            if not os.path.isfile(path):
                stderr.write(NOT_A_SCRIPT % opts["file"])
                return 64
            with open(path, encoding="utf-8-sig") as f:
                text = f.read()
            return runspace.run(text, os.path.abspath(path), opts["args"])
        return run_repl(runspace, stdin, stdout, interactive=opts["interactive"])
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (`pyposh x.ps1 | head -1`): stop quietly, as a shell pipeline expects
        if stdout is sys.stdout:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception:
        if os.environ.get("PYPOSH_DEBUG") == "1":
            raise
        stderr.write("pyposh: internal error (set $env:PYPOSH_DEBUG=1 for details)\n")
        return 70
    finally:
        if runspace is not None:
            runspace.close()            # running jobs are stopped; nobody waits for their (daemon) threads
