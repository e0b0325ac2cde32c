# Source: Get-Location, Set-Location, Push-Location, Pop-Location, Join-Path, Split-Path, Test-Path, Resolve-Path and Convert-Path reference pages; PowerShell 7.4 on Linux prints the same.
Get-Location
#=>
# Path
# ----
# <cwd>
---
$here = Get-Location
$here.GetType().FullName
"$here" -eq $here.Path
$here.Provider.Name
$here.Drive.Name
#=>
# System.Management.Automation.PathInfo
# True
# FileSystem
# /
---
New-Item -ItemType Directory sub | Out-Null
Set-Location sub
(Get-Location).Path
Set-Location ..
(Get-Location).Path
cd sub
cd -
(Get-Location).Path
cd +
(Get-Location).Path
#=>
# <cwd>/sub
# <cwd>
# <cwd>
# <cwd>/sub
---
Set-Location /no/such/dir
#!>
# Set-Location: <casedir>/location.chunks.ps1:35
# Line |
#   35 |  Set-Location /no/such/dir
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '/no/such/dir' because it does not exist.
---
try { Set-Location nothere -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message -replace [regex]::Escape((Get-Location).Path), '<here>'
}
#=>
# PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand
# ObjectNotFound
# Cannot find path '<here>/nothere' because it does not exist.
---
New-Item -ItemType Directory a | Out-Null
Push-Location a
Split-Path -Leaf (Get-Location)
Pop-Location
(Get-Location).Path
(Set-Location a -PassThru).Path
#=>
# a
# <cwd>
# <cwd>/a
---
Join-Path a b
Join-Path -Path a/ -ChildPath /b
Join-Path a b c d
Join-Path a, x b
Join-Path -Path '/' -ChildPath 'etc'
#=>
# a/b
# a/b
# a/b/c/d
# a/b
# x/b
# /etc
---
Split-Path /a/b/c.txt
Split-Path /a/b/c.txt -Parent
Split-Path /a/b/c.txt -Leaf
Split-Path /a/b/c.tar.gz -LeafBase
Split-Path /a/b/c.tar.gz -Extension
Split-Path /a/b/
Split-Path /a
'[' + (Split-Path c.txt) + ']'
Split-Path /a/b -IsAbsolute
Split-Path b/c -IsAbsolute
Split-Path env:HOME -Qualifier
Split-Path env:HOME -NoQualifier
#=>
# /a/b
# /a/b
# c.txt
# c.tar
# .gz
# /a
# /
# []
# True
# False
# env:
# HOME
---
New-Item f.txt -Value x | Out-Null
New-Item -ItemType Directory d | Out-Null
Test-Path f.txt
Test-Path nope.txt
Test-Path f.txt -PathType Leaf
Test-Path f.txt -PathType Container
Test-Path d -PathType Container
Test-Path *.txt
Test-Path *.csv
Test-Path -LiteralPath '*.txt'
Test-Path env:PATH
Test-Path variable:nope
Test-Path '', ' '
#=>
# True
# False
# True
# False
# True
# True
# False
# False
# True
# False
# False
# False
---
New-Item f1.txt, f2.txt | Out-Null
(Resolve-Path f1.txt).Path
(Resolve-Path *.txt | ForEach-Object { Split-Path $_ -Leaf }) -join ','
Resolve-Path f2.txt -Relative
Convert-Path .
Resolve-Path nope.txt
#=>
# <cwd>/f1.txt
# f1.txt,f2.txt
# ./f2.txt
# <cwd>
#!>
# Resolve-Path: <casedir>/location.chunks.ps1:135
# Line |
#  135 |  Resolve-Path nope.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nope.txt' because it does not exist.
---
(Get-Location) -is [System.Management.Automation.PathInfo]
(Resolve-Path .) -is [System.Management.Automation.PathInfo]
#=>
# True
# True
