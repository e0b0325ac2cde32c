"""The background operator `&`: `cmd &` would start a job; jobs arrive with the job manager (issue 4)."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError


def compile_background(node):
    def start(ctx):
        raise ScriptRuntimeError("Background jobs ('&' after a pipeline) are not available in this pyposh build yet.",
                                 "BackgroundJobsNotSupported", "NotImplemented", node.extent)
    return start
