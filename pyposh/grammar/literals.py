"""Literal tokens to values: numbers, variable names, type names, bare words and string escapes."""
from __future__ import annotations

import re
from decimal import Decimal

from pyposh.errors import ParseError
from pyposh.grammar import messages
from pyposh.grammar.strings import DOUBLE_QUOTES, ESCAPES, SINGLE_QUOTES

MULTIPLIERS = {"kb": 1 << 10, "mb": 1 << 20, "gb": 1 << 30, "tb": 1 << 40, "pb": 1 << 50}
SCOPES = {"global", "script", "local", "private", "using", "workflow"}
DRIVE_SCOPES = {"env", "variable", "function", "alias"}
_NUMBER_PARTS = re.compile(
    r"^(?P<sign>[-\u2013\u2014\u2015]?)(?:(?P<hex>0[xX][0-9a-fA-F]+)|(?P<bin>0[bB][01]+)|(?P<dec>(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?))"
    r"(?P<suffix>[dD]|[lL][uU]?|[uU][lLsSyY]?|[nN]|[sS]|[yY])?(?P<mult>[kKmMgGtTpP][bB])?$")


def number_value(text: str):
    """The value of a numeric literal as PowerShell types it (Int32/Int64 as int, Double, Decimal)."""
    m = _NUMBER_PARTS.match(text)
    if not m:
        raise ValueError(text)
    negative = bool(m.group("sign"))
    suffix = (m.group("suffix") or "").lower()
    mult = MULTIPLIERS[m.group("mult").lower()] if m.group("mult") else 1
    if m.group("hex") or m.group("bin"):
        digits = m.group("hex") or m.group("bin")
        value = int(digits[2:], 16 if m.group("hex") else 2)
        if not suffix and value <= 0xFFFFFFFF and value >= 0x80000000 and m.group("hex"):
            value -= 1 << 32          # 0xFFFFFFFF is -1, an Int32, as in PowerShell
        elif suffix == "l" and 0x8000000000000000 <= value <= 0xFFFFFFFFFFFFFFFF:
            value -= 1 << 64
    else:
        digits = m.group("dec")
        if suffix == "d":
            value = Decimal(digits)
        elif "." in digits or "e" in digits.lower():
            value = float(digits)
            if suffix in ("l", "n", "s", "y", "u", "ul", "us", "uy", "lu"):
                value = int(round(value))
        else:
            value = int(digits)
            if suffix == "" and value > 0x7FFFFFFFFFFFFFFF:
                value = Decimal(digits) if value <= 79228162514264337593543950335 else float(digits)
    if mult != 1:
        value = value * mult
    return -value if negative else value


def split_variable(token_text: str) -> tuple[str, str]:
    """`$scope:name`, `${name}`, `$_` -> (scope, name)."""
    body = token_text[1:]
    if body.startswith("{") and body.endswith("}"):
        body = re.sub(r"`(.)", r"\1", body[1:-1])
    if ":" in body:
        scope, _, name = body.partition(":")
        if scope.lower() in SCOPES or scope.lower() in DRIVE_SCOPES or (len(scope) > 1 and name):
            return scope.lower(), name
    return "", body


def type_name(token_text: str) -> str:
    """`[ System.Int32 ]` -> `System.Int32`; `[Parameter(` -> `Parameter`."""
    text = token_text.strip()
    if text.startswith("["):
        text = text[1:]
    if text.endswith("("):
        text = text[:-1]
    elif text.endswith("]"):
        text = text[:-1]
    return text.strip().replace(" ", "")


def unescape_backticks(text: str) -> str:
    """Apply backtick escapes as in a double-quoted string (`n, `t, `u{263a}, `$ ...)."""
    if "`" not in text:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "`" and i + 1 < n:
            nxt = text[i + 1]
            if nxt == "u" and text[i + 2:i + 3] == "{":
                char, i = unicode_escape(text, i)
                out.append(char)
                continue
            if nxt == "\r" and text[i + 2:i + 3] == "\n":
                i += 3
                continue
            if nxt == "\n":
                i += 2
                continue
            out.append(ESCAPES.get(nxt, nxt))
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def bare_word_pieces(raw: str):
    """Split a command-mode bare word into (text, expandable) pieces: quotes and backticks resolved.

    Returns a list of (kind, text): kind 'literal' for text taken as is, 'expand' for text that may
    hold `$` references (from double quotes or outside quotes).
    """
    pieces = []
    i = 0
    n = len(raw)
    buf = []
    while i < n:
        c = raw[i]
        if c in SINGLE_QUOTES:
            if buf:
                pieces.append(("expand", "".join(buf)))
                buf = []
            j = i + 1
            lit = []
            while j < n:
                if raw[j] in SINGLE_QUOTES:
                    if j + 1 < n and raw[j + 1] in SINGLE_QUOTES:
                        lit.append(raw[j])
                        j += 2
                        continue
                    break
                lit.append(raw[j])
                j += 1
            pieces.append(("literal", "".join(lit)))
            i = j + 1
            continue
        if c in DOUBLE_QUOTES:
            j = i + 1
            while j < n and raw[j] not in DOUBLE_QUOTES:
                j += 2 if raw[j] == "`" else 1
            buf.append(raw[i + 1:j])
            i = j + 1
            continue
        buf.append(c)
        i += 1
    if buf:
        pieces.append(("expand", "".join(buf)))
    return pieces


_HEX = re.compile(r"[0-9A-Fa-f]*")


def unicode_escape(text: str, i: int) -> tuple[str, int]:
    """The character of the `` `u{X} `` escape starting at text[i] (the backtick), and the index after it; a bad
    escape is PowerShell's parse error (tokenizer.cs ScanUnicodeEscape)."""
    start = i + 3
    digits = _HEX.match(text, start).group(0)
    end = start + len(digits)
    if len(digits) > 6:
        raise ParseError(*messages.message("TooManyDigitsInUnicodeEscapeSequence"))
    if end >= len(text) or text[end] != "}":
        raise ParseError(*messages.message("MissingUnicodeEscapeSequenceTerminator" if digits
                                           else "InvalidUnicodeEscapeSequence"))
    if not digits:
        raise ParseError(*messages.message("InvalidUnicodeEscapeSequence"))
    value = int(digits, 16)
    if value > 0x10FFFF:
        raise ParseError(*messages.message("InvalidUnicodeEscapeSequenceValue"))
    return chr(value), end + 1
