# inventory.ps1: objects through a pipeline: filtering, sorting, calculated columns, grouping, errors.

$items = @(
    [pscustomobject]@{ Name = 'Widget';   Category = 'Tools'; Price = 2.50;  Quantity = 120 }
    [pscustomobject]@{ Name = 'Gadget';   Category = 'Tools'; Price = 12.00; Quantity = 15 }
    [pscustomobject]@{ Name = 'Sprocket'; Category = 'Parts'; Price = 0.75;  Quantity = 900 }
    [pscustomobject]@{ Name = 'Gear';     Category = 'Parts'; Price = 4.20;  Quantity = 0 }
    [pscustomobject]@{ Name = 'Manual';   Category = 'Books'; Price = 19.99; Quantity = 7 }
)

function Get-StockValue {
    param([Parameter(ValueFromPipeline)]$Item)
    process { $Item.Price * $Item.Quantity }
}

function Find-Item([string]$Name) {
    $found = $items | Where-Object Name -eq $Name
    if (-not $found) { throw "No item named '$Name'" }
    $found
}

"In stock: $(@($items | Where-Object Quantity -gt 0).Count) of $($items.Count) items"

$items |
    Where-Object { $_.Quantity -gt 0 } |
    Sort-Object -Property @{ Expression = { $_.Price * $_.Quantity }; Descending = $true } |
    Format-Table Name, Category, @{ Label = 'Value'; Expression = { '{0:N2}' -f ($_ | Get-StockValue) }; Align = 'Right' }

$items | Group-Object Category | Sort-Object Name | ForEach-Object {
    $value = ($_.Group | Get-StockValue | Measure-Object -Sum).Sum
    '{0,-6} {1} item(s), worth {2,8:N2}' -f $_.Name, $_.Count, $value
}

foreach ($item in $items) {
    $status = switch ($item.Quantity) {
        0 { 'out of stock'; break }
        { $_ -lt 10 } { 'running low' }
        default { 'ok' }
    }
    if ($status -ne 'ok') { '{0}: {1}' -f $item.Name, $status }
}

foreach ($name in 'Gear', 'Gizmo') {
    try {
        $item = Find-Item $name
        '{0} costs {1:N2}' -f $item.Name, $item.Price
    } catch {
        "Lookup failed: $($_.Exception.Message)"
    }
}
