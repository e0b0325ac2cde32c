"""The background operator `&`: `cmd &` starts a job running `cmd` (PowerShell 7), through the job manager."""
from __future__ import annotations

from pyposh.interpreter.commands.cmdlet import SERVICES


def _command_text(node) -> str:
    text = node.extent.text.rstrip()
    if text.endswith("&"):
        text = text[:-1].rstrip()
    return text


def compile_background(node):
    text = _command_text(node)
    parsed = []

    def start(ctx):
        if not parsed:
            from pyposh.grammar import parse
            parsed.append(parse(text))
        if "start_job" not in SERVICES:
            ctx.runspace.commands.builtins.load_command("Start-Job")    # the module that runs jobs
        ctx.out(SERVICES["start_job"](ctx, parsed[0], text))
    return start
