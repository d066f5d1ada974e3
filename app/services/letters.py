"""Letter use cases: the template context of a request, its letter in every format, the
e-mail (used by the sending feature) and a mailto: link. A draft letter is dated today and its
due date assumes the company receives it today (or 5 days later by post); a sent letter keeps
its sending date and the due date the tracking feature recorded."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from app.core.errors import ValidationError
from app.core.ids import saved_id
from app.core.lawchoice import is_voluntary
from app.core.laws import get_law
from app.core.letter_case import LetterCase, agent_of
from app.core.letter_case import letter_context as core_context
from app.core.letters import Letter, compose_letter, letter_html, letter_text
from app.core.model import FOLLOWUP_TYPES, Request
from app.services.letter_case import load_case
from app.store import Store
from app.store import clients as client_repo

log = logging.getLogger("app.letters")

FORMATS = ("pdf", "txt", "html", "docx", "eml")
PREVIEW_REFERENCE = "OFM-XXXX-XXXX"


def context_of(case: LetterCase, today: date | None = None) -> dict[str, Any]:
    """The template context of a loaded case; a clinic in agent mode adds the agency statement
    and signs as sender (or the law's refusal is raised)."""
    from app.services.clinic import apply_agent

    return apply_agent(core_context(case, today), agent_of(case))


def context_for(store: Store, request: Request, today: date | None = None) -> dict[str, Any]:
    """The template context of a request (saved or not yet saved, for a live preview)."""
    return context_of(load_case(store, request, history=False), today)


def letter_context(store: Store, request_id: int) -> dict[str, Any]:
    return context_of(load_case(store, request_id, history=False))


def compose(store: Store, request_id: int) -> Letter:
    return compose_letter(letter_context(store, request_id))


def preview_letter(
    store: Store, client_id: int, company_slug: str, request_type: str, law: str,
    details: dict[str, Any] | None = None,
) -> Letter:
    """The letter a new request would get, before it is saved (reference not yet given)."""
    details = dict(details or {})
    if request_type not in FOLLOWUP_TYPES:
        client = client_repo.get(store.conn, client_id)
        details["voluntary"] = is_voluntary(get_law(law), client.country, client.state)
    request = Request(client_id=client_id, company=company_slug, law=law, type=request_type,
                      reference=PREVIEW_REFERENCE, details=details)
    return compose_letter(context_for(store, request))


def render(letter: Letter, fmt: str) -> bytes:
    """A composed letter in one format (pdf, txt, html, docx, eml draft without sender)."""
    if fmt == "txt":
        return letter_text(letter).encode("utf-8")
    if fmt == "html":
        return letter_html(letter).encode("utf-8")
    if fmt == "pdf":
        from app.render.pdf import letter_pdf

        return letter_pdf(letter)
    if fmt == "docx":
        from app.render.docx import letter_docx

        return letter_docx(letter)
    if fmt == "eml":
        return _message(letter, None, "", draft=True).as_bytes()
    raise ValidationError(
        "'{fmt}' is not a letter format; use one of: {formats}.",
        fmt=fmt, formats=', '.join(FORMATS))


def render_letter(store: Store, request_id: int, fmt: str) -> bytes:
    if fmt not in FORMATS:
        raise ValidationError(
            "'{fmt}' is not a letter format; use one of: {formats}.",
            fmt=fmt, formats=', '.join(FORMATS))
    if fmt == "eml":
        return build_email(store, request_id, draft=True).as_bytes()
    data = render(compose(store, request_id), fmt)
    log.info("letter rendered: request %s as %s", request_id, fmt)
    return data


def _message(letter: Letter, from_addr: str | None, from_name: str,
             draft: bool) -> EmailMessage:
    from app.render.email import build_message
    from app.render.pdf import letter_pdf

    return build_message(letter, letter_text(letter), letter_pdf(letter), from_addr,
                         from_name, draft)


def build_email(
    store: Store, request_id: int, from_addr: str | None = None, draft: bool = False
) -> EmailMessage:
    """The request's e-mail: To the company's address from the directory, the reference in
    the subject, the letter as text and as an attached PDF. `X-Unsent: 1` only for a draft."""
    return email_of(store, load_case(store, request_id), from_addr, draft)


def email_of(store: Store, case: LetterCase, from_addr: str | None = None,
             draft: bool = False) -> EmailMessage:
    """build_email for a loaded case (a complaint's case carries its history)."""
    context = context_of(case)
    letter = compose_letter(context)
    if not letter.to_addr and not draft:
        raise ValidationError(
            "{name} has no e-mail address in the directory; send the letter by post or through "
            "its web form (export it as PDF), or add an address to the company.",
            name=context['recipient']['name'])
    sender = context["sender"]
    message = _message(letter, from_addr or sender["email"] or None, sender["name"], draft)
    from app.services.timeline import case_enclosures  # a complaint encloses the timeline PDF

    for name, data, mime in case_enclosures(case):
        maintype, subtype = mime.split("/", 1)
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    if draft:  # sent later from the user's own mail program: a reply's In-Reply-To finds it
        from app.store import replies as reply_repo

        with store.transaction() as conn:
            reply_repo.record_message_id(conn, saved_id(case.request), str(message["Message-ID"]),
                                         "draft")
    return message


def mailto_url(store: Store, request_id: int) -> str | None:
    """A mailto: link for the default mail program, or None when the letter does not fit."""
    from app.render.email import mailto_url as make_url

    letter = compose(store, request_id)
    return make_url(letter, letter_text(letter))


def export_file_name(request: Request, fmt: str) -> str:
    """'OFM-7K3Q-9XPD-att-delete.pdf': the reference, company and type; never a name."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in
                   f"{request.reference}-{request.company}-{request.type}")
    return f"{safe}.{fmt}"


def export_letters(
    store: Store,
    request_ids: list[int],
    folder: Path,
    formats: list[str],
    progress: Callable[[int, int, str], None] | None = None,
) -> list[Path]:
    """Writes each request's letter in each format into `folder` (each file written whole or
    not at all). `progress(done, total, message)` may raise to cancel between files."""
    from app.services.calendar_export import write_atomically

    unknown = [fmt for fmt in formats if fmt not in FORMATS]
    if unknown or not formats:
        raise ValidationError(
            "choose letter formats among: {formats} (not {unknown}).",
            formats=', '.join(FORMATS), unknown=', '.join(unknown))
    if not folder.is_dir():
        raise ValidationError(
            "the folder {folder} does not exist; choose another.",
            folder=folder)
    total = len(request_ids) * len(formats)
    written: list[Path] = []
    done = 0
    for request_id in request_ids:
        case = load_case(store, request_id)
        request = case.request
        letter = compose_letter(context_of(case))
        for fmt in formats:
            if progress:
                progress(done, total, request.reference)
            data = (email_of(store, case, draft=True).as_bytes() if fmt == "eml"
                    else render(letter, fmt))
            path = folder / export_file_name(request, fmt)
            write_atomically(path, data)
            written.append(path)
            done += 1
    if progress:
        progress(done, total, "")
    log.info("letters exported: %s files", len(written))
    return written
