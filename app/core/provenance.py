"""Where each of a company's contacts came from, and whether OffMap may send to it unasked.

Bundled records: the contact's channel (its source page and quality) when the record lists
channels, else the record's own quality and first source. Imported registry records: "registry
import FILE DATE". The user's own records: "entered by you" (or the case file they came in).
Only a contact read on the organisation's own page (quality "verified") or one the user entered
is sent to without asking first; everything else is shown with its source and confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.model import Company
from app.core.text import Text

CONTACT_KINDS = ("email", "webform", "postal", "phone")
TRUSTED_QUALITIES = ("verified", "user")
PROVENANCE_KEY = "provenance"  # Company.extra key: where a non-bundled record came from


@dataclass(frozen=True)
class ContactSource:
    """Where one contact value was read: `label` for people, `quality` for rules."""

    label: str
    quality: str  # verified | secondary | unverified | user
    url: str | None = None
    seen: str | None = None

    @property
    def trusted(self) -> bool:
        return self.quality in TRUSTED_QUALITIES

    def to_json(self) -> dict[str, Any]:
        return {"source": str(self.label), "quality": self.quality, "url": self.url,
                "seen": self.seen, "trusted": self.trusted}


def channels_of(company: Company) -> list[dict[str, Any]]:
    """The record's channels, wherever the record keeps them (a field or Company.extra)."""
    channels = getattr(company, "channels", None) or company.extra.get("channels") or []
    return [c for c in channels if isinstance(c, dict)]


def _bundled_source(company: Company, kind: str, value: str) -> ContactSource:
    for channel in channels_of(company):
        if channel.get("kind") == kind and str(channel.get("value", "")).strip() == value:
            quality = channel.get("quality") or "unverified"
            return ContactSource(
                Text("{url} ({quality}, read {seen})", url=channel.get("source") or "",
                     quality=quality, seen=channel.get("seen") or "?"),
                quality if quality in ("verified", "secondary") else "unverified",
                channel.get("source"), channel.get("seen"))
    source = next((s for s in company.sources if s.get("url")), {})
    quality = company.quality if company.quality in ("verified", "secondary") else "unverified"
    if source:
        label = Text("{url} ({quality}, read {seen})", url=source["url"], quality=quality,
                     seen=source.get("seen") or company.verified_on or "?")
    else:
        label = Text("OffMap's directory ({quality})", quality=quality)
    return ContactSource(label, quality, source.get("url"), source.get("seen"))


def _imported_source(company: Company) -> ContactSource:
    registry = company.extra.get("registry") or {}
    return ContactSource(
        Text("registry import {file} {date}", file=registry.get("file") or "?",
             date=registry.get("imported_on") or company.verified_on or "?"),
        "secondary" if company.quality == "secondary" else "unverified",
        None, registry.get("imported_on"))


def _user_source(company: Company) -> ContactSource:
    given = company.extra.get(PROVENANCE_KEY)
    if isinstance(given, str) and given.strip():
        return ContactSource(given.strip()[:300], "unverified")
    return ContactSource(Text("entered by you"), "user")


def contact_source(company: Company, kind: str,
                   value: str | None = None) -> ContactSource | None:
    """The source of the company's `kind` contact, or of `value` when given (one of its
    channels); None when there is no such contact."""
    value = company.contacts.get(kind) if value is None else value
    if not isinstance(value, str) or not value.strip():
        return None
    if company.origin == "bundled":
        return _bundled_source(company, kind, value.strip())
    if company.origin == "cppa":
        return _imported_source(company)
    return _user_source(company)


def contact_sources(company: Company) -> dict[str, ContactSource]:
    """Every contact the company has, with its source."""
    found = {}
    for kind in (*CONTACT_KINDS, *sorted(set(company.contacts) - set(CONTACT_KINDS))):
        source = contact_source(company, kind)
        if source is not None:
            found[kind] = source
    return found
