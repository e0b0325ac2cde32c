# Source: about_Functions_Advanced_Parameters ("the default value is converted to the parameter's type"; a
# parameter may be named `$_`), about_Automatic_Variables ($PSBoundParameters is a dictionary of bound
# parameters), the Get-Date reference (-Date takes a date string DateTime.Parse reads), and PowerShell's
# own behaviour of `[char] + [string]` (string concatenation) that ANSI-escape scripts rely on. Each case
# is a bug issue 11 found on real scripts.
function f1 { param($_) "f1:[$_]" }
f1 -_ 5
f1 7
#=>
# f1:[5]
# f1:[7]
---
function f2 { param([string[]]$p = 'a', [int]$n = '5') $p.GetType().Name; $p.Count; $n.GetType().Name }
f2
#=>
# String[]
# 1
# Int32
---
function f3 { param($a, $b) $PSBoundParameters; $PSBoundParameters.GetType().FullName; $PSBoundParameters.b }
f3 -a 1 -b 2
#=>
# Key Value
# --- -----
# a       1
# b       2
# System.Management.Automation.PSBoundParametersDictionary
# 2
---
$d = [System.Collections.Generic.Dictionary[string,int]]::new()
$d['x'] = 5
$d
#=>
# Key Value
# --- -----
# x       5
---
$e = [char]27 + "["
$e.Length
$e.GetType().Name
#=>
# 2
# String
---
(Get-Date '1-Jan-2022').ToString('yyyy-MM-dd')
([datetime]'05-Mar-2021 10:00').ToString('s')
#=>
# 2022-01-01
# 2021-03-05T10:00:00
