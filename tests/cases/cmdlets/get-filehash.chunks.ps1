# Source: PowerShell's Get-FileHash.Tests.ps1 (v7.4.19), Get-FileHash (PowerShell 7.4 reference, example 1), GetHash.cs (errors) and FileHashInfo's table view (PowerShellCore_format_ps1xml.cs: widths 15, 70 and the rest)
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
$result = Get-FileHash hashable.txt
$result.Algorithm
$result.Hash
$result.Path -eq (Join-Path $PWD 'hashable.txt')
$result.GetType().FullName
#=>
# SHA256
# 41620F6C9F3531722EFE90AED9ABBC1D1B31788AA9141982030D3DDE199F770C
# True
# Microsoft.PowerShell.Commands.FileHashInfo
---
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
foreach ($algorithm in 'sHA1', 'SHA256', 'SHA384', 'SHA512', 'MD5') {
    $hash = Get-FileHash hashable.txt -Algorithm $algorithm
    "$($hash.Algorithm) $($hash.Hash)"
}
#=>
# SHA1 0C483659B1F2D5A8F116211DE8F58BF45893CFFB
# SHA256 41620F6C9F3531722EFE90AED9ABBC1D1B31788AA9141982030D3DDE199F770C
# SHA384 EC4C4D4F0B2A79F216118C5A5059B8CE061097BA9161BE5890C098AAEB5DB169C13DAE0A6F855C9A589CD11DF47D0C87
# SHA512 6ABA8BA8B619100A6829BEB940D9D77E4A8197FDCAC2D0FE5AD6C2758DACC5A59774195FD8A7A92780B7582A966B81CA0C1576C0044C5AF7BE20F5CCF425BD76
# MD5 F9D78BD059AB162BEA21EB02BADDE001
---
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
Get-FileHash hashable.txt | Out-String -Width 200
#=>
# Algorithm       Hash                                                                   Path
# ---------       ----                                                                   ----
# SHA256          41620F6C9F3531722EFE90AED9ABBC1D1B31788AA9141982030D3DDE199F770C       <cwd>/hashable.txt
---
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
Get-FileHash -LiteralPath hashable.txt | Format-List
#=>
# Algorithm : SHA256
# Hash      : 41620F6C9F3531722EFE90AED9ABBC1D1B31788AA9141982030D3DDE199F770C
# Path      : <cwd>/hashable.txt
---
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
Get-ChildItem *.txt | Get-FileHash | ForEach-Object Hash
Get-FileHash no-match-*.txt
#=>
# 41620F6C9F3531722EFE90AED9ABBC1D1B31788AA9141982030D3DDE199F770C
---
try { Get-FileHash hashable.txt -Algorithm wrongAlgorithm } catch { $_.FullyQualifiedErrorId }
#=>
# ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetFileHashCommand
---
Get-FileHash -Path nofileexist.ttt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
Get-FileHash -LiteralPath nofileexist.ttt -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].Exception.Message
#=>
# FileNotFound,Microsoft.PowerShell.Commands.GetFileHashCommand
# ObjectNotFound
# FileNotFound,Microsoft.PowerShell.Commands.GetFileHashCommand
# Could not find file '<cwd>/nofileexist.ttt'.
---
[System.IO.File]::WriteAllText("$PWD/hashable.txt", "Get-Module`n")
$result = $PWD.Path, 'hashable.txt' | Get-FileHash -ErrorVariable errorVariable -ErrorAction SilentlyContinue
$result.Count
$errorVariable.FullyQualifiedErrorId
#=>
# 1
# UnauthorizedAccessError,Microsoft.PowerShell.Commands.GetFileHashCommand
---
Get-FileHash -Path nofileexist.ttt
#!>
# Get-FileHash: <casedir>/get-filehash.chunks.ps1:70
# Line |
#   70 |  Get-FileHash -Path nofileexist.ttt
#      |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
#      | Cannot find path '<cwd>/nofileexist.ttt' because it does not exist.
---
(Get-Command Get-FileHash).Source
#=>
# Microsoft.PowerShell.Utility
