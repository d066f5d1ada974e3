"""Where a request's letter goes: the regulator for a complaint, else the company as the letter
addresses it, with addresses that bounced or were refused before replaced by the next healthy
one, and where each address came from (a verified source or not)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from app.core.errors import OffMapError
from app.core.model import Request
from app.core.provenance import ContactSource, contact_source
from app.core.text import Text
from app.store import Store


@dataclass(frozen=True)
class Channels:
    name: str
    email: str | None
    webform: str | None
    postal: str | None
    email_source: ContactSource | None = None  # None: the law's own regulator address
    phone: str | None = None
    suspect_email: str | None = None  # skipped: it bounced or was refused before
    suspect_reason: str = ""

    @property
    def can_email(self) -> bool:
        return bool(self.email)

    @property
    def email_trusted(self) -> bool:
        return self.email_source is None or self.email_source.trusted


class NoEmailChannelError(OffMapError):
    """The recipient takes requests only by web form or post."""

    def __init__(self, channels: Channels, reference: str) -> None:
        self.channels = channels
        ways = []
        if channels.webform:
            ways.append(Text("through its web form ({webform})", webform=channels.webform))
        if channels.postal:
            ways.append(Text("by post"))
        how = ways[0] if len(ways) == 1 else \
            Text("{first} or {second}", first=ways[0], second=ways[1]) if ways else \
            Text("by a channel OffMap does not know")
        steps = []
        if channels.webform:
            steps.append(Text("open the web form and paste the letter "
                              "(offmap letter ID --format txt --out FILE)"))
        if channels.postal:
            steps.append(Text("print the letter (offmap letter ID --format pdf --out FILE) and "
                              "post it"))
        then = steps[0] if len(steps) == 1 else \
            Text("{first}; {second}", first=steps[0], second=steps[1]) if steps else \
            Text("look up the company's privacy contact")
        super().__init__(
            "{name} has no e-mail address for privacy requests: it takes them {how}. Nothing was "
            "sent. To send {reference}: {then}, then record it with 'offmap request mark-sent ID "
            "--via webform' (or --via post).",
            name=channels.name, how=how, reference=reference, then=then)


class UnverifiedContactError(OffMapError):
    """The address did not come from a verified source; the user must confirm it first."""

    def __init__(self, channels: Channels, reference: str) -> None:
        self.channels = channels
        super().__init__(
            "the address {email} for {name} did not come from a verified source (it comes from "
            "{source}); nothing was sent. Check that it is the company's own privacy address, "
            "then send {reference} again with --allow-unverified (in the window: confirm it).",
            email=channels.email, name=channels.name, source=channels.email_source.label
            if channels.email_source else "?", reference=reference)


class SuspectEmailError(NoEmailChannelError):
    """The company's e-mail address bounced or was refused before, and it has no other."""

    def __init__(self, channels: Channels, reference: str) -> None:
        OffMapError.__init__(
            self,
            "{name}'s e-mail address {email} is marked suspect ({reason}); nothing was sent. "
            "Send {reference} another way (offmap request channels ID lists them in order), "
            "or, if you know the address works again, clear the mark with 'offmap request "
            "channels ID --clear {email}' and send again.",
            name=channels.name, email=channels.suspect_email, reason=channels.suspect_reason,
            reference=reference)
        self.channels = channels


def channels_for(store: Store, request: Request) -> Channels:
    """Where the letter goes: the regulator for a complaint, else the company (its successor
    when merged or defunct)."""
    if request.type == "complaint":
        from app.core.laws import get_law

        regulator = get_law(request.law).get("regulator") or {}
        return Channels(
            name=regulator.get("name") or Text("The regulator"),
            email=_contact(regulator.get("email")),
            webform=_contact(regulator.get("complaint_url")),
            postal=_contact(regulator.get("postal")),
        )
    from app.services import directory

    company = directory.get_company(store, request.company)  # as the letter addresses it
    contacts = company.contacts or {}
    channels = Channels(
        name=company.name,
        email=_contact(contacts.get("email")),
        webform=_contact(contacts.get("webform")),
        postal=_contact(contacts.get("postal")),
    )
    channels = _skip_suspect(store, company, channels)
    return replace(channels, email_source=contact_source(company, "email", channels.email))


def _skip_suspect(store: Store, company: Any, channels: Channels) -> Channels:
    """The company's channels with those that bounced or were refused for this user replaced
    by the next healthy one of the same kind (or none)."""
    from app.services import channel_health

    listed = channel_health.channels_with_health(
        company, channel_health.suspect_channels(store, company.slug))
    suspect = {(c.kind, channel_health.normalise_value(c.kind, c.value)): c
               for c in listed if c.suspect}

    def healthy(kind: str, value: str | None, *kinds: str) -> str | None:
        if value and (kind, channel_health.normalise_value(kind, value)) not in suspect:
            return value
        return next((c.value for k in (kind, *kinds) for c in listed
                     if c.kind == k and not c.suspect), None)

    email = healthy("email", channels.email)
    skipped = suspect.get(("email", channel_health.normalise_value("email",
                                                                   channels.email or "")))
    return replace(
        channels, email=email, webform=healthy("webform", channels.webform, "portal"),
        postal=healthy("postal", channels.postal), phone=healthy("phone", None),
        suspect_email=skipped.value if skipped and not email else None,
        suspect_reason=skipped.reason if skipped and not email else "")


def _contact(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("address") or value.get("url") or value.get("email") or \
            ", ".join(str(v) for v in value.values() if v)
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    text = str(value).strip() if value else ""
    return text or None
