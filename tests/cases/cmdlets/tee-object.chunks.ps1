# Source: Tee-Object (PowerShell 7.4 reference)
'a', 'b' | Tee-Object -Variable saved | ForEach-Object { "piped $_" }
$saved -join '+'
'one' | Tee-Object -Variable single | Out-Null
$single.GetType().Name
#=>
# piped a
# piped b
# a+b
# String
---
'x', 'y' | Tee-Object -FilePath tee.txt | ForEach-Object { "got $_" }
Get-Content tee.txt
'z' | Tee-Object -FilePath tee.txt -Append | Out-Null
(Get-Content tee.txt) -join ','
#=>
# got x
# got y
# x
# y
# x,y,z
