# Source: about_Pwsh (-File): non-terminating errors are shown but the exit code stays 0
Write-Error 'not fatal'
'after'
