# Source: about_Output_Streams and about_Redirection (PowerShell 7.4 docs): host messages carry their prefix, no colour when redirected
Write-Warning 'careful'
Write-Verbose 'detail' -Verbose
Write-Debug 'inside' -Debug
'output'
#=>
# WARNING: careful
# VERBOSE: detail
# DEBUG: inside
# output
---
# Verbose and Debug are off by default
Write-Verbose 'hidden'
Write-Debug 'hidden'
'shown'
#=>
# shown
---
# $VerbosePreference turns verbose messages on
$VerbosePreference = 'Continue'
Write-Verbose 'now shown'
#=>
# VERBOSE: now shown
---
# Write-Progress shows nothing when output is redirected
1..3 | ForEach-Object { Write-Progress -Activity 'Working' -Status "$_ of 3" -PercentComplete ($_ * 33); $_ }
Write-Progress -Activity 'Working' -Completed
#=>
# 1
# 2
# 3
---
# warnings merged into output with 3>&1 are WarningRecords and print their message
$r = Write-Warning 'merged' 3>&1
$r.GetType().Name
$r
#=>
# WarningRecord
# merged
---
# Write-Error goes to the error stream in ConciseView
Write-Error 'bad'
#!>
# Write-Error: <casedir>/streams.chunks.ps1:42
# Line |
#   42 |  Write-Error 'bad'
#      |  ~~~~~~~~~~~~~~~~~
#      | bad
---
# Write-Host writes its text, not affected by output formatting
Write-Host 'host text'
Write-Host 'a' -NoNewline
Write-Host 'b'
#=>
# host text
# ab
