"""pyposh: a PowerShell interpreter in Python."""
