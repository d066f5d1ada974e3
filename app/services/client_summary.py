"""The client's own copy of their case summary: a PDF in the language they read (the letters to
companies stay English), built from the same records as the case file's summary.pdf."""

from __future__ import annotations

from pathlib import Path

from app.core.letter_values import page_size_for
from app.services.case_files import document_of, gather_case
from app.services.reports import company_names, write_document
from app.store import Store


def client_summary_pdf(store: Store, client_id: int, language: str = "en") -> bytes:
    """The summary for the client, in `language` (see app.render.catalogue.DOCUMENT_LANGUAGES)."""
    from app.render.case_summary import summary_pdf
    from app.render.catalogue import document_translate

    translate = document_translate(language)  # an unknown language fails before any work
    records = gather_case(store, client_id)
    return summary_pdf(document_of(records, []), company_names(store),
                       page_size_for(records["client"].country), translate, for_client=True)


def write_client_summary(store: Store, client_id: int, out: Path | str,
                         language: str = "en") -> Path:
    out = Path(out).expanduser().absolute()
    write_document(out, client_summary_pdf(store, client_id, language))
    return out
