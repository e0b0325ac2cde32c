"""String literals: finding where quoted and here-strings end, and decoding their contents."""
from __future__ import annotations

SINGLE_QUOTES = "'\u2018\u2019\u201a\u201b"
DOUBLE_QUOTES = '"\u201c\u201d\u201e'

# Backtick escapes in double-quoted strings (about_Special_Characters).
ESCAPES = {"0": "\0", "a": "\a", "b": "\b", "e": "\x1b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
           "v": "\v"}


def scan_single_quoted(text: str, pos: int) -> int:
    """End offset (after the closing quote) of the single-quoted string at pos, or -1."""
    n = len(text)
    i = pos + 1
    while i < n:
        if text[i] in SINGLE_QUOTES:
            if i + 1 < n and text[i + 1] in SINGLE_QUOTES:
                i += 2
                continue
            return i + 1
        i += 1
    return -1


def scan_double_quoted(text: str, pos: int) -> int:
    """End offset of the double-quoted string at pos (nested `$( )` may hold quotes), or -1."""
    n = len(text)
    i = pos + 1
    while i < n:
        c = text[i]
        if c == "`":
            i += 2
            continue
        if c in DOUBLE_QUOTES:
            if i + 1 < n and text[i + 1] in DOUBLE_QUOTES:
                i += 2
                continue
            return i + 1
        if c == "$" and i + 1 < n and text[i + 1] == "(":
            end = scan_parens(text, i + 1)
            if end < 0:
                return -1
            i = end
            continue
        i += 1
    return -1


def scan_parens(text: str, pos: int) -> int:
    """End offset after the `)` matching the `(` at pos, skipping strings and comments; -1 if none."""
    n = len(text)
    depth = 0
    i = pos
    while i < n:
        c = text[i]
        if c == "`":
            i += 2
            continue
        if c in "({":
            depth += 1
        elif c in ")}":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c in SINGLE_QUOTES:
            end = scan_single_quoted(text, i)
            if end < 0:
                return -1
            i = end
            continue
        elif c in DOUBLE_QUOTES:
            end = scan_double_quoted(text, i)
            if end < 0:
                return -1
            i = end
            continue
        elif c == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        i += 1
    return -1


def scan_here_string(text: str, pos: int) -> tuple[int, str]:
    """End offset and quote kind of the here-string at pos (`@"` or `@'`); -1 when unterminated."""
    quote = text[pos + 1]
    kind = '"' if quote in DOUBLE_QUOTES else "'"
    closers = DOUBLE_QUOTES if kind == '"' else SINGLE_QUOTES
    i = text.find("\n", pos)
    if i < 0:
        return -1, kind
    while True:
        j = i + 1
        if j < len(text) and text[j] in closers and text[j + 1:j + 2] == "@":
            return j + 2, kind
        if j < len(text) and text[j] == "\r" and text[j + 1:j + 2] in closers and text[j + 2:j + 3] == "@":
            return j + 3, kind
        i = text.find("\n", j)
        if i < 0:
            return -1, kind


def single_quoted_value(raw: str) -> str:
    """The value of a single-quoted string token (quotes removed, doubled quotes undoubled)."""
    body = raw[1:-1]
    out = []
    i = 0
    while i < len(body):
        c = body[i]
        out.append(c)
        if c in SINGLE_QUOTES and i + 1 < len(body) and body[i + 1] in SINGLE_QUOTES:
            i += 2
            continue
        i += 1
    return "".join(out)


def here_string_body(raw: str, normalize: bool = True) -> str:
    """The text between a here-string's header line and its closing line, its line ends made `\n` (unless
    `normalize` is false: then each character stays at its offset from the body's start)."""
    first = raw.index("\n") + 1
    body = raw[first:-2]
    if body.endswith("\r\n"):
        body = body[:-2]
    elif body.endswith("\n"):
        body = body[:-1]
    return body.replace("\r\n", "\n") if normalize else body
