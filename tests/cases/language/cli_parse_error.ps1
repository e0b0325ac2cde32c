# Source: about_Pwsh / about_Parsing: a parse error stops the script before it runs (ParserError, exit code 1)
'never printed'
function f {
