# Source: about_If
$a = 5
if ($a -gt 10) { 'big' } elseif ($a -gt 3) { 'medium' } else { 'small' }
if ($a -lt 0) { 'negative' }
if ($a -eq 5) { 'five' } else { 'other' }
#=>
# medium
# five
---
# Source: about_Booleans: which values are true in a condition
foreach ($v in @($null, 0, 1, '', 'False', '0', @(), @(0), @(0,0), @(1), 0.0, $false, $true, ' ')) {
    if ($v) { 'T' } else { 'F' }
}
#=>
# F
# F
# T
# F
# T
# T
# F
# F
# T
# T
# F
# F
# T
# T
---
# Source: about_Booleans: [bool] conversion of strings and collections
[bool]'False'
[bool]''
[bool]@()
[bool]@($false)
[bool]@($false, $false)
[bool][pscustomobject]@{}
#=>
# True
# False
# False
# False
# True
# True
---
# Source: about_Switch: basic match and default
switch (3) { 1 {'one'} 3 {'three'} default {'other'} }
switch (4) { 1 {'one'} default {'other'} }
#=>
# three
# other
---
# Source: about_Switch: every matching clause runs unless break is used
switch (5) {
    { $_ -gt 3 } { 'gt3' }
    { $_ -gt 4 } { 'gt4' }
    5 { 'five' }
}
#=>
# gt3
# gt4
# five
---
# Source: about_Switch: an array input is processed element by element; $_ is the current element
switch (1, 2, 3) { 2 { 'two' } default { "d$_" } }
#=>
# d1
# two
# d3
---
# Source: about_Switch / about_Break: break leaves the whole switch, continue moves to the next element
switch (1, 2, 3) { 2 { 'two'; break } default { $_ } }
'---'
switch (1, 2, 3) { 2 { 'skip'; continue } { $true } { "any $_" } }
#=>
# 1
# two
# ---
# any 1
# skip
# any 3
---
# Source: about_Break: the switch -regex example with break
$var = "word2"
switch -regex ($var) {
    "word2" { "Exact $_"; break }
    "word.*" { "Match on the prefix $_"; break }
    "w.*" { "Match on at least the first letter $_"; break }
    default { "No match $_"; break }
}
switch -regex ($var) {
    "word2" { "Exact $_" }
    "word.*" { "Match on the prefix $_" }
    "w.*" { "Match on at least the first letter $_" }
}
#=>
# Exact word2
# Exact word2
# Match on the prefix word2
# Match on at least the first letter word2
---
# Source: about_Switch: string matching is case-insensitive unless -CaseSensitive
switch ('abc') { 'ABC' { 'ci match' } }
switch -CaseSensitive ('abc') { 'ABC' { 'cs match' } default { 'none' } }
#=>
# ci match
# none
---
# Source: about_Switch: -Wildcard
switch -Wildcard ('foo.txt') { '*.txt' { 'text' } '*.ps1' { 'script' } 'f*' { 'f-word' } }
#=>
# text
# f-word
---
# Source: about_Switch: -Regex sets $Matches for each matching clause
switch -Regex ('abc123') {
    '^\d+$' { 'digits only' }
    '(\d)' { "first digit $($Matches[1])" }
    '(?<letters>[a-z]+)' { "letters $($Matches.letters)" }
}
#=>
# first digit 1
# letters abc
---
# Source: about_Switch: -Exact treats wildcard characters literally
switch -Exact ('a*') { 'a*' { 'literal' } }
switch -Exact ('abc') { 'a*' { 'wild' } default { 'no' } }
#=>
# literal
# no
---
# Source: about_Switch: without -Wildcard or -Regex, a pattern string is compared with -eq
switch ('abc') { 'a*' { 'wild' } default { 'no wildcard by default' } }
#=>
# no wildcard by default
---
# Source: about_Switch: values are compared with PowerShell conversion rules
switch ('5') { 5 { 'five' } }
switch (5) { '5' { 'five again' } }
#=>
# five
# five again
---
# Source: about_Switch: a script block condition sees $_ and $PSItem
switch (10) {
    { $_ -is [int] } { 'int' }
    { $PSItem -gt 5 } { 'big' }
}
#=>
# int
# big
---
# Source: about_Switch: an empty collection runs no clause; $null runs once
switch (@()) { default { 'never' } }
switch ($null) { $null { 'null matched' } default { 'default' } }
#=>
# null matched
---
# Source: about_Switch: -File reads lines of a file
'alpha', 'beta', 'gamma' | Set-Content -Path lines.txt
switch -File lines.txt { 'beta' { 'found beta' } { $_.Length -gt 4 } { "long $_" } }
#=>
# long alpha
# found beta
# long gamma
---
# Source: about_Switch: the switch statement returns values that can be assigned
$r = switch ('b') { 'a' { 1 } 'b' { 2 } }
$r
#=>
# 2
---
# Source: about_For
for ($i = 0; $i -lt 3; $i++) { $i }
#=>
# 0
# 1
# 2
---
# Source: about_For: all parts of the for statement are optional
$i = 0
for (;;) { if ($i -ge 2) { break }; $i++ }
$i
#=>
# 2
---
# Source: about_Foreach
foreach ($letter in 'a', 'b', 'c') { $letter.ToUpper() }
#=>
# A
# B
# C
---
# Source: about_Foreach: a scalar runs once, $null does not run
foreach ($x in 5) { "got $x" }
foreach ($x in $null) { 'never' }
#=>
# got 5
---
# Source: about_Foreach: the loop variable keeps the last value after the loop
foreach ($n in 1..3) { }
$n
#=>
# 3
---
# Source: about_While
$i = 0
while ($i -lt 3) { $i; $i++ }
#=>
# 0
# 1
# 2
---
# Source: about_Do: do-while runs at least once
$i = 10
do { "ran with $i" } while ($i -lt 3)
#=>
# ran with 10
---
# Source: about_Do: do-until runs until the condition becomes true
$i = 0
do { $i++ } until ($i -ge 3)
$i
#=>
# 3
---
# Source: about_Break: the foreach example
$i=0
$varB = 10,20,30,40
foreach ($val in $varB) {
  if ($val -eq 30) {
    break
  }
  $i++
}
"30 was found in array index $i"
#=>
# 30 was found in array index 2
---
# Source: about_Continue
$i = 0
while ($i -lt 5) {
    $i++
    if ($i -eq 3) { continue }
    $i
}
#=>
# 1
# 2
# 4
# 5
---
# Source: about_Continue: continue with a label
:outer foreach ($i in 1..3) {
    foreach ($j in 1..3) {
        if ($j -eq 2) { continue outer }
        "$i$j"
    }
}
#=>
# 11
# 21
# 31
---
# Source: about_Break: labeled break leaves the outer loop
:red for ($i = 1; $i -le 3; $i++) {
    :yellow foreach ($j in 1..3) {
        if ($j -eq 2) { break yellow }
        if ($i -eq 2) { break red }
        "$i-$j"
    }
    "after yellow $i"
}
'after red'
#=>
# 1-1
# after yellow 1
# after red
---
# Source: about_Break: a label can pass control across function call boundaries
function inner { break outer }
:outer foreach ($i in 1..3) { $i; inner; 'not reached' }
'after'
#=>
# 1
# after
---
# Source: about_Break: break inside a ForEach-Object script block exits the enclosing loop
foreach ($i in 1..2) {
    1..3 | ForEach-Object { if ($_ -eq 2) { break }; $_ }
    'inner done'
}
'after'
#=>
# 1
# after
---
# Source: about_Break: break in a while loop
$i = 0
while ($true) { $i++; if ($i -eq 4) { break } }
$i
#=>
# 4
---
# Source: about_Foreach: a loop's output can be piped through a subexpression or assigned
$doubled = foreach ($n in 1..3) { $n * 2 }
$doubled.Count
$(foreach ($n in 1..3) { $n }) | ForEach-Object { $_ * 10 }
#=>
# 3
# 10
# 20
# 30
---
# Source: about_Automatic_Variables, "$foreach": the enumerator of a foreach loop
foreach ($n in 1..5) {
    if ($n -eq 2) { [void]$foreach.MoveNext() }
    $n
}
#=>
# 1
# 2
# 4
# 5
---
# Source: about_Automatic_Variables, "$switch": the enumerator of a switch statement
switch (1..4) {
    1 { [void]$switch.MoveNext(); "skipped to $($switch.Current)" }
    default { "value $_" }
}
#=>
# skipped to 2
# value 3
# value 4
