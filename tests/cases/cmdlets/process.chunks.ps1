# Source: PowerShell's Get-Process.Tests.ps1, Start-Process.Tests.ps1 and Wait-Process.Tests.ps1 (v7.4.9), the Get-Process, Stop-Process, Start-Process and Wait-Process pages (PowerShell 7.4 reference), ProcessResources.resx and Process.cs (error texts and ids, ShouldProcess targets), DotNetTypes_format_ps1xml.cs (the table views: NPM(K) 7, PM(M) 8, WS(M) 10, CPU(s) 10, Id 7, SI 3 wide, right-aligned), and .NET's Process.ToString, ProcessManager.Linux.cs (no non-paged pool: NPM 0) and dotnet's Process tests (a killed child's ExitCode is 137)
$p = Get-Process -Id $PID
$p.Id -eq $PID
$p.GetType().FullName
$p -is [System.Diagnostics.Process]
(Get-Process -Name $p.Name).Id -contains $PID
$p.Name -ceq $p.ProcessName
"$p" -ceq "System.Diagnostics.Process ($($p.ProcessName))"
$p.HasExited
$p.Responding
$p.WS -gt 0 -and $p.WS -eq $p.WorkingSet64
$p.NPM
$p.CPU.GetType().FullName
$p.Threads.Count -ge 1
#=>
# True
# System.Diagnostics.Process
# True
# True
# True
# True
# False
# True
# True
# 0
# System.Double
# True
---
$lines = (Get-Process -Id $PID | Out-String) -split "`n"
$lines[1]
$lines[2]
$lines = (Get-Process -Id $PID -IncludeUserName | Out-String) -split "`n"
$lines[1]
$lines[2]
(Get-Process -Id $PID -IncludeUserName).UserName -eq [Environment]::UserName
#=>
#  NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName
#  ------    -----      -----     ------      --  -- -----------
#      WS(M)   CPU(s)      Id UserName                       ProcessName
#      -----   ------      -- --------                       -----------
# True
---
Get-Process -Id 123456789 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
$Error[0].Exception.Message
Get-Process -Name no-such-process, no-such-* -ErrorAction SilentlyContinue
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
Get-Process 12345678 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
#=>
# NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.GetProcessCommand
# ObjectNotFound
# Cannot find a process with the process identifier 123456789.
# 2
# NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand
# Cannot find a process with the name "no-such-process". Verify the process name and call the cmdlet again.
# RecommendIdTagForGivenName,Microsoft.PowerShell.Commands.GetProcessCommand
# Cannot find a process with the name "12345678". Try running with -Id to search by Id of processes.
---
Get-Process -Name no-such-process
#!>
# Get-Process: <casedir>/process.chunks.ps1:64
# Line |
#   64 |  Get-Process -Name no-such-process
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find a process with the name "no-such-process". Verify the process name and call the cmdlet again.
---
$p = Start-Process sleep 30 -PassThru
$p.Name
(Get-Process -Id $p.Id).Name
(gps -Name sleep).Id -contains $p.Id
$p.HasExited
$p | Stop-Process
$p.WaitForExit()
$p.HasExited
$p.ExitCode
#=>
# sleep
# sleep
# True
# False
# True
# 137
---
Stop-Process -Id 123456789 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
Stop-Process -Name no-such-process -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
#=>
# NoProcessFoundForGivenId,Microsoft.PowerShell.Commands.StopProcessCommand
# Cannot find a process with the process identifier 123456789.
# NoProcessFoundForGivenName,Microsoft.PowerShell.Commands.StopProcessCommand
---
$processes = @(1..2 | ForEach-Object { Start-Process sleep 30 -PassThru }) + (Start-Process sleep 0 -PassThru)
Wait-Process -InputObject $processes -Any
$processes.Where({ $_.HasExited }).Count
Wait-Process -InputObject $processes -Timeout 0 -ErrorAction SilentlyContinue
$Error.Count
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message -replace '\d+', 'N'
Stop-Process -InputObject $processes -PassThru | Wait-Process -PassThru | ForEach-Object HasExited
#=>
# 1
# 2
# ProcessNotTerminated,Microsoft.PowerShell.Commands.WaitProcessCommand
# This command stopped operation because process "sleep (N)" is not stopped in the specified time-out.
# True
# True
# True
---
$p = Start-Process -FilePath sh -ArgumentList '-c', '"exit 3"' -Wait -PassThru
$p.HasExited
$p.ExitCode
Start-Process /bin/sh -ArgumentList '-c', '"exit 3"' -PassThru -WhatIf
Start-Process -FilePath /bin/sh -WhatIf
#=>
# True
# 3
# What if: Performing the operation "Start-Process" on target "/bin/sh -c "exit 3"".
# What if: Performing the operation "Start-Process" on target "/bin/sh ".
---
"b`na`nc" | Set-Content in.txt
Start-Process sort -Wait -RedirectStandardOutput out.txt -RedirectStandardInput in.txt
Get-Content out.txt
New-Item sub -ItemType Directory > $null
Start-Process pwd -WorkingDirectory sub -Wait -RedirectStandardOutput out.txt
Get-Content out.txt
Set-Location sub
Start-Process pwd -Wait -RedirectStandardOutput ../out.txt
Get-Content ../out.txt
#=>
# a
# b
# c
# <cwd>/sub
# <cwd>/sub
---
$env:FOO, $env:BAR = 'foo', $null
Start-Process sh -ArgumentList '-c', '"echo $FOO $BAR"' -Wait -RedirectStandardOutput out.txt
Get-Content out.txt
Start-Process sh -ArgumentList '-c', '"echo $FOO $BAR"' -Wait -RedirectStandardOutput out.txt -Environment @{ FOO = $null; BAR = 'bar' }
Get-Content out.txt
$env:FOO = $null
#=>
# foo
# bar
---
Start-Process sort -RedirectStandardInput missing.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
Start-Process sort -RedirectStandardOutput same.txt -RedirectStandardError same.txt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
Start-Process sort -WorkingDirectory missing -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
#=>
# FileNotFoundException,Microsoft.PowerShell.Commands.StartProcessCommand
# This command cannot be run because either the parameter "RedirectStandardInput '<cwd>/missing.txt'" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.
# InvalidOperationException,Microsoft.PowerShell.Commands.StartProcessCommand
# This command cannot be run because "RedirectStandardOutput" and "RedirectStandardError" are same. Give different inputs and Run your command again.
# DirectoryNotFoundException,Microsoft.PowerShell.Commands.StartProcessCommand
# This command cannot be run because either the parameter "WorkingDirectory" has a value that is not valid or cannot be used with this command. Give a valid input and Run your command again.
---
try { Start-Process no-such-program -ArgumentList x } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
(Get-Command Get-Process, Start-Process, Stop-Process, Wait-Process).Source | Select-Object -Unique
(Get-Alias gps, saps, spps).Definition
#=>
# System.ComponentModel.Win32Exception,Microsoft.PowerShell.Commands.StartProcessCommand
# An error occurred trying to start process 'no-such-program' with working directory '<cwd>'. No such file or directory
# Microsoft.PowerShell.Management
# Get-Process
# Start-Process
# Stop-Process
