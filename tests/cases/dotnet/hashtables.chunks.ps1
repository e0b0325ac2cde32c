# Source: about_Hash_Tables (Keys, Values, Count, ContainsKey, ContainsValue)
$h = @{ Name = 'pwsh'; Version = 7 }
$h.Count
$h.ContainsKey('Name')
$h.ContainsKey('name')
$h.ContainsKey('Other')
$h.ContainsValue(7)
$h.ContainsValue('x')
($h.Keys | Sort-Object) -join ','
#=>
# 2
# True
# True
# False
# True
# False
# Name,Version
---
# Source: about_Hash_Tables (Add, Remove, Clear; Add of an existing key throws)
$h = @{}
$h.Add('a', 1)
$h.b = 2
$h['c'] = 3
$h.Count
$h.Remove('b')
$h.Count
try { $h.Add('a', 5) } catch { $_.Exception.InnerException.GetType().Name }
$h.Clear()
$h.Count
#=>
# 3
# 2
# ArgumentException
# 0
---
# Source: about_Hash_Tables ([ordered] keeps insertion order)
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
$o.Values -join ','
$o.GetType().Name
$o.Insert(0, 'first', 0)
$o.Keys -join ','
#=>
# z,a,m
# 1,2,3
# OrderedDictionary
# first,z,a,m
---
# Source: about_Hash_Tables (GetEnumerator with Sort-Object; Name/Key/Value)
$h = @{ b = 2; a = 1; c = 3 }
$h.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Key)=$($_.Value)" }
$h.GetEnumerator() | Sort-Object Value -Descending | Select-Object -First 1 | ForEach-Object Name
#=>
# a=1
# b=2
# c=3
# c
---
# Source: about_Hash_Tables (Clone gives a shallow copy)
$h = @{ a = 1 }
$c = $h.Clone()
$c.a = 99
$h.a
$c.a
$c.GetType().Name
#=>
# 1
# 99
# Hashtable
---
# Source: about_Hash_Tables (type names; hashtables are case-insensitive)
$h = @{ Key = 'v' }
$h.GetType().Name
$h.GetType().FullName
$h.KEY
$h['kEy']
#=>
# Hashtable
# System.Collections.Hashtable
# v
# v
---
# Source: about_Hash_Tables (Keys and Values collections; iterating keys)
$h = [ordered]@{ one = 1; two = 2 }
foreach ($k in $h.Keys) { "$k -> $($h[$k])" }
$h.Values | Measure-Object -Sum | ForEach-Object Sum
@($h.Keys).Count
#=>
# one -> 1
# two -> 2
# 3
# 2
---
# Source: about_Hash_Tables (a hashtable displayed as a table)
$h = [ordered]@{ Name = 'pwsh'; Version = 7 }
$h
#=>
# Name                           Value
# ----                           -----
# Name                           pwsh
# Version                        7
---
# Source: about_Hash_Tables (Remove of a missing key does nothing; removing while enumerating Keys needs a copy)
$h = @{ a = 1; b = 2 }
$h.Remove('zzz')
foreach ($k in @($h.Keys)) { if ($k -eq 'a') { $h.Remove($k) } }
$h.Keys -join ','
#=>
# b
