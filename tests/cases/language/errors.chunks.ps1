# Source: about_Try_Catch_Finally
try { throw 'boom' } catch { "caught: $_" } finally { 'finally' }
#=>
# caught: boom
# finally
---
# Source: about_Throw: throwing a string creates a RuntimeException whose error id is the message
try { throw 'boom' } catch {
    $_.Exception.GetType().FullName
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_ -is [System.Management.Automation.ErrorRecord]
}
#=>
# System.Management.Automation.RuntimeException
# boom
# boom
# OperationStopped
# True
---
# Source: about_Throw: throw with no argument
try { throw } catch { $_.Exception.Message }
#=>
# ScriptHalted
---
# Source: about_Throw: throwing a non-exception object keeps it as TargetObject
try { throw @{ Code = 42 } } catch {
    $_.TargetObject.Code
    $_.Exception.Message
}
#=>
# 42
# System.Collections.Hashtable
---
# Source: about_Throw: throwing an exception object
try { throw [System.ArgumentException]::new('bad arg') } catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
}
#=>
# bad arg
# bad arg
---
# Source: about_Try_Catch_Finally: [System.Management.Automation.RuntimeException] catches thrown strings
try { throw 'text' } catch [System.Management.Automation.RuntimeException] { "runtime: $_" }
#=>
# runtime: text
---
# Source: about_Try_Catch_Finally: an exception not matched by any catch propagates to the outer try
try {
    try { throw [System.ArgumentException]::new('inner') } catch [System.IO.IOException] { 'not here' }
} catch { "outer: $($_.Exception.Message)" }
#=>
# outer: inner
---
# Source: about_Try_Catch_Finally: throw inside catch rethrows the current error
try {
    try { throw 'original' } catch { 'handling'; throw }
} catch { "outer caught: $_" }
#=>
# handling
# outer caught: original
---
# Source: about_Try_Catch_Finally: finally runs after an inner error before the outer catch
try {
    try { throw 'a' } finally { 'inner finally' }
} catch { "outer caught $_" }
#=>
# inner finally
# outer caught a
---
# Source: about_Try_Catch_Finally: finally runs when return or break leaves the try block
function f { try { return 'r' } finally { 'fin' } }
f
foreach ($i in 1..3) { try { if ($i -eq 2) { break }; "i=$i" } finally { "finally $i" } }
#=>
# r
# fin
# i=1
# finally 1
# finally 2
---
# Source: about_Automatic_Variables, "$_" / ErrorRecord.InvocationInfo: the line of the error
try {
    'line one'
    throw 'here'
} catch {
    $_.InvocationInfo.ScriptLineNumber
}
#=>
# line one
# 87
---
# Source: about_Error_Handling: .NET method exceptions are MethodInvocationException
try { 'abc'.Substring(10) } catch {
    $_.Exception.GetType().Name
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# MethodInvocationException
# ArgumentOutOfRangeException
# Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"
---
# Source: about_Error_Handling: a conversion failure
try { [int]'abc' } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
}
#=>
# InvalidCastFromStringToInteger
# InvalidArgument
# Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."
---
# Source: about_Error_Handling: an unknown command is a CommandNotFoundException
try { No-Such-Command-Xyz } catch {
    $_.Exception.GetType().Name
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
}
#=>
# CommandNotFoundException
# CommandNotFoundException
# ObjectNotFound
# The term 'No-Such-Command-Xyz' is not recognized as a name of a cmdlet, function, script file, or executable program.
# Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
---
# Source: about_Error_Handling: calling a method on $null
try { $null.Foo() } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
#=>
# InvokeMethodOnNull
# You cannot call a method on a null-valued expression.
---
# Source: about_Try_Catch_Finally: non-terminating errors are not caught without -ErrorAction Stop
try { Write-Error 'nt' -ErrorAction SilentlyContinue; 'continued' } catch { 'caught' }
try { Write-Error 'stop' -ErrorAction Stop; 'not reached' } catch { "caught: $_" }
#=>
# continued
# caught: stop
---
# Source: about_CommonParameters, "-ErrorAction": Stop on a cmdlet error
try { Get-Item /no/such/path -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().Name
}
#=>
# PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand
# ObjectNotFound
# ItemNotFoundException
---
# Source: about_Preference_Variables, "$ErrorActionPreference": Stop makes non-terminating errors terminating
$ErrorActionPreference = 'Stop'
try { Write-Error 'custom'; 'not reached' } catch { 'err: ' + $_.Exception.Message }
#=>
# err: custom
---
# Source: about_Preference_Variables, "$ErrorActionPreference" = SilentlyContinue example
$ErrorActionPreference = 'SilentlyContinue'
Write-Error -Message 'Test Error' ; Write-Host 'Hello World'
$Error.Count
#=>
# Hello World
# 1
---
# Source: about_CommonParameters: -ErrorAction overrides $ErrorActionPreference
$ErrorActionPreference = 'Stop'
Write-Error 'quiet' -ErrorAction SilentlyContinue
'still running'
#=>
# still running
---
# Source: about_Preference_Variables: Ignore does not add the error to $Error, SilentlyContinue does
$Error.Clear()
Write-Error 'a' -ErrorAction SilentlyContinue
$Error.Count
Write-Error 'b' -ErrorAction Ignore
$Error.Count
$Error[0].Exception.Message
#=>
# 1
# 1
# a
---
# Source: about_Automatic_Variables, "$Error": the most recent error is $Error[0]
$Error.Clear()
Write-Error 'first' -ErrorAction SilentlyContinue
Write-Error 'second' -ErrorAction SilentlyContinue
"$($Error[0])"
"$($Error[1])"
$Error.GetType().Name
#=>
# second
# first
# ArrayList
---
# Source: about_Automatic_Variables, "$Error": errors caught by try/catch are recorded too
$Error.Clear()
try { throw 'caught one' } catch { }
$Error.Count
"$($Error[0])"
#=>
# 1
# caught one
---
# Source: about_CommonParameters, "-ErrorVariable"
Write-Error 'ev' -ErrorAction SilentlyContinue -ErrorVariable myErr
$myErr.Count
"$($myErr[0])"
Write-Error 'more' -ErrorAction SilentlyContinue -ErrorVariable +myErr
$myErr.Count
Write-Error 'fresh' -ErrorAction SilentlyContinue -ErrorVariable myErr
$myErr.Count
#=>
# 1
# ev
# 2
# 1
---
# Source: about_CommonParameters: -ErrorVariable on an advanced function collects errors written inside it
function f { [CmdletBinding()] param() Write-Error 'from f'; 'output' }
$out = f -ErrorAction SilentlyContinue -ErrorVariable fe
$out
$fe.Count
"$($fe[0])"
#=>
# output
# 1
# from f
---
# Source: about_CommonParameters: -ErrorAction Stop on an advanced function
function f { [CmdletBinding()] param() Write-Error 'in f'; 'after' }
try { f -ErrorAction Stop } catch { "caught: $_" }
#=>
# caught: in f
---
# Source: about_Error_Handling: a statement-terminating error stops only the current statement
$zero = 0
'before'
1 / $zero
'next statement'
#=>
# before
# next statement
#!>
# RuntimeException: <casedir>/errors.chunks.ps1:246
# Line |
#  246 |  1 / $zero
#      |  ~~~~~~~~~
#      | Attempted to divide by zero.
---
# Source: about_Error_Handling: inside a function, a statement-terminating error does not stop the function
$zero = 0
function f { $null = 1 / $zero; 'rest of f' }
try { f } catch { 'not caught here' }
f 2> $null
'end'
#=>
# not caught here
# rest of f
# end
---
# Source: about_Throw: throw is script-terminating; a function stops and so does the script
function f { 'in f'; throw 'stop everything'; 'not reached' }
f
'not reached either'
#=>
# in f
#!>
# Exception: <casedir>/errors.chunks.ps1:270
# Line |
#  270 |  function f { 'in f'; throw 'stop everything'; 'not reached' }
#      |                       ~~~~~~~~~~~~~~~~~~~~~~~
#      | stop everything
---
# Source: about_Preference_Variables, "$ErrorActionPreference" = Continue example
Write-Error -Message  'Test Error' ; Write-Host 'Hello World'
#=>
# Hello World
#!>
# Write-Error: <casedir>/errors.chunks.ps1:283
# Line |
#  283 |  Write-Error -Message  'Test Error' ; Write-Host 'Hello World'
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Test Error
---
# Source: about_Preference_Variables, "$ErrorView": a cmdlet error in a script (ConciseView)
Get-Item -Path /no/such/file.txt
'after'
#=>
# after
#!>
# Get-Item: <casedir>/errors.chunks.ps1:294
# Line |
#  294 |  Get-Item -Path /no/such/file.txt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '/no/such/file.txt' because it does not exist.
---
# Source: about_Trap: a trap in a function continues the function after the failing statement
function function1 {
    trap { "An error: $_"; continue }
    NonsenseString
    'function1 was completed'
}
function1
#=>
# An error: The term 'NonsenseString' is not recognized as a name of a cmdlet, function, script file, or executable program.
# Check the spelling of the name, or if a path was included, verify that the path is correct and try again.
# function1 was completed
---
# Source: about_Trap: a trap outside the function does not resume inside the function
function function2 {
    throw 'in function2'
    'function2 was completed'
}
trap { "trapped: $_"; continue }
function2
'script continues'
#=>
# trapped: in function2
# script continues
---
# Source: about_Trap, "Using the break and continue keywords": break rethrows to the caller
function break_example {
    trap {
        'Error trapped'
        break
    }
    1/$null
    'Function completed.'
}
try { break_example } catch { "caller caught: $($_.Exception.Message)" }
#=>
# Error trapped
# caller caught: Attempted to divide by zero.
---
# Source: about_Trap: trap by .NET type
trap [System.DivideByZeroException] { 'div trapped'; continue }
$zero = 0
$r = 10 / $zero
'after'
#=>
# div trapped
# after
---
# Source: about_Error_Handling: Write-Error in a catch block writes a non-terminating error and continues
$ErrorActionPreference = 'Continue'
try { throw 'x' } catch { Write-Error "wrapped: $_" -ErrorAction SilentlyContinue; 'handled' }
$Error[0].Exception.Message
#=>
# handled
# wrapped: x
---
# Source: about_Throw: a thrown exception object is $_.Exception itself (not wrapped)
try { throw [System.ArgumentException]::new('bad arg') } catch { $_.Exception.GetType().Name }
#=>
# ArgumentException
---
# Source: about_Try_Catch_Finally: catching by type, the first matching catch wins
try { throw [System.ArgumentException]::new('bad arg') }
catch [System.IO.IOException] { 'io' }
catch [System.ArgumentException] { "arg: $($_.Exception.Message)" }
catch { 'other' }
#=>
# arg: bad arg
---
# Source: about_Try_Catch_Finally: a catch for a base class catches derived exceptions; a catch can list several types
try { throw [System.IO.FileNotFoundException]::new('nf') } catch [System.IO.IOException] { 'io base' }
try { throw [System.InvalidOperationException]::new('x') } catch [System.ArgumentException], [System.InvalidOperationException] { 'either' }
#=>
# io base
# either
---
# Source: about_Try_Catch_Finally / acceptance core/errors: dividing by zero is caught as [System.DivideByZeroException]
$zero = 0
try { 1 / $zero } catch [System.DivideByZeroException] { 'div0' }
try { 1 / $zero } catch {
    $_.Exception.GetType().Name
    $_.Exception.Message
    $_.FullyQualifiedErrorId
}
#=>
# div0
# RuntimeException
# Attempted to divide by zero.
# RuntimeException
---
# Source: about_Try_Catch_Finally: the RuntimeException of a division by zero wraps the .NET DivideByZeroException
$zero = 0
try { 1 / $zero } catch { $_.Exception.InnerException.GetType().Name }
#=>
# DivideByZeroException
---
# Source: about_Try_Catch_Finally: $_ and $PSItem in catch; the exception's inner exception
try { throw [System.Exception]::new('outer', [System.Exception]::new('inner')) } catch {
    $PSItem.Exception.Message
    $_.Exception.InnerException.Message
}
#=>
# outer
# inner
---
# Source: about_Automatic_Variables, "$?"
Write-Error 'x' -ErrorAction SilentlyContinue
$?
'ok'
$?
#=>
# False
# ok
# True
---
# Source: about_Automatic_Variables, "$?": a caught exception leaves $? false at the start of catch; throw in a function
try { throw 'x' } catch { $? }
function g { 1 }
g
$?
#=>
# False
# 1
# True
---
# Source: about_Functions_Advanced_Parameters / ConciseView: a binding error shows the command name
function Get-Thing { [CmdletBinding()] param($Name) }
Get-Thing -Zzz 1
'after'
#=>
# after
#!>
# Get-Thing: <casedir>/errors.chunks.ps1:431
# Line |
#  431 |  Get-Thing -Zzz 1
#      |            ~~~~
#      | A parameter cannot be found that matches parameter name 'Zzz'.
---
# Source: about_Trap, "Trapping errors in a scriptblock" (continue example)
function ContinueExample {
    trap {
        'Error trapped'
        continue
    }
    foreach ($x in 3..-1) {
       "1/$x = "
       "`t$(1/$x)"
    }
    'End of function'
}

ContinueExample
#=>
# 1/3 =
# 	0.333333333333333
# 1/2 =
# 	0.5
# 1/1 =
# 	1
# 1/0 =
# Error trapped
# End of function
---
# Source: about_Trap: without break or continue the error is written and the script continues after the block
trap { 'An error occurred!'}
foreach ($x in 3..-1) {
       "1/$x = "
       "`t$(1/$x)"
}
'after loop'
#=>
# 1/3 =
# 	0.333333333333333
# 1/2 =
# 	0.5
# 1/1 =
# 	1
# 1/0 =
# An error occurred!
# after loop
#!>
# RuntimeException: <casedir>/errors.chunks.ps1:471
# Line |
#  471 |         "`t$(1/$x)"
#      |              ~~~~
#      | Attempted to divide by zero.
---
# Source: about_Trap: traps are hoisted; the most specific trap handles the error
throw [System.ArgumentException]::new('specific')
'after'
trap { 'general'; continue }
trap [System.ArgumentException] { "argument trap: $($_.Exception.Message)"; continue }
#=>
# argument trap: specific
# after
---
# Source: about_Error_Handling: $PSCmdlet.ThrowTerminatingError in an advanced function
function f {
    [CmdletBinding()] param()
    $err = [System.Management.Automation.ErrorRecord]::new(
        [System.InvalidOperationException]::new('custom failure'), 'MyErrorId', 'InvalidOperation', $null)
    $PSCmdlet.ThrowTerminatingError($err)
}
try { f } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.Message
}
#=>
# MyErrorId,f
# InvalidOperation
# custom failure
