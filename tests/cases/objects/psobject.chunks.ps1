# Source: about_Object_Creation: New-Object PSObject -Property makes a custom object from a hashtable
$o = New-Object -TypeName PSObject -Property @{ Name = 'Server30' }
$o.Name
$o.GetType().FullName
#=>
# Server30
# System.Management.Automation.PSCustomObject
---
# Source: about_Properties / PSObject.Properties docs: Name, Value, MemberType, TypeNameOfValue, IsSettable
$o = [pscustomobject]@{ Name = 'a'; Size = 5 }
$o.PSObject.Properties | Format-Table Name, Value, MemberType, TypeNameOfValue, IsSettable
#=>
# Name Value   MemberType TypeNameOfValue IsSettable
# ---- -----   ---------- --------------- ----------
# Name a     NoteProperty System.String         True
# Size 5     NoteProperty System.Int32          True
---
# Source: about_Properties: .PSObject.Properties.Add and .Remove change the object's properties
$o = [pscustomobject]@{ Name = 'a'; Size = 5 }
$o.PSObject.Properties.Add([psnoteproperty]::new('Extra', 42))
$o.PSObject.Properties.Remove('Name')
$o.PSObject.Properties.Name
#=>
# Size
# Extra
---
# Source: about_PSCustomObject: PSTypeName in the hashtable cast, and TypeNames.Insert add type names
$p = [pscustomobject]@{ PSTypeName = 'My.Person'; Name = 'x' }
$p.PSObject.TypeNames[0]
$p.PSObject.TypeNames.Insert(0, 'My.Employee')
$p.pstypenames -join ','
#=>
# My.Person
# My.Employee,My.Person,System.Management.Automation.PSCustomObject,System.Object
---
# Source: Select-Object docs: the selected objects' type name is Selected.<original type>
$s = [pscustomobject]@{ A = 1; B = 2 } | Select-Object A
$s.PSObject.TypeNames[0]
#=>
# Selected.System.Management.Automation.PSCustomObject
---
# Source: about_Properties (Count and Length): $null has Count 0, a scalar has Count and Length 1
$null.Count
$null.Length
(7).Count
(7).Length
'abc'.Count
#=>
# 0
# 0
# 1
# 1
# 1
