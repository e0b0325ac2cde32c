# Source: Select-Object (PowerShell 7.4 reference, examples 4-6, 10, 11, 13) and PowerShell's SelectObjectCommand
"a","b","c","a","A","a" | Select-Object -Unique
#=>
# a
# b
# c
# A
---
"a","a","b","c" | Select-Object -First 2 -Unique
#=>
# a
---
$object = [pscustomobject]@{Name="CustomObject";Expand=@(1,2,3,4,5)}
$object | Select-Object -ExpandProperty Expand -Property Name
#=>
# 1
# 2
# 3
# 4
# 5
---
$object = [pscustomobject]@{Name="CustomObject";Expand=@(1,2,3,4,5)}
($object | Select-Object -ExpandProperty Expand -Property Name)[2].Name
#=>
# CustomObject
---
1..10 | Select-Object -Index 1, 3, 99
#=>
# 2
# 4
---
(1..10 | Select-Object -SkipIndex 0, 9) -join ','
(1..5 | Select-Object -SkipLast 2) -join ','
(1..10 | Select-Object -Last 3 -Skip 2) -join ','
(1..10 | Select-Object -Skip 7) -join ','
#=>
# 2,3,4,5,6,7,8,9
# 1,2,3
# 6,7,8
# 8,9,10
---
$p = [pscustomobject]@{ Name = 'x'; Size = 3; Color = 'red' }
$s = $p | Select-Object -Property Name, @{ Name = 'Double'; Expression = { $_.Size * 2 } }, Missing
$s.pstypenames[0]
$s.psobject.Properties.Name -join ','
$s.Double
$null -eq $s.Missing
#=>
# Selected.System.Management.Automation.PSCustomObject
# Name,Double,Missing
# 6
# True
---
$p = [pscustomobject]@{ Name = 'x'; Size = 3; Color = 'red' }
($p | Select-Object -Property * -ExcludeProperty S*).psobject.Properties.Name -join ','
($p | Select-Object -ExcludeProperty Color).psobject.Properties.Name -join ','
($p | Select-Object N*, C*).psobject.Properties.Name -join ','
#=>
# Name,Color
# Name,Size
# Name,Color
---
'hello' | Select-Object @{ l = 'Upper'; e = { $_.ToUpper() } }, {$_.Length}
#=>
# Upper $_.Length
# ----- ---------
# HELLO         5
---
# -First stops the commands before it
$count = 0
1..100 | ForEach-Object { $count++; $_ } | Select-Object -First 3 | Out-Null
$count
#=>
# 3
---
$o = [pscustomobject]@{ A = 1; B = 'two' }
$o | Select-Object -ExpandProperty B
($o | Select-Object -ExpandProperty A).GetType().Name
#=>
# two
# Int32
