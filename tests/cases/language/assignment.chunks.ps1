# Source: about_Assignment_Operators, compound assignment operators
$a = 5
$a += 2; $a
$a -= 3; $a
$a *= 3; $a
$a /= 4; $a
$a %= 2; $a
#=>
# 7
# 4
# 12
# 3
# 1
---
# Source: about_Assignment_Operators: += and *= on strings
$s = 'ab'
$s += 'cd'
$s
$s *= 2
$s
#=>
# abcd
# abcdabcd
---
# Source: about_Assignment_Operators: += on arrays creates a new, larger array
$arr = 1,2
$arr += 3
$arr -join ','
$arr.GetType().Name
$arr += 4,5
$arr.Count
#=>
# 1,2,3
# Object[]
# 5
---
# Source: about_Assignment_Operators: += on hash tables
$h = @{a=1}
$h += @{b=2}
$h.Count
$h.b
#=>
# 2
# 2
---
# Source: about_Assignment_Operators, "Assigning multiple variables"
$a, $b, $c = 1, 2, 3
"$a $b $c"
#=>
# 1 2 3
---
# Source: about_Assignment_Operators: the last variable takes the remaining values
$first, $rest = 1, 2, 3, 4
$first
$rest -join ','
$rest.GetType().Name
#=>
# 1
# 2,3,4
# Object[]
---
# Source: about_Assignment_Operators: extra variables are assigned $null
$a, $b, $c = 1, 2
$null -eq $c
#=>
# True
---
# Source: about_Assignment_Operators: swapping values with multiple assignment
$a = 1; $b = 2
$a, $b = $b, $a
"$a $b"
#=>
# 2 1
---
# Source: about_Assignment_Operators: chained assignment assigns the same value to every variable
$a = $b = $c = 'same'
"$a $b $c"
#=>
# same same same
---
# Source: about_Assignment_Operators, "Increment and decrement operators"
$i = 5
$i++
$i
$j = $i++
"$j $i"
++$i
$i
--$i
$i
(++$i)
($i--)
$i
#=>
# 6
# 6 7
# 8
# 7
# 8
# 8
# 7
---
# Source: about_Assignment_Operators: ++ on an unassigned variable starts from 0
$fresh++
$fresh
#=>
# 1
---
# Source: about_Variables / about_Assignment_Operators: a type constraint on a variable converts every later assignment
[int]$n = '42'
$n.GetType().Name
$n = '7'
$n.GetType().Name
$n + 1
$n = 2.5
$n
#=>
# Int32
# Int32
# 8
# 2
---
# Source: about_Variables: a string-typed variable converts numbers to strings
[string]$s = 42
$s.GetType().Name
$s = 1.5
$s + 1
#=>
# String
# 1.51
---
# Source: about_Assignment_Operators: a cast on the value does not constrain the variable
$x = [int]'5'
$x = 'abc'
$x
#=>
# abc
---
# Source: about_Assignment_Operators: typed arrays convert each element
[int[]]$nums = '1', '2', '3'
$nums[0].GetType().Name
$nums += '4'
$nums.GetType().Name
($nums | Measure-Object -Sum).Sum
#=>
# Int32
# Int32[]
# 10
---
# Source: about_Assignment_Operators: compound assignment keeps the variable's type
[int]$t = 5
$t /= 2
$t
#=>
# 2
---
# Source: about_Numeric_Literals: numeric strings with hex and multiplier suffixes convert
[int]'0x10'
[int]'  12  '
1kb
0x1F
1e3
#=>
# 16
# 12
# 1024
# 31
# 1000
---
# Source: about_Arrays: assigning to an element and to a negative index
$a = 1,2,3
$a[1] = 20
$a[-1] = 30
$a -join ','
#=>
# 1,20,30
---
# Source: about_Arrays: assigning past the end of an array fails
$a = 1,2,3
try { $a[5] = 1 } catch { $_.Exception.Message }
#=>
# Index was outside the bounds of the array.
---
# Source: about_Hash_Tables: adding keys by property and index syntax
$h = @{}
$h.a = 1
$h['b'] = 2
$h.a + $h.b
$h.a += 5
$h.a
$h.Count
#=>
# 3
# 6
# 2
---
# Source: about_Assignment_Operators: assigning the value of a statement
$r = if ($true) { 'yes' } else { 'no' }
$r
$r = foreach ($i in 1..3) { $i * 2 }
$r -join ','
$r = switch (2) { 1 {'one'} 2 {'two'} }
$r
#=>
# yes
# 2,4,6
# two
---
# Source: about_Assignment_Operators: one result is a scalar, several are an array, none is $null
$one = 1..1 | ForEach-Object { $_ }
$one.GetType().Name
$many = 1..3 | ForEach-Object { $_ }
$many.GetType().Name
$none = 1..3 | Where-Object { $_ -gt 5 }
$null -eq $none
#=>
# Int32
# Object[]
# True
---
# Source: about_Assignment_Operators: assigning to $null discards the value
$null = 'discarded'
[void]'also discarded'
'shown' | Out-Null
#=>
---
# Source: about_Ref: [ref] passes a variable by reference
function Add-One([ref]$r) { $r.Value++ }
$x = 1
Add-One ([ref]$x)
$x
#=>
# 2
---
# Source: about_Ref: a [ref] object refers to the variable, not a copy
$x = 1
$r = [ref]$x
$r.Value = 5
$x
$r.Value.GetType().Name
#=>
# 5
# Int32
---
# Source: about_Ref: [ref] to an array element or property object
$arr = @(1, 2)
$r = [ref]$arr
$r.Value[0] = 'changed'
$arr[0]
#=>
# changed
---
# Source: about_Assignment_Operators: assignment inside parentheses also passes the value through
($z = 3)
$z
#=>
# 3
# 3
---
# Source: about_Variables: variable names are case-insensitive; ${} allows any characters
$MyVar = 'x'
$myvar
${my var} = 'spaced'
${my var}
#=>
# x
# spaced
---
# Source: about_Assignment_Operators: -= on an array is an error
$a = 1,2,3
try { $a -= 1 } catch { $_.Exception.Message }
#=>
# Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.
---
# Source: about_Variables: the conversion failure on a typed variable is a MetadataError
[int]$n = 1
try { $n = 'abc' } catch {
    $_.CategoryInfo.Category
    $_.Exception.GetType().Name
    $_.Exception.Message
}
$n
#=>
# MetadataError
# ArgumentTransformationMetadataException
# Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
# 1
---
# Source: about_Variables: validation attributes on variables apply to later assignments
[ValidateRange(1,10)][int]$v = 5
try { $v = 11 } catch { $_.Exception.Message }
$v
#=>
# The variable cannot be validated because the value 11 is not a valid value for the v variable.
# 5
