# Source: Get-Member (PowerShell 7.4 reference) and PowerShell's GetMemberCommand (members sorted by member type, then name)
[pscustomobject]@{ a = 1; b = 'x' } | Get-Member
#=>
#    TypeName: System.Management.Automation.PSCustomObject
#
# Name        MemberType   Definition
# ----        ----------   ----------
# Equals      Method       bool Equals(System.Object obj)
# GetHashCode Method       int GetHashCode()
# GetType     Method       type GetType()
# ToString    Method       string ToString()
# a           NoteProperty int a=1
# b           NoteProperty string b=x
---
'abc' | Get-Member -MemberType Property
#=>
#    TypeName: System.String
#
# Name   MemberType Definition
# ----   ---------- ----------
# Length Property   int Length {get;}
---
(1, 'a', 2 | Get-Member -Name ToString).TypeName
(Get-Member -InputObject 'x' -Name Length).MemberType
#=>
# System.Int32
# System.String
# Property
