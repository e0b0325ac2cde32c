# Source: about_Classes_Properties (PowerShell 7.4 docs, ms.date 01/21/2025). Skipped: Example 7, OperablePair, Budget and ProjectSize (they define members with Update-TypeData). Where the page's output shows a random GUID or today's date, the chunk first defines a New-Guid or Get-Date function giving the page's value (a function comes before a cmdlet of the same name), so the example itself runs unchanged.
# Example 1. The page leaves out the Assignee line; PowerShell's list view shows every property, $null ones too (the page's own text and Example 3 show `Assignee  :`), so the source wins.
class ExampleProject1 {
    [string]   $Name
    [int]      $Size
    [bool]     $Completed
    [string]   $Assignee
    [datetime] $StartDate
    [datetime] $EndDate
    [datetime] $DueDate
}

[ExampleProject1]::new()

$null -eq ([ExampleProject1]::new()).Name
#=>
# Name      :
# Size      : 0
# Completed : False
# Assignee  :
# StartDate : 1/1/0001 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#
# True
---
# Example 2
enum ProjectState {
    NotTriaged
    ReadyForWork
    Committed
    Blocked
    InProgress
    Done
}

class ProjectAssignee {
    [string] $DisplayName
    [string] $UserName

    [string] ToString() {
        return "$($this.DisplayName) ($($this.UserName))"
    }
}

class ExampleProject2 {
    [string]          $Name
    [int]             $Size
    [ProjectState]    $State
    [ProjectAssignee] $Assignee
    [datetime]        $StartDate
    [datetime]        $EndDate
    [datetime]        $DueDate
}

[ExampleProject2]@{
    Name     = 'Class Property Documentation'
    Size     = 8
    State    = 'InProgress'
    Assignee = @{
        DisplayName = 'Mikey Lombardi'
        UserName    = 'michaeltlombardi'
    }
    StartDate = '2023-10-23'
    DueDate   = '2023-10-27'
}
#=>
# Name      : Class Property Documentation
# Size      : 8
# State     : InProgress
# Assignee  : Mikey Lombardi (michaeltlombardi)
# StartDate : 10/23/2023 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 10/27/2023 12:00:00 AM
---
# Example 3 (its three blocks in order). The errors name this file and its lines (the page ran them at a prompt) and wrap at the width the cases run with.
class ExampleProject3 {
                           [string]   $Name
    [ValidateRange(0, 16)] [int]      $Size
                           [bool]     $Completed
                           [string]   $Assignee
                           [datetime] $StartDate
                           [datetime] $EndDate
                           [datetime] $DueDate
}

$project = [ExampleProject3]::new()
$project

$project.Size = 8
$project

$project.Size = 32
$project.Size = -1

$project
#=>
# Name      :
# Size      : 0
# Completed : False
# Assignee  :
# StartDate : 1/1/0001 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#
# Name      :
# Size      : 8
# Completed : False
# Assignee  :
# StartDate : 1/1/0001 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#
# Name      :
# Size      : 8
# Completed : False
# Assignee  :
# StartDate : 1/1/0001 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#!>
# SetValueInvocationException: <casedir>/about_classes_properties.chunks.ps1:93
# Line |
#   93 |  $project.Size = 32
#      |  ~~~~~~~~~~~~~~~~~~
#      | Exception setting "Size": "The 32 argument is greater than the maximum allowed range of 16. Supply an argument
#      | that is less than or equal to 16 and then try the command again."
# SetValueInvocationException: <casedir>/about_classes_properties.chunks.ps1:94
# Line |
#   94 |  $project.Size = -1
#      |  ~~~~~~~~~~~~~~~~~~
#      | Exception setting "Size": "The -1 argument is less than the minimum allowed range of 0. Supply an argument that
#      | is greater than or equal to 0 and then try the command again."
---
# Example 4, with Get-Date giving the page's day.
function Get-Date { [datetime]'2023-10-23 14:12:31' }
class ExampleProject4 {
    [string]   $Name
    [int]      $Size
    [bool]     $Completed
    [string]   $Assignee
    [datetime] $StartDate = (Get-Date).Date
    [datetime] $EndDate
    [datetime] $DueDate
}

[ExampleProject4]::new()

[ExampleProject4]::new().StartDate -eq (Get-Date).Date
#=>
# Name      :
# Size      : 0
# Completed : False
# Assignee  :
# StartDate : 10/23/2023 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#
# True
---
# Example 5, with New-Guid giving the page's GUID.
function New-Guid { [guid]'c72cef84-057c-4649-8940-13490dcf72f0' }
class ExampleProject5 {
           [string]   $Name
           [int]      $Size
           [bool]     $Completed
           [string]   $Assignee
           [datetime] $StartDate
           [datetime] $EndDate
           [datetime] $DueDate
    hidden [string]   $Guid      = (New-Guid).Guid
}

$project = [ExampleProject5]::new()

"Project GUID: $($project.Guid)"

$project

$project | Get-Member -MemberType Properties | Format-Table
#=>
# Project GUID: c72cef84-057c-4649-8940-13490dcf72f0
#
# Name      :
# Size      : 0
# Completed : False
# Assignee  :
# StartDate : 1/1/0001 12:00:00 AM
# EndDate   : 1/1/0001 12:00:00 AM
# DueDate   : 1/1/0001 12:00:00 AM
#
#
#    TypeName: ExampleProject5
#
# Name      MemberType Definition
# ----      ---------- ----------
# Assignee  Property   string Assignee {get;set;}
# Completed Property   bool Completed {get;set;}
# DueDate   Property   datetime DueDate {get;set;}
# EndDate   Property   datetime EndDate {get;set;}
# Name      Property   string Name {get;set;}
# Size      Property   int Size {get;set;}
# StartDate Property   datetime StartDate {get;set;}
---
# Example 6, with New-Guid giving the page's two GUIDs in turn.
$PageGuids = [System.Collections.Queue]::new(@('75e7c8a0-f8d1-433a-a5be-fd7249494694', '6c501be4-e68c-4df5-8fce-e49dd8366afe'))
function New-Guid { [guid]$PageGuids.Dequeue() }
class ExampleProject6 {
           [string]            $Name
           [int]               $Size
           [bool]              $Completed
           [string]            $Assignee
           [datetime]          $StartDate
           [datetime]          $EndDate
           [datetime]          $DueDate
    hidden [string]            $Guid     = (New-Guid).Guid
    static [ExampleProject6[]] $Projects = @()

    ExampleProject6() {
        [ExampleProject6]::Projects += $this
    }
}

"Project Count: $([ExampleProject6]::Projects.Count)"

$project1 = [ExampleProject6]@{ Name = 'Project_1' }
$project2 = [ExampleProject6]@{ Name = 'Project_2' }

[ExampleProject6]::Projects | Select-Object -Property Name, Guid
#=>
# Project Count: 0
#
# Name      Guid
# ----      ----
# Project_1 75e7c8a0-f8d1-433a-a5be-fd7249494694
# Project_2 6c501be4-e68c-4df5-8fce-e49dd8366afe
---
# Default property values (ProjectTask), with New-Guid giving the page's GUID.
function New-Guid { [guid]'aa96350c-358d-465c-96d1-a49949219eec' }
class ProjectTask {
    [string] $Name
    [string] $Description
    [string] $Guid = (New-Guid).Guid
}

[ProjectTask]::new()
#=>
# Name Description Guid
# ---- ----------- ----
#                  aa96350c-358d-465c-96d1-a49949219eec
---
# Derived class properties (its three blocks in order). The page shows each block's output apart; run together the strings follow one another.
class BaseClass {
    static [string] $StaticProperty = 'Static'
    [string] $InstanceProperty = 'Instance'
}
class DerivedClassA : BaseClass     {}
class DerivedClassB : BaseClass     {}
class DerivedClassC : DerivedClassB {
    [string] $InstanceProperty
}
class DerivedClassD : BaseClass {
    static [string] $StaticProperty = 'Override'
    [string] $InstanceProperty = 'Override'
}

"Base instance      => $([BaseClass]::new().InstanceProperty)"
"Derived instance A => $([DerivedClassA]::new().InstanceProperty)"
"Derived instance B => $([DerivedClassB]::new().InstanceProperty)"
"Derived instance C => $([DerivedClassC]::new().InstanceProperty)"
"Derived instance D => $([DerivedClassD]::new().InstanceProperty)"

"Base static        => $([BaseClass]::StaticProperty)"
"Derived static A   => $([DerivedClassA]::StaticProperty)"
"Derived static B   => $([DerivedClassB]::StaticProperty)"
"Derived static C   => $([DerivedClassC]::StaticProperty)"
"Derived static D   => $([DerivedClassD]::StaticProperty)"

[DerivedClassA]::StaticProperty = 'Updated from A'
"Base static        => $([BaseClass]::StaticProperty)"
"Derived static A   => $([DerivedClassA]::StaticProperty)"
"Derived static B   => $([DerivedClassB]::StaticProperty)"
"Derived static C   => $([DerivedClassC]::StaticProperty)"
"Derived static D   => $([DerivedClassD]::StaticProperty)"
#=>
# Base instance      => Instance
# Derived instance A => Instance
# Derived instance B => Instance
# Derived instance C =>
# Derived instance D => Override
# Base static        => Static
# Derived static A   => Static
# Derived static B   => Static
# Derived static C   => Static
# Derived static D   => Override
# Base static        => Updated from A
# Derived static A   => Updated from A
# Derived static B   => Updated from A
# Derived static C   => Updated from A
# Derived static D   => Override
