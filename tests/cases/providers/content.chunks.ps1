# Source: Get-Content, Set-Content, Add-Content and Clear-Content reference pages.
Set-Content f.txt -Value 'one', 'two', 'three', 'four'
Get-Content f.txt -TotalCount 2
Get-Content f.txt -Tail 1
(Get-Content f.txt -Raw).Length
Add-Content f.txt 'five'
(Get-Content f.txt).Count
Clear-Content f.txt
(Get-Item f.txt).Length
$null -eq (Get-Content f.txt)
Remove-Item f.txt
#=>
# one
# two
# four
# 19
# 5
# 0
# True
---
Set-Content g.txt 'a,b,c' -NoNewline
Get-Content g.txt -Delimiter ','
(Get-Content g.txt -Raw)
Remove-Item g.txt
#=>
# a,
# b,
# c
# a,b,c
---
Set-Content u.txt 'hé' -Encoding unicode
(Get-Item u.txt).Length
Get-Content u.txt -Encoding unicode
Get-Content u.txt -AsByteStream -TotalCount 2
Remove-Item u.txt
#=>
# 8
# hé
# 255
# 254
---
'x', 'y' | Set-Content h.txt
Get-Content -Path *.txt
Get-Content h.txt -ReadCount 0 | ForEach-Object { $_.Count }
Remove-Item h.txt
#=>
# x
# y
# 2
---
Get-Content nope.txt
#!>
# Get-Content: <casedir>/content.chunks.ps1:51
# Line |
#   51 |  Get-Content nope.txt
#      |  ~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nope.txt' because it does not exist.
