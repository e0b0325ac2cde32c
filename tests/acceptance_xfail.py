"""Acceptance cases expected to fail, each with its reason: `"<folder>/<name>": "reason"`.

They run as `xfail(strict=True)`: a listed case that starts passing fails the suite until its line
here is removed, so this list always says exactly what does not work yet.
"""

XFAIL: dict[str, str] = {
    # core/: none.
    # jobs/: none.
    # docs/: each fails for the reason given (found by running the case; see the closing note of issue 2).
}

# docs/ cases whose documented output is not what PowerShell 7 prints (shared/acceptance/docs/README.md).
# Each entry gives the evidence: PowerShell's source or its own tests. They also run as strict xfail.
DOC_ERRORS: dict[str, str] = {
    "about_Return__4": "the page shows Measure-Object's list without StandardDeviation; PowerShell 7's "
                       "GenericMeasureInfo has it and the same docs show it (Measure-Object__8.out: "
                       "'StandardDeviation :' between Minimum and Property)",
    "about_Return__5": "same as about_Return__4: StandardDeviation is missing from the documented list",
}
