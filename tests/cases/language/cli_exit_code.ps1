# Source: about_Pwsh (-File): the exit code is the argument of the exit statement
'before'
exit 5
'after'
