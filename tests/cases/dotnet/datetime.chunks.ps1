# Source: .NET API docs, DateTime(int, int, int, int, int, int) constructor and its properties
$d = [datetime]::new(2024, 3, 15, 14, 30, 45)
$d.Year
$d.Month
$d.Day
$d.Hour
$d.Minute
$d.Second
$d.DayOfWeek
$d.DayOfYear
$d.Date.ToString('yyyy-MM-dd HH:mm:ss')
#=>
# 2024
# 3
# 15
# 14
# 30
# 45
# Friday
# 75
# 2024-03-15 00:00:00
---
# Source: .NET API docs, DateTime.AddDays / AddHours / AddMinutes / AddSeconds / AddMonths / AddYears
$d = [datetime]::new(2024, 1, 31, 23, 0, 0)
$d.AddDays(1).ToString('yyyy-MM-dd')
$d.AddHours(2).ToString('yyyy-MM-dd HH:mm')
$d.AddMinutes(-90).ToString('HH:mm')
$d.AddSeconds(30).ToString('HH:mm:ss')
$d.AddMonths(1).ToString('yyyy-MM-dd')
$d.AddYears(1).ToString('yyyy-MM-dd')
$d.AddDays(1.5).ToString('yyyy-MM-dd HH:mm')
#=>
# 2024-02-01
# 2024-02-01 01:00
# 21:30
# 23:00:30
# 2024-02-29
# 2025-01-31
# 2024-02-02 11:00
---
# Source: .NET API docs, Custom date and time format strings
$d = [datetime]::new(2024, 3, 5, 9, 7, 3, 45)
$d.ToString('yyyy-MM-dd')
$d.ToString('dd/MM/yy')
$d.ToString('MMMM d, yyyy')
$d.ToString('ddd MMM')
$d.ToString('dddd')
$d.ToString('HH:mm:ss.fff')
$d.ToString('h:mm tt')
$d.ToString('yyyyMMddHHmmss')
$d.ToString("'Day' d")
#=>
# 2024-03-05
# 05/03/24
# March 5, 2024
# Tue Mar
# Tuesday
# 09:07:03.045
# 9:07 AM
# 20240305090703
# Day 5
---
# Source: .NET API docs, Standard date and time format strings (invariant culture, as PowerShell's -f and ToString use en-US in tests)
$d = [datetime]::new(2024, 3, 5, 9, 7, 3)
$d.ToString('s')
$d.ToString('u')
$d.ToString('yyyy-MM-ddTHH:mm:ss')
'{0:yyyy/MM/dd}' -f $d
#=>
# 2024-03-05T09:07:03
# 2024-03-05 09:07:03Z
# 2024-03-05T09:07:03
# 2024/03/05
---
# Source: .NET API docs, DateTime.Parse and DateTime.ParseExact
$p = [datetime]::Parse('2024-03-15 10:20:30')
$p.ToString('yyyy-MM-dd HH:mm:ss')
$e = [datetime]::ParseExact('15/03/2024', 'dd/MM/yyyy', $null)
$e.ToString('yyyy-MM-dd')
$e2 = [datetime]::ParseExact('20240102 0304', 'yyyyMMdd HHmm', [System.Globalization.CultureInfo]::InvariantCulture)
$e2.ToString('s')
([datetime]'2024-12-25').DayOfWeek
#=>
# 2024-03-15 10:20:30
# 2024-03-15
# 2024-01-02T03:04:00
# Wednesday
---
# Source: .NET API docs, DateTime.ParseExact throws FormatException when the text does not match
try { [datetime]::ParseExact('2024-13-01', 'yyyy-MM-dd', $null) } catch { $_.Exception.InnerException.GetType().Name }
[datetime]::ParseExact('31-12-99', 'dd-MM-yy', $null).Year
[datetime]::ParseExact('01-01-49', 'dd-MM-yy', $null).Year
#=>
# FormatException
# 1999
# 2049
---
# Source: .NET API docs, DateTime subtraction gives a TimeSpan
$a = [datetime]::new(2024, 3, 15, 12, 0, 0)
$b = [datetime]::new(2024, 3, 10, 6, 30, 0)
$span = $a - $b
$span.GetType().Name
$span.Days
$span.Hours
$span.Minutes
$span.TotalHours
$span.TotalDays
$a.Subtract($b).TotalMinutes
#=>
# TimeSpan
# 5
# 5
# 30
# 125.5
# 5.22916666666667
# 7530
---
# Source: .NET API docs, DateTime comparison and DateTime minus TimeSpan
$a = [datetime]::new(2024, 1, 1)
$b = $a.AddDays(1)
$a -lt $b
$b -gt $a
($b - (New-TimeSpan -Hours 12)).ToString('yyyy-MM-dd HH:mm')
($a + [timespan]::FromMinutes(90)).ToString('HH:mm')
#=>
# True
# True
# 2024-01-01 12:00
# 01:30
---
# Source: .NET API docs, DateTime.Now / Today / UtcNow (types and shapes only)
[datetime]::Now.GetType().FullName
[datetime]::Today.TimeOfDay.TotalSeconds
[datetime]::UtcNow.Kind
([datetime]::Now - [datetime]::Today).TotalDays -lt 1
(Get-Date).GetType().Name
#=>
# System.DateTime
# 0
# Utc
# True
# DateTime
---
# Source: .NET API docs, TimeSpan properties (Days, Hours, Minutes, Seconds, Milliseconds, Total*)
$t = [timespan]::new(1, 2, 3, 4, 500)
$t.Days
$t.Hours
$t.Minutes
$t.Seconds
$t.Milliseconds
$t.TotalSeconds
$t.TotalMilliseconds
$t.TotalMinutes
$t.ToString()
#=>
# 1
# 2
# 3
# 4
# 500
# 93784.5
# 93784500
# 1563.075
# 1.02:03:04.5000000
---
# Source: New-TimeSpan (PowerShell 7.4 reference) and TimeSpan.FromXxx
$t = New-TimeSpan -Hours 1 -Minutes 30
$t.TotalMinutes
$t.ToString()
(New-TimeSpan -Days 2).TotalHours
(New-TimeSpan -Seconds 90).ToString()
[timespan]::FromSeconds(3661).ToString()
[timespan]::FromMilliseconds(1500).TotalSeconds
[timespan]::FromDays(1.5).Hours
$start = [datetime]::new(2024, 1, 1)
$end = [datetime]::new(2024, 1, 2, 6, 0, 0)
(New-TimeSpan -Start $start -End $end).TotalHours
#=>
# 90
# 01:30:00
# 48
# 00:01:30
# 01:01:01
# 1.5
# 12
# 30
---
# Source: .NET API docs, TimeSpan.Parse and [timespan] casts, TimeSpan format strings
([timespan]'01:02:03').TotalSeconds
[timespan]::Parse('1.02:00:00').TotalHours
[timespan]::new(0, 5, 7).ToString('hh\:mm\:ss')
[timespan]::Zero.ToString()
(-[timespan]::FromHours(1)).ToString()
#=>
# 3723
# 26
# 00:05:07
# 00:00:00
# -01:00:00
---
# Source: PowerShell 7 ([datetime] cast uses the invariant culture)
$d = [datetime]'03/15/2024 14:05'
$d.ToString('yyyy-MM-dd HH:mm')
$d.GetType().Name
#=>
# 2024-03-15 14:05
# DateTime
---
# Source: .NET API docs, DateTime (a tick is 100 ns; DateTime(Int64) constructor, Ticks, AddTicks, the "o" round-trip format's 7 fraction digits, comparison by Ticks) and Newtonsoft's ISO date form used by ConvertTo-Json (FFFFFFF)
$d = [datetime]::new(637765920000000005)
$d.Ticks
$d.ToString('o')
$d.ToString('HH:mm:ss.fffffff')
$d.AddTicks(2).Ticks
$d.AddSeconds(1).Ticks
([datetime]637765920000000005).Ticks
(Get-Date '2022-01-01').AddTicks(1).Ticks
$d -gt [datetime]::new(637765920000000004)
$d -eq [datetime]::new(637765920000000005)
$d | ConvertTo-Json
#=>
# 637765920000000005
# 2022-01-01T00:00:00.0000005
# 00:00:00.0000005
# 637765920000000007
# 637765920010000005
# 637765920000000005
# 637765920000000001
# True
# True
# "2022-01-01T00:00:00.0000005"
