# Source: Write-Error (PowerShell 7.4 reference) and PowerShell's WriteErrorCommand (Write.cs): WriteErrorException, its type name as error id
Write-Error 'custom' -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.GetType().FullName
$Error[0].CategoryInfo.Category
$Error[0].CategoryInfo.Activity
$Error[0].Exception.Message
#=>
# Microsoft.PowerShell.Commands.WriteErrorException
# Microsoft.PowerShell.Commands.WriteErrorException
# NotSpecified
# Write-Error
# custom
---
Write-Error -Message 'bad data' -ErrorId 'MyId' -Category InvalidData -TargetObject 42 -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
$Error[0].TargetObject
#=>
# MyId
# InvalidData
# 42
---
try {
    Write-Error -Exception ([System.InvalidOperationException]::new('inner')) -Message 'outer' -ErrorAction Stop
} catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    "$_"
    $_.FullyQualifiedErrorId
}
#=>
# System.InvalidOperationException
# inner
# outer
# System.InvalidOperationException
---
$ErrorActionPreference = 'Stop'
try { Write-Error 'stop here'; 'not reached' } catch { "caught: $($_.Exception.Message)" }
#=>
# caught: stop here
---
Write-Error 'to stderr'
'after'
#=>
# after
#!>
# Write-Error: <casedir>/write-error.chunks.ps1:43
# Line |
#   43 |  Write-Error 'to stderr'
#      |  ~~~~~~~~~~~~~~~~~~~~~~~
#      | to stderr
