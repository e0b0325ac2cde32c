"""Text of numbers, dates, wildcards and XML paths: pure functions of strings (the lowest layer)."""
