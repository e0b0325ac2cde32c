# Source: about_Hidden (hidden members are left out of Get-Member unless -Force; they stay public and usable)
class Car {
    [string] $Color
    [int] $Distance
    [int] Drive ([int]$Miles) { $this.Distance += $Miles; $this.Rides++; return $this.Distance }
    hidden [int] $Rides = 0
    hidden [void] Service () { $this.Rides = 0 }
}
$TestCar = [Car]::new()
[void]$TestCar.Drive(10)
($TestCar | Get-Member -MemberType Property).Name -join ','
($TestCar | Get-Member -MemberType Property -Force).Name -join ','
($TestCar | Get-Member -Name Service).Count
($TestCar | Get-Member -Name Service -Force).MemberType
$TestCar.Rides
#=>
# Color,Distance
# Color,Distance,Rides
# 0
# Method
# 1
---
# Source: PowerShell's test/powershell/Language/Classes/Scripting.Classes.Attributes.Tests.ps1 (setting a value the property's validation attribute rejects throws ErrorId ExceptionWhenSetting; valid values are set) and ClassOps.ValidateSetProperty (the attribute's own message)
class C1 { [ValidateRange(1, 10)][int]$f; static [ValidateSet("Present", "Absent")][string]$Ensure }
$c = [C1]::new()
$c.f = 10
$c.f
try { $c.f = 20 } catch { $_.FullyQualifiedErrorId; $_.Exception.GetType().FullName; $_.Exception.Message }
$c.f
[C1]::Ensure = 'Present'
try { [C1]::Ensure = 'foo' } catch { $_.FullyQualifiedErrorId }
[C1]::Ensure
#=>
# 10
# ExceptionWhenSetting
# System.Management.Automation.SetValueInvocationException
# Exception setting "f": "The 20 argument is greater than the maximum allowed range of 10. Supply an argument that is less than or equal to 10 and then try the command again."
# 10
# ExceptionWhenSetting
# Present
---
# Source: Scripting.Classes.Attributes.Tests.ps1 ("Set to string should fail with ExceptionWhenSetting": a value the property's type rejects)
class C2 { [int]$arg }
$c = [C2]::new()
try { $c.arg = 'abc' } catch { $_.FullyQualifiedErrorId }
#=>
# ExceptionWhenSetting
