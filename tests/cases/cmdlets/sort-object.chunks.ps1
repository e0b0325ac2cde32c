# Source: Sort-Object (PowerShell 7.4 reference, examples 7-9 and 11) and PowerShell's SortObjectCommand/OrderObjectBase
$names = 'localhost', 'server01', 'server25', 'LOCALHOST', 'Server19', 'server3', 'localhost'
$names | Sort-Object
#=>
# localhost
# LOCALHOST
# localhost
# server01
# Server19
# server25
# server3
---
$names = 'localhost', 'server01', 'server25', 'LOCALHOST', 'Server19', 'server3', 'localhost'
$names | Sort-Object -Unique
#=>
# localhost
# server01
# Server19
# server25
# server3
---
$ids = '0', '1', '12345', '1500', '2', '2800', '3500', '4100', '500', '6200', '77', '88', '99999'
($ids | Sort-Object { [int]$_ }) -join ' '
#=>
# 0 1 2 77 88 500 1500 2800 3500 4100 6200 12345 99999
---
(1..20 | Sort-Object {$_ % 3} -Stable) -join ' '
#=>
# 3 6 9 12 15 18 1 4 7 10 13 16 19 2 5 8 11 14 17 20
---
(1..20 | Sort-Object {$_ % 3}) -join ' '
#=>
# 18 3 15 6 12 9 1 16 13 10 7 4 19 11 8 14 5 17 2 20
---
@(
    @{ name = 'a' ; weight = 7 }
    @{ name = 'b' ; weight = 1 }
    @{ name = 'c' ; weight = 3 }
    @{ name = 'd' ; weight = 7 }
) | Sort-Object -Property weight | ForEach-Object -Process { "{0}: {1}" -f $_.name, $_.weight }
#=>
# b: 1
# c: 3
# a: 7
# d: 7
---
(5, 3, 9, 1 | Sort-Object -Descending) -join ','
#=>
# 9,5,3,1
---
('b', 'A', 'a', 'B' | Sort-Object -CaseSensitive) -join ','
#=>
# a,A,b,B
---
$rows = @(
    [pscustomobject]@{ N = 'x'; V = 2 }
    [pscustomobject]@{ N = 'y'; V = 1 }
    [pscustomobject]@{ N = 'z'; V = 2 }
)
($rows | Sort-Object -Property @{ Expression = 'V'; Descending = $true }, @{ Expression = 'N'; Descending = $true } |
    ForEach-Object { $_.N }) -join ','
($rows | Sort-Object V, N -Descending | ForEach-Object N) -join ','
#=>
# z,x,y
# z,x,y
---
(1..10 | Sort-Object -Top 3 -Descending) -join ','
(1..10 | Sort-Object -Bottom 2) -join ','
#=>
# 10,9,8
# 9,10
---
# $null input is dropped; numbers sort numerically
(10, $null, 9, 100 | Sort-Object) -join ','
#=>
# 9,10,100
---
$ids = '88', '1500', '0', '99999', '2800', '1', '6200', '500', '12345', '77', '3500', '2', '4100'
($ids | Sort-Object) -join ' '
#=>
# 0 1 12345 1500 2 2800 3500 4100 500 6200 77 88 99999
