"""Paths and the providers behind them: file-system and session items, drives, and resolving a path
against a runspace's location (shared by the location, drive, item and content cmdlets)."""
