"""The .NET library: the modules that fill the member tables (dotnet/members/: strings, numbers, dates,
collections, regex matches, PSObject views) and the static-member and constructor tables ([math], [string],
[datetime], [Environment], [regex], [enum], constructors of collections, builders and exceptions).

Neither is imported at start-up: importing this module only installs their imports in registry.py and
static_members.py, which run them the first time a script looks up a member or a static member
(runspace.py imports this module)."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry, static_members
from pyposh.interpreter.dotnet.static_members import new_object
from pyposh.interpreter.values import casts
from pyposh.interpreter.values.conversions import cast_error, to_string, unwrap
from pyposh.interpreter.values.types import resolve_type


def load_member_tables():
    # start-up: the member tables take ~3 ms to import; they load at the first member lookup
    from pyposh.interpreter.dotnet import members  # noqa: F401 - importing the package defines every table


def load_static_members():
    # start-up: the library takes ~10 ms to import; a script that touches no static member never pays it
    from pyposh.interpreter.dotnet import constructors  # noqa: F401
    from pyposh.interpreter.dotnet.members import regex  # noqa: F401
    from pyposh.interpreter.dotnet.statics import enums, io, net, numbers, system, text  # noqa: F401


registry.MEMBER_TABLES.install(load_member_tables)
static_members.LIBRARY.install(load_static_members)


# ---- casts to the library's own types, which values/casts.py cannot name: `[xml]text` and the generic
# collections built from items (`[HashSet[string]]@('a', 'b')`, Queue, Stack)

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
    if getattr(value, "ps_type_name", None) == full_name:
        return value
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    return new_object(resolve_type(full_name), [items])


IP_ADDRESS = "System.Net.IPAddress"


def to_ip_address(value):
    """`[ipaddress]'10.0.0.1'`: IPAddress.Parse, as PowerShell casts a string to a type with a Parse method."""
    value = unwrap(value)
    if value is None or getattr(value, "ps_type_name", None) == IP_ADDRESS:
        return value
    static_members.LIBRARY.ensure()
    parse = static_members.statics(IP_ADDRESS).methods["parse"]
    try:
        return parse.fn(None, to_string(value))
    except registry.DotNetException as exc:
        raise cast_error(value, IP_ADDRESS, exc.message, "InvalidCastParseTargetInvocation") from None


casts.register_converter(XML_DOCUMENT, to_xml)
casts.register_converter(IP_ADDRESS, to_ip_address)
for _name in ("HashSet", "Queue", "Stack"):
    casts.register_generic_converter("System.Collections.Generic.%s`1" % _name, to_generic_sequence)
casts.register_converter("System.Collections.Queue", lambda v: to_generic_sequence(v, "System.Collections.Queue"))
casts.register_converter("System.Collections.Stack", lambda v: to_generic_sequence(v, "System.Collections.Stack"))
