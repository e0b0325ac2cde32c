# Source: PowerShell's Test-Json.Tests.ps1 (v7.4.19; -Options from v7.5.0), Test-Json (PowerShell 7.4 reference, example 3) and TestJsonCommand.cs / TestJsonCmdletStrings.resx (messages)
$validJson = '{ "name": "James", "hobbies": [".NET", "Blogging", "Reading", "Xbox", "LOLCATS"] }'
Test-Json -Json $validJson
$validJson | Test-Json
#=>
# True
# True
---
$validSchemaJson = '{ "description": "A person", "type": "object", "properties": { "name": {"type": "string"}, "hobbies": { "type": "array", "items": {"type": "string"} } } }'
$validJson = '{ "name": "James", "hobbies": [".NET", "Blogging", "Reading", "Xbox", "LOLCATS"] }'
Test-Json -Json $validJson -Schema $validSchemaJson
$validJson | Test-Json -Schema $validSchemaJson
#=>
# True
# True
---
$invalidNodeInJson = @'
{
    "name": "James",
    "hobbies": [".NET", "Blogging", "Reading", "Xbox", "LOLCATS"]
    errorNode
}
'@
Test-Json -Json $invalidNodeInJson -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
$Error[0].CategoryInfo.Category
$Error[0].Exception.Message
($invalidNodeInJson | Test-Json -ErrorAction SilentlyContinue)
#=>
# False
# InvalidJson,Microsoft.PowerShell.Commands.TestJsonCommand
# InvalidData
# Cannot parse the JSON.
# False
---
$validSchemaJson = '{ "description": "A person", "type": "object", "properties": { "name": {"type": "string"}, "hobbies": { "type": "array", "items": {"type": "string"} } } }'
$invalidTypeInJson2 = '{ "name": 123, "hobbies": [456, "Blogging", "Reading", "Xbox", "LOLCATS"] }'
$errorVar = $null
Test-Json -Json $invalidTypeInJson2 -Schema $validSchemaJson -ErrorVariable errorVar -ErrorAction SilentlyContinue
$errorVar.Count
$errorVar[0].FullyQualifiedErrorId
$errorVar[1].FullyQualifiedErrorId
#=>
# False
# 2
# InvalidJsonAgainstSchemaDetailed,Microsoft.PowerShell.Commands.TestJsonCommand
# InvalidJsonAgainstSchemaDetailed,Microsoft.PowerShell.Commands.TestJsonCommand
---
$invalidSchemaJson = '{ "description", "type": "object" }'
try { Test-Json -Json '{ "name": "James" }' -Schema $invalidSchemaJson -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
#=>
# InvalidJsonSchema,Microsoft.PowerShell.Commands.TestJsonCommand
# Cannot parse the JSON schema.
---
foreach ($value in 1, '"true"', 'true', '"null"', 'null', '"abc"', '[ 1, 2 ]') {
    $types = 'string', 'number', 'boolean', 'null', 'array', 'object'
    $types | Where-Object {
        $schema = "{ `"type`": `"$_`" }"
        Test-Json -Json $value -Schema $schema -ErrorAction SilentlyContinue
    }
}
#=>
# number
# string
# boolean
# string
# null
# string
# array
---
Set-Content -Path definitions.json -Value '{ "definitions":{ "name":{ "type":"string" }, "hobbies":{ "type":"array", "items":{ "type":"string" } } } }'
Set-Content -Path schema.json -Value '{ "description":"A person", "type":"object", "properties":{ "name":{ "$ref":"definitions.json#/definitions/name" }, "hobbies":{ "$ref":"definitions.json#/definitions/hobbies" } } }'
'{"name": "James", "hobbies": [".NET", "Blogging"]}' | Test-Json -SchemaFile 'schema.json'
'{"name": 123, "hobbies": [".NET", "Blogging"]}' | Test-Json -SchemaFile 'schema.json' -ErrorAction SilentlyContinue
$Error[0].FullyQualifiedErrorId
#=>
# True
# False
# InvalidJsonAgainstSchemaDetailed,Microsoft.PowerShell.Commands.TestJsonCommand
---
try { Test-Json -Json '{}' -SchemaFile no_such_file.json -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
#=>
# JsonSchemaFileOpenFailure,Microsoft.PowerShell.Commands.TestJsonCommand
---
Set-Content -Path validJson.json -Value '{ "name": "James", "hobbies": [".NET", "Blogging"] }'
Set-Content -LiteralPath '[valid]Json.json' -Value '{ "name": "James", "hobbies": [".NET", "Blogging"] }'
Test-Json -Path validJson.json
Test-Json -LiteralPath '[valid]Json.json'
Test-Json -LP '[valid]Json.json'
(Get-ChildItem -Path validJson.json -File | Test-Json)
#=>
# True
# True
# True
# True
---
Set-Content -LiteralPath '[valid]Json.json' -Value '{ "name": "James" }'
try { Test-Json -Path no_such_file.json -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Test-Json -Path '[valid]Json.json' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
try { Test-Json -LiteralPath '*Json.json' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
#=>
# PathNotFound,Microsoft.PowerShell.Commands.TestJsonCommand
# FileOpenFailure,Microsoft.PowerShell.Commands.TestJsonCommand
# PathNotFound,Microsoft.PowerShell.Commands.TestJsonCommand
---
$jsonWithComments = @'
{
    // A Json comment
    "string": "test"
}
'@
$jsonWithTrailingComma = '{ "string": "test", }'
($jsonWithComments | Test-Json -ErrorAction SilentlyContinue)
($jsonWithComments | Test-Json -Option IgnoreComments)
($jsonWithTrailingComma | Test-Json -ErrorAction SilentlyContinue)
($jsonWithTrailingComma | Test-Json -Option AllowTrailingCommas)
#=>
# False
# True
# False
# True
---
$jsonWithCommentsAndTrailingComma = @'
{
    // A Json comment
    "string": "test",
}
'@
($jsonWithCommentsAndTrailingComma | Test-Json -ErrorAction SilentlyContinue)
($jsonWithCommentsAndTrailingComma | Test-Json -Option IgnoreComments, AllowTrailingCommas)
#=>
# False
# True
---
Test-Json -Json '{'
#=>
# False
#!>
# Test-Json: <casedir>/test-json.chunks.ps1:135
# Line |
#  135 |  Test-Json -Json '{'
#      |  ~~~~~~~~~~~~~~~~~~~
#      | Cannot parse the JSON.
---
(Get-Command Test-Json).Source
#=>
# Microsoft.PowerShell.Utility
