# Source: Add-Member (PowerShell 7.4 docs), Example 3: a note property on a string, with -PassThru
$A = "A string"
$A = $A | Add-Member -NotePropertyMembers @{StringUse="Display"} -PassThru
$A.StringUse
#=>
# Display
---
# Source: Add-Member docs, Example 3 (PassThru): the wrapped string still behaves as the string
$A = "A string" | Add-Member -NotePropertyName StringUse -NotePropertyValue Display -PassThru
$A
$A.Length
$A.ToUpper()
$A + '!'
$A -eq 'A string'
#=>
# A string
# 8
# A STRING
# A string!
# True
---
# Source: Add-Member docs, Example 5: -NotePropertyMembers with an ordered dictionary and -TypeName
$Asset = New-Object -TypeName PSObject
$d = [ordered]@{Name="Server30";System="Server Core";PSVersion="4.0"}
$Asset | Add-Member -NotePropertyMembers $d -TypeName Asset
$Asset.PSObject.Properties | Select-Object Name, Value
#=>
# Name      Value
# ----      -----
# Name      Server30
# System    Server Core
# PSVersion 4.0
---
# Source: Add-Member docs, Example 5: -TypeName inserts the name first in TypeNames
$Asset = New-Object -TypeName PSObject
$Asset | Add-Member -NotePropertyMembers @{ Name = 'Server30' } -TypeName Asset
$Asset.PSObject.TypeNames[0]
#=>
# Asset
---
# Source: Add-Member docs, Example 6: an AliasProperty with a -SecondValue conversion type
$obj = [pscustomobject]@{
      Name = 'Doris'
      Age = '20'
}
$obj | Add-Member -MemberType AliasProperty -Name 'intAge' -Value age -SecondValue uint32
$obj | Get-Member
#=>
#    TypeName: System.Management.Automation.PSCustomObject
#
# Name        MemberType    Definition
# ----        ----------    ----------
# intAge      AliasProperty intAge = (System.UInt32)age
# Equals      Method        bool Equals(System.Object obj)
# GetHashCode Method        int GetHashCode()
# GetType     Method        type GetType()
# ToString    Method        string ToString()
# Age         NoteProperty  string Age=20
# Name        NoteProperty  string Name=Doris
---
# Source: Add-Member docs, Example 6: the alias reads the converted value
$obj = [pscustomobject]@{
      Name = 'Doris'
      Age = '20'
}
$obj | Add-Member -MemberType AliasProperty -Name 'intAge' -Value age -SecondValue uint32
$obj | Format-List
$obj.Age + 1
$obj.intAge + 1
#=>
# Name   : Doris
# Age    : 20
# intAge : 20
#
# 201
# 21
---
# Source: Add-Member docs, Example 7: a ScriptProperty with a getter and a setter
$user = [pscustomobject]@{
    Name      = 'User1'
    Age       = 29
    StartDate = [datetime]'2019-05-05'
    Position  = [pscustomobject]@{
        DepartmentName = 'IT'
        Role = 'Manager'
    }
}
$addMemberSplat = @{
    MemberType = 'ScriptProperty'
    Name = 'Title'
    Value = { $this.Position.Role }                  # getter
    SecondValue = { $this.Position.Role = $args[0] } # setter
}
$user | Add-Member @addMemberSplat
$user | Get-Member
#=>
#    TypeName: System.Management.Automation.PSCustomObject
#
# Name        MemberType     Definition
# ----        ----------     ----------
# Equals      Method         bool Equals(System.Object obj)
# GetHashCode Method         int GetHashCode()
# GetType     Method         type GetType()
# ToString    Method         string ToString()
# Age         NoteProperty   int Age=29
# Name        NoteProperty   string Name=User1
# Position    NoteProperty   System.Management.Automation.PSCustomObject Position=@{DepartmentName=IT; Role=Manager}
# StartDate   NoteProperty   datetime StartDate=5/5/2019 12:00:00 AM
# Title       ScriptProperty System.Object Title {get= $this.Position.Role ;set= $this.Position.Role = $args[0] ;}
---
# Source: Add-Member docs, Example 7: assigning the ScriptProperty runs its setter
$user = [pscustomobject]@{
    Name      = 'User1'
    Age       = 29
    StartDate = [datetime]'2019-05-05'
    Position  = [pscustomobject]@{
        DepartmentName = 'IT'
        Role = 'Manager'
    }
}
$user | Add-Member -MemberType ScriptProperty -Name Title -Value { $this.Position.Role } -SecondValue { $this.Position.Role = $args[0] }
$user.Title = 'Dev Manager'
$user
#=>
# Name      : User1
# Age       : 29
# StartDate : 5/5/2019 12:00:00 AM
# Position  : @{DepartmentName=IT; Role=Dev Manager}
# Title     : Dev Manager
---
# Source: Add-Member docs, Example 4: a ScriptMethod sees the object as $this
$o = [pscustomobject]@{ Length = 1048576 * 3 }
$S = {[math]::Round(($this.Length / 1MB), 2)}
$o | Add-Member -MemberType ScriptMethod -Name "SizeInMB" -Value $S
$o.SizeInMB()
#=>
# 3
---
# Source: Add-Member docs, -Force: without it an existing member is an error (PowerShell 7's message)
$o = [pscustomobject]@{ Name = 'a' }
$o | Add-Member -NotePropertyName Name -NotePropertyValue 'b'
$o.Name
$o | Add-Member -NotePropertyName Name -NotePropertyValue 'c' -Force
$o.Name
#=>
# a
# c
#!>
# Add-Member: <casedir>/add_member.chunks.ps1:141
# Line |
#  141 |  $o | Add-Member -NotePropertyName Name -NotePropertyValue 'b'
#      |       ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot add a member with the name "Name" because a member with that name already exists. To overwrite the member
#      | anyway, add the Force parameter to your command.
---
# Source: about_Member-Access_Enumeration: member enumeration reaches ScriptProperties added to some items
$CapitalizedProperty = @{
    MemberType = 'ScriptProperty'
    Name       = 'Capitalized'
    Value      = { $this.ToUpper() }
    PassThru   = $true
}
[System.Collections.Generic.List[Object]]$MixedCollection = @(
    'a'
    ('b' | Add-Member @CapitalizedProperty)
    ('c' | Add-Member @CapitalizedProperty)
    'd'
)
$MixedCollection.Capitalized
#=>
# B
# C
