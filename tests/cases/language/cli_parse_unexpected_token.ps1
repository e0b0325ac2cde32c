# Source: about_Parsing / ParserStrings.UnexpectedToken: two expressions in a row are a parse error
'first'
'a' 'b'
