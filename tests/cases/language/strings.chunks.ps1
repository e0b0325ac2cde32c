# Source: about_Quoting_Rules, "Double-quoted strings"
$i = 5
"The value of $i is $i."
'The value of $i is $i.'
"The value of `$i is $i."
#=>
# The value of 5 is 5.
# The value of $i is $i.
# The value of $i is 5.
---
# Source: about_Quoting_Rules: subexpressions $() in double-quoted strings
"The value of $(2+3) is 5."
'The value of $(2+3) is 5.'
$s = 'abc'
"$s.Length"
"$($s.Length)"
"$s.ToUpper()"
"$($s.ToUpper())"
#=>
# The value of 5 is 5.
# The value of $(2+3) is 5.
# abc.Length
# 3
# abc.ToUpper()
# ABC
---
# Source: about_Quoting_Rules: ${name} delimits the variable name
$s = 'abc'
"${s}def"
"$sdef|"
#=>
# abcdef
# |
---
# Source: about_Quoting_Rules: only simple variable references are expanded, not indexes or properties
$arr = 1,2,3
"$arr[1]"
"$($arr[1])"
$h = @{a = 1}
"$h.a"
"$($h.a)"
#=>
# 1 2 3[1]
# 2
# System.Collections.Hashtable.a
# 1
---
# Source: about_Preference_Variables, "$OFS": arrays in strings are joined with $OFS (a space by default)
$arr = 1,2,3
"$arr"
$OFS = '-'
"$arr"
#=>
# 1 2 3
# 1-2-3
---
# Source: about_Quoting_Rules: statements inside a subexpression
"$(foreach ($n in 1..3) { $n * 2 })"
"$(if ($true) { 'yes' } else { 'no' })"
"[$(1; 2)]"
#=>
# 2 4 6
# yes
# [1 2]
---
# Source: about_Quoting_Rules: scoped and drive-qualified variables expand
$env:PYPOSH_TEST_VAR = 'bar'
"x$env:PYPOSH_TEST_VAR"
$global:gv = 'G'
"[$global:gv]"
#=>
# xbar
# [G]
---
# Source: about_Quoting_Rules: doubling the quote character
'It''s'
"say ""hi"""
"a`"b"
'a "quoted" word'
"a 'quoted' word"
#=>
# It's
# say "hi"
# a"b
# a "quoted" word
# a 'quoted' word
---
# Source: about_Special_Characters: escape sequences
"a`tb".Length
"`n".Length
[int][char]"`t"
[int][char]"`n"
[int][char]"`r"
[int][char]"`0"
[int][char]"`a"
[int][char]"`b"
[int][char]"`e"
[int][char]"`f"
[int][char]"`v"
"``"
"`$"
#=>
# 3
# 1
# 9
# 10
# 13
# 0
# 7
# 8
# 27
# 12
# 11
# `
# $
---
# Source: about_Special_Characters: `u{x} Unicode escape (PowerShell 6+)
"`u{41}`u{42}"
[int][char]"`u{2713}"
#=>
# AB
# 10003
---
# Source: about_Special_Characters: escapes are not processed in single-quoted strings; a backtick before a normal letter is dropped
'a`tb'
"`q"
#=>
# a`tb
# q
---
# Source: about_Quoting_Rules, "Here-strings"
$i = 5
@"
Line one $i
  "quoted" and 'single'
"@
@'
Line one $i
$(1+1)
'@
#=>
# Line one 5
#   "quoted" and 'single'
# Line one $i
# $(1+1)
---
# Source: about_Quoting_Rules: a here-string does not include the final newline
$h = @"
a
b
"@
$h.Length
$h.Split("`n").Count
#=>
# 3
# 2
---
# Source: about_Quoting_Rules: an empty here-string
$e = @"
"@
$e.Length
#=>
# 0
---
# Source: about_Quoting_Rules: a lone $ is literal
"100$"
"a $ b"
"cost: $ 5"
#=>
# 100$
# a $ b
# cost: $ 5
---
# Source: about_Quoting_Rules: numbers in strings use the invariant culture
"$(1.5)"
"$(1e3)"
"$(1/4)"
"$([int]::MaxValue + 1)"
#=>
# 1.5
# 1000
# 0.25
# 2147483648
---
# Source: about_Quoting_Rules: $null expands to an empty string, $true to True
"[$null]"
"[$true]"
"[$false]"
#=>
# []
# [True]
# [False]
---
# Source: about_Quoting_Rules: properties of objects need a subexpression
$p = [pscustomobject]@{ Name = 'x'; Size = 3 }
"Name: $($p.Name), Size: $($p.Size)"
#=>
# Name: x, Size: 3
---
# Source: about_Parsing: the backtick continues a line
$x = 1 + `
  2
$x
Write-Output `
  'continued'
#=>
# 3
# continued
---
# Source: about_Parsing: argument mode; bare words are strings, $() and variables expand
Write-Output hello
Write-Output hello world
$n = 'x'
Write-Output pre$n
Write-Output "$n-$n"
Write-Output $n-suffix
Write-Output (1 + 2)
Write-Output 1+2
#=>
# hello
# hello
# world
# prex
# x-x
# x-suffix
# 3
# 1+2
---
# Source: about_Parsing: numbers in argument mode stay numbers; quoted numbers are strings
function t { $args[0].GetType().Name }
t 42
t '42'
t 4.5
t 42abc
#=>
# Int32
# String
# Double
# String
---
# Source: about_Comments: line and block comments
'a' # trailing comment
<# a block
   comment #> 'b'
#=>
# a
# b
---
# Source: about_Special_Characters: a backtick escapes a space in argument mode
Write-Output a` b
#=>
# a b
---
# Source: String methods through the .NET adapter (about_Methods)
'Hello'.ToUpper()
'Hello'.Length
'Hello'.Substring(1, 3)
'Hello'.Replace('l', 'L')
'a,b,c'.Split(',')[1]
'  pad  '.Trim()
'Hello'.StartsWith('He')
'Hello'.Contains('ell')
'Hello'.IndexOf('l')
'7'.PadLeft(3, '0')
[string]::Join('-', 'a', 'b')
[string]::IsNullOrEmpty('')
#=>
# HELLO
# 5
# ell
# HeLLo
# b
# pad
# True
# True
# 2
# 007
# a-b
# True
---
# Source: about_Operators: indexing into strings gives chars
'abc'[0]
'abc'[-1]
'abc'[0].GetType().Name
('abc'[0..1]) -join ''
[char]65
[int][char]'A'
#=>
# a
# c
# Char
# ab
# A
# 65
---
# Source: about_Quoting_Rules: string concatenation with + converts the right operand
'a' + 1 + 2
'x' + $null + 'y'
'n=' + (1,2,3)
#=>
# a12
# xy
# n=1 2 3
---
# Source: about_Quoting_Rules: ExpandString expands variables in a single-quoted template
$i = 7
$ExecutionContext.InvokeCommand.ExpandString('i is $i')
#=>
# i is 7
---
# Source: about_Preference_Variables, "$OFS" example: a [string] cast also uses $OFS
$array = 1,2,3,4
[string]$array
$OFS = "+"
[string]$array
#=>
# 1 2 3 4
# 1+2+3+4
