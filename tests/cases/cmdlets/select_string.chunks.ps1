# Source: Select-String (PowerShell 7.4 reference: examples and parameters), PowerShell's test/powershell/Modules/Microsoft.PowerShell.Utility/Select-String.Tests.ps1, and MatchString.cs (MatchInfo.ToString, the context trackers, FlushTrackerQueue) where a chunk says so
'Hello', 'HELLO' | Select-String -Pattern 'HELLO' -CaseSensitive -SimpleMatch
#=>
# HELLO
---
# Select-String.Tests.ps1: "String actions"
$testinputtwo = "hello", "Hello"
$result = $testinputtwo | Select-String -Pattern "hello"
$result -is [array]
$result.Count
$one = $testinputtwo | Select-String -Pattern "hello" -CaseSensitive
$one -is [Microsoft.PowerShell.Commands.MatchInfo]
"$one"
#=>
# True
# 2
# True
# hello
---
# Select-String.Tests.ps1: the output of a host without virtual terminal support, and -NoEmphasis
$nl = [Environment]::NewLine
$testinputone = "hello", "Hello", "goodbye"
($testinputone | Select-String -Pattern "l" -NoEmphasis | Out-String) -eq "${nl}hello${nl}Hello${nl}${nl}"
($testinputone | Select-String -Pattern "l" -AllMatch | Out-String) -eq "${nl}hello${nl}Hello${nl}${nl}"
($testinputone | Select-String -Pattern "l" -SimpleMatch | Out-String) -eq "${nl}hello${nl}Hello${nl}${nl}"
#=>
# True
# True
# True
---
# Select-String.Tests.ps1: -NotMatch, -Raw
$testinputone = "hello", "Hello", "goodbye"
$testinputone | Select-String -Pattern "goodbye" -NotMatch | ForEach-Object ToString
("hello", "Hello" | Select-String -Pattern "hello" -CaseSensitive -Raw).GetType().FullName
#=>
# hello
# Hello
# System.String
---
# Select-String.Tests.ps1: -Raw and -Quiet are in no parameter set together
try { "hello" | Select-String -Pattern "hello" -Raw -Quiet -ErrorAction Stop } catch { $_.Exception.GetType().FullName }
#=>
# System.Management.Automation.ParameterBindingException
---
# Select-String.Tests.ps1: -Quiet; no match in pipeline input writes nothing (FlushTrackerQueue)
$testinputtwo = "hello", "Hello"
$quiet = $testinputtwo | Select-String -Quiet "hello" -CaseSensitive
$quiet -is [bool]
$quiet
$null -eq ($testinputtwo | Select-String -Quiet "goodbye")
#=>
# True
# True
# True
---
# -InputObject with a collection: the collection is searched as one string (the parameter's description)
$x = Select-String -InputObject "some stuff", "other stuff" -Pattern "other"
$x.Line
$null -eq (Select-String -InputObject "some stuff", "other stuff" -Pattern "neither")
#=>
# some stuff other stuff
# True
---
# MatchInfo's properties for pipeline input (MatchString.cs: Filename and Path are "InputStream", LineNumber is the
# record number, a UInt64)
$m = 'one', 'two words', 'three' | Select-String 'w(or)ds', 'tw'
$m.Line; $m.LineNumber; $m.LineNumber.GetType().FullName
$m.Filename; $m.Path; $m.Pattern; $m.IgnoreCase
$null -eq $m.Context
$m.Matches[0].Groups[1].Value
($m | Select-String 'x' -CaseSensitive -NotMatch).IgnoreCase
#=>
# two words
# 2
# System.UInt64
# InputStream
# InputStream
# w(or)ds
# True
# True
# or
# True
---
# MatchString.cs: with -NotMatch the Pattern reported is the first one; with -SimpleMatch, Matches is empty
'cat', 'dog', 'bird' | Select-String 'dog', 'cat' | ForEach-Object { "$($_.Line) $($_.Pattern)" }
'cat', 'dog', 'bird' | Select-String 'dog', 'cat' -NotMatch | ForEach-Object { "$($_.Line) $($_.Pattern)" }
'a.b', 'axb' | Select-String '.' -SimpleMatch | ForEach-Object { "$($_.Line) $($_.Matches.Count)" }
#=>
# cat cat
# dog dog
# bird dog
# a.b 0
---
# Example 9: the first match per line, or every match with -AllMatches
$lines = '    PowerShell Help System', 'Displays help about PowerShell cmdlets and concepts.',
    '    PowerShell Help describes PowerShell cmdlets'
$A = $lines | Select-String -Pattern 'PowerShell'
$A.Matches.Length
$B = $lines | Select-String -Pattern 'PowerShell' -AllMatches
$B.Matches.Length
$A[0].Matches
#=>
# 3
# 4
#
# Groups   : {0}
# Success  : True
# Name     : 0
# Captures : {0}
# Index    : 4
# Length   : 10
# Value    : PowerShell
---
# Select-String.Tests.ps1: "Filesystem actions"; a file's MatchInfo shows as path:line:text, ToString() with the
# full path and the default view relative to the current location
$nl = [Environment]::NewLine
$testInputFile = Join-Path -Path $PWD -ChildPath testfile1.txt
$null = New-Item $testInputFile -ItemType "file" -Force -Value "This is a text string, and another string${nl}This is the second line${nl}This is the third line${nl}This is the fourth line${nl}No matches"
(Select-String $testInputFile -Pattern "string") -is [Microsoft.PowerShell.Commands.MatchInfo]
"$(Select-String $testInputFile -Pattern "string")" -ceq ($testInputFile + ":1:This is a text string, and another string")
"$(Select-String $testInputFile  -Pattern "second")" -ceq ($testInputFile + ":2:This is the second line")
(Select-String in $testInputFile).Line
(Select-String is $testInputFile -CaseSensitive).Count
$null -eq (Select-String for $testInputFile)
Select-String 'matc*' $testInputFile -ca
#=>
# True
# True
# True
# This is a text string, and another string
# This is the second line
# This is the third line
# This is the fourth line
# 4
# True
#
# testfile1.txt:5:No matches
---
# Select-String.Tests.ps1: -Raw (and -Context is ignored with it)
$nl = [Environment]::NewLine
$null = New-Item testfile1.txt -Force -Value "This is a text string, and another string${nl}This is the second line${nl}This is the third line${nl}This is the fourth line${nl}No matches"
Select-String in testfile1.txt -Raw
Select-String second testfile1.txt -Raw -Context 2,2
#=>
# This is a text string, and another string
# This is the second line
# This is the third line
# This is the fourth line
# This is the second line
---
# Select-String.Tests.ps1 and Example 8: -Context marks the match with "> " and its context lines with two spaces
$nl = [Environment]::NewLine
$null = New-Item testfile1.txt -Force -Value "This is a text string, and another string${nl}This is the second line${nl}This is the third line${nl}This is the fourth line${nl}No matches"
Select-String third testfile1.txt -Context 1
#=>
#   testfile1.txt:2:This is the second line
# > testfile1.txt:3:This is the third line
#   testfile1.txt:4:This is the fourth line
---
# -Context B,A: B lines before and A after; a match's context holds every line around it, but a line shows once
# (the parameter's description; MatchString.cs's DisplayContextTracker and LogicalContextTracker)
1..10 | ForEach-Object { "line $_" } | Set-Content ctx.txt
$m = Select-String 'line [34]' ctx.txt -Context 1
$m | ForEach-Object { '{0} | {1} | {2} | {3}' -f ($_.Context.PreContext -join ','), ($_.Context.PostContext -join ','),
    ($_.Context.DisplayPreContext -join ','), ($_.Context.DisplayPostContext -join ',') }
(Select-String 'line 9' ctx.txt -Context 2, 3).Context.PostContext
$m
#=>
# line 2 | line 4 | line 2 |
# line 3 | line 5 |  | line 5
# line 10
#
#   ctx.txt:2:line 2
# > ctx.txt:3:line 3
# > ctx.txt:4:line 4
#   ctx.txt:5:line 5
---
# MatchString.cs: MatchInfo.ToString() of pipeline input with context (no path, no line numbers)
$r = 'a', 'm1', 'b', 'c', 'd', 'm2', 'e' | Select-String -Pattern '^m' -Context 2, 1
$r | ForEach-Object { $_.ToString(); '--' }
#=>
#   a
# > m1
#   b
# --
#   c
#   d
# > m2
#   e
# --
---
# -List: the first match of each file; -Quiet on files: $true, or $false when nothing matched (MatchString.cs;
# the 7.4 reference says $null, but ProcessRecord writes Boxed.False)
$nl = [Environment]::NewLine
$null = New-Item testfile1.txt -Force -Value "This is a text string, and another string${nl}This is the second line${nl}This is the third line"
Select-String line testfile1.txt -Quiet
Select-String nothere testfile1.txt -Quiet
Select-String line testfile1.txt -List
#=>
# True
# False
#
# testfile1.txt:2:This is the second line
---
# Example 2: -Path with wildcards
Set-Content -Path Alias.txt -Value 'Alias           cd -> Set-Location', 'Alias           gal -> Get-Alias'
Set-Content -Path Command.txt -Value 'Cmdlet          Clear-Host', 'Cmdlet          Get-Acl'
Select-String -Path .\*.txt -Pattern 'Get-'
#=>
# Alias.txt:2:Alias           gal -> Get-Alias
# Command.txt:2:Cmdlet          Get-Acl
---
# Example 7: -NotMatch with two patterns
Set-Content -Path Command.txt -Value 'Get-Alias', 'Set-Alias', 'New-Alias'
Select-String -Path .\Command.txt -Pattern 'Get', 'Set' -NotMatch
#=>
# Command.txt:3:New-Alias
---
# Example 6: files piped from Get-ChildItem are searched by path; -LiteralPath takes brackets literally;
# -Include and -Exclude qualify the paths
Set-Content -LiteralPath 'a[1].txt' -Value 'Microsoft', 'microsoft'
$null -eq (Select-String -Path *.txt -Pattern 'Microsoft' -Include *.log)
Get-ChildItem -Path *.txt | Select-String -Pattern 'Microsoft' -CaseSensitive
Select-String -LiteralPath 'a[1].txt' -Pattern 'microsoft' -CaseSensitive
#=>
# True
#
# a[1].txt:1:Microsoft
# a[1].txt:2:microsoft
---
# -Encoding: the file's encoding (a byte-order mark wins, as the description says)
Set-Content -Path u16.txt -Value 'grüße' -Encoding unicode
Select-String 'grüße' u16.txt -Encoding unicode
Select-String 'grüße' u16.txt
#=>
# u16.txt:1:grüße
# u16.txt:1:grüße
---
# The Context parameter: piped MatchInfo objects are searched by their Line (filter mode), and keep their line number
'apple pie', 'apple tart', 'banana pie' | Select-String apple | Select-String pie |
    ForEach-Object { "$($_.LineNumber): $($_.Line)" }
#=>
# 1: apple pie
---
# The Context parameter is not valid on a command searching piped MatchInfo objects: a warning (MatchStringStrings.resx
# FilterContextWarning), and MatchString.cs then tracks no context
$r = 'a1', 'b2' | Select-String '\d' -Context 1 | Select-String 'a' -Context 1
$r.Line
$r.Context.PostContext.Count
#=>
# WARNING: The option "Context" is not valid when searching results that are piped from Select-String output.
# a1
# 0
---
# MatchInfo of a file (MatchString.cs): Filename is the file's name, Path the full path, RelativePath() cuts a folder
Set-Content -Path notes.txt -Value 'first', 'second'
$m = Select-String second notes.txt
$m.Filename
$m.Path -eq (Join-Path $PWD notes.txt)
$m.RelativePath($PWD.Path)
$m.ToString($PWD.Path)
#=>
# notes.txt
# True
# notes.txt
# notes.txt:2:second
---
# MatchString.cs: an invalid pattern, and a path that does not exist, stop the command
try { 'a' | Select-String '(' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Select-String x nope.txt } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
#=>
# InvalidRegex,Microsoft.PowerShell.Commands.SelectStringCommand
# The string ( is not a valid regular expression: Invalid pattern '(' at offset 1. Not enough )'s.
# PathNotFound,Microsoft.PowerShell.Commands.SelectStringCommand
# Cannot find path '<cwd>/nope.txt' because it does not exist.
---
# NOTES: the sls alias; the module
(Get-Command sls).Definition
(Get-Command Select-String).Source
#=>
# Select-String
# Microsoft.PowerShell.Utility
