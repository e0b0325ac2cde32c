# Source: Out-File and about_Redirection (PowerShell 7.4 docs): files get the text the console shows, UTF-8 without BOM
[pscustomobject]@{ Name = 'a'; Size = 1 } > t.txt
Get-Content t.txt
#=>
# Name Size
# ---- ----
# a       1
---
# >> appends
'one' > t.txt
'two' >> t.txt
Get-Content t.txt
#=>
# one
# two
---
# Out-File -Append, and the file has no byte order mark
'é' | Out-File t.txt
'x' | Out-File t.txt -Append
(Get-Item t.txt).Length
Get-Content t.txt
#=>
# 5
# é
# x
---
# Out-File -Width cuts tables at that width
[pscustomobject]@{ A = 1; B = 'x' * 50 } | Out-File t.txt -Width 20
Get-Content t.txt
#=>
# A B
# - -
# 1 xxxxxxxxxxxxxxxxx…
---
# a redirected table is cut at 120 columns, as on the console
[pscustomobject]@{ A = 1; B = 'x' * 150 } > t.txt
(Get-Content t.txt | ForEach-Object Length) -join ','
#=>
# 0,3,3,120,0
---
# -NoNewline: no line breaks between or after the texts
'a', 'b' | Out-File t.txt -NoNewline
'c' | Out-File t.txt -Append -NoNewline
Get-Content t.txt -Raw
#=>
# abc
---
# -Encoding utf8BOM writes the byte order mark
'a' | Out-File t.txt -Encoding utf8BOM
(Get-Item t.txt).Length
#=>
# 5
---
# the error stream redirected to a file is written in ConciseView
Write-Error 'bad thing' 2> t.txt
Get-Content t.txt
#=>
# Write-Error: <casedir>/out_file.chunks.ps1:55
# Line |
#   55 |  Write-Error 'bad thing' 2> t.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | bad thing
---
# warnings redirected with 3> are written without the WARNING: prefix
Write-Warning 'careful' 3> t.txt
Get-Content t.txt
#=>
# careful
