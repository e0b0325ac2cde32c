# Source: ConvertTo-Csv (PowerShell 7.4 docs), Example 6: hashtables' keys are the header
$person1 = @{
    Name = 'John Smith'
    Number = 1
}

$person2 = @{
    Name = 'Jane Smith'
    Number = 2
}

$allPeople = $person1, $person2
$allPeople | ConvertTo-Csv
#=>
# "Name","Number"
# "John Smith","1"
# "Jane Smith","2"
---
# Source: ConvertTo-Csv docs, -UseQuotes AsNeeded: quote only fields holding the delimiter, a quote or a newline
[pscustomobject]@{ A = 'say "hi"'; B = 'p,q'; C = 'plain' } | ConvertTo-Csv -UseQuotes AsNeeded
#=>
# A,B,C
# "say ""hi""","p,q",plain
---
# Source: ConvertTo-Csv docs, -UseQuotes Never, and NOTES: a missing value is two consecutive delimiters
[pscustomobject]@{ A = 1; B = $null; C = 3 } | ConvertTo-Csv -UseQuotes Never
#=>
# A,B,C
# 1,,3
---
# Source: ConvertTo-Csv docs, Example 4: -QuoteFields quotes only the named columns (header too)
[pscustomobject]@{ DisplayHint = 'DateTime'; Date = 'd'; Day = 22 } | ConvertTo-Csv -QuoteFields Date
#=>
# DisplayHint,"Date",Day
# DateTime,"d",22
---
# Source: ConvertTo-Csv docs, Example 2: -Delimiter; NOTES: the first object's properties order the columns
$a = [pscustomobject]@{ Name = 'a'; Size = 1 }
$b = [pscustomobject]@{ Size = 2; Extra = 'x' }
$a, $b | ConvertTo-Csv -Delimiter ';'
#=>
# "Name";"Size"
# "a";"1"
# ;"2"
---
# Source: ConvertTo-Csv docs, -IncludeTypeInformation: #TYPE and the type's full name first
[pscustomobject]@{ A = 1 } | ConvertTo-Csv -IncludeTypeInformation
#=>
# #TYPE System.Management.Automation.PSCustomObject
# "A"
# "1"
---
# Source: ConvertFrom-Csv docs, Example 5: W3C Extended Log Format
$logData = @"
#Version: 1.0
#Date: 12-Jan-1996 00:00:00
#Fields: time,cs-method,cs-uri
00:34:23,GET,/foo/bar.html
12:21:16,GET,/foo/bar.html
12:45:52,GET,/foo/bar.html
12:57:34,GET,/foo/bar.html
"@
ConvertFrom-Csv $logData
#=>
# time     cs-method cs-uri
# ----     --------- ------
# 00:34:23 GET       /foo/bar.html
# 12:21:16 GET       /foo/bar.html
# 12:45:52 GET       /foo/bar.html
# 12:57:34 GET       /foo/bar.html
---
# Source: ConvertFrom-Csv docs: property values are strings; -Header names the columns, extra data is discarded
$rows = '1,"x, ""y""",extra' | ConvertFrom-Csv -Header A, B
$rows.B
$rows.A.GetType().FullName
#=>
# x, "y"
# System.String
---
# Source: ConvertFrom-Csv docs, -Delimiter; a round trip keeps the column order
'Name;Count', 'a;1', '', 'b;2' | ConvertFrom-Csv -Delimiter ';' | ConvertTo-Csv
#=>
# "Name","Count"
# "a","1"
# "b","2"
---
# Source: Import-Csv docs, Example 5: -Header on a file without a header row, then Get-Member
Set-Content Links.csv '113207,about_Aliases', '113208,about_Arithmetic_Operators'
$A = Import-Csv -Path .\Links.csv -Header 'LinkID', 'TopicTitle'
$A | Get-Member
#=>
#    TypeName: System.Management.Automation.PSCustomObject
#
# Name        MemberType   Definition
# ----        ----------   ----------
# Equals      Method       bool Equals(System.Object obj)
# GetHashCode Method       int GetHashCode()
# GetType     Method       type GetType()
# ToString    Method       string ToString()
# LinkID      NoteProperty string LinkID=113207
# TopicTitle  NoteProperty string TopicTitle=about_Aliases
---
# Source: Import-Csv docs, Example 5: Where-Object on imported objects
Set-Content Links.csv '113207,about_Aliases', '113208,about_Arithmetic_Operators'
$A = Import-Csv -Path .\Links.csv -Header 'LinkID', 'TopicTitle'
$A | Where-Object -Property TopicTitle -Like '*alias*'
#=>
# LinkID TopicTitle
# ------ ----------
# 113207 about_Aliases
---
# Source: Import-Csv docs, Example 6: an empty header gets a default name (H1) and a warning
Set-Content Projects.csv 'ProjectID,ProjectName,,Completed', '13,Inventory,Redmond,True',
    '440,,FarEast,True', '469,Marketing,Europe,False'
Import-Csv -Path .\Projects.csv
#=>
# WARNING: One or more headers weren't specified. Default names starting with "H" have been used in place of any missing headers.
#
# ProjectID ProjectName H1      Completed
# --------- ----------- --      ---------
# 13        Inventory   Redmond True
# 440                   FarEast True
# 469       Marketing   Europe  False
---
# Source: Export-Csv docs: no #TYPE header by default in PowerShell 7, every field quoted; -Append adds rows only
[pscustomobject]@{ Name = 'n1'; Val = 1 }, [pscustomobject]@{ Name = 'n2'; Val = 2 } | Export-Csv -Path out.csv
[pscustomobject]@{ Name = 'n3'; Val = 3 } | Export-Csv -Path out.csv -Append
Get-Content out.csv
(Import-Csv out.csv).Name
#=>
# "Name","Val"
# "n1","1"
# "n2","2"
# "n3","3"
# n1
# n2
# n3
