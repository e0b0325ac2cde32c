# Source: ForEach-Object (PowerShell 7.4 reference) and PowerShell's ForEachObjectCommand (InternalCommands.cs)
1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 2 } -End { 'done' }
#=>
# start
# 2
# 4
# 6
# done
---
1..2 | ForEach-Object { 'begin' } { 'A' } { 'B' } { 'end' }
#=>
# begin
# A
# B
# A
# B
# end
---
'Microsoft.PowerShell.Core', 'Microsoft.PowerShell.Host' | ForEach-Object { $_.Split('.') }
#=>
# Microsoft
# PowerShell
# Core
# Microsoft
# PowerShell
# Host
---
"Microsoft.PowerShell.Core", "Microsoft.PowerShell.Host" | ForEach-Object -MemberName Split -ArgumentList "."
#=>
# Microsoft
# PowerShell
# Core
# Microsoft
# PowerShell
# Host
---
'a', 'bb', 'ccc' | ForEach-Object Length
'x', 'y' | % ToUpper
'hello' | foreach Substring 1 3
@{ key = 'value' } | % key
#=>
# 1
# 2
# 3
# X
# Y
# ell
# value
---
# the script blocks run in the caller's scope
$sum = 0
1..4 | ForEach-Object { $sum += $_ }
$sum
#=>
# 10
---
# return ends the current object only
1..4 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
#=>
# 1
# 3
# 4
---
$null | ForEach-Object { 'got null' }
@() | ForEach-Object { 'never' }
'x' | ForEach-Object -Process { "[$_]" }
#=>
# got null
# [x]
---
# a property whose value is an array is unrolled
[pscustomobject]@{ Items = 1, 2, 3 } | ForEach-Object Items | ForEach-Object { $_ * 10 }
#=>
# 10
# 20
# 30
---
$n = 10
(1..3 | ForEach-Object -Parallel { $_ * $using:n } | Sort-Object) -join ','
#=>
# 10,20,30
---
'a', 'b' | ForEach-Object -Process { $_ } -End { 'end' } -Begin { 'begin' }
#=>
# begin
# a
# b
# end
