"""[System.Net.IPAddress] (Parse, TryParse, the well-known addresses, instance members) and [System.Net.Dns]
(GetHostName, GetHostAddresses, GetHostEntry), over Python's ipaddress and socket modules."""
from __future__ import annotations

import ipaddress
import socket

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import constructor, statics
from pyposh.interpreter.values.enums import EnumType
from pyposh.interpreter.values.objects import TypedArray
from pyposh.interpreter.values.types import define_enum

ADDRESS_FAMILY = EnumType("System.Net.Sockets.AddressFamily", [("Unspecified", 0), ("Unix", 1), ("InterNetwork", 2),
                                                              ("InterNetworkV6", 23)])
define_enum(ADDRESS_FAMILY)
_TYPE = "System.Net.IPAddress"


class IPAddress:
    """An IPv4 or IPv6 address."""

    __slots__ = ("address",)
    ps_type_name = _TYPE
    # in the order pwsh 7 lists them (Address only for IPv4; IPAddressToString is PowerShell's type data)
    ps_properties = {"AddressFamily": "address_family", "ScopeId": "scope_id", "IsIPv6Multicast": "is_multicast",
                     "IsIPv6LinkLocal": "is_link_local", "IsIPv6SiteLocal": "is_site_local",
                     "IsIPv6Teredo": "is_teredo", "IsIPv6UniqueLocal": "is_unique_local",
                     "IsIPv4MappedToIPv6": "is_mapped", "Address": "number", "IPAddressToString": "text"}
    ps_methods = {"ToString": "__str__", "GetAddressBytes": "address_bytes", "MapToIPv6": "map_to_ipv6",
                  "MapToIPv4": "map_to_ipv4", "Equals": "equals"}

    def __init__(self, address):
        self.address = address

    def __str__(self):
        return str(self.address)

    ps_to_string = __str__

    @property
    def address_family(self):
        return ADDRESS_FAMILY.value(2 if self.address.version == 4 else 23)

    @property
    def text(self) -> str:
        return str(self.address)

    @property
    def number(self) -> int:
        """IPv4's Address: the four bytes read as a little-endian number (obsolete in .NET, still shown)."""
        if self.address.version == 6:
            raise reg.DotNetException("System.Net.Sockets.SocketException",
                                      "The attempted operation is not supported for the type of object referenced.")
        return int.from_bytes(self.address.packed, "little")

    @property
    def is_multicast(self) -> bool:
        return self.address.version == 6 and self.address.is_multicast

    @property
    def is_link_local(self) -> bool:
        return self.address.version == 6 and self.address.is_link_local

    @property
    def is_site_local(self) -> bool:
        return self.address.version == 6 and self.address.is_site_local

    @property
    def is_teredo(self) -> bool:
        return self.address.version == 6 and self.address.teredo is not None

    @property
    def is_unique_local(self) -> bool:
        return self.address.version == 6 and self.address in ipaddress.IPv6Network("fc00::/7")

    @property
    def is_mapped(self) -> bool:
        return self.address.version == 6 and self.address.ipv4_mapped is not None

    @property
    def scope_id(self):
        if self.address.version == 4:
            raise reg.DotNetException("System.Net.Sockets.SocketException",
                                      "The attempted operation is not supported for the type of object referenced.")
        return int(self.address.scope_id or 0) if self.address.scope_id and self.address.scope_id.isdigit() else 0

    def address_bytes(self) -> TypedArray:
        return TypedArray(list(self.address.packed), "byte")

    def map_to_ipv6(self):
        if self.address.version == 6:
            return self
        return IPAddress(ipaddress.IPv6Address("::ffff:" + str(self.address)))

    def map_to_ipv4(self):
        mapped = self.address.ipv4_mapped if self.address.version == 6 else self.address
        return IPAddress(mapped) if mapped is not None else self

    def equals(self, other) -> bool:
        other = reg.unwrap(other)
        return isinstance(other, IPAddress) and other.address == self.address

    net_equals = equals

    def __eq__(self, other):
        return isinstance(other, IPAddress) and other.address == self.address

    def __hash__(self):
        return hash(self.address)


def parse_address(text: str) -> IPAddress:
    try:
        return IPAddress(ipaddress.ip_address(text.strip().strip("[]")))
    except ValueError:
        raise reg.DotNetException("System.FormatException", "An invalid IP address was specified.") from None


def _parse(t, text):
    if text is None:
        raise reg.DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'ipString')")
    return parse_address(to_str(text))


def _try_parse(t, text, result):
    try:
        value = parse_address(to_str(text))
    except reg.DotNetException:
        value = None
    if hasattr(result, "value"):
        result.value = value
    return value is not None


def _is_loopback(t, address):
    return reg.unwrap(address).address.is_loopback


def _from_bytes(t, data):
    return IPAddress(ipaddress.ip_address(bytes(int(b) for b in data)))


(statics(_TYPE)
 .prop("Loopback", lambda t: IPAddress(ipaddress.IPv4Address("127.0.0.1")))
 .prop("Any", lambda t: IPAddress(ipaddress.IPv4Address("0.0.0.0")))
 .prop("Broadcast", lambda t: IPAddress(ipaddress.IPv4Address("255.255.255.255")))
 .prop("None", lambda t: IPAddress(ipaddress.IPv4Address("255.255.255.255")))
 .prop("IPv6Loopback", lambda t: IPAddress(ipaddress.IPv6Address("::1")))
 .prop("IPv6Any", lambda t: IPAddress(ipaddress.IPv6Address("::")))
 .prop("IPv6None", lambda t: IPAddress(ipaddress.IPv6Address("::")))
 .method("Parse", _parse, 1).method("TryParse", _try_parse, 2).method("IsLoopback", _is_loopback, 1))
constructor(_TYPE, _from_bytes, 1)


# ---- [System.Net.Dns] -------------------------------------------------------------------------------------

class IPHostEntry:
    """What Dns.GetHostEntry returns: the host's name, its aliases and its addresses."""

    __slots__ = ("host_name", "aliases", "address_list")
    ps_type_name = "System.Net.IPHostEntry"
    ps_properties = {"HostName": "host_name", "Aliases": "aliases", "AddressList": "address_list"}

    def __init__(self, host_name, aliases, address_list):
        self.host_name = host_name
        self.aliases = aliases
        self.address_list = address_list


def _resolve(name: str) -> list:
    try:
        infos = socket.getaddrinfo(name, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise reg.DotNetException("System.Net.Sockets.SocketException",
                                  "No such host is known." if isinstance(e, socket.gaierror) else str(e)) from None
    seen, addresses = set(), []
    for info in infos:
        text = info[4][0].split("%", 1)[0]
        if text not in seen:
            seen.add(text)
            addresses.append(parse_address(text))
    return addresses


def _host_addresses(t, name):
    return TypedArray(_resolve(to_str(name)), _TYPE)


def _host_entry(t, name):
    name = to_str(getattr(reg.unwrap(name), "address", name))
    try:
        host, aliases, _ = socket.gethostbyaddr(name) if _is_address(name) else socket.gethostbyname_ex(name)
    except (socket.herror, socket.gaierror):
        host, aliases = name, []
    return IPHostEntry(host, TypedArray(list(aliases), "string"), TypedArray(_resolve(name), _TYPE))


def _is_address(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


(statics("System.Net.Dns")
 .method("GetHostName", lambda t: socket.gethostname(), 0)
 .method("GetHostAddresses", _host_addresses, 1)
 .method("GetHostEntry", _host_entry, 1))
