"""Parser message templates and their PowerShell error ids (as in ParserStrings.resx)."""
from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"\{(\w+)\}")

PARSER_MESSAGES = {
    "MissingEndCurlyBrace": "Missing closing '}' in statement block or type definition.",
    "IncompleteHashLiteral": "The hash literal was incomplete.",
    "MissingEndParenthesisInExpression": "Missing closing ')' in expression.",
    "MissingEndParenthesisInSubexpression": "Missing closing ')' in subexpression.",
    "MissingEndParenthesisInMethodCall": "Missing closing ')' in method call.",
    "MissingEndParenthesisInFunctionParameterList": "Missing ')' in function parameter list.",
    "MissingEndParenthesisAfterStatement": "Missing closing ')' after expression in '{keyword}' statement.",
    "MissingEndSquareBracket": "Missing ']' after array index expression.",
    "TerminatorExpectedAtEndOfString": "The string is missing the terminator: {terminator}.",
    "TerminatorExpectedAtEndOfHereString": "The string is missing the terminator: {terminator}.",
    "MissingEndMultiLineComment": "Missing the terminator '#>' for the multi-line comment.",
    "UnexpectedToken": "Unexpected token '{token}' in expression or statement.",
    "MissingExpressionAfterOperator": "You must provide a value expression following the '{operator}' operator.",
    "MissingExpressionAfterToken": "Missing expression after '{token}'.",
    "ExpectedValueExpression": "You must provide a value expression on the right-hand side of the '{operator}' operator.",
    "MissingPropertyName": "Missing property name after reference operator.",
    "MissingOpenParenthesisInIfStatement": "Missing '(' after 'if' in if statement.",
    "MissingStatementBlock": "Missing statement block.",
    "IncompleteStatement": "Incomplete statement.",
    "MissingStatementBlockAfterElse": "Missing statement block after 'else' keyword.",
    "MissingCatchOrFinally": "The Try statement is missing its Catch or Finally block.",
    "MissingFunctionBody": "Missing function body in function declaration.",
    "MissingArrayIndexExpression": "Array index expression is missing or not valid.",
    "EmptyPipeElement": "An empty pipe element is not allowed.",
    "ExpressionsMustBeFirstInPipeline": "Expressions are only allowed as the first element of a pipeline.",
    "RedirectionNotSupported": "The '<' operator is reserved for future use.",
    "MissingFileSpecification": "Missing file specification after redirection operator.",
    "InvalidLeftHandSide": "The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.",
    "MissingVariableNameAfterForeach": "Missing variable name after foreach.",
    "MissingInInForeach": "Missing 'in' after variable in foreach loop.",
    "MissingTypename": "Missing type name after '['.",
    "AmpersandNotAllowed": "The ampersand (&) character is not allowed. The & operator is reserved for future use; wrap an ampersand in double quotation marks (\"&\") to pass it as part of a string.",
    "UnexpectedAttribute": "Unexpected attribute '{name}'.",
    "InvalidNamespaceValue": "The specified namespace in the 'using' statement contains invalid characters.",
    "UsingMustBeAtStartOfScript": "A 'using' statement must appear before any other statements in a script.",
    "InvalidVariableReference": "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
}


def message(key: str, **args) -> tuple[str, str]:
    """The message text for an error id, with its arguments filled in, and the id."""
    template = PARSER_MESSAGES[key]
    return _PLACEHOLDER.sub(lambda m: str(args.get(m.group(1), m.group(0))), template), key
