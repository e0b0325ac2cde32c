# Source: about_Format.ps1xml and PowerShell 7.4's built-in views: a hashtable shows Name and Value
@{ a = 1 }
#=>
# Name                           Value
# ----                           -----
# a                              1
---
# ordered dictionary: keys in order; the Name column is 30 wide
[ordered]@{ first = 1; second = 'two' }
#=>
# Name                           Value
# ----                           -----
# first                          1
# second                         two
---
# DateTime: the long date and long time pattern (en-US)
Get-Date -Date '2024-01-02 03:04:05'
#=>
# Tuesday, January 2, 2024 3:04:05 AM
---
[datetime]'2021-12-31 23:59:00'
#=>
# Friday, December 31, 2021 11:59:00 PM
---
# Group-Object: Count (5, right-aligned), Name (25), Group
1, 2, 1, 3, 1 | Group-Object
#=>
# Count Name                      Group
# ----- ----                      -----
#     3 1                         {1, 1, 1}
#     1 2                         {2}
#     1 3                         {3}
---
# Group-Object -NoElement: Count and Name
'a', 'b', 'a' | Group-Object -NoElement
#=>
# Count Name
# ----- ----
#     2 a
#     1 b
---
# Measure-Object: a list of its properties
1..4 | Measure-Object -Sum -Average -Maximum -Minimum
#=>
# Count             : 4
# Average           : 2.5
# Sum               : 10
# Maximum           : 4
# Minimum           : 1
# StandardDeviation :
# Property          :
---
# Get-Member: grouped by TypeName, autosized
[pscustomobject]@{ a = 1; b = 'x' } | Get-Member
#=>
#    TypeName: System.Management.Automation.PSCustomObject
#
# Name        MemberType   Definition
# ----        ----------   ----------
# Equals      Method       bool Equals(System.Object obj)
# GetHashCode Method       int GetHashCode()
# GetType     Method       type GetType()
# ToString    Method       string ToString()
# a           NoteProperty int a=1
# b           NoteProperty string b=x
---
# an ErrorRecord written as output shows in ConciseView
$e = Write-Error 'boom' 2>&1
$e
#=>
# Write-Error: <casedir>/default_views.chunks.ps1:68
# Line |
#   68 |  $e = Write-Error 'boom' 2>&1
#      |       ~~~~~~~~~~~~~~~~~~~~~~~
#      | boom
---
# an ErrorRecord caught with try/catch
try { throw 'oops' } catch { $_ }
#=>
# Exception: <casedir>/default_views.chunks.ps1:78
# Line |
#   78 |  try { throw 'oops' } catch { $_ }
#      |        ~~~~~~~~~~~~
#      | oops
---
# an ErrorRecord is out-of-band: it does not break the table around it
$e = Write-Error 'boom' 2>&1
[pscustomobject]@{ a = 1 }, $e, [pscustomobject]@{ a = 2 }
#=>
# a
# -
# 1
# Write-Error: <casedir>/default_views.chunks.ps1:87
# Line |
#   87 |  $e = Write-Error 'boom' 2>&1
#      |       ~~~~~~~~~~~~~~~~~~~~~~~
#      | boom
# 2
---
# $Error[0]
Get-Item /no/such/path -ErrorAction SilentlyContinue
$Error[0]
#=>
# Get-Item: <casedir>/default_views.chunks.ps1:101
# Line |
#  101 |  Get-Item /no/such/path -ErrorAction SilentlyContinue
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '/no/such/path' because it does not exist.
---
# a TimeSpan shows as a list
New-TimeSpan -Hours 1 -Minutes 2
#=>
# Days              : 0
# Hours             : 1
# Minutes           : 2
# Seconds           : 0
# Milliseconds      : 0
# Ticks             : 37200000000
# TotalDays         : 0.0430555555555556
# TotalHours        : 1.03333333333333
# TotalMinutes      : 62
# TotalSeconds      : 3720
# TotalMilliseconds : 3720000
---
# Source: PowerShellCore_format_ps1xml.cs, ViewsOf_System_Management_Automation_Runspaces_PSSession (the table New-PSSession's docs show)
[pscustomobject]@{ PSTypeName = 'System.Management.Automation.Runspaces.PSSession'; Id = 1; Name = 'Runspace1'
    Transport = 'SSH'; ComputerName = 'Server01'; ComputerType = 'RemoteMachine'; State = 'Opened'
    ConfigurationName = 'DefaultShell'; Availability = 'Available' }
#=>
#  Id Name            Transport ComputerName    ComputerType    State         ConfigurationName     Availability
#  -- ----            --------- ------------    ------------    -----         -----------------     ------------
#   1 Runspace1       SSH       Server01        RemoteMachine   Opened        DefaultShell             Available
