# Source: Get-Content, Set-Content, Add-Content, Clear-Content and Out-File reference pages; PowerShell 7.4 on Linux prints the same.
Set-Content a.txt 'one', 'two'
Add-Content a.txt 'three'
Get-Content a.txt
(Get-Content a.txt).Count
(Get-Content a.txt -Raw) -replace "`n", '\n'
#=>
# one
# two
# three
# 3
# one\ntwo\nthree\n
---
1..5 | Set-Content n.txt
(Get-Content n.txt -TotalCount 2) -join ','
(Get-Content n.txt -Head 1) -join ','
(Get-Content n.txt -Tail 2) -join ','
(Get-Content n.txt)[1] + 1
(Get-Content n.txt -ReadCount 2 | ForEach-Object { $_ -join '+' }) -join ' '
(Get-Content n.txt -ReadCount 0).Count
#=>
# 1,2
# 1
# 4,5
# 21
# 1+2 3+4 5
# 5
---
Set-Content plain.txt 'hi'
Set-Content bom.txt 'hi' -Encoding utf8BOM
Set-Content wide.txt 'hi' -Encoding unicode
Set-Content flat.txt 'a', 'b' -NoNewline
(Get-Content plain.txt -AsByteStream) -join ','
(Get-Content bom.txt -AsByteStream) -join ','
(Get-Content wide.txt -AsByteStream) -join ','
(Get-Content flat.txt -AsByteStream) -join ','
Get-Content bom.txt, wide.txt
#=>
# 104,105,10
# 239,187,191,104,105,10
# 255,254,104,0,105,0,10,0
# 97,98
# hi
# hi
---
Set-Content w.txt "x`r`ny`r`n" -NoNewline
(Get-Content w.txt) -join '|'
(Get-Content w.txt).Length
#=>
# x|y
# 2
---
Set-Content c.txt 'data'
Clear-Content c.txt
(Get-Item c.txt).Length
Test-Path c.txt
#=>
# 0
# True
---
New-Item a.txt -Value "A`n" | Out-Null
New-Item b.txt -Value "B`n" | Out-Null
Get-ChildItem *.txt | Sort-Object Name | Get-Content
#=>
# A
# B
---
Get-Content nope.txt
#=>
#!>
# Get-Content: <casedir>/content.chunks.ps1:68
# Line |
#   68 |  Get-Content nope.txt
#      |  ~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nope.txt' because it does not exist.
---
Set-Content nodir/a.txt 'x'
#=>
#!>
# Set-Content: <casedir>/content.chunks.ps1:77
# Line |
#   77 |  Set-Content nodir/a.txt 'x'
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Could not find a part of the path '<cwd>/nodir/a.txt'.
---
'first' | Out-File o.txt
'second' | Out-File o.txt -Append
Get-Content o.txt
'a', 'b' | Out-File n.txt -NoNewline
Get-Content n.txt
#=>
# first
# second
# ab
---
[pscustomobject]@{ A = 1; B = 'x' } | Out-File t.txt
(Get-Content t.txt) -join '|'
#=>
# |A B|- -|1 x|
---
'x' | Out-File o.txt
try { 'y' | Out-File o.txt -NoClobber } catch { $_.FullyQualifiedErrorId }
Get-Content o.txt
#=>
# NoClobber,Microsoft.PowerShell.Commands.OutFileCommand
# x
