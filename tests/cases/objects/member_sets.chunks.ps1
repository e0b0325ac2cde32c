# Source: "Everything you wanted to know about PSCustomObject" (learn.microsoft.com deep dive, "Using DefaultPropertySet (the long way)": with PSStandardMembers set, the object shows only those properties by default); Format-List * still shows all (PSPropertyExpression expands *)
$MyObject = [pscustomobject]@{ Name = 'Kevin'; Language = 'PowerShell'; State = 'Texas'; Editor = 'VS Code'; Shell = 'pwsh' }
$defaultDisplaySet = 'Name','Language'
$defaultDisplayPropertySet = New-Object System.Management.Automation.PSPropertySet('DefaultDisplayPropertySet',[string[]]$defaultDisplaySet)
$PSStandardMembers = [System.Management.Automation.PSMemberInfo[]]@($defaultDisplayPropertySet)
$MyObject | Add-Member MemberSet PSStandardMembers $PSStandardMembers
$MyObject | Format-Table
$MyObject | Format-List *
#=>
# Name  Language
# ----  --------
# Kevin PowerShell
#
#
# Name     : Kevin
# Language : PowerShell
# State    : Texas
# Editor   : VS Code
# Shell    : pwsh
---
# Source: PowerShell's PSMemberSet/PSPropertySet (ToString "Name {members}", ReferencedPropertyNames) and Get-Member's MemberSet row; PSPropertyExpression.ResolveNames expands a property set
$o = [pscustomobject]@{ A = 1; B = 2; C = 3 }
$set = [System.Management.Automation.PSPropertySet]::new('DefaultDisplayPropertySet', [string[]]('A', 'C'))
$o | Add-Member -MemberType MemberSet -Name PSStandardMembers -Value ([System.Management.Automation.PSMemberInfo[]]@($set))
$o.PSStandardMembers.DefaultDisplayPropertySet.ReferencedPropertyNames -join ','
($o | Get-Member -MemberType MemberSet).Definition
$o | Add-Member -MemberType PropertySet -Name Pair -Value A, B
($o | Select-Object -Property Pair | Get-Member -MemberType NoteProperty).Name -join ','
#=>
# A,C
# PSStandardMembers {DefaultDisplayPropertySet}
# A,B
