# Source: about_Error_Handling / about_Pwsh: a statement-terminating error lets the script continue (exit code 0)
$zero = 0
1 / $zero
'after'
