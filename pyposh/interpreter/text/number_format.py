""".NET numeric format strings in the en-US culture: standard (C D E F G N P R X B) and custom ('0.00', '#,##0')."""
from __future__ import annotations

import decimal

from pyposh.interpreter.text.numbers import (
    INTEGER_INFO, SIGNED_CODES, PSSingle, format_decimal, int_code, numeric_code, roundtrip_text,
)

BAD_SPECIFIER = "Format specifier was invalid."


class NumberFormatError(ValueError):
    """A numeric format string .NET rejects (FormatException)."""


class Digits:
    """.NET's NumberBuffer: value = (-1 if negative) * 0.DIGITS * 10**scale; `kind` is float, decimal or int."""

    __slots__ = ("negative", "digits", "scale", "kind")

    def __init__(self, negative, digits, scale, kind):
        self.negative, self.digits, self.scale, self.kind = negative, digits, scale, kind

    @classmethod
    def of(cls, value, significant: int = 0) -> "Digits":
        """The digits of a number: exact, or for a real with `significant` > 0, correctly rounded to that many."""
        if isinstance(value, float):
            if significant:
                sign, digits, scale = _split("%.*e" % (significant - 1, value))
            else:
                sign, digits, scale = _split_decimal(decimal.Decimal(value))
            return cls(sign, digits, scale, "float")
        if isinstance(value, decimal.Decimal):
            sign, digits, scale = _split_decimal(value)
            return cls(sign, digits, scale, "decimal")
        n = int(value)
        text = str(abs(n))
        stripped = text.rstrip("0")
        return cls(n < 0, stripped if n else "", len(text) if n else 0, "int")

    def rounded(self, keep: int) -> "Digits":
        """Keep `keep` leading digits, rounding half away from zero (ties to even for exact real digits)."""
        digits, scale = self.digits, self.scale
        if keep >= len(digits):
            return self
        keeps_sign = self.negative and self.kind in ("float", "custom")
        if keep < 0:
            return Digits(keeps_sign, "", 0, self.kind)
        head, rest = digits[:keep], digits[keep:]
        first = rest[0]
        if self.kind == "float":
            up = first > "5" or (first == "5" and (rest[1:].strip("0") != "" or (head and int(head[-1]) % 2 == 1)))
        else:
            up = first >= "5"
        if up:
            bumped = str(int(head or "0") + 1)
            if len(bumped) > len(head):
                scale += 1
            head = bumped
        head = head.rstrip("0")
        if not head:
            return Digits(keeps_sign, "", 0, self.kind)
        return Digits(self.negative, head, scale, self.kind)

    def integer_part(self) -> str:
        if self.scale <= 0:
            return ""
        return (self.digits + "0" * self.scale)[:self.scale]

    def fraction_part(self, count: int) -> str:
        if self.scale >= 0:
            frac = self.digits[self.scale:]
        else:
            frac = "0" * (-self.scale) + self.digits
        return (frac + "0" * count)[:count]


def _split(text: str):
    negative = text.startswith("-")
    mantissa, _, exp = text.lstrip("-").lower().partition("e")
    whole, _, frac = mantissa.partition(".")
    raw = whole + frac
    digits = raw.lstrip("0")
    scale = len(whole) - (len(raw) - len(digits)) + (int(exp) if exp else 0)
    digits = digits.rstrip("0")
    return negative, digits, (scale if digits else 0)


def _split_decimal(d: decimal.Decimal):
    sign, digit_tuple, exp = d.as_tuple()
    raw = "".join(map(str, digit_tuple))
    digits = raw.lstrip("0")
    scale = len(raw) + exp - (len(raw) - len(digits))
    digits = digits.rstrip("0")
    return bool(sign), digits, (scale if digits else 0)


def _group(int_digits: str) -> str:
    if len(int_digits) <= 3:
        return int_digits
    head = len(int_digits) % 3 or 3
    parts = [int_digits[:head]] + [int_digits[i:i + 3] for i in range(head, len(int_digits), 3)]
    return ",".join(parts)


def _fixed(buf: Digits, decimals: int, grouping: bool) -> str:
    integer = buf.integer_part() or "0"
    if grouping:
        integer = _group(integer)
    return integer + ("." + buf.fraction_part(decimals) if decimals > 0 else "")


def _exponent(exp: int, char: str, min_digits: int, always_sign: bool) -> str:
    sign = "-" if exp < 0 else ("+" if always_sign else "")
    return "%s%s%s" % (char, sign, str(abs(exp)).zfill(min_digits))


def format_number(value, fmt: str | None) -> str:
    """`value.ToString(fmt)` for a number (int, typed int, float, [single], Decimal) in the en-US culture."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float) and value != value:
        return "NaN"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "\u221e" if value > 0 else "-\u221e"
    if not fmt:
        return _general_default(value, "E")
    spec, precision = _parse_specifier(fmt)
    if spec is None:
        return format_custom(value, fmt)
    return _standard(value, spec, precision)


def _parse_specifier(fmt: str):
    ch = fmt[0]
    if not ("a" <= ch.lower() <= "z"):
        return None, None
    rest = fmt[1:]
    if not rest:
        return ch, None
    if rest.isdigit() and rest.isascii():
        n = int(rest)
        if n > 999_999_999:
            raise NumberFormatError(BAD_SPECIFIER)
        return ch, n
    return None, None


def _general_default(value, exp_char: str) -> str:
    if isinstance(value, PSSingle):
        text = roundtrip_text(value, single=True)
    elif isinstance(value, float):
        text = roundtrip_text(value)
    elif isinstance(value, decimal.Decimal):
        return format_decimal(value)
    else:
        return str(int(value))
    return text if exp_char == "E" else text.replace("E", "e")


def _standard(value, spec: str, precision):
    is_integer = isinstance(value, int)
    upper = spec.upper()
    if upper in "XB":
        if not is_integer:
            raise NumberFormatError(BAD_SPECIFIER)
        n = int(value)
        if n < 0:
            code = int_code(value)
            bits = 64 if code not in INTEGER_INFO or code not in SIGNED_CODES else \
                (INTEGER_INFO[code][2] - INTEGER_INFO[code][1]).bit_length()
            n += 1 << bits
        text = format(n, "X" if spec == "X" else ("x" if spec == "x" else "b"))
        return text.zfill(precision or 0)
    if upper == "D":
        if not is_integer:
            raise NumberFormatError(BAD_SPECIFIER)
        n = int(value)
        return ("-" if n < 0 else "") + str(abs(n)).zfill(precision or 0)
    if upper == "R":
        if isinstance(value, float):
            return _general_default(value, spec.upper().replace("R", "E"))
        if numeric_code(value) is not None and getattr(value, "code", None) == 20:
            return str(int(value))
        raise NumberFormatError(BAD_SPECIFIER)
    if upper == "G":
        if not precision:
            return _general_default(value, "E" if spec == "G" else "e")
        return _general(value, precision, "E" if spec == "G" else "e")
    if upper not in "CEFNP":
        raise NumberFormatError(BAD_SPECIFIER)
    buf = Digits.of(value)
    if upper == "E":
        digits = 6 if precision is None else precision
        buf = buf.rounded(digits + 1)
        mantissa = (buf.digits or "0").ljust(digits + 1, "0")
        text = mantissa[0] + ("." + mantissa[1:] if digits else "")
        exp = buf.scale - 1 if buf.digits else 0
        return ("-" if buf.negative else "") + text + _exponent(exp, spec, 3, True)
    decimals = 2 if precision is None else precision
    if upper == "P":
        buf = Digits(buf.negative, buf.digits, buf.scale + 2 if buf.digits else 0, buf.kind)
    buf = buf.rounded(buf.scale + decimals)
    sign = "-" if buf.negative else ""
    if upper == "F":
        return sign + _fixed(buf, decimals, False)
    body = _fixed(buf, decimals, True)
    if upper == "N":
        return sign + body
    if upper == "P":
        return sign + body + "%"
    return sign + "$" + body


def _general(value, precision: int, exp_char: str) -> str:
    buf = Digits.of(value).rounded(precision)
    sign = "-" if buf.negative else ""
    if not buf.digits:
        return sign + "0"
    if buf.scale > precision or buf.scale < -3:
        mantissa = buf.digits[0] + ("." + buf.digits[1:] if len(buf.digits) > 1 else "")
        return sign + mantissa + _exponent(buf.scale - 1, exp_char, 2, True)
    integer = buf.integer_part() or "0"
    frac = buf.digits[buf.scale:] if buf.scale >= 0 else "0" * (-buf.scale) + buf.digits
    return sign + integer + ("." + frac if frac else "")


# ---------------------------------------------------------------- custom formats

def _sections(fmt: str) -> list[str]:
    sections, current, i = [], [], 0
    while i < len(fmt):
        ch = fmt[i]
        if ch in "'\"":
            end = fmt.find(ch, i + 1)
            end = len(fmt) - 1 if end < 0 else end
            current.append(fmt[i:end + 1])
            i = end + 1
            continue
        if ch == "\\" and i + 1 < len(fmt):
            current.append(fmt[i:i + 2])
            i += 2
            continue
        if ch == ";":
            sections.append("".join(current))
            current = []
        else:
            current.append(ch)
        i += 1
    sections.append("".join(current))
    return sections[:3]


def _tokens(section: str) -> list:
    tokens, i, n = [], 0, len(section)
    while i < n:
        ch = section[i]
        if ch in "0#":
            tokens.append(("digit", ch))
        elif ch == ".":
            tokens.append(("point",) if not any(t[0] == "point" for t in tokens) else ("skip",))
        elif ch == ",":
            tokens.append(("comma",))
        elif ch == "%":
            tokens.append(("percent",))
        elif ch == "\u2030":
            tokens.append(("permille",))
        elif ch in "eE" and i + 1 < n and (section[i + 1] == "0" or (section[i + 1] in "+-" and i + 2 < n
                                                                      and section[i + 2] == "0")):
            j = i + 1
            sign = "+" if section[j] == "+" else ""
            if section[j] in "+-":
                j += 1
            k = j
            while k < n and section[k] == "0":
                k += 1
            tokens.append(("exp", ch, sign == "+", k - j))
            i = k
            continue
        elif ch in "'\"":
            end = section.find(ch, i + 1)
            end = n if end < 0 else end
            tokens.append(("literal", section[i + 1:end]))
            i = end + 1
            continue
        elif ch == "\\":
            if i + 1 < n:
                tokens.append(("literal", section[i + 1]))
            i += 2
            continue
        else:
            tokens.append(("literal", ch))
        i += 1
    return tokens


def _choose_section(sections: list[str], buf: Digits) -> tuple[str, bool]:
    """(section, whether the '-' sign is printed)."""
    if not buf.digits and len(sections) >= 3 and sections[2]:
        return sections[2], False
    if buf.negative and len(sections) >= 2:
        return (sections[1], False) if sections[1] else (sections[0], True)
    return sections[0], True


def format_custom(value, fmt: str) -> str:
    """A custom numeric format string (sections, 0 and # placeholders, grouping, scaling, %, E+0, literals)."""
    if isinstance(value, PSSingle):
        buf = Digits.of(value, 7)
    elif isinstance(value, float):
        buf = Digits.of(value, 15)
    else:
        buf = Digits.of(value)
    if buf.kind == "float":
        buf = Digits(buf.negative, buf.digits, buf.scale, "custom")
    sections = _sections(fmt)
    section, signed = _choose_section(sections, buf)
    text, result = _apply_section(section, buf)
    if not result.digits and buf.digits and len(sections) >= 3 and sections[2] and section != sections[2]:
        return _apply_section(sections[2], result)[0]
    if not result.digits and buf.negative and len(sections) == 2 and section == sections[1]:
        text, result = _apply_section(sections[0], result)
        signed = False
    negative = result.negative and (result.digits or buf.kind == "custom")
    return ("-" if signed and negative else "") + text


def _apply_section(section: str, buf: Digits):
    tokens = _tokens(section)
    point = next((i for i, t in enumerate(tokens) if t[0] == "point"), len(tokens))
    exp_at = next((i for i, t in enumerate(tokens) if t[0] == "exp"), None)
    int_end = min(point, exp_at if exp_at is not None else len(tokens))
    digit_positions = [i for i, t in enumerate(tokens) if t[0] == "digit"]
    int_slots = [i for i in digit_positions if i < int_end]
    frac_slots = [i for i in digit_positions if point < i < (exp_at if exp_at is not None else len(tokens))]
    shift = 0
    grouping = False
    for i, t in enumerate(tokens):
        if t[0] == "comma" and i < int_end:
            before = any(p < i for p in int_slots)
            after = any(p > i for p in int_slots)
            if before and after:
                grouping = True
            elif before and not after:
                shift -= 3
        elif t[0] == "percent":
            shift += 2
        elif t[0] == "permille":
            shift += 3
    work = Digits(buf.negative, buf.digits, buf.scale + shift if buf.digits else 0, buf.kind)
    first_zero = next((k for k, i in enumerate(int_slots) if tokens[i][1] == "0"), None)
    last_zero = max((k + 1 for k, i in enumerate(frac_slots) if tokens[i][1] == "0"), default=0)
    exponent = 0
    if exp_at is not None:
        total = max(len(int_slots) + len(frac_slots), 1)
        work = work.rounded(total)
        if work.digits:
            lead = max(len(int_slots), 1)
            exponent = work.scale - lead
            work = Digits(work.negative, work.digits, lead, work.kind)
    else:
        work = work.rounded(work.scale + len(frac_slots))
    int_digits = work.integer_part()
    min_int = len(int_slots) - first_zero if first_zero is not None else 0
    int_digits = int_digits.zfill(min_int)
    if grouping:
        int_digits = _group(int_digits)
    frac = work.fraction_part(len(frac_slots))
    frac_out = frac[:last_zero] + frac[last_zero:].rstrip("0")
    slot_text = _fill_integer_slots(tokens, int_slots, int_digits)
    out = []
    for i, t in enumerate(tokens):
        kind = t[0]
        if kind == "digit":
            if i in slot_text:
                out.append(slot_text[i])
            else:
                k = frac_slots.index(i) if i in frac_slots else len(frac_out)
                if k < len(frac_out):
                    out.append(frac_out[k])
        elif kind == "point":
            if frac_out:
                out.append(".")
        elif kind == "literal":
            out.append(t[1])
        elif kind == "percent":
            out.append("%")
        elif kind == "permille":
            out.append("\u2030")
        elif kind == "exp":
            out.append(_exponent(exponent, t[1], t[3], t[2]))
    return "".join(out), work


def _fill_integer_slots(tokens, int_slots, int_digits: str) -> dict:
    """Integer digits per placeholder: all at the first one, or right to left when literals sit between them."""
    if not int_slots:
        return {}
    interleaved = any(tokens[i][0] == "literal" for i in range(int_slots[0], int_slots[-1]))
    if not interleaved:
        return {slot: (int_digits if k == 0 else "") for k, slot in enumerate(int_slots)}
    plain = int_digits.replace(",", "")
    texts = {}
    pos = len(plain)
    for k, slot in enumerate(reversed(int_slots)):
        if k == len(int_slots) - 1:
            texts[slot] = plain[:pos]
        else:
            texts[slot] = plain[pos - 1:pos] if pos > 0 else ""
            pos = max(pos - 1, 0)
    return texts
