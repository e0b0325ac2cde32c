"""Comparison operators: -eq -ne -gt -ge -lt -le, -like, -match, -contains, -in; PowerShell's equality and ordering."""
from __future__ import annotations

import datetime
import decimal

from pyposh.errors import PyposhError, ScriptRuntimeError
from pyposh.interpreter.text.dates import datetime_ticks
from pyposh.interpreter.text.numbers import (
    DECIMAL, DOUBLE, INT16, INT32, INT64, SBYTE, SINGLE, PSChar, double_to_decimal, numeric_code,
)
from pyposh.interpreter.text.wildcard import wildcard_match
from pyposh.interpreter.values import conversions as cv
from pyposh.interpreter.values.casts import convert_to
from pyposh.interpreter.values.objects import AUTOMATION_NULL, Hashtable, PSObject, unwrap
from pyposh.interpreter.values.regex_dialect import IGNORE_CASE, DotNetRegex, RegexPatternError, compile_regex

_LISTS = (list, tuple)
_SIGNED_NUMBERS = frozenset((INT16, INT32, INT64, SBYTE, SINGLE, DOUBLE, DECIMAL))
_INTEGER_CODES = frozenset((INT16, INT32, INT64, SBYTE))

# Invariant-culture collation for ASCII (ICU root order): white space and punctuation, symbols, digits, letters
# (case folded: case only breaks ties, lowercase first). Other characters keep their code point order.
_ORDER = ("\t\n\v\f\r \u00a0_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz")
_PRIMARY = {ord(ch): chr(1 + i) for i, ch in enumerate(_ORDER)}
_PRIMARY.update({ord(ch.upper()): chr(1 + _ORDER.index(ch)) for ch in "abcdefghijklmnopqrstuvwxyz"})
_PRIMARY.update({c: chr(1) for c in range(0, 9)})


def compare_strings(a: str, b: str, ignore_case: bool = True) -> int:
    """String.Compare with the invariant culture: -1, 0 or 1."""
    if a == b:
        return 0
    la, lb = a.lower(), b.lower()
    if la == lb:
        if ignore_case:
            return 0
        for ca, cb in zip(a, b, strict=False):
            if ca != cb:
                return -1 if ca.islower() else 1
        return 0
    ka, kb = la.translate(_PRIMARY), lb.translate(_PRIMARY)
    if ka == kb:
        return -1 if la < lb else 1
    return -1 if ka < kb else 1


def strings_equal(a: str, b: str, ignore_case: bool = True) -> bool:
    return a == b or (ignore_case and a.lower() == b.lower())


def _numbers_equal(a, b) -> bool:
    if type(a) is decimal.Decimal and isinstance(b, float) or type(b) is decimal.Decimal and isinstance(a, float):
        d, f = (a, b) if type(a) is decimal.Decimal else (b, a)
        try:
            return d == double_to_decimal(f)
        except OverflowError:
            return float(d) == f
    return a == b


def _numbers_compare(a, b) -> int:
    if type(a) is decimal.Decimal and isinstance(b, float) or type(b) is decimal.Decimal and isinstance(a, float):
        try:
            a = double_to_decimal(a) if isinstance(a, float) else a
            b = double_to_decimal(b) if isinstance(b, float) else b
        except OverflowError:
            a, b = float(a), float(b)
    if a != a or b != b:  # NaN sorts before everything, as IComparable<double> does
        return 0 if (a != a and b != b) else (-1 if a != a else 1)
    return -1 if a < b else (1 if a > b else 0)


def _convert_like(value, template):
    """`value` converted to the type of `template` (the left operand), or raise."""
    return convert_to(value, cv.type_name(template))


def values_equal(left, right, ignore_case: bool = True) -> bool:
    """Scalar `-eq`: the right operand is converted to the left operand's type (LanguagePrimitives.Equals)."""
    tl = type(left)
    if tl is type(right) and (tl is int or tl is float):
        return left == right
    if tl is str and type(right) is str:
        return left == right or (ignore_case and left.lower() == right.lower())
    if left is None or left is AUTOMATION_NULL:
        return right is None or right is AUTOMATION_NULL
    if right is None or right is AUTOMATION_NULL:
        return False
    left, right = unwrap(left), unwrap(right)
    tl = type(left)
    if tl is str:
        return strings_equal(left, right if isinstance(right, str) else cv.to_string(right), ignore_case)
    if tl is PSChar:
        if isinstance(right, str) and len(right) == 1:
            return left == right or (ignore_case and left.upper() == right.upper())
        try:
            return left == cv.to_char(right)
        except PyposhError:
            return False
    code = numeric_code(left)
    if code is not None:
        if numeric_code(right) is None:
            try:
                right = cv.to_integer(right, code) if code in _INTEGER_CODES else _convert_like(right, left)
            except PyposhError:
                return False
        return _numbers_equal(left, right)
    if tl is bool:
        return left == cv.to_bool(right)
    if isinstance(left, (_LISTS, Hashtable, PSObject)):
        return left is right
    if isinstance(left, datetime.datetime) and isinstance(right, datetime.datetime):
        return _ticks(left) == _ticks(right)
    equals = getattr(left, "ps_equals", None)     # a script class overriding Equals (IEquatable)
    if equals is not None:
        return equals(right)
    try:
        if left == right:
            return True
    except Exception:  # noqa: BLE001 - a foreign __eq__ must not leak out
        return False
    if isinstance(left, (datetime.datetime, datetime.timedelta, cv.PSVersion)) or hasattr(left, "ps_numeric_value"):
        try:
            return left == _convert_like(right, left)
        except PyposhError:
            return False
    return False


def _ticks(value: datetime.datetime) -> int:
    """A DateTime as .NET compares it: by its clock value (Ticks), whatever its Kind."""
    return datetime_ticks(value)


def _null_order(value, value_is_right: bool) -> int:
    """LanguagePrimitives' CompareObjectToNull: null sorts below everything but negative signed numbers."""
    i = -1 if value_is_right else 1
    if numeric_code(value) in _SIGNED_NUMBERS and value < 0:
        return -i
    return i


def compare_values(left, right, ignore_case: bool = True) -> int:
    """Ordering for -lt/-gt and sorting: -1, 0 or 1. The right operand converts to the left's type; a failed
    conversion raises its cast error, an unordered type raises `Cannot compare ... not IComparable`."""
    tl = type(left)
    if tl is type(right) and (tl is int or tl is float):
        return -1 if left < right else (1 if left > right else 0)
    if tl is str and type(right) is str:
        return compare_strings(left, right, ignore_case)
    if left is None or left is AUTOMATION_NULL:
        return 0 if right is None or right is AUTOMATION_NULL else _null_order(unwrap(right), True)
    if right is None or right is AUTOMATION_NULL:
        return _null_order(unwrap(left), False)
    left, right = unwrap(left), unwrap(right)
    tl = type(left)
    if tl is str:
        return compare_strings(left, right if isinstance(right, str) else cv.to_string(right), ignore_case)
    if numeric_code(left) is not None:
        if numeric_code(right) is None:
            right = _convert_like(right, left)
        return _numbers_compare(left, right)
    if tl is bool:
        r = cv.to_bool(right)
        return (left > r) - (left < r)
    if tl is PSChar:
        r = right if type(right) is PSChar else cv.to_char(right)
        return (left > r) - (left < r)
    if isinstance(left, (datetime.datetime, datetime.timedelta, cv.PSVersion)):
        r = _convert_like(right, left)
        if isinstance(left, datetime.datetime):
            left, r = _ticks(left), _ticks(r)
        return (left > r) - (left < r)
    number = getattr(left, "ps_numeric_value", None)
    if number is not None:
        r = getattr(right, "ps_numeric_value", None)
        if r is None:
            r = getattr(_convert_like(right, left), "ps_numeric_value", 0)
        return (number > r) - (number < r)
    compare_to = getattr(left, "ps_compare_to", None)     # a script class implementing IComparable
    if compare_to is not None:
        result = compare_to(right)
        if result is not None:
            return result
    if left is right or (not isinstance(left, (_LISTS, Hashtable, PSObject)) and left == right):
        return 0
    raise ScriptRuntimeError('Cannot compare "%s" because it is not IComparable.' % cv.to_string(left),
                             "NotIcomparable", "InvalidArgument", exception_type="System.ArgumentException")


# ---------------------------------------------------------------- operators (scalar and filtering forms)

def equals_op(left, right, ignore_case=True, negate=False):
    """-eq / -ne: a bool, or for a collection on the left the matching (non-matching) elements."""
    if isinstance(left, _LISTS):
        return [e for e in left if values_equal(e, right, ignore_case) != negate]
    return values_equal(left, right, ignore_case) != negate


_FAST_RELATIONS = {"gt": int.__gt__, "ge": int.__ge__, "lt": int.__lt__, "le": int.__le__}
_RELATIONS = {"gt": lambda c: c > 0, "ge": lambda c: c >= 0, "lt": lambda c: c < 0, "le": lambda c: c <= 0}


def relation_op(kind: str, left, right, ignore_case=True):
    """-gt -ge -lt -le: a bool, or the elements of a collection on the left that satisfy it."""
    if type(left) is int and type(right) is int:
        return _FAST_RELATIONS[kind](left, right)
    test = _RELATIONS[kind]
    try:
        if isinstance(left, _LISTS):
            return [e for e in left if test(compare_values(e, right, ignore_case))]
        return test(compare_values(left, right, ignore_case))
    except ScriptRuntimeError as error:
        if error.error_id != "NotIcomparable":
            raise
        # The operator's binder throws a RuntimeException (Binders.cs, PSRelationalBinder), not the
        # ArgumentException of LanguagePrimitives.Compare.
        raise ScriptRuntimeError(error.message, "NotIcomparable", "InvalidOperation") from None


def like_op(left, right, ignore_case=True, negate=False):
    """-like / -notlike: wildcard match of the string form; a collection returns the matching strings."""
    pattern = cv.to_string(right)
    if isinstance(left, _LISTS):
        texts = [cv.to_string(e) for e in left]
        return [t for t in texts if wildcard_match(pattern, t, ignore_case) != negate]
    return wildcard_match(pattern, cv.to_string(left), ignore_case) != negate


def regex_for(right, ignore_case=True) -> DotNetRegex:
    """The compiled regex for an operator's pattern operand (a [regex] is used as it is)."""
    right = unwrap(right)
    if isinstance(right, DotNetRegex):
        return right
    pattern = cv.to_string(right)
    try:
        return compile_regex(pattern, IGNORE_CASE if ignore_case else 0)
    except RegexPatternError:
        raise ScriptRuntimeError("The regular expression pattern %s is not valid." % pattern,
                                 "InvalidRegularExpression", "InvalidOperation",
                                 exception_type="System.Management.Automation.RuntimeException") from None


def match_op(left, right, ignore_case=True, negate=False):
    """-match / -notmatch: (result, $Matches table or None). A collection on the left filters and never sets
    $Matches; a scalar sets it whenever the pattern matched (also for -notmatch)."""
    rx = regex_for(right, ignore_case)
    if isinstance(left, _LISTS):
        return [e for e in left if (rx.search(cv.to_string(e)) is not None) != negate], None
    m = rx.search(cv.to_string(left))
    if m is None:
        return negate, None
    return (not negate), rx.matches_table(m)


def contains_op(collection, item, ignore_case=True, negate=False) -> bool:
    """-contains / -notcontains (and -in / -notin with the operands swapped)."""
    items = collection if isinstance(collection, _LISTS) else [collection]
    found = any(values_equal(e, item, ignore_case) for e in items)
    return found != negate
