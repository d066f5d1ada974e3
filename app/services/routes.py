"""Sending a request other than by e-mail: a web form, the post, the phone. Each route gives
the user what they need to do it by hand (the values a form asks for with the letter ready to
paste; a PDF whose address shows through a window envelope; a script to read) and then
records it as sent with what proves it (a confirmation number and a screenshot; the
certified-mail tracking number and the delivery date; who was spoken to and what they said),
which starts the deadline (CONTRACT: post counts from the delivery date, else sent + 5 days).

A request to a merged or defunct company goes to its successor: `successor_note` says so and
why, for the window, the CLI and the letter."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.errors import ValidationError
from app.core.ids import saved_id
from app.core.model import Request
from app.core.text import Text
from app.services import channel_health, tracking
from app.services.channel_health import ChannelStatus
from app.store import Store

log = logging.getLogger("app.services.routes")

ENVELOPES = ("us10", "dl")
DEPARTMENTS = ("Privacy Office", "Privacy Act / FOIA Officer")  # core.letters' recipient lines
MAX_FIELD = 500


@dataclass(frozen=True)
class FormValue:
    """One value a web form (or a caller) will be asked for, to copy."""

    label: str
    value: str


@dataclass
class RoutePlan:
    """Everything the route dialogs and commands show for one request."""

    request_id: int
    reference: str
    recipient: str
    channels: list[ChannelStatus]
    successor_note: str | None
    webform: str | None
    postal: str | None
    phone: str | None
    values: list[FormValue] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    def next_channel(self) -> ChannelStatus | None:
        return channel_health.first_healthy(self.channels)

    def to_json(self) -> dict[str, Any]:
        next_channel = self.next_channel()
        return {
            "request_id": self.request_id, "reference": self.reference,
            "recipient": self.recipient, "successor_note": self.successor_note,
            "channels": [c.to_json() for c in self.channels],
            "next": next_channel.to_json() if next_channel else None,
            "webform": self.webform, "postal": self.postal, "phone": self.phone,
            "values": [{"label": v.label, "value": v.value} for v in self.values],
            "missing": list(self.missing),
        }


def _request(store: Store, request_id: int | str) -> Request:
    from app.services.requests import get_request

    return get_request(store, request_id)


def successor_note(store: Store, request: Request) -> str | None:
    """Why this request goes to another company than the one the user named (merged,
    acquired, closed down), or None."""
    named_slug = request.details.get("named_company")
    if not named_slug or named_slug == request.company:
        return None
    from app.core.directory import _successor_reason
    from app.services import directory

    index = directory.directory_index(store)
    named, successor = index.get(named_slug), index.get(request.company)
    if named is None or successor is None:
        return None
    return Text("This request goes to {successor}, not {company}: {reason}",
                successor=successor.name, company=named.name,
                reason=_successor_reason(named, successor))


def _channels(store: Store, request: Request) -> list[ChannelStatus]:
    if request.type == "complaint":
        from app.services.sending import channels_for

        found = channels_for(store, request)
        suspects = {(s.kind, s.value) for s in channel_health.suspect_channels(
            store, channel_health.health_key(request))}
        out = []
        for kind, value in (("email", found.email), ("webform", found.webform),
                            ("postal", found.postal)):
            if value:
                bad = (kind, channel_health.normalise_value(kind, value)) in suspects
                out.append(ChannelStatus(kind, value, "complaint", "verified", "", "", "",
                                         "suspect" if bad else "ok"))
        return out
    return channel_health.company_channels(store, request.company)


def route_plan(store: Store, request_id: int | str) -> RoutePlan:
    """The request's recipient, its channels in the order to try them (with health), why it
    goes to a successor, and the values a form or a caller will ask for."""
    from app.services.letters import context_for

    request = _request(store, request_id)
    channels = _channels(store, request)
    context = context_for(store, request)

    def first(*kinds: str) -> str | None:
        return next((c.value for kind in kinds for c in channels
                     if c.kind == kind and not c.suspect), None)

    values = [FormValue(str(item["label"]), str(item["value"]))
              for item in context.get("identification") or [] if item.get("value")]
    values.append(FormValue("Reference", request.reference))
    values.append(FormValue("Subject", str(context.get("title", ""))
                            + f" (reference {request.reference})"))
    return RoutePlan(
        request_id=saved_id(request), reference=request.reference,
        recipient=str(context["recipient"]["name"]), channels=channels,
        successor_note=successor_note(store, request),
        webform=first("webform", "portal"), postal=first("postal"), phone=first("phone"),
        values=values, missing=[str(m) for m in context.get("identification_missing") or []],
    )


def letter_text(store: Store, request_id: int) -> str:
    from app.services.letters import render_letter

    return render_letter(store, request_id, "txt").decode("utf-8")


def _clean(value: str | None, what: str) -> str:
    text = " ".join(str(value or "").split())
    if len(text) > MAX_FIELD:
        raise ValidationError("the {what} is longer than {limit} characters; shorten it.",
                              what=what, limit=MAX_FIELD)
    return text


# ------------------------------------------------------------------ web form
def record_webform(store: Store, request_id: int | str, confirmation: str = "",
                   attachments: list[Path | str] | None = None,
                   on: date | str | None = None, url: str | None = None,
                   confirm_large: bool = False) -> Request:
    """Marks the request sent through the company's web form, with the confirmation number
    the form gave and a screenshot or saved page of it (kept with the `sent` event)."""
    request = _request(store, request_id)
    confirmation = _clean(confirmation, "confirmation number")
    data: dict[str, Any] = {}
    if confirmation:
        data["confirmation"] = confirmation
    used = url or route_plan(store, saved_id(request)).webform
    if used:
        data["channel_value"] = used
    updated = tracking.mark_sent(store, saved_id(request), on=on, via="webform", data=data,
                                 attachments=attachments, confirm_large=confirm_large)
    log.info("request %s sent by web form (%d file(s))", request.id, len(attachments or []))
    return updated


# ------------------------------------------------------------------ post
def envelope_for(store: Store, request: Request) -> str:
    """US #10 for a US Letter page, DL for A4 (EU, UK and elsewhere)."""
    from app.services.letters import context_for

    return "us10" if context_for(store, request)["page_size"] == "Letter" else "dl"


def post_pdf(store: Store, request_id: int | str, envelope: str | None = None) -> bytes:
    """The letter as a print-ready PDF whose recipient address sits in the window of a US #10
    (US Letter) or DL (A4) window envelope."""
    from app.core.letters import compose_letter
    from app.render.envelope import window_letter_pdf
    from app.services.letters import context_for

    request = _request(store, request_id)
    plan = route_plan(store, saved_id(request))
    if not plan.postal:
        raise ValidationError(
            "OffMap knows no postal address for {name}; look it up on the company's privacy "
            "page and add it to the directory, or send {reference} another way (offmap request "
            "channels ID).",
            name=plan.recipient, reference=request.reference)
    envelope = envelope or envelope_for(store, request)
    if envelope not in ENVELOPES:
        raise ValidationError("'{envelope}' is not an envelope; use one of: {envelopes}.",
                              envelope=envelope, envelopes=", ".join(ENVELOPES))
    letter = compose_letter(context_for(store, request))
    postal = address_lines(plan.postal)
    name = letter.recipient_lines[0]
    if postal and _same_name(postal[0], name):  # the address already starts with the name
        name, postal = postal[0], postal[1:]
    department = [line for line in letter.recipient_lines[1:2] if line in DEPARTMENTS]
    return window_letter_pdf(letter, [name, *department, *postal], envelope)


def _same_name(a: str, b: str) -> bool:
    def key(text: str) -> str:
        return re.sub(r"[^a-z0-9]", "", text.lower().replace("&", "and"))
    return key(a) == key(b)


_STATE_ZIP = re.compile(r"^[A-Z]{2}\s+\d{5}(-\d{4})?$")


def address_lines(value: str) -> list[str]:
    """A postal address as lines: as written when it has line breaks, else split at commas
    with a US state and ZIP code kept on the city's line."""
    if "\n" in value:
        return [line.strip() for line in value.splitlines() if line.strip()]
    lines: list[str] = []
    for part in (p.strip() for p in value.split(",")):
        if not part:
            continue
        if lines and _STATE_ZIP.match(part):
            lines[-1] = f"{lines[-1]}, {part}"
        else:
            lines.append(part)
    return lines


def record_post(store: Store, request_id: int | str, on: date | str | None = None,
                tracking_number: str = "", delivered_on: date | str | None = None,
                attachments: list[Path | str] | None = None) -> Request:
    """Marks the request posted, with the certified-mail tracking number and, when known, the
    delivery date (else the deadline counts from the posting date + 5 days)."""
    request = _request(store, request_id)
    data: dict[str, Any] = {}
    number = _clean(tracking_number, "tracking number")
    if number:
        data["tracking_number"] = number
    if delivered_on:
        data["delivered_on"] = delivered_on if isinstance(delivered_on, str) \
            else delivered_on.isoformat()
    postal = route_plan(store, saved_id(request)).postal
    if postal:
        data["channel_value"] = postal
    return tracking.mark_sent(store, saved_id(request), on=on, via="post", data=data,
                              attachments=attachments)


def record_delivery(store: Store, request_id: int | str, on: date | str) -> Request:
    return tracking.record_delivery(store, saved_id(_request(store, request_id)), on)


# ------------------------------------------------------------------ phone
def phone_script(store: Store, request_id: int | str) -> str:
    """What to say, what to ask for, the reference to give and what to write down (from
    resources/templates/phone-script.txt.j2, with the letter's own context)."""
    from app.core.letters import template_environment
    from app.services.letters import context_for

    request = _request(store, request_id)
    plan = route_plan(store, saved_id(request))
    context = dict(context_for(store, request))
    context["phone"] = plan.phone or ""
    context["successor_reason"] = successor_reason(store, request)
    text = template_environment().get_template("phone-script.txt.j2").render(**context)
    lines = [line.rstrip() for line in text.splitlines()]
    out: list[str] = []
    for line in lines:  # template blocks leave blank runs: keep one blank line at most
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"


def successor_reason(store: Store, request: Request) -> str:
    """The letter's English sentence on why the successor holds the named company's records
    ("Sprint merged into T-Mobile; it now holds the old records."), or ""."""
    named_slug = request.details.get("named_company")
    if not named_slug or named_slug == request.company:
        return ""
    from app.core.directory import _successor_reason
    from app.services import directory

    index = directory.directory_index(store)
    named, successor = index.get(named_slug), index.get(request.company)
    return str(_successor_reason(named, successor)) if named and successor else ""


@dataclass(frozen=True)
class CallLog:
    on: date | str | None
    spoke_to: str
    said: str
    confirmation: str = ""
    number: str = ""


def record_call(store: Store, request_id: int | str, call: CallLog) -> Request:
    """Marks the request sent by phone on the day of the call, and logs a note with who was
    spoken to, what they said and the confirmation number."""
    request = _request(store, request_id)
    spoke_to = _clean(call.spoke_to, "name of the person you spoke to")
    said = " ".join(str(call.said or "").split())
    confirmation = _clean(call.confirmation, "confirmation number")
    if not spoke_to:
        raise ValidationError("say who you spoke to (a name or an employee ID); nothing was "
                              "recorded.")
    if not said:
        raise ValidationError("say what they told you; nothing was recorded.")
    number = _clean(call.number, "phone number") or \
        (route_plan(store, saved_id(request)).phone or "")
    day = tracking.parse_day(call.on, "call date")
    data: dict[str, Any] = {"spoke_to": spoke_to}
    if confirmation:
        data["confirmation"] = confirmation
    if number:
        data["channel_value"] = number
    updated = tracking.mark_sent(store, saved_id(request), on=day, via="phone", data=data)
    note = Text("Phone call with {spoke_to}: {said}", spoke_to=spoke_to, said=said)
    if confirmation:
        note = Text("{note} Confirmation number: {confirmation}.", note=note,
                    confirmation=confirmation)
    tracking.log_event(store, saved_id(request), "note", on=day, text=str(note),
                       data={"call": True, **data})
    log.info("request %s sent by phone", request.id)
    return _request(store, saved_id(updated))
