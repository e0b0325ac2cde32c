# Source: Get-Unique (PowerShell 7.4 reference) and PowerShell's GetUniqueCommand (adjacent duplicates only)
1, 1, 2, 2, 2, 3, 1 | Get-Unique
#=>
# 1
# 2
# 3
# 1
---
'a', 'A', 'b' | Get-Unique
'a', 'a', 'b' | Get-Unique -AsString
#=>
# a
# A
# b
# a
# b
---
(1, 2, 'a', 'b', 3 | Get-Unique -OnType) -join ','
#=>
# 1,a,3
