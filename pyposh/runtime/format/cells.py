"""Text measured in terminal cells: widths, truncation, line splitting and wrapping (PowerShell's DisplayCells)."""
from __future__ import annotations

import re

ELLIPSIS = "\u2026"

# VT escape sequences take no cells (PowerShell's ValueStringDecorated strips them before measuring).
_VT = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")

_SOFT_HYPHEN = "\u00ad"
_HARD_HYPHEN = "\u2011"
_NO_BREAK_SPACE = "\u00a0"


def char_cells(ch: str) -> int:
    """Cells one character takes: 2 for East Asian wide forms, 2 for a character outside the BMP (.NET sees a
    surrogate pair of two 1-cell halves), else 1 (PowerShell's CharLengthInBufferCells, not full wcwidth)."""
    c = ord(ch)
    if c > 0xFFFF:
        return 2
    if c < 0x1100:
        return 1
    wide = (c <= 0x115F or c == 0x2329 or c == 0x232A
            or (0x2E80 <= c <= 0xA4CF and c != 0x303F)
            or 0xAC00 <= c <= 0xD7A3 or 0xF900 <= c <= 0xFAFF
            or 0xFE10 <= c <= 0xFE19 or 0xFE30 <= c <= 0xFE6F
            or 0xFF00 <= c <= 0xFF60 or 0xFFE0 <= c <= 0xFFE6)
    return 2 if wide else 1


def plain(text: str) -> str:
    """The text without VT escape sequences."""
    return _VT.sub("", text) if "\x1b" in text else text


def cell_len(text: str | None) -> int:
    """Cells the text takes on screen."""
    if not text:
        return 0
    text = plain(text)
    if text.isascii():
        return len(text)
    return sum(char_cells(ch) for ch in text)


def fit_head(text: str, cells: int) -> int:
    """How many characters from the start of (plain) text fit in `cells` cells."""
    used = 0
    count = 0
    for ch in text:
        w = char_cells(ch)
        if used + w > cells:
            break
        used += w
        count += 1
        if used == cells:
            break
    return count


def fit_tail(text: str, cells: int) -> int:
    """How many characters from the end of (plain) text fit in `cells` cells."""
    return fit_head(text[::-1], cells)


def split_lines(text: str | None) -> list[str]:
    """Split on `\\n`, dropping every `\\r` (PowerShell's StringManipulationHelper.SplitLines)."""
    if not text:
        return [text or ""]
    return text.replace("\r", "").split("\n")


def truncate_at_newline(text: str | None) -> str:
    """The first line of text, with `…` added when there was more."""
    if not text:
        return ""
    cut = text.find("\n")
    r = text.find("\r")
    if r >= 0 and (cut < 0 or r < cut):
        cut = r
    return text if cut < 0 else text[:cut] + ELLIPSIS


def generate_lines(text: str | None, first_width: int, other_width: int) -> list[str]:
    """Break text into lines of at most the given widths, at word boundaries (en-US culture: word wrap)."""
    if not text:
        return [text or ""]
    text = plain(text)
    out: list[str] = []
    for line in split_lines(text):
        if cell_len(line) <= first_width:
            out.append(line)
            continue
        _wrap_words(line, first_width, other_width, out)
    return out


def _words(line: str):
    word = []
    for ch in line:
        if ch in (" ", "\t", _SOFT_HYPHEN):
            yield "".join(word), ch
            word = []
        elif ch in (_HARD_HYPHEN, _NO_BREAK_SPACE):
            yield "".join(word), ""
            word = []
        else:
            word.append(ch)
    yield "".join(word), ""


def _wrap_words(line: str, first_width: int, other_width: int, out: list[str]) -> None:
    spaces_left = line_width = first_width
    first = True
    current: list[str] = []
    for word, delim in _words(line):
        if delim == _SOFT_HYPHEN:
            delim = "-" if cell_len(word) + 1 == spaces_left else ""
        word += delim
        width = cell_len(word)
        if line_width == 0:
            if first:
                first = False
                line_width = other_width
            if line_width == 0:
                break
            spaces_left = line_width
        if width > line_width:
            for ch in word:
                cw = char_cells(ch)
                if cw > line_width:
                    ch, cw = "?", 1
                if cw > spaces_left:
                    out.append("".join(current))
                    current = [ch]
                    if first:
                        first = False
                        line_width = other_width
                    spaces_left = line_width - cw
                else:
                    current.append(ch)
                    spaces_left -= cw
        elif width > spaces_left:
            out.append("".join(current))
            current = [word]
            if first:
                first = False
                line_width = other_width
            spaces_left = line_width - width
        else:
            current.append(word)
            spaces_left -= width
    out.append("".join(current))


def pad(text: str, width: int, alignment: str, pad_right: bool) -> str:
    """Fit text into `width` cells: pad by alignment, or truncate with `…` (PowerShell's GenerateRowField)."""
    if text.isascii() and text.isprintable():   # the common case: one line, no escapes, one cell a character
        gap = width - len(text)
        if gap == 0:
            return text
        if gap > 0:
            if alignment == "right":
                return " " * gap + text
            if alignment == "center":
                left = gap // 2
                return " " * left + text + (" " * (gap - left) if pad_right else "")
            return text + " " * gap if pad_right else text
    text = truncate_at_newline(text)
    length = cell_len(text)
    if length < width:
        gap = width - length
        if alignment == "right":
            text = " " * gap + text
        elif alignment == "center":
            left = gap // 2
            text = " " * left + text + (" " * (gap - left) if pad_right else "")
        elif pad_right:
            text = text + " " * gap
    elif length > width:
        text = plain(text)
        keep = width - 1
        if keep > 0:
            if alignment == "right":
                text = ELLIPSIS + text[len(text) - fit_tail(text, keep):]
            else:
                text = text[:fit_head(text, keep)] + ELLIPSIS
        elif alignment == "right":
            text = text[len(text) - fit_tail(text, width):]
        else:
            text = text[:fit_head(text, width)]
    final = cell_len(text)
    if final != width and final < width:
        # a double-cell character was cut: one cell short
        if alignment == "right":
            text = " " + text
        elif pad_right:
            text = text + " "
    return text
