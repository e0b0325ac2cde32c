# Source: pyposh output in the shape of PowerShell 7.4's job table view (Id Name PSJobTypeName State HasMoreData Location Command)
$j = Start-Job { 1 + 1 }
$null = Wait-Job $j
$j
$t = Start-ThreadJob { 'x' } -Name tj
$null = Wait-Job $t
Get-Job
Receive-Job $j, $t
Get-Job | Remove-Job
