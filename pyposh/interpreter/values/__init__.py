"""PowerShell's values and their rules: PSObject and friends, type names, conversions, operators."""
