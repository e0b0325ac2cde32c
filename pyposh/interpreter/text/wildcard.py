"""PowerShell wildcard patterns (WildcardPattern): `*`, `?`, `[a-z]`, backtick escapes, compiled to regexes."""
from __future__ import annotations

import functools
import re

from pyposh.errors import ScriptRuntimeError

_SPECIAL = "*?[]`"


class WildcardPatternError(ScriptRuntimeError):
    """A pattern WildcardPattern rejects (an unclosed `[`)."""

    exception_type = "System.Management.Automation.WildcardPatternException"

    def __init__(self, pattern: str, extent=None):
        super().__init__("The specified wildcard character pattern is not valid: %s" % pattern,
                         "RuntimeException", "InvalidArgument", extent)


def has_wildcards(pattern: str) -> bool:
    """WildcardPattern.ContainsWildcardCharacters: an unescaped `*`, `?` or `[`."""
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "`":
            i += 2
            continue
        if ch in "*?[":
            return True
        i += 1
    return False


def escape(text: str) -> str:
    """WildcardPattern.Escape: backtick before each wildcard character."""
    return "".join("`" + ch if ch in _SPECIAL else ch for ch in text)


def unescape(pattern: str) -> str:
    """WildcardPattern.Unescape: drop the backticks that escape characters."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "`" and i + 1 < len(pattern):
            out.append(pattern[i + 1])
            i += 2
        else:
            out.append(pattern[i])
            i += 1
    return "".join(out)


def to_regex(pattern: str) -> str:
    """The regex source (anchored at both ends) matching what the wildcard pattern matches."""
    out, i, n = ["^"], 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "`":
            if i + 1 < n:
                out.append(re.escape(pattern[i + 1]))
                i += 2
            else:
                out.append(re.escape("`"))
                i += 1
        elif ch == "*":
            out.append(".*")
            i += 1
        elif ch == "?":
            out.append(".")
            i += 1
        elif ch == "[":
            i = _bracket(pattern, i + 1, out)
        else:
            out.append(re.escape(ch))
            i += 1
    out.append("$")
    return "".join(out)


def _bracket(pattern: str, i: int, out: list) -> int:
    items, n = [], len(pattern)
    while i < n and pattern[i] != "]":
        ch = pattern[i]
        if ch == "`" and i + 1 < n:
            ch = pattern[i + 1]
            i += 1
        if i + 2 < n and pattern[i + 1] == "-" and pattern[i + 2] != "]":
            hi = pattern[i + 2]
            if hi == "`" and i + 3 < n:
                hi = pattern[i + 3]
                i += 1
            items.append(re.escape(ch) + "-" + re.escape(hi))
            i += 3
        else:
            items.append(re.escape(ch))
            i += 1
    if i >= n or not items:
        raise WildcardPatternError(pattern)
    out.append("[" + "".join(items) + "]")
    return i + 1


@functools.lru_cache(maxsize=1024)
def compile_wildcard(pattern: str, ignore_case: bool = True):
    """A compiled regex for the pattern (cached); raises WildcardPatternError for an invalid pattern."""
    flags = re.DOTALL | (re.IGNORECASE if ignore_case else 0)
    return re.compile(to_regex(pattern), flags)


def wildcard_match(pattern: str, text: str, ignore_case: bool = True) -> bool:
    """Whether the whole of `text` matches the wildcard pattern."""
    if "*" not in pattern and "?" not in pattern and "[" not in pattern and "`" not in pattern:
        return text == pattern or (ignore_case and text.lower() == pattern.lower())
    return compile_wildcard(pattern, ignore_case).match(text) is not None
