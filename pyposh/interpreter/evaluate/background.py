"""The background operator `&`: `cmd &` starts a job running `cmd` (PowerShell 7), through the job launcher of the
runspace's runtime services, which receives the pipeline already parsed (as the body of a script block)."""
from __future__ import annotations

import dataclasses

from pyposh.grammar import ast as A
from pyposh.interpreter.commands.script_body import ScriptBody


def job_script_block(node) -> A.ScriptBlockAst:
    """`cmd &` as the script block its job runs: the same pipeline, without the `&`."""
    pipeline = dataclasses.replace(node, background=False)
    end = A.NamedBlockAst(node.extent, "end", (pipeline,), (), True)
    return A.ScriptBlockAst(node.extent, None, None, None, end)


def command_text(node) -> str:
    """The job's Command: the pipeline's text without the `&`."""
    text = node.extent.text.rstrip()
    return text[:-1].rstrip() if text.endswith("&") else text


def compile_background(node):
    body = ScriptBody(job_script_block(node))     # compiled once, in the job's thread, however often it starts
    text = command_text(node)

    def start(ctx):
        ctx.out(ctx.runspace.services.start_background(ctx, body, text))
    return start
