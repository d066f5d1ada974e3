"""A request's whole history as an HTML document (for the timeline PDF attached to complaints):
the original request, every follow-up, each with its events and attachment fingerprints.
Pure: every value is escaped here, so names and notes print exactly as typed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

from app.core.letter_values import TYPE_TITLES, format_date, one_line
from app.core.model import Event, Request
from app.core.text import Text
from app.core.tracking import Derived

# Event names (Texts: the interface and the client's summary translate them; the timeline PDF
# for regulators prints the English).
EVENT_LABELS = {
    "sent": Text("Sent"),
    "acknowledged": Text("Receipt confirmed"),
    "extended": Text("Extension notice"),
    "needs-verification": Text("Asked to verify identity"),
    "fulfilled": Text("Fulfilled"),
    "partial": Text("Partly answered"),
    "denied": Text("Refused"),
    "bounced": Text("Not delivered"),
    "note": Text("Note"),
    "closed": Text("Closed"),
}


@dataclass
class TimelineEntry:
    request: Request
    derived: Derived
    events: list[Event]
    law_name: str = ""


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} bytes"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _event_details(event: Event) -> str:
    parts = []
    if event.kind == "sent":
        via = event.data.get("via", "email")
        parts.append(f"by {via}")
        if event.data.get("delivered_on"):
            parts.append(f"delivered {event.data['delivered_on']}")
    if event.text:
        parts.append(event.text)
    return escape(one_line("; ".join(parts))) if parts else ""


def _attachments(event: Event) -> str:
    return "<br>".join(
        f"{escape(one_line(a.filename))} ({_size(a.size)}, SHA-256 {a.sha256[:16]}…)"
        for a in event.attachments
    )


def _facts(entry: TimelineEntry, style: str) -> list[tuple[str, str]]:
    derived = entry.derived
    facts = [("Law", entry.law_name or entry.request.law),
             ("Status", derived.status)]
    if derived.sent_on:
        facts.append(("Sent", format_date(derived.sent_on, style)))
    if derived.due_on:
        due = format_date(derived.due_on, style)
        if derived.due and derived.due.rule.get("citation"):
            due += f" ({derived.due.rule['citation']})"
        facts.append(("Answer due", due))
    if derived.extended_due_on:
        facts.append(("Extended to", format_date(derived.extended_due_on, style)))
    if derived.confirm_by:
        facts.append(("Receipt to be confirmed by", format_date(derived.confirm_by, style)))
    facts.extend(("Note", message) for message in derived.messages)
    return facts


def _section(entry: TimelineEntry, style: str) -> str:
    request = entry.request
    title = TYPE_TITLES.get(request.type, "Request")
    rows = "".join(
        f"<tr><td>{escape(event.on)}</td><td>{escape(EVENT_LABELS.get(event.kind, event.kind))}"
        f"</td><td>{_event_details(event)}</td><td>{_attachments(event)}</td></tr>"
        for event in entry.events
    ) or '<tr><td colspan="4">Nothing recorded yet.</td></tr>'
    facts = "".join(
        f"<tr><th>{escape(label)}</th><td>{escape(one_line(value))}</td></tr>"
        for label, value in _facts(entry, style)
    )
    return (
        f"<h2>{escape(request.reference)}: {escape(title)}</h2>"
        f'<table class="facts" cellspacing="0" cellpadding="3">{facts}</table>'
        '<table class="events" width="100%" cellspacing="0" cellpadding="4">'
        "<tr><th>Date</th><th>Event</th><th>Details</th><th>Files</th></tr>"
        f"{rows}</table>"
    )


def timeline_html(entries: list[TimelineEntry], client_name: str, company_name: str,
                  generated_on: date, style: str = "us") -> str:
    """The history of an original request (entries[0]) and its follow-ups."""
    original = entries[0].request
    intro = (
        f"History of the request {escape(original.reference)} from "
        f"{escape(one_line(client_name))} to {escape(one_line(company_name))}, as recorded in "
        f"OffMap on {format_date(generated_on, style)}. Dates are when each thing happened; "
        "files are identified by their SHA-256 fingerprint and can be provided on request."
    )
    style_sheet = (
        "body { font-family: sans-serif; font-size: 10pt; }"
        "h1 { font-size: 15pt; } h2 { font-size: 12pt; margin-top: 14pt; }"
        "table.events th { text-align: left; background: #e8e8e8; }"
        "table.events td { border-bottom: 1px solid #cccccc; vertical-align: top; }"
        "table.facts th { text-align: left; padding-right: 10pt; font-weight: normal;"
        " color: #444444; }"
    )
    sections = "".join(_section(entry, style) for entry in entries)
    return (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
        f"<title>OffMap timeline {escape(original.reference)}</title>"
        f"<style>{style_sheet}</style></head><body>"
        f"<h1>Timeline of request {escape(original.reference)}</h1><p>{intro}</p>"
        f"{sections}</body></html>"
    )


def timeline_json(entries: list[TimelineEntry]) -> list[dict[str, Any]]:
    return [
        {**entry.request.to_json(), "derived": entry.derived.to_json(),
         "events": [e.to_json() for e in entry.events]}
        for entry in entries
    ]
