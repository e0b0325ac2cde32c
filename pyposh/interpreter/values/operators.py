"""The operator entry points the evaluator calls: binary and unary operators, -match, -replace, -split, -join, -f."""
from __future__ import annotations

from functools import partial

import regex

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.text.numbers import PSChar
from pyposh.interpreter.values import arithmetic as ar, comparison as cmp, conversions as cv
from pyposh.interpreter.values.casts import try_convert_to
from pyposh.interpreter.values.composite_format import format_operator
from pyposh.interpreter.values.objects import AUTOMATION_NULL, TypedArray, unwrap
from pyposh.interpreter.values.regex_dialect import (
    EXPLICIT_CAPTURE, IGNORE_CASE, IGNORE_PATTERN_WHITESPACE, MULTILINE, SINGLELINE, DotNetRegex, compile_regex,
)

_LISTS = (list, tuple)
_STRING = "System.String"


def _run_block(block, item):
    """Run a scriptblock-like value with `$_` = item (the `invoke_with_underscore` protocol, or a callable)."""
    if hasattr(block, "invoke_with_underscore"):
        outputs = block.invoke_with_underscore(item)
    else:
        outputs = block(item)
    if type(outputs) is list:
        return None if not outputs else (outputs[0] if len(outputs) == 1 else outputs)
    return outputs


def _is_block(value) -> bool:
    return hasattr(value, "invoke_with_underscore") or (callable(value) and not isinstance(value, (type,
                                                                                                   DotNetRegex)))


# ---------------------------------------------------------------- -match / -replace

def match_operation(op: str, left, right):
    """-match/-imatch/-cmatch/-notmatch...: (result, $Matches Hashtable or None). A collection on the left filters
    and returns None for $Matches, which the evaluator then leaves unchanged."""
    base, ignore_case = _split_case(op)
    return cmp.match_op(left, right, ignore_case, negate=(base == "notmatch"))


def replace_operation(op: str, left, right, ctx=None):
    """-replace/-ireplace/-creplace: `left -replace pattern[, replacement]`; the replacement is a .NET
    substitution string ($1, ${name}, $$, $&) or a scriptblock run per match with `$_` = the Match."""
    _, ignore_case = _split_case(op)
    right = unwrap(right)
    if isinstance(right, _LISTS):
        if len(right) > 2:
            raise ScriptRuntimeError("The -replace operator allows only two elements to follow it, not %d."
                                     % len(right), "BadReplaceArgument", "InvalidOperation")
        pattern = right[0] if right else ""
        replacement = right[1] if len(right) > 1 else ""
    else:
        pattern, replacement = right, ""
    rx = cmp.regex_for(pattern, ignore_case)
    if _is_block(replacement):
        block = replacement
        replacement = lambda m: cv.to_string(_run_block(block, m))  # noqa: E731
    else:
        replacement = cv.to_string(replacement)
    left = unwrap(left)
    if isinstance(left, _LISTS):
        return [rx.replace(cv.to_string(e), replacement) for e in left]
    return rx.replace(cv.to_string(left), replacement)


# ---------------------------------------------------------------- -split / -join

# PowerShell's SplitOptions enum
SIMPLE_MATCH, REGEX_MATCH, CULTURE_INVARIANT, IGNORE_WHITESPACE = 1, 2, 4, 8
SPLIT_MULTILINE, SPLIT_SINGLELINE, SPLIT_IGNORECASE, SPLIT_EXPLICIT = 16, 32, 64, 128
_SPLIT_NAMES = {"simplematch": 1, "regexmatch": 2, "cultureinvariant": 4, "ignorepatternwhitespace": 8,
                "multiline": 16, "singleline": 32, "ignorecase": 64, "explicitcapture": 128, "none": 0}


def _split_options(value) -> int:
    value = unwrap(value)
    if value is None:
        return 0
    number = getattr(value, "ps_numeric_value", None)
    if number is not None:
        return int(number)
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    items = value if isinstance(value, _LISTS) else cv.to_string(value).split(",")
    result = 0
    for item in items:
        name = cv.to_string(item).strip()
        if not name:
            continue
        if name.lower() not in _SPLIT_NAMES:
            raise cv.cast_error(cv.to_string(value), "System.Management.Automation.SplitOptions",
                                "Unable to match the identifier name %s to a valid enumerator name. Specify one of "
                                "the following enumerator names and try again:\nSimpleMatch, RegexMatch, "
                                "CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, "
                                "ExplicitCapture" % name, "InvalidCastFromStringToEnum")
        result |= _SPLIT_NAMES[name.lower()]
    return result


def _split_by_block(text: str, block, limit: int) -> list:
    cuts = [i for i, ch in enumerate(text) if cv.to_bool(_run_block(block, PSChar(ch)))]
    if limit > 0:
        cuts = cuts[:limit - 1]
    elif limit < 0:
        cuts = cuts[limit + 1:] if limit != -1 else []
    pieces, prev = [], 0
    for i in cuts:
        pieces.append(text[prev:i])
        prev = i + 1
    pieces.append(text[prev:])
    return pieces


def split_operation(op: str, left, right, ctx=None):
    """Binary -split/-isplit/-csplit: `left -split delimiter[, max-substrings[, options]]`. The delimiter is a
    regex (or plain text with SimpleMatch, or a scriptblock testing each character); a negative maximum splits
    from the right. Returns a string[]."""
    _, ignore_case = _split_case(op)
    right = unwrap(right)
    parts = list(right) if isinstance(right, _LISTS) else [right]
    if not parts:
        parts = [" "]
    delimiter = unwrap(parts[0])
    limit = cv.to_int(parts[1]) if len(parts) > 1 else 0
    options = _split_options(parts[2]) if len(parts) > 2 else 0
    if options & SPLIT_IGNORECASE:
        ignore_case = True
    left = unwrap(left)
    texts = [cv.to_string(e) for e in left] if isinstance(left, _LISTS) else [cv.to_string(left)]
    result = []
    if _is_block(delimiter):
        for text in texts:
            result.extend(_split_by_block(text, delimiter, limit))
        return TypedArray(result, element_type=_STRING)
    if isinstance(delimiter, DotNetRegex):
        rx = delimiter
    else:
        pattern = cv.to_string(delimiter)
        if options & SIMPLE_MATCH:
            pattern = regex.escape(pattern)
            flags = IGNORE_CASE if ignore_case else 0
        else:
            flags = (IGNORE_CASE if ignore_case else 0) | (MULTILINE if options & SPLIT_MULTILINE else 0) | \
                (SINGLELINE if options & SPLIT_SINGLELINE else 0) | \
                (IGNORE_PATTERN_WHITESPACE if options & IGNORE_WHITESPACE else 0) | \
                (EXPLICIT_CAPTURE if options & SPLIT_EXPLICIT else 0)
        rx = cmp.regex_for(pattern, ignore_case) if flags in (0, IGNORE_CASE) else _compile(pattern, flags)
    for text in texts:
        result.extend(rx.split(text, abs(limit), from_right=limit < 0))
    return TypedArray(result, element_type=_STRING)


def _compile(pattern: str, flags: int):
    try:
        return compile_regex(pattern, flags)
    except ValueError:
        raise ScriptRuntimeError("The regular expression pattern %s is not valid." % pattern,
                                 "InvalidRegularExpression", "InvalidOperation") from None


def unary_split(operand):
    """Unary -split: split on runs of white space, dropping empty strings."""
    operand = unwrap(operand)
    texts = [cv.to_string(e) for e in operand] if isinstance(operand, _LISTS) else [cv.to_string(operand)]
    result = []
    for text in texts:
        result.extend(text.split())
    return TypedArray(result, element_type=_STRING)


def join_operation(left, right) -> str:
    """Binary -join: the elements' string forms joined by the right operand."""
    left = unwrap(left)
    separator = cv.to_string(right)
    if isinstance(left, _LISTS):
        return separator.join(cv.to_string(e) for e in left)
    return cv.to_string(left)


def unary_join(operand) -> str:
    return join_operation(operand, "")


# ---------------------------------------------------------------- -is / -as / ranges

def _type_operand(right):
    right = unwrap(right)
    if isinstance(right, str):
        return cv.resolve_type_name(right)
    full = getattr(right, "full_name", None)
    if full is None:
        raise ScriptRuntimeError('Cannot convert the "%s" value of type "%s" to type "System.Type".'
                                 % (cv.to_string(right), cv.type_name(right)), "RuntimeException",
                                 "InvalidArgument", exception_type=cv.INVALID_CAST)
    return full


def is_operation(left, right, negate=False) -> bool:
    """-is / -isnot: the right operand is a type name or a type object."""
    return cv.is_instance(left, _type_operand(right)) != negate


def as_operation(left, right):
    """-as: the converted value, or $null when the conversion fails."""
    return try_convert_to(left, _type_operand(right))


def range_operation(left, right) -> list:
    """`..`: an inclusive range of integers (or of characters when both ends are one-character strings)."""
    return list(range_items(left, right))


def range_items(left, right):
    """The items of `left..right` without building the array: a Python range for integers. Pipelines and
    foreach loops stream these (1..100000000 | ... starts at once)."""
    left, right = unwrap(left), unwrap(right)
    if isinstance(left, str) and isinstance(right, str) and len(left) == 1 and len(right) == 1 \
            and not (left.isdigit() and right.isdigit()):
        a, b = ord(left), ord(right)
        step = 1 if b >= a else -1
        return [PSChar(chr(c)) for c in range(a, b + step, step)]
    a = cv.to_int(getattr(left, "ps_numeric_value", left))
    b = cv.to_int(getattr(right, "ps_numeric_value", right))
    step = 1 if b >= a else -1
    return range(a, b + step, step)


# ---------------------------------------------------------------- dispatch

def _split_case(op: str):
    """('eq', True) for 'eq'/'ieq', ('eq', False) for 'ceq'."""
    if op in _CASE_BASES:
        return op, True
    if op[:1] in "ci" and op[1:] in _CASE_BASES:
        return op[1:], op[0] == "i"
    return op, True


def _logical_xor(a, b):
    return cv.to_bool(a) != cv.to_bool(b)


def _case_table():
    table = {}
    for prefix, ignore_case in (("", True), ("i", True), ("c", False)):
        ic = ignore_case
        table[prefix + "eq"] = partial(cmp.equals_op, ignore_case=ic)
        table[prefix + "ne"] = partial(cmp.equals_op, ignore_case=ic, negate=True)
        for kind in ("gt", "ge", "lt", "le"):
            table[prefix + kind] = partial(cmp.relation_op, kind, ignore_case=ic)
        table[prefix + "like"] = partial(cmp.like_op, ignore_case=ic)
        table[prefix + "notlike"] = partial(cmp.like_op, ignore_case=ic, negate=True)
        table[prefix + "match"] = lambda a, b, ic=ic: cmp.match_op(a, b, ic)[0]
        table[prefix + "notmatch"] = lambda a, b, ic=ic: cmp.match_op(a, b, ic, True)[0]
        table[prefix + "replace"] = partial(replace_operation, prefix + "replace")
        table[prefix + "split"] = partial(split_operation, prefix + "split")
        table[prefix + "contains"] = partial(cmp.contains_op, ignore_case=ic)
        table[prefix + "notcontains"] = partial(cmp.contains_op, ignore_case=ic, negate=True)
        table[prefix + "in"] = lambda a, b, ic=ic: cmp.contains_op(b, a, ic)
        table[prefix + "notin"] = lambda a, b, ic=ic: cmp.contains_op(b, a, ic, True)
    return table


_CASE_BASES = frozenset(("eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch", "replace",
                         "split", "contains", "notcontains", "in", "notin"))
_BINARY = _case_table()
_BINARY.update({
    "+": ar.add, "-": ar.subtract, "*": ar.multiply, "/": ar.divide, "%": ar.remainder,
    "band": partial(ar.bitwise, "band"), "bor": partial(ar.bitwise, "bor"), "bxor": partial(ar.bitwise, "bxor"),
    "shl": partial(ar.shift, "shl"), "shr": partial(ar.shift, "shr"),
    "join": join_operation, "f": format_operator, "is": is_operation,
    "isnot": partial(is_operation, negate=True), "as": as_operation, "..": range_operation,
    "and": lambda a, b: cv.to_bool(a) and cv.to_bool(b), "or": lambda a, b: cv.to_bool(a) or cv.to_bool(b),
    "xor": _logical_xor,
})


def binary_operation(op: str, left, right):
    """`left -op right` for an operator's lowercase text without the dash ('+', 'eq', 'ceq', 'like', 'replace',
    'split', 'join', 'f', 'band', 'is', 'as', ...). Comparisons with a collection on the left filter it."""
    fn = _BINARY.get(op)
    if fn is None:
        fn = _BINARY.get(op.lower().lstrip("-"))
        if fn is None:
            raise ScriptRuntimeError("Unexpected operator '-%s'." % op, "UnexpectedOperator", "InvalidOperation")
    return fn(left, right)


_UNARY = {
    "-": ar.negate, "+": ar.unary_plus, "!": lambda v: not cv.to_bool(v), "not": lambda v: not cv.to_bool(v),
    "bnot": ar.bitwise_not, "split": unary_split, "join": unary_join, ",": lambda v: [v],
}


def unary_operation(op: str, operand):
    """A prefix operator: '-', '+', '!', 'not', 'bnot', 'split', 'join', ','."""
    fn = _UNARY.get(op)
    if fn is None:
        fn = _UNARY.get(op.lower().lstrip("-"))
        if fn is None:
            raise ScriptRuntimeError("Unexpected operator '-%s'." % op, "UnexpectedOperator", "InvalidOperation")
    return fn(operand)


__all__ = ["binary_operation", "unary_operation", "match_operation", "replace_operation", "split_operation",
           "join_operation", "is_operation", "as_operation", "range_operation", "AUTOMATION_NULL"]
