# Sources: about_Functions_Advanced_Parameters ("Dynamic parameters": the Get-Sample example, KeyCount only when -Path starts with HKLM:); PowerShell's test/powershell/Language/Scripting/Dynamicparameters.Tests.ps1 (its assertions); PowerShell's source: PseudoParameters.cs (RuntimeDefinedParameter, RuntimeDefinedParameterDictionary), Attributes.cs (ParameterAttribute defaults), CmdletParameterBinderController.cs and ParameterBinderStrings.resx / AutomationExceptions.resx (binding order and messages), CommandInfo.cs (Parameters runs the block with no arguments)
function Get-Sample {
  [CmdletBinding()]
  param([string]$Name, [string]$Path)

  dynamicparam
  {
    if ($Path.StartsWith("HKLM:"))
    {
      $parameterAttribute = [System.Management.Automation.ParameterAttribute]@{
          ParameterSetName = "ByRegistryPath"
          Mandatory = $false
      }

      $attributeCollection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
      $attributeCollection.Add($parameterAttribute)

      $dynParam1 = [System.Management.Automation.RuntimeDefinedParameter]::new(
        'KeyCount', [Int32], $attributeCollection
      )

      $paramDictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
      $paramDictionary.Add('KeyCount', $dynParam1)
      return $paramDictionary
    }
  }
}
Get-Sample -Path HKLM:\Software -KeyCount 2
Get-Sample -Path HKLM:\Software
Get-Sample -Name x -Path C:\Temp
'done'
#=>
# done
---
# Source: about_Functions_Advanced_Parameters: KeyCount is available only when -Path starts with HKLM: (else pwsh's NamedParameterNotFound)
function Get-Sample {
  [CmdletBinding()]
  param([string]$Name, [string]$Path)

  dynamicparam
  {
    if ($Path.StartsWith("HKLM:"))
    {
      $parameterAttribute = [System.Management.Automation.ParameterAttribute]@{
          ParameterSetName = "ByRegistryPath"
          Mandatory = $false
      }

      $attributeCollection = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
      $attributeCollection.Add($parameterAttribute)

      $dynParam1 = [System.Management.Automation.RuntimeDefinedParameter]::new(
        'KeyCount', [Int32], $attributeCollection
      )

      $paramDictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
      $paramDictionary.Add('KeyCount', $dynParam1)
      return $paramDictionary
    }
  }
}
Get-Sample -Path C:\Temp -KeyCount 2
#!>
# Get-Sample: <casedir>/dynamicparam.chunks.ps1:62
# Line |
#   62 |  Get-Sample -Path C:\Temp -KeyCount 2
#      |                           ~~~~~~~~~
#      | A parameter cannot be found that matches parameter name 'KeyCount'.
---
# Source: Dynamicparameters.Tests.ps1 (foo-bar: dp1 bound, NamedParameterNotFound,foo-bar, no dynamic parameters, not passed)
function foo-bar
{
    [CmdletBinding()]
    param($path)

    dynamicparam {
        if ($PSBoundParameters["path"] -contains "abc") {
            $attributes = [System.Management.Automation.ParameterAttribute]::New()
            $attributes.ParameterSetName = 'pset1'
            $attributes.Mandatory = $false

            $attributeCollection = [System.Collections.ObjectModel.Collection``1[System.Attribute]]::new()
            $attributeCollection.Add($attributes)

            $dynParam1 = [System.Management.Automation.RuntimeDefinedParameter]::new("dp1", [Int32], $attributeCollection)

            $paramDictionary = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
            $paramDictionary.Add("dp1", $dynParam1)

            return $paramDictionary
        }

        $paramDictionary = $null
        return $null
    }

    begin {
        if ($null -ne $paramDictionary) {
            if ($null -ne $paramDictionary.dp1.Value) {
                $paramDictionary.dp1.Value
            }
            else {
                "dynamic parameters not passed"
            }
        }
        else {
          "no dynamic parameters"
        }
    }

    process {}
    end {}
}
foo-bar -path abc -dp1 42
try { foo-bar -path def -dp1 42 } catch { $_.FullyQualifiedErrorId }
foo-bar -path def
foo-bar -path abc
#=>
# 42
# NamedParameterNotFound,foo-bar
# no dynamic parameters
# dynamic parameters not passed
---
# Source: CmdletParameterBinderController.cs and PseudoParameters.cs: dynamic values go to $PSBoundParameters and the parameter's Value/IsSet, not to variables; the parameter set comes from the ParameterAttribute
function Test-Dyn {
    [CmdletBinding()]
    param([string]$Mode)
    dynamicparam {
        $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $c = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $c.Add([Parameter]@{ ParameterSetName = 'Extra'; Position = 1 })
        $script:p = [System.Management.Automation.RuntimeDefinedParameter]::new('Level', [int], $c)
        $d.Add('Level', $script:p)
        $d
    }
    end {
        "Mode=$Mode Level=$($PSBoundParameters['Level']) Type=$($PSBoundParameters['Level'].GetType().Name)"
        "Variable: $(Test-Path variable:Level)"
        "Set: $($PSCmdlet.ParameterSetName)"
        "Value: $($script:p.Value) IsSet: $($script:p.IsSet)"
    }
}
Test-Dyn -Mode fast -Level '3'
Test-Dyn fast 7
#=>
# Mode=fast Level=3 Type=Int32
# Variable: False
# Set: Extra
# Value: 3 IsSet: True
# Mode=fast Level=7 Type=Int32
# Variable: False
# Set: Extra
# Value: 7 IsSet: True
---
# Source: ParameterBinderStrings.resx (MissingMandatoryParameter, ParameterArgumentValidationError, NamedParameterNotFound) applied to dynamic parameters with Mandatory, ValidateSet and Alias attributes
function Test-Action {
    [CmdletBinding()]
    param()
    dynamicparam {
        $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $p = [System.Management.Automation.RuntimeDefinedParameter]::new('Action', [string], [System.Attribute[]]@(
            [Parameter]@{ Mandatory = $true; Position = 0 }
            [ValidateSet]::new('Start', 'Stop')
            [Alias]::new('Act')
        ))
        $d.Add($p.Name, $p)
        $d
    }
    end { "Action: $($PSBoundParameters.Action)" }
}
Test-Action -Action Start
Test-Action Stop
Test-Action -Act Start
try { Test-Action -Action Jump } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Test-Action } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { Test-Action -Bogus 1 } catch { $_.FullyQualifiedErrorId }
#=>
# Action: Start
# Action: Stop
# Action: Start
# ParameterArgumentValidationError,Test-Action
# Cannot validate argument on parameter 'Action'. The argument "Jump" does not belong to the set "Start,Stop" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.
# MissingMandatoryParameter,Test-Action
# Cannot process command because of one or more missing mandatory parameters: Action.
# NamedParameterNotFound,Test-Action
---
# Source: CmdletParameterBinderController.cs (pipeline input binds to a dynamic parameter, which $PSBoundParameters then holds; not yet in begin)
function Test-Pipe {
    [CmdletBinding()]
    param()
    dynamicparam {
        $d = New-Object System.Management.Automation.RuntimeDefinedParameterDictionary
        $a = New-Object System.Management.Automation.ParameterAttribute
        $a.Mandatory = $true
        $a.ValueFromPipeline = $true
        $c = New-Object -TypeName System.Collections.ObjectModel.Collection[System.Attribute]
        $c.Add($a)
        $d.Add('InputObject', (New-Object System.Management.Automation.RuntimeDefinedParameter('InputObject', [string], $c)))
        $d
    }
    begin { "begin: $($PSBoundParameters.ContainsKey('InputObject'))" }
    process { "process: $($PSBoundParameters['InputObject'])" }
}
'a', 'b' | Test-Pipe
#=>
# begin: False
# process: a
# process: b
---
# Source: AutomationExceptions.resx DynamicParametersWrongType and ParameterBinderStrings.resx GetDynamicParametersException / RuntimeDefinedParameterNameMismatch
function t-many { [CmdletBinding()] param() dynamicparam { 1; 2 } end { 'ran' } }
function t-throw { [CmdletBinding()] param() dynamicparam { throw 'boom' } end { 'ran' } }
function t-key { [CmdletBinding()] param() dynamicparam {
    $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
    $d.Add('other', [System.Management.Automation.RuntimeDefinedParameter]::new('Other', [int], $null))
    $d } end { 'ran' } }
try { t-many } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { t-throw } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
try { t-key } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
#=>
# GetDynamicParametersException,t-many
# Cannot retrieve the dynamic parameters for the cmdlet. Object "1 2" is the wrong type to return from the dynamicparam block. The dynamicparam block must return either $null, or an object with type [System.Management.Automation.RuntimeDefinedParameterDictionary].
# GetDynamicParametersException,t-throw
# Cannot retrieve the dynamic parameters for the cmdlet. boom
# RuntimeDefinedParameterNameMismatch,t-key
# Cannot bind cmdlet t-key because runtime-defined parameter 'Other' was added to the RuntimeDefinedParameterDictionary with key 'other'. The key must be the same as RuntimeDefinedParameter.Name.
---
# Source: Attributes.cs (ParameterAttribute: Position int.MinValue, ParameterSetName __AllParameterSets) and PseudoParameters.cs (Value sets IsSet; the dictionary's keys ignore case)
$a = [Parameter]::new()
$a.Position
$a.ParameterSetName
$a.Mandatory
$h = [Parameter]@{ Mandatory = $true; Position = 1; ParameterSetName = 'X'; ValueFromPipeline = $true; HelpMessage = 'Help' }
$h.Mandatory, $h.Position, $h.ParameterSetName, $h.ValueFromPipeline, $h.HelpMessage -join '|'
$h -is [System.Attribute]
$p = [System.Management.Automation.RuntimeDefinedParameter]::new('Size', [int], $null)
$p.IsSet
$p.Value = 5
$p.IsSet
$p.ParameterType.FullName
$d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
$d.Add('Size', $p)
$d['SIZE'].Name
$d.Size.Value
$d.GetType().FullName
#=>
# -2147483648
# __AllParameterSets
# False
# True|1|X|True|Help
# True
# False
# True
# System.Int32
# Size
# 5
# System.Management.Automation.RuntimeDefinedParameterDictionary
---
# Source: CommandInfo.cs (Parameters runs the dynamicparam block with no arguments; ParameterMetadata.IsDynamic)
function Test-Meta {
    [CmdletBinding()]
    param($Path)
    dynamicparam {
        $d = [System.Management.Automation.RuntimeDefinedParameterDictionary]::new()
        $c = [System.Collections.ObjectModel.Collection[System.Attribute]]::new()
        $c.Add([Parameter]::new())
        $d.Add('Depth', [System.Management.Automation.RuntimeDefinedParameter]::new('Depth', [int], $c))
        $d
    }
}
$params = (Get-Command Test-Meta).Parameters
$params.ContainsKey('Depth')
$params['Depth'].IsDynamic
$params['Depth'].ParameterType.FullName
$params['Path'].IsDynamic
#=>
# True
# True
# System.Int32
# False
