# Source: Get-ChildItem, Get-Item, New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item reference pages (FileSystem provider).
New-Item -ItemType Directory a/b/c -Force | Out-Null
New-Item a/x.txt, a/b/y.txt, a/b/c/z.log -Force | Out-Null
Get-ChildItem a -Recurse -Depth 1 -Name
'--'
Get-ChildItem a -Include *.txt -Recurse -Name
'--'
Get-ChildItem a/* -Include *.txt -Name
'--'
Get-ChildItem a -Exclude b -Name
'--'
Get-ChildItem a -Recurse -Directory -Name
Remove-Item a -Recurse
#=>
# b
# x.txt
# b/c
# b/y.txt
# --
# x.txt
# b/y.txt
# --
# x.txt
# --
# x.txt
# --
# b
# b/c
---
New-Item -ItemType File notes.txt -Value 'hello' | Out-Null
Get-Item notes.txt | Select-Object Name, Length, Extension, BaseName, PSIsContainer, Mode | Format-List
(Get-Item notes.txt).Directory.FullName -eq (Get-Location).Path
New-Item -ItemType Directory logs | Select-Object Name, PSIsContainer, Mode
Remove-Item notes.txt, logs
#=>
# Name          : notes.txt
# Length        : 5
# Extension     : .txt
# BaseName      : notes
# PSIsContainer : False
# Mode          : -----
#
# True
#
# Name PSIsContainer Mode
# ---- ------------- ----
# logs          True d----
---
New-Item 'a[1].txt' -Value q | Out-Null
Get-Content -LiteralPath 'a[1].txt'
Get-Item -LiteralPath 'a[1].txt' | ForEach-Object Name
Remove-Item -LiteralPath 'a[1].txt'
Test-Path -LiteralPath 'a[1].txt'
#=>
# q
# a[1].txt
# False
---
New-Item -ItemType Directory src/sub -Force | Out-Null
New-Item src/one.txt, src/sub/two.txt | Out-Null
Copy-Item src dst -Recurse
Get-ChildItem dst -Recurse -Name
Move-Item dst/one.txt dst/moved.txt
Rename-Item dst/moved.txt renamed.txt
Get-ChildItem dst -File -Name
Remove-Item src, dst -Recurse
Get-ChildItem
#=>
# sub
# one.txt
# sub/two.txt
# renamed.txt
---
New-Item -ItemType Directory full | Out-Null
New-Item full/f.txt | Out-Null
Remove-Item full -ErrorAction SilentlyContinue
Test-Path full/f.txt
Remove-Item full -Recurse -Force
Test-Path full
#=>
# True
# False
---
New-Item missing/f.txt
#!>
# New-Item: <casedir>/filesystem.chunks.ps1:84
# Line |
#   84 |  New-Item missing/f.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~
#      | Could not find a part of the path '<cwd>/missing/f.txt'.
---
New-Item -ItemType File deep/er/f.txt -Force | ForEach-Object Name
Remove-Item deep -Recurse
#=>
# f.txt
---
Remove-Item nothing.txt
#!>
# Remove-Item: <casedir>/filesystem.chunks.ps1:97
# Line |
#   97 |  Remove-Item nothing.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nothing.txt' because it does not exist.
---
New-Item k1.txt, k2.txt, k3.log | Out-Null
Get-ChildItem *.txt | ForEach-Object Name
Remove-Item k*.*
Get-ChildItem
#=>
# k1.txt
# k2.txt
---
Push-Location
New-Item -ItemType Directory p | Out-Null
Push-Location p
Split-Path -Leaf (Get-Location)
Pop-Location
(Get-Location).Path -eq (Convert-Path .)
Remove-Item p
Pop-Location
#=>
# p
# True
