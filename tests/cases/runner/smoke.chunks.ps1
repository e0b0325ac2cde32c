# Source: hand-written; PowerShell 7.4 prints the same. Checks the chunked-file runner end to end.
1..3 -join ','
#=>
# 1,2,3
---
'{0:N2}' -f 3.14159
#=>
# 3.14
---
$h = [ordered]@{ b = 2; a = 1 }
$h.Keys -join ' '
#=>
# b a
---
'first'
''
'third'
#=>
# first
#
# third
---
$null = 'nothing to print'
