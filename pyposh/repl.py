"""The interactive loop: `PS /cwd> ` prompt from the `prompt` function, continuation lines, history."""
from __future__ import annotations

import os

from pyposh.interpreter.api import ParseError, script_body, to_string


def _entered(runspace):
    """The PSSession Enter-PSSession made the prompt's, or None (at the local prompt)."""
    entered = getattr(runspace.services, "entered", None)
    if entered is not None and entered.session.state != "Opened":
        runspace.host.write_native_error("The remote session %s is %s: back to the local prompt."
                                         % (entered.session.computer_name, entered.session.state))
        _leave(runspace)
        return None
    return entered


def _leave(runspace):
    # start-up: remoting loads only after Enter-PSSession
    from pyposh.runtime.cmdlets.remoting import leave
    leave(runspace)


def _prompt(runspace) -> str:
    entered = _entered(runspace)
    if entered is not None:
        # start-up: remoting loads only after Enter-PSSession
        from pyposh.runtime.remoting.prompt import remote_prompt
        return remote_prompt(entered)
    try:
        fn = runspace.global_scope.find_function("prompt")
        if fn is not None:
            out = runspace.invoke("prompt")
            return "".join(to_string(o) for o in out)
    except Exception:  # a broken prompt function falls back to the default, as pwsh does
        pass
    return "PS %s> " % runspace.location


def is_incomplete(text: str) -> bool:
    """Whether more lines could complete `text` (the REPL then asks for them with `>> `). The parsed script is
    cached, so running it next does not parse it again."""
    try:
        script_body(text)
    except ParseError as e:
        return e.incomplete
    return False


def run_repl(runspace, stdin, stdout, interactive=True) -> int:
    tty = interactive and hasattr(stdin, "isatty") and stdin.isatty() and stdout.isatty()
    session = None
    if tty:
        # start-up: prompt_toolkit and pygments load only for an interactive terminal
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import FileHistory
        from prompt_toolkit.lexers import PygmentsLexer
        from pygments.lexers.shell import PowerShellLexer
        history = os.path.join(os.path.expanduser("~"), ".pyposh_history")
        session = PromptSession(history=FileHistory(history), lexer=PygmentsLexer(PowerShellLexer))
    while True:
        lines = []
        prompt = _prompt(runspace)
        while True:
            try:
                if session is not None:
                    line = session.prompt(prompt if not lines else ">> ")
                else:
                    if tty or interactive and stdout.isatty():
                        stdout.write(prompt if not lines else ">> ")
                        stdout.flush()
                    line = stdin.readline()
                    if not line:
                        return runspace_exit(runspace, lines)
                    line = line.rstrip("\n")
            except EOFError:
                return 0
            except KeyboardInterrupt:
                lines = []
                break
            lines.append(line)
            text = "\n".join(lines)
            if not is_incomplete(text):
                break
        if not lines:
            continue
        text = "\n".join(lines)
        if not text.strip():
            continue
        entered = _entered(runspace)
        if entered is not None:
            if text.strip().lower() in ("exit", "exit-pssession"):
                _leave(runspace)
                continue
            _run_entered(runspace, entered, text, stdout)
            continue
        try:
            code = runspace.run(text)
        except KeyboardInterrupt:          # Ctrl+C stops the command, not the session
            runspace.host.flush()
            stdout.write("\n")
            continue
        if code is not None and runspace.exit_requested:
            return code


def _run_entered(runspace, entered, text, stdout):
    """A line at the `[computer]: PS ...>` prompt: it runs in the remote session."""
    # start-up: remoting loads only after Enter-PSSession
    from pyposh.runtime.remoting.prompt import run_remote
    try:
        run_remote(entered.session, text, runspace.host)
    except KeyboardInterrupt:
        stdout.write("\n")
    except Exception as error:  # noqa: BLE001 - a broken session must not end the prompt
        runspace.host.write_native_error(str(error))
    runspace.host.flush()


def runspace_exit(runspace, pending):
    if pending:
        runspace.run("\n".join(pending))
    return 0
