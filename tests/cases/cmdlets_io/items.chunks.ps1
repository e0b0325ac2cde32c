# Source: Get-Item, Get-ChildItem, New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item reference pages; PowerShell 7.4 on Linux prints the same.
$f = New-Item a.txt -Value 'hello'
$f.Name
$f.Length
$f.GetType().FullName
$f.PSIsContainer
$d = New-Item -ItemType Directory sub
$d.GetType().FullName
$d.PSIsContainer
#=>
# a.txt
# 5
# System.IO.FileInfo
# False
# System.IO.DirectoryInfo
# True
---
New-Item report.final.csv | Out-Null
$i = Get-Item report.final.csv
$i.BaseName
$i.Extension
$i.FullName -eq (Join-Path (Get-Location) 'report.final.csv')
$i.DirectoryName -eq (Get-Location).Path
$i.Directory.Name -eq (Split-Path -Leaf (Get-Location))
"$i" -eq $i.FullName
$i.PSChildName
$i.PSPath -eq ('Microsoft.PowerShell.Core\FileSystem::' + $i.FullName)
$i.LastWriteTime -is [datetime]
#=>
# report.final
# .csv
# True
# True
# True
# True
# report.final.csv
# True
# True
---
New-Item -ItemType Directory d1, d2 | Out-Null
New-Item b.txt, a.txt, d1/c.log | Out-Null
New-Item .hidden | Out-Null
(Get-ChildItem | Sort-Object Name).Name -join ','
(Get-ChildItem -Force | Sort-Object Name).Name -join ','
(Get-ChildItem -File | Sort-Object Name).Name -join ','
(Get-ChildItem -Directory | Sort-Object Name).Name -join ','
(Get-ChildItem -Filter *.txt | Sort-Object Name).Name -join ','
(Get-ChildItem *.txt | Sort-Object Name).Name -join ','
Get-ChildItem -Recurse -Name | Sort-Object
(Get-ChildItem -Recurse -Filter *.log).FullName -replace [regex]::Escape((Get-Location).Path), '.'
(Get-ChildItem d1).Name
#=>
# a.txt,b.txt,d1,d2
# .hidden,a.txt,b.txt,d1,d2
# a.txt,b.txt
# d1,d2
# a.txt,b.txt
# a.txt,b.txt
# a.txt
# b.txt
# d1
# d1/c.log
# d2
# ./d1/c.log
# c.log
---
Get-Item nope.txt
#=>
#!>
# Get-Item: <casedir>/items.chunks.ps1:67
# Line |
#   67 |  Get-Item nope.txt
#      |  ~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nope.txt' because it does not exist.
---
Get-ChildItem nope
'after'
#=>
# after
#!>
# Get-ChildItem: <casedir>/items.chunks.ps1:76
# Line |
#   76 |  Get-ChildItem nope
#      |  ~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nope' because it does not exist.
---
try { Get-Item /no/such/path -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().FullName
    $_.TargetObject
}
#=>
# PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand
# ObjectNotFound
# System.Management.Automation.ItemNotFoundException
# /no/such/path
---
New-Item a.txt | Out-Null
New-Item a.txt
#=>
#!>
# New-Item: <casedir>/items.chunks.ps1:100
# Line |
#  100 |  New-Item a.txt
#      |  ~~~~~~~~~~~~~~
#      | The file '<cwd>/a.txt' already exists.
---
New-Item a.txt -Value 'one' | Out-Null
New-Item a.txt -Value 'two' -Force | Out-Null
Get-Content a.txt
New-Item x/y/z.txt -Force -Value 'deep' | Out-Null
Get-Content x/y/z.txt
(New-Item -ItemType Directory x -Force).Name
#=>
# two
# deep
# x
---
New-Item -ItemType Directory d | Out-Null
New-Item -ItemType Directory d
#=>
#!>
# New-Item: <casedir>/items.chunks.ps1:121
# Line |
#  121 |  New-Item -ItemType Directory d
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | An item with the specified name <cwd>/d already exists.
---
New-Item a.txt, b.txt, c.log | Out-Null
Remove-Item a.txt
Test-Path a.txt
Get-ChildItem *.txt, *.log | Remove-Item
(Get-ChildItem).Count
#=>
# False
# 0
---
New-Item -ItemType Directory d/e -Force | Out-Null
New-Item d/e/f.txt | Out-Null
Remove-Item d -Recurse
Test-Path d
#=>
# False
---
New-Item a.txt -Value 'data' | Out-Null
New-Item -ItemType Directory dest | Out-Null
Copy-Item a.txt b.txt
Copy-Item a.txt dest
Get-Content b.txt, dest/a.txt
Move-Item b.txt dest/moved.txt
Test-Path b.txt
Rename-Item dest/moved.txt renamed.txt
(Get-ChildItem dest).Name -join ','
(Copy-Item a.txt c.txt -PassThru).Name
(Rename-Item c.txt d.txt -PassThru).Name
#=>
# data
# data
# False
# a.txt,renamed.txt
# c.txt
# d.txt
---
New-Item -ItemType Directory src/inner -Force | Out-Null
New-Item src/inner/x.txt -Value 'x' | Out-Null
Copy-Item src copy -Recurse
Get-Content copy/inner/x.txt
New-Item -ItemType Directory target | Out-Null
Copy-Item src target -Recurse
Test-Path target/src/inner/x.txt
#=>
# x
# True
---
New-Item a.txt, b.txt | Out-Null
Rename-Item a.txt b.txt
#=>
#!>
# Rename-Item: <casedir>/items.chunks.ps1:177
# Line |
#  177 |  Rename-Item a.txt b.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot create a file when that file already exists.
---
(Get-Item env:HOME).Value -eq $HOME
(Get-Item env:HOME).Name
$myvar = 42
(Get-Item variable:myvar).Value
(Get-ChildItem variable:myv*).Name
Remove-Item variable:myvar
Test-Path variable:myvar
$env:PYPOSH_TEST_X = 'v'
Get-Content env:PYPOSH_TEST_X
Remove-Item env:PYPOSH_TEST_X
$null -eq $env:PYPOSH_TEST_X
#=>
# True
# HOME
# 42
# myvar
# False
# v
# True
---
New-Item f.txt | Out-Null
(Get-Item .) -is [System.IO.DirectoryInfo]
(Get-Item f.txt) -is [System.IO.FileSystemInfo]
(Get-Item .).Attributes
(Get-Item f.txt).Mode
#=>
# True
# True
# Directory
# -----
