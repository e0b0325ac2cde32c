"""Acceptance cases expected to fail, each with its reason: `"<folder>/<name>": "reason"`.

They run as `xfail(strict=True)`: a listed case that starts passing fails the suite until its line
here is removed, so this list always says exactly what does not work yet.
"""

XFAIL: dict[str, str] = {
    # core/: none.
    # jobs/: background jobs arrive with issue 4.
    "jobs/basic": "issue 4: background jobs",
    "jobs/using": "issue 4: background jobs",
}

# docs/ cases whose documented output is not what PowerShell 7 prints (shared/acceptance/docs/README.md).
# Each entry gives the evidence: PowerShell's source or its own tests. They also run as strict xfail.
DOC_ERRORS: dict[str, str] = {}
