# Source: Get-PSDrive, New-PSDrive, Remove-PSDrive reference pages and about_Providers; drive letters as README.md's "Differences from PowerShell 7" describes.
Get-PSDrive | Where-Object Name -in 'Alias', 'Env', 'Function', 'Variable' | Format-Table Name, Provider
#=>
# Name     Provider
# ----     --------
# Alias    Microsoft.PowerShell.Core\Alias
# Env      Microsoft.PowerShell.Core\Environment
# Function Microsoft.PowerShell.Core\Function
# Variable Microsoft.PowerShell.Core\Variable
---
Get-PSDrive -PSProvider Environment | Format-Table Name, @{ n = 'Provider'; e = { $_.Provider.Name } }, Root, CurrentLocation
#=>
# Name Provider    Root CurrentLocation
# ---- --------    ---- ---------------
# Env  Environment
---
$d = Get-PSDrive Variable
$d.GetType().FullName
$d.Provider.Name
(Get-PSDrive -Name F*).Name
#=>
# System.Management.Automation.PSDriveInfo
# Variable
# Function
---
Get-PSDrive Q
#!>
# Get-PSDrive: <casedir>/drives.chunks.ps1:26
# Line |
#   26 |  Get-PSDrive Q
#      |  ~~~~~~~~~~~~~
#      | Cannot find drive. A drive with the name 'Q' does not exist.
---
New-Item -ItemType Directory data | Out-Null
$drive = New-PSDrive -Name Work -PSProvider FileSystem -Root ./data
$drive.Name
$drive.Root -eq (Convert-Path data)
Set-Content Work:\report.txt 'quarterly'
Get-Content Work:/report.txt
Get-ChildItem Work:\ | ForEach-Object Name
Remove-PSDrive Work
Test-Path Work:\report.txt
Remove-Item data -Recurse
#=>
# Work
# True
# quarterly
# report.txt
# False
---
New-PSDrive -Name Env2 -PSProvider Environment -Root '' | Out-Null
$env:PYPOSH_TEST_X = 'via env2'
Get-Content Env2:PYPOSH_TEST_X
Remove-Item Env2:PYPOSH_TEST_X
Test-Path env:PYPOSH_TEST_X
#=>
# via env2
# False
---
New-PSDrive -Name Nope -PSProvider FileSystem -Root ./not-there
#!>
# New-PSDrive: <casedir>/drives.chunks.ps1:60
# Line |
#   60 |  New-PSDrive -Name Nope -PSProvider FileSystem -Root ./not-there
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | The specified drive root "<cwd>/not-there" either does not exist, or it is not a folder.
---
New-PSDrive -Name Env -PSProvider Environment -Root ''
#!>
# New-PSDrive: <casedir>/drives.chunks.ps1:68
# Line |
#   68 |  New-PSDrive -Name Env -PSProvider Environment -Root ''
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | A drive with the name 'Env' already exists.
---
Remove-PSDrive Q
#!>
# Remove-PSDrive: <casedir>/drives.chunks.ps1:76
# Line |
#   76 |  Remove-PSDrive Q
#      |  ~~~~~~~~~~~~~~~~
#      | Cannot find drive. A drive with the name 'Q' does not exist.
---
Get-Content Q:\logs\a.txt
#!>
# Get-Content: <casedir>/drives.chunks.ps1:84
# Line |
#   84 |  Get-Content Q:\logs\a.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find drive. A drive with the name 'Q' does not exist.
---
# C: is rooted where $env:PYPOSH_DRIVE_C says; `\` and `/` both separate.
$env:PYPOSH_DRIVE_C = Join-Path (Get-Location) 'cdrive'
New-Item -ItemType Directory C:\logs -Force | Out-Null
Set-Content c:\logs\PsLog.txt 'started'
Add-Content C:/logs/PsLog.txt 'stopped'
Get-Content C:\logs\PsLog.txt
Get-ChildItem c:/logs | Select-Object Name, Length
Test-Path C:\logs\PsLog.txt
(Get-Item C:\logs\PsLog.txt).FullName -eq (Join-Path (Get-Location) 'cdrive/logs/PsLog.txt')
(Get-PSDrive C).Root -eq $env:PYPOSH_DRIVE_C
Set-Location C:\logs
(Get-PSDrive C).CurrentLocation
Get-Content PsLog.txt -TotalCount 1
Set-Location ..\..
Remove-Item C:\logs -Recurse
Remove-Item cdrive
#=>
# started
# stopped
#
# Name      Length
# ----      ------
# PsLog.txt     16
# True
# True
# True
# logs
# started
---
# Names on a drive letter match whatever their case, as on a Windows volume: about_Remote_Jobs writes
# c:\logs\PsLog.txt and reads c:\logs\pslog.txt. A name that does not exist yet is created as written.
$env:PYPOSH_DRIVE_C = Join-Path (Get-Location) 'cdrive'
New-Item -ItemType Directory C:\Logs -Force | Out-Null
'written' > c:\logs\PsLog.txt
Get-Content c:\LOGS\pslog.txt
Test-Path C:/logs/PSLOG.TXT
'again' > c:\logs\pslog.txt
(Get-ChildItem C:\logs).Name
Set-Location c:\logs
Get-Content .\PSLOG.txt
Set-Location ..\..
Remove-Item cdrive -Recurse
#=>
# written
# True
# PsLog.txt
# again
---
$env:PYPOSH_DRIVE_C = Join-Path (Get-Location) 'cdrive'
Get-Content C:\missing.txt
Set-Content C:\nodir\x.txt 'x'
Remove-Item cdrive
#!>
# Get-Content: <casedir>/drives.chunks.ps1:141
# Line |
#  141 |  Get-Content C:\missing.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path 'C:\missing.txt' because it does not exist.
# Set-Content: <casedir>/drives.chunks.ps1:142
# Line |
#  142 |  Set-Content C:\nodir\x.txt 'x'
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Could not find a part of the path 'C:\nodir\x.txt'.
