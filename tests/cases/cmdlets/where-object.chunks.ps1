# Source: Where-Object (PowerShell 7.4 reference) and PowerShell's WhereObjectCommand (InternalCommands.cs)
$rows = @(
    [pscustomobject]@{ Name = 'alpha'; Size = 10; Tag = $null }
    [pscustomobject]@{ Name = 'beta'; Size = 25; Tag = 'x' }
    [pscustomobject]@{ Name = 'Gamma'; Size = 40; Tag = '' }
)
($rows | Where-Object { $_.Size -gt 15 }).Name -join ','
($rows | Where-Object Size -gt 15).Name -join ','
($rows | Where-Object -Property Size -LE -Value 25).Name -join ','
($rows | Where-Object Name -Like '*a').Name -join ','
($rows | Where-Object Name -CLike 'g*').Name -join ','
($rows | Where-Object Name -Match '^[ab]').Name -join ','
($rows | Where-Object Name -NotMatch 'e').Name -join ','
($rows | Where-Object Name -In 'beta', 'gamma').Name -join ','
($rows | Where-Object Name -CIn 'beta', 'gamma').Name -join ','
($rows | Where-Object Tag).Name -join ','
($rows | Where-Object -Not Tag).Name -join ','
($rows | Where-Object Name -EQ 'ALPHA').Name
($rows | Where-Object Name -CEQ 'ALPHA').Count
($rows | Where-Object Name -CEQ 'alpha').Name
#=>
# beta,Gamma
# beta,Gamma
# alpha,beta
# alpha,beta,Gamma
#
# alpha,beta
# alpha,Gamma
# beta,Gamma
# beta
# beta
# alpha,Gamma
# alpha
# 0
# alpha
---
(1, 'a', 2.5, 'b' | Where-Object { $_ -is [string] }) -join ','
(1, 'a', 2.5, 'b' | Where-Object -Is -Value '[double]' -Property { $_ }) -join ','
#=>
# a,b
---
@{ k = 1 }, @{ k = 5 } | Where-Object k -GT 2 | ForEach-Object { $_.k }
#=>
# 5
---
1..10 | ? { $_ % 4 -eq 0 }
1..3 | where { $_ -ne 2 }
#=>
# 4
# 8
# 1
# 3
---
'abc', 'de' | Where-Object Length -EQ 2
('x', $null, 'y' | Where-Object { $_ }).Count
#=>
# de
# 2
