# Source: PowerShell's Get-Error.Tests.ps1, GetErrorCommand (Get-Error.cs), the GetErrorInstance view (Show-ErrorRecord, PowerShellCore_format_ps1xml.cs), .NET's HResults.cs constants, and the Get-Error doc page (PowerShell 7.4 reference)
[Exception]::new('myexception') | Get-Error
#=>
# Type    : System.Exception
# Message : myexception
# HResult : -2146233088
---
$e = [System.Management.Automation.ErrorRecord]::new([Exception]::new('boom'), 'MyId', 'InvalidOperation', $null)
$e | Get-Error
#=>
# Exception             :
#     Type    : System.Exception
#     Message : boom
#     HResult : -2146233088
# CategoryInfo          : InvalidOperation: (:) [], Exception
# FullyQualifiedErrorId : MyId
---
$inner = [FormatException]::new('inner')
$e = [System.Management.Automation.ErrorRecord]::new([InvalidOperationException]::new('outer', $inner), 'Id1', 'InvalidData', 'tgt')
Get-Error -InputObject $e
#=>
# Exception             :
#     Type           : System.InvalidOperationException
#     Message        : outer
#     InnerException :
#         Type    : System.FormatException
#         Message : inner
#         HResult : -2146233033
#     HResult        : -2146233079
# TargetObject          : tgt
# CategoryInfo          : InvalidData: (tgt:String) [], InvalidOperationException
# FullyQualifiedErrorId : Id1
---
try { 1/0 } catch { }
$out = Get-Error | Out-String
$out -like '*InnerException*'
$out -like '*-2146233087*'
$out -match 'Message : Attempted to divide by zero.'
($Error[0] | Get-Error | Out-String) -like '*-2146233087*'
#=>
# True
# True
# True
# True
---
try { 1/0 } catch { }
$err = Get-Error
$err -is [System.Management.Automation.ErrorRecord]
$err.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord'
$err.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord#PSExtendedError'
$null = $err | Out-String
$err -is [System.Management.Automation.ErrorRecord]
$err.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord'
$err.PSObject.TypeNames -contains 'System.Management.Automation.ErrorRecord#PSExtendedError'
$Error[0].pstypenames
#=>
# True
# False
# True
# True
# True
# False
# System.Management.Automation.ErrorRecord
# System.Object
---
try { 1/0 } catch { }
try { Get-Item (New-Guid) -ErrorAction SilentlyContinue } catch { }
(Get-Error -Newest 1).Count
(Get-Error -Last 2).Count
(Get-Error -Newest 9999).Count -eq $Error.Count
#=>
# 1
# 2
# True
---
foreach ($value in 0, -2) {
    try { Get-Error -Newest $value } catch { $_.FullyQualifiedErrorId }
}
#=>
# ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetErrorCommand
# ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetErrorCommand
---
$e = [Exception]::new('myexception')
$Error.Insert(0, $e)
(Get-Error | Out-String) -like '*myexception*'
$err = Get-Error
$err -is [System.Exception]
$err.PSObject.TypeNames -contains 'System.Exception'
$err.PSObject.TypeNames -contains 'System.Exception#PSExtendedError'
$null = $err | Out-String
$err -is [System.Exception]
$err.PSObject.TypeNames -contains 'System.Exception'
$err.PSObject.TypeNames -contains 'System.Exception#PSExtendedError'
#=>
# True
# True
# False
# True
# True
# True
# False
---
try { throw [ArgumentException]::new('myexception') } catch { }
(Get-Error | Out-String) -match "Type\s+:\sSystem.ArgumentException"
#=>
# True
---
$Error.Clear()
$Error.Insert(0, [Exception]::new('a'))
$Error.Insert(0, [Exception]::new('b'))
(gerr -Newest 2).PSErrorIndex
$null -eq (Get-Error).PSErrorIndex
gerr -Newest 2 | Out-String -Stream | Where-Object { $_ -match 'ErrorIndex|Message' }
#=>
# 0
# 1
# True
#    ErrorIndex: 0
# Message : b
#    ErrorIndex: 1
# Message      : a
---
$Error.Clear()
Get-Error
Get-Error -InputObject 'not an error'
#=>
---
Get-Item -Path /NoRealDirectory -ErrorAction SilentlyContinue
Get-Error | Out-String -Stream | Select-Object -First 13
#=>
# Exception             :
#     Type                 : System.Management.Automation.ItemNotFoundException
#     ErrorRecord          :
#         Exception             :
#             Type    : System.Management.Automation.ParentContainsErrorRecordException
#             Message : Cannot find path '/NoRealDirectory' because it does not exist.
#             HResult : -2146233087
#         TargetObject          : /NoRealDirectory
#         CategoryInfo          : ObjectNotFound: (/NoRealDirectory:String) [], ParentContainsErrorRecordException
#         FullyQualifiedErrorId : PathNotFound
#     ItemName             : /NoRealDirectory
#     SessionStateCategory : Drive
