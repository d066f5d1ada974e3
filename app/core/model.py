"""The domain records. Repositories return these; services and the GUI pass them around."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.text import Text

COMPANY_KINDS = ("carrier", "mvno", "aggregator", "broker", "app", "platform", "government")
DATA_KINDS = (
    "precise-location",
    "cell-site",
    "call-records",
    "cpni",
    "ad-id",
    "call-recordings",
)
# Their names, for the interface and the client's documents (Texts: translatable).
DATA_KIND_LABELS = {
    "precise-location": Text("Precise location"), "cell-site": Text("Cell-site location"),
    "call-records": Text("Call records"), "cpni": Text("CPNI"),
    "ad-id": Text("Advertising ID"), "call-recordings": Text("Call recordings"),
}
REQUEST_TYPES = (
    "access",
    "delete",
    "correct",
    "opt-out",
    "limit",
    "withdraw-consent",
    "cpni-opt-out",
)
FOLLOWUP_TYPES = ("reminder", "appeal", "complaint")
# The request types as words inside a sentence ("requests: access, withdrawal of consent").
REQUEST_TYPE_WORDS = {
    "access": Text("access"), "delete": Text("deletion"), "correct": Text("correction"),
    "opt-out": Text("opt-out"), "limit": Text("limiting use"),
    "withdraw-consent": Text("withdrawal of consent"), "cpni-opt-out": Text("CPNI opt-out"),
}
EVENT_KINDS = (
    "sent",
    "acknowledged",
    "extended",
    "needs-verification",
    "fulfilled",
    "partial",
    "denied",
    "bounced",
    "note",
    "closed",
)
SEND_CHANNELS = ("email", "post", "webform", "phone")
# What a recipient may need to find a person's records (or asks not to be sent): the
# directory's `required_identification` and `do_not_send` use these ids.
IDENTIFIERS = (
    "name", "email", "phone", "postal-address", "ad-id", "date-of-birth", "account-number",
    "sworn-statement", "citizenship-statement", "state-residency", "ssn-last4",
)
CHANNEL_KINDS = ("email", "webform", "postal", "phone", "portal")


@dataclass
class Client:
    name: str
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    address: str = ""
    state: str = ""
    country: str = ""
    ad_ids: list[str] = field(default_factory=list)
    notes: str = ""
    archived: bool = False
    consent_on: str | None = None
    id: int | None = None
    created_at: str | None = None
    birth_date: str = ""  # ISO YYYY-MM-DD, or "" when not given
    account_numbers: dict[str, str] = field(default_factory=dict)  # company slug -> number
    # The store row's version this copy was read at (None: not read from the store); an update
    # is refused when the row changed since (optimistic versioning). Not part of to_json: a
    # case exported and imported elsewhere starts afresh.
    version: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "emails": list(self.emails),
            "phones": list(self.phones),
            "address": self.address,
            "state": self.state or None,
            "country": self.country or None,
            "ad_ids": list(self.ad_ids),
            "birth_date": self.birth_date or None,
            "account_numbers": dict(self.account_numbers),
            "notes": self.notes,
            "archived": self.archived,
            "consent_on": self.consent_on,
            "created_at": self.created_at,
        }


@dataclass
class Company:
    """A directory record. `origin` is where it came from: bundled, cppa import, or the user."""

    slug: str
    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    brands: list[str] = field(default_factory=list)
    hosts: list[str] = field(default_factory=list)
    successor: str | None = None
    successor_reason: str | None = None
    contacts: dict[str, Any] = field(default_factory=dict)
    identification: list[str] = field(default_factory=list)
    laws: list[str] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    location_data: list[dict[str, Any]] = field(default_factory=list)
    shared_with: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    verified_on: str | None = None
    quality: str = "unverified"
    notes: str = ""
    origin: str = "bundled"
    extra: dict[str, Any] = field(default_factory=dict)
    channels: list[dict[str, Any]] = field(default_factory=list)
    required_identification: list[str] = field(default_factory=list)
    do_not_send: list[str] = field(default_factory=list)
    runs: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        contacts = {key: self.contacts.get(key) for key in ("email", "webform", "postal", "phone")}
        contacts.update({k: v for k, v in self.contacts.items() if k not in contacts})
        return {
            "slug": self.slug,
            "name": self.name,
            "kind": self.kind,
            "aliases": list(self.aliases),
            "brands": list(self.brands),
            "hosts": list(self.hosts),
            "successor": self.successor,
            "successor_reason": self.successor_reason,
            "contacts": contacts,
            "identification": list(self.identification),
            "laws": list(self.laws),
            "jurisdictions": list(self.jurisdictions),
            "location_data": list(self.location_data),
            "shared_with": list(self.shared_with),
            "sources": list(self.sources),
            "verified_on": self.verified_on,
            "quality": self.quality,
            "notes": self.notes,
            "origin": self.origin,
            "channels": [dict(c) for c in self.channels],
            "required_identification": list(self.required_identification),
            "do_not_send": list(self.do_not_send),
            "runs": list(self.runs),
            **({"extra": self.extra} if self.extra else {}),
        }


@dataclass
class Holding:
    client_id: int
    company: str
    data: list[str] = field(default_factory=list)
    evidence: str = ""
    reason: str = ""
    id: int | None = None
    created_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_id": self.client_id,
            "company": self.company,
            "data": list(self.data),
            "evidence": self.evidence,
            "reason": self.reason,
            "created_at": self.created_at,
        }


@dataclass
class Request:
    """A request to a company. status/sent_on/due_on/extended_due_on/late_after are derived from
    the events by core.tracking and cached on the row for fast listing; never set by hand."""

    client_id: int
    company: str
    law: str
    type: str
    reference: str
    parent_id: int | None = None
    created_on: str | None = None
    status: str = "draft"
    sent_on: str | None = None
    via: str | None = None
    due_on: str | None = None
    extended_due_on: str | None = None
    late_after: str | None = None
    message_id: str | None = None
    details: dict[str, Any] = field(default_factory=dict)
    id: int | None = None
    version: int | None = None  # as for Client: the row's version when read

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "client_id": self.client_id,
            "company": self.company,
            "law": self.law,
            "type": self.type,
            "reference": self.reference,
            "status": self.status,
            "sent_on": self.sent_on,
            "via": self.via,
            "channel": self.via,  # CONTRACT.md's name for how it was sent
            "due_on": self.due_on,
            "extended_due_on": self.extended_due_on,
            "late_after": self.late_after,
            "parent_id": self.parent_id,
            "created_on": self.created_on,
            "message_id": self.message_id,
            "details": dict(self.details),
        }


@dataclass
class Attachment:
    event_id: int
    filename: str
    sha256: str
    size: int
    mime: str = "application/octet-stream"
    id: int | None = None


@dataclass
class Event:
    request_id: int
    kind: str
    on: str
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    id: int | None = None
    created_at: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "request_id": self.request_id,
            "kind": self.kind,
            "on": self.on,
            "text": self.text,
            "data": dict(self.data),
            "attachments": [
                {"id": a.id, "filename": a.filename, "sha256": a.sha256, "size": a.size}
                for a in self.attachments
            ],
        }


@dataclass
class MailAccount:
    """An outgoing mail account. The password is never here: it lives in the OS keyring."""

    host: str
    port: int
    username: str
    from_addr: str
    security: str = "starttls"
    label: str = ""
    id: int | None = None
    # Where replies are fetched from (same user and password); empty host: not set up.
    imap_host: str = ""
    imap_port: int = 993
    imap_folders: list[str] = field(default_factory=lambda: ["INBOX"])

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "host": self.host,
            "port": self.port,
            "username": self.username,
            "from": self.from_addr,
            "security": self.security,
            "imap_host": self.imap_host,
            "imap_port": self.imap_port,
            "imap_folders": list(self.imap_folders),
        }
