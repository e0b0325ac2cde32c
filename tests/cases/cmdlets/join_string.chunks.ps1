# Source: Join-String (PowerShell 7.4 reference: examples and parameters), PowerShell's test/powershell/Modules/Microsoft.PowerShell.Utility/Join-String.Tests.ps1, and Join-String.cs where a chunk says so
# Examples 1 and 2, on directories made here
$null = New-Item -ItemType Directory -Path 'PerfLogs', 'Program Files', 'Program Files (x86)', 'Users', 'Windows'
Get-ChildItem -Directory | Join-String -Property Name -DoubleQuote -Separator ', '
Get-ChildItem -Directory | Join-String -Property {$_.Name.SubString(0,4)} -SingleQuote -Separator ';'
#=>
# "PerfLogs", "Program Files", "Program Files (x86)", "Users", "Windows"
# 'Perf';'Prog';'Prog';'User';'Wind'
---
# Example 4: a class definition from an object
$obj = [pscustomobject] @{Name = "Joe"; Age = 42}
$parms = @{
  Property = "Name"
  FormatString = '  ${0}'
  OutputPrefix = "class {`n"
  OutputSuffix = "`n}`n"
  Separator = "`n"
}
$obj.PSObject.Properties | Join-String @parms
#=>
# class {
#   $Name
#   $Age
# }
---
# Join-String.Tests.ps1: one string; the same from the pipeline and from -InputObject; without $OFS and without
# -Separator nothing separates the items
$names = 'a.txt', 'b.txt', 'c.txt'
$null = New-Item -ItemType File -Path $names
$testObject = Get-ChildItem
$actual = $testObject | Join-String -Property Name
$actual.Count
$actual -is [string]
$actual -ceq ($testObject.Name -join $OFS)
$actual
($testObject | Join-String) -ceq (Join-String -InputObject $testObject)
$testObject | Join-String Name
#=>
# 1
# True
# True
# a.txtb.txtc.txt
# True
# a.txtb.txtc.txt
---
# Join-String.Tests.ps1: -Separator, -SingleQuote, -DoubleQuote, -FormatString, on names and on script block results
$null = New-Item -ItemType File -Path 'a.txt', 'bb.txt'
$testObject = Get-ChildItem
$sb = {$_.Name + $_.Length}
$testObject | Join-String -Property Name -Separator "; "
$testObject | Join-String -Property Name -Separator "; " -SingleQuote
$testObject | Join-String -Property Name -Separator "; " -DoubleQuote
$testObject | Join-String -Property Name -Separator "; " -Format "[{0}]"
$testObject | Join-String -Property $sb -Separator "; "
$testObject | Join-String -Property $sb -SingleQuote
$testObject | Join-String -Property $sb -Separator "; " -Format "[{0}]"
#=>
# a.txt; bb.txt
# 'a.txt'; 'bb.txt'
# "a.txt"; "bb.txt"
# [a.txt]; [bb.txt]
# a.txt0; bb.txt0
# 'a.txt0''bb.txt0'
# [a.txt0]; [bb.txt0]
---
# Join-String.Tests.ps1: numbers formatted; -OutputPrefix and -OutputSuffix with $OFS; a $null separator
$testValues = 1.2, 3.4, 5.6
$testValues | Join-String -Separator "; " -Format "{0:N2}"
$OFS = ','
1..3 | Join-String -OutputPrefix "A " -OutputSuffix " B"
"hello" | Join-String -separator $null
#=>
# 1.20; 3.40; 5.60
# A 1,2,3 B
# hello
---
# Join-String.cs: EndProcessing writes the prefix and suffix even when no input arrived
$empty = @() | Join-String
$empty -is [string]
$empty.Length
@() | Join-String -OutputPrefix '<' -OutputSuffix '>'
#=>
# True
# 0
# <>
---
# Join-String.cs: a property an object lacks joins as an empty string; -UseCulture converts with the current
# culture (en-US and the invariant culture agree here)
'[' + ([pscustomobject]@{A = 1}, [pscustomobject]@{A = 2} | Join-String -Property Nope -Separator ',') + ']'
1.5, 2.25 | Join-String -UseCulture -Separator ' '
#=>
# [,]
# 1.5 2.25
---
# The parameter sets: -SingleQuote, -DoubleQuote and -FormatString exclude each other
try { 'a' | Join-String -SingleQuote -DoubleQuote } catch { $_.Exception.GetType().FullName }
#=>
# System.Management.Automation.ParameterBindingException
