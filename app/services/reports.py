"""Company reports across all clients (see core.reports for the definitions), and their
export as CSV or PDF. Nothing in a report identifies a client: rows are companies and counts."""

from __future__ import annotations

import contextlib
import csv
import logging
import os
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import REQUEST_TYPES, Event
from app.core.reports import CompanyFigures, RequestFacts, company_figures, csv_rows
from app.core.tracking import Derived, derive
from app.paths import secure_file
from app.store import Store
from app.store import requests as request_repo
from app.store.report_rows import events_by_request

log = logging.getLogger("app.services.reports")


def _law(law_id: str,
         cache: dict[str, dict[str, Any] | None]) -> dict[str, Any] | None:
    if law_id not in cache:
        from app.services.tracking import law_record

        cache[law_id] = law_record(law_id)
    return cache[law_id]


def request_facts(store: Store, today: date) -> list[RequestFacts]:
    """The facts of every sent first request (follow-ups and bounced ones left out)."""
    events = events_by_request(store.conn)
    laws: dict[str, dict[str, Any] | None] = {}
    facts = []
    for request in request_repo.list_where(store.conn):
        if request.type not in REQUEST_TYPES:
            continue
        own = events.get(saved_id(request), [])
        derived = derive(request, own, _law(request.law, laws), today)
        if derived.sent_on is None or derived.stage in ("draft", "bounced"):
            continue
        facts.append(RequestFacts(company=request.company, sent_on=derived.sent_on,
                                  deadline=_deadline_in_force(derived, own),
                                  answered_on=derived.answered_on, outcome=derived.stage))
    return facts


def _deadline_in_force(derived: Derived, events: list[Event]) -> date | None:
    """The last day an answer is on time (late_after: the deadline moved by the law's roll-off
    rule), extended when an extension was logged in time, even once the request has its final
    answer (derive keeps the extended date only while the request is open)."""
    last_day = derived.late_after or derived.deadline
    if derived.extended_due_on is not None or derived.due is None or derived.due_on is None:
        return last_day
    extended = derived.due.extended_late_after or derived.due.extended_due_on
    in_time = any(e.kind == "extended" and derived.sent_on is not None
                  and derived.sent_on <= date.fromisoformat(e.on) <= (last_day or derived.due_on)
                  for e in events)
    return extended if extended is not None and in_time else last_day


def company_names(store: Store) -> dict[str, str]:
    from app.services.directory import directory_index

    return {slug: company.name for slug, company in directory_index(store).items()}


def company_report(store: Store, today: date | None = None) -> list[CompanyFigures]:
    today = today or date.today()
    return company_figures(request_facts(store, today), company_names(store), today)


def write_document(out: Path, data: bytes) -> None:
    """Writes a PDF or CSV the user asked for: complete at `out`, or not at all."""
    out = Path(out).expanduser().absolute()
    if out.is_dir():
        raise ValidationError(
            "{out} is a folder; give a file name.",
            out=out)
    if not out.parent.is_dir():
        raise ValidationError(
            "the folder {parent} does not exist; create it or choose another.",
            parent=out.parent)
    handle, temp_name = tempfile.mkstemp(prefix=".offmap-report-", dir=out.parent)
    try:
        with os.fdopen(handle, "wb") as target:
            target.write(data)
        secure_file(Path(temp_name))
        os.replace(temp_name, out)
    except OSError as exc:
        raise OffMapError(
            "the report could not be written to {out}: {error}; check the folder and the free "
            "space.",
            out=out, error=exc.strerror or exc) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)


def report_csv_bytes(figures: list[CompanyFigures]) -> bytes:
    import io

    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(csv_rows(figures))
    return buffer.getvalue().encode("utf-8")


def export_report(store: Store, out: Path | str, fmt: str | None = None,
                  today: date | None = None) -> list[CompanyFigures]:
    """Writes the company report as CSV or PDF (chosen by `fmt` or the file's extension)."""
    out = Path(out)
    fmt = (fmt or out.suffix.lstrip(".")).lower()
    if fmt not in ("csv", "pdf"):
        raise ValidationError(
            "'{name}' is neither .csv nor .pdf; choose one of those (or give --format csv|pdf).",
            name=out.name)
    today = today or date.today()
    figures = company_report(store, today)
    if fmt == "csv":
        data = report_csv_bytes(figures)
    else:
        from app.render.report import report_pdf

        data = report_pdf(figures, today)
    write_document(out, data)
    log.info("company report exported as %s: %d companies", fmt, len(figures))
    return figures
