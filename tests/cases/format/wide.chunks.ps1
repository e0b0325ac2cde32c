# Source: Format-Wide (PowerShell 7.4 docs): one property per object, in columns
1..5 | ForEach-Object { [pscustomobject]@{ Name = "n$_"; Other = $_ } } | Format-Wide -Column 3
#=>
# n1                                       n2                                      n3
# n4                                       n5
---
# without -Column: two columns
1..3 | ForEach-Object { [pscustomobject]@{ Name = "name$_" } } | Format-Wide
#=>
# name1                                                        name2
# name3
---
# -Property names the property shown
1..4 | ForEach-Object { [pscustomobject]@{ Name = "n$_"; Id = $_ * 10 } } | Format-Wide -Property Id -Column 4
#=>
# 10                             20                            30                            40
---
# -AutoSize: as many columns as the widest value allows
1..5 | ForEach-Object { [pscustomobject]@{ Name = "name$_" } } | Format-Wide -AutoSize
#=>
# name1  name2 name3 name4 name5
---
# a script block as the property
1..3 | ForEach-Object { [pscustomobject]@{ N = $_ } } | Format-Wide { "#$($_.N)" } -Column 3
#=>
# #1                                       #2                                      #3
