"""Engine behaviours: the stop flag, call depth, statement-terminating errors, scopes, script blocks."""
from __future__ import annotations

import threading
import time

import pytest

import pyposh


@pytest.mark.parametrize("script", [
    "while ($true) { $i++ }",                                    # a tight loop
    "1..100000000 | ForEach-Object { $_ }",                       # a pipeline
    "function f { f }; try { f } catch { }; while (1) { }",       # after a caught depth overflow
])
def test_stop_flag_ends_a_running_script_promptly(script):
    with pyposh.Runspace() as rs:
        errors = []

        def run():
            try:
                rs.invoke(script)
            except pyposh.PipelineStoppedError:
                errors.append("stopped")

        worker = threading.Thread(target=run)
        worker.start()
        time.sleep(0.3)
        started = time.perf_counter()
        rs.stop()
        worker.join(5)
        assert not worker.is_alive()
        assert errors == ["stopped"]
        assert time.perf_counter() - started < 0.5
        assert rs.invoke("1 + 1") == [2]            # a stop ends the pipeline, not the runspace


def test_unbounded_recursion_is_a_call_depth_error():
    with pyposh.Runspace() as rs:
        out = rs.invoke("function f { f }; try { f } catch { $_.Exception.GetType().Name; $_.Exception.Message }")
        assert out == ["ScriptCallDepthException", "The script failed due to call depth overflow."]


def test_statement_terminating_error_continues_with_next_statement():
    # about_Try_Catch_Finally: a statement-terminating error ends the statement, the script goes on
    with pyposh.Runspace() as rs:
        assert rs.invoke("$z = 0; 1 / $z; 'after'") == ["after"]
        assert [e.fully_qualified_error_id for e in rs.errors] == ["RuntimeException"]


def test_runspaces_on_two_threads_do_not_share_variables():
    results = {}

    def run(name):
        with pyposh.Runspace() as rs:
            rs.invoke("$v = '%s'; 1..2000 | ForEach-Object { $v = $v }" % name)
            results[name] = rs.invoke("$v")

    threads = [threading.Thread(target=run, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == {"a": ["a"], "b": ["b"]}


def test_closures_capture_values():
    with pyposh.Runspace() as rs:
        out = rs.invoke("$x = 1; $c = { $x }.GetNewClosure(); $x = 2; & $c; & { $x }")
        assert out == [1, 2]


def test_dynamic_scoping_and_scope_modifiers():
    # about_Scopes: a child scope reads the parent's variables; $script: writes the script scope
    with pyposh.Runspace() as rs:
        out = rs.invoke("$a = 1; function f { $a; $a = 5; $a; $script:b = 7 }; f; $a; $b")
        assert out == [1, 5, 1, 7]


def test_dot_sourcing_runs_in_the_current_scope():
    with pyposh.Runspace() as rs:
        assert rs.invoke(". { $d = 3 }; $d; & { $e = 4 }; $null -eq $e") == [3, True]


def test_every_ast_node_type_has_a_compiler():
    import inspect
    from pyposh.grammar import ast as A
    import pyposh.interpreter.runspace  # noqa: F401 - importing the engine registers every handler
    from pyposh.interpreter.commands.compiler import COMPILERS
    # nodes that only occur inside others (their parents compile them)
    parts = {A.Ast, A.TypeConstraintAst, A.NamedAttributeArgumentAst, A.AttributeAst, A.ParameterAst,
             A.ParamBlockAst, A.NamedBlockAst, A.CatchClauseAst, A.CommandParameterAst, A.FileRedirectionAst,
             A.MergingRedirectionAst, A.CommandAst, A.StopParsingAst, A.PropertyMemberAst, A.FunctionMemberAst}
    nodes = {cls for _, cls in inspect.getmembers(A, inspect.isclass) if issubclass(cls, A.Ast)}
    assert sorted(c.__name__ for c in nodes - parts - set(COMPILERS)) == []


@pytest.mark.parametrize("target,message", [
    ("/nonexistent-dir/f.txt", "Could not find a part of the path '/nonexistent-dir/f.txt'."),
    ("/dev/full", "There is not enough space on the disk. : '/dev/full'"),
])
def test_failed_redirection_is_a_clear_error_and_the_script_goes_on(target, message):
    with pyposh.Runspace() as rs:
        assert rs.invoke("'x' > %s; 'after'" % target) == ["after"]
        assert [str(e) for e in rs.errors] == [message]


# ---- what is compiled lives with what it was compiled from ----------------------------------------------------

def test_compiled_script_dies_with_its_cache_entry(monkeypatch):
    # DESIGN.md: compiled closures live with the parsed script they came from, not in a table that only grows.
    import gc
    import weakref
    from pyposh.interpreter.commands import script_body as cache
    monkeypatch.setattr(cache, "_CACHE_SIZE", 4)
    with pyposh.Runspace() as rs:
        assert rs.invoke("function probe { 1 }; probe") == [1]
        first = weakref.ref(cache.script_body("function probe { 1 }; probe").script)   # the compiled closure
        for i in range(6):
            rs.invoke("%d + 1" % i)                             # newer texts push it out of the cache
        rs.invoke("Remove-Item Function:probe")                 # nothing else holds its compiled body
        gc.collect()
        assert first() is None


def test_running_the_same_text_again_reuses_its_compiled_body(monkeypatch):
    from pyposh.interpreter.commands import script_body as cache
    parses = []
    real_parse = cache.parse
    monkeypatch.setattr(cache, "parse", lambda text, file=None: parses.append(text) or real_parse(text, file))
    with pyposh.Runspace() as rs:
        text = "$n = 0; foreach ($i in 1..3) { $n += $i }; $n  # reuse"
        assert rs.invoke(text) == [6]
        assert rs.invoke(text) == [6]
    assert parses == [text]


def test_background_operator_hands_the_parsed_pipeline_to_the_job(monkeypatch):
    # The job runs the pipeline parsed with the script (about_Operators, "Background operator &"); its text is
    # not parsed again.
    from pyposh.interpreter.commands import script_body as cache
    parses = []
    real_parse = cache.parse
    monkeypatch.setattr(cache, "parse", lambda text, file=None: parses.append(text) or real_parse(text, file))
    with pyposh.Runspace() as rs:
        out = rs.invoke("$j = 6 * 7 &; $null = Wait-Job $j; Receive-Job $j; $j.Command")
    assert out == [42, "6 * 7"]
    assert parses == ["$j = 6 * 7 &; $null = Wait-Job $j; Receive-Job $j; $j.Command"]
