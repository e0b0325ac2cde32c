# Source: PowerShell's test/powershell/Language/Parser/UsingNamespace.Tests.ps1 ("Type literals", "Parameters", "Generics"); about_Using
using namespace System.Threading
using namespace System.Collections.Generic
[Thread].FullName
[Int32].FullName
#=>
# System.Threading.Thread
# System.Int32
---
# Source: UsingNamespace.Tests.ps1 "Parameters" and "Generics"
using namespace System.Threading
using namespace System.Collections.Generic
function foo([Thread]$t = $null) { 42 }
foo
function bar([List[string]]$l) { $l }
$l = [List[string]]::new()
$l.Add("a string")
bar $l
#=>
# 42
# a string
---
# Source: about_Using (the namespace holds for the whole script: nested script blocks, catch types, class members)
using namespace System.Text
using namespace System.IO
class Doc { [StringBuilder]$Text = [StringBuilder]::new() }
$d = [Doc]::new()
[void]$d.Text.Append('abc')
& { $d.Text.GetType().FullName; $d.Text.ToString() }
try { throw [IOException]::new('disk') } catch [IOException] { 'caught ' + $_.Exception.GetType().FullName }
#=>
# System.Text.StringBuilder
# abc
# caught System.IO.IOException
---
# Source: PowerShell's Parser (TypeResolver): without `using namespace`, a short name is not found
[StringBuilder]
#!>
# InvalidOperation: <casedir>/using_namespace.chunks.ps1:37
# Line |
#   37 |  [StringBuilder]
#      |  ~~~~~~~~~~~~~~~
#      | Unable to find type [StringBuilder].
