"""The members of `[regex]` objects, matches and groups (values/regex_dialect.py's classes), and `[regex]`'s statics."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_int, to_str
from pyposh.interpreter.dotnet.static_members import constructor, statics
from pyposh.interpreter.values.enums import ENUMS, enum_arg
from pyposh.interpreter.values.objects import TypedArray
from pyposh.interpreter.values.regex_dialect import (
    DotNetRegex, RegexGroup, RegexGroups, RegexMatch, RegexPatternError, compile_regex,
)

_OPTIONS = "System.Text.RegularExpressions.RegexOptions"


class MatchCollection(list):
    """`[regex]::Matches(...)`: the matches, in order."""

    __slots__ = ()
    ps_type_name = "System.Text.RegularExpressions.MatchCollection"


def options_value(options) -> int:
    if options is None:
        return 0
    if isinstance(options, (list, tuple)):
        total = 0
        for o in options:
            total |= options_value(o)
        return total
    return enum_arg(options, _OPTIONS)


def compile_pattern(pattern, options=0):
    """A DotNetRegex for a pattern and RegexOptions; a bad pattern is .NET's RegexParseException."""
    if pattern is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'pattern')")
    try:
        return compile_regex(to_str(pattern), options_value(options))
    except RegexPatternError as exc:
        raise reg.DotNetException("System.Text.RegularExpressions.RegexParseException", exc.message) from None


def _text(value) -> str:
    if value is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'input')")
    return to_str(value)


def _evaluator(replacement):
    """A scriptblock MatchEvaluator as the callable DotNetRegex.replace takes."""
    if reg.is_block(replacement):
        return lambda match: to_str(reg.collapse(reg.run_with_args(replacement, [match])))
    return "" if replacement is None else to_str(replacement)


def _match(rx, text, start=0):
    return rx.Match(_text(text), to_int(start))


def _matches(rx, text, start=0):
    return MatchCollection(rx.Matches(_text(text), to_int(start)))


def _replace(rx, text, replacement, count=-1, *start):
    return rx.replace(_text(text), _evaluator(replacement), to_int(count))


def _split(rx, text, count=0, *start):
    return TypedArray(rx.split(_text(text), to_int(count)), "System.String")


def _regex_table(cls):
    table = reg.define_type(cls, "System.Text.RegularExpressions.Regex")
    (table
     .prop("Options", lambda r: ENUMS[_OPTIONS.lower()].value(r.options))
     .prop("RightToLeft", lambda r: bool(r.options & 64))
     .method("Match", _match, 1, 2)
     .method("Matches", _matches, 1, 2)
     .method("IsMatch", lambda r, t, start=0: r.IsMatch(_text(t), to_int(start)), 1, 2)
     .method("Replace", _replace, 2, 4)
     .method("Split", _split, 1, 3)
     .method("GetGroupNames", lambda r: TypedArray(r.GetGroupNames(), "System.String"))
     .method("GetGroupNumbers", lambda r: TypedArray(r.GetGroupNumbers(), "System.Int32"))
     .method("ToString", lambda r: r.pattern))
    return table


def _group_props(table):
    (table
     .prop("Success", lambda g: g.Success).prop("Name", lambda g: g.Name)
     .prop("Captures", lambda g: g.Captures).prop("Index", lambda g: g.Index)
     .prop("Length", lambda g: g.Length).prop("Value", lambda g: g.Value)
     .method("ToString", lambda g: g.Value))
    return table


def _group_table(cls):
    return _group_props(reg.define_type(cls, "System.Text.RegularExpressions.Group"))


def _match_table(cls):
    table = reg.define_type(cls, "System.Text.RegularExpressions.Match")
    table.prop("Groups", lambda m: m.Groups)
    _group_props(table)
    table.method("NextMatch", lambda m: m.NextMatch())
    table.method("Result", lambda m, r: m._regex.expand(m._m, to_str(r)) if m.Success else "", 1)
    return table


def _groups_table(cls):
    table = reg.define_type(cls, "System.Text.RegularExpressions.GroupCollection")
    (table.prop("Count", len)
     .prop("Keys", lambda c: [g.Name for g in c])
     .prop("Values", lambda c: list(c))
     .method("ContainsKey", lambda c, k: any(g.Name == to_str(k) for g in c), 1)
     .method("Item", lambda c, k: c[k], 1)
     .method("get_Item", lambda c, k: c[k], 1))
    return table


_regex_table(DotNetRegex)
_group_table(RegexGroup)
_match_table(RegexMatch)
_groups_table(RegexGroups)
reg.define_type(MatchCollection, "System.Text.RegularExpressions.MatchCollection").prop("Count", len)


# ---- static methods ---------------------------------------------------------------------------------------

_ESCAPES = {"\\": "\\\\", "*": "\\*", "+": "\\+", "?": "\\?", "|": "\\|", "{": "\\{", "[": "\\[", "(": "\\(",
            ")": "\\)", "^": "\\^", "$": "\\$", ".": "\\.", "#": "\\#", " ": "\\ ", "\t": "\\t", "\n": "\\n",
            "\r": "\\r", "\f": "\\f"}
_UNESCAPES = {"t": "\t", "n": "\n", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "e": "\x1b", "b": "\b"}


def escape(text) -> str:
    """Regex.Escape."""
    if text is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'str')")
    return "".join(_ESCAPES.get(c, c) for c in to_str(text))


def unescape(text) -> str:
    """Regex.Unescape."""
    s = to_str(text)
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= len(s):
            raise reg.DotNetException("System.Text.RegularExpressions.RegexParseException",
                                      "Invalid pattern '%s' at offset %d. Illegal \\ at end of pattern." % (s, len(s)))
        nxt = s[i + 1]
        if nxt in _UNESCAPES:
            out.append(_UNESCAPES[nxt])
            i += 2
        elif nxt == "x" and i + 4 <= len(s):
            out.append(chr(int(s[i + 2:i + 4], 16)))
            i += 4
        elif nxt == "u" and i + 6 <= len(s):
            out.append(chr(int(s[i + 2:i + 6], 16)))
            i += 6
        else:
            out.append(nxt)
            i += 2
    return "".join(out)


REGEX = statics("System.Text.RegularExpressions.Regex")
(REGEX
 .method("Match", lambda t, s, p, o=0: _match(compile_pattern(p, o), s), 2, 3)
 .method("Matches", lambda t, s, p, o=0: _matches(compile_pattern(p, o), s), 2, 3)
 .method("IsMatch", lambda t, s, p, o=0: compile_pattern(p, o).IsMatch(_text(s)), 2, 3)
 .method("Replace", lambda t, s, p, r, o=0: _replace(compile_pattern(p, o), s, r), 3, 4)
 .method("Split", lambda t, s, p, o=0: _split(compile_pattern(p, o), s), 2, 3)
 .method("Escape", lambda t, s: escape(s), 1)
 .method("Unescape", lambda t, s: unescape(s), 1))


def _new_regex(t, pattern, options=0, *timeout):
    if pattern is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'pattern')")
    try:
        return DotNetRegex(to_str(pattern), options_value(options))
    except RegexPatternError as exc:
        raise reg.DotNetException("System.Text.RegularExpressions.RegexParseException", exc.message) from None


constructor("System.Text.RegularExpressions.Regex", _new_regex, 1, 3)
