"""The whole history of a request (the original and its follow-ups) as HTML or PDF: enclosed
with complaints to a regulator, and exportable on its own (`offmap request timeline`)."""

from __future__ import annotations

from datetime import date

from app.core.letter_case import CaseHistory, LetterCase
from app.core.letter_case import timeline_entries as entries_of
from app.core.letter_values import page_size_for
from app.core.timeline import TimelineEntry, timeline_html
from app.services.letter_case import load_history
from app.store import Store


def timeline_entries(store: Store, request_id: int,
                     today: date | None = None) -> list[TimelineEntry]:
    """The original request of `request_id` and each follow-up, with events and status."""
    return entries_of(load_history(store, request_id), today)


def history_document(history: CaseHistory, today: date | None = None) -> tuple[str, str, str]:
    """(HTML, page size, reference of the original request) of a loaded history."""
    page_size = page_size_for(history.client.country)
    style = "us" if page_size == "Letter" else "intl"
    html = timeline_html(entries_of(history, today), history.client.name, history.company_name,
                         today or date.today(), style)
    return html, page_size, history.original.reference


def timeline_document(store: Store, request_id: int,
                      today: date | None = None) -> tuple[str, str, str]:
    """(HTML, page size, reference of the original request)."""
    return history_document(load_history(store, request_id), today)


def history_pdf(history: CaseHistory, today: date | None = None) -> bytes:
    from app.render.pdf import html_to_pdf

    html, page_size, reference = history_document(history, today)
    return html_to_pdf(html, page_size, f"OffMap timeline {reference}")


def timeline_pdf(store: Store, request_id: int, today: date | None = None) -> bytes:
    return history_pdf(load_history(store, request_id), today)


def case_enclosures(case: LetterCase) -> list[tuple[str, bytes, str]]:
    """Files that go with a loaded case's letter: a complaint encloses the timeline PDF.
    Each item is (file name, content, MIME type)."""
    if case.request.type != "complaint" or case.history is None:
        return []
    reference = case.history.original.reference
    return [(f"timeline-{reference}.pdf", history_pdf(case.history), "application/pdf")]

