"""Parse error diagnosis: which of PowerShell's parse errors a failed LALR parse is, read from the parser's stack.

PowerShell's recursive-descent parser (Parser.cs) reports most errors `After` the last piece of the construct it
was reading: `foreach ($a` is MissingInInForeach right after `$a`. The LALR stack holds the same pieces (the
keyword, then the tokens and finished subtrees after it), so the error is chosen by the innermost open
construct and what it holds so far."""
from __future__ import annotations

from lark import Token, Tree

OPENERS = frozenset({"LPAREN", "LBRACE", "DOLLAR_LPAREN", "AT_LPAREN", "AT_LBRACE", "CALL_LPAREN", "CALL_LBRACE",
                     "LBRACKET", "QLBRACKET", "ATTR_OPEN", "TYPE_ATTR_OPEN", "PARAM_ATTR_OPEN"})
CLOSERS = frozenset({"RPAREN", "RBRACE", "RBRACKET", "ATTR_CLOSE"})
KEYWORDS = frozenset({"FOR", "FOREACH", "WHILE", "UNTIL", "DO", "IF", "ELSEIF", "ELSE", "SWITCH", "TRY", "CATCH",
                      "FINALLY", "TRAP", "FUNCTION", "FILTER", "CLASS", "ENUM", "DATA"})
BINARY_OPERATORS = frozenset({"OP_COMPARE", "OP_LOGICAL", "OP_BITWISE", "OP_FORMAT", "PLUS", "MINUS", "OP_MUL",
                              "DOTDOT", "COALESCE"})
UNARY_OPERATORS = frozenset({"OP_NOT", "OP_BNOT", "OP_USPLIT", "OP_UJOIN", "INC", "DEC"})
# Tokens that end an operand: a `-` or `+` after one of these (or after a subtree) is a binary operator.
OPERAND_ENDS = frozenset({"VARIABLE", "NUMBER", "SQ_STRING", "DQ_STRING", "SQ_HERE", "DQ_HERE", "TYPE_EXPR",
                          "MEMBER_NAME", "GENERIC"}) | CLOSERS
EXPRESSION_STARTS = frozenset({"VARIABLE", "NUMBER", "SQ_STRING", "DQ_STRING", "SQ_HERE", "DQ_HERE", "TYPE_EXPR",
                               "LPAREN", "DOLLAR_LPAREN", "AT_LPAREN", "AT_LBRACE", "LBRACE", "TYPE"})
SWITCH_FLAGS = ("regex", "wildcard", "exact", "casesensitive", "parallel", "file")


class Diagnosis:
    """One failed parse: the parser's value stack, the unexpected token and the text."""

    def __init__(self, stack, tok, text, at_end):
        self.stack = list(stack)
        self.tok = tok
        self.text = text
        self.at_end = at_end          # at_end(pos): only blanks and comments follow pos

    # -- positions ------------------------------------------------------------------------------
    def end(self, item):
        """Where a stack item ends (PowerShell's After(item))."""
        if isinstance(item, Token):
            return item.end_pos
        meta = item.meta
        if not getattr(meta, "empty", True):
            return meta.end_pos
        ends = [self.end(c) for c in item.children if isinstance(c, (Token, Tree))]
        ends = [e for e in ends if e is not None]
        return max(ends) if ends else None

    def token_start(self):
        """Where the unexpected token starts (the end of the text for the end of input)."""
        return len(self.text) if self.tok.type == "$END" else self.tok.start_pos

    def text_of(self, tok):
        return self.text[tok.start_pos:tok.end_pos]

    def after(self, key, item, **args):
        pos = self.end(item)
        return key, args, pos, pos, self.at_end(pos)

    def at_token(self, key, **args):
        start = self.token_start()
        end = start if self.tok.type == "$END" else self.tok.end_pos
        return key, args, start, end, self.tok.type == "$END"

    # -- the diagnosis --------------------------------------------------------------------------
    def run(self):
        """(message key, message arguments, start, end, incomplete), or None when no rule applies."""
        if self.tok.type == "SPLAT":        # `@a` where an expression belongs (Parser.cs PrimaryExpressionRule)
            name = self.tok.value
            return "SplattingNotPermitted", {"name": name}, self.tok.start_pos, self.tok.end_pos, False
        found = self.expression_error()
        if found is None:
            found = self.statement_error()
        return found

    def expression_error(self):
        if not self.stack:
            return None
        top = self.stack[-1]
        kind = _type(top)
        below = _type(self.stack[-2]) if len(self.stack) > 1 else None
        if kind in BINARY_OPERATORS and (below in OPERAND_ENDS or isinstance(below, str) and below.islower()):
            return self.after("ExpectedValueExpression", top, operator=self.text_of(top))
        if kind in UNARY_OPERATORS or kind in ("MINUS", "PLUS"):
            return self.after("MissingExpressionAfterOperator", top, operator=self.text_of(top))
        if kind == "ASSIGN" or kind == "QUESTION" or kind == "COLON" and _has(self.stack, "QUESTION"):
            return self.after("ExpectedValueExpression", top, operator=self.text_of(top))
        if kind == "PIPE" and self.tok.type == "$END":
            return self.after("EmptyPipeElement", top)
        if kind == "PIPE" and self.tok.type in EXPRESSION_STARTS:     # `1|1` (Parser.cs PipelineRule)
            key, args, start, end, _ = self.at_token("ExpressionsMustBeFirstInPipeline")
            return key, args, start, end, False
        if len(self.stack) > 2 and _type(self.stack[-2]) == "QUESTION" and not _has(self.stack, "COLON", 1):
            return self.at_token("MissingColonInTernaryExpression")
        return None

    def statement_error(self):
        """The error of the innermost statement being read, from its keyword and what follows it."""
        found = self.open_statement()
        if found is None:
            return None
        index, open_index = found
        keyword = self.stack[index]
        own_opener = open_index is not None
        if own_opener and open_index != index + 1 and keyword.type != "SWITCH":
            return None                 # inside the statement's body: the body's own error
        rule = STATEMENT_RULES.get(keyword.type)
        if rule is None:
            return None
        return rule(self, keyword, self.stack[index + 1:], own_opener)

    def open_statement(self):
        """(index of the innermost statement keyword, index of the bracket still open after it or None), or None
        when a bracket of something else is open nearer the top."""
        depth = 0
        open_index = None
        for i in range(len(self.stack) - 1, -1, -1):
            kind = _type(self.stack[i])
            if kind in CLOSERS:
                depth += 1
            elif kind in OPENERS:
                if depth:
                    depth -= 1
                elif open_index is None:
                    open_index = i
                else:
                    return None
            elif kind in KEYWORDS:
                if kind in ("WHILE", "UNTIL") and not self.do_condition(i):
                    if kind == "UNTIL":
                        return None
                return i, open_index
        return None

    def do_condition(self, index):
        """The `while`/`until` at index ends a `do` loop."""
        return index >= 2 and _type(self.stack[index - 2]) == "DO"


def _type(item):
    if isinstance(item, Token):
        return item.type
    if isinstance(item, Tree):
        return item.data
    return None


def _has(stack, kind, skip=0):
    return any(_type(item) == kind for item in stack[:len(stack) - skip])


def _keyword_text(tok):
    return tok.value.lower()


# -- the statements, one rule each (Parser.cs, the rule of the same name) --------------------------------
def _loop_header(d: Diagnosis, keyword, rest, word, opener_open):
    """`for`, `while`, or the condition of a `do` loop: `(`, the condition, `)`."""
    if not rest:
        return d.after("MissingOpenParenthesisAfterKeyword", keyword, keyword=word)
    if _type(rest[0]) != "LPAREN":
        return None
    if _type(rest[-1]) == "RPAREN" and not opener_open:
        if word in ("while", "until") and d.do_condition(d.stack.index(keyword)):
            return None
        return d.after("MissingLoopStatement", rest[-1], keyword=word)
    if not opener_open:
        return None
    if len(rest) == 1 and word != "for":
        return d.after("MissingExpressionAfterKeyword", rest[0], keyword=word)
    return d.after("MissingEndParenthesisAfterStatement", rest[-1], keyword=word)


def for_rule(d, keyword, rest, opener_open):
    return _loop_header(d, keyword, rest, "for", opener_open)


def while_rule(d, keyword, rest, opener_open):
    return _loop_header(d, keyword, rest, _keyword_text(keyword), opener_open)


def do_rule(d, keyword, rest, opener_open):
    if opener_open:
        return None
    if not rest:
        return d.after("MissingLoopStatement", keyword, keyword="do")
    if len(rest) == 1 and _type(rest[0]) == "block":
        return d.after("MissingWhileOrUntilInDoWhile", rest[0])
    return None


def foreach_rule(d, keyword, rest, opener_open):
    rest = [item for item in rest if _type(item) != "PARAMETER"]
    if not rest:
        return d.after("MissingOpenParenthesisAfterKeyword", keyword, keyword="foreach")
    if _type(rest[0]) != "LPAREN":
        return None
    shape = [_type(item) for item in rest]
    if not opener_open:
        if shape[-1] == "RPAREN":
            return d.after("MissingForeachStatement", rest[-1])
        return None
    if len(rest) == 1:
        return d.after("MissingVariableNameAfterForeach", rest[0])
    if shape[1] != "VARIABLE":
        return None
    if len(rest) == 2:
        return d.after("MissingInInForeach", rest[1])
    if len(rest) == 3 and shape[2] == "IN":
        return d.after("MissingForeachExpression", rest[2])
    return d.after("MissingEndParenthesisAfterForeach", rest[-1])


def if_rule(d, keyword, rest, opener_open):
    word = _keyword_text(keyword)
    if not rest:
        return d.after("MissingOpenParenthesisInIfStatement", keyword, keyword=word)
    if _type(rest[0]) != "LPAREN":
        return None
    if opener_open and len(rest) > 1:       # Parser.cs IfStatementRule: at the token found instead of `)`
        return d.at_token("MissingEndParenthesisAfterStatement", keyword=word)
    if not opener_open and _type(rest[-1]) == "RPAREN":     # at the `)` (Parser.cs: rParen.Extent)
        paren = rest[-1]
        return "MissingStatementBlock", {"keyword": word}, paren.start_pos, paren.end_pos, d.at_end(paren.end_pos)
    return None


def else_rule(d, keyword, rest, opener_open):
    if not rest and not opener_open:
        return d.after("MissingStatementBlockAfterElse", keyword)
    return None


def trap_rule(d, keyword, rest, opener_open):
    if opener_open or len(rest) > 1:
        return None
    return d.after("MissingTrapStatement", rest[-1] if rest else keyword)


def try_rule(d, keyword, rest, opener_open):
    if not rest and not opener_open:
        return d.after("MissingTryStatementBlock", keyword)
    return None


def catch_rule(d, keyword, rest, opener_open):
    if opener_open:
        return None
    if rest and _type(rest[-1]) == "COMMA":
        return d.after("MissingTypeLiteralToken", rest[-1])
    if all(_type(item) in ("TYPE", "COMMA", "catch_types") for item in rest):
        return d.after("MissingCatchHandlerBlock", rest[-1] if rest else keyword)
    return None


def finally_rule(d, keyword, rest, opener_open):
    if not rest and not opener_open:
        return d.after("MissingFinallyStatementBlock", keyword, keyword="finally")
    return None


def function_rule(d, keyword, rest, opener_open):
    if opener_open:
        return None
    if not rest:
        return d.after("MissingNameAfterKeyword", keyword, keyword=_keyword_text(keyword))
    if [_type(item) for item in rest] in (["FUNCTION_NAME"], ["FUNCTION_NAME", "function_parameters"]):
        return d.after("MissingFunctionBody", rest[-1])
    return None


def type_rule(d, keyword, rest, opener_open):
    """`class` and `enum`: a name, base types after `:`, then the body."""
    if opener_open:
        return None
    word = _keyword_text(keyword)
    if not rest:
        return d.after("MissingNameAfterKeyword", keyword, keyword=word)
    if _type(rest[-1]) in ("COLON", "COMMA"):
        return d.after("TypeNameExpected", rest[-1])
    if _type(rest[0]) == "GENERIC" and d.tok.type != "LBRACE":
        return d.after("MissingTypeBody", rest[-1], keyword=word)
    return None


def switch_rule(d, keyword, rest, opener_open):
    for option in rest:
        if _type(option) not in ("switch_option", "PARAMETER"):
            continue
        flag = option.children[0] if isinstance(option, Tree) else option
        if isinstance(flag, Token) and flag.type == "PARAMETER":
            name = flag.value.lstrip("-\u2013\u2014\u2015").rstrip(":").lower()
            if not any(f.startswith(name) for f in SWITCH_FLAGS):
                return "InvalidSwitchFlag", {"flag": name}, flag.start_pos, flag.end_pos, False
    shape = [_type(item) for item in rest]
    if opener_open:
        if shape[-1] == "LPAREN":
            return d.after("PipelineValueRequired", rest[-1])
        if "LBRACE" in shape and shape[-1] == "LBRACE":
            return d.after("MissingSwitchConditionExpression", rest[-1])
        if "LBRACE" in shape and shape[-2] == "LBRACE" or shape[-2:] == ["LBRACE", "SEP"]:
            return d.after("MissingSwitchStatementClause", rest[-1])
        return None
    if shape and shape[-1] in ("switch_option", "PARAMETER") and _wants_file(rest[-1]):
        return d.after("MissingFilenameOption", rest[-1])
    if not rest or shape[-1] in ("switch_option", "PARAMETER"):
        return d.after("PipelineValueRequired", rest[-1] if rest else keyword)
    if shape[-1] in ("switch_condition", "RPAREN") and d.tok.type != "LBRACE":
        return d.after("MissingCurlyBraceInSwitchStatement", rest[-1])
    return None


def _wants_file(option):
    flag = option.children[0] if isinstance(option, Tree) else option
    return isinstance(flag, Token) and flag.type == "PARAMETER" and "file".startswith(
        flag.value.lstrip("-\u2013\u2014\u2015").rstrip(":").lower())


def data_rule(d, keyword, rest, opener_open):
    if opener_open:
        return None
    for item in rest:
        if _type(item) == "PARAMETER":
            name = item.value.lstrip("-\u2013\u2014\u2015").rstrip(":")
            if not "supportedcommand".startswith(name.lower()):
                return "InvalidParameterForDataSectionStatement", {"parameter": name}, item.start_pos, \
                    item.end_pos, False
    shape = [_type(item) for item in rest]
    if shape and shape[-1] in ("PARAMETER", "COMMA"):
        return d.after("MissingValueForSupportedCommandInDataSectionStatement", rest[-1])
    if all(kind in ("GENERIC", "PARAMETER", "COMMA", "data_commands") for kind in shape):
        return d.after("MissingStatementBlockForDataSection", rest[-1] if rest else keyword)
    return None


STATEMENT_RULES = {
    "FOR": for_rule, "WHILE": while_rule, "UNTIL": while_rule, "DO": do_rule, "FOREACH": foreach_rule,
    "IF": if_rule, "ELSEIF": if_rule, "ELSE": else_rule, "TRAP": trap_rule, "TRY": try_rule, "CATCH": catch_rule,
    "FINALLY": finally_rule, "FUNCTION": function_rule, "FILTER": function_rule, "CLASS": type_rule,
    "ENUM": type_rule, "SWITCH": switch_rule, "DATA": data_rule,
}
