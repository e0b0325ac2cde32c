"""Credentials: ConvertTo-SecureString, ConvertFrom-SecureString and Get-Credential (Microsoft.PowerShell.Security).

On Linux, pwsh's "encrypted standard string" (ConvertFrom-SecureString without a key) is the hex of the
string's UTF-16LE bytes, not encrypted (SecureStringHelper without DPAPI); pyposh writes and reads the same."""
from __future__ import annotations

import binascii
import getpass
import sys
from typing import Annotated

from pyposh.interpreter.api import Cmdlet, Parameter, PSCredential, SecureString, cmdlet, to_string, unwrap

CREDENTIAL_TITLE = "PowerShell credential request"
CREDENTIAL_MESSAGE = "Enter your credentials."


@cmdlet("ConvertTo-SecureString", default_set="Secure")
class ConvertToSecureString(Cmdlet):
    string: Annotated[str, Parameter(type="string", position=0, mandatory=True, pipeline=True)] = None
    as_plain_text: Annotated[bool, Parameter(type="switch", sets=("PlainText",))] = False
    force: Annotated[bool, Parameter(type="switch", sets=("PlainText",))] = False

    def process(self):
        if self.as_plain_text:
            self.write_object(SecureString(self.string))
            return
        try:
            text = binascii.unhexlify(self.string.strip()).decode("utf-16-le")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            self.write_error("Input string was not in a correct format.", "ImportSecureString", "InvalidArgument",
                             self.string, "System.FormatException")
            return
        self.write_object(SecureString(text))


@cmdlet("ConvertFrom-SecureString", default_set="Secure")
class ConvertFromSecureString(Cmdlet):
    secure_string: Annotated[object, Parameter(type="securestring", position=0, mandatory=True, pipeline=True)] = None
    as_plain_text: Annotated[bool, Parameter(type="switch", sets=("AsPlainText",))] = False

    def process(self):
        secure = unwrap(self.secure_string)
        text = secure.plain_text()
        if self.as_plain_text:
            self.write_object(text)
        else:
            self.write_object(binascii.hexlify(text.encode("utf-16-le")).decode("ascii"))


@cmdlet("Get-Credential", default_set="CredentialSet")
class GetCredential(Cmdlet):
    credential: Annotated[object, Parameter(type="object", position=0, sets=("CredentialSet",))] = None
    message: Annotated[str, Parameter(type="string", sets=("MessageSet",))] = None
    user_name: Annotated[str, Parameter(type="string", sets=("MessageSet",))] = None
    title: Annotated[str, Parameter(type="string", sets=("MessageSet",))] = None

    def process(self):
        given = unwrap(self.credential)
        if isinstance(given, PSCredential):
            self.write_object(given)
            return
        user = to_string(given) if given is not None else self.user_name
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            self.throw_terminating("Get-Credential needs an interactive terminal to ask for the password.",
                                   "CouldNotPromptForCredential", "InvalidOperation",
                                   exception_type="System.Management.Automation.Host.HostException")
        self.runspace.host.write_console("%s\n%s\n" % (self.title or CREDENTIAL_TITLE,
                                                        self.message or CREDENTIAL_MESSAGE))
        try:
            if not user:
                user = input("User: ")
            password = getpass.getpass("Password for user %s: " % user)
        except (EOFError, KeyboardInterrupt):
            self.throw_terminating("The credential request was cancelled.", "CouldNotPromptForCredential",
                                   "OperationStopped", exception_type="System.Management.Automation.Host.HostException")
        self.write_object(PSCredential(user, SecureString(password)))
