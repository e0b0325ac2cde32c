"""Arithmetic and bitwise operators with PowerShell's type widening: + - * / %, -band -bor -bxor -shl -shr -bnot."""
from __future__ import annotations

import datetime
import decimal
import math

from pyposh.errors import ScriptRuntimeError
from pyposh.interpreter.text.numbers import (
    BIGINT, CHAR, DEC_CONTEXT, DECIMAL, DOUBLE, I32_MAX, I32_MIN, INT32, INT64, INTEGER_INFO, SIGNED_CODES, SINGLE,
    UINT16, UINT32, UINT64, PSBigInt, PSChar, decimal_quotient, double_to_decimal, make_integer, normalize_decimal,
    numeric_code, wrap_integer,
)
from pyposh.interpreter.values import conversions as cv
from pyposh.interpreter.values.enums import EnumValue
from pyposh.interpreter.values.objects import AUTOMATION_NULL, Hashtable, unwrap

_LISTS = (list, tuple)
_OP_METHODS = {"+": "op_Addition", "-": "op_Subtraction", "*": "op_Multiply", "/": "op_Division",
               "%": "op_Modulus"}
_TICKS = 10


def divide_by_zero() -> ScriptRuntimeError:
    return ScriptRuntimeError("Attempted to divide by zero.", "RuntimeException", "NotSpecified",
                              exception_type="System.DivideByZeroException")


def decimal_overflow() -> ScriptRuntimeError:
    return ScriptRuntimeError("Value was either too large or too small for a Decimal.", "RuntimeException",
                              "NotSpecified", exception_type="System.OverflowException")


def method_missing(value, op: str) -> ScriptRuntimeError:
    """`Method invocation failed because [T] does not contain a method named 'op_Addition'.`"""
    name = cv.type_name(value)
    if name == "System.Management.Automation.PSCustomObject":
        name = "System.Management.Automation.PSObject"
    return ScriptRuntimeError("Method invocation failed because [%s] does not contain a method named '%s'."
                              % (name, _OP_METHODS.get(op, op)), "MethodNotFound", "InvalidOperation",
                              exception_type="System.Management.Automation.RuntimeException")


# ---------------------------------------------------------------- numeric kernels

def _op_kind(a, b):
    """(kind, integer TypeCode) for two numbers: kind is 'int', 'double', 'decimal' or 'bigint'."""
    ca, cb = numeric_code(a), numeric_code(b)
    if ca == BIGINT or cb == BIGINT:
        return "bigint", BIGINT
    if ca == DECIMAL or cb == DECIMAL:
        return "decimal", DECIMAL
    if ca in (DOUBLE, SINGLE) or cb in (DOUBLE, SINGLE):
        return "double", DOUBLE
    ca = UINT16 if ca == CHAR else ca
    cb = UINT16 if cb == CHAR else cb
    hi = max(ca, cb)
    if hi <= INT32:
        return "int", INT32
    other = cb if hi == ca else ca
    if hi == UINT32:
        return "int", (INT64 if other in SIGNED_CODES else UINT32)
    if hi == INT64:
        return "int", INT64
    if other in SIGNED_CODES and min(a, b) < 0:
        return "decimal", DECIMAL
    return "int", UINT64


def _int_result(r: int, code: int):
    _, lo, hi, _ = INTEGER_INFO[code]
    if lo <= r <= hi:
        return make_integer(r, code)
    return float(r)


def _to_decimal(x):
    if isinstance(x, decimal.Decimal):
        return x
    if isinstance(x, float):
        try:
            return double_to_decimal(x)
        except OverflowError:
            raise decimal_overflow() from None
    return decimal.Decimal(int(x))


def _decimal_result(d: decimal.Decimal):
    try:
        return normalize_decimal(d)
    except OverflowError:
        raise decimal_overflow() from None


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _c_remainder(a: int, b: int) -> int:
    r = abs(a) % abs(b)
    return -r if a < 0 else r


def _double_divide(a: float, b: float) -> float:
    if b == 0:
        if a == 0 or a != a:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)
    return a / b


def numeric_operation(op: str, a, b):
    """`a op b` for two numbers with PowerShell's result types (Int32 overflow widens to Double, and so on)."""
    kind, code = _op_kind(a, b)
    if kind == "int":
        a, b = int(a), int(b)
        if op == "+":
            return _int_result(a + b, code)
        if op == "-":
            return _int_result(a - b, code)
        if op == "*":
            return _int_result(a * b, code)
        if b == 0:
            raise divide_by_zero()
        if op == "/":
            if a % b == 0:
                return _int_result(a // b, code)
            return float(a) / float(b)
        return make_integer(_c_remainder(a, b), code)
    if kind == "double":
        a, b = float(a), float(b)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return _double_divide(a, b)
        if b == 0 or math.isinf(a) or a != a or b != b:
            return math.nan
        return math.fmod(a, b)
    if kind == "decimal":
        a, b = _to_decimal(a), _to_decimal(b)
        if op == "+":
            return _decimal_result(DEC_CONTEXT.add(a, b))
        if op == "-":
            return _decimal_result(DEC_CONTEXT.subtract(a, b))
        if op == "*":
            return _decimal_result(DEC_CONTEXT.multiply(a, b))
        if b == 0:
            raise divide_by_zero()
        if op == "/":
            try:
                return decimal_quotient(a, b)
            except OverflowError:
                raise decimal_overflow() from None
        return _decimal_result(DEC_CONTEXT.remainder(a, b))
    a, b = int(a), int(b)  # bigint: every operand truncated to an integer
    if op == "+":
        return PSBigInt(a + b)
    if op == "-":
        return PSBigInt(a - b)
    if op == "*":
        return PSBigInt(a * b)
    if b == 0:
        raise divide_by_zero()
    return PSBigInt(_trunc_div(a, b) if op == "/" else _c_remainder(a, b))


def _number_operand(value, left, op):
    """The right operand of an arithmetic operator whose left operand is the number `left`."""
    value = unwrap(value)
    if numeric_code(value) is not None:
        return value
    if value is None or value is AUTOMATION_NULL:
        return 0
    if isinstance(value, (str, bool)) or hasattr(value, "ps_numeric_value"):
        return cv.to_number(value, cv.type_name(left))
    raise cv.final_cast_error(value, cv.type_name(left))


def _number_left(value, op, right):
    """The left operand as a number (strings parse, $null is 0), or a 'method missing' error."""
    if value is None or value is AUTOMATION_NULL:
        return 0
    if isinstance(value, (str, bool)) or hasattr(value, "ps_numeric_value") or numeric_code(value) is not None:
        target = cv.type_name(right) if numeric_code(unwrap(right)) is not None else "System.Int32"
        return cv.to_number(value, target)
    raise method_missing(value, op)


# ---------------------------------------------------------------- the operators

def add(left, right):
    """`+`: numbers, string concatenation, array and hashtable concatenation, DateTime + TimeSpan."""
    tl = type(left)
    if tl is int and type(right) is int and I32_MIN <= left <= I32_MAX and I32_MIN <= right <= I32_MAX:
        r = left + right
        return r if I32_MIN <= r <= I32_MAX else float(r)
    if tl is float and (type(right) is float or type(right) is int):
        return left + right
    if tl is str:
        return left + (right if type(right) is str else cv.to_string(right))
    left = unwrap(left)
    if left is None or left is AUTOMATION_NULL:
        if isinstance(right, _LISTS):
            return list(right)
        return None if right is AUTOMATION_NULL else right
    if isinstance(left, _LISTS):
        result = list(left)
        if isinstance(right, _LISTS):
            result.extend(right)
        else:
            result.append(right)
        return result
    if isinstance(left, str) and type(left) is not PSChar:
        return str(left) + cv.to_string(right)
    if type(left) is PSChar and isinstance(unwrap(right), str) and type(unwrap(right)) is not PSChar:
        return str(left) + unwrap(right)      # `[char]27 + "["`: a char and a string make a string
    if type(left) is Hashtable:
        return _add_hashtables(left, unwrap(right))
    if isinstance(left, datetime.datetime):
        return _date_add(left, right, 1)
    if isinstance(left, datetime.timedelta):
        return _span_add(left, right, 1)
    if numeric_code(left) is None and not isinstance(left, bool) and type(left) is not PSChar \
            and not hasattr(left, "ps_numeric_value"):
        raise method_missing(left, "+")
    a = cv.to_number(left)
    return _as_enum(left, right, numeric_operation("+", a, _number_operand(right, a, "+")))


def _as_enum(left, right, result):
    """An arithmetic result with an enum on the left is a value of that enum (about_Arithmetic_Operators: $blue + 3
    is Red; about_Enum: [FlagEnum]::A + [FlagEnum]::B is A, B; Binders.cs casts the result to the left operand's
    enum type)."""
    if not isinstance(left, EnumValue):
        return result
    return left.enum.value(int(result))


def _add_hashtables(left: Hashtable, right) -> Hashtable:
    if type(right) is not Hashtable:
        raise ScriptRuntimeError("A hash table can only be added to another hash table.",
                                 "AddHashTableToNonHashTable", "InvalidOperation")
    result = Hashtable(left.items(), ordered=left.ordered)
    for key, value in right.items():
        if key in result:
            raise ScriptRuntimeError("Item has already been added. Key in dictionary: '%s'  Key being added: '%s'"
                                     % (cv.to_string(key), cv.to_string(key)), "System.ArgumentException",
                                     "OperationStopped", exception_type="System.ArgumentException")
        result[key] = value
    return result


def _date_add(left: datetime.datetime, right, sign: int):
    right = unwrap(right)
    if isinstance(right, datetime.timedelta):
        return left + sign * right
    if sign < 0 and isinstance(right, datetime.datetime):
        return left.replace(tzinfo=None) - right.replace(tzinfo=None)   # .NET ignores Kind here
    if numeric_code(right) is not None and not isinstance(right, float):
        return left + datetime.timedelta(microseconds=sign * int(right) / _TICKS)
    raise method_missing(left, "+" if sign > 0 else "-")


def _span_add(left: datetime.timedelta, right, sign: int):
    right = unwrap(right)
    if isinstance(right, datetime.timedelta):
        return left + sign * right
    if numeric_code(right) is not None and not isinstance(right, float):
        return left + datetime.timedelta(microseconds=sign * int(right) / _TICKS)
    raise method_missing(left, "+" if sign > 0 else "-")


def subtract(left, right):
    """`-`: numbers (strings parse as numbers), DateTime - DateTime/TimeSpan, TimeSpan - TimeSpan."""
    if type(left) is int and type(right) is int and I32_MIN <= left <= I32_MAX and I32_MIN <= right <= I32_MAX:
        r = left - right
        return r if I32_MIN <= r <= I32_MAX else float(r)
    left = unwrap(left)
    if isinstance(left, datetime.datetime):
        return _date_add(left, right, -1)
    if isinstance(left, datetime.timedelta):
        return _span_add(left, right, -1)
    return _as_enum(left, right, _arith("-", left, right))


def _arith(op, left, right):
    a = _number_left(left, op, right)
    return numeric_operation(op, a, _number_operand(right, a, op))


def multiply(left, right):
    """`*`: numbers, string repetition, array repetition."""
    if type(left) is int and type(right) is int and I32_MIN <= left <= I32_MAX and I32_MIN <= right <= I32_MAX:
        r = left * right
        return r if I32_MIN <= r <= I32_MAX else float(r)
    left = unwrap(left)
    if isinstance(left, str) and type(left) is not PSChar:
        count = cv.to_int(right)
        return str(left) * count if count > 0 else ""
    if isinstance(left, _LISTS):
        count = cv.to_int(right)
        return list(left) * count if count > 0 else []
    return _arith("*", left, right)


def divide(left, right):
    """`/`: an integer when the division is exact, else a double; integer division by zero is an error."""
    if type(left) is int and type(right) is int and right != 0 and I32_MIN <= left <= I32_MAX \
            and I32_MIN <= right <= I32_MAX:
        if left % right == 0:
            q = left // right
            return q if q <= I32_MAX else float(q)
        return left / right
    if type(left) is float and type(right) is float:
        return _double_divide(left, right)
    return _arith("/", unwrap(left), right)


def remainder(left, right):
    """`%`: the remainder, with the sign of the dividend (C#'s %)."""
    if type(left) is int and type(right) is int and right != 0 and I32_MIN <= left <= I32_MAX \
            and I32_MIN <= right <= I32_MAX:
        r = abs(left) % abs(right)
        return -r if left < 0 else r
    return _arith("%", unwrap(left), right)


# ---------------------------------------------------------------- bitwise

def _integral(value, op):
    """A bitwise operand as (integer value, integer TypeCode)."""
    value = unwrap(value)
    if value is None:
        return 0, INT32
    if isinstance(value, bool):
        return int(value), INT32
    if not (numeric_code(value) is not None):
        if isinstance(value, str) or hasattr(value, "ps_numeric_value"):
            value = cv.to_number(value)
        else:
            raise method_missing(value, op)
    code = numeric_code(value)
    if code in (DOUBLE, SINGLE, DECIMAL):
        n = cv.to_integer(value, INT64) if value < 0 or value <= 2**63 - 1 else cv.to_integer(value, UINT64)
        return int(n), (INT32 if I32_MIN <= n <= I32_MAX else (INT64 if n < 2**63 else UINT64))
    if code == BIGINT:
        return int(value), BIGINT
    return int(value), (INT32 if code < INT32 or code == CHAR else code)


def bitwise(op: str, left, right):
    """-band -bor -bxor on integers (reals convert to the integer type that holds them). An enum on the left
    makes the result a value of that enum (Binders.cs casts the result to the left operand's enum type)."""
    a, ca = _integral(left, op)
    b, cb = _integral(right, op)
    r = a & b if op == "band" else (a | b if op == "bor" else a ^ b)
    if isinstance(unwrap(left), EnumValue):
        return unwrap(left).enum.value(r)
    if BIGINT in (ca, cb):
        return PSBigInt(r)
    hi = max(ca, cb)
    if hi == UINT32 and min(ca, cb) in SIGNED_CODES:
        hi = INT64
    if hi == UINT64 and (a < 0 or b < 0):
        hi = INT64
    return make_integer(wrap_integer(r, hi), hi)


def shift(op: str, left, right):
    """-shl / -shr: the count is masked to the type's width; -shr is arithmetic on signed types."""
    a, code = _integral(left, op)
    count = cv.to_int(right)
    if code == BIGINT:      # BigInteger: a negative count shifts the other way
        if count < 0:
            op, count = ("shr" if op == "shl" else "shl"), -count
        return PSBigInt(a << count if op == "shl" else a >> count)
    width = 64 if code in (INT64, UINT64) else 32
    count &= width - 1
    r = a << count if op == "shl" else a >> count
    return make_integer(wrap_integer(r, code), code)


def bitwise_not(value):
    """-bnot (of an enum value: a value of that enum)."""
    a, code = _integral(value, "bnot")
    if isinstance(unwrap(value), EnumValue):
        return unwrap(value).enum.value(~a)
    if code == BIGINT:
        return PSBigInt(~a)
    return make_integer(wrap_integer(~a, code), code)


def negate(value):
    """Unary minus."""
    value = unwrap(value)
    if type(value) is float or type(value) is decimal.Decimal:
        return -value
    if isinstance(value, datetime.timedelta):
        return -value
    if isinstance(value, float):
        return type(value)(-value)
    return subtract(0, value if numeric_code(value) is not None else _number_left(value, "-", 0))


def unary_plus(value):
    """Unary plus: the operand as a number (strings parse)."""
    value = unwrap(value)
    if numeric_code(value) is not None:
        return value
    return _number_left(value, "+", 0)
