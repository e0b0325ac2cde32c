# Source: about_Arithmetic_Operators (7.4), first examples
6 + 2
"file" + "name"
6 - 2
- -6
6 * 2
6 / 2
7 % 2
#=>
# 8
# filename
# 4
# 6
# 12
# 3
# 1
---
# Source: about_Arithmetic_Operators, "Operator precedence"
3+6/3*4
3+6/(3*4)
(3+6)/3*4
#=>
# 11
# 3.5
# 12
---
# Source: about_Arithmetic_Operators: the leftmost operand decides the operation
"file" + 16
"3" + 4
3 + "4"
"file" * 3
(@("!") * 4) -join ''
+ '123'
#=>
# file16
# 34
# 7
# filefilefile
# !!!!
# 123
---
# Source: about_Arithmetic_Operators: arrays on the left
$array = 1,2,3
($array + 16) -join ','
($array + "file") -join ','
($array * 2) -join ','
#=>
# 1,2,3,16
# 1,2,3,file
# 1,2,3,1,2,3
---
# Source: about_Break (trap example output): doubles print with 15 significant digits
1 / 3
1 / 2
#=>
# 0.333333333333333
# 0.5
---
# Source: about_Arithmetic_Operators, "Division and rounding"
[int]( 5 / 2 )
[int]( 7 / 2 )
7 / 2
(6 / 2).GetType().Name
(7 / 2).GetType().Name
#=>
# 2
# 4
# 3.5
# Int32
# Double
---
# Source: about_Arithmetic_Operators, "Type conversion to accommodate result"
2 + 3.1
(2).GetType().FullName
(2 + 3.1).GetType().FullName
(512MB).GetType().FullName
(512MB * 512MB).GetType().FullName
([int32]::minvalue + [uint32]::maxvalue).gettype().fullname
(9223372036854775807 + 2).GetType().FullName
#=>
# 5.1
# System.Int32
# System.Double
# System.Int32
# System.Double
# System.Int64
# System.Double
---
# Source: about_Arithmetic_Operators: Decimal operands give Decimal; [bigint] truncates
(1d + 2).GetType().Name
[bigint]1 / 1.9
1 / [int]1.9
#=>
# Decimal
# 1
# 0.5
---
# Source: about_Arithmetic_Operators, "Bitwise operators" table
10 -band 3
10 -bor 3
10 -bxor 3
-bNot 10
102 -shl 2
102 -shr 1
5 -bor 0x03
#=>
# 2
# 11
# 9
# -11
# 408
# 51
# 7
---
# Source: about_Arithmetic_Operators: adding hash tables
$hash1 = @{a=1; b=2; c=3}
$hash2 = @{c1="Server01"; c2="Server02"}
$sum = $hash1 + $hash2
$sum.Count
$sum.c2
$hash1.Count
#=>
# 5
# Server02
# 3
---
# Source: about_Arithmetic_Operators: duplicate keys fail, other types cannot be added to a hash table
try { @{a=1; c=3} + @{c="Server02"} } catch { $_.Exception.Message }
try { @{a=1} + 2 } catch { $_.Exception.Message }
#=>
# Item has already been added. Key in dictionary: 'c'  Key being added: 'c'
# A hash table can only be added to another hash table.
---
# Source: about_Arithmetic_Operators: a hash table added to an array becomes one element
$array2 = @(0, "Hello") + @{a=1; b=2}
$array2.Count
$array2[2].GetType().Name
#=>
# 3
# Hashtable
---
# Source: about_Operator_Precedence examples
2 + 3 * 4
(2 + 3) * 4
2 -gt 4 -and 1
2 -gt (4 -and 1)
[string]@('Windows','PowerShell','2.0')[0]
([string]@('Windows','PowerShell','2.0'))[0]
#=>
# 14
# 20
# False
# True
# Windows
# W
---
# Source: about_Operator_Precedence: -f binds tighter than +, the comma tighter than +
'{0}' -f 1 + 1
(1,2 + 3).Count
#=>
# 11
# 3
---
# Source: about_Comparison_Operators: a collection on the left filters
1,2,3,4 -gt 2
'a','b','a' -eq 'a'
(1,$null,2,$null -eq $null).Count
#=>
# 3
# 4
# a
# a
# 2
---
# Source: about_Comparison_Operators: case-insensitive by default; c-prefixed operators are case-sensitive
'abc' -eq 'ABC'
'abc' -ieq 'ABC'
'abc' -ceq 'ABC'
'abc' -ne 'abd'
#=>
# True
# True
# False
# True
---
# Source: about_Comparison_Operators: the right operand is converted to the type of the left one
'10' -lt 9
10 -lt '9'
'1.0' -eq 1
1 -eq '1'
$null -eq 0
#=>
# True
# False
# False
# True
# False
---
# Source: about_Comparison_Operators: -like / -notlike with wildcards
'Hello' -like 'h*'
'Hello' -clike 'h*'
'b1' -like '[a-c]?'
'abc' -notlike '*d*'
'file.txt','a.ps1','b.TXT' -like '*.txt'
'a*b' -like 'a`*b'
'axb' -like 'a`*b'
#=>
# True
# False
# True
# True
# file.txt
# b.TXT
# True
# False
---
# Source: about_Comparison_Operators: -match sets $Matches
'Sunday' -match 'sun'
$Matches[0]
'Sunday' -cmatch 'sun'
'abc' -notmatch 'x'
#=>
# True
# Sun
# False
# True
---
# Source: about_Comparison_Operators / about_Regular_Expressions: named captures in $Matches
if ('John Smith' -match '(?<first>\w+) (?<last>\w+)') {
    $Matches.last
    $Matches['first']
    $Matches[0]
    $Matches.Count
}
#=>
# Smith
# John
# John Smith
# 3
---
# Source: about_Comparison_Operators: -match on a collection filters and does not set $Matches
$Matches = $null
'a1','b2','c' -match '\d'
$null -eq $Matches
#=>
# a1
# b2
# True
---
# Source: about_Comparison_Operators: containment operators
1,2,3 -contains 2
'1','2' -contains 2
'abc' -contains 'a'
2 -in 1,2,3
4 -notin 1,2,3
1,2,3 -notcontains 5
#=>
# True
# True
# False
# True
# True
# True
---
# Source: about_Comparison_Operators, "Replacement operator"
'Hello World' -replace 'World','There'
'ABC' -replace 'b','x'
'ABC' -creplace 'b','x'
'a.b.c' -replace '\.'
'aa','ba' -replace 'a','x'
#=>
# Hello There
# AxC
# ABC
# abc
# xx
# bx
---
# Source: about_Comparison_Operators: substitutions $1, ${name}, $$, $0 in -replace
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'2024-05-06' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}/${m}/${y}'
'abc' -replace 'b', '$$'
'abc' -replace 'b', '$0$0'
"cost 5" -replace '(\d)', "`$1!"
#=>
# Smith, John
# 06/05/2024
# a$c
# abbc
# cost 5!
---
# Source: about_Comparison_Operators: a script block as the substitution (PowerShell 6+)
'a1b2' -replace '\d', { [int]$_.Value * 10 }
'hello world' -replace '\b\w', { $_.Value.ToUpper() }
#=>
# a10b20
# Hello World
---
# Source: about_Split examples
"Lastname:FirstName:Address" -split ":"
"Lastname:FirstName:Address" -split "(:)"
#=>
# Lastname
# FirstName
# Address
# Lastname
# :
# FirstName
# :
# Address
---
# Source: about_Split: max substrings, negative max, per-string limit
"a,b,c,d,e,f,g,h" -split ",", 3
"a,b,c,d,e,f,g,h" -split ",", -3
"a,b,c,d", "e,f,g,h" -split ",", 3
#=>
# a
# b
# c,d,e,f,g,h
# a,b,c,d,e,f
# g
# h
# a
# b
# c,d
# e
# f
# g,h
---
# Source: about_Split: unary -split, SimpleMatch, -cSplit, escaped dot
-split "red yellow blue green"
-split "1 2", "a b"
"This.is.a.test" -split ".", 0, "simplematch"
"This.is.a.test" -split "\."
"Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune" -cSplit 'N'
#=>
# red
# yellow
# blue
# green
# 1
# 2
# a b
# This
# is
# a
# test
# This
# is
# a
# test
# Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,
# eptune
---
# Source: about_Split: an empty substring is kept when the delimiter ends the string
('a1b2c3' -split '\d') -join '|'
('a,,b' -split ',').Count
#=>
# a|b|c|
# 3
---
# Source: about_Join
-join ("a", "b", "c")
(1,2,3) -join '+'
"Windows", "PowerShell" -join " "
('a' -join ',').GetType().Name
#=>
# abc
# 1+2+3
# Windows PowerShell
# String
---
# Source: about_Operators, "Format operator -f" (.NET composite format strings)
'{0,5}|{1,-5}|' -f 'ab','cd'
'{0:N2}' -f 1234.567
'{0:N0}' -f 1234567
'{0:X}' -f 255
'{0:x4}' -f 255
'{0:D5}' -f 42
'{0:F3}' -f [math]::PI
'{0:0.00}' -f 2.5
'{0} {1} {0}' -f 'a','b'
'{{0}}' -f 1
'{0}-{1}' -f (1,2)
#=>
#    ab|cd   |
# 1,234.57
# 1,234,567
# FF
# 00ff
# 00042
# 3.142
# 2.50
# a b a
# {0}
# 1-2
---
# Source: about_Type_Operators: -is, -isnot, -as
42 -is [int]
'42' -is [int]
3 -isnot [string]
@() -is [array]
[int] -is [type]
('42' -as [int]).GetType().Name
'42' -as [int]
1.5 -as [int]
$null -eq ('abc' -as [int])
(123 -as [string]).GetType().Name
#=>
# True
# False
# True
# True
# True
# Int32
# 42
# 2
# True
# String
---
# Source: about_Operators, "Range operator .."
(1..5) -join ','
(5..1) -join ','
(-2..2) -join ','
('a'..'e') -join ''
(1..3).GetType().Name
#=>
# 1,2,3,4,5
# 5,4,3,2,1
# -2,-1,0,1,2
# abcde
# Object[]
---
# Source: about_Operators, "Null-coalescing operator ??"
$x = $null
$x ?? 100
$y = 0
$y ?? 100
$null ?? $null ?? 'third'
('' ?? 'not used').Length
#=>
# 100
# 0
# third
# 0
---
# Source: about_Operators / about_Assignment_Operators, "Null-coalescing assignment operator ??="
$x = $null
$x ??= 100
$x
$x ??= 200
$x
#=>
# 100
# 100
---
# Source: about_Operators, "Ternary operator ? <if-true> : <if-false>"
$n = 5
($n -gt 3) ? 'big' : 'small'
$n -lt 3 ? 'big' : 'small'
$true ? ($false ? 1 : 2) : 3
#=>
# big
# small
# 2
---
# Source: about_Operators: the right operand of ?? is evaluated only when needed
function side { 'side effect'; 'value' }
$v = 'left' ?? (side)
$v
#=>
# left
---
# Source: about_Logical_Operators
(1 -eq 1) -and (2 -eq 2)
(1 -eq 1) -or (1 -eq 2)
$true -xor $true
-not $true
!0
!'a'
1 -and 0
#=>
# True
# True
# False
# False
# True
# False
# False
---
# Source: about_Logical_Operators: -and / -or short-circuit
function noisy { 'called'; $true }
$r = $false -and (noisy)
$r
$r = $true -or (noisy)
$r
#=>
# False
# True
---
# Source: about_Operators: unary comma makes a one-element array; @() always gives an array
(,1).GetType().Name
(,1).Count
@(1).Count
@().Count
@(@(1,2)).Count
#=>
# Object[]
# 1
# 1
# 0
# 2
---
# Source: about_Operators: index operator, negative indexes and slices
$a = 10,20,30,40
$a[0]
$a[-1]
$a[1..2] -join ','
$a[-1..-2] -join ','
$a[0,3] -join ','
$null -eq $a[10]
#=>
# 10
# 40
# 20,30
# 40,30
# 10,40
# True
---
# Source: about_Operators: null-conditional member access ?. and ?[]
$o = $null
${o}?.Length
$null -eq ${o}?[0]
$s = 'abc'
${s}?.Length
#=>
# True
# 3
---
# Source: about_Operators, "Static member operator ::"
[math]::Max(3, 7)
[int]::MaxValue
[string]::IsNullOrEmpty('')
#=>
# 7
# 2147483647
# True
