# hello.ps1: functions, pipelines, a hashtable, string formatting and table output.

function Get-Greeting {
    param(
        [Parameter(Mandatory, Position = 0)][string]$Name,
        [string]$Greeting = 'Hello'
    )
    "$Greeting, $Name!"
}

Get-Greeting 'World'
Get-Greeting pyposh -Greeting Welcome

# Mean distance from the sun, in millions of km.
$planets = @{ Mercury = 57.9; Venus = 108.2; Earth = 149.6; Mars = 227.9; Jupiter = 778.5 }
'{0} planets; the farthest is {1:N1} million km out.' -f $planets.Count, ($planets.Values | Measure-Object -Maximum).Maximum

$planets.GetEnumerator() |
    Sort-Object Value |
    ForEach-Object {
        [pscustomobject]@{
            Planet   = $_.Key
            Distance = $_.Value
            AU       = [math]::Round($_.Value / $planets.Earth, 2)
        }
    }

$words = -split 'the quick brown fox jumps over the lazy dog'
$words | Group-Object Length | Sort-Object { [int]$_.Name } | ForEach-Object {
    '{0} letters: {1}' -f $_.Name, ($_.Group -join ', ')
}
$stats = $words | Measure-Object -Property Length -Average -Maximum
'Average word length: {0:N2}; the longest has {1}.' -f $stats.Average, $stats.Maximum
