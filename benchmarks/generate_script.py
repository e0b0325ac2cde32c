"""Writes a realistic PowerShell script of an exact number of lines, for the parse benchmark.

The script is built from templates of everyday code (advanced functions with param blocks and
attributes, pipelines, hashtables, loops, switch, try/catch, here-strings, comments), with names
and values drawn from a seeded random generator: the same arguments always give the same text.

    python benchmarks/generate_script.py [LINES] [SEED] > big.ps1
"""
from __future__ import annotations

import random
import sys

NOUNS = ("Report", "User", "Server", "Invoice", "Package", "Backup", "Ticket", "Metric", "Order", "Node")
VERBS = ("Get", "Set", "New", "Remove", "Test", "Invoke", "Export", "Import", "Update", "Find")
PROPS = ("Name", "Id", "Status", "Size", "Owner", "Created", "Path", "Count", "Region", "Priority")
WORDS = ("alpha", "beta", "gamma", "delta", "ready", "failed", "pending", "archive", "primary", "east")

TEMPLATES = (
    '''\
function {verb}-{noun} {{
    [CmdletBinding(SupportsShouldProcess)]
    param(
        [Parameter(Mandatory, ValueFromPipeline, Position = 0)]
        [ValidateNotNullOrEmpty()]
        [string[]]${prop},

        [ValidateSet('{w1}', '{w2}', '{w3}')]
        [string]$Mode = '{w1}',

        [int]$Limit = {n},
        [switch]$Force
    )
    begin {{
        $results = [System.Collections.Generic.List[object]]::new()
        Write-Verbose "Starting {verb}-{noun} in $Mode mode"
    }}
    process {{
        foreach ($item in ${prop}) {{
            if ($Force -or $PSCmdlet.ShouldProcess($item, '{verb}')) {{
                $results.Add([pscustomobject]@{{ {prop} = $item; Mode = $Mode; Index = $results.Count }})
            }}
        }}
    }}
    end {{
        $results | Select-Object -First $Limit
    }}
}}
''',
    '''\
# Summarize {noun} records by {prop}
${var} = Import-Csv -Path "./data/{w1}.csv" |
    Where-Object {{ $_.{prop} -ne $null -and $_.Status -eq '{w2}' }} |
    Group-Object -Property {prop} |
    Sort-Object -Property Count -Descending |
    Select-Object -First {n} -Property Name, Count
''',
    '''\
${var} = @{{
    {prop} = '{w1}'
    Limit = {n}
    Tags = @('{w2}', '{w3}')
    Nested = @{{ Enabled = $true; Ratio = {f} }}
}}
${var}['{prop}'] = ${var}.{prop}.ToUpper()
"{noun}: {{0}} ({{1:N2}})" -f ${var}.{prop}, ${var}.Nested.Ratio
''',
    '''\
for ($i = 0; $i -lt {n}; $i++) {{
    $value = $i * {m} % 7
    if ($value -gt 3) {{
        $total += $value
    }} elseif ($value -eq 0) {{
        continue
    }} else {{
        $total -= 1
    }}
}}
''',
    '''\
switch -regex (${var}) {{
    '^{w1}' {{ $kind = 'first'; break }}
    '\\d+$' {{ $kind = 'numbered' }}
    {{ $_.Length -gt {n} }} {{ $kind = 'long' }}
    default {{ $kind = 'other' }}
}}
''',
    '''\
try {{
    $content = Get-Content -Path "$env:TEMP/{w1}-{n}.log" -ErrorAction Stop
    $errors = @($content | Select-String -Pattern 'ERROR|FATAL')
    Write-Output "Found $($errors.Count) errors in {noun} log"
}}
catch [System.IO.IOException] {{
    Write-Warning "Could not read log: $($_.Exception.Message)"
}}
finally {{
    Remove-Variable -Name content -ErrorAction SilentlyContinue
}}
''',
    '''\
${var} = Get-ChildItem -Path . -Filter '*.{w1}' -Recurse -File 2>$null |
    ForEach-Object {{
        [pscustomobject]@{{
            Name = $_.Name
            SizeKB = [math]::Round($_.Length / 1kb, 2)
            Age = ((Get-Date) - $_.LastWriteTime).Days
        }}
    }} | Sort-Object SizeKB -Descending
''',
    '''\
$message = @"
{noun} report for $env:USERNAME
Items: $(${var}.Count), limit {n}
"@
$lines = $message -split "`n" | ForEach-Object {{ $_.Trim() }} | Where-Object {{ $_ }}
do {{
    $attempt++
    Start-Sleep -Milliseconds {n}
}} until ($attempt -ge 3 -or $lines.Count -eq 0)
''',
    '''\
filter ConvertTo-{noun}{prop} {{ $_.{prop} -replace '\\s+', '_' }}
${var} = 1..{n} | Where-Object {{ $_ % 2 -eq 0 }} | ForEach-Object {{ $_ * {m} }}
${var} += [int[]]('{n}', '{m}') -join ','
$isLarge = (${var} | Measure-Object -Sum).Sum -gt {n}000 -and -not $Force
''',
)

FILLERS = (
    "${var} = '{w1}-{n}'",
    "$total += {n}",
    "# {noun}: {w1} {w2}",
    "Write-Verbose \"{verb} {noun} {{0}}\" -Verbose:$false",
    "${var} = ${var} -replace '{w1}', '{w2}'",
)


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        verb=rng.choice(VERBS), noun=rng.choice(NOUNS), prop=rng.choice(PROPS),
        w1=rng.choice(WORDS), w2=rng.choice(WORDS), w3=rng.choice(WORDS),
        var=rng.choice(NOUNS).lower() + rng.choice(PROPS), n=rng.randint(2, 500), m=rng.randint(2, 9),
        f=round(rng.random(), 3),
    )


def generate(lines: int = 5000, seed: int = 0) -> str:
    """A script of exactly `lines` lines (each ending in a newline)."""
    rng = random.Random(seed)
    out: list[str] = []
    while True:
        block = _fill(rng.choice(TEMPLATES), rng).splitlines() + [""]
        if len(out) + len(block) > lines:
            break
        out += block
    while len(out) < lines:
        out.append(_fill(rng.choice(FILLERS), rng))
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    sys.stdout.write(generate(n, seed))
