# Source: Out-String (PowerShell 7.4 docs): one string holding the text the console shows
$s = [pscustomobject]@{ A = 1; B = 'x' } | Out-String
$s.GetType().Name
$s.Split("`n").Count
"[$s]"
#=>
# String
# 6
# [
# A B
# - -
# 1 x
#
# ]
---
# -Stream: one string per line
$lines = [pscustomobject]@{ A = 1; B = 'x' } | Out-String -Stream
$lines.Count
$lines | ForEach-Object { "<$_>" }
#=>
# 5
# <>
# <A B>
# <- ->
# <1 x>
# <>
---
# -Width cuts table columns to fit
[pscustomobject]@{ A = 1; B = 'a long text value' } | Out-String -Width 12
#=>
# A B
# - -
# 1 a long te…
---
# -Width wraps list values
[pscustomobject]@{ Name = 'n'; Text = 'aaa bbb ccc ddd' } | Format-List | Out-String -Width 14
#=>
# Name : n
# Text : aaa
#        bbb
#        ccc ddd
---
# strings pass through unchanged, each followed by a newline
'a', 'b' | Out-String
#=>
# a
# b
---
# -NoNewline joins the lines without line breaks
'a', 'b' | Out-String -NoNewline
#=>
# ab
---
# $Host.UI.RawUI.BufferSize.Width is the width Out-String uses for tables: 120 when output is not a terminal
$w = $Host.UI.RawUI.BufferSize.Width
if ($w -ne $null) { $w } else { 120 }
#=>
# 120
