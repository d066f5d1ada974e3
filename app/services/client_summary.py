"""The client's own copy of their case summary: a PDF in the language they read (the letters to
companies stay English), built from the same records as the case file's summary.pdf."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from app import __version__
from app.core import case_file as core
from app.core.letters import page_size_for
from app.services.case_files import gather_case
from app.services.reports import company_names, write_document
from app.store import Store


def client_summary_pdf(store: Store, client_id: int, language: str = "en") -> bytes:
    """The summary for the client, in `language` (see app.render.catalogue.DOCUMENT_LANGUAGES)."""
    from app.render.case_summary import summary_pdf
    from app.render.catalogue import document_translate

    translate = document_translate(language)  # an unknown language fails before any work
    records = gather_case(store, client_id)
    client = records["client"]
    doc = core.case_document(
        client=client, holdings=records["holdings"], requests=records["requests"],
        events=records["events"], companies=records["companies"],
        exported_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        offmap_version=__version__, letters=[],
    )
    return summary_pdf(doc, company_names(store), page_size_for(client.country), translate,
                       for_client=True)


def write_client_summary(store: Store, client_id: int, out: Path | str,
                         language: str = "en") -> Path:
    out = Path(out).expanduser().absolute()
    write_document(out, client_summary_pdf(store, client_id, language))
    return out
