# Source: .NET API docs, Math.Round (MidpointRounding.ToEven by default, digits overload scales by 10^digits in Double: 2.675*100 is 267.5, AwayFromZero)
[math]::Round(2.5)
[math]::Round(3.5)
[math]::Round(-2.5)
[math]::Round(2.4)
[math]::Round(1.2345, 2)
[math]::Round(2.675, 2)
[math]::Round(0.125, 2)
[math]::Round(2.5, [MidpointRounding]::AwayFromZero)
[math]::Round(1.005, 2, [MidpointRounding]::AwayFromZero)
[math]::Round(1234.5678, 0)
#=>
# 2
# 4
# -2
# 2
# 1.23
# 2.68
# 0.12
# 3
# 1
# 1235
---
# Source: .NET API docs, Math.Floor / Ceiling / Truncate / Abs / Sign
[math]::Floor(2.7)
[math]::Floor(-2.7)
[math]::Ceiling(2.1)
[math]::Ceiling(-2.1)
[math]::Truncate(-2.7)
[math]::Truncate(2.7)
[math]::Abs(-5)
[math]::Abs(-5.5)
[math]::Sign(-3)
[math]::Sign(0)
[math]::Sign(2.5)
#=>
# 2
# -3
# 3
# -2
# -2
# 2
# 5
# 5.5
# -1
# 0
# 1
---
# Source: .NET API docs, Math.Pow / Sqrt / Max / Min / Exp / Log / Log10
[math]::Pow(2, 10)
[math]::Pow(2, 0.5)
[math]::Sqrt(16)
[math]::Sqrt(2)
[math]::Max(3, 7)
[math]::Min(3, 7)
[math]::Max(2.5, 1)
[math]::Exp(1)
[math]::Log(100)
[math]::Log(8, 2)
[math]::Log10(1000)
[math]::Sqrt(-1)
#=>
# 1024
# 1.4142135623731
# 4
# 1.4142135623731
# 7
# 3
# 2.5
# 2.71828182845905
# 4.60517018598809
# 3
# 3
# NaN
---
# Source: .NET API docs, Math.PI and Math.E
[math]::PI
[math]::E
[math]::PI.GetType().Name
'{0:N4}' -f [math]::PI
#=>
# 3.14159265358979
# 2.71828182845905
# Double
# 3.1416
---
# Source: .NET API docs, Math return types (Pow returns Double; Abs, Max keep the argument type)
[math]::Pow(2, 3).GetType().Name
[math]::Abs(-5).GetType().Name
[math]::Max(1, 2).GetType().Name
[math]::Floor(2.5).GetType().Name
[math]::Round([decimal]2.345, 2)
[math]::Round([decimal]2.345, 2).GetType().Name
[math]::Floor([decimal]2.5).GetType().Name
#=>
# Double
# Int32
# Int32
# Double
# 2.34
# Decimal
# Decimal
---
# Source: .NET API docs, Int32.MaxValue / MinValue, Int64, Double, Byte limits
[int]::MaxValue
[int]::MinValue
[long]::MaxValue
[byte]::MaxValue
[double]::MaxValue
[int16]::MaxValue
#=>
# 2147483647
# -2147483648
# 9223372036854775807
# 255
# 1.79769313486232E+308
# 32767
---
# Source: about_Arithmetic_Operators (integer overflow widens to Double; [int]::MaxValue + 1)
([int]::MaxValue + 1).GetType().Name
[int]::MaxValue + 1
#=>
# Double
# 2147483648
---
# Source: .NET API docs, Int32.Parse / TryParse and Double.Parse
[int]::Parse('42') + 1
[double]::Parse('3.5') * 2
$n = 0
[int]::TryParse('123', [ref]$n)
$n
[int]::TryParse('abc', [ref]$n)
$n
#=>
# 43
# 7
# True
# 123
# False
# 0
---
# Source: .NET API docs, Convert.ToInt32(string, int) and Convert.ToString(int, int)
[convert]::ToInt32('ff', 16)
[convert]::ToInt32('1010', 2)
[convert]::ToInt32('777', 8)
[convert]::ToString(255, 16)
[convert]::ToString(10, 2)
[convert]::ToString(8, 8)
[convert]::ToInt32('42')
[convert]::ToInt32(3.5)
[convert]::ToInt32(4.5)
[convert]::ToDouble('2.5')
[convert]::ToBoolean('true')
#=>
# 255
# 10
# 511
# ff
# 1010
# 10
# 42
# 4
# 4
# 2.5
# True
---
# Source: .NET API docs, Convert.ToBase64String / FromBase64String with Encoding.UTF8
$bytes = [System.Text.Encoding]::UTF8.GetBytes('Hello')
$bytes.GetType().Name
$bytes -join ','
$b64 = [convert]::ToBase64String($bytes)
$b64
$back = [convert]::FromBase64String($b64)
[System.Text.Encoding]::UTF8.GetString($back)
[text.encoding]::UTF8.GetString([convert]::FromBase64String('w6k='))
[text.encoding]::UTF8.GetBytes('é').Count
[text.encoding]::ASCII.GetBytes('AB') -join ','
[text.encoding]::Unicode.GetBytes('A') -join ','
#=>
# Byte[]
# 72,101,108,108,111
# SGVsbG8=
# Hello
# é
# 2
# 65,66
# 65,0
---
# Source: .NET API docs, Char methods and [char] conversions
[char]65
[int][char]'A'
[char]::IsDigit('5')
[char]::IsLetter('a')
[char]::IsUpper('a')
[char]::ToUpper('b')
[char]::IsWhiteSpace(' ')
([char]'a').GetType().Name
[char]'a' + 1
[char]::ConvertFromUtf32(0x263A)
#=>
# A
# 65
# True
# True
# False
# B
# True
# Char
# 98
# ☺
---
# Source: about_Arithmetic_Operators (division yields Double when not exact; [int] rounds half to even)
7 / 2
(6 / 2).GetType().Name
(7 / 2).GetType().Name
[int]2.5
[int]3.5
[int]'7'
[long]'9000000000'
7 % 3
#=>
# 3.5
# Int32
# Double
# 2
# 4
# 7
# 9000000000
# 1
