# Source: Group-Object (PowerShell 7.4 reference, examples 2-4) and PowerShell's GroupObjectCommand (groups sorted when the keys share a type)
1..20 | Group-Object -Property {$_ % 2}
#=>
# Count Name                      Group
# ----- ----                      -----
#    10 0                         {2, 4, 6, 8…}
#    10 1                         {1, 3, 5, 7…}
---
@(
    @{ name = 'a' ; weight = 7 }
    @{ name = 'b' ; weight = 1 }
    @{ name = 'c' ; weight = 3 }
    @{ name = 'd' ; weight = 7 }
) | Group-Object -Property weight -NoElement
#=>
# Count Name
# ----- ----
#     1 1
#     1 3
#     2 7
---
$g = 'apple', 'Avocado', 'banana', 'blueberry', 'cherry' | Group-Object { $_.Substring(0, 1) }
$g.Count
$g | ForEach-Object { "$($_.Name)=$($_.Count):$($_.Group -join '+')" }
$g[0].Values[0]
$g[0].pstypenames[0]
#=>
# 3
# a=2:apple+Avocado
# b=2:banana+blueberry
# c=1:cherry
# a
# Microsoft.PowerShell.Commands.GroupInfo
---
$h = 'one', 'two', 'three' | Group-Object -Property Length -AsHashTable
$h[3] -join ','
$h[5]
#=>
# one,two
# three
---
$h = 'one', 'two', 'three' | Group-Object -Property Length -AsHashTable -AsString
$h['3'] -join ','
#=>
# one,two
---
$rows = @(
    [pscustomobject]@{ Dept = 'IT'; Site = 'A' }
    [pscustomobject]@{ Dept = 'HR'; Site = 'B' }
    [pscustomobject]@{ Dept = 'IT'; Site = 'A' }
    [pscustomobject]@{ Dept = 'IT'; Site = 'B' }
)
$rows | Group-Object Dept, Site | ForEach-Object { '{0} [{1}]' -f $_.Name, $_.Count }
#=>
# HR, B [1]
# IT, A [2]
# IT, B [1]
---
try { 'x' | Group-Object -AsString } catch { $_.Exception.Message }
#=>
# The AsString parameter must be used with the AsHashTable parameter.
