"""Where a clinic's server store is, and what went wrong reaching it: the address
`postgresql://USER@HOST[:PORT]/DB` (TLS required, verify-full by default, except to this computer)
and one clear message for each way a connection fails."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlsplit

import psycopg

from app.store.connection import StoreError

SCHEMES = ("postgresql", "postgres")
LOCAL_HOSTS = ("", "localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServerAddress:
    """Where a server store is: `postgresql://USER@HOST[:PORT]/DB[?sslmode=...&sslrootcert=...]`."""

    user: str
    host: str
    port: int
    database: str
    options: tuple[tuple[str, str], ...] = ()

    @property
    def local(self) -> bool:
        return self.host in LOCAL_HOSTS or self.host.startswith("/")

    @property
    def url(self) -> str:
        """The address without its options: how the store is named in messages and the keyring."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"postgresql://{self.user}@{host}:{self.port}/{self.database}"

    @property
    def keyring_name(self) -> str:
        return f"store:{self.url}"

    def sslmode(self) -> str:
        chosen = dict(self.options).get("sslmode")
        if chosen is None:
            return "prefer" if self.local else "verify-full"
        return chosen


def is_server_url(text: str | None) -> bool:
    return bool(text) and str(text).split(":", 1)[0].lower() in SCHEMES


def parse_url(text: str) -> ServerAddress:
    """The address in `text`, or a StoreError saying what is wrong with it."""
    parts = urlsplit(text.strip())
    if parts.scheme.lower() not in SCHEMES:
        raise StoreError("{url} is not a server store address; write it as "
                         "postgresql://USER@HOST[:PORT]/DATABASE.", url=text)
    if parts.password is not None:
        raise StoreError("the address {url} contains a password; leave it out and keep the "
                         "password in the keyring with 'offmap store login URL "
                         "--password-stdin'.", url=_without_password(text))
    database = unquote(parts.path.lstrip("/"))
    user = unquote(parts.username or "")
    options = tuple(parse_qsl(parts.query))
    host = dict(options).get("host") or unquote(parts.hostname or "")
    try:
        port = parts.port or 5432
    except ValueError:
        port = 0
    if not user or not database or "/" in database or not port:
        raise StoreError("{url} is not a complete server store address; write it as "
                         "postgresql://USER@HOST[:PORT]/DATABASE.", url=text)
    address = ServerAddress(user, host, port, database, options)
    mode = address.sslmode()
    if not address.local and mode not in ("require", "verify-ca", "verify-full"):
        raise StoreError("the server store at {host} must be reached over TLS (sslmode "
                         "{mode} sends client records in the clear). Leave sslmode out to use "
                         "verify-full.", host=host, mode=mode)
    return address


def _without_password(text: str) -> str:
    return re.sub(r"(//[^:/@]*):[^@/]*@", r"\1:***@", text)


def explain(exc: psycopg.Error, address: ServerAddress) -> StoreError:
    """One clear message for what went wrong talking to the server."""
    text = str(exc)
    lowered = text.lower()
    state = getattr(exc, "sqlstate", None) or ""
    where = {"url": address.url, "host": address.host or "localhost", "port": address.port,
             "database": address.database, "user": address.user}
    if state == "28P01" or "password authentication failed" in lowered \
            or "no password supplied" in lowered:
        return StoreError("the server refused the password of {user} for {url}. Keep the right "
                          "one with 'offmap store login {url} --password-stdin'.", **where)
    if state == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return StoreError("the server at {host}:{port} has no database {database}; check the "
                          "address or ask whoever runs the server to create it "
                          "(docs/clinic-setup.md).", **where)
    if state == "28000" or "no pg_hba.conf entry" in lowered or \
            ("role" in lowered and "does not exist" in lowered):
        return StoreError("the server at {host}:{port} does not let {user} in to {database}: "
                          "{error}", error=text.strip().rstrip("."), **where)
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return StoreError("no secure (TLS) connection to the server store at {host}:{port}: "
                          "{error}. The server needs a certificate signed by the root "
                          "certificate in ~/.postgresql/root.crt (or sslrootcert=FILE in the "
                          "address) for the name {host}; see docs/clinic-setup.md.",
                          error=text.strip().rstrip("."), **where)
    if isinstance(exc, psycopg.OperationalError) and (
            "connect" in lowered or "refused" in lowered or "timeout" in lowered
            or "no such file" in lowered or "server closed" in lowered
            or "terminat" in lowered or "translate host name" in lowered
            or "resolve host" in lowered):
        return StoreError("the server store at {host}:{port} cannot be reached (is the server "
                          "running, and this computer on the clinic's network?); nothing was "
                          "changed.", **where)
    return StoreError("the server store {url} could not be used: {error}",
                      error=text.strip().rstrip("."), **where)
