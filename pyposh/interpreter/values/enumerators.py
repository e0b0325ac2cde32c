"""Enumerators scripts hold: `$input` in a function, `$foreach` in a loop and `$switch` in a switch statement."""
from __future__ import annotations

from pyposh.interpreter.values.conversions import to_string
from pyposh.interpreter.values.objects import AUTOMATION_NULL


class InputEnumerator:
    """`$input`: an enumerator over a function's pipeline input. Reading it (foreach, string expansion,
    passing it on) consumes it; Reset() starts over; MoveNext() and Current step through it."""

    __slots__ = ("items", "position")
    ps_type_name = "System.Collections.Generic.List`1+Enumerator[[System.Object]]"
    ps_properties = {"Current": "current"}
    ps_methods = {"MoveNext": "move_next", "Reset": "reset"}

    def __init__(self, items: list):
        self.items = items
        self.position = -1

    @property
    def current(self):
        if 0 <= self.position < len(self.items):
            return self.items[self.position]
        return None

    def move_next(self) -> bool:
        if self.position < len(self.items):
            self.position += 1
        return self.position < len(self.items)

    def reset(self):
        self.position = -1
        return AUTOMATION_NULL

    def ps_enumerate(self):
        while self.move_next():
            yield self.items[self.position]

    def ps_to_string(self) -> str:
        return " ".join(to_string(item) for item in self.ps_enumerate())


class LoopEnumerator:
    """`$foreach` / `$switch`: the enumerator a foreach loop or a switch statement walks. Calling MoveNext()
    in the body advances the loop itself (the next iteration gets the item after)."""

    __slots__ = ("iterator", "current_item")
    ps_type_name = "System.Collections.IEnumerator"
    ps_properties = {"Current": "current_item"}
    ps_methods = {"MoveNext": "move_next"}

    def __init__(self, items):
        self.iterator = iter(items)
        self.current_item = None

    def move_next(self) -> bool:
        for item in self.iterator:
            self.current_item = item
            return True
        self.current_item = None
        return False

    def ps_enumerate(self):
        while self.move_next():
            yield self.current_item


def iterate_value(value):
    """What foreach and switch loop over: the items of a list, nothing for $null, else the value."""
    if value is None or value is AUTOMATION_NULL:
        return ()
    if isinstance(value, (list, tuple, range)):
        return value
    if hasattr(value, "ps_enumerate"):
        return value.ps_enumerate()
    return (value,)
