"""The members of each .NET-like value type (strings, numbers, dates, collections, regex matches)."""
