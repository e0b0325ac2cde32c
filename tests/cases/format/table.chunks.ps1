# Source: Format-Table (PowerShell 7.4 docs) and about_Format.ps1xml: column widths from the data, numbers right-aligned, 120 columns when redirected
1..3 | ForEach-Object { [pscustomobject]@{ Name = "item$_"; Size = $_ * 100; Ok = $_ -eq 2 } }
#=>
# Name  Size    Ok
# ----  ----    --
# item1  100 False
# item2  200  True
# item3  300 False
---
# a value wider than the line is cut with … at column 120
[pscustomobject]@{ Name = 'a'; Text = 'x' * 150 } | Format-Table
#=>
# Name Text
# ---- ----
# a    xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…
---
# Format-Table -AutoSize: widths from every row
'a', 'longer name', 'mid' | ForEach-Object { [pscustomobject]@{ Name = $_; Length = $_.Length } } | Format-Table -AutoSize
#=>
# Name        Length
# ----        ------
# a                1
# longer name     11
# mid              3
---
# -Property picks and orders columns
[pscustomobject]@{ A = 1; B = 'two'; C = 3 } | Format-Table -Property C, A
#=>
# C A
# - -
# 3 1
---
# -Property with a wildcard
[pscustomobject]@{ Alpha = 1; Beta = 2; Also = 3 } | Format-Table A*
#=>
# Alpha Also
# ----- ----
#     1    3
---
# -Wrap: long values continue on the next lines instead of being cut
[pscustomobject]@{ Name = 'a'; Text = 'word ' * 30 } | Format-Table -Wrap
#=>
# Name Text
# ---- ----
# a    word word word word word word word word word word word word word word word word word word word word word word word
#      word word word word word word word
---
# -HideTableHeaders
1..2 | ForEach-Object { [pscustomobject]@{ N = $_; S = 's' * $_ } } | Format-Table -HideTableHeaders
#=>
# 1 s
# 2 ss
---
# -GroupBy: a new group (and header) each time the value changes
'a1', 'a2', 'b1' | ForEach-Object { [pscustomobject]@{ Key = $_[0]; Value = $_ } } | Format-Table -GroupBy Key
#=>
#    Key: a
#
# Key Value
# --- -----
# a   a1
# a   a2
#
#    Key: b
#
# Key Value
# --- -----
# b   b1
---
# calculated columns: Name/Label, Expression (script block or name), FormatString
[pscustomobject]@{ Name = 'disk'; Bytes = 1536 } |
    Format-Table Name, @{ Name = 'KB'; Expression = { $_.Bytes / 1KB }; FormatString = 'N1' }, @{ Label = 'Raw'; Expression = 'Bytes' }
#=>
# Name  KB  Raw
# ----  --  ---
# disk 1.5 1536
---
# calculated columns: Width and Alignment
[pscustomobject]@{ A = 'x'; B = 'y' } | Format-Table @{ e = 'A'; Width = 6; Alignment = 'Right' }, @{ e = 'B'; Width = 5; Alignment = 'Center' }, @{ e = 'A'; Label = 'L'; Width = 4 }
#=>
#      A   B   L
#      -   -   -
#      x   y   x
---
# floating-point values in a table from properties use two decimals
[pscustomobject]@{ X = 2.0; Y = 1.456789 } | Format-Table
#=>
#    X    Y
#    -    -
# 2.00 1.46
---
# collections in a cell: at most $FormatEnumerationLimit (4) items, then …
[pscustomobject]@{ A = 1..6; B = @(1, 2) } | Format-Table
#=>
# A             B
# -             -
# {1, 2, 3, 4…} {1, 2}
---
# scalars through Format-Table stay one per line (out-of-band)
1, 'two' | Format-Table
#=>
# 1
# two
