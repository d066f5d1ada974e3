"""The whole history of a request (the original and its follow-ups) as HTML or PDF: enclosed
with complaints to a regulator, and exportable on its own (`offmap request timeline`)."""

from __future__ import annotations

from datetime import date

from app.core.errors import OffMapError
from app.core.letters import page_size_for
from app.core.model import Request
from app.core.timeline import TimelineEntry, timeline_html
from app.services import tracking
from app.services.directory import resolve_company
from app.services.followups import chain_of, original_of
from app.store import Store
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import requests as request_repo


def timeline_entries(store: Store, request_id: int,
                     today: date | None = None) -> list[TimelineEntry]:
    """The original request of `request_id` and each follow-up, with events and status."""
    original = original_of(store, request_repo.get(store.conn, request_id))
    entries = []
    for request in chain_of(store, original):
        law = tracking.law_record(request.law)
        entries.append(TimelineEntry(
            request=request,
            derived=tracking.derive_request(store.conn, request, today),
            events=event_repo.list_for_request(store.conn, request.id),
            law_name=(law or {}).get("name", request.law),
        ))
    return entries


def _company_name(store: Store, request: Request) -> str:
    try:
        return resolve_company(store, request.company).name
    except OffMapError:   # a company removed from the directory keeps its slug
        return request.company


def timeline_document(store: Store, request_id: int,
                      today: date | None = None) -> tuple[str, str, str]:
    """(HTML, page size, reference of the original request)."""
    entries = timeline_entries(store, request_id, today)
    original = entries[0].request
    client = client_repo.get(store.conn, original.client_id)
    page_size = page_size_for(client.country)
    style = "us" if page_size == "Letter" else "intl"
    html = timeline_html(entries, client.name, _company_name(store, original),
                         today or date.today(), style)
    return html, page_size, original.reference


def timeline_pdf(store: Store, request_id: int, today: date | None = None) -> bytes:
    from app.render.pdf import html_to_pdf

    html, page_size, reference = timeline_document(store, request_id, today)
    return html_to_pdf(html, page_size, f"OffMap timeline {reference}")


def enclosures(store: Store, request: Request) -> list[tuple[str, bytes, str]]:
    """Files that go with a request's letter: a complaint encloses the timeline PDF.
    Each item is (file name, content, MIME type)."""
    if request.type != "complaint" or request.id is None:
        return []
    reference = original_of(store, request).reference
    return [(f"timeline-{reference}.pdf", timeline_pdf(store, request.id), "application/pdf")]
