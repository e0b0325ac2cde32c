"""Where a computer name leads: OpenSSH client configuration (`~/.ssh/config`, or the file named by
`$env:PYPOSH_SSH_CONFIG` or by `-ConfigFile`/`-Options`) resolved for one host, as `ssh` resolves it.

A `-ComputerName Server01` is an SSH host name or alias, so documentation written for Windows runs once
`Host Server01` is in the config. The settings used: HostName, User, Port, IdentityFile, IdentitiesOnly,
ProxyJump, ConnectTimeout, StrictHostKeyChecking, UserKnownHostsFile, HostKeyAlias, RemoteCommand."""
from __future__ import annotations

import dataclasses
import getpass
import os
import re

import paramiko

DEFAULT_CONFIG = "~/.ssh/config"
DEFAULT_KNOWN_HOSTS = ("~/.ssh/known_hosts", "~/.ssh/known_hosts2")
CONFIG_VARIABLE = "PYPOSH_SSH_CONFIG"

_HOST_LINE = re.compile(r"^(\s*host\s*[=\s]\s*)(.*)$", re.IGNORECASE)


@dataclasses.dataclass
class HostSettings:
    """One host's connection settings, after the config and the cmdlet's parameters are combined."""
    name: str                       # the name the user gave (what PSComputerName shows)
    hostname: str                   # where to connect
    port: int = 22
    user: str = ""
    identity_files: list = dataclasses.field(default_factory=list)
    identities_only: bool = False
    proxy_jump: str | None = None
    connect_timeout: float | None = None
    strict_host_key_checking: str = "ask"      # yes / ask / accept-new / no / off
    known_hosts_files: list = dataclasses.field(default_factory=list)
    host_key_alias: str | None = None
    remote_command: str | None = None
    config_path: str | None = None

    @property
    def host_key_name(self) -> str:
        """The name known_hosts lists this host under: `host` on port 22, else `[host]:port`."""
        name = self.host_key_alias or self.hostname
        return name if self.port == 22 else "[%s]:%d" % (name, self.port)


def config_path(explicit: str | None = None, environment=None) -> str | None:
    """The OpenSSH config file to read: the cmdlet's, `$env:PYPOSH_SSH_CONFIG`, or ~/.ssh/config if it exists."""
    environment = os.environ if environment is None else environment
    for candidate in (explicit, environment.get(CONFIG_VARIABLE)):
        if candidate:
            return os.path.expanduser(candidate)
    default = os.path.expanduser(DEFAULT_CONFIG)
    return default if os.path.isfile(default) else None


def load_config(path: str | None) -> paramiko.SSHConfig:
    """The parsed config. `Host` patterns match case-insensitively: a PowerShell computer name is not case
    sensitive (`ssh` itself matches them case-sensitively; README lists the difference)."""
    if path is None:
        return paramiko.SSHConfig()
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = []
    for line in text.splitlines():
        match = _HOST_LINE.match(line)
        lines.append(match.group(1) + match.group(2).lower() if match else line)
    return paramiko.SSHConfig.from_text("\n".join(lines))


def resolve(name: str, config: paramiko.SSHConfig, path: str | None = None, user: str | None = None,
            port: int | None = None, key_file: str | None = None, options: dict | None = None) -> HostSettings:
    """The settings for `name`; a user, port or key file given to the cmdlet, and OpenSSH options given with
    -Options (`@{StrictHostKeyChecking='accept-new'}`), win over the config's."""
    found = dict(config.lookup(name.lower()))
    for key, value in (options or {}).items():
        key = key.lower()
        found[key] = [str(value)] if key == "identityfile" else str(value)
    hostname = found.get("hostname") or name
    settings = HostSettings(name=name, hostname=name if hostname == name.lower() else hostname, config_path=path)
    settings.port = port or _int(found.get("port"), 22)
    settings.user = user or found.get("user") or getpass.getuser()
    files = list(found.get("identityfile", []))
    if key_file:
        files.insert(0, key_file)
    settings.identity_files = [os.path.expanduser(f) for f in files]
    settings.identities_only = found.get("identitiesonly", "no").lower() == "yes"
    proxy = found.get("proxyjump")
    settings.proxy_jump = None if proxy is None or proxy.lower() == "none" else proxy
    timeout = found.get("connecttimeout")
    settings.connect_timeout = float(timeout) if timeout and timeout.isdigit() else None
    settings.strict_host_key_checking = found.get("stricthostkeychecking", "ask").lower()
    known = found.get("userknownhostsfile")
    settings.known_hosts_files = [os.path.expanduser(f) for f in (known.split() if known else DEFAULT_KNOWN_HOSTS)]
    settings.host_key_alias = found.get("hostkeyalias")
    command = found.get("remotecommand")
    settings.remote_command = None if command is None or command.lower() == "none" else command
    return settings


def _int(text, default: int) -> int:
    try:
        return int(text)
    except (TypeError, ValueError):
        return default
