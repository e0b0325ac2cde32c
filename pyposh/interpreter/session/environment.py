"""Environment variables (`$env:X`, the Env: drive): the process environment, case-sensitive on Linux."""
from __future__ import annotations

import os

from pyposh.interpreter.values.conversions import to_string


class Environment:
    def get(self, name: str):
        value = os.environ.get(name)
        if value is None and os.name == "nt":
            for key, v in os.environ.items():
                if key.lower() == name.lower():
                    return v
        return value

    def set(self, name: str, value):
        if value is None or value == "":
            os.environ.pop(name, None)
        else:
            os.environ[name] = to_string(value)

    def as_dict(self) -> dict:
        return dict(os.environ)

    def names(self):
        return list(os.environ)
