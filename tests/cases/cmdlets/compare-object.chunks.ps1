# Source: Compare-Object (PowerShell 7.4 reference, examples 1-3) and PowerShell's CompareObjectCommand
$ref = 'a', 'b', 'c', 'd'
$dif = 'a', 'b', 'd', 'e'
Compare-Object -ReferenceObject $ref -DifferenceObject $dif
#=>
# InputObject SideIndicator
# ----------- -------------
# e           =>
# c           <=
---
$ref = 'a', 'b', 'c', 'd'
$dif = 'a', 'b', 'd', 'e'
Compare-Object -ReferenceObject $ref -DifferenceObject $dif -IncludeEqual
#=>
# InputObject SideIndicator
# ----------- -------------
# a           ==
# b           ==
# d           ==
# e           =>
# c           <=
---
$ref = 'a', 'b', 'c', 'd'
$dif = 'a', 'b', 'd', 'e'
Compare-Object -ReferenceObject $ref -DifferenceObject $dif -ExcludeDifferent
#=>
# InputObject SideIndicator
# ----------- -------------
# a           ==
# b           ==
# d           ==
---
(Compare-Object 1, 2, 3 2, 3, 4 -PassThru) -join ','
$r = Compare-Object 1, 2 2 -PassThru
$r.SideIndicator
#=>
# 4,1
# <=
---
$a = [pscustomobject]@{ Name = 'x'; Size = 1 }, [pscustomobject]@{ Name = 'y'; Size = 2 }
$b = [pscustomobject]@{ Name = 'x'; Size = 5 }, [pscustomobject]@{ Name = 'z'; Size = 2 }
Compare-Object $a $b -Property Name | ForEach-Object { "$($_.Name) $($_.SideIndicator)" }
Compare-Object $a $b -Property Size -IncludeEqual | ForEach-Object { "$($_.Size) $($_.SideIndicator)" }
#=>
# z =>
# y <=
# 2 ==
# 5 =>
# 1 <=
---
# strings compare without case unless -CaseSensitive
(Compare-Object 'A' 'a').Count
(Compare-Object 'A' 'a' -CaseSensitive).Count
#=>
# 0
# 2
