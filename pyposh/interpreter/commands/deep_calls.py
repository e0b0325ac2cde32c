"""Deep PowerShell recursion without raising Python's recursion limit.

Each PowerShell call nests a dozen Python frames, so 1,000 nested calls (PowerShell's own depth is bounded only by
its stack) would need a recursion limit near 13,000. That limit is process-wide: raising it would let any thread
of the host process with a small stack crash on deep recursion instead of getting RecursionError. So the limit
stays as the host set it, and a call made deep in a thread's stack runs its body on a fresh thread with a stack of
its own (CPython counts recursion per thread); the caller waits, so the calls still run one at a time, in order.
"""
from __future__ import annotations

import sys
import threading

from pyposh.interpreter.dotnet.registry import calling_context, set_calling_context

STACK_SIZE = 32 * 1024 * 1024      # ample for a full recursion limit's worth of frames
_CHECK_EVERY = 8                   # PowerShell call levels between measurements of the Python stack
_stack_lock = threading.Lock()


def stack_is_deep(call_depth: int) -> bool:
    """Whether a call at this PowerShell depth should continue on a fresh stack: measured every few levels,
    when this thread's Python stack is past half the recursion limit."""
    if call_depth % _CHECK_EVERY:
        return False
    frame, depth, half = sys._getframe(), 0, sys.getrecursionlimit() // 2
    while frame is not None and depth < half:
        frame = frame.f_back
        depth += 1
    return depth >= half


def run_on_fresh_stack(fn):
    """fn() on a new thread with its own stack and recursion count; its result, or what it raised, comes back."""
    outcome = {}
    context = calling_context()

    def run():
        set_calling_context(context)
        try:
            outcome["value"] = fn()
        except BaseException as exc:        # flow control (return, break, stop) and errors go back to the caller
            outcome["error"] = exc

    with _stack_lock:
        old = threading.stack_size(STACK_SIZE)
        try:
            thread = threading.Thread(target=run, name="pyposh-deep-call", daemon=True)
            thread.start()
        finally:
            threading.stack_size(old)
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
