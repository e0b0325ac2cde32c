# Source: .NET API docs, System.String methods (ToUpper, ToLower, Trim, TrimStart, TrimEnd)
$s = '  Hello World  '
"[$($s.ToUpper())]"
"[$($s.ToLower())]"
"[$($s.Trim())]"
"[$($s.TrimStart())]"
"[$($s.TrimEnd())]"
#=>
# [  HELLO WORLD  ]
# [  hello world  ]
# [Hello World]
# [Hello World  ]
# [  Hello World]
---
# Source: .NET API docs, String.Trim(char[]) / TrimStart(char) / TrimEnd(char[])
'xxabcxx'.Trim('x')
'--==abc==--'.Trim('-', '=')
'000123'.TrimStart('0')
'path\\'.TrimEnd('\')
'a.b.c...'.TrimEnd('.')
#=>
# abc
# abc
# 123
# path
# a.b.c
---
# Source: .NET API docs, String.Split(char[]) and String.Split(string[], StringSplitOptions)
$parts = 'a,b,,c'.Split(',')
$parts.Count
$parts -join '|'
'a b  c'.Split(' ', [StringSplitOptions]::RemoveEmptyEntries) -join '|'
'one::two::three'.Split('::') -join '|'
'a;b,c'.Split(';,'.ToCharArray()) -join '|'
'a,b,c,d'.Split(',', 2) -join '|'
#=>
# 4
# a|b||c
# a|b|c
# one|two|three
# a|b|c
# a|b,c,d
---
# Source: .NET API docs, String.Replace(string, string) (ordinal, case-sensitive)
'Hello World'.Replace('World', 'There')
'aaa'.Replace('a', 'bb')
'Hello'.Replace('h', 'J')
'a-b-c'.Replace('-', '')
'abc'.Replace('b', $null)
#=>
# Hello There
# bbbbbb
# Hello
# abc
# ac
---
# Source: .NET API docs, String.Contains / StartsWith / EndsWith (case-sensitive ordinal)
'Hello'.Contains('ell')
'Hello'.Contains('ELL')
'Hello'.StartsWith('He')
'Hello'.StartsWith('he')
'Hello'.StartsWith('he', [StringComparison]::OrdinalIgnoreCase)
'Hello'.EndsWith('lo')
'Hello'.EndsWith('LO')
'Hello'.Contains('ELL', [StringComparison]::OrdinalIgnoreCase)
#=>
# True
# False
# True
# False
# True
# True
# False
# True
---
# Source: .NET API docs, String.IndexOf / LastIndexOf
'Hello World'.IndexOf('o')
'Hello World'.IndexOf('o', 5)
'Hello World'.IndexOf('z')
'Hello World'.LastIndexOf('o')
'Hello World'.IndexOf('World')
'Hello World'.LastIndexOf('l')
'Hello World'.IndexOf([char]'W')
'Hello World'.IndexOfAny([char[]]'lo')
#=>
# 4
# 7
# -1
# 7
# 6
# 9
# 6
# 2
---
# Source: .NET API docs, String.Substring(int) and Substring(int, int)
'Hello World'.Substring(6)
'Hello World'.Substring(0, 5)
'Hello World'.Substring(3, 2)
#=>
# World
# Hello
# lo
---
# Source: .NET API docs, String.Substring: startIndex + length beyond the string throws ArgumentOutOfRangeException
try { 'abc'.Substring(2, 5) } catch { $_.Exception.GetType().Name; $_.Exception.InnerException.GetType().Name }
#=>
# MethodInvocationException
# ArgumentOutOfRangeException
---
# Source: .NET API docs, String.PadLeft / PadRight
"[$('42'.PadLeft(5))]"
"[$('42'.PadLeft(5, '0'))]"
"[$('ab'.PadRight(5))]"
"[$('ab'.PadRight(5, '.'))]"
"[$('abcdef'.PadLeft(3))]"
#=>
# [   42]
# [00042]
# [ab   ]
# [ab...]
# [abcdef]
---
# Source: .NET API docs, String.Insert / Remove
'Hello World'.Insert(5, ',')
'Hello World'.Remove(5)
'Hello World'.Remove(0, 6)
#=>
# Hello, World
# Hello
# World
---
# Source: .NET API docs, String.Length and String.ToCharArray
'Hello'.Length
''.Length
$chars = 'abc'.ToCharArray()
$chars.Count
$chars[1]
$chars.GetType().Name
$chars[0].GetType().Name
#=>
# 5
# 0
# 3
# b
# Char[]
# Char
---
# Source: .NET API docs, String.Equals and String.CompareTo
'abc'.Equals('abc')
'abc'.Equals('ABC')
'abc'.Equals('ABC', [StringComparison]::OrdinalIgnoreCase)
'a'.CompareTo('b')
'b'.CompareTo('a')
'a'.CompareTo('a')
#=>
# True
# False
# True
# -1
# 1
# 0
---
# Source: .NET API docs, String.Join
[string]::Join(', ', @('a', 'b', 'c'))
[string]::Join('-', 1, 2, 3)
[string]::Join('', 'x', 'y')
#=>
# a, b, c
# 1-2-3
# xy
---
# Source: .NET API docs, String.IsNullOrEmpty / IsNullOrWhiteSpace
[string]::IsNullOrEmpty('')
[string]::IsNullOrEmpty($null)
[string]::IsNullOrEmpty(' ')
[string]::IsNullOrWhiteSpace(' ')
[string]::IsNullOrWhiteSpace("`t`n")
[string]::IsNullOrWhiteSpace('a')
#=>
# True
# True
# False
# True
# True
# False
---
# Source: .NET API docs, String.Format and composite formatting
[string]::Format('{0} + {1} = {2}', 1, 2, 3)
[string]::Format('{0,5}|{1,-5}|', 'a', 'b')
[string]::Format('{0:N2}', 1234.5678)
[string]::Format('{0:D4}', 42)
[string]::Format('{{literal}} {0}', 'x')
#=>
# 1 + 2 = 3
#     a|b    |
# 1,234.57
# 0042
# {literal} x
---
# Source: .NET API docs, String.Concat and String.Empty
[string]::Concat('a', 'b', 'c')
[string]::Concat(1, 2)
"[$([string]::Empty)]"
[string]::Empty.Length
[string]::Empty -eq ''
#=>
# abc
# 12
# []
# 0
# True
---
# Source: .NET API docs, String.ToUpperInvariant / ToLowerInvariant / Chars indexer
'MiXeD'.ToUpperInvariant()
'MiXeD'.ToLowerInvariant()
'Hello'[1]
'Hello'[-1]
'Hello'.Chars(0)
#=>
# MIXED
# mixed
# e
# o
# H
---
# Source: .NET API docs, String.Split with no arguments splits on white space
'a b	c'.Split() -join '|'
'a  b'.Split().Count
#=>
# a|b|c
# 3
---
# Source: .NET API docs, String.Replace(string, string, StringComparison)
'Hello World'.Replace('WORLD', 'There', [StringComparison]::OrdinalIgnoreCase)
#=>
# Hello There
---
# Source: PowerShell 7 (string methods on the value; GetType)
'abc'.GetType().FullName
'abc'.GetType().Name
#=>
# System.String
# String
