# Source: Write-Output, Write-Host, Write-Information, Out-String (PowerShell 7.4 reference) and PowerShell's Write.cs / WriteHostCommand; echo is an alias on Linux too, write is not (InitialSessionState.cs, #if !UNIX)
Write-Output 1, 2, 3 | Measure-Object | ForEach-Object Count
Write-Output 1, 2, 3 -NoEnumerate | Measure-Object | ForEach-Object Count
echo 'alias echo'
#=>
# 3
# 1
# alias echo
---
Write-Host "no newline test " -NoNewline
Write-Host "second string"
Write-Host (2,4,6,8,10,12) -Separator ", +2= "
Write-Host a b c
Write-Host 'x', ('y', 'z') -Separator '|'
#=>
# no newline test second string
# 2, +2= 4, +2= 6, +2= 8, +2= 10, +2= 12
# a b c
# x|y|z
---
# Write-Host writes to the information stream (6), tagged PSHOST
$r = Write-Host 'to info' 6>&1
$r.GetType().FullName
$r.Tags -join ','
"$($r.MessageData)"
$null -eq (Write-Host 'hidden' 6>$null)
#=>
# System.Management.Automation.InformationRecord
# PSHOST
# to info
# True
---
Write-Information 'not shown by default'
Write-Information 'shown' -InformationAction Continue
$r = Write-Information -MessageData 'data' -Tags a, b -InformationAction Continue 6>&1
$r.MessageData; $r.Tags -join ','
#=>
# shown
# data
# a,b
---
Write-Warning 'careful'
Write-Verbose 'quiet'
Write-Verbose 'loud' -Verbose
Write-Debug 'quiet'
#=>
# WARNING: careful
# VERBOSE: loud
---
$text = 1..3 | Out-String
$text.Length
$text -eq "1`n2`n3`n"
(1..3 | Out-String -Stream).Count
('a' | Out-String -NoNewline) -eq 'a'
#=>
# 6
# True
# 3
# True
---
1..3 | Out-Null
$null -eq (Get-ChildItem -Path . | Out-Null)
#=>
# True
---
# progress records are not printed when the output is not a terminal
Write-Progress -Activity 'Working' -Status 'Half' -PercentComplete 50
Write-Progress -Activity 'Working' -Completed
'done'
#=>
# done
---
# Out-Host writes to the host at once; nothing goes down the pipeline
$r = 'shown' | Out-Host
$null -eq $r
#=>
# shown
# True
