"""A small XPath subset for SelectNodes / SelectSingleNode: `/a/b`, `//b`, `*`, `@attr`, `.`, `..`, `text()`,
and predicates `[n]`, `[@a]`, `[@a='v']`, `[name='v']`."""
from __future__ import annotations

import re
from xml.dom import Node

_STEP = re.compile(r"(//|/)?([^/\[]+|\.\.|\.)((?:\[[^\]]*\])*)")
_PREDICATE = re.compile(r"\[([^\]]*)\]")


def _children(node):
    return [c for c in node.childNodes if c.nodeType == Node.ELEMENT_NODE]


def _descendants_or_self(node):
    out = [node]
    for c in _children(node):
        out.extend(_descendants_or_self(c))
    return out


def _axis(node, test):
    if test == ".":
        return [node]
    if test == "..":
        return [node.parentNode] if node.parentNode is not None else []
    if test == "text()":
        return [c for c in node.childNodes if c.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)]
    if test.startswith("@"):
        name = test[1:]
        attrs = node.attributes
        if attrs is None:
            return []
        items = [attrs.item(i) for i in range(attrs.length)]
        return items if name == "*" else [a for a in items if a.name == name]
    return [c for c in _children(node) if test == "*" or c.tagName == test]


def _text(node):
    if node.nodeType == Node.ATTRIBUTE_NODE:
        return node.value
    return "".join(_text(c) if c.nodeType == Node.ELEMENT_NODE else (c.data if hasattr(c, "data") else "")
                   for c in node.childNodes)


def _unquote(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return None


def _keep(nodes, predicate):
    predicate = predicate.strip()
    if predicate.isdigit():
        i = int(predicate) - 1
        return [nodes[i]] if 0 <= i < len(nodes) else []
    if predicate == "last()":
        return nodes[-1:]
    left, eq, right = predicate.partition("=")
    left = left.strip()
    wanted = _unquote(right) if eq else None
    out = []
    for n in nodes:
        hits = _axis(n, left)
        if not eq and hits or eq and any(_text(h) == wanted for h in hits):
            out.append(n)
    return out


def select(node, path: str) -> list:
    """The nodes `path` selects from `node` (document order, no duplicates)."""
    path = path.strip()
    if path.startswith("/"):
        while node.parentNode is not None:
            node = node.parentNode
        if node.nodeType != Node.DOCUMENT_NODE and node.ownerDocument is not None:
            node = node.ownerDocument
    current = [node]
    pos = 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None or m.end() == pos:
            raise ValueError("'%s' has an invalid token." % path)
        sep, test, predicates = m.group(1), m.group(2).strip(), m.group(3)
        if sep == "//":
            current = [d for n in current for d in _descendants_or_self(n)]
        found, seen = [], set()
        for n in current:
            hits = _axis(n, test)
            for p in _PREDICATE.findall(predicates):
                hits = _keep(hits, p)
            for h in hits:
                if id(h) not in seen:
                    seen.add(id(h))
                    found.append(h)
        current = found
        pos = m.end()
    return current
