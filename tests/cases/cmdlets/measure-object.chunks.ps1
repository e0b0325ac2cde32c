# Source: Measure-Object (PowerShell 7.4 reference) and PowerShell's MeasureObjectCommand
$m = 1..10 | Measure-Object -Sum -Average -Maximum -Minimum
$m.Count; $m.Sum; $m.Average; $m.Maximum; $m.Minimum
$m.Sum.GetType().Name
$m.pstypenames[0]
#=>
# 10
# 55
# 5.5
# 10
# 1
# Double
# Microsoft.PowerShell.Commands.GenericMeasureInfo
---
$m = 2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation
[math]::Round($m.StandardDeviation, 5)
#=>
# 2.13809
---
$m = 'a', 'bb', 'ccc' | Measure-Object -Property Length -Sum -Average
$m.Sum; $m.Average; $m.Property
#=>
# 6
# 2
# Length
---
$m = 'pear', 'apple', 'fig' | Measure-Object -Maximum -Minimum
$m.Maximum; $m.Minimum
$m.pstypenames[0]
#=>
# pear
# apple
# Microsoft.PowerShell.Commands.GenericObjectMeasureInfo
---
"One", "Two`nThree" | Measure-Object -Line -Word -Character
#=>
# Lines Words Characters Property
# ----- ----- ---------- --------
#     3     3         12
---
(@() | Measure-Object).Count
($null | Measure-Object).Count
(1, $null, 2 | Measure-Object).Count
#=>
# 0
# 0
# 2
---
$rows = [pscustomobject]@{ A = 1; B = 10 }, [pscustomobject]@{ A = 2; B = 20 }
$rows | Measure-Object -Property A, B -Sum | ForEach-Object { "$($_.Property)=$($_.Sum)" }
#=>
# A=3
# B=30
---
1..5 | Measure-Object -AllStats
#=>
# Count             : 5
# Average           : 3
# Sum               : 15
# Maximum           : 5
# Minimum           : 1
# StandardDeviation : 1.58113883008419
# Property          :
---
'One, Two', 'Three', 'Four Five' | Measure-Object -Word -Line
#=>
# Lines Words Characters Property
# ----- ----- ---------- --------
#     3     5
---
$data = [pscustomobject]@{ A1 = 1; A2 = 2; C3 = 3 }, [pscustomobject]@{ A1 = 1; A2 = 2; A3 = 3 }
$data | Measure-Object -Property A* -Sum | ForEach-Object { '{0} {1} {2}' -f $_.Property, $_.Count, $_.Sum }
#=>
# A1 2 2
# A2 2 4
# A3 1 3
---
$flags = [pscustomobject]@{ IsDir = $true }, [pscustomobject]@{ IsDir = $false }, [pscustomobject]@{ IsDir = $false }
$m = $flags | Measure-Object -Property IsDir -Maximum -Minimum -Sum
'{0} {1} {2}' -f $m.Maximum, $m.Minimum, $m.Sum
#=>
# 1 0 1
