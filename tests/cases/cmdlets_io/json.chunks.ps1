# Source: ConvertTo-Json and ConvertFrom-Json reference pages (pwsh 7 indents with two spaces); PowerShell 7.4 prints the same.
[ordered]@{ name = 'x'; list = 1, 2; nested = [ordered]@{ b = $true; c = $null } } | ConvertTo-Json
#=>
# {
#   "name": "x",
#   "list": [
#     1,
#     2
#   ],
#   "nested": {
#     "b": true,
#     "c": null
#   }
# }
---
@{ a = 1 } | ConvertTo-Json -Compress
[pscustomobject]@{ z = 1; a = 'two' } | ConvertTo-Json -Compress
1, 2, 3 | ConvertTo-Json -Compress
ConvertTo-Json @() -Compress
ConvertTo-Json @(7) -Compress
@{ a = 1 } | ConvertTo-Json -AsArray -Compress
ConvertTo-Json @{} -Compress
$null | ConvertTo-Json
#=>
# {"a":1}
# {"z":1,"a":"two"}
# [1,2,3]
# []
# [7]
# [{"a":1}]
# {}
# null
---
1.5 | ConvertTo-Json
[double]2 | ConvertTo-Json
2.5d | ConvertTo-Json
"a`"b\c`td" | ConvertTo-Json
'é<>' | ConvertTo-Json
[datetime]'2024-01-02T03:04:05' | ConvertTo-Json
[System.DayOfWeek]::Monday | ConvertTo-Json
[System.DayOfWeek]::Monday | ConvertTo-Json -EnumsAsStrings
#=>
# 1.5
# 2.0
# 2.5
# "a\"b\\c\td"
# "é<>"
# "2024-01-02T03:04:05"
# 1
# "Monday"
---
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress
@{ a = @{ b = 1 } } | ConvertTo-Json -Depth 0 -Compress
#=>
# WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.
# {"a":{"b":{"c":"System.Collections.Hashtable"}}}
# WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 0.
# {"a":"System.Collections.Hashtable"}
---
[pscustomobject]@{ a = 1; b = [pscustomobject]@{ c = 'x' } } | ConvertTo-Json
#=>
# {
#   "a": 1,
#   "b": {
#     "c": "x"
#   }
# }
---
$o = '{"a":1,"b":"x","c":[1,2.5],"d":{"e":null}}' | ConvertFrom-Json
$o.GetType().Name
$o.a.GetType().Name
$o.c[1].GetType().Name
$o.c.Count
$null -eq $o.d.e
$o.d.GetType().Name
($o.PSObject.Properties.Name) -join ','
#=>
# PSCustomObject
# Int64
# Double
# 2
# True
# PSCustomObject
# a,b,c,d
---
'[1,2,3]' | ConvertFrom-Json | ForEach-Object { $_ * 2 }
('[1,2,3]' | ConvertFrom-Json -NoEnumerate).Count
('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count
('[1,2,3]' | ConvertFrom-Json -NoEnumerate | Measure-Object).Count
#=>
# 2
# 4
# 6
# 3
# 3
# 1
---
$h = '{"b":2,"a":1}' | ConvertFrom-Json -AsHashtable
$h['a']
$h.b
($h.Keys) -join ','
#=>
# 1
# 2
# b,a
---
$lines = '{', '  "name": "multi",', '  "n": 3', '}'
($lines | ConvertFrom-Json).name
('{"a":1}', '{"a":2}' | ConvertFrom-Json | ForEach-Object a) -join ','
#=>
# multi
# 1,2
---
$d = '{"when":"2024-01-02T03:04:05"}' | ConvertFrom-Json
$d.when.GetType().Name
$d.when.Year
#=>
# DateTime
# 2024
---
$orig = [ordered]@{ id = 5; tags = 'a', 'b'; ok = $false }
$back = $orig | ConvertTo-Json | ConvertFrom-Json
"$($back.id) $($back.tags -join '+') $($back.ok)"
#=>
# 5 a+b False
---
try { '{"a":' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId }
#=>
# System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand
