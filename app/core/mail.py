"""Mail accounts as data: validation, loopback rule, provider presets (resources/mail)."""

from __future__ import annotations

import functools
import ipaddress
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.clients import clean_email
from app.core.errors import NotFoundError, ValidationError
from app.core.model import MailAccount
from app.core.resources import resource

SECURITY_CHOICES = ("starttls", "ssl", "none")
SECURITY_LABELS = {
    "starttls": "STARTTLS (usually port 587)",
    "ssl": "SSL/TLS (usually port 465)",
    "none": "None (only for a server on this computer)",
}
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
_HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                   r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.?$")


def is_loopback_host(host: str) -> bool:
    """True for a server on this computer: localhost, 127.0.0.0/8 and ::1."""
    host = (host or "").strip().strip("[]").rstrip(".").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def clean_host(host: str) -> str:
    host = (host or "").strip()
    if not host:
        raise ValidationError("the mail server (host) is missing; e.g. smtp.example.org.")
    if "://" in host or "/" in host or " " in host:
        raise ValidationError(
            "'{host}' is not a server name; give only the name, e.g. smtp.example.org (no "
            "'smtp://', no path).",
            host=host)
    bare = host.strip("[]")
    try:
        ipaddress.ip_address(bare)
        return bare
    except ValueError:
        pass
    if not _HOST.match(host):
        raise ValidationError(
            "'{host}' is not a valid server name; e.g. smtp.example.org.",
            host=host)
    return host.rstrip(".").lower()


def clean_port(port: Any) -> int:
    try:
        value = int(str(port).strip())
    except (TypeError, ValueError):
        raise ValidationError(
            "the port '{port}' is not a number; use e.g. 587 or 465.",
            port=port) from None
    if not 1 <= value <= 65535:
        raise ValidationError(
            "the port {value} is out of range; use e.g. 587 or 465.",
            value=value)
    return value


def validate_account(account: MailAccount) -> MailAccount:
    """Returns a cleaned copy or raises ValidationError saying what to fix."""
    host = clean_host(account.host)
    port = clean_port(account.port)
    security = (account.security or "").strip().lower()
    if security not in SECURITY_CHOICES:
        raise ValidationError(
            "security '{security}' is not one of {security_choices}.",
            security=account.security, security_choices=', '.join(SECURITY_CHOICES))
    if security == "none" and not is_loopback_host(host):
        raise ValidationError(
            "security 'none' would send the password and the letters unencrypted to {host}; it is "
            "allowed only for a server on this computer (localhost, 127.0.0.1). Choose starttls "
            "(port 587) or ssl (port 465).",
            host=host)
    username = (account.username or "").strip()
    if not username and not is_loopback_host(host):
        raise ValidationError("the user name is missing; it is usually your e-mail address.")
    if any(ch in username for ch in "\r\n\0"):
        raise ValidationError("the user name contains a line break; type it on one line.")
    from_addr = (account.from_addr or "").strip() or username
    if not from_addr:
        raise ValidationError("the From address is missing; give the address letters come from.")
    try:
        from_addr = clean_email(from_addr)
    except ValidationError:
        raise ValidationError(
            "the From address '{from_addr}' is not an e-mail address; use --from name@example.org.",
            from_addr=from_addr) from None
    label = " ".join((account.label or "").split())[:100] or from_addr
    imap_host = clean_host(account.imap_host) if (account.imap_host or "").strip() else ""
    folders = [" ".join(str(f).split()) for f in account.imap_folders or [] if str(f).strip()]
    return replace(account, host=host, port=port, security=security, username=username,
                   from_addr=from_addr, label=label, imap_host=imap_host,
                   imap_port=clean_port(account.imap_port or 993),
                   imap_folders=folders or ["INBOX"])


@dataclass(frozen=True)
class Preset:
    key: str
    name: str
    host: str
    port: int
    security: str
    username_hint: str
    password_help: str
    password_url: str = ""
    notes: str = ""
    confidence: str = "unverified"
    sources: tuple[dict[str, Any], ...] = field(default_factory=tuple)
    imap_host: str = ""
    imap_port: int = 993


@functools.cache
def load_presets() -> tuple[Preset, ...]:
    data = json.loads(resource("mail", "presets.json").read_text(encoding="utf-8"))
    presets = []
    for item in data["presets"]:
        presets.append(Preset(
            key=item["key"], name=item["name"], host=item["host"], port=int(item["port"]),
            security=item["security"], username_hint=item.get("username_hint", ""),
            password_help=item.get("password_help", ""),
            password_url=item.get("password_url", ""), notes=item.get("notes", ""),
            confidence=item.get("confidence", "unverified"),
            sources=tuple(item.get("sources", [])),
            imap_host=item.get("imap_host", ""), imap_port=int(item.get("imap_port", 993)),
        ))
    return tuple(presets)


def get_preset(key: str) -> Preset:
    for preset in load_presets():
        if preset.key == key:
            return preset
    keys = ", ".join(p.key for p in load_presets())
    raise NotFoundError(
        "no mail preset '{key}'; choose one of: {keys}.",
        key=key, keys=keys)


def preset_for_host(host: str) -> Preset | None:
    host = (host or "").strip().lower()
    for preset in load_presets():
        if preset.host == host:
            return preset
    return None
