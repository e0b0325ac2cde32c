"""`$using:` values on the wire: Invoke-Command sends them in one extra parameter, `--%`, a dictionary keyed by
base64 of each `$using:` expression's text (UTF-16LE, lower case for a plain variable: PsUtils.
GetUsingExpressionKey), and the far side reads them back by name."""
from __future__ import annotations

import base64
import binascii

from pyposh.interpreter.api import Hashtable

USING_ARGUMENT = "--%"           # Parser.VERBATIM_ARGUMENT
USING_PREFIX = "$using:"


def using_key(name: str) -> str:
    """The dictionary key of `$using:name`."""
    return base64.b64encode((USING_PREFIX + name).lower().encode("utf-16-le")).decode("ascii")


def encode_using(values: dict) -> Hashtable:
    """{variable name: value} as the `--%` dictionary."""
    table = Hashtable()
    for name, value in values.items():
        table[using_key(name)] = value
    return table


def decode_using(value) -> dict:
    """The `--%` dictionary as {lower-case variable name: value}; keys for other expressions (`$using:a[0]`,
    which pyposh's server does not evaluate by key) are left out."""
    found = {}
    if isinstance(value, Hashtable):
        for key in value:
            text = _decode_key(key)
            if text is not None and text.lower().startswith(USING_PREFIX):
                name = text[len(USING_PREFIX):]
                if name.replace("_", "").isalnum():
                    found[name.lower()] = value[key]
    return found


def _decode_key(key) -> str | None:
    try:
        return base64.b64decode(str(key), validate=True).decode("utf-16-le")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
