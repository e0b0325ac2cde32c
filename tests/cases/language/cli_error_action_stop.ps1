# Source: about_Preference_Variables ($ErrorActionPreference = 'Stop' example) and about_Pwsh: the error stops the script, exit code 1
$ErrorActionPreference = 'Stop'
Write-Error -Message 'Test Error'; 'not reached'
'not reached either'
