# Source: Format-List (PowerShell 7.4 docs): `Name : value`, names padded to the longest
[pscustomobject]@{ Name = 'x'; Size = 3; LongerName = $true } | Format-List
#=>
# Name       : x
# Size       : 3
# LongerName : True
---
# Format-List * shows every property
[pscustomobject]@{ A = 1; B = 'b'; C = $null } | Format-List *
#=>
# A : 1
# B : b
# C :
---
# Format-List -Property, with a calculated property
[pscustomobject]@{ A = 1; B = 2; C = 3 } | Format-List -Property C, A, @{ Name = 'Sum'; Expression = { $_.A + $_.B } }
#=>
# C   : 3
# A   : 1
# Sum : 3
---
# each object is followed by a blank line
1..2 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-List
#=>
# N : 1
#
# N : 2
---
# objects with more than four properties are shown as a list by default
[pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = 5 }
#=>
# A : 1
# B : 2
# C : 3
# D : 4
# E : 5
---
# multi-line values continue under the value column
[pscustomobject]@{ Name = 'n'; Text = "one`ntwo" } | Format-List
#=>
# Name : n
# Text : one
#        two
