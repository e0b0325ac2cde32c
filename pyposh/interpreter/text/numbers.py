"""PowerShell's numeric types: typed integers, [char] and [single], number text scanning, .NET number text."""
from __future__ import annotations

import decimal
import math
import struct

# .NET TypeCode numbers: the order PowerShell's binder uses to widen integer operations.
CHAR, SBYTE, BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64, SINGLE, DOUBLE, DECIMAL = range(4, 16)
BIGINT = 20

I32_MIN, I32_MAX = -2**31, 2**31 - 1
I64_MIN, I64_MAX = -2**63, 2**63 - 1
DECIMAL_MAX = decimal.Decimal(2**96 - 1)

# code -> (.NET full name, min, max, article+name used in .NET overflow messages)
INTEGER_INFO = {
    SBYTE: ("System.SByte", -128, 127, "a signed byte"),
    BYTE: ("System.Byte", 0, 255, "an unsigned byte"),
    INT16: ("System.Int16", -2**15, 2**15 - 1, "an Int16"),
    UINT16: ("System.UInt16", 0, 2**16 - 1, "a UInt16"),
    INT32: ("System.Int32", I32_MIN, I32_MAX, "an Int32"),
    UINT32: ("System.UInt32", 0, 2**32 - 1, "a UInt32"),
    INT64: ("System.Int64", I64_MIN, I64_MAX, "an Int64"),
    UINT64: ("System.UInt64", 0, 2**64 - 1, "a UInt64"),
    CHAR: ("System.Char", 0, 0xFFFF, "a character"),
}
SIGNED_CODES = frozenset((SBYTE, INT16, INT32, INT64))

DEC_CONTEXT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_EVEN, Emax=10**6, Emin=-10**6)


class PSChar(str):
    """`[char]`: a one-character string that PowerShell treats as System.Char."""

    __slots__ = ()
    ps_type_name = "System.Char"

    def __repr__(self):
        return "PSChar(%s)" % str.__repr__(self)


class PSSingle(float):
    """`[float]` / `[single]`: a double holding a value rounded to 32-bit precision."""

    __slots__ = ()
    ps_type_name = "System.Single"

    def __new__(cls, value=0.0):
        value = float(value)
        if math.isfinite(value):
            try:
                value = struct.unpack("f", struct.pack("f", value))[0]
            except OverflowError:
                value = math.copysign(math.inf, value)
        return float.__new__(cls, value)


class TypedInt(int):
    """Base of integers whose .NET type is not implied by their magnitude (`[byte]`, `[long]`, `5ul` ...)."""

    __slots__ = ()
    code = INT32
    ps_type_name = "System.Int32"

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, int(self))


def _typed(name: str, code: int):
    return type(name, (TypedInt,), {"__slots__": (), "code": code, "ps_type_name": INTEGER_INFO[code][0]})


PSSByte = _typed("PSSByte", SBYTE)
PSByte = _typed("PSByte", BYTE)
PSInt16 = _typed("PSInt16", INT16)
PSUInt16 = _typed("PSUInt16", UINT16)
PSUInt32 = _typed("PSUInt32", UINT32)
PSInt64 = _typed("PSInt64", INT64)
PSUInt64 = _typed("PSUInt64", UINT64)


class PSBigInt(int):
    """`[bigint]`: System.Numerics.BigInteger."""

    __slots__ = ()
    code = BIGINT
    ps_type_name = "System.Numerics.BigInteger"


TYPED_CLASSES = {SBYTE: PSSByte, BYTE: PSByte, INT16: PSInt16, UINT16: PSUInt16, UINT32: PSUInt32,
                 INT64: PSInt64, UINT64: PSUInt64, BIGINT: PSBigInt}


def int_code(value: int) -> int:
    """The TypeCode of a Python int (not bool): typed classes carry theirs, plain ints go by magnitude."""
    code = getattr(value, "code", None)
    if code is not None:
        return code
    if I32_MIN <= value <= I32_MAX:
        return INT32
    if I64_MIN <= value <= I64_MAX:
        return INT64
    if 0 <= value < 2**64:
        return UINT64
    return BIGINT


def numeric_code(value):
    """The TypeCode of a numeric value, or None for anything that is not a number (bool and str included)."""
    t = type(value)
    if t is int:
        return INT32 if I32_MIN <= value <= I32_MAX else int_code(value)
    if t is float:
        return DOUBLE
    if t is PSSingle:
        return SINGLE
    if t is decimal.Decimal:
        return DECIMAL
    if t is bool:
        return None
    if isinstance(value, int):
        return int_code(value)
    return None


def make_integer(value: int, code: int):
    """The PowerShell value for integer `value` of type `code` (plain int where the magnitude implies the type)."""
    if code == INT32:
        return int(value)
    if code == INT64:
        return int(value) if not I32_MIN <= value <= I32_MAX else PSInt64(value)
    cls = TYPED_CLASSES.get(code)
    return cls(value) if cls else int(value)


def wrap_integer(value: int, code: int) -> int:
    """Two's complement wrap of `value` into the range of integer type `code` (C#'s unchecked cast)."""
    _, lo, hi, _ = INTEGER_INFO[code]
    span = hi - lo + 1
    return (value - lo) % span + lo


# ---------------------------------------------------------------- number text (PowerShell's ScanNumber)

_MULTIPLIERS = {"kb": 1024, "mb": 1024**2, "gb": 1024**3, "tb": 1024**4, "pb": 1024**5}
_SUFFIX_CODES = {"y": SBYTE, "uy": BYTE, "s": INT16, "us": UINT16, "l": INT64, "ul": UINT64, "n": BIGINT}
_WHITESPACE = " \t\n\r\v\f\u00a0\u2028\u2029\ufeff"
_DASHES = "-\u2013\u2014\u2015"


def parse_number_text(text: str):
    """Parse numeric text as PowerShell's tokenizer does: sign, hex/binary, real, suffix (l u ul y uy s us n d),
    multiplier (kb mb gb tb pb), surrounding white space. Returns the typed value, or None when not a number."""
    if text.isdigit() and text.isascii() and len(text) < 10:
        return int(text)
    s = text.strip(_WHITESPACE)
    if not s:
        return None
    negative = False
    if s[0] == "+" or s[0] in _DASHES:
        negative = s[0] != "+"
        s = s[1:]
        if not s:
            return None
    low = s.lower()
    multiplier = 1
    if len(low) > 2 and low[-2:] in _MULTIPLIERS:
        multiplier = _MULTIPLIERS[low[-2:]]
        low = low[:-2]
    if low.startswith(("0x", "0b")):
        return _scan_based(low, negative, multiplier)
    suffix = ""
    for cand in ("ul", "uy", "us", "u", "l", "y", "s", "n", "d"):
        if low.endswith(cand) and len(low) > len(cand):
            suffix, low = cand, low[:-len(cand)]
            break
    if not _is_decimal_text(low):
        return None
    is_real = "." in low or "e" in low
    if suffix == "d":
        try:
            value = decimal.Decimal(low) * multiplier
        except decimal.InvalidOperation:
            return None
        value = -value if negative else value
        return value if abs(value) <= DECIMAL_MAX else None
    if is_real:
        if suffix:
            dval = decimal.Decimal(low) * multiplier
            if dval != dval.to_integral_value():
                return None
            return _typed_from_suffix(int(dval), negative, suffix)
        value = float(low) * multiplier
        return -value if negative else value
    n = int(low) * multiplier
    if suffix:
        return _typed_from_suffix(n, negative, suffix)
    n = -n if negative else n
    if I32_MIN <= n <= I32_MAX:
        return n
    if I64_MIN <= n <= I64_MAX:
        return n
    d = decimal.Decimal(n)
    if abs(d) <= DECIMAL_MAX:
        return d
    return float(n)


def _is_decimal_text(s: str) -> bool:
    mantissa, _, exponent = s.partition("e")
    if exponent:
        if exponent[0] in "+-":
            exponent = exponent[1:]
        if not exponent.isdigit() or not exponent.isascii():
            return False
    elif "e" in s:
        return False
    whole, _, frac = mantissa.partition(".")
    if not (whole or frac):
        return False
    return all(part == "" or (part.isdigit() and part.isascii()) for part in (whole, frac))


def _typed_from_suffix(n: int, negative: bool, suffix: str):
    n = -n if negative else n
    if suffix == "u":
        code = UINT32 if 0 <= n <= 2**32 - 1 else UINT64
    else:
        code = _SUFFIX_CODES[suffix]
    if code != BIGINT:
        _, lo, hi, _ = INTEGER_INFO[code]
        if not lo <= n <= hi:
            return None
    return make_integer(n, code)


def _scan_based(low: str, negative: bool, multiplier: int):
    base = 16 if low[1] == "x" else 2
    digits = low[2:]
    suffix = ""
    for cand in ("ul", "uy", "us", "u", "l", "y", "s", "n"):
        if digits.endswith(cand) and len(digits) > len(cand):
            rest = digits[:-len(cand)]
            try:
                int(rest, base)
            except ValueError:
                continue
            suffix, digits = cand, rest
            break
    try:
        raw = int(digits, base)
    except ValueError:
        return None
    if suffix == "n":
        value = raw
        code = BIGINT
    elif suffix:
        code = UINT32 if suffix == "u" and raw <= 2**32 - 1 else (UINT64 if suffix == "u" else _SUFFIX_CODES[suffix])
        _, lo, hi, _ = INTEGER_INFO[code]
        bits = (hi - lo).bit_length()
        if raw >= 2**bits:
            return None
        value = wrap_integer(raw, code) if lo < 0 else raw
    elif raw <= 0xFFFFFFFF:
        value, code = wrap_integer(raw, INT32), INT32
    elif raw <= 0xFFFFFFFFFFFFFFFF:
        value, code = wrap_integer(raw, INT64), INT64
    else:
        value, code = raw, BIGINT
    value = value * multiplier
    if negative:
        value = -value
    if code != BIGINT:
        _, lo, hi, _ = INTEGER_INFO[code]
        if not lo <= value <= hi:
            if code in (INT32,) and I64_MIN <= value <= I64_MAX:
                code = INT64
            else:
                return None
    return make_integer(value, code)


def parse_double_text(text: str):
    """.NET Double.Parse with the invariant culture (NumberStyles.Float | AllowThousands); None on failure."""
    s = text.strip(_WHITESPACE)
    special = {"infinity": math.inf, "+infinity": math.inf, "-infinity": -math.inf, "nan": math.nan,
               "\u221e": math.inf, "-\u221e": -math.inf, "+\u221e": math.inf}
    low = s.lower()
    if low in special:
        return special[low]
    body = s.replace(",", "") if "," in s.partition(".")[0] else s
    if not body or "_" in body:
        return None
    sign = ""
    if body[0] in "+-":
        sign, body = body[0], body[1:]
    if not _is_decimal_text(body.lower()):
        return None
    try:
        return float(sign + body)
    except ValueError:
        return None


# ---------------------------------------------------------------- numbers as .NET prints them

def format_double(value: float) -> str:
    """A double as PowerShell converts it to string: .NET's "G15" in the invariant culture."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    if value.is_integer() and abs(value) < 1e15:
        if value == 0 and math.copysign(1.0, value) < 0:
            return "-0"
        return str(int(value))
    return "%.15G" % value


def format_single(value: float) -> str:
    """A [single] as PowerShell converts it to string: .NET's "G7"."""
    if value != value or value in (math.inf, -math.inf):
        return format_double(value)
    return "%.7G" % value


def _shortest_single_digits(value: float) -> str:
    for precision in range(1, 10):
        text = "%.*e" % (precision - 1, value)
        if struct.unpack("f", struct.pack("f", float(text)))[0] == value:
            return text
    return "%.8e" % value


def digits_and_scale(text: str):
    """Split exponent text ('1.25e+03') into (significant digits '125', scale 4): value = 0.DIGITS * 10**scale."""
    mantissa, _, exp = text.lower().partition("e")
    mantissa = mantissa.lstrip("-")
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac).lstrip("0")
    lead = len(whole + frac) - len((whole + frac).lstrip("0"))
    scale = len(whole) - lead + (int(exp) if exp else 0)
    digits = digits.rstrip("0")
    return digits, (scale if digits else 0)


def roundtrip_text(value: float, single: bool = False) -> str:
    """.NET Core's default Double.ToString() / "R": the shortest round-trip digits, scientific from 1E+17 (1E+9
    for single) and below 1E-04."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0" if math.copysign(1.0, value) < 0 else "0"
    digits, scale = digits_and_scale(_shortest_single_digits(value) if single else repr(float(value)))
    sign = "-" if value < 0 else ""
    max_digits = max(len(digits), 9 if single else 17)
    if scale > max_digits or scale < -3:
        mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
        exp = scale - 1
        return "%s%sE%s%02d" % (sign, mant, "-" if exp < 0 else "+", abs(exp))
    return sign + place_point(digits, scale)


def place_point(digits: str, scale: int) -> str:
    """Fixed notation for 0.DIGITS * 10**scale, with no trailing zeros after the point."""
    if not digits:
        return "0"
    if scale <= 0:
        return "0." + "0" * (-scale) + digits
    if scale >= len(digits):
        return digits + "0" * (scale - len(digits))
    return digits[:scale] + "." + digits[scale:]


def format_decimal(value: decimal.Decimal) -> str:
    """A [decimal] as .NET prints it: fixed notation keeping its scale (1.50 stays 1.50)."""
    if value == 0:
        exp = value.as_tuple().exponent
        return "0" if exp >= 0 else "0." + "0" * (-exp)
    text = format(value, "f")
    return text


def double_to_decimal(value: float) -> decimal.Decimal:
    """.NET's Convert.ToDecimal(double): the double rounded to 15 significant digits; OverflowError beyond range."""
    if value != value or value in (math.inf, -math.inf):
        raise OverflowError("Value was either too large or too small for a Decimal.")
    if value == 0:
        return decimal.Decimal(0)
    d = decimal.Decimal("%.14e" % value)
    if abs(d) > DECIMAL_MAX:
        raise OverflowError("Value was either too large or too small for a Decimal.")
    return normalize_decimal(strip_decimal_zeros(d))


def strip_decimal_zeros(d: decimal.Decimal) -> decimal.Decimal:
    """The same value without trailing fractional zeros and without a positive exponent."""
    d = d.normalize(DEC_CONTEXT)
    if d.as_tuple().exponent > 0:
        d = d.quantize(decimal.Decimal(1), context=DEC_CONTEXT)
    return d


def normalize_decimal(d: decimal.Decimal) -> decimal.Decimal:
    """Fit an exact Decimal result into System.Decimal: at most 28 decimals and a 96-bit mantissa, trailing
    zeros of the fraction kept only where .NET keeps them (here: none beyond the value's own scale)."""
    exp = d.as_tuple().exponent
    if exp >= 0:
        if abs(d) > DECIMAL_MAX:
            raise OverflowError("Value was either too large or too small for a Decimal.")
        return d
    scale = -exp
    if scale > 28:
        d = d.quantize(decimal.Decimal(1).scaleb(-28), rounding=decimal.ROUND_HALF_EVEN, context=DEC_CONTEXT)
        scale = 28
    while abs(d.scaleb(scale, context=DEC_CONTEXT)) > DECIMAL_MAX and scale > 0:
        scale -= 1
        d = d.quantize(decimal.Decimal(1).scaleb(-scale), rounding=decimal.ROUND_HALF_EVEN, context=DEC_CONTEXT)
    if abs(d) > DECIMAL_MAX:
        raise OverflowError("Value was either too large or too small for a Decimal.")
    return d


def decimal_quotient(a: decimal.Decimal, b: decimal.Decimal) -> decimal.Decimal:
    """System.Decimal division: exact when it fits, else rounded to the 96-bit mantissa; trailing zeros dropped."""
    return normalize_decimal(strip_decimal_zeros(DEC_CONTEXT.divide(a, b)))
