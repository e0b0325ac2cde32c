"""Help for commands: comment-based help read from source text, help topics built from command metadata and the
help data file (help_data.json), and the text views Get-Help's objects show in."""
