# Source: about_Pwsh (-File) and about_Throw: an uncaught throw stops the script, exit code 1, ConciseView on stderr
'before'
throw 'fatal error'
'after'
