"""Static members of the numeric types: [math], [int]/[long]/[double]/..., [convert], [char], [bool]."""
from __future__ import annotations

import base64
import decimal
import math
import struct

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import argument_out_of_range, to_str
from pyposh.interpreter.dotnet.static_members import statics
from pyposh.interpreter.text.numbers import (
    BYTE, INT16, INT32, INT64, INTEGER_INFO, SBYTE, UINT16, UINT32, UINT64, PSByte, PSChar, PSSingle, make_integer,
    numeric_code, parse_double_text,
)
from pyposh.interpreter.values.enums import enum_arg
from pyposh.interpreter.values.objects import PSReference, TypedArray

_D = decimal.Decimal
_NUMBER_TYPES = (int, float, _D)


def _num(value, method="", param="value"):
    """A numeric argument: numbers pass through, anything else converts to Double."""
    value = reg.unwrap(value)
    if isinstance(value, _NUMBER_TYPES) and not isinstance(value, bool):
        return value
    if hasattr(value, "ps_numeric_value"):
        return value.ps_numeric_value
    return reg.convert_arg(value, "System.Double", method, param)


def _dbl(value, method="", param="d") -> float:
    return float(_num(value, method, param))


def _bad_format(text) -> reg.DotNetException:
    return reg.format_error("The input string '%s' was not in a correct format." % text)


# ---- [math] -----------------------------------------------------------------------------------------

def _round_double(x: float, digits: int, mode: int) -> float:
    if math.isnan(x) or math.isinf(x):
        return x
    scale = 10.0 ** digits
    scaled = x * scale if digits else x
    if abs(scaled) >= 1e16:
        return x
    if mode == 0:
        result = float(round(scaled))
    elif mode == 1:
        whole = math.trunc(scaled)
        result = whole + (math.copysign(1, scaled) if abs(scaled - whole) >= 0.5 else 0)
    elif mode == 2:
        result = float(math.trunc(scaled))
    elif mode == 3:
        result = float(math.floor(scaled))
    else:
        result = float(math.ceil(scaled))
    return result / scale if digits else result


_DEC_MODES = {0: decimal.ROUND_HALF_EVEN, 1: decimal.ROUND_HALF_UP, 2: decimal.ROUND_DOWN, 3: decimal.ROUND_FLOOR,
              4: decimal.ROUND_CEILING}


def _math_round(value, *rest):
    value = _num(value, "Round")
    digits, mode = 0, 0
    for arg in rest:
        if hasattr(arg, "ps_numeric_value") or isinstance(arg, str):
            mode = enum_arg(arg, "System.MidpointRounding")
        else:
            digits = reg.to_int(arg, "Round", "digits")
    if isinstance(value, _D):
        if not 0 <= digits <= 28:
            raise argument_out_of_range("decimals", "Decimal can only round to between 0 and 28 digits of precision.")
        return value.quantize(_D(1).scaleb(-digits), rounding=_DEC_MODES[mode])
    if not 0 <= digits <= 15:
        raise argument_out_of_range("digits", "Rounding digits must be between 0 and 15, inclusive.")
    return _round_double(float(value), digits, mode)


def _same_kind(a, b):
    """The result type .NET's overloads give two numbers: both integral -> int, any decimal -> decimal, else double."""
    if isinstance(a, _D) or isinstance(b, _D):
        return _D(a), _D(b)
    if isinstance(a, float) or isinstance(b, float):
        return float(a), float(b)
    return a, b


def _math_abs(value):
    value = _num(value, "Abs")
    if type(value) is int and value == -2**31:
        raise reg.DotNetException("System.OverflowException",
                                  "Negating the minimum value of a twos complement number is invalid.")
    return abs(value)


def _floor_or_ceiling(fn):
    def apply(value):
        value = _num(value)
        if isinstance(value, _D):
            return value.to_integral_value(rounding=decimal.ROUND_FLOOR if fn is math.floor else
                                           decimal.ROUND_CEILING)
        value = float(value)
        return value if math.isinf(value) or math.isnan(value) else float(fn(value))
    return apply


def _truncate(value):
    value = _num(value, "Truncate")
    if isinstance(value, _D):
        return value.to_integral_value(rounding=decimal.ROUND_DOWN)
    value = float(value)
    return value if math.isinf(value) or math.isnan(value) else float(math.trunc(value))


def _pow(x, y):
    x, y = _dbl(x, "Pow", "x"), _dbl(y, "Pow", "y")
    try:
        result = math.pow(x, y)
    except OverflowError:
        return math.inf if x > 0 or y % 2 == 0 else -math.inf
    except ValueError:
        if x == 0 and y < 0:
            return math.inf
        return math.nan
    return result


def _log(x, base=None):
    x = _dbl(x, "Log")
    if x < 0 or math.isnan(x):
        return math.nan
    if x == 0:
        return -math.inf
    if base is None:
        return math.log(x)
    base = _dbl(base, "Log", "newBase")
    if base <= 0 or base == 1:
        return math.nan
    return math.log(x) / math.log(base)


def _safe(fn, method):
    def apply(*args):
        values = [_dbl(a, method) for a in args]
        try:
            return fn(*values)
        except ValueError:
            return math.nan
        except OverflowError:
            return math.inf
    return apply


def _sign(value):
    value = _num(value, "Sign")
    if isinstance(value, float) and math.isnan(value):
        raise reg.DotNetException("System.ArithmeticException", "Function does not accept floating point Not-a-Number "
                                  "values.")
    return (value > 0) - (value < 0)


def _min_max(pick):
    def apply(a, b):
        a, b = _same_kind(_num(a), _num(b))
        if isinstance(a, float) and (math.isnan(a) or math.isnan(b)):
            return math.nan
        return pick(a, b)
    return apply


def _clamp(value, low, high):
    value, low = _same_kind(_num(value), _num(low))
    value, high = _same_kind(value, _num(high))
    low, high = _same_kind(low, high)
    if low > high:
        raise reg.argument_error("'%s' cannot be greater than %s." % (low, high))
    return min(max(value, low), high)


def _static(fn):
    """A static method body from a function of the arguments alone (statics also receive the type)."""
    return lambda t, *args: fn(*args)


MATH = statics("System.Math")
(MATH.prop("PI", lambda t: math.pi).prop("E", lambda t: math.e).prop("Tau", lambda t: math.tau)
 .method("Round", _static(_math_round), 1, 3)
 .method("Floor", _static(_floor_or_ceiling(math.floor)), 1)
 .method("Ceiling", _static(_floor_or_ceiling(math.ceil)), 1)
 .method("Truncate", _static(_truncate), 1).method("Abs", _static(_math_abs), 1)
 .method("Pow", _static(_pow), 2).method("Sqrt", _static(_safe(math.sqrt, "Sqrt")), 1)
 .method("Cbrt", _static(_safe(lambda x: math.copysign(abs(x) ** (1 / 3), x), "Cbrt")), 1)
 .method("Exp", _static(_safe(math.exp, "Exp")), 1).method("Log", _static(_log), 1, 2)
 .method("Log10", _static(lambda x: math.log10(_dbl(x)) if _dbl(x) > 0 else _log(x)), 1)
 .method("Log2", _static(lambda x: math.log2(_dbl(x)) if _dbl(x) > 0 else _log(x)), 1)
 .method("Sign", _static(_sign), 1).method("Max", _static(_min_max(max)), 2)
 .method("Min", _static(_min_max(min)), 2).method("Clamp", _static(_clamp), 3)
 .method("BigMul", _static(lambda a, b: make_integer(reg.to_int(a) * reg.to_int(b), INT64)), 2))
for _name, _fn in (("Sin", math.sin), ("Cos", math.cos), ("Tan", math.tan), ("Asin", math.asin),
                   ("Acos", math.acos), ("Atan", math.atan), ("Sinh", math.sinh), ("Cosh", math.cosh),
                   ("Tanh", math.tanh)):
    MATH.method(_name, _static(_safe(_fn, _name)), 1)
MATH.method("Atan2", _static(_safe(math.atan2, "Atan2")), 2)


# ---- the integer and floating-point types ------------------------------------------------------------

def _parse_integer(text, code):
    full = INTEGER_INFO[code][0]
    if text is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 's')")
    s = to_str(text).strip()
    body = s[1:] if s[:1] in "+-" else s
    if not body or not body.isdigit() or not body.isascii():
        raise _bad_format(to_str(text))
    n = int(s)
    _, low, high, _ = INTEGER_INFO[code]
    if not low <= n <= high:
        raise reg.DotNetException("System.OverflowException",
                                  "Value was either too large or too small for %s." % _article(full))
    return make_integer(n, code)


def _article(full: str) -> str:
    short = full.rsplit(".", 1)[-1]
    if short == "Byte":
        return "an unsigned byte"
    if short == "SByte":
        return "a signed byte"
    return ("an " if short[0] in "AEIOU" else "a ") + short


def _parse_double(text, single=False):
    if text is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 's')")
    value = parse_double_text(to_str(text))
    if value is None:
        raise _bad_format(to_str(text))
    return PSSingle(value) if single else value


def _parse_decimal(text):
    try:
        return _D(to_str(text).strip().replace(",", ""))
    except decimal.InvalidOperation:
        raise _bad_format(to_str(text)) from None


def _try_parse(parse):
    def apply(t, text, *rest):
        target = rest[-1] if rest else None
        try:
            value, ok = parse(text), True
        except reg.PyposhError:
            value, ok = None, False
        if isinstance(target, PSReference):
            target.value = value if ok else (0 if value is None else value)
        return ok
    return apply


def _integer_type(code):
    full, low, high, _ = INTEGER_INFO[code]
    table = statics(full)
    table.prop("MaxValue", lambda t: make_integer(high, code)).prop("MinValue", lambda t: make_integer(low, code))
    table.method("Parse", lambda t, s, *rest: _parse_integer(s, code), 1, 3)
    table.method("TryParse", _try_parse(lambda s: _parse_integer(s, code)), 2, 4)


for _code in (SBYTE, BYTE, INT16, UINT16, INT32, UINT32, INT64, UINT64):
    _integer_type(_code)


def _float_type(full, max_value, epsilon, single):
    make = PSSingle if single else float
    table = statics(full)
    (table.prop("MaxValue", lambda t: make(max_value)).prop("MinValue", lambda t: make(-max_value))
     .prop("Epsilon", lambda t: make(epsilon)).prop("NaN", lambda t: make(math.nan))
     .prop("PositiveInfinity", lambda t: make(math.inf)).prop("NegativeInfinity", lambda t: make(-math.inf))
     .method("Parse", lambda t, s, *rest: _parse_double(s, single), 1, 3)
     .method("TryParse", _try_parse(lambda s: _parse_double(s, single)), 2, 4)
     .method("IsNaN", lambda t, v: math.isnan(_dbl(v)), 1)
     .method("IsInfinity", lambda t, v: math.isinf(_dbl(v)), 1)
     .method("IsPositiveInfinity", lambda t, v: _dbl(v) == math.inf, 1)
     .method("IsNegativeInfinity", lambda t, v: _dbl(v) == -math.inf, 1)
     .method("IsFinite", lambda t, v: math.isfinite(_dbl(v)), 1))


_float_type("System.Double", 1.7976931348623157e308, 5e-324, False)
_float_type("System.Single", 3.4028234663852886e38, 1.401298464324817e-45, True)

DECIMAL = statics("System.Decimal")
(DECIMAL.prop("MaxValue", lambda t: _D("79228162514264337593543950335"))
 .prop("MinValue", lambda t: _D("-79228162514264337593543950335"))
 .prop("Zero", lambda t: _D(0)).prop("One", lambda t: _D(1)).prop("MinusOne", lambda t: _D(-1))
 .method("Parse", lambda t, s, *rest: _parse_decimal(s), 1, 3)
 .method("TryParse", _try_parse(_parse_decimal), 2, 4)
 .method("Round", lambda t, v, *rest: _math_round(_D(_num(v)), *rest), 1, 3)
 .method("Floor", lambda t, v: _floor_or_ceiling(math.floor)(_D(_num(v))), 1)
 .method("Ceiling", lambda t, v: _floor_or_ceiling(math.ceil)(_D(_num(v))), 1)
 .method("Truncate", lambda t, v: _truncate(_D(_num(v))), 1))


def _parse_bool(text):
    s = to_str(text).strip()
    if s.lower() in ("true", "false"):
        return s.lower() == "true"
    raise reg.format_error("String '%s' was not recognized as a valid Boolean." % to_str(text))


BOOLEAN = statics("System.Boolean")
(BOOLEAN.prop("TrueString", lambda t: "True").prop("FalseString", lambda t: "False")
 .method("Parse", lambda t, s: _parse_bool(s), 1)
 .method("TryParse", _try_parse(_parse_bool), 2))


# ---- [char] ----------------------------------------------------------------------------------------------

def _char_arg(args, method):
    """Char.IsX(c) or Char.IsX(s, index): the character examined."""
    if len(args) == 2:
        s, i = to_str(args[0]), reg.to_int(args[1], method, "index")
        if not 0 <= i < len(s):
            raise argument_out_of_range("index", "Index was out of range. Must be non-negative and less than the "
                                        "size of the collection.")
        return s[i]
    c = reg.convert_arg(args[0], "System.Char", method, "c")
    return str(c)


def _char_test(test, method):
    return lambda t, *args: test(_char_arg(args, method))


_PUNCTUATION = set("!\"#%&'()*,-./:;?@[\\]_{}\u00a1\u00a7\u00ab\u00b6\u00b7\u00bb\u00bf")
_SYMBOLS = set("$+<=>^`|~\u00a2\u00a3\u00a4\u00a5\u00a6\u00a8\u00a9\u00ac\u00ae\u00af\u00b0\u00b1\u00b4\u00b8"
               "\u00d7\u00f7")

CHAR = statics("System.Char")
(CHAR.prop("MaxValue", lambda t: PSChar("\uffff")).prop("MinValue", lambda t: PSChar("\0"))
 .method("IsDigit", _char_test(lambda c: c.isdecimal(), "IsDigit"), 1, 2)
 .method("IsLetter", _char_test(str.isalpha, "IsLetter"), 1, 2)
 .method("IsLetterOrDigit", _char_test(lambda c: c.isalpha() or c.isdecimal(), "IsLetterOrDigit"), 1, 2)
 .method("IsUpper", _char_test(str.isupper, "IsUpper"), 1, 2)
 .method("IsLower", _char_test(str.islower, "IsLower"), 1, 2)
 .method("IsWhiteSpace", _char_test(str.isspace, "IsWhiteSpace"), 1, 2)
 .method("IsNumber", _char_test(str.isnumeric, "IsNumber"), 1, 2)
 .method("IsPunctuation", _char_test(lambda c: c in _PUNCTUATION, "IsPunctuation"), 1, 2)
 .method("IsSymbol", _char_test(lambda c: c in _SYMBOLS, "IsSymbol"), 1, 2)
 .method("IsControl", _char_test(lambda c: ord(c) < 32 or 127 <= ord(c) < 160, "IsControl"), 1, 2)
 .method("IsAscii", _char_test(lambda c: ord(c) < 128, "IsAscii"), 1)
 .method("ToUpper", lambda t, c, *culture: PSChar(_char_arg([c], "ToUpper").upper()), 1, 2)
 .method("ToLower", lambda t, c, *culture: PSChar(_char_arg([c], "ToLower").lower()), 1, 2)
 .method("ToString", lambda t, c: _char_arg([c], "ToString"), 1)
 .method("GetNumericValue", lambda t, *a: float(_char_arg(a, "GetNumericValue")) if
         _char_arg(a, "GetNumericValue").isdecimal() else -1.0, 1, 2)
 .method("ConvertFromUtf32", lambda t, n: chr(reg.to_int(n, "ConvertFromUtf32", "utf32")), 1)
 .method("ConvertToUtf32", lambda t, s, i=0: ord(to_str(s)[reg.to_int(i)]), 1, 2))


# ---- [convert] ----------------------------------------------------------------------------------------------

def _to_integer(value, code, method, base=None):
    value = reg.unwrap(value)
    full, low, high, _ = INTEGER_INFO[code]
    if base is not None:
        base = reg.to_int(base, method, "fromBase")
        if base not in (2, 8, 10, 16):
            raise reg.argument_error("Invalid Base.", "fromBase")
        text = to_str(value).strip()
        body = text[2:] if base == 16 and text.lower().startswith("0x") else text
        if base == 10:
            return _parse_integer(text, code)
        try:
            n = int(body, base)
        except ValueError:
            raise reg.format_error("Could not find any recognizable digits.") from None
        bits = (high - low).bit_length()
        if n >= 2 ** bits:
            raise reg.DotNetException("System.OverflowException", "Value was either too large or too small for %s."
                                      % _article(full))
        if low < 0 and n > high:
            n -= 2 ** bits
        return make_integer(n, code)
    if value is None:
        return make_integer(0, code)
    if isinstance(value, bool):
        return make_integer(int(value), code)
    if isinstance(value, str) and not isinstance(value, PSChar):
        return _parse_integer(value, code)
    if isinstance(value, PSChar):
        n = ord(value)
    else:
        number = _num(value, method)
        if isinstance(number, float) and (math.isnan(number) or math.isinf(number)):
            raise reg.DotNetException("System.OverflowException", "Value was either too large or too small for %s."
                                      % _article(full))
        n = int(round(number)) if not isinstance(number, int) else number
        if isinstance(number, _D):
            n = int(number.to_integral_value(rounding=decimal.ROUND_HALF_EVEN))
    if not low <= n <= high:
        raise reg.DotNetException("System.OverflowException", "Value was either too large or too small for %s."
                                  % _article(full))
    return make_integer(n, code)


def _to_double(value):
    value = reg.unwrap(value)
    if value is None:
        return 0.0
    if isinstance(value, str):
        return _parse_double(value)
    return float(_num(value, "ToDouble"))


def _to_boolean(value):
    value = reg.unwrap(value)
    if isinstance(value, str):
        return _parse_bool(value)
    if value is None:
        return False
    return bool(_num(value, "ToBoolean"))


def _to_string(value, base=None):
    value = reg.unwrap(value)
    if base is None or isinstance(value, (float, _D, str)):
        if isinstance(value, bool):
            return "True" if value else "False"
        return to_str(value)
    base = reg.to_int(base, "ToString", "toBase")
    if base not in (2, 8, 10, 16):
        raise reg.argument_error("Invalid Base.", "toBase")
    n = int(value)
    if base == 10:
        return str(n)
    if n < 0:
        n += 2 ** 64 if getattr(value, "code", INT32) in (INT64, UINT64) or n < -2**31 else 2 ** 32
    return {2: "{:b}", 8: "{:o}", 16: "{:x}"}[base].format(n)


def byte_values(value) -> bytes:
    value = reg.unwrap(value)
    if value is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'inArray')")
    items = value if isinstance(value, (list, tuple)) else [value]
    return bytes(int(_num(b)) & 0xFF for b in items)


def byte_array(data: bytes) -> TypedArray:
    """A [byte[]] value."""
    return TypedArray([PSByte(b) for b in data], "System.Byte")


def _from_base64(text):
    s = "".join(to_str(text).split())
    try:
        if len(s) % 4:
            raise ValueError
        return byte_array(base64.b64decode(s, validate=True))
    except (ValueError, base64.binascii.Error):
        raise reg.format_error("The input is not a valid Base-64 string as it contains a non-base 64 character, "
                               "more than two padding characters, or an illegal character among the padding "
                               "characters.") from None


def _from_hex(text):
    try:
        return byte_array(bytes.fromhex(to_str(text)))
    except ValueError:
        raise reg.format_error("The input is not a valid hex string as it contains a non-hex character.") from None


CONVERT = statics("System.Convert")
for _name, _code in (("ToInt32", INT32), ("ToInt64", INT64), ("ToInt16", INT16), ("ToByte", BYTE),
                     ("ToSByte", SBYTE), ("ToUInt16", UINT16), ("ToUInt32", UINT32), ("ToUInt64", UINT64)):
    CONVERT.method(_name, (lambda c, n: lambda t, v, base=None: _to_integer(v, c, n, base))(_code, _name), 1, 2)
(CONVERT
 .method("ToDouble", lambda t, v, *p: _to_double(v), 1, 2)
 .method("ToSingle", lambda t, v, *p: PSSingle(_to_double(v)), 1, 2)
 .method("ToDecimal", lambda t, v, *p: _parse_decimal(v) if isinstance(v, str) else _D(_num(v)), 1, 2)
 .method("ToBoolean", lambda t, v, *p: _to_boolean(v), 1, 2)
 .method("ToString", lambda t, v, base=None: _to_string(v, base), 1, 2)
 .method("ToChar", lambda t, v, *p: PSChar(v) if isinstance(v, str) and len(v) == 1 else
         PSChar(chr(_to_integer(v, UINT16, "ToChar"))), 1, 2)
 .method("ToBase64String", lambda t, b, *rest: base64.b64encode(byte_values(b)).decode("ascii"), 1, 4)
 .method("FromBase64String", lambda t, s: _from_base64(s), 1)
 .method("ToHexString", lambda t, b, *rest: byte_values(b).hex().upper(), 1, 3)
 .method("FromHexString", lambda t, s: _from_hex(s), 1))


# ---- [BitConverter]: numbers as little-endian bytes and back ------------------------------------------------

_BIT_FORMATS = {SBYTE: "b", BYTE: "B", INT16: "h", UINT16: "H", INT32: "i", UINT32: "I", INT64: "q", UINT64: "Q"}


def _get_bytes(t, value):
    value = reg.unwrap(value)
    if isinstance(value, bool):
        data = struct.pack("<?", value)
    elif isinstance(value, PSChar):
        data = struct.pack("<H", ord(value))
    elif isinstance(value, PSSingle):
        data = struct.pack("<f", value)
    elif isinstance(value, float):
        data = struct.pack("<d", value)
    else:
        code = numeric_code(value)
        if code not in _BIT_FORMATS:
            raise reg.overload_not_found("GetBytes", 1)
        data = struct.pack("<" + _BIT_FORMATS[code], int(value))
    return TypedArray([PSByte(b) for b in data], "byte")


def _bytes_arg(value) -> bytes:
    if value is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'value')")
    return bytes(int(b) & 0xFF for b in (value if isinstance(value, (list, tuple)) else [value]))


def _bits_to_string(t, value, start=0, length=None):
    data = _bytes_arg(value)
    start = reg.to_int(start)
    end = len(data) if length is None else start + reg.to_int(length)
    if start < 0 or start > len(data) or end > len(data) or end < start:
        raise argument_out_of_range("startIndex")
    return "-".join("%02X" % b for b in data[start:end])


def _reader(fmt, wrap=None):
    size = struct.calcsize(fmt)

    def read(t, value, start=0):
        data = _bytes_arg(value)
        start = reg.to_int(start)
        if start < 0 or start + size > len(data):
            raise argument_out_of_range("startIndex")
        result = struct.unpack_from(fmt, data, start)[0]
        return wrap(result) if wrap is not None else result
    return read


def _typed(code):
    return lambda number: make_integer(number, code)


_bits = statics("System.BitConverter").prop("IsLittleEndian", lambda t: True)
_bits.method("GetBytes", _get_bytes, 1).method("ToString", _bits_to_string, 1, 3)
for _name, _fmt, _wrap in (("ToInt16", "<h", _typed(INT16)), ("ToUInt16", "<H", _typed(UINT16)),
                           ("ToInt32", "<i", None), ("ToUInt32", "<I", _typed(UINT32)),
                           ("ToInt64", "<q", _typed(INT64)), ("ToUInt64", "<Q", _typed(UINT64)),
                           ("ToDouble", "<d", None), ("ToSingle", "<f", PSSingle),
                           ("ToBoolean", "<?", None), ("ToChar", "<H", lambda n: PSChar(chr(n)))):
    _bits.method(_name, _reader(_fmt, _wrap), 1, 2)
