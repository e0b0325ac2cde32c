# logs.ps1: text processing: a here-string, regular expressions, switch -regex, -replace, Format-List.

$log = @'
2024-05-01 09:12:03 INFO  service started on port 8080
2024-05-01 09:12:07 WARN  cache miss rate 31%
2024-05-01 09:13:44 ERROR connection refused: db01
2024-05-01 09:15:02 INFO  request served in 120ms
2024-05-01 09:15:09 ERROR timeout after 30s: db02
'@

$entries = foreach ($line in $log -split '\r?\n') {
    if ($line -match '^(?<date>\S+) (?<time>\S+) (?<level>\w+)\s+(?<text>.*)$') {
        [pscustomobject]@{ Time = $Matches.time; Level = $Matches.level; Text = $Matches.text }
    }
}

'{0} entries, {1} errors' -f $entries.Count, @($entries | Where-Object Level -eq 'ERROR').Count

switch -regex ($entries.Text) {
    'refused|timeout' { "Needs attention: $_"; continue }
    '(\d+)ms' { "Fast request: $($Matches[1]) ms" }
}

$hosts = [regex]::Matches($log, 'db\d+') | ForEach-Object Value
"Database hosts: $($hosts -join ', ')"
'Timeline: ' + (($entries | ForEach-Object { $_.Time -replace '^(\d+):(\d+):\d+$', '$1h$2' }) -join ' -> ')

$perLevel = @{}
foreach ($entry in $entries) { $perLevel[$entry.Level]++ }
'Per level: ' + (($perLevel.Keys | Sort-Object | ForEach-Object { "$_=$($perLevel[$_])" }) -join ' ')

$entries | Where-Object Level -eq 'WARN' | Format-List
