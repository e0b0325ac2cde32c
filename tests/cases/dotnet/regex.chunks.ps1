# Source: .NET API docs, Regex.Match with Groups, Value, Index, Length, Success
$m = [regex]::Match('Order 42 shipped on 2024-03-15', '(\d{4})-(\d{2})-(\d{2})')
$m.Success
$m.Value
$m.Index
$m.Length
$m.Groups.Count
$m.Groups[1].Value
$m.Groups[3].Value
$m.Groups[2].Index
#=>
# True
# 2024-03-15
# 20
# 10
# 4
# 2024
# 15
# 25
---
# Source: .NET API docs, Regex named groups (Groups['name'])
$m = [regex]::Match('john@example.com', '(?<user>[^@]+)@(?<host>.+)')
$m.Groups['user'].Value
$m.Groups['host'].Value
$m.Groups['host'].Name
#=>
# john
# example.com
# host
---
# Source: .NET API docs, Regex.Match when nothing matches (Success false, Value empty)
$m = [regex]::Match('abc', '\d+')
$m.Success
"[$($m.Value)]"
$m.Index
#=>
# False
# []
# 0
---
# Source: .NET API docs, Regex.Matches (a MatchCollection; Count; each Match)
$ms = [regex]::Matches('a1b22c333', '\d+')
$ms.Count
$ms | ForEach-Object { "$($_.Value)@$($_.Index)" }
$ms[1].Value
($ms | ForEach-Object Value) -join ','
#=>
# 3
# 1@1
# 22@3
# 333@6
# 22
# 1,22,333
---
# Source: .NET API docs, Regex.Replace (with $1 substitutions and a MatchEvaluator scriptblock)
[regex]::Replace('2024-03-15', '(\d+)-(\d+)-(\d+)', '$3/$2/$1')
[regex]::Replace('hello world', '\b\w', { param($m) $m.Value.ToUpper() })
[regex]::Replace('aaa', 'a', 'b')
[regex]::Replace('Hello', 'h', 'J', 'IgnoreCase')
#=>
# 15/03/2024
# Hello World
# bbb
# Jello
---
# Source: .NET API docs, Regex.Split, Regex.Escape, Regex.IsMatch, Regex.Unescape
[regex]::Split('a1b2c3', '\d') -join '|'
[regex]::Split('one, two,three', ',\s*') -join '|'
[regex]::Escape('a.b*c(d)')
[regex]::Escape('1+1=2?')
[regex]::IsMatch('abc123', '^\w+\d+$')
[regex]::IsMatch('ABC', 'abc')
[regex]::IsMatch('ABC', 'abc', 'IgnoreCase')
[regex]::Unescape('a\.b')
#=>
# a|b|c|
# one|two|three
# a\.b\*c\(d\)
# 1\+1=2\?
# True
# False
# True
# a.b
---
# Source: .NET API docs, Regex instance members ([regex] cast, Match, Matches, Replace, IsMatch, ToString)
$re = [regex]'(\w)(\d)'
$re.IsMatch('a1')
$re.Match('xx b2').Groups[1].Value
$re.Matches('a1 b2 c3').Count
$re.Replace('a1 b2', '$2$1')
$re.ToString()
$re.GetType().FullName
$re2 = [regex]::new('^x', 'IgnoreCase, Multiline')
$re2.Options
#=>
# True
# b
# 3
# 1a 2b
# (\w)(\d)
# System.Text.RegularExpressions.Regex
# IgnoreCase, Multiline
---
# Source: about_Regular_Expressions (-match fills $Matches; -replace uses .NET substitutions)
'Version 7.4.1' -match '(?<major>\d+)\.(?<minor>\d+)'
$Matches.major
$Matches[0]
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'a.b.c' -split '\.'
#=>
# True
# 7
# 7.4
# Smith, John
# a
# b
# c
---
# Source: .NET API docs, Match.NextMatch and Group.Captures
$m = [regex]::Match('a1 b2', '\w\d')
$m.Value
$m.NextMatch().Value
$m.NextMatch().NextMatch().Success
$c = [regex]::Match('abc', '(\w)+')
$c.Groups[1].Captures.Count
$c.Groups[1].Value
#=>
# a1
# b2
# False
# 3
# c
