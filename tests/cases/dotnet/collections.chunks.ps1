# Source: about_Arrays (Count, Length, Contains, IndexOf)
$a = 1, 2, 3, 2
$a.Count
$a.Length
$a.Contains(2)
$a.Contains(5)
$a.IndexOf(2)
[array]::IndexOf($a, 3)
[array]::IndexOf($a, 9)
[array]::LastIndexOf($a, 2)
#=>
# 4
# 4
# True
# False
# 1
# 2
# -1
# 3
---
# Source: .NET API docs, Array.Reverse and Array.Sort (in place)
$a = 3, 1, 2
[array]::Reverse($a)
$a -join ','
[array]::Sort($a)
$a -join ','
#=>
# 2,1,3
# 1,2,3
---
# Source: about_Arrays: arrays are fixed size; Add throws NotSupportedException ("Collection was of a fixed size.")
$a = 1, 2
try { $a.Add(3) } catch { $_.Exception.InnerException.GetType().Name; $_.Exception.InnerException.Message }
#=>
# NotSupportedException
# Collection was of a fixed size.
---
# Source: about_Arrays (GetType of arrays; += makes a new array)
$a = 1, 2
$a.GetType().Name
$a.GetType().FullName
$a += 3
$a.Count
@().Count
@().GetType().Name
#=>
# Object[]
# System.Object[]
# 3
# 0
# Object[]
---
# Source: .NET API docs, System.Collections.Generic.List<T> (Add, Count, Contains, IndexOf, Remove, RemoveAt, Insert, Clear, Sort)
$list = [System.Collections.Generic.List[int]]::new()
$list.Add(3)
$list.Add(1)
$list.Add(2)
$list.Count
$list.Contains(1)
$list.IndexOf(2)
$list.Sort()
$list -join ','
$list.Remove(1)
$list.Remove(42)
$list -join ','
$list.Insert(0, 9)
$list -join ','
$list.RemoveAt(1)
$list -join ','
$list.Clear()
$list.Count
#=>
# 3
# True
# 2
# 1,2,3
# True
# False
# 2,3
# 9,2,3
# 9,3
# 0
---
# Source: .NET API docs, List<T> type names and conversion of added items
$list = [System.Collections.Generic.List[string]]::new()
$list.Add(42)
$list[0].GetType().Name
$list.GetType().Name
$list.GetType().FullName.StartsWith('System.Collections.Generic.List`1[[System.String, System.Private.CoreLib')
$l2 = New-Object 'System.Collections.Generic.List[int]'
$l2.Count
#=>
# String
# List`1
# True
# 0
---
# Source: .NET API docs, List<T>.AddRange, ToArray, Reverse, Exists via ForEach
$list = [System.Collections.Generic.List[int]]::new()
$list.AddRange([int[]](5, 6, 7))
$list.Count
$arr = $list.ToArray()
$arr.GetType().Name
$list.Reverse()
$list -join ','
$list[0]
#=>
# 3
# Int32[]
# 7,6,5
# 7
---
# Source: .NET API docs, System.Collections.ArrayList (Add returns the index)
$al = [System.Collections.ArrayList]::new()
$al.Add('a')
$al.Add('b')
[void]$al.Add('c')
$al.Count
$al.Remove('b')
$al -join ','
$al.Insert(1, 'x')
$al -join ','
$al.Contains('x')
$al.IndexOf('c')
$al.RemoveAt(0)
$al -join ','
$al.GetType().FullName
#=>
# 0
# 1
# 3
# a,c
# a,x,c
# True
# 2
# x,c
# System.Collections.ArrayList
---
# Source: .NET API docs, ArrayList (Sort, Reverse, Clear, AddRange) and New-Object
$al = New-Object System.Collections.ArrayList
$al.AddRange(@(3, 1, 2))
$al.Sort()
$al -join ','
$al.Reverse()
$al -join ','
$al.Clear()
$al.Count
#=>
# 1,2,3
# 3,2,1
# 0
---
# Source: about_Arrays (casting to [System.Collections.ArrayList])
$al = [System.Collections.ArrayList]@(1, 2, 3)
$al.Add(4) | Out-Null
$al.Count
$al.GetType().Name
#=>
# 4
# ArrayList
---
# Source: .NET API docs, typed arrays ([int[]], [string[]])
$ints = [int[]]('1', '2', '3')
$ints.GetType().Name
$ints[0].GetType().Name
$strs = [string[]](1, 2)
$strs.GetType().FullName
#=>
# Int32[]
# Int32
# System.String[]
---
# Source: .NET API docs, Generic Dictionary<TKey,TValue> and HashSet<T>
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d.Add('one', 1)
$d['two'] = 2
$d.Count
$d.ContainsKey('one')
$d['two']
$hs = [System.Collections.Generic.HashSet[int]]::new()
$hs.Add(1)
$hs.Add(1)
$hs.Count
$d.ContainsKey('ONE')
$d.GetType().Name
$d -is [System.Collections.IDictionary]
try { $d.Add('one', 5) } catch { $_.Exception.InnerException.Message }
foreach ($kv in $d.GetEnumerator()) { "$($kv.Key)=$($kv.Value)" }
#=>
# 2
# True
# 2
# True
# False
# 1
# False
# Dictionary`2
# True
# An item with the same key has already been added. Key: one
# one=1
# two=2
---
# Source: .NET API docs, Queue<T> (Enqueue, Dequeue, Peek) and Stack<T> (Push, Pop, Peek; enumerates from the top)
$q = [System.Collections.Generic.Queue[string]]::new()
$q.Enqueue('a'); $q.Enqueue('b'); $q.Enqueue('c')
$q.Dequeue()
$q.Peek()
$q.Count
$s = [System.Collections.Generic.Stack[int]]::new()
$s.Push(1); $s.Push(2); $s.Push(3)
$s -join ','
$s.Pop()
$s.Peek()
$s.Count
#=>
# a
# b
# 2
# 3,2,1
# 3
# 2
# 2
---
# Source: .NET API docs, HashSet<T>(IEnumerable<T>) constructor, used by a PowerShell cast; Dictionary keys as properties (about_Hash_Tables)
$hs = [System.Collections.Generic.HashSet[string]]@('a', 'b', 'a')
$hs.Count
$hs.Contains('b')
$d = [System.Collections.Generic.Dictionary[string, int]]::new()
$d['one'] = '1'
$d.one + 1
$d.Count
#=>
# 2
# True
# 2
# 1
---
# Source: .NET API docs, System.Collections.Queue and System.Collections.Stack (non-generic: any objects; Stack(ICollection) pushes in order, so Pop returns the last); Object.ReferenceEquals
$q = [System.Collections.Queue]::new()
$q.Enqueue(1); $q.Enqueue('b')
$q.Count
$q.Dequeue()
$q.Peek()
$q.GetType().FullName
$s = New-Object System.Collections.Stack
$s.Push(2); $s.Push('three')
$s.Pop()
$s.Peek()
$s.GetType().Name
([System.Collections.Stack]::new(@(1, 2, 3))).Pop()
[object]::ReferenceEquals($q, [System.Collections.Queue]$q)
[object]::ReferenceEquals($q, [System.Collections.Queue]::new())
#=>
# 2
# 1
# b
# System.Collections.Queue
# three
# 2
# Stack
# 3
# True
# False
