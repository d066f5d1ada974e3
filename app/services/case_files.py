"""Case file export (import: app.services.case_import, reading a hostile archive:
app.services.case_archive).

One client's zip with summary.pdf (client, holdings, requests, timeline, outcomes), every letter
(letters/), every attached file (attachments/) and case.json, which `import_case` restores into
another OffMap with new ids. Only the chosen client's records are read, so nothing of another
client can reach the file. With a passphrase the whole archive is sealed (scrypt + AES-GCM, see
case_crypto) inside an outer zip that holds only a README.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app import __version__
from app.core import case_file as core
from app.core.case_file import CASE_JSON, SUMMARY_PDF
from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import Event, Request
from app.core.text import Text
from app.paths import secure_file
from app.services import attachments as attachment_service
from app.services import case_crypto
from app.services.case_archive import (
    README_ENTRY,
    SEALED_ENTRY,
    PassphraseNeeded,
    is_encrypted_case,
)
from app.services.case_import import ImportResult, import_case, read_case_document
from app.store import Store
from app.store import clients as client_repo
from app.store import companies as company_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo

log = logging.getLogger("app.services.case_files")

Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    path: Path
    requests: int = 0
    events: int = 0
    attachments: int = 0
    letters: int = 0
    encrypted: bool = False
    problems: list[Text] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"out": str(self.path), "requests": self.requests, "events": self.events,
                "attachments": self.attachments, "letters": self.letters,
                "encrypted": self.encrypted, "problems": list(self.problems)}


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


def _render_letter(store: Store, request: Request) -> bytes:
    from app.services.letters import render_letter

    return render_letter(store, saved_id(request), "pdf")


def gather_case(store: Store, client_id: int) -> dict[str, Any]:
    """The chosen client's records only (every query is by this client's id)."""
    conn = store.conn
    client = client_repo.get(conn, client_id)
    holdings = holding_repo.list_for_client(conn, client_id)
    requests = request_repo.list_where(conn, client_id=client_id)
    events: list[Event] = []
    for request in requests:
        events.extend(event_repo.list_for_request(conn, saved_id(request)))
    slugs = sorted({h.company for h in holdings} | {r.company for r in requests})
    companies = [c for c in (company_repo.get(conn, slug) for slug in slugs) if c is not None]
    return {"client": client, "holdings": holdings, "requests": requests, "events": events,
            "companies": companies}


def document_of(records: dict[str, Any], letter_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The case document (case.json) of records from gather_case, exported now."""
    return core.case_document(
        client=records["client"], holdings=records["holdings"], requests=records["requests"],
        events=records["events"], companies=records["companies"],
        exported_at=datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        offmap_version=__version__, letters=letter_rows,
    )


def export_case(store: Store, client_id: int, out: Path | str, passphrase: str | None = None,
                progress: Progress | None = None) -> ExportResult:
    """Writes the client's case file to `out` (complete or not at all)."""
    progress = progress or _noop
    out = Path(out).expanduser().absolute()
    if out.is_dir():
        raise ValidationError(
            "{out} is a folder; give a file name such as case.zip.",
            out=out)
    if not out.parent.is_dir():
        raise ValidationError(
            "the folder {parent} does not exist; create it or choose another.",
            parent=out.parent)
    if passphrase is not None:
        case_crypto.check_passphrase(passphrase)
    records = gather_case(store, client_id)
    client = records["client"]
    result = ExportResult(path=out, encrypted=passphrase is not None)
    total = len(records["requests"]) + sum(len(e.attachments) for e in records["events"]) + 2
    step = 0

    files: list[tuple[str, Path]] = []
    for event in records["events"]:
        kept = []
        for attachment in event.attachments:
            try:
                files.append((core.attachment_entry(attachment),
                              attachment_service.path_for(store, attachment)))
                kept.append(attachment)
            except OffMapError:
                result.problems.append(Text(
                    "the attached file '{filename}' is missing from the data folder, so it is "
                    "not in the export",
                    filename=attachment.filename))
        event.attachments = kept

    letters: list[tuple[str, bytes]] = []
    letter_rows: list[dict[str, Any]] = []
    for request in records["requests"]:
        step += 1
        progress(step, total, "letters")
        try:
            pdf = _render_letter(store, request)
        except OffMapError as exc:
            result.problems.append(Text("the letter of {reference} could not be written: {error}",
                                        reference=request.reference, error=exc.text))
            continue
        except Exception as exc:  # a template fault must not block the rest of the case
            log.warning("letter of request %s not rendered: %s", saved_id(request),
                        type(exc).__name__)
            result.problems.append(Text(
                "the letter of {reference} could not be written (internal error {error_type}); "
                "the records are all in case.json",
                reference=request.reference, error_type=type(exc).__name__))
            continue
        name = core.letter_entry(request)
        letters.append((name, pdf))
        letter_rows.append({"request_id": saved_id(request), "reference": request.reference,
                            "path": name})

    doc = document_of(records, letter_rows)
    from app.core.letter_values import page_size_for
    from app.render.case_summary import summary_pdf
    from app.services.reports import company_names

    summary = summary_pdf(doc, company_names(store), page_size_for(client.country))
    step += 1
    progress(step, total, "summary")

    handle, temp_name = tempfile.mkstemp(prefix=".offmap-case-", suffix=".part", dir=out.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(CASE_JSON, _json_bytes(doc))
            archive.writestr(SUMMARY_PDF, summary)
            for name, pdf in letters:
                archive.writestr(name, pdf)
            written: set[str] = set()
            for name, path in files:
                step += 1
                progress(step, total, "attachments")
                if name not in written:
                    archive.write(path, name)
                    written.add(name)
        if passphrase is not None:
            _seal_in_place(temp, passphrase)
        secure_file(temp)
        os.replace(temp, out)
    except OSError as exc:
        raise OffMapError(
            "the case file could not be written to {out}: {error}; check the folder and the free "
            "space.",
            out=out, error=exc.strerror or exc) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()
    progress(total, total, "done")
    result.requests = len(records["requests"])
    result.events = len(records["events"])
    result.attachments = len({name for name, _ in files})
    result.letters = len(letters)
    log.info("case exported: %d requests, %d events, %d files, encrypted=%s", result.requests,
             result.events, result.attachments, result.encrypted)
    return result


def _json_bytes(doc: dict[str, Any]) -> bytes:
    import json

    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


SEALED_README = (
    "This OffMap case file is encrypted with a passphrase.\n\n"
    "Open it in OffMap: Clients > Import case file..., or on the command line:\n"
    "    offmap import case FILE.zip --passphrase-stdin\n\n"
    "Without the passphrase its contents cannot be read.\n"
)


def _seal_in_place(plain_zip: Path, passphrase: str) -> None:
    sealed = plain_zip.with_name(plain_zip.name + ".sealed")
    try:
        with plain_zip.open("rb") as source, sealed.open("wb") as target:
            case_crypto.seal(source, target, passphrase)
        with zipfile.ZipFile(plain_zip, "w", compression=zipfile.ZIP_STORED) as archive:
            archive.writestr(README_ENTRY, SEALED_README)
            archive.write(sealed, SEALED_ENTRY)
    finally:
        with contextlib.suppress(OSError):
            sealed.unlink()


__all__ = ["ExportResult", "ImportResult", "PassphraseNeeded", "export_case", "import_case",
           "is_encrypted_case", "read_case_document"]
