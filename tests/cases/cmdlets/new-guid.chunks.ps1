# Source: PowerShell's New-Guid.Tests.ps1 (v7.4.19), New-Guid (PowerShell 7.4 reference) and System.Guid's table view (DotNetTypes_format_ps1xml.cs, ViewsOf_System_Guid)
$guid = New-Guid
$guid -is [System.Guid]
$guid.ToString() -ne "00000000-0000-0000-0000-000000000000"
#=>
# True
# True
---
$guid1 = New-Guid
$guid2 = New-Guid
$guid1.ToString() -ne $guid2.ToString()
#=>
# True
---
(New-Guid | Out-String) -replace '[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}', '<guid>'
#=>
# Guid
# ----
# <guid>
---
(Get-Command New-Guid).Source
#=>
# Microsoft.PowerShell.Utility
