# Source: about_Pwsh (-File): with normal termination the exit code is 0
'before'
exit
'after'
