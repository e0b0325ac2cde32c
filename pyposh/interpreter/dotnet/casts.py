"""Casts to the .NET library's own types, which values/casts.py cannot name: `[xml]text` and the generic
collections built from items (`[HashSet[string]]@('a', 'b')`, Queue, Stack). Importing this module registers
them with values/casts.py (runspace.py does)."""
from __future__ import annotations

from pyposh.interpreter.dotnet.static_members import new_object
from pyposh.interpreter.values import casts
from pyposh.interpreter.values.conversions import cast_error, to_string, unwrap
from pyposh.interpreter.values.types import resolve_type

XML_DOCUMENT = "System.Xml.XmlDocument"


def to_xml(value):
    """`[xml]text`: a new XmlDocument; an array of lines (Get-Content's output) is joined first."""
    # start-up: xml.dom.minidom takes ~3.5 ms to import; only scripts that use [xml] pay it
    from pyposh.interpreter.dotnet.xml_document import XmlNode, load_xml
    value = unwrap(value)
    if value is None or isinstance(value, XmlNode) and value.ps_type_name == XML_DOCUMENT:
        return value
    text = "\n".join(to_string(v) for v in value) if isinstance(value, (list, tuple)) else to_string(value)
    try:
        return load_xml(text)
    except ValueError as exc:
        raise cast_error(value, XML_DOCUMENT, str(exc), "InvalidCastToXmlDocument") from None


def to_generic_sequence(value, full_name: str):
    """`[HashSet[string]]@('a', 'b')`: PowerShell calls the constructor taking the items."""
    if value is None:
        return None
    value = unwrap(value)
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return new_object(resolve_type(full_name), [items])


casts.register_converter(XML_DOCUMENT, to_xml)
for _name in ("HashSet", "Queue", "Stack"):
    casts.register_generic_converter("System.Collections.Generic.%s`1" % _name, to_generic_sequence)
