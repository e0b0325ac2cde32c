"""The engine: evaluating the AST in one-way layers (text, values, dotnet, session, commands, evaluate), the
Runspace, and api.py, the one module runtime/ imports (see docs/architecture.md)."""
