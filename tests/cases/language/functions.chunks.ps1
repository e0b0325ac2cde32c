# Source: about_Functions: simple function with parameters in parentheses
function Get-Sum($a, $b) { $a + $b }
Get-Sum 2 3
Get-Sum -b 10 -a 1
#=>
# 5
# 11
---
# Source: about_Functions: param block with a default value; named and positional use
function Greet { param($Name = 'World') "Hello $Name" }
Greet
Greet -Name Bob
Greet Ann
Greet -Name:'Colon'
#=>
# Hello World
# Hello Bob
# Hello Ann
# Hello Colon
---
# Source: about_Functions: a default value may use an earlier parameter
function f { param($a, $b = $a * 2) $b }
f 3
f 3 1
#=>
# 6
# 1
---
# Source: about_Functions, "Switch parameters"
function Switch-Item { param([switch]$On) if ($On) { 'Switch on' } else { 'Switch off' } }
Switch-Item
Switch-Item -On
Switch-Item -On:$false
Switch-Item -On:$true
#=>
# Switch off
# Switch on
# Switch off
# Switch on
---
# Source: about_Functions: typed parameters convert their arguments
function Double-It([int]$n) { $n.GetType().Name; $n * 2 }
Double-It '21'
#=>
# Int32
# 42
---
# Source: about_Parameters / ParameterBinderStrings: an argument that cannot be converted
function Double-It([int]$n) { $n * 2 }
try { Double-It 'abc' } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# ParameterArgumentTransformationError,Double-It
# Cannot process argument transformation on parameter 'n'. Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
---
# Source: about_Functions_Advanced_Parameters, "Mandatory argument"; PowerShell 7.4 with -NonInteractive (ParameterBinderStrings.MissingMandatoryParameter)
function Get-Thing { param([Parameter(Mandatory)][string]$Name) "hi $Name" }
Get-Thing -Name x
try { Get-Thing } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
    $_.CategoryInfo.Category
}
#=>
# hi x
# MissingMandatoryParameter,Get-Thing
# Cannot process command because of one or more missing mandatory parameters: Name.
# InvalidArgument
---
# Source: about_Functions_Advanced_Parameters, "Position argument"
function f {
    param([Parameter(Position = 1)]$B, [Parameter(Position = 0)]$A)
    "A=$A B=$B"
}
f x y
#=>
# A=x B=y
---
# Source: about_Functions_Advanced_Parameters, "ValueFromPipeline argument"
function Double {
    param([Parameter(ValueFromPipeline)][int]$N)
    process { $N * 2 }
}
1..3 | Double
Double 5
#=>
# 2
# 4
# 6
# 10
---
# Source: about_Functions_Advanced_Parameters, "ValueFromPipelineByPropertyName argument"
function Show-Person {
    param(
        [Parameter(ValueFromPipelineByPropertyName)]$Name,
        [Parameter(ValueFromPipelineByPropertyName)]$Age
    )
    process { "$Name is $Age" }
}
[pscustomobject]@{ Name = 'Ann'; Age = 30 }, [pscustomobject]@{ Name = 'Bob'; Age = 25 } | Show-Person
#=>
# Ann is 30
# Bob is 25
---
# Source: about_Functions_Advanced_Parameters, "Alias attribute": by-property-name binding also uses aliases
function Show-Host {
    param([Parameter(ValueFromPipelineByPropertyName)][Alias('CN')]$ComputerName)
    process { "host: $ComputerName" }
}
[pscustomobject]@{ CN = 'srv1' } | Show-Host
Show-Host -CN srv2
#=>
# host: srv1
# host: srv2
---
# Source: about_Functions_Advanced_Parameters, "ValueFromRemainingArguments argument"
function f {
    param($First, [Parameter(ValueFromRemainingArguments)]$Rest)
    "$First|$($Rest -join ',')"
}
f a b c
#=>
# a|b,c
---
# Source: about_Functions, "Piping objects to functions": begin, process, end
function Get-Pipeline {
    begin { 'begin' }
    process { "process $_" }
    end { 'end' }
}
1, 2 | Get-Pipeline
#=>
# begin
# process 1
# process 2
# end
---
# Source: about_Functions: without named blocks the body is the end block and reads $input
function Get-Count { "count: $(@($input).Count)" }
1..4 | Get-Count
function Sum { $t = 0; foreach ($i in $input) { $t += $i }; $t }
1..4 | Sum
#=>
# count: 4
# 10
---
# Source: about_Functions, "Filters"
filter Double { $_ * 2 }
1..3 | Double
(Get-Command Double).CommandType
#=>
# 2
# 4
# 6
# Filter
---
# Source: about_Automatic_Variables, "$args"
function f { "n=$($args.Count) first=$($args[0])" }
f a b
f
#=>
# n=2 first=a
# n=0 first=
---
# Source: about_Automatic_Variables, "$PSBoundParameters"
function f {
    param($a, $b, $c = 'default')
    ($PSBoundParameters.Keys | Sort-Object) -join ','
    $PSBoundParameters.ContainsKey('c')
    $PSBoundParameters['b']
}
f -b 2 -a 1
#=>
# a,b
# False
# 2
---
# Source: about_Splatting: hash table and array splatting
function f { param($A, $B) "$A-$B" }
$h = @{ A = 1; B = 2 }
f @h
$arr = 'x', 'y'
f @arr
#=>
# 1-2
# x-y
---
# Source: about_Splatting: splatting $PSBoundParameters to another command
function inner { param($X, $Y) "inner X=$X Y=$Y" }
function outer { param($X, $Y) inner @PSBoundParameters }
outer -Y 2 -X 1
#=>
# inner X=1 Y=2
---
# Source: about_Functions_Advanced_Parameters, "ValidateSet attribute"
function Set-Color { param([ValidateSet('Red', 'Green')][string]$Color) $Color }
Set-Color Red
Set-Color green
try { Set-Color Purple } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# Red
# green
# ParameterArgumentValidationError,Set-Color
# Cannot validate argument on parameter 'Color'. The argument "Purple" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.
---
# Source: about_Functions_Advanced_Parameters, "ValidateRange attribute"
function f { param([ValidateRange(1, 10)][int]$N) $N }
f 5
try { f 11 } catch { $_.Exception.Message }
try { f 0 } catch { $_.Exception.Message }
#=>
# 5
# Cannot validate argument on parameter 'N'. The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again.
# Cannot validate argument on parameter 'N'. The 0 argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.
---
# Source: about_Functions_Advanced_Parameters, "ValidateNotNullOrEmpty validation attribute"
function f { param([ValidateNotNullOrEmpty()][string]$Name) "name=$Name" }
f x
try { f '' } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { f $null } catch { $_.Exception.Message }
#=>
# name=x
# ParameterArgumentValidationError,f
# Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
# Cannot validate argument on parameter 'Name'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.
---
# Source: about_Parameters: parameter names can be abbreviated to a unique prefix
function Connect-Thing { param($ComputerName, $Count) "$ComputerName/$Count" }
Connect-Thing -comp srv -cou 3
Connect-Thing -COMPUTERNAME big
#=>
# srv/3
# big/
---
# Source: about_Parameters / ParameterBinderStrings.AmbiguousParameter
function Get-Thing { [CmdletBinding()] param($Count, $Color) "$Count $Color" }
try { Get-Thing -Co 1 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# AmbiguousParameter,Get-Thing
# Parameter cannot be processed because the parameter name 'Co' is ambiguous. Possible matches include: -Count -Color.
---
# Source: ParameterBinderStrings.NamedParameterNotFound and PositionalParameterNotFound
function Get-Thing { [CmdletBinding()] param($Name) "name=$Name" }
try { Get-Thing -Zzz 1 } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
try { Get-Thing a extra } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# NamedParameterNotFound,Get-Thing
# A parameter cannot be found that matches parameter name 'Zzz'.
# PositionalParameterNotFound,Get-Thing
# A positional parameter cannot be found that accepts argument 'extra'.
---
# Source: ParameterBinderStrings.MissingArgument
function Get-Thing { [CmdletBinding()] param([string]$Name) "name=$Name" }
try { Get-Thing -Name } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# MissingArgument,Get-Thing
# Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.
---
# Source: ParameterBinderStrings.ParameterAlreadyBound
function Get-Thing { [CmdletBinding()] param($Name) "name=$Name" }
try { Get-Thing -Name a -Name b } catch { $_.FullyQualifiedErrorId }
#=>
# ParameterAlreadyBound,Get-Thing
---
# Source: about_Return: return writes its value and leaves the function
function f { 'a'; return 'b'; 'c' }
f
function g { return }
$null -eq (g)
#=>
# a
# b
# True
---
# Source: about_Return: all output of a function is returned, not only the return value
function f { 1; 2; return 3 }
(f).Count
$r = f
$r -join ','
#=>
# 3
# 1,2,3
---
# Source: about_Return: return inside a script block leaves only that script block
& { 'x'; return; 'y' }
'after'
1..3 | ForEach-Object { if ($_ -eq 2) { return }; $_ }
#=>
# x
# after
# 1
# 3
---
# Source: about_Return / about_Operators: the comma operator keeps an array whole when returned
function one { @(1) }
function wrapped { , @(1) }
(one).GetType().Name
(wrapped).GetType().Name
#=>
# Int32
# Object[]
---
# Source: about_Functions: functions can be recursive
function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }
fact 5
#=>
# 120
---
# Source: about_Scopes: a function runs in a child scope; dot-sourcing runs it in the current scope
$x = 1
function setx { $x = 2 }
setx
$x
. setx
$x
#=>
# 1
# 2
---
# Source: about_Scopes / about_Operators, "Call operator &" and "Dot sourcing operator ."
$sb = { $q = 10 }
& $sb
$null -eq $q
. $sb
$q
#=>
# True
# 10
---
# Source: about_Scopes: a child scope reads the parent's variables (dynamic scoping)
function outer { $v = 'outer value'; inner }
function inner { "inner sees: $v" }
outer
$v = 'script value'
inner
#=>
# inner sees: outer value
# inner sees: script value
---
# Source: about_Scopes: assigning in a child scope creates a local variable
$g = 5
function f { $g++; "in f: $g" }
f
"after: $g"
#=>
# in f: 6
# after: 5
---
# Source: about_Scopes, "Scope modifiers": $script: and $global:
function f { $script:s = 'script set'; $global:gv = 'global set' }
f
$s
$gv
#=>
# script set
# global set
---
# Source: about_Scopes: Set-Variable / Get-Variable with -Scope
function f { Set-Variable -Name fromf -Value 'set in parent' -Scope 1 }
f
$fromf
function g { $local = 'l'; (Get-Variable -Name local -Scope 0).Value }
g
#=>
# set in parent
# l
---
# Source: about_Script_Blocks, GetNewClosure
$x = 1
$closure = { $x }.GetNewClosure()
$plain = { $x }
$x = 2
& $closure
& $plain
#=>
# 1
# 2
---
# Source: about_Script_Blocks: a closure captures the function's parameters
function New-Adder($n) { { param($v) $v + $n }.GetNewClosure() }
$add5 = New-Adder 5
& $add5 10
$add5.Invoke(1)
#=>
# 15
# 6
---
# Source: about_Script_Blocks: parameters and $args in script blocks; Invoke returns the output
& { param($a, $b) $a * $b } 3 4
& { $args -join '+' } 1 2 3
{ param($x) $x + 1 }.Invoke(2)
$sb = { "called with $($args.Count)" }
$sb.Invoke('a', 'b')
#=>
# 12
# 1+2+3
# 3
# called with 2
---
# Source: about_Operators, "Call operator &": calling a command by name in a string
function Get-Hello { 'hello' }
$name = 'Get-Hello'
& $name
& 'Write-Output' 'via string'
#=>
# hello
# via string
---
# Source: about_Script_Blocks: script blocks in the pipeline with begin/process/end
1..3 | & { begin { 'b' } process { "p$_" } end { 'e' } }
#=>
# b
# p1
# p2
# p3
# e
---
# Source: about_Functions: a function is visible through the Function: drive and Get-Command
function My-Func { 'x' }
Test-Path Function:My-Func
(Get-Command My-Func).CommandType
${function:My-Func}.GetType().Name
#=>
# True
# Function
# ScriptBlock
---
# Source: about_Functions: redefining a function replaces it
function f { 'first' }
function f { 'second' }
f
#=>
# second
---
# Source: about_Functions_Advanced_Parameters: the value of a pipeline parameter is not bound in begin
function f {
    param([Parameter(ValueFromPipeline)]$In)
    begin { "begin: [$In]" }
    process { "process: [$In]" }
    end { "end: [$In]" }
}
'a', 'b' | f
#=>
# begin: []
# process: [a]
# process: [b]
# end: [b]
---
# Source: about_Functions_Advanced_Parameters: an array parameter from the pipeline gets one element per process call
function f {
    param([Parameter(ValueFromPipeline)][string[]]$Items)
    process { "count $($Items.Count): $Items" }
}
'a', 'b' | f
f -Items 'a', 'b'
#=>
# count 1: a
# count 1: b
# count 2: a b
---
# Source: about_Functions_CmdletBindingAttribute: common parameters are added to advanced functions
function f { [CmdletBinding()] param($Name) }
$p = (Get-Command f).Parameters
$p.ContainsKey('ErrorAction')
$p.ContainsKey('Verbose')
$p.ContainsKey('Name')
#=>
# True
# True
# True
---
# Source: about_Functions_Advanced: $PSCmdlet in advanced functions, WriteObject
function f { [CmdletBinding()] param() $PSCmdlet.WriteObject('from PSCmdlet'); $PSCmdlet.MyInvocation.MyCommand.Name }
f
#=>
# from PSCmdlet
# f
---
# Source: about_Automatic_Variables, "$MyInvocation" in a function
function Show-Me { $MyInvocation.MyCommand.Name }
Show-Me
#=>
# Show-Me
---
# Source: about_Parameters_Default_Values: $PSDefaultParameterValues applies to advanced functions
function Get-Greeting { [CmdletBinding()] param($Name = 'nobody') "Hi $Name" }
$PSDefaultParameterValues['Get-Greeting:Name'] = 'Default'
Get-Greeting
Get-Greeting -Name Given
#=>
# Hi Default
# Hi Given
---
# Source: about_CommonParameters: common parameters belong to cmdlets and advanced functions, not simple functions
function g($a, [int]$b) { }
(Get-Command g).Parameters.Keys
(Get-Command g).Parameters['b'].ParameterType.Name
#=>
# a
# b
# Int32
---
# Source: about_Automatic_Variables, "$MyInvocation": InvocationName is the name used to call the command
function Show-Me { $MyInvocation.InvocationName }
Set-Alias -Name sm -Value Show-Me
Show-Me
sm
#=>
# Show-Me
# sm
---
# Source: about_Functions: a switch parameter is a SwitchParameter with IsPresent
function f { param([switch]$S) $S.GetType().Name; $S.IsPresent }
f -S
#=>
# SwitchParameter
# True
---
# Source: about_Automatic_Variables, "$args": in a function without a param block, -name tokens are arguments too
function g { $args.Count; "$args" }
g -x 1
#=>
# 2
# -x 1
---
# Source: about_Splatting: beginning in PowerShell 7.1, an explicit parameter overrides a splatted one
function f { param($A, $B) "$A-$B" }
$h = @{ A = 1; B = 2 }
f @h -B 9
#=>
# 1-9
---
# Source: about_Functions_Advanced_Parameters: validation attributes also apply when the parameter variable is assigned later
function f {
    param([ValidateSet('Low', 'High')][string]$Level = 'Low')
    try { $Level = 'Medium' } catch { $_.Exception.Message }
    $Level
}
f
#=>
# The variable cannot be validated because the value Medium is not a valid value for the Level variable.
# Low
---
# Source: about_Functions_Advanced_Parameters, "ValidatePattern validation attribute"
function f { param([ValidatePattern('^\d+$')]$Code) "code=$Code" }
f 123
try { f abc } catch { $_.Exception.Message }
#=>
# code=123
# Cannot validate argument on parameter 'Code'. The argument "abc" does not match the "^\d+$" pattern. Supply an argument that matches "^\d+$" and try the command again.
---
# Source: about_Functions_Advanced_Parameters, "ValidateScript validation attribute"
function f { param([ValidateScript({ $_ -gt 0 })][int]$N) "N=$N" }
f 3
try { f -1 } catch { $_.Exception.Message }
#=>
# N=3
# Cannot validate argument on parameter 'N'. The " $_ -gt 0 " validation script for the argument with value "-1" did not return a result of True. Determine why the validation script failed, and then try the command again.
---
# Source: about_Functions_Advanced: a simple function puts unknown parameters in $args
function Get-Thing { param($Name) "name=$Name args=$args" }
Get-Thing -Name a -Zzz
#=>
# name=a args=-Zzz
---
# Source: about_Scopes: $private: variables are not visible in child scopes
$private:p = 'secret'
$shown = 'visible'
function f { "p=[$p] shown=[$shown]" }
f
#=>
# p=[] shown=[visible]
---
# Source: about_Script_Blocks: a script block is an object; its ToString is its text
$sb = { 1 + 1 }
$sb.GetType().Name
"$sb"
(& $sb)
#=>
# ScriptBlock
#  1 + 1
# 2
