"""The .NET regex dialect on the `regex` package: translation, RegexOptions, matches, $Matches, substitutions."""
from __future__ import annotations

import functools

import regex

from pyposh.interpreter.values.objects import Hashtable

NONE, IGNORE_CASE, MULTILINE, EXPLICIT_CAPTURE, COMPILED = 0, 1, 2, 4, 8
SINGLELINE, IGNORE_PATTERN_WHITESPACE, RIGHT_TO_LEFT, ECMA_SCRIPT, CULTURE_INVARIANT = 16, 32, 64, 256, 512
OPTION_NAMES = {
    "none": NONE, "ignorecase": IGNORE_CASE, "multiline": MULTILINE, "explicitcapture": EXPLICIT_CAPTURE,
    "compiled": COMPILED, "singleline": SINGLELINE, "ignorepatternwhitespace": IGNORE_PATTERN_WHITESPACE,
    "righttoleft": RIGHT_TO_LEFT, "ecmascript": ECMA_SCRIPT, "cultureinvariant": CULTURE_INVARIANT,
    "nonbacktracking": 1024,
}
_NUMBERED_NAME = "_pyposh_n"


class RegexPatternError(ValueError):
    """A pattern .NET would reject; the message follows .NET's `Invalid pattern '...' at offset N. ...`."""

    def __init__(self, pattern: str, message: str):
        super().__init__(message)
        self.pattern = pattern
        self.message = message


def parse_options(value) -> int:
    """RegexOptions from an int, a name list ('IgnoreCase, Multiline') or names; ValueError on an unknown name."""
    if value is None:
        return NONE
    if isinstance(value, int):
        return int(value)
    names = value.split(",") if isinstance(value, str) else list(value)
    result = 0
    for name in names:
        if isinstance(name, int):
            result |= name
            continue
        key = str(name).strip().lower()
        if not key:
            continue
        if key not in OPTION_NAMES:
            raise ValueError(str(name).strip())
        result |= OPTION_NAMES[key]
    return result


def option_names(options: int) -> str:
    """RegexOptions flags as .NET prints them ('IgnoreCase, Multiline'; 'None' for 0)."""
    names = {v: k for k, v in OPTION_NAMES.items()}
    proper = {"ignorecase": "IgnoreCase", "multiline": "Multiline", "explicitcapture": "ExplicitCapture",
              "compiled": "Compiled", "singleline": "Singleline", "ignorepatternwhitespace": "IgnorePatternWhitespace",
              "righttoleft": "RightToLeft", "ecmascript": "ECMAScript", "cultureinvariant": "CultureInvariant",
              "nonbacktracking": "NonBacktracking"}
    parts = [proper[names[bit]] for bit in sorted(names) if bit and options & bit]
    return ", ".join(parts) if parts else "None"


# ---------------------------------------------------------------- translation

def _read_name(pattern: str, i: int, close: str):
    end = pattern.find(close, i)
    if end < 0:
        return None, i
    return pattern[i:end], end + 1


def translate(pattern: str, options: int = 0) -> str:
    """Rewrite a .NET pattern into the `regex` package's dialect (\\Z, \\z, (?'n'..), \\k<n>, \\p{IsX}, \\e,
    numeric group names, ExplicitCapture)."""
    out = []
    i, n = 0, len(pattern)
    explicit = bool(options & EXPLICIT_CAPTURE)
    verbose = bool(options & IGNORE_PATTERN_WHITESPACE)
    while i < n:
        ch = pattern[i]
        if ch == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "Z":
                out.append(r"(?=\n?\Z)")
                i += 2
            elif nxt == "z":
                out.append(r"\Z")
                i += 2
            elif nxt == "e":
                out.append(r"\x1b")
                i += 2
            elif nxt == "k" and i + 2 < n and pattern[i + 2] in "<'":
                name, j = _read_name(pattern, i + 3, ">" if pattern[i + 2] == "<" else "'")
                if name is None:
                    out.append(pattern[i:i + 2])
                    i += 2
                else:
                    out.append(r"\g<%s>" % name)
                    i = j
            elif nxt in "pP" and pattern.startswith("{Is", i + 2):
                out.append("\\" + nxt + "{In")
                i += 5
            else:
                out.append(pattern[i:i + 2])
                i += 2
        elif ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
        elif ch == "(":
            if pattern.startswith("(?'", i) or (pattern.startswith("(?<", i) and i + 3 < n
                                               and pattern[i + 3] not in "=!"):
                close = "'" if pattern[i + 2] == "'" else ">"
                name, j = _read_name(pattern, i + 3, close)
                if name is None:
                    raise RegexPatternError(pattern, "Invalid pattern '%s' at offset %d. Unrecognized grouping "
                                            "construct." % (pattern, i + 3))
                if "-" in name:
                    raise RegexPatternError(pattern, "Invalid pattern '%s' at offset %d. Balancing groups are not "
                                            "supported by pyposh." % (pattern, i + 3))
                out.append("(?P<%s>" % (_NUMBERED_NAME + name if name.isdigit() else name))
                i = j
            elif pattern.startswith("(?", i):
                j = i + 2
                while j < n and pattern[j] in "imnsx-":
                    j += 1
                if j > i + 2 and j < n and pattern[j] in ":)":
                    flags = pattern[i + 2:j].replace("n", "")
                    out.append("(?" + flags if flags.strip("-") else "(?")
                    if not flags.strip("-"):
                        out[-1] = "(?" if pattern[j] == ":" else ""
                        if pattern[j] == ")":
                            i = j + 1
                            continue
                    i = j
                else:
                    out.append("(?")
                    i += 2
            elif explicit:
                out.append("(?:")
                i += 1
            else:
                out.append("(")
                i += 1
        elif ch == "#" and verbose:
            end = pattern.find("\n", i)
            end = n if end < 0 else end
            out.append(pattern[i:end])
            i = end
        else:
            out.append(ch)
            i += 1
    return "".join(out)


_REASONS = {
    "missing )": "Not enough )'s.", "unbalanced parenthesis": "Too many )'s.",
    "unterminated character set": "Unterminated [] set.", "nothing to repeat": "Quantifier following nothing.",
    "multiple repeat": "Nested quantifier.", "bad escape (end of pattern)": "Illegal \\\\ at end of pattern.",
}


def _flags(options: int) -> int:
    flags = 0
    if options & IGNORE_CASE:
        flags |= regex.IGNORECASE
    if options & MULTILINE:
        flags |= regex.MULTILINE
    if options & SINGLELINE:
        flags |= regex.DOTALL
    if options & IGNORE_PATTERN_WHITESPACE:
        flags |= regex.VERBOSE
    if options & RIGHT_TO_LEFT:
        flags |= regex.REVERSE
    if options & ECMA_SCRIPT:
        flags |= regex.ASCII
    return flags


# ---------------------------------------------------------------- compiled patterns

class DotNetRegex:
    """A compiled .NET pattern (`[regex]`): knows .NET's group numbering (unnamed groups first, then named)."""

    __slots__ = ("pattern", "options", "compiled", "groups", "_templates")
    ps_type_name = "System.Text.RegularExpressions.Regex"
    # the members scripts see (dotnet/registry.py's declarative protocol)
    ps_properties = {"Options": "options_text", "RightToLeft": "right_to_left"}
    ps_methods = {name: name for name in ("IsMatch", "Match", "Matches", "Replace", "Split", "GetGroupNames",
                                          "GetGroupNumbers", "ToString")}

    def __init__(self, pattern: str, options: int = NONE):
        self.pattern = pattern
        self.options = options
        try:
            self.compiled = regex.compile(translate(pattern, options), _flags(options))
        except regex.error as e:
            reason = str(e).split(" at position")[0]
            reason = _REASONS.get(reason, reason[:1].upper() + reason[1:] + ".")
            offset = e.pos if e.pos is not None else len(pattern)
            raise RegexPatternError(pattern, "Invalid pattern '%s' at offset %d. %s" % (pattern, offset, reason)) \
                from None
        named = {idx: name for name, idx in self.compiled.groupindex.items()}
        unnamed = [i for i in range(1, self.compiled.groups + 1) if i not in named]
        groups = [(0, 0)] + [(k, i) for k, i in enumerate(unnamed, 1)]
        for idx in sorted(named):
            name = named[idx]
            groups.append((int(name[len(_NUMBERED_NAME):]) if name.startswith(_NUMBERED_NAME) else name, idx))
        self.groups = groups  # .NET order: [(key, python group index)]; key is an int or a name
        self._templates = {}

    def net_number(self, position: int) -> int:
        """The .NET group number of entry `position` in `groups` (named groups are numbered after unnamed)."""
        key = self.groups[position][0]
        return key if isinstance(key, int) else position

    def _py_index(self, key):
        for position, (k, idx) in enumerate(self.groups):
            if k == key or (isinstance(key, int) and not isinstance(k, int) and position == key):
                return idx
        return None

    def search(self, text: str, pos: int = 0):
        return self.compiled.search(text, pos)

    def finditer(self, text: str):
        return self.compiled.finditer(text)

    def matches_table(self, m) -> Hashtable:
        """PowerShell's $Matches for a match: named groups by name, then numbered groups (highest first)."""
        table = Hashtable()
        for key, idx in self.groups:
            if not isinstance(key, int) and m.start(idx) != -1:
                table[key] = m.group(idx)
        for key, idx in sorted((g for g in self.groups if isinstance(g[0], int)), key=lambda g: -g[0]):
            if m.start(idx) != -1:
                table[key] = m.group(idx)
        return table

    def _template(self, replacement: str):
        parts = self._templates.get(replacement)
        if parts is None:
            parts = self._parse_template(replacement)
            if len(self._templates) < 64:
                self._templates[replacement] = parts
        return parts

    def _parse_template(self, text: str):
        parts, literal, i, n = [], [], 0, len(text)
        while i < n:
            ch = text[i]
            if ch != "$" or i + 1 >= n:
                literal.append(ch)
                i += 1
                continue
            nxt = text[i + 1]
            ref = None
            j = i + 2
            if nxt == "$":
                literal.append("$")
                i += 2
                continue
            if nxt.isdigit() and nxt.isascii():
                while j < n and text[j].isdigit() and text[j].isascii():
                    j += 1
                ref = self._py_index(int(text[i + 1:j]))
            elif nxt == "{":
                end = text.find("}", i + 2)
                if end > 0:
                    name = text[i + 2:end]
                    ref = self._py_index(int(name) if name.isdigit() else name)
                    j = end + 1
            elif nxt in "&`'+_":
                ref = {"&": 0, "`": "before", "'": "after", "+": "last", "_": "input"}[nxt]
            if ref is None:
                literal.append("$")
                i += 1
                continue
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append((ref,))
            i = j
        if literal:
            parts.append("".join(literal))
        return parts

    def expand(self, m, replacement: str) -> str:
        """.NET substitution: $1, ${name}, $$, $&, $`, $', $+, $_."""
        out = []
        for part in self._template(replacement):
            if isinstance(part, str):
                out.append(part)
                continue
            ref = part[0]
            if ref == "before":
                out.append(m.string[:m.start()])
            elif ref == "after":
                out.append(m.string[m.end():])
            elif ref == "input":
                out.append(m.string)
            elif ref == "last":
                out.append(m.group(self.groups[-1][1]) or "")
            else:
                out.append(m.group(ref) or "")
        return "".join(out)

    def replace(self, text: str, replacement, count: int = -1) -> str:
        """Regex.Replace: `replacement` is a .NET substitution string or a callable taking a RegexMatch."""
        if callable(replacement):
            def fn(m):
                result = replacement(RegexMatch(self, m))
                return result if isinstance(result, str) else str(result)
        else:
            if "$" not in replacement:
                fn = replacement.replace("\\", "\\\\")
                return self.compiled.sub(lambda m: replacement, text, count=max(count, 0))
            fn = functools.partial(self.expand, replacement=replacement)
        return self.compiled.sub(fn, text, count=max(count, 0))

    def split(self, text: str, count: int = 0, from_right: bool = False) -> list:
        """Regex.Split with captured groups included; `count` > 0 limits the pieces (from the right if asked)."""
        if count == 1:
            return [text]
        matches = list(self.compiled.finditer(text))
        if count > 1:
            matches = matches[-(count - 1):] if from_right else matches[:count - 1]
        pieces, prev = [], 0
        for m in matches:
            pieces.append(text[prev:m.start()])
            for _, idx in self.groups[1:]:
                if m.start(idx) != -1:
                    pieces.append(m.group(idx))
            prev = m.end()
        pieces.append(text[prev:])
        return pieces

    # .NET members a script can call on a [regex]
    def IsMatch(self, text, start=0):
        return self.compiled.search(str(text), int(start)) is not None

    def Match(self, text, start=0):
        m = self.compiled.search(str(text), int(start))
        return RegexMatch(self, m) if m else RegexMatch.empty(self)

    def Matches(self, text, start=0):
        return [RegexMatch(self, m) for m in self.compiled.finditer(str(text), int(start))]

    def Replace(self, text, replacement, count=-1):
        return self.replace(str(text), replacement, int(count))

    def Split(self, text, count=0):
        return self.split(str(text), int(count))

    def GetGroupNames(self):
        return [str(k) for k, _ in self.groups]

    def GetGroupNumbers(self):
        return [self.net_number(i) for i in range(len(self.groups))]

    @property
    def options_text(self) -> str:
        return option_names(self.options)

    @property
    def right_to_left(self) -> bool:
        return bool(self.options & RIGHT_TO_LEFT)

    def ps_to_string(self) -> str:
        return self.pattern

    ToString = ps_to_string

    def __repr__(self):
        return "DotNetRegex(%r, %s)" % (self.pattern, option_names(self.options))


@functools.lru_cache(maxsize=512)
def compile_regex(pattern: str, options: int = IGNORE_CASE) -> DotNetRegex:
    """A cached DotNetRegex; PowerShell's operators use IgnoreCase unless the c-prefixed form is used."""
    return DotNetRegex(pattern, options)


# ---------------------------------------------------------------- match objects

class RegexGroup:
    """System.Text.RegularExpressions.Group."""

    __slots__ = ("Name", "Value", "Index", "Length", "Success", "_captures")
    ps_type_name = "System.Text.RegularExpressions.Group"
    ps_properties = {name: name for name in ("Name", "Value", "Index", "Length", "Success", "Captures")}
    ps_methods = {"ToString": "ToString"}

    def __init__(self, name, m, idx):
        self.Name = str(name)
        if m is not None and m.start(idx) != -1:
            self.Value, self.Index, self.Success = m.group(idx), m.start(idx), True
            self.Length = m.end(idx) - m.start(idx)
            self._captures = [(m.string[s:e], s) for s, e in m.spans(idx)]
        else:
            self.Value, self.Index, self.Length, self.Success, self._captures = "", 0, 0, False, []

    @property
    def Captures(self):
        return [self._capture(v, s) for v, s in self._captures]

    def _capture(self, value, start):
        cap = RegexGroup.__new__(RegexGroup)
        cap.Name, cap.Value, cap.Index, cap.Length = self.Name, value, start, len(value)
        cap.Success, cap._captures = True, []
        return cap

    def ps_to_string(self) -> str:
        return self.Value

    ToString = ps_to_string

    def __repr__(self):
        return "RegexGroup(%s=%r)" % (self.Name, self.Value)


class RegexMatch(RegexGroup):
    """System.Text.RegularExpressions.Match: the whole match (group 0) plus its Groups."""

    __slots__ = ("Groups", "_regex", "_m")
    ps_type_name = "System.Text.RegularExpressions.Match"
    ps_properties = {name: name for name in ("Groups", "Name", "Value", "Index", "Length", "Success", "Captures")}
    ps_methods = {"ToString": "ToString", "NextMatch": "NextMatch"}

    def __init__(self, rx: DotNetRegex, m):
        super().__init__(0, m, 0)
        self._regex, self._m = rx, m
        self.Groups = RegexGroups([RegexGroup(key, m, idx) for key, idx in rx.groups])

    @classmethod
    def empty(cls, rx: DotNetRegex) -> "RegexMatch":
        return cls(rx, None)

    def NextMatch(self):
        if self._m is None:
            return self
        start = self._m.end() if self._m.end() > self._m.start() else self._m.end() + 1
        if start > len(self._m.string):
            return RegexMatch.empty(self._regex)
        return self._regex.Match(self._m.string, start)


class RegexGroups(list):
    """System.Text.RegularExpressions.GroupCollection: indexable by number or by name."""

    __slots__ = ()
    ps_type_name = "System.Text.RegularExpressions.GroupCollection"

    def __getitem__(self, key):
        if isinstance(key, str) and not key.isdigit():
            for g in self:
                if g.Name == key:
                    return g
            return RegexGroup(key, None, 0)
        if isinstance(key, str):
            key = int(key)
        if isinstance(key, int):
            for g in self:
                if g.Name == str(key):
                    return g
            return list.__getitem__(self, key) if 0 <= key < len(self) else RegexGroup(key, None, 0)
        return list.__getitem__(self, key)
