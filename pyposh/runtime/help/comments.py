"""Comment-based help: finding the help comment of a function or script in its source text and reading its
sections (.SYNOPSIS, .DESCRIPTION, .PARAMETER, .EXAMPLE ...), as PowerShell's HelpCommentsParser does.

Comments are not tokens of pyposh's parser, so a small scanner splits the source into comments, line ends and
other tokens (strings are skipped whole so a `#` inside one is not a comment)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_DIRECTIVE = re.compile(r"^\s*\.(\w+)(\s+(\S.*))?\s*$")
_BLANK = re.compile(r"^\s*$")
_PROXIMITY = 2          # HelpCommentsParser.CommentBlockProximity
_PUNCT = "{}()[];,|"


@dataclass
class Token:
    kind: str           # "comment", "newline" or "other"
    text: str
    start: int
    end: int
    start_line: int
    end_line: int


@dataclass
class CommentHelp:
    """The sections of one help comment (Language.CommentHelpInfo)."""
    synopsis: str | None = None
    description: str | None = None
    notes: str | None = None
    component: str | None = None
    role: str | None = None
    functionality: str | None = None
    forward_target: str | None = None
    forward_category: str | None = None
    external_help: str | None = None
    parameters: dict = field(default_factory=dict)      # upper-case name -> text
    examples: list = field(default_factory=list)
    inputs: list = field(default_factory=list)
    outputs: list = field(default_factory=list)
    links: list = field(default_factory=list)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    i, n, line = 0, len(text), 1

    def add(kind, start, end, first_line):
        tokens.append(Token(kind, text[start:end], start, end, first_line, first_line + text.count("\n", start, end)))

    while i < n:
        c = text[i]
        if c == "\n" or c == "\r":
            end = i + 2 if text.startswith("\r\n", i) else i + 1
            add("newline", i, end, line)
            line += 1
            i = end
        elif c in " \t\f\v\u00a0":
            i += 1
        elif text.startswith("<#", i):
            end = text.find("#>", i + 2)
            end = n if end < 0 else end + 2
            add("comment", i, end, line)
            line += text.count("\n", i, end)
            i = end
        elif c == "#":
            end = i
            while end < n and text[end] not in "\r\n":
                end += 1
            add("comment", i, end, line)
            i = end
        elif text.startswith(("@'", '@"'), i) and text[i + 2:i + 3] in ("\n", "\r"):
            close = "\n" + text[i + 1] + "@"
            end = text.find(close, i + 2)
            end = n if end < 0 else end + 3
            add("other", i, end, line)
            line += text.count("\n", i, end)
            i = end
        elif c in "'\"":
            end = i + 1
            while end < n:
                if c == '"' and text[end] == "`":
                    end += 2
                    continue
                if text[end] == c:
                    if text[end + 1:end + 2] == c:
                        end += 2
                        continue
                    end += 1
                    break
                end += 1
            add("other", i, min(end, n), line)
            line += text.count("\n", i, end)
            i = end
        elif c in _PUNCT:
            add("other", i, i + 1, line)
            i += 1
        else:
            end = i
            while end < n and text[end] not in " \t\r\n#'\"" + _PUNCT:
                if text[end] == "`":
                    end += 1
                end += 1
            add("other", i, min(end, n), line)
            i = max(end, i + 1)
    return tokens


# ---- comment blocks ------------------------------------------------------------------------------------

def _comment_block(tokens, index):
    """The comments from tokens[index] on that sit on consecutive lines; and the index after them."""
    result, next_max = [], None
    i = index
    while i < len(tokens):
        t = tokens[i]
        if next_max is not None and t.start_line > next_max:
            break
        if t.kind == "comment":
            result.append(t)
            next_max = t.end_line + 1
        elif t.kind != "newline":
            break
        i += 1
    return result, i


def _preceding_block(tokens, index, proximity):
    """The comments just before tokens[index], ending at most `proximity` lines above it."""
    result = []
    min_end = (tokens[index].start_line if index < len(tokens) else tokens[-1].end_line + 1) - proximity
    for t in reversed(tokens[:index]):
        if t.end_line < min_end:
            break
        if t.kind == "comment":
            result.append(t)
            min_end = t.start_line - 1
        elif t.kind != "newline":
            break
    return list(reversed(result))


def comment_lines(comments) -> list[str]:
    lines: list[str] = []
    for c in comments:
        if c.text.startswith("<#"):
            body = c.text[2:-2] if c.text.endswith("#>") else c.text[2:]
            lines.extend(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
        else:
            lines.append(c.text.lstrip("#"))
    return lines


def _section(lines, i):
    """GetSection: the lines after a directive up to the next one, their common indent removed."""
    capturing, indent, out = False, 0, []
    i += 1
    while i < len(lines):
        line = lines[i]
        if not capturing and _BLANK.match(line):
            i += 1
            continue
        if _DIRECTIVE.match(line):
            i -= 1
            break
        if not capturing:
            indent = len(line) - len(line.lstrip(" \t\u00a0"))
        capturing = True
        start = 0
        while start < len(line) and start < indent and line[start] in " \t\u00a0":
            start += 1
        out.append(line[start:] + "\n")
        i += 1
    return "".join(out), i


def analyze(lines) -> CommentHelp | None:
    """The help in a comment's lines, or None when it is not help (a line that is neither a known directive
    nor inside one, or no directive at all)."""
    help_info, found, i = CommentHelp(), False, 0
    singles = {"SYNOPSIS": "synopsis", "DESCRIPTION": "description", "NOTES": "notes"}
    trimmed = {"COMPONENT": "component", "ROLE": "role", "FUNCTIONALITY": "functionality"}
    lists = {"EXAMPLE": "examples", "INPUTS": "inputs", "OUTPUTS": "outputs"}
    while i < len(lines):
        match = _DIRECTIVE.match(lines[i])
        if match is None:
            if not _BLANK.match(lines[i]):
                return None
            i += 1
            continue
        found = True
        key, arg = match.group(1).upper(), match.group(3)
        if arg is not None:
            if key == "PARAMETER":
                text, i = _section(lines, i)
                help_info.parameters.setdefault(arg.upper().strip(), text)
            elif key == "FORWARDHELPTARGETNAME":
                help_info.forward_target = arg.strip()
            elif key == "FORWARDHELPCATEGORY":
                help_info.forward_category = arg.strip()
            elif key == "EXTERNALHELP":
                help_info.external_help = arg.strip()
            elif key != "REMOTEHELPRUNSPACE":
                return None
        elif key in singles:
            text, i = _section(lines, i)
            setattr(help_info, singles[key], text)
        elif key in trimmed:
            text, i = _section(lines, i)
            setattr(help_info, trimmed[key], text.strip())
        elif key in lists:
            text, i = _section(lines, i)
            getattr(help_info, lists[key]).append(text)
        elif key == "LINK":
            text, i = _section(lines, i)
            help_info.links.append(text.strip())
        else:
            return None
        i += 1
    return help_info if found else None


# ---- where the help comment of a function or script is ------------------------------------------------

def _first_at(tokens, offset):
    return next((k for k, t in enumerate(tokens) if t.start >= offset), len(tokens))


def _parameter_comments(tokens, parameter_extents) -> list[str]:
    """Each parameter's description from the comments just before it (or inside or right after it)."""
    out = []
    for start, end in parameter_extents:
        first = _first_at(tokens, start)
        lines = comment_lines(_preceding_block(tokens, first, _PROXIMITY))
        last = first
        while last < len(tokens) and tokens[last].start < end:
            if tokens[last].kind == "comment":
                lines += comment_lines([tokens[last]])
            last += 1
        after, _ = _comment_block(tokens, last)
        lines += comment_lines(after)
        text, _ = _section(lines, -1)
        out.append(text)
    return out


def _with_parameters(found, tokens, parameter_extents, names):
    for name, text in zip(names, _parameter_comments(tokens, parameter_extents)):
        if text and name.upper() not in found.parameters:
            found.parameters[name.upper()] = text
    return found


def function_help(source: str, body_start: int, parameter_extents=(), names=()):
    """The help comment of a function whose body (between its braces) starts at source[body_start]: the block
    before `function` (at most one blank line between), else the first help block inside the body, else the
    last one before its closing brace."""
    tokens = tokenize(source)
    opening = None
    for k, t in enumerate(tokens):
        if t.start >= body_start and not (t.start == body_start and t.text == "{"):
            break
        if t.text == "{":
            opening = k
    if opening is None:
        return None
    keyword = None
    for k in range(opening - 1, -1, -1):
        word = tokens[k].text.lower()
        if word in ("function", "filter", "workflow"):
            keyword = k
            break
        if tokens[k].kind == "newline" or word in ("{", "}", ";") or word.startswith("-"):
            break
    if keyword is not None:
        block = _preceding_block(tokens, keyword, _PROXIMITY)
        found = analyze(comment_lines(block)) if block else None
        if found is not None:
            return _with_parameters(found, tokens, parameter_extents, names)
    depth, closing = 0, len(tokens) - 1
    for k in range(opening, len(tokens)):
        if tokens[k].text == "{":
            depth += 1
        elif tokens[k].text == "}":
            depth -= 1
            if depth == 0:
                closing = k
                break
    k = opening + 1
    while k < closing:
        block, k_next = _comment_block(tokens, k)
        if not block:
            break
        found = analyze(comment_lines(block))
        if found is not None:
            return _with_parameters(found, tokens, parameter_extents, names)
        k = k_next
    block = _preceding_block(tokens, closing, tokens[closing].start_line)
    found = analyze(comment_lines(block)) if block else None
    return _with_parameters(found, tokens, parameter_extents, names) if found is not None else None


def script_help(source: str, first_function_line: int | None, parameter_extents=(), names=()):
    """The help comment of a script: the first help block of the file, unless it is the help of the script's
    first statement, a function starting at most two lines below it."""
    tokens = tokenize(source)
    k = 0
    while True:
        block, k_next = _comment_block(tokens, k)
        if not block:
            break
        found = analyze(comment_lines(block))
        if found is not None:
            if first_function_line is not None and first_function_line - block[-1].end_line <= _PROXIMITY:
                break
            return _with_parameters(found, tokens, parameter_extents, names)
        k = k_next
    if tokens:
        block = _preceding_block(tokens, len(tokens), len(source))
        found = analyze(comment_lines(block)) if block else None
        if found is not None:
            return _with_parameters(found, tokens, parameter_extents, names)
    return None
