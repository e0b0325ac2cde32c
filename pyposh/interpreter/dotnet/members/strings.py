"""The members of System.String and System.Char."""
from __future__ import annotations

import re

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import argument_out_of_range, to_int, to_str
from pyposh.interpreter.text.numbers import PSChar
from pyposh.interpreter.values.enums import EnumValue, enum_arg
from pyposh.interpreter.values.objects import TypedArray

_SPLIT_OPTIONS = "System.StringSplitOptions"
_COMPARISON = "System.StringComparison"


def culture_compare(a, b, ignore_case: bool = False) -> int:
    """String.Compare under an English culture: case-insensitive order first, then lower case before upper."""
    if a is None or b is None:
        return 0 if a is b else (-1 if a is None else 1)
    ka, kb = a.casefold(), b.casefold()
    if ka != kb:
        return -1 if ka < kb else 1
    if ignore_case or a == b:
        return 0
    for x, y in zip(a, b):
        if x != y:
            return -1 if x.islower() else 1
    return (len(a) > len(b)) - (len(a) < len(b))


def ordinal_compare(a: str, b: str) -> int:
    return (a > b) - (a < b)


def _ignore_case(comparison) -> bool:
    return enum_arg(comparison, _COMPARISON) in (1, 3, 5)


def _text(value, method, param="value"):
    if value is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter '%s')" % param)
    return value if isinstance(value, str) else to_str(value)


def _chars_of(value) -> str | None:
    """A char or char[] argument as the string of its chars; None when it is not one."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "".join(to_str(v) for v in value)
    return to_str(value)


# ---- Split -----------------------------------------------------------------------------------------

def _is_char_array(value) -> bool:
    if isinstance(value, TypedArray):
        return (value.element_type or "").endswith("Char")
    return type(value) is PSChar


def _split(s: str, *args):
    """String.Split with PowerShell 7's overload choices (a string argument is one separator)."""
    separators: list[str] | None = None  # None: split on each whitespace char
    chars = ""
    count, options = None, 0
    first, rest = (args[0], list(args[1:])) if args else (None, [])
    if _is_char_array(first):
        chars = _chars_of(first)
    elif isinstance(first, TypedArray) and (first.element_type or "").endswith("String"):
        separators = [x for x in first if x]
    elif isinstance(first, str):
        if len(rest) == 1 and type(rest[0]) is int:  # Split(char[] separator, int count)
            chars = first
        else:
            separators = [first] if first else None
            if not first:
                return TypedArray([s], "System.String")
    elif first is not None:
        separators = [to_str(first)]
    for extra in rest:
        if isinstance(extra, EnumValue) or isinstance(extra, str):
            options = enum_arg(extra, _SPLIT_OPTIONS)
        else:
            count = to_int(extra, "Split", "count")
    if count is not None and count < 0:
        raise argument_out_of_range("count", "Count cannot be less than zero.")
    if separators is None and chars:
        separators = list(chars)
    return TypedArray(_split_core(s, separators, count, options), "System.String")


def _split_core(s, separators, count, options):
    remove_empty, trim = options & 1, options & 2
    if count == 0:
        return []
    pieces, start, i, n = [], 0, 0, len(s)

    def add(piece):
        if trim:
            piece = piece.strip()
        if piece or not remove_empty:
            pieces.append(piece)

    while i < n:
        if count is not None and len(pieces) >= count - 1:
            break
        length = 0
        if separators is None:
            length = 1 if s[i].isspace() else 0
        else:
            for sep in separators:
                if s.startswith(sep, i):
                    length = len(sep)
                    break
        if length:
            add(s[start:i])
            i += length
            start = i
        else:
            i += 1
    add(s[start:])
    return pieces


# ---- the other methods ------------------------------------------------------------------------------

def _trim_chars(args):
    if not args:
        return None
    text = "".join(_chars_of(a) for a in args)
    return text or None


def _substring(s, start, length=None):
    start = to_int(start, "Substring", "startIndex")
    if length is None:
        if start < 0:
            raise argument_out_of_range("startIndex", "StartIndex cannot be less than zero.")
        if start > len(s):
            raise argument_out_of_range("startIndex", "startIndex cannot be larger than length of string.")
        return s[start:]
    length = to_int(length, "Substring", "length")
    if start < 0:
        raise argument_out_of_range("startIndex", "StartIndex cannot be less than zero.")
    if length < 0:
        raise argument_out_of_range("length", "Length cannot be less than zero.")
    if start + length > len(s):
        raise argument_out_of_range("length", "Index and length must refer to a location within the string.")
    return s[start:start + length]


def _remove(s, start, count=None):
    start = to_int(start, "Remove", "startIndex")
    if start < 0:
        raise argument_out_of_range("startIndex", "StartIndex cannot be less than zero.")
    if count is None:
        if start >= len(s):
            raise argument_out_of_range("startIndex", "startIndex must be less than length of string.")
        return s[:start]
    count = to_int(count, "Remove", "count")
    if count < 0:
        raise argument_out_of_range("count", "Count cannot be less than zero.")
    if start + count > len(s):
        raise argument_out_of_range("count", "Index and count must refer to a location within the string.")
    return s[:start] + s[start + count:]


def _insert(s, index, value):
    index = to_int(index, "Insert", "startIndex")
    value = _text(value, "Insert")
    if index < 0 or index > len(s):
        raise argument_out_of_range("startIndex")
    return s[:index] + value + s[index:]


def _pad(s, width, char=" ", left=True):
    width = to_int(width, "PadLeft" if left else "PadRight", "totalWidth")
    if width < 0:
        raise argument_out_of_range("totalWidth", "Non-negative number required.")
    char = to_str(char)[:1] or " "
    return s.rjust(width, char) if left else s.ljust(width, char)


def _replace(s, old, new, *rest):
    old = _text(old, "Replace", "oldValue")
    if old == "":
        raise reg.argument_error("The value cannot be an empty string.", "oldValue")
    new = "" if new is None else to_str(new)
    ignore = False
    if len(rest) == 1:
        ignore = _ignore_case(rest[0])
    elif len(rest) == 2:
        ignore = bool(rest[0])
    if not ignore:
        return s.replace(old, new)
    return re.sub(re.escape(old), lambda m: new, s, flags=re.IGNORECASE)


def _find(s, value, *rest):
    """Arguments shared by IndexOf/LastIndexOf: (value[, start[, count]][, comparison]) normalised."""
    value = _text(value, "IndexOf")
    rest = list(rest)
    ignore = False
    if rest and (isinstance(rest[-1], (EnumValue, str))):
        ignore = _ignore_case(rest.pop())
    return value, [to_int(r, "IndexOf", "startIndex") for r in rest], ignore


def _index_of(s, value, *rest):
    value, nums, ignore = _find(s, value, *rest)
    start = nums[0] if nums else 0
    end = start + nums[1] if len(nums) > 1 else len(s)
    if start < 0 or start > len(s):
        raise argument_out_of_range("startIndex", "Index was out of range. Must be non-negative and less than "
                                    "or equal to the size of the collection.")
    if end > len(s) or end < start:
        raise argument_out_of_range("count", "Count must be positive and count must refer to a location within "
                                    "the string/array/collection.")
    hay, needle = (s.lower(), value.lower()) if ignore else (s, value)
    return hay.find(needle, start, end)


def _last_index_of(s, value, *rest):
    value, nums, ignore = _find(s, value, *rest)
    hay, needle = (s.lower(), value.lower()) if ignore else (s, value)
    if not nums:
        return hay.rfind(needle)
    start = nums[0]
    if start < 0 or (start >= len(s) and len(s) > 0 and start != len(s)):
        raise argument_out_of_range("startIndex", "Index was out of range. Must be non-negative and less than "
                                    "the size of the collection.")
    low = start - nums[1] + 1 if len(nums) > 1 else 0
    return hay.rfind(needle, max(low, 0), start + 1)


def _index_of_any(s, chars, start=0, count=None, last=False):
    chars = _chars_of(chars)
    start = to_int(start)
    positions = [i for i, c in enumerate(s) if c in chars]
    if last:
        positions = [i for i in positions if i <= start and (count is None or i > start - to_int(count))]
        return positions[-1] if positions else -1
    end = len(s) if count is None else start + to_int(count)
    positions = [i for i in positions if start <= i < end]
    return positions[0] if positions else -1


def _starts(s, value, *rest, end=False):
    if type(value) is PSChar:
        return s.endswith(value) if end else s.startswith(value)
    value = _text(value, "EndsWith" if end else "StartsWith")
    ignore = _ignore_case(rest[0]) if len(rest) == 1 else bool(rest[0]) if rest else False
    if ignore:
        s, value = s.lower(), value.lower()
    return s.endswith(value) if end else s.startswith(value)


def _contains(s, value, *rest):
    value = _text(value, "Contains")
    if rest and _ignore_case(rest[0]):
        return value.lower() in s.lower()
    return value in s


def _equals(s, other, *rest):
    other = reg.unwrap(other)
    if rest:
        if not isinstance(other, str):
            return False
        return s.lower() == other.lower() if _ignore_case(rest[0]) else s == other
    return type(other) is str and s == other


def _compare_to(s, other):
    other = reg.unwrap(other)
    if other is None:
        return 1
    if not isinstance(other, str):
        raise reg.argument_error("Object must be of type String.")
    return culture_compare(s, other)


def _replace_line_endings(s, newline="\n"):
    return re.sub("\r\n|[\r\n\f\x85\u2028\u2029]", lambda m: to_str(newline), s)


def _chars(s, index):
    index = to_int(index, "get_Chars", "index")
    if index < 0 or index >= len(s):
        raise reg.DotNetException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.")
    return reg.make_char(s[index])


def _to_char_array(s, start=None, length=None):
    if start is not None:
        s = _substring(s, start, length if length is not None else len(s) - to_int(start))
    return reg.char_array(s)


STRING = reg.define_type(str, "System.String")
STRING.prop("Length", len)
(STRING
 .method("Chars", _chars, 1)
 .method("get_Chars", _chars, 1)
 .method("ToUpper", lambda s, *a: s.upper(), 0, 1)
 .method("ToLower", lambda s, *a: s.lower(), 0, 1)
 .method("ToUpperInvariant", lambda s: s.upper())
 .method("ToLowerInvariant", lambda s: s.lower())
 .method("Trim", lambda s, *a: s.strip(_trim_chars(a)), 0, None)
 .method("TrimStart", lambda s, *a: s.lstrip(_trim_chars(a)), 0, None)
 .method("TrimEnd", lambda s, *a: s.rstrip(_trim_chars(a)), 0, None)
 .method("Split", _split, 0, 3)
 .method("Replace", _replace, 2, 4)
 .method("Contains", _contains, 1, 2)
 .method("StartsWith", _starts, 1, 3)
 .method("EndsWith", lambda s, v, *r: _starts(s, v, *r, end=True), 1, 3)
 .method("IndexOf", _index_of, 1, 4)
 .method("LastIndexOf", _last_index_of, 1, 4)
 .method("IndexOfAny", lambda s, c, *r: _index_of_any(s, c, *r), 1, 3)
 .method("LastIndexOfAny", lambda s, c, st=None, n=None: _index_of_any(
     s, c, len(s) - 1 if st is None else st, n, last=True), 1, 3)
 .method("Substring", _substring, 1, 2)
 .method("PadLeft", lambda s, w, c=" ": _pad(s, w, c, True), 1, 2)
 .method("PadRight", lambda s, w, c=" ": _pad(s, w, c, False), 1, 2)
 .method("Insert", _insert, 2)
 .method("Remove", _remove, 1, 2)
 .method("ToCharArray", _to_char_array, 0, 2)
 .method("Equals", _equals, 1, 2)
 .method("CompareTo", _compare_to, 1)
 .method("ToString", lambda s, *a: s, 0, 1)
 .method("Clone", lambda s: s)
 .method("GetEnumerator", lambda s: reg.char_array(s))
 .method("ReplaceLineEndings", _replace_line_endings, 0, 1)
 .method("IsNormalized", lambda s, *a: True, 0, 1))


def _char_compare(c, other):
    other = reg.unwrap(other)
    if other is None:
        return 1
    if type(other) is not PSChar:
        raise reg.argument_error("Object must be of type Char.")
    return ord(c) - ord(other)


def _char_table(cls):
    table = reg.define_type(cls, "System.Char")
    table.method("ToString", lambda c, *a: str.__str__(c), 0, 1)
    table.method("CompareTo", _char_compare, 1)
    table.method("Equals", lambda c, o: type(reg.unwrap(o)) is PSChar and str(c) == str(o), 1)
    return table


_char_table(PSChar)
