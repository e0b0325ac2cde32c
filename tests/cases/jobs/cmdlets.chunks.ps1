# Source: pyposh output, checked against PowerShell 7.4 behaviour and the job cmdlet docs (not a recorded pwsh transcript)
$j = Start-Job { 'a'; Write-Warning 'w'; Write-Error 'e' }
Receive-Job $j -Wait
#=>
# a
# WARNING: w
#!>
#  'a'; Write-Warning 'w'; Write-Error 'e' : <casedir>/cmdlets.chunks.ps1:2
# Line |
#    2 |  $j = Start-Job { 'a'; Write-Warning 'w'; Write-Error 'e' }
#      |                                           ~~~~~~~~~~~~~~~
#      | e
---
Get-Job -Id 42
Get-Job -Name nope
Get-Job -Name no*
#=>
#!>
# Get-Job: <casedir>/cmdlets.chunks.ps1:14
# Line |
#   14 |  Get-Job -Id 42
#      |  ~~~~~~~~~~~~~~
#      | The command cannot find a job with the job ID 42. Verify the value of the Id parameter and then try the command
#      | again.
# Get-Job: <casedir>/cmdlets.chunks.ps1:15
# Line |
#   15 |  Get-Job -Name nope
#      |  ~~~~~~~~~~~~~~~~~~
#      | The command cannot find the job because the job name nope was not found. Verify the value of the Name parameter,
#      | and then try the command again.
---
$j = Start-Job { Start-Sleep 10 }
Remove-Job $j
(Get-Job).Count
Remove-Job $j -Force
(Get-Job).Count
#=>
# 1
# 0
#!>
# Remove-Job: <casedir>/cmdlets.chunks.ps1:33
# Line |
#   33 |  Remove-Job $j
#      |  ~~~~~~~~~~~~~
#      | The command cannot remove the job with the job ID 1 because the job is not finished. To remove the job, first
#      | stop the job, or use the Force parameter.
---
$j = Start-Job { param($a) $a * 2 } -ArgumentList 21 -Name answer
Wait-Job -Name ans* | Receive-Job
$j.Name
#=>
# 42
# answer
---
$j = Start-Job { throw 'bad' }
$null = Wait-Job $j
$j.State
$j.JobStateInfo.Reason.Message
#=>
# Failed
# bad
---
$j = Write-Output 'bg' &
Receive-Job $j -Wait -AutoRemoveJob
#=>
# bg
---
$s = Start-Job { while ($true) { } }
Stop-Job $s -PassThru | ForEach-Object State
#=>
# Stopped
