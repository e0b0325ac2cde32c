"""`[xml]`: XmlDocument and its nodes, with PowerShell's XML adapter (child elements and attributes as properties)."""
from __future__ import annotations

import os
from xml.dom import Node, minidom
from xml.parsers.expat import ErrorString, ExpatError

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import MISSING, VOID, to_str
from pyposh.interpreter.text.xml_path import select

_TYPE_NAMES = {
    Node.DOCUMENT_NODE: "System.Xml.XmlDocument", Node.ELEMENT_NODE: "System.Xml.XmlElement",
    Node.ATTRIBUTE_NODE: "System.Xml.XmlAttribute", Node.TEXT_NODE: "System.Xml.XmlText",
    Node.CDATA_SECTION_NODE: "System.Xml.XmlCDataSection", Node.COMMENT_NODE: "System.Xml.XmlComment",
    Node.PROCESSING_INSTRUCTION_NODE: "System.Xml.XmlProcessingInstruction",
}
_NODE_TYPES = {
    Node.DOCUMENT_NODE: "Document", Node.ELEMENT_NODE: "Element", Node.ATTRIBUTE_NODE: "Attribute",
    Node.TEXT_NODE: "Text", Node.CDATA_SECTION_NODE: "CDATA", Node.COMMENT_NODE: "Comment",
    Node.PROCESSING_INSTRUCTION_NODE: "ProcessingInstruction",
}


class XmlNode:
    """One node of an XML document (the document itself too), as .NET's System.Xml types show it."""

    __slots__ = ("node",)
    ps_base_types = ("System.Xml.XmlNode", "System.Collections.IEnumerable", "System.ICloneable")

    def __init__(self, node):
        self.node = node

    @property
    def ps_type_name(self) -> str:
        return _TYPE_NAMES.get(self.node.nodeType, "System.Xml.XmlNode")

    def net_equals(self, other):
        return isinstance(other, XmlNode) and other.node is self.node

    def __eq__(self, other):
        return isinstance(other, XmlNode) and other.node is self.node

    def __hash__(self):
        return id(self.node)

    def __repr__(self):
        return "XmlNode(%s)" % _name(self.node)


def wrap(node):
    return None if node is None else XmlNode(node)


# ---- parsing and writing -------------------------------------------------------------------------------

def _drop_blank_text(node):
    """XmlDocument.LoadXml without PreserveWhitespace: white-space-only text between elements is not kept."""
    for child in list(node.childNodes):
        if child.nodeType == Node.TEXT_NODE and not child.data.strip():
            node.removeChild(child)
        elif child.nodeType == Node.ELEMENT_NODE:
            _drop_blank_text(child)


def load_xml(text: str) -> XmlNode:
    """A new XmlDocument from text; ValueError with the parser's message when it is not well-formed XML."""
    try:
        doc = minidom.parseString(text.lstrip("\ufeff").strip())
    except ExpatError as exc:
        raise ValueError(_expat_message(exc)) from None
    _drop_blank_text(doc)
    return XmlNode(doc)


def _expat_message(exc: ExpatError) -> str:
    message = ErrorString(exc.code) if getattr(exc, "code", None) else str(exc)
    return "%s%s Line %d, position %d." % (message[:1].upper(), message[1:].rstrip(".") + ".", exc.lineno,
                                          exc.offset + 1)


def _escape(text: str, attribute=False) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace('"', "&quot;") if attribute else text


def outer_xml(node) -> str:
    kind = node.nodeType
    if kind == Node.DOCUMENT_NODE:
        return "".join(outer_xml(c) for c in node.childNodes)
    if kind == Node.ELEMENT_NODE:
        attrs = "".join(' %s="%s"' % (a.name, _escape(a.value, True)) for a in _attributes(node))
        if not node.childNodes:
            return "<%s%s />" % (node.tagName, attrs)
        return "<%s%s>%s</%s>" % (node.tagName, attrs, inner_xml(node), node.tagName)
    if kind == Node.ATTRIBUTE_NODE:
        return '%s="%s"' % (node.name, _escape(node.value, True))
    if kind == Node.TEXT_NODE:
        return _escape(node.data)
    if kind == Node.CDATA_SECTION_NODE:
        return "<![CDATA[%s]]>" % node.data
    if kind == Node.COMMENT_NODE:
        return "<!--%s-->" % node.data
    return node.toxml()


def inner_xml(node) -> str:
    if node.nodeType == Node.ATTRIBUTE_NODE:
        return _escape(node.value)
    return "".join(outer_xml(c) for c in node.childNodes)


def inner_text(node) -> str:
    kind = node.nodeType
    if kind in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE):
        return node.data
    if kind == Node.ATTRIBUTE_NODE:
        return node.value
    return "".join(inner_text(c) for c in node.childNodes if c.nodeType != Node.COMMENT_NODE)


def _set_inner_text(node, text):
    if node.nodeType == Node.ATTRIBUTE_NODE:
        node.value = text
        return
    if node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.COMMENT_NODE):
        node.data = text
        return
    for child in list(node.childNodes):
        node.removeChild(child)
    if text:
        node.appendChild(_document(node).createTextNode(text))


def _document(node):
    return node if node.nodeType == Node.DOCUMENT_NODE else node.ownerDocument


def _attributes(node):
    attrs = node.attributes
    return [attrs.item(i) for i in range(attrs.length)] if attrs is not None else []


def _name(node) -> str:
    kind = node.nodeType
    if kind == Node.DOCUMENT_NODE:
        return "#document"
    if kind == Node.TEXT_NODE:
        return "#text"
    if kind == Node.CDATA_SECTION_NODE:
        return "#cdata-section"
    if kind == Node.COMMENT_NODE:
        return "#comment"
    return node.nodeName


# ---- the XML adapter: child elements and attributes as properties ---------------------------------------

def _find(node, lname):
    """The child nodes and attributes named `lname` (case-insensitively), as PowerShell's XmlNodeAdapter."""
    found = [c for c in node.childNodes if _name(c).lower() == lname]
    found += [a for a in _attributes(node) if a.name.lower() == lname]
    return found


def _simplified(node):
    """What the adapter returns for a node: text for text, attributes and text-only elements; else the node."""
    kind = node.nodeType
    if kind in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE):
        return node.data
    if kind == Node.ATTRIBUTE_NODE:
        return node.value
    if _attributes(node):
        return XmlNode(node)
    children = node.childNodes
    if not children:
        return inner_text(node)
    if len(children) == 1 and children[0].nodeType == Node.TEXT_NODE:
        return inner_text(node)
    return XmlNode(node)


def _adapted_get(value, lname, static):
    if value.node.nodeType in (Node.ELEMENT_NODE, Node.DOCUMENT_NODE):
        found = _find(value.node, lname)
        if found:
            items = [_simplified(n) for n in found]
            return items[0] if len(items) == 1 else items
    if static is not None:
        return static.get(value)
    return MISSING


def _adapted_set(value, lname, static, new):
    found = _find(value.node, lname) if value.node.nodeType == Node.ELEMENT_NODE else []
    if len(found) == 1:
        _set_inner_text(found[0], to_str(new))
        return
    if static is not None and static.set is not None:
        static.set(value, new)
        return
    if static is not None:
        raise reg.property_read_only(static.name)
    raise reg.property_not_settable(lname)


_INTRINSIC = ("psobject", "psbase", "pstypenames", "psadapted", "psextended", "count", "length")


class _AdaptedProps(dict):
    """A property table where every name may be a child element or attribute of the node at hand."""

    def get(self, key, default=None):
        if key in _INTRINSIC:
            return dict.get(self, key, default)
        static = dict.get(self, key)
        return reg.Prop(static.name if static else key,
                        lambda v: _adapted_get(v, key, static),
                        lambda v, new: _adapted_set(v, key, static, new),
                        listed=static.listed if static else False)


# ---- .NET members ---------------------------------------------------------------------------------------

def _element(value, method):
    if value.node.nodeType != Node.ELEMENT_NODE:
        raise reg.method_not_found(value.ps_type_name, method)
    return value.node


def _set_attribute(value, name, text):
    _element(value, "SetAttribute").setAttribute(to_str(name), to_str(text))
    return VOID


def _remove_attribute(value, name):
    node = _element(value, "RemoveAttribute")
    if node.hasAttribute(to_str(name)):
        node.removeAttribute(to_str(name))
    return VOID


def _append_child(value, child):
    child = reg.unwrap(child)
    if not isinstance(child, XmlNode):
        raise reg.argument_error("The node to be inserted is from a different document context.")
    if child.node.nodeType == Node.ATTRIBUTE_NODE:
        value.node.setAttributeNode(child.node)
    else:
        value.node.appendChild(child.node)
    return child


def _remove_child(value, child):
    child = reg.unwrap(child)
    value.node.removeChild(child.node)
    return child


def _by_tag(value, name):
    name = to_str(name)
    return [XmlNode(n) for n in value.node.getElementsByTagName(name)]


def _save(value, path):
    path = os.path.abspath(to_str(path))
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(_pretty(value.node))
    return VOID


def _pretty(node, depth=0) -> str:
    """XmlDocument.Save's layout: two-space indentation, one element per line."""
    if node.nodeType == Node.DOCUMENT_NODE:
        return "\n".join(_pretty(c) for c in node.childNodes)
    pad = "  " * depth
    if node.nodeType != Node.ELEMENT_NODE or all(c.nodeType == Node.TEXT_NODE for c in node.childNodes):
        return pad + outer_xml(node)
    attrs = "".join(' %s="%s"' % (a.name, _escape(a.value, True)) for a in _attributes(node))
    inner = "\n".join(_pretty(c, depth + 1) for c in node.childNodes)
    return "%s<%s%s>\n%s\n%s</%s>" % (pad, node.tagName, attrs, inner, pad, node.tagName)


def _load(value, path):
    with open(to_str(path), encoding="utf-8-sig") as handle:
        return _load_xml(value, handle.read())


def _load_xml(value, text):
    doc = value.node
    try:
        fresh = load_xml(to_str(text)).node
    except ValueError as exc:
        raise reg.DotNetException("System.Xml.XmlException", str(exc)) from None
    for child in list(doc.childNodes):
        doc.removeChild(child)
    for child in list(fresh.childNodes):
        doc.appendChild(doc.importNode(child, True))
    return VOID


def _select(value, xpath, single):
    found = select(value.node, to_str(xpath))
    if single:
        return wrap(found[0]) if found else None
    return [XmlNode(n) for n in found]


def _static(name, get, set=None):
    return reg.Prop(name, get, set)


XML_NODE = reg.define_type(XmlNode, "System.Xml.XmlNode")
(XML_NODE
 .prop("Name", lambda v: _name(v.node)).prop("LocalName", lambda v: _name(v.node).split(":")[-1])
 .prop("NodeType", lambda v: _NODE_TYPES.get(v.node.nodeType, "None"))
 .prop("Value", lambda v: v.node.nodeValue if v.node.nodeType not in (Node.ELEMENT_NODE, Node.DOCUMENT_NODE)
       else None, lambda v, new: _set_inner_text(v.node, to_str(new)))
 .prop("InnerText", lambda v: inner_text(v.node), lambda v, new: _set_inner_text(v.node, to_str(new)))
 .prop("InnerXml", lambda v: inner_xml(v.node))
 .prop("OuterXml", lambda v: outer_xml(v.node))
 .prop("ParentNode", lambda v: wrap(v.node.parentNode))
 .prop("OwnerDocument", lambda v: wrap(v.node.ownerDocument))
 .prop("ChildNodes", lambda v: [XmlNode(c) for c in v.node.childNodes])
 .prop("FirstChild", lambda v: wrap(v.node.firstChild)).prop("LastChild", lambda v: wrap(v.node.lastChild))
 .prop("NextSibling", lambda v: wrap(v.node.nextSibling))
 .prop("PreviousSibling", lambda v: wrap(v.node.previousSibling))
 .prop("HasChildNodes", lambda v: bool(v.node.childNodes))
 .prop("HasAttributes", lambda v: bool(_attributes(v.node)))
 .prop("Attributes", lambda v: [XmlNode(a) for a in _attributes(v.node)] if v.node.attributes is not None
       else None)
 .prop("DocumentElement", lambda v: wrap(v.node.documentElement) if v.node.nodeType == Node.DOCUMENT_NODE
       else MISSING)
 .method("GetAttribute", lambda v, n: _element(v, "GetAttribute").getAttribute(to_str(n)), 1)
 .method("HasAttribute", lambda v, n: _element(v, "HasAttribute").hasAttribute(to_str(n)), 1)
 .method("SetAttribute", _set_attribute, 2).method("RemoveAttribute", _remove_attribute, 1)
 .method("GetElementsByTagName", _by_tag, 1)
 .method("AppendChild", _append_child, 1).method("RemoveChild", _remove_child, 1)
 .method("CreateElement", lambda v, n: XmlNode(_document(v.node).createElement(to_str(n))), 1)
 .method("CreateAttribute", lambda v, n: XmlNode(_document(v.node).createAttribute(to_str(n))), 1)
 .method("CreateTextNode", lambda v, t: XmlNode(_document(v.node).createTextNode(to_str(t))), 1)
 .method("CloneNode", lambda v, deep: XmlNode(v.node.cloneNode(bool(deep))), 1)
 .method("Clone", lambda v: XmlNode(v.node.cloneNode(True)))
 .method("SelectNodes", lambda v, p: _select(v, p, False), 1)
 .method("SelectSingleNode", lambda v, p: _select(v, p, True), 1)
 .method("Save", _save, 1).method("Load", _load, 1).method("LoadXml", _load_xml, 1))
XML_NODE.props = _AdaptedProps(XML_NODE.props)


def new_document(t=None):
    """`[xml]::new()` / `New-Object xml`: an empty XmlDocument."""
    return XmlNode(minidom.Document())
