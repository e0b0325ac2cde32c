"""The .NET enum types scripts use ([DayOfWeek], [RegexOptions], [StringSplitOptions], ...) and their values."""
from __future__ import annotations

from pyposh.errors import ScriptRuntimeError


class EnumType:
    """One enum type: its full name, its members in declaration order, and whether it is a [Flags] enum."""

    __slots__ = ("full_name", "members", "flags", "_by_value", "underlying")

    def __init__(self, full_name: str, members: list[tuple[str, int]], flags: bool = False,
                 underlying: str = "System.Int32"):
        self.full_name = full_name
        self.members = members
        self.flags = flags
        self.underlying = underlying
        self._by_value = {}
        for name, number in self.sorted_members():
            self._by_value.setdefault(number, name)

    def value(self, number: int) -> "EnumValue":
        return EnumValue(number, self)

    def lookup(self, name: str):
        folded = name.strip().lower()
        for member, number in self.members:
            if member.lower() == folded:
                return EnumValue(number, self)
        return None

    def parse(self, text: str) -> "EnumValue":
        """A value from a name ('IgnoreCase'), a comma-separated list of names (flags), or digits."""
        total = 0
        for part in text.split(","):
            part = part.strip()
            if part.lstrip("-").isdigit():
                total |= int(part)
                continue
            found = self.lookup(part)
            if found is None:
                names = ", ".join('"%s"' % n for n, _ in self.members)
                raise ScriptRuntimeError(
                    'Cannot convert value "%s" to type "%s". Error: "Unable to match the identifier name %s to a '
                    'valid enumerator name. Specify one of the following enumerator names and try again:\n%s"'
                    % (text, self.full_name, part, names), "InvalidCastFromStringToEnum", "InvalidArgument",
                    exception_type="System.Management.Automation.PSInvalidCastException")
            total |= found.number
            if not self.flags:
                return found
        return EnumValue(total, self)

    def sorted_members(self) -> list[tuple[str, int]]:
        """Members in .NET's GetEnumNames()/GetEnumValues() order, which also decides a synonym's name (the first
        of its value): declaration order when the values already ascend, else by value, later names first on
        ties (about_Enum shows `ogg`, `oga`, `mogg` for MediaTypes, and `Fall`, `Autumn` for Season)."""
        keys = [number & 0xFFFFFFFFFFFFFFFF for _, number in self.members]
        if all(a <= b for a, b in zip(keys, keys[1:])):
            return list(self.members)
        indexed = list(enumerate(self.members))
        indexed.sort(key=lambda item: (item[1][1] & 0xFFFFFFFFFFFFFFFF, -item[0]))
        return [member for _, member in indexed]

    def name_of(self, number: int, as_flags: bool = False) -> str:
        """The value's text: a member's name, for a [Flags] enum (or `as_flags`, ToString("F")) the names it
        combines, else the number."""
        name = self._by_value.get(number)
        if name is not None:
            return name
        if (self.flags or as_flags) and number > 0:
            parts = [n for n, v in self.members if v and number & v == v]
            covered = 0
            for _, v in self.members:
                if v and number & v == v:
                    covered |= v
            if covered == number:
                return ", ".join(parts)
        return str(number)


class EnumValue:
    """A value of a .NET enum: converts to its number (`ps_numeric_value`) and prints as its name."""

    __slots__ = ("number", "enum")

    def __init__(self, number: int, enum_type: EnumType):
        self.number = int(number)
        self.enum = enum_type

    @property
    def ps_type_name(self) -> str:
        return self.enum.full_name

    @property
    def ps_numeric_value(self) -> int:
        return self.number

    def ps_to_string(self) -> str:
        return self.enum.name_of(self.number)

    def formatted(self, fmt: str | None) -> str:
        """Enum.ToString(format): "G" the name(s), "F" names as if [Flags], "D" the number, "X" hexadecimal digits
        as wide as the underlying type."""
        if fmt in (None, "", "G", "g"):
            return str(self)
        if fmt in ("F", "f"):
            return self.enum.name_of(self.number, as_flags=True)
        if fmt in ("D", "d"):
            return str(self.number)
        if fmt in ("X", "x"):
            digits = _HEX_DIGITS.get(self.enum.underlying.lower(), 8)
            return "%0*X" % (digits, self.number & ((1 << (4 * digits)) - 1))
        raise ValueError('Format string can be only "G", "g", "X", "x", "F", "f", "D" or "d".')

    def ps_to_bool(self) -> bool:
        return self.number != 0

    def __int__(self):
        return self.number

    __index__ = __int__

    def __str__(self):
        return self.ps_to_string()

    def __format__(self, spec):
        return format(str(self), spec) if spec else str(self)

    def __repr__(self):
        return "%s::%s" % (self.enum.full_name, self)

    def __eq__(self, other):
        if isinstance(other, EnumValue):
            return other.number == self.number
        if isinstance(other, str):
            found = self.enum.lookup(other)
            return found is not None and found.number == self.number
        if isinstance(other, (int, float)) and not isinstance(other, bool):
            return self.number == other
        return NotImplemented

    def __lt__(self, other):
        return self.number < int(other)

    def __hash__(self):
        return hash(self.number)


# hexadecimal digits of ToString("X"), by underlying type
_HEX_DIGITS = {"system.byte": 2, "system.sbyte": 2, "system.int16": 4, "system.uint16": 4, "system.int32": 8,
               "system.uint32": 8, "system.int64": 16, "system.uint64": 16}

ENUMS: dict[str, EnumType] = {}


def _define(full_name, names, flags=False, start=0):
    members = [(n, v) for n, v in names] if names and isinstance(names[0], tuple) else \
        [(n, i + start) for i, n in enumerate(names)]
    ENUMS[full_name.lower()] = EnumType(full_name, members, flags)


_define("System.DayOfWeek", ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"])
_define("System.DateTimeKind", ["Unspecified", "Utc", "Local"])
_define("System.StringSplitOptions", [("None", 0), ("RemoveEmptyEntries", 1), ("TrimEntries", 2)], flags=True)
_define("System.MidpointRounding", ["ToEven", "AwayFromZero", "ToZero", "ToNegativeInfinity", "ToPositiveInfinity"])
_define("System.StringComparison", ["CurrentCulture", "CurrentCultureIgnoreCase", "InvariantCulture",
                                    "InvariantCultureIgnoreCase", "Ordinal", "OrdinalIgnoreCase"])
_define("System.Text.RegularExpressions.RegexOptions",
        [("None", 0), ("IgnoreCase", 1), ("Multiline", 2), ("ExplicitCapture", 4), ("Compiled", 8),
         ("Singleline", 16), ("IgnorePatternWhitespace", 32), ("RightToLeft", 64), ("ECMAScript", 256),
         ("CultureInvariant", 512), ("NonBacktracking", 1024)], flags=True)
_define("System.ConsoleColor", ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta",
                                "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta",
                                "Yellow", "White"])
_define("System.Management.Automation.ActionPreference",
        ["SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend", "Break"])
_define("System.UriKind", ["RelativeOrAbsolute", "Absolute", "Relative"])


def enum_type(full_name: str) -> EnumType | None:
    return ENUMS.get(full_name.lower())


def enum_arg(value, full_name: str) -> int:
    """A method argument given as an enum value, a number or a name string, as a plain int."""
    if isinstance(value, str):
        return int(ENUMS[full_name.lower()].parse(value))
    if value is None:
        return 0
    return int(value)
