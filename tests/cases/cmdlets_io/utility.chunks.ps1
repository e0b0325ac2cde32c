# Source: Get-Date, New-TimeSpan, Start-Sleep, Get-Random, New-Object and Invoke-Expression reference pages; PowerShell 7.4 prints the same.
$d = Get-Date -Year 2024 -Month 2 -Day 29 -Hour 13 -Minute 5 -Second 9
$d.ToString('yyyy-MM-dd HH:mm:ss')
$d.DayOfWeek
Get-Date -Date '2024-03-05 14:07:08' -Format 'yyyy/MM/dd HH:mm'
Get-Date -Date '2024-03-05 14:07:08' -Format d
Get-Date -Date '2024-03-05 14:07:08' -UFormat '%Y-%m-%d %H:%M:%S %A %j %a %b'
Get-Date -Date '2024-03-05' -Format FileDate
(Get-Date).GetType().FullName
(Get-Date -Date '2024-01-31' -Month 2).Day
#=>
# 2024-02-29 13:05:09
# Thursday
# 2024/03/05 14:07
# 3/5/2024
# 2024-03-05 14:07:08 Tuesday 065 Tue Mar
# 20240305
# System.DateTime
# 29
---
$t = New-TimeSpan -Hours 2 -Minutes 3
$t.TotalMinutes
(New-TimeSpan -Start '2024-01-01' -End '2024-01-11').Days
(New-TimeSpan -Days 1).GetType().FullName
#=>
# 123
# 10
# System.TimeSpan
---
$start = [datetime]::Now
Start-Sleep -Milliseconds 150
Start-Sleep 0.1
$elapsed = ([datetime]::Now - $start).TotalMilliseconds
$elapsed -ge 240 -and $elapsed -lt 2000
#=>
# True
---
$n = Get-Random -Minimum 5 -Maximum 8
$n -ge 5 -and $n -lt 8
$n.GetType().Name
$f = Get-Random -Minimum 1.5 -Maximum 2.5
$f.GetType().Name
$picked = 1..10 | Get-Random -Count 3
$picked.Count
($picked | Sort-Object -Unique).Count
(Get-Random -InputObject 'only')
(1..5 | Get-Random -Shuffle | Sort-Object) -join ','
#=>
# True
# Int32
# Double
# 3
# 3
# only
# 1,2,3,4,5
---
$a = Get-Random -SetSeed 42 -Maximum 1000
$b = Get-Random -SetSeed 42 -Maximum 1000
$a -eq $b
#=>
# True
---
Get-Random -Minimum 5 -Maximum 5
#=>
#!>
# Get-Random: <casedir>/utility.chunks.ps1:63
# Line |
#   63 |  Get-Random -Minimum 5 -Maximum 5
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | The Minimum value (5) cannot be greater than or equal to the Maximum value (5).
---
$o = New-Object PSObject -Property ([ordered]@{ a = 1; b = 'x' })
$o.GetType().Name
"$($o.a) $($o.b)"
$sb = New-Object System.Text.StringBuilder
$null = $sb.Append('hi').Append('!')
$sb.ToString()
$list = New-Object System.Collections.Generic.List[int]
$list.Add(3)
$list.Count
(New-Object -TypeName System.Collections.ArrayList).GetType().FullName
#=>
# PSCustomObject
# 1 x
# hi!
# 1
# System.Collections.ArrayList
---
New-Object No.Such.TypeName
#=>
#!>
# New-Object: <casedir>/utility.chunks.ps1:89
# Line |
#   89 |  New-Object No.Such.TypeName
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find type [No.Such.TypeName]: verify that the assembly containing this type is loaded.
---
Invoke-Expression '$zz = 3; $zz + 1'
$zz
iex '"a", "b"' | ForEach-Object { $_.ToUpper() }
$cmd = 'Get-Date -Date "2024-05-06" -Format yyyy'
Invoke-Expression $cmd
#=>
# 4
# 3
# A
# B
# 2024
