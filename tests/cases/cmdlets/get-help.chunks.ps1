# Source: PowerShell's test/powershell/Language/Scripting/ScriptHelp.Tests.ps1 and HelpErrors.resx (HelpNotFound)
function missingHelp { param($abc) }
(Get-Help missingHelp).Synopsis.Trim()
#=>
# missingHelp [[-abc] <Object>]
---
<#
.SYNOPSIS
    This help block goes on helpFunc2
#>

function helpFunc2 { param($abc) }
(Get-Help helpFunc2).Synopsis.Trim()
#=>
# This help block goes on helpFunc2
---
function helpFunc3()
{
#
#
#.Synopsis
#
#   A synopsis of helpFunc3.
#
#
$null
}
$x = helpFunc3 -?
$x.Synopsis
#=>
# A synopsis of helpFunc3.
---
function helpFunc12 {
    Param ([Parameter(Mandatory=$true)][String]$Name,
           [string]$Extension = "txt")
    $name + "." + $extension
<#
.SYNOPSIS
Adds a file name extension to a supplied name.
.EXAMPLE
    PS>helpFunc12 -Name foo
    Adds .txt to foo
#>
}
$x = Get-Help helpFunc12
$x.examples.example[0].introduction[0].text
$x.examples.example[0].code
$x.examples.example[0].remarks[0].text
$x.Parameters.parameter[1].defaultValue
#=>
# PS>
# helpFunc12 -Name foo
# Adds .txt to foo
# "txt"
---
function foo {
    <#
      .EXAMPLE
      foo bar
    #>
    param()
}
(Get-Help foo -Examples).examples.example.introduction.Text
#=>
# PS >
---
# .SYNOPSIS
#
#    A relatively useless function.
#
# .DESCRIPTION
#
#    A description
#
# .NOTES
#
#    This function is mostly harmless.
#
# .LINK
#
#    https://blogs.msdn.com/powershell
#
# .LINK
#
#    other commands
#
# .COMPONENT
#
#    Something
#
function helpFunc1 { $null }
$x = Get-Help helpFunc1
$x.Synopsis
$x.alertSet.alert[0].Text
$x.relatedLinks.navigationLink[0].uri
$x.relatedLinks.navigationLink[1].linkText
$x.Component
#=>
# A relatively useless function.
# This function is mostly harmless.
# https://blogs.msdn.com/powershell
# other commands
# Something
---
Get-Help about_Nothing -ErrorAction SilentlyContinue -ErrorVariable e
$e[0].FullyQualifiedErrorId
$e[0].Exception.Message
#=>
# HelpNotFound,Microsoft.PowerShell.Commands.GetHelpCommand
# Get-Help could not find about_Nothing in a help file in this session. To download updated help topics type: "Update-Help". To get help online, search for the help topic in the TechNet library at https://go.microsoft.com/fwlink/?LinkID=107116.
---
function helpFunc11 {
    # .Synopsis
    #
    #   useless, sorry
    param(
        [string]
        # def help
        $def,
        <#mno help#>$mno
    )
}
(Get-Help helpFunc11 -Detailed).Parameters.parameter | ForEach-Object { $_.description[0].Text }
#=>
# def help
# mno help
