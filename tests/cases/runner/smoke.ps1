# Source: hand-written; PowerShell 7.4 prints the same. Checks the golden runner end to end.
1 + 2
'a' * 3
"x=$(2 * 21)"
