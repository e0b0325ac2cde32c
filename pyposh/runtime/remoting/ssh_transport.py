"""The SSH leg of a remote session (paramiko): connecting (through ProxyJump hosts), verifying the host key as
OpenSSH does, logging in (ssh-agent, key files, a credential's password), and starting `pyposh -sshs` on the far
side: the `pyposh` subsystem, or the configured RemoteCommand (else `pyposh -sshs`) over an exec channel.

Failures raise SshError with OpenSSH's wording (`ssh: connect to host ... port 22: Connection refused`,
`Host key verification failed.`, `Permission denied (publickey).`); no password or key is ever put in one."""
from __future__ import annotations

import base64
import hashlib
import os
import socket
import threading

import paramiko

from pyposh.runtime.remoting.ssh_config import HostSettings, config_path as find_config, load_config, resolve

DEFAULT_SUBSYSTEM = "pyposh"
DEFAULT_REMOTE_COMMAND = "pyposh -sshs"
DEFAULT_TIMEOUT = 30.0          # seconds to connect when neither -ConnectingTimeout nor ConnectTimeout says
READ_SIZE = 65536
STDERR_KEPT = 4096


class SshError(Exception):
    """Connecting, verifying the host or logging in failed. `kind` says which (for the error id and tests):
    resolve, connect, timeout, host-key-unknown, host-key-changed, auth, start, protocol."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind
        self.message = message


def fingerprint(key: paramiko.PKey) -> str:
    """OpenSSH's SHA256 fingerprint of a host key (`SHA256:...`, unpadded base64)."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode("ascii").rstrip("=")


class KnownHostsPolicy(paramiko.MissingHostKeyPolicy):
    """Host key checking as OpenSSH's StrictHostKeyChecking: a known key must match (a changed key is always
    refused); an unknown key is refused unless the config says `accept-new` or `no`, which record it in the
    first known_hosts file."""

    def __init__(self, settings: HostSettings):
        self.settings = settings
        self.known = paramiko.HostKeys()
        for path in settings.known_hosts_files:
            if os.path.isfile(path):
                try:
                    self.known.load(path)
                except (OSError, paramiko.SSHException, ValueError):
                    continue

    def missing_host_key(self, client, hostname, key):
        name = self.settings.host_key_name
        entries = self.known.lookup(name)
        kind = key.get_name()
        if entries is not None and kind in entries:      # keys of other types only: this one is new
            if entries[kind] == key:
                return
            raise SshError("host-key-changed", _changed_message(name, key, self.settings))
        mode = self.settings.strict_host_key_checking
        if mode in ("accept-new", "no", "off"):
            self._record(name, key)
            return
        raise SshError("host-key-unknown", "The authenticity of host '%s' can't be established. %s key fingerprint "
                       "is %s. No matching host key is known and StrictHostKeyChecking is '%s' (set it to "
                       "accept-new in your ssh config, or add the key to known_hosts). Host key verification "
                       "failed." % (name, _key_label(key), fingerprint(key), mode))

    def _record(self, name: str, key) -> None:
        if not self.settings.known_hosts_files:
            return
        path = self.settings.known_hosts_files[0]
        try:
            folder = os.path.dirname(path)
            if folder:
                os.makedirs(folder, mode=0o700, exist_ok=True)
            with open(path, "a", encoding="utf-8") as f:
                f.write("%s %s %s\n" % (name, key.get_name(), key.get_base64()))
        except OSError:
            pass                        # OpenSSH too goes on when it cannot record the key


def _key_label(key) -> str:
    name = key.get_name()
    for prefix, label in (("ssh-ed25519", "ED25519"), ("ecdsa", "ECDSA"), ("ssh-rsa", "RSA"), ("rsa", "RSA")):
        if name.startswith(prefix):
            return label
    return name.upper()


def _changed_message(name: str, key, settings: HostSettings) -> str:
    files = ", ".join(settings.known_hosts_files)
    return ("WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! The %s host key for %s is now %s, which does not match "
            "the key recorded in %s. Someone could be eavesdropping on you right now, or the host key has just been "
            "changed. Host key verification failed." % (_key_label(key), name, fingerprint(key), files))


class SshLineTransport:
    """A session channel to `pyposh -sshs` as lines of text: the line transport client.py speaks through."""

    def __init__(self, clients: list, channel: paramiko.Channel):
        self._clients = clients          # the target's SSHClient last; jump hosts before it
        self.channel = channel
        self._buffer = b""
        self._stderr = b""
        self._write_lock = threading.Lock()

    def read_line(self) -> str | None:
        while b"\n" not in self._buffer:
            self._drain_stderr()
            data = self.channel.recv(READ_SIZE)
            if not data:
                if self._buffer:
                    line, self._buffer = self._buffer, b""
                    return line.decode("utf-8", "replace")
                return None
            self._buffer += data
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8", "replace")

    def write_line(self, line: str) -> None:
        with self._write_lock:
            if self.channel.closed:
                raise EOFError("the SSH channel is closed")
            try:
                self.channel.sendall((line + "\n").encode("utf-8"))
            except socket.error as error:
                raise OSError(str(error)) from None

    def _drain_stderr(self) -> None:
        while self.channel.recv_stderr_ready():
            self._stderr = (self._stderr + self.channel.recv_stderr(READ_SIZE))[-STDERR_KEPT:]

    def error_text(self) -> str:
        """What the far side wrote to stderr (its last few KB), and its exit status when it has one."""
        try:
            self._drain_stderr()
        except (OSError, EOFError, paramiko.SSHException):
            pass
        text = self._stderr.decode("utf-8", "replace").strip()
        if self.channel.exit_status_ready():
            status = self.channel.recv_exit_status()
            if status not in (0, -1):
                text = ("%s (exit status %d)" % (text, status)).strip()
        return text

    def close(self) -> None:
        try:
            self.channel.close()
        finally:
            for client in reversed(self._clients):
                client.close()


def connect(name: str, *, user: str | None = None, port: int | None = None, key_file: str | None = None,
            password: str | None = None, subsystem: str | None = None, timeout: float | None = None,
            config_path: str | None = None, options: dict | None = None) -> tuple[HostSettings, SshLineTransport]:
    """Connect to `name` and start `pyposh -sshs` there: (the resolved settings, the line transport)."""
    config_path = find_config(config_path)
    config = load_config(config_path)
    settings = resolve(name, config, config_path, user, port, key_file, options)
    limit = timeout or settings.connect_timeout or DEFAULT_TIMEOUT
    clients = []
    try:
        sock = None
        for hop in _jump_hosts(settings, config, config_path):
            client = _login(hop, None, sock, limit)
            clients.append(client)
            sock = _tunnel(client, hop, _next_target(hop, settings, config, config_path), limit)
        target = _login(settings, password, sock, limit)
        clients.append(target)
        channel = _start_remote(target, settings, subsystem or DEFAULT_SUBSYSTEM, limit)
    except BaseException:
        for client in reversed(clients):
            client.close()
        raise
    return settings, SshLineTransport(clients, channel)


def _jump_hosts(settings: HostSettings, config, path) -> list:
    if not settings.proxy_jump:
        return []
    hops = []
    for spec in settings.proxy_jump.split(","):
        user, _, rest = spec.strip().rpartition("@")
        host, _, port = rest.partition(":")
        hop = resolve(host, config, path, user or None, int(port) if port.isdigit() else None)
        hop.proxy_jump = None
        hops.append(hop)
    return hops


def _next_target(hop, settings, config, path):
    hops = _jump_hosts(settings, config, path)
    names = [h.name for h in hops]
    index = names.index(hop.name)
    return hops[index + 1] if index + 1 < len(hops) else settings


def _tunnel(client: paramiko.SSHClient, hop: HostSettings, target: HostSettings, limit: float):
    try:
        return client.get_transport().open_channel("direct-tcpip", (target.hostname, target.port), ("127.0.0.1", 0),
                                                   timeout=limit)
    except (paramiko.SSHException, OSError) as error:
        raise SshError("connect", "ssh: channel to %s port %d through %s failed: %s"
                       % (target.hostname, target.port, hop.name, error)) from None


def _login(settings: HostSettings, password: str | None, sock, limit: float) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(KnownHostsPolicy(settings))
    if sock is None:
        sock = _open_socket(settings, limit)
    keys = [f for f in settings.identity_files if os.path.isfile(f)]
    try:
        client.connect(settings.hostname, settings.port, username=settings.user, password=password,
                       key_filename=keys or None, timeout=limit, sock=sock, banner_timeout=limit, auth_timeout=limit,
                       allow_agent=not settings.identities_only, look_for_keys=not settings.identities_only)
    except SshError:
        client.close()
        raise
    except paramiko.BadAuthenticationType as error:
        client.close()
        raise SshError("auth", "%s@%s: Permission denied (%s)."
                       % (settings.user, settings.hostname, ",".join(error.allowed_types))) from None
    except paramiko.AuthenticationException:
        client.close()
        raise SshError("auth", "%s@%s: Permission denied (%s)."
                       % (settings.user, settings.hostname, "publickey,password" if password else "publickey"))\
            from None
    except (socket.timeout, TimeoutError):
        client.close()
        raise SshError("timeout", "ssh: connect to host %s port %d: Connection timed out"
                       % (settings.hostname, settings.port)) from None
    except (paramiko.SSHException, EOFError, OSError) as error:
        client.close()
        raise SshError("protocol", "ssh: %s port %d: %s"
                       % (settings.hostname, settings.port, error or type(error).__name__)) from None
    return client


def _open_socket(settings: HostSettings, limit: float) -> socket.socket:
    try:
        return socket.create_connection((settings.hostname, settings.port), timeout=limit)
    except socket.gaierror as error:
        raise SshError("resolve", "ssh: Could not resolve hostname %s: %s"
                       % (settings.hostname, error.strerror or error)) from None
    except (socket.timeout, TimeoutError):
        raise SshError("timeout", "ssh: connect to host %s port %d: Connection timed out"
                       % (settings.hostname, settings.port)) from None
    except OSError as error:
        raise SshError("connect", "ssh: connect to host %s port %d: %s"
                       % (settings.hostname, settings.port, error.strerror or error)) from None


def _start_remote(client: paramiko.SSHClient, settings: HostSettings, subsystem: str, limit: float):
    """The channel running `pyposh -sshs`: the RemoteCommand the config names, else the subsystem, else
    `pyposh -sshs` run as a command (for servers without the Subsystem line)."""
    transport = client.get_transport()
    try:
        if settings.remote_command:
            channel = transport.open_session(timeout=limit)
            channel.exec_command(settings.remote_command)
            return channel
        channel = transport.open_session(timeout=limit)
        try:
            channel.invoke_subsystem(subsystem)
            return channel
        except paramiko.SSHException:
            channel.close()
        channel = transport.open_session(timeout=limit)
        channel.exec_command(DEFAULT_REMOTE_COMMAND)
        return channel
    except (paramiko.SSHException, OSError) as error:
        raise SshError("start", "could not start pyposh on %s: %s" % (settings.name, error)) from None
