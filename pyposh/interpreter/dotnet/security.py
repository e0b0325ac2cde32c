"""Secrets: System.Security.SecureString, PSCredential and NetworkCredential (what ConvertTo-SecureString,
Get-Credential and `New-Object PSCredential` make, and what remoting authenticates with).

A SecureString never shows its text: ToString() is its type name, formatting shows the type name, and only
GetNetworkCredential().Password (as in .NET) or the code that logs in reads it."""
from __future__ import annotations

from pyposh.interpreter.dotnet import registry as reg
from pyposh.interpreter.dotnet.registry import to_str
from pyposh.interpreter.dotnet.static_members import constructor

SECURE_STRING = "System.Security.SecureString"
PS_CREDENTIAL = "System.Management.Automation.PSCredential"
NETWORK_CREDENTIAL = "System.Net.NetworkCredential"


class SecureString:
    """A secret string. `plain_text()` is for the code that uses the secret (SSH login), never for display."""

    __slots__ = ("_text", "read_only")
    ps_type_name = SECURE_STRING

    def __init__(self, text: str = ""):
        self._text = text
        self.read_only = False

    def plain_text(self) -> str:
        return self._text

    def append(self, char):
        if self.read_only:
            raise reg.DotNetException("System.InvalidOperationException", "Instance is read-only.")
        self._text += to_str(char)

    def __len__(self):
        return len(self._text)

    def __repr__(self):
        return "SecureString(length=%d)" % len(self._text)

    def ps_to_string(self) -> str:
        return SECURE_STRING


class NetworkCredential:
    """`$cred.GetNetworkCredential()`: the user name, domain and the password as plain text."""

    __slots__ = ("user_name", "domain", "secure_password")
    ps_type_name = NETWORK_CREDENTIAL

    def __init__(self, user_name: str, secure_password: SecureString, domain: str = ""):
        self.user_name = user_name
        self.domain = domain
        self.secure_password = secure_password

    def __repr__(self):
        return "NetworkCredential(%r)" % self.user_name


class PSCredential:
    """A user name and a SecureString password."""

    __slots__ = ("user_name", "password")
    ps_type_name = PS_CREDENTIAL

    def __init__(self, user_name: str, password: SecureString):
        self.user_name = user_name
        self.password = password

    def network_credential(self) -> NetworkCredential:
        user, domain = self.user_name, ""
        if "\\" in user:
            domain, user = user.split("\\", 1)
        elif "@" in user:
            user, domain = user.split("@", 1)
        return NetworkCredential(user, self.password, domain)

    def __repr__(self):
        return "PSCredential(%r)" % self.user_name

    def ps_to_string(self) -> str:
        return PS_CREDENTIAL


def _make_read_only(secure: SecureString):
    secure.read_only = True


(reg.define_type(SecureString, SECURE_STRING)
 .prop("Length", lambda s: len(s))
 .method("AppendChar", lambda s, c: s.append(c), 1)
 .method("MakeReadOnly", _make_read_only)
 .method("IsReadOnly", lambda s: s.read_only)
 .method("Copy", lambda s: SecureString(s.plain_text()))
 .method("Dispose", lambda s: None))

(reg.define_type(PSCredential, PS_CREDENTIAL)
 .prop("UserName", lambda c: c.user_name)
 .prop("Password", lambda c: c.password)
 .method("GetNetworkCredential", lambda c: c.network_credential()))

(reg.define_type(NetworkCredential, NETWORK_CREDENTIAL)
 .prop("UserName", lambda n: n.user_name)
 .prop("Password", lambda n: n.secure_password.plain_text())
 .prop("SecurePassword", lambda n: n.secure_password)
 .prop("Domain", lambda n: n.domain))


def _new_credential(t, user_name, password):
    password = reg.unwrap(password)
    if not isinstance(password, SecureString):
        raise reg.DotNetException("System.Management.Automation.PSArgumentException",
                                  "Cannot convert the \"%s\" value of type \"%s\" to type "
                                  "\"System.Security.SecureString\"."
                                  % (to_str(password), reg.type_of(password).full_name))
    return PSCredential(to_str(user_name), password)


def _new_network_credential(t, user_name=None, password=None, domain=None):
    password = reg.unwrap(password)
    secure = password if isinstance(password, SecureString) else SecureString(to_str(password or ""))
    return NetworkCredential(to_str(user_name or ""), secure, to_str(domain or ""))


constructor(PS_CREDENTIAL, _new_credential, 2)
constructor(SECURE_STRING, lambda t: SecureString(), 0)
constructor(NETWORK_CREDENTIAL, _new_network_credential, 0, 3)
