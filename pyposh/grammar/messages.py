"""Parser message templates and their PowerShell error ids (as in ParserStrings.resx)."""
from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

PARSER_MESSAGES = {
    "MissingEndCurlyBrace": "Missing closing '}' in statement block or type definition.",
    "MissingEndParenthesisInExpression": "Missing closing ')' in expression.",
    "MissingEndParenthesisInSubexpression": "Missing closing ')' in subexpression.",
    "MissingEndParenthesisInMethodCall": "Missing ')' in method call.",
    "MissingEndParenthesisInFunctionParameterList": "Missing ')' in function parameter list.",
    "MissingEndParenthesisAfterStatement": "Missing closing ')' after expression in '{keyword}' statement.",
    "MissingEndSquareBracket": "Missing ']' after array index expression.",
    "TerminatorExpectedAtEndOfString": "The string is missing the terminator: {terminator}.",
    "TerminatorExpectedAtEndOfHereString": "The string is missing the terminator: {terminator}.",
    "MissingEndMultiLineComment": "Missing the terminator '#>' for the multi-line comment.",
    "UnexpectedToken": "Unexpected token '{token}' in expression or statement.",
    "MissingExpressionAfterOperator": "Missing expression after unary operator '{operator}'.",
    "MissingExpressionAfterToken": "Missing expression after '{token}'.",
    "ExpectedValueExpression": "You must provide a value expression following the '{operator}' operator.",
    "MissingExpression": "Missing expression after '{token}' in pipeline element.",
    "MissingArgument": "Missing argument in parameter list.",
    "MissingColonInTernaryExpression": "Missing ':' in the ternary expression.",
    "MissingPropertyName": "Missing property name after reference operator.",
    "MissingOpenParenthesisInIfStatement": "Missing '(' after '{keyword}' in if statement.",
    "MissingStatementBlock": "Missing statement block after {keyword} ( condition ).",
    "MissingOpenParenthesisAfterKeyword": "Missing opening '(' after keyword '{keyword}'.",
    "MissingLoopStatement": "Missing statement body in {keyword} loop.",
    "MissingExpressionAfterKeyword": "Missing expression after '{keyword}' in loop.",
    "MissingWhileOrUntilInDoWhile": "Missing while or until keyword in do loop.",
    "MissingForeachExpression": "Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingEndParenthesisAfterForeach": (
        "Missing closing ')' after expression part of foreach "
        "loop.\nThe correct form is: foreach ($a in $b) {...}"),
    "MissingForeachStatement": "Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingTrapStatement": "The 'trap' statement was incomplete. A trap statement requires a body.",
    "MissingTryStatementBlock": "The Try statement is missing its statement block.",
    "MissingCatchHandlerBlock": "The Catch block is missing its statement block.",
    "MissingFinallyStatementBlock": "The Finally block is missing its statement block.",
    "MissingTypeLiteralToken": "Missing type literal.",
    "MissingNameAfterKeyword": "Missing name after {keyword} keyword.",
    "MissingTypeBody": "Missing '{keyword}' body in '{keyword}' declaration.",
    "TypeNameExpected": "Type name expected.",
    "PipelineValueRequired": (
        "A switch statement must have one of the following:  "
        "'-file file_name' or '( expression )'."),
    "MissingCurlyBraceInSwitchStatement": "Missing '{' in switch statement.",
    "MissingSwitchConditionExpression": "Missing condition in switch statement clause.",
    "MissingSwitchStatementClause": "Missing statement block in switch statement clause.",
    "MissingFilenameOption": ("Cannot process the 'switch' statement because of a missing file name argument to the "
        "-file option."),
    "InvalidSwitchFlag": "The parameter {flag} is not valid for the switch statement.",
    "MissingStatementBlockForDataSection": "The Data section is missing its statement block.",
    "InvalidParameterForDataSectionStatement": (
        "The \"{parameter}\" parameter of the Data section is not "
        "valid. The valid Data section parameter is "
        "SupportedCommand."),
    "MissingValueForSupportedCommandInDataSectionStatement": (
        "The SupportedCommand parameter of the Data section is "
        "missing a value. Supply a cmdlet or function name to "
        "the parameter."),
    "MissingNamedStatementBlock": "Missing statement block after '{keyword}'.",
    "SplattingNotPermitted": ("The splatting operator '@' cannot be used to reference variables in an expression. "
        "'@{name}' can be used only as an argument to a command. To reference variables in an "
        "expression use '${name}'."),
    "DuplicateFormalParameter": "Duplicate parameter ${name} in parameter list.",
    "MultipleSwitchDefaultClauses": "A switch statement can have only one default clause.",
    "IncompleteStatement": "Incomplete statement.",
    "MissingStatementBlockAfterElse": "Missing statement block after 'else' keyword.",
    "MissingCatchOrFinally": "The Try statement is missing its Catch or Finally block.",
    "MissingFunctionBody": "Missing function body in function declaration.",
    "MissingArrayIndexExpression": "Array index expression is missing or not valid.",
    "EmptyPipeElement": "An empty pipe element is not allowed.",
    "ExpressionsMustBeFirstInPipeline": "Expressions are only allowed as the first element of a pipeline.",
    "RedirectionNotSupported": "The '{operator}' operator is reserved for future use.",
    "MissingFileSpecification": "Missing file specification after redirection operator.",
    "InvalidLeftHandSide": (
        "The assignment expression is not valid. The input to "
        "an assignment operator must be an object that is able "
        "to accept assignments, such as a variable or a "
        "property."),
    "MissingVariableNameAfterForeach": (
        "Missing variable name after foreach.\nThe correct form "
        "is: foreach ($a in $b) {...}"),
    "MissingInInForeach": "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
    "MissingTypename": "Missing type name after '['.",
    "AmpersandNotAllowed": (
        "The ampersand (&) character is not allowed. The & "
        "operator is reserved for future use; wrap an ampersand "
        "in double quotation marks (\"&\") to pass it as part of "
        "a string."),
    "UnexpectedAttribute": "Unexpected attribute '{name}'.",
    "InvalidUnicodeEscapeSequence": "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
    "InvalidUnicodeEscapeSequenceValue": "The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.",
    "MissingUnicodeEscapeSequenceTerminator": "The Unicode escape sequence is missing the closing '}'.",
    "TooManyDigitsInUnicodeEscapeSequence": "The Unicode escape sequence contains more than the maximum of six hex digits between braces.",
    "InvalidNamespaceValue": "The specified namespace in the 'using' statement contains invalid characters.",
    "UsingMustBeAtStartOfScript": "A 'using' statement must appear before any other statements in a script.",
    "InvalidVariableReference": (
        "Variable reference is not valid. '$' was not followed "
        "by a valid variable name character. Consider using ${} "
        "to delimit the name."),
}


def message(key: str, **args) -> tuple[str, str]:
    """The message text for an error id, with its arguments filled in, and the id."""
    template = PARSER_MESSAGES[key]
    return _PLACEHOLDER.sub(lambda m: str(args.get(m.group(1), m.group(0))), template), key
