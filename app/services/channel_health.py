"""Channel health: a company's channel (an e-mail address, web form, postal address or phone
number) that bounced or answered with a permanent failure is *suspect* for that company in this
user's store, and the next channel is offered instead.

`mark_suspect` is the one entry point for anything that learns of a failure: logging a
`bounced` event (services.tracking), an SMTP 5xx refusal of the recipient (services.sending),
and reply classification (a bounce message). `company_channels` lists every channel of a
company in the order OffMap would use them, each with its health, quality and source."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.core.errors import ValidationError
from app.core.model import Company, Event, Request
from app.core.text import Text
from app.store import Store
from app.store import channel_health as health_repo
from app.store.channel_health import SuspectChannel

log = logging.getLogger("app.services.channel_health")

CHANNEL_KINDS = ("email", "webform", "postal", "phone", "portal")  # the directory schema's
# The order channels are tried in: a written, dated trail first; the phone last.
KIND_ORDER = ("email", "webform", "portal", "postal", "phone")
QUALITY_ORDER = ("verified", "secondary", "unverified")
# How a request was sent (CONTRACT's `via`) -> the kind of channel it used.
VIA_KIND = {"email": "email", "webform": "webform", "post": "postal", "phone": "phone",
            "portal": "portal"}
# Contacts keys (the older, one-value-per-kind form of the directory) -> channel kinds.
CONTACT_KINDS = (("email", "email"), ("webform", "webform"), ("postal", "postal"),
                 ("phone", "phone"))


@dataclass(frozen=True)
class ChannelStatus:
    kind: str
    value: str
    purpose: str
    quality: str
    source: str
    seen: str
    note: str
    health: str  # ok | suspect
    reason: str = ""
    marked_on: str = ""

    @property
    def suspect(self) -> bool:
        return self.health == "suspect"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "purpose": self.purpose or None,
                "quality": self.quality, "source": self.source or None,
                "seen": self.seen or None, "note": self.note or None, "health": self.health,
                "reason": self.reason or None, "marked_on": self.marked_on or None}


def normalise_value(kind: str, value: str) -> str:
    """The form a channel is stored and compared in (e-mail addresses are case-insensitive)."""
    text = " ".join(str(value).split())
    return text.lower() if kind == "email" else text


def _check_kind(kind: str) -> None:
    if kind not in CHANNEL_KINDS:
        raise ValidationError(
            "'{kind}' is not a kind of channel; use one of: {kinds}.",
            kind=kind, kinds=", ".join(CHANNEL_KINDS))


def mark_suspect(store: Store, company_slug: str, kind: str, value: str, reason: str,
                 on: date | None = None) -> None:
    """Marks the company's channel suspect (again, if it already was) with the reason. Opens
    its own transaction: call it after, not inside, another one."""
    _check_kind(kind)
    value = normalise_value(kind, value)
    if not company_slug or not value:
        raise ValidationError("say which company and which channel failed.")
    with store.transaction() as conn:
        health_repo.mark(conn, company_slug, kind, value, " ".join(str(reason).split()),
                         (on or date.today()).isoformat())
    log.info("channel marked suspect: company=%s kind=%s", company_slug, kind)


def clear_suspect(store: Store, company_slug: str, kind: str, value: str) -> bool:
    """The user says the channel works again. True when it had been marked."""
    _check_kind(kind)
    with store.transaction() as conn:
        return health_repo.clear(conn, company_slug, kind, normalise_value(kind, value))


def suspect_channels(store: Store, company_slug: str) -> list[SuspectChannel]:
    return health_repo.for_company(store.conn, company_slug)


def _listed_channels(company: Company) -> list[dict[str, Any]]:
    """The record's channels, or, for a record without them, its contacts as channels."""
    channels = [dict(c) for c in (getattr(company, "channels", None) or
                                  company.extra.get("channels") or []) if c.get("value")]
    known = {normalise_value(c.get("kind", ""), c["value"]).lower() for c in channels}
    source = next((s.get("url", "") for s in company.sources if s.get("url")), "")
    for key, kind in CONTACT_KINDS:
        value = company.contacts.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if not value or not str(value).strip():
            continue
        if normalise_value(kind, str(value)).lower() in known:  # a web form listed as portal
            continue
        channels.append({"kind": kind, "value": str(value).strip(), "quality": company.quality,
                         "source": source, "seen": company.verified_on or ""})
    return channels


def _rank(channel: ChannelStatus) -> tuple[int, int, int]:
    kind = KIND_ORDER.index(channel.kind) if channel.kind in KIND_ORDER else len(KIND_ORDER)
    quality = QUALITY_ORDER.index(channel.quality) if channel.quality in QUALITY_ORDER \
        else len(QUALITY_ORDER)
    return (1 if channel.suspect else 0, quality, kind)


def channels_with_health(company: Company,
                         suspects: list[SuspectChannel]) -> list[ChannelStatus]:
    """Every channel of the company, healthy ones first, then by quality and kind."""
    marked = {(s.kind, s.value): s for s in suspects}
    out: list[ChannelStatus] = []
    for channel in _listed_channels(company):
        kind = str(channel.get("kind", ""))
        if kind not in CHANNEL_KINDS:
            continue
        value = str(channel["value"]).strip()
        suspect = marked.get((kind, normalise_value(kind, value)))
        out.append(ChannelStatus(
            kind=kind, value=value, purpose=str(channel.get("purpose") or ""),
            quality=str(channel.get("quality") or "unverified"),
            source=str(channel.get("source") or ""), seen=str(channel.get("seen") or ""),
            note=str(channel.get("note") or ""),
            health="suspect" if suspect else "ok",
            reason=suspect.reason if suspect else "",
            marked_on=suspect.marked_on if suspect else ""))
    return sorted(out, key=_rank)


def company_channels(store: Store, company_slug: str) -> list[ChannelStatus]:
    from app.services import directory

    company = directory.get_company(store, company_slug)
    return channels_with_health(company, suspect_channels(store, company.slug))


def first_healthy(channels: list[ChannelStatus], kind: str | None = None) -> ChannelStatus | None:
    return next((c for c in channels if not c.suspect and (kind is None or c.kind == kind)),
                None)


# ------------------------------------------------------------------ from a request's history
def health_key(request: Request) -> str:
    """Whose channel a request's letter used: the company's, or for a complaint the
    regulator's (kept apart so a regulator's bounce never marks a company)."""
    return f"regulator:{request.law}" if request.type == "complaint" else request.company


def used_channel(sent: Event) -> tuple[str, list[str]]:
    """The kind and value(s) a `sent` event went through (e-mail: every recipient)."""
    via = str(sent.data.get("via") or "email")
    kind = VIA_KIND.get(via, via)
    values = [str(v) for v in sent.data.get("to") or [] if v] if kind == "email" else []
    if sent.data.get("channel_value"):
        values = [str(sent.data["channel_value"])]
    return kind, values


def mark_from_bounce(store: Store, request: Request, sent: Event | None, day: date,
                     text: str = "") -> list[tuple[str, str]]:
    """After a `bounced` event: marks the channel the letter went through. Without a record of
    the value used, the company's current channel of that kind is marked. Returns what was
    marked as (kind, value) pairs."""
    if sent is None:
        return []
    kind, values = used_channel(sent)
    if kind not in CHANNEL_KINDS:
        return []
    if not values and request.type != "complaint":
        current = first_healthy(company_channels(store, request.company), kind)
        values = [current.value] if current else []
    reason = Text("bounced on {day}", day=day.isoformat()) if not text.strip() else \
        Text("bounced on {day}: {text}", day=day.isoformat(), text=" ".join(text.split())[:200])
    marked = []
    for value in (v for v in values if normalise_value(kind, v)):
        mark_suspect(store, health_key(request), kind, value, reason, on=day)
        marked.append((kind, value))
    return marked
