# Source: about_Pipelines: objects pass one at a time through the pipeline
1..3 | ForEach-Object { $_ * 2 }
#=>
# 2
# 4
# 6
---
# Source: about_Pipelines, "One-at-a-time processing": each object goes through the whole pipeline before the next
1..3 | ForEach-Object { Write-Host "produce $_"; $_ } | ForEach-Object { Write-Host "consume $_" }
#=>
# produce 1
# consume 1
# produce 2
# consume 2
# produce 3
# consume 3
---
# Source: Select-Object (-First) reference: upstream commands stop once enough objects are selected
$r = 1..5 | ForEach-Object { Write-Host "gen $_"; $_ } | Select-Object -First 2
$r -join ','
#=>
# gen 1
# gen 2
# 1,2
---
# Source: Select-Object (-First) reference: an endless producer is stopped
$r = & { while ($true) { 'x' } } | Select-Object -First 3
$r.Count
#=>
# 3
---
# Source: about_Pipelines: begin, process and end of each command in the pipeline
function Show-Stage {
    param([Parameter(ValueFromPipeline)]$In, $Name)
    begin { Write-Host "$Name begin" }
    process { Write-Host "$Name process $In"; $In }
    end { Write-Host "$Name end" }
}
$null = 1, 2 | Show-Stage -Name A | Show-Stage -Name B
#=>
# A begin
# B begin
# A process 1
# B process 1
# A process 2
# B process 2
# A end
# B end
---
# Source: about_Pipelines: collections are enumerated one level; a hash table and a string are single objects
@(1, 2), @(3) | ForEach-Object { $_.Count }
(@{ a = 1; b = 2 } | Measure-Object).Count
('abc' | Measure-Object).Count
, (1, 2, 3) | ForEach-Object { $_.Count }
#=>
# 2
# 1
# 1
# 1
# 3
---
# Source: Write-Output reference: -NoEnumerate sends a collection as one object
(Write-Output @(1, 2, 3) | Measure-Object).Count
(Write-Output -NoEnumerate @(1, 2, 3) | Measure-Object).Count
#=>
# 3
# 1
---
# Source: about_Automatic_Variables, "$input" in a script block on the pipeline
1, 2, 3 | & { $input | ForEach-Object { $_ * 2 } }
#=>
# 2
# 4
# 6
---
# Source: ForEach-Object reference: -Begin, -Process and -End
1..3 | ForEach-Object -Begin { $sum = 0 } -Process { $sum += $_ } -End { "sum $sum" }
#=>
# sum 6
---
# Source: about_Pipelines: a pipeline can start with an expression, and its output is collected in order
$files = 'b.txt', 'a.txt' | Sort-Object
$files -join ','
#=>
# a.txt,b.txt
---
# Source: about_Pipeline_Chain_Operators: two successful commands
Write-Output 'First' && Write-Output 'Second'
#=>
# First
# Second
---
# Source: about_Pipeline_Chain_Operators: first command fails, second not executed
Write-Error 'Bad' -ErrorAction SilentlyContinue && Write-Output 'Second'
'end'
#=>
# end
---
# Source: about_Pipeline_Chain_Operators: || runs only after a failure
Write-Output 'First' || Write-Output 'Second'
Write-Error 'Bad' -ErrorAction SilentlyContinue || Write-Output 'Second'
#=>
# First
# Second
---
# Source: about_Pipeline_Chain_Operators: the error is still written when the chain continues
Write-Error 'Bad' || Write-Output 'Second'
#=>
# Second
#!>
# Write-Error: <casedir>/pipelines.chunks.ps1:107
# Line |
#  107 |  Write-Error 'Bad' || Write-Output 'Second'
#      |  ~~~~~~~~~~~~~~~~~
#      | Bad
---
# Source: about_Pipeline_Chain_Operators: native commands succeed or fail by exit code
sh -c 'exit 1' && 'not printed'
sh -c 'exit 1' || 'failed as expected'
sh -c 'exit 0' && 'succeeded'
#=>
# failed as expected
# succeeded
---
# Source: about_Pipeline_Chain_Operators: left associativity
Write-Output 1 || Write-Output 2 && Write-Output 3
#=>
# 1
# 3
---
# Source: about_Pipeline_Chain_Operators, "Assignment from pipeline chains"
$result = Write-Output '1' && Write-Output '2'
$result
#=>
# 1
# 2
---
# Source: about_Pipeline_Chain_Operators: a script-terminating error cancels the assignment
try
{
    $result = Write-Output 'Value' && $(throw 'Bad')
}
catch
{
    # Do nothing, just squash the error
}

"Result: $result"
#=>
# Result:
---
# Source: about_Pipeline_Chain_Operators, "Error interaction"
try
{
    $(throw 'Bad') || Write-Output '2'
}
catch
{
    Write-Output "Caught: $_"
}
Write-Output 'Done'
#=>
# Caught: Bad
# Done
---
# Source: about_Pipeline_Chain_Operators: $(break) in a chain inside a loop
foreach ($n in 1, 2, 3) {
    $n
    ($n -eq 2) -and $true > $null
    Write-Output "check $n" && $(if ($n -eq 2) { break })
}
'after'
#=>
# 1
# check 1
# 2
# check 2
# after
---
# Source: about_Redirection: > writes to a file, >> appends
'first' > out.txt
'second' >> out.txt
Get-Content out.txt
#=>
# first
# second
---
# Source: about_Redirection: > replaces the file's content
'old' > f.txt
'new' > f.txt
Get-Content f.txt
(Get-Content f.txt).GetType().Name
#=>
# new
# String
---
# Source: about_Redirection: redirecting a command's output and errors to separate files
& { 'out line'; Write-Error 'err line' } > o.txt 2> e.txt
Get-Content o.txt
(Get-Content e.txt -Raw).Contains('err line')
#=>
# out line
# True
---
# Source: about_Redirection: > $null and 2> $null discard a stream
'visible' > $null
Write-Error 'hidden' 2> $null
'done'
#=>
# done
---
# Source: about_Redirection: 2>&1 sends error records into the success stream
Write-Error 'err' 2>&1 | ForEach-Object { "got: $_" }
& { Write-Error 'e'; 'o' } 2>&1 | ForEach-Object { $_.GetType().Name }
#=>
# got: err
# ErrorRecord
# String
---
# Source: about_Redirection: 2>&1 output can be captured in a variable
$r = & { Write-Error 'e'; 'o' } 2>&1
$r.Count
$r[0] -is [System.Management.Automation.ErrorRecord]
$r[1]
#=>
# 2
# True
# o
---
# Source: about_Redirection: 6>&1 captures Write-Host output
$i = Write-Host 'to info' 6>&1
$i.GetType().Name
"$i"
#=>
# InformationRecord
# to info
---
# Source: about_Redirection: native stdout lines become strings in PowerShell
$lines = sh -c 'echo a; echo b'
$lines.Count
$lines[1]
$one = sh -c 'echo only'
$one.GetType().Name
#=>
# 2
# b
# String
---
# Source: about_Pipelines: piping into a native command sends lines to its stdin
'alpha', 'beta' | sh -c 'wc -l | tr -d " "'
'x' | sh -c 'cat'
#=>
# 2
# x
---
# Source: about_Redirection: Out-Null and [void] discard output
'a' | Out-Null
[void](1 + 1)
$null = Write-Output 'discarded'
'shown'
#=>
# shown
---
# Source: about_Pipelines: the pipeline output of a function is streamed to the next command
function Get-Numbers { 1; Write-Host 'between'; 2 }
Get-Numbers | ForEach-Object { "n$_" }
#=>
# n1
# between
# n2
---
# Source: about_Redirection: 3>&1 captures warnings as WarningRecord objects
$w = Write-Warning 'careful' 3>&1
$w.GetType().Name
$w.Message
#=>
# WarningRecord
# careful
---
# Source: about_Redirection: *>&1 merges every stream into the output
$all = & { 'o'; Write-Warning 'w'; Write-Verbose 'v' -Verbose; Write-Host 'h' } *>&1
$all.Count
$all | ForEach-Object { $_.GetType().Name }
#=>
# 4
# String
# WarningRecord
# VerboseRecord
# InformationRecord
---
# Source: about_Redirection: *> writes all streams to a file
& { 'o'; Write-Host 'h' } *> all.txt
Get-Content all.txt
#=>
# o
# h
---
# Source: about_Redirection: redirecting a native command's stderr
sh -c 'echo out; echo err 1>&2' 2>&1 | ForEach-Object { "[$_]" }
#=>
# [out]
# [err]
---
# Source: about_Redirection: native stderr is not redirected by default
sh -c 'echo to-stderr 1>&2'
'after'
#=>
# after
#!>
# to-stderr
