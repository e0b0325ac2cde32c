# Source: about_Type_Accelerators and Object.GetType() (Name and FullName PowerShell shows)
(1).GetType().Name
(1).GetType().FullName
(10000000000).GetType().Name
(1.5).GetType().Name
(1d).GetType().Name
'x'.GetType().Name
$true.GetType().Name
@(1, 2).GetType().Name
@{}.GetType().Name
([ordered]@{}).GetType().FullName
([pscustomobject]@{ a = 1 }).GetType().Name
([pscustomobject]@{ a = 1 }).GetType().FullName
{ 1 }.GetType().Name
(Get-Date).GetType().Name
[char]'a' | ForEach-Object { $_.GetType().Name }
#=>
# Int32
# System.Int32
# Int64
# Double
# Decimal
# String
# Boolean
# Object[]
# Hashtable
# System.Collections.Specialized.OrderedDictionary
# PSCustomObject
# System.Management.Automation.PSCustomObject
# ScriptBlock
# DateTime
# Char
---
# Source: about_Type_Accelerators ([int] [long] [double] [decimal] [byte] conversions)
[int]'42'
[int]' 42 '
[int]3.7
[long]'123456789012'
[double]'1e3'
[decimal]'0.1' + [decimal]'0.2'
[byte]255
[int]'0x1F'
[double]'-1.5'
#=>
# 42
# 42
# 4
# 123456789012
# 1000
# 0.3
# 255
# 31
# -1.5
---
# Source: about_Type_Conversion (failed conversions raise InvalidArgument / InvalidCastException)
try { [int]'abc' } catch { $_.Exception.Message }
try { [byte]256 } catch { $_.FullyQualifiedErrorId }
#=>
# Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
# InvalidCastIConvertible
---
# Source: about_Booleans ([bool] conversion rules)
[bool]0
[bool]1
[bool]''
[bool]'false'
[bool]$null
[bool]@()
[bool]@(0)
[bool]@(1, 2)
[bool][pscustomobject]@{}
#=>
# False
# True
# False
# True
# False
# False
# False
# True
# True
---
# Source: about_Type_Accelerators ([string] and [char] conversions)
[string]42
[string]1.5
[string]$null -eq ''
[string](1, 2, 3)
[char]'x'
[char]97
[string][char]65
[char[]]'abc' -join '-'
#=>
# 42
# 1.5
# True
# 1 2 3
# x
# a
# A
# a-b-c
---
# Source: about_Type_Accelerators ([array], [hashtable], [ordered] casts)
$a = [array]5
$a.GetType().Name
$a.Count
([array]$null).Count
$h = [hashtable]@{ a = 1 }
$h.GetType().Name
$o = [ordered]@{ b = 1; a = 2 }
$o.Keys -join ','
#=>
# Object[]
# 1
# 0
# Hashtable
# b,a
---
# Source: about_PSCustomObject ([pscustomobject] hashtable cast keeps key order; [psobject])
$p = [pscustomobject]@{ Name = 'x'; Size = 3 }
$p.Name
$p.Size
$p.psobject.Properties.Name -join ','
$p -is [pscustomobject]
$p -is [psobject]
([psobject]5).GetType().Name
#=>
# x
# 3
# Name,Size
# True
# True
# Int32
---
# Source: about_Type_Operators (-is, -isnot, -as)
5 -is [int]
5 -is [long]
5 -is [ValueType]
'a' -is [string]
'a' -isnot [int]
@() -is [array]
@{} -is [hashtable]
@{} -is [System.Collections.IDictionary]
'5' -as [int]
('5' -as [int]).GetType().Name
$null -eq ('abc' -as [int])
'1.5' -as [double]
(3.7 -as [int])
'2024-01-02' -as [datetime] -is [datetime]
#=>
# True
# False
# True
# True
# True
# True
# True
# True
# 5
# Int32
# True
# 1.5
# 4
# True
---
# Source: about_Type_Accelerators ([datetime], [timespan], [regex], [scriptblock], [guid], [version] casts)
([datetime]'2024-02-29').DayOfYear
([timespan]'00:10:00').TotalSeconds
([regex]'\d+').Match('ab12').Value
$sb = [scriptblock]::Create('1 + 1')
& $sb
$sb.GetType().FullName
[scriptblock]::Create('param($x) $x * 2').Invoke(21)
([guid]'00000000-0000-0000-0000-000000000001').GetType().Name
([version]'7.4.1').Minor
#=>
# 60
# 600
# 12
# 2
# System.Management.Automation.ScriptBlock
# 42
# Guid
# 4
---
# Source: about_Type_Accelerators ([type[]] arrays of types; [type] names)
$types = [type[]]([int], [string], 'double')
$types.Count
$types[2].FullName
$types.GetType().Name
[int].Name
[int].FullName
[string[]].Name
[System.Collections.Generic.List[int]].Name
[hashtable].FullName
[type]'int' -eq [int]
#=>
# 3
# System.Double
# Type[]
# Int32
# System.Int32
# String[]
# List`1
# System.Collections.Hashtable
# True
---
# Source: about_Type_Accelerators ([xml]; XML elements are navigated as properties)
$x = [xml]'<a><b>1</b><c n="v">text</c></a>'
$x.a.b
$x.a.c.n
$x.a.c.'#text'
$x.GetType().FullName
$x.a.c.GetAttribute('n')
#=>
# 1
# v
# text
# System.Xml.XmlDocument
# v
---
# Source: about_Type_Accelerators ([xml] repeated elements become an array)
$x = [xml]'<root><item id="1">a</item><item id="2">b</item></root>'
$x.root.item.Count
$x.root.item[1].id
($x.root.item | ForEach-Object { $_.'#text' }) -join ','
$x.root.item[0].InnerText
$x.DocumentElement.Name
$x.SelectNodes('//item').Count
$x.SelectSingleNode("/root/item[@id='2']").InnerText
$e = $x.CreateElement('item')
$e.SetAttribute('id', '3')
$e.InnerText = 'c'
[void]$x.root.AppendChild($e)
$x.root.item.Count
$x.root.InnerXml
$x.root.item[0].id = '9'
$x.root.item[0].OuterXml
#=>
# 2
# 2
# a,b
# a
# root
# 2
# b
# 3
# <item id="1">a</item><item id="2">b</item><item id="3">c</item>
# <item id="9">a</item>
---
# Source: about_Type_Conversion (numeric conversions of strings in arithmetic; typed variables convert on assignment)
'10' + 5
10 + '5'
[int]$n = '12'
$n.GetType().Name
$n = '13'
$n + 1
#=>
# 105
# 15
# Int32
# 14
---
# Source: about_Type_Accelerators ([decimal] keeps trailing zeros; [double] formatting)
[decimal]'1.50'
1.50
0.1 + 0.2
1e20
[double]::NaN
1/3
#=>
# 1.50
# 1.5
# 0.3
# 1E+20
# NaN
# 0.333333333333333
---
# Source: .NET API docs, Enum parsing and values ([DayOfWeek], [ConsoleColor])
[DayOfWeek]'Monday'
[int][DayOfWeek]::Friday
[DayOfWeek]3
[enum]::GetNames([DayOfWeek]).Count
[System.ConsoleColor]::Red.GetType().FullName
[enum]::GetValues([DayOfWeek])[1]
[enum]::Parse([DayOfWeek], 'friday', $true)
[enum]::IsDefined([DayOfWeek], 'Monday')
[enum]::GetName([DayOfWeek], 2)
[enum]::ToObject([DayOfWeek], 6)
#=>
# Monday
# 5
# Wednesday
# 7
# System.ConsoleColor
# Monday
# Friday
# True
# Tuesday
# Saturday
---
# Source: .NET API docs, BigInteger.op_RightShift/op_LeftShift (a negative shift count shifts the other way) and Version(String) ("Version string portion was too short or too long."); PowerShell's cast error wording (InvalidCastParseTargetInvocation); found by fuzzing: both were Python exceptions before
[bigint]5 -shr -1
[bigint]5 -shl -1
try { [version]([double]::NaN) } catch { $_.Exception.Message }
#=>
# 10
# 2
# Cannot convert value "NaN" to type "System.Version". Error: "Version string portion was too short or too long."
