"""Case file import: restores a case file as a new client with new ids. The file is read as
hostile (app.services.case_archive); its JSON is validated against resources/case/schema.json
and its links, the records must pass the rules typed-in data passes, and attachment files must
match their SHA-256. Incoming files wait in a temporary folder (removed at the end) and are saved
into the store in the transaction that records the case, so the records and files arrive
together or not at all."""

from __future__ import annotations

import logging
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from app.core import case_file as core
from app.core.case_file import CASE_JSON, CaseFileError
from app.core.clients import validate_client
from app.core.errors import ValidationError
from app.core.model import (
    EVENT_KINDS,
    FOLLOWUP_TYPES,
    REQUEST_TYPES,
    Attachment,
    Company,
    Event,
    Holding,
    Request,
)
from app.core.provenance import PROVENANCE_KEY
from app.core.text import Text
from app.services import attachments as attachment_service
from app.services.case_archive import (
    MAX_JSON_BYTES,
    check_archive,
    copy_capped,
    open_archive,
    read_capped,
    refuse,
)
from app.services.work_folders import IMPORT_PREFIX, work_folder
from app.store import Store
from app.store import clients as client_repo
from app.store import companies as company_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo

log = logging.getLogger("app.services.case_files")

Progress = Callable[[int, int, str], None]


@dataclass
class ImportResult:
    client_id: int
    holdings: int = 0
    requests: int = 0
    events: int = 0
    attachments: int = 0
    companies: int = 0

    def to_json(self) -> dict[str, Any]:
        return {"id": self.client_id, "client_id": self.client_id, "holdings": self.holdings,
                "requests": self.requests, "events": self.events,
                "attachments": self.attachments, "companies_added": self.companies}


def _noop(_done: int, _total: int, _message: str) -> None:
    return None


def import_case(store: Store, path: Path | str, passphrase: str | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Restores a case file as a new client (new ids). Refuses a damaged or crafted file, or
    one whose requests are already in this OffMap, with nothing changed."""
    progress = progress or _noop
    path = Path(path).expanduser().absolute()
    with work_folder(store.home, IMPORT_PREFIX) as work:
        return _import_in(store, path, passphrase, progress, work)


def _import_in(store: Store, path: Path, passphrase: str | None, progress: Progress,
               work: Path) -> ImportResult:
    try:
        archive = open_archive(path, work, passphrase)
        with archive:
            entries = check_archive(archive)
            if CASE_JSON not in entries:
                raise refuse(Text("it has no {case_json} (it is not an OffMap case export)",
                                   case_json=CASE_JSON))
            try:
                doc = core.parse_case_json(read_capped(archive, entries[CASE_JSON],
                                                        MAX_JSON_BYTES))
            except CaseFileError as exc:
                raise refuse(exc.text) from exc
            _check_records(store, doc)
            blobs = _extract_attachments(archive, entries, doc, work, progress)
        result = _insert(store, doc, blobs)
        log.info("case imported: %d requests, %d events, %d files", result.requests,
                 result.events, result.attachments)
        return result
    except zipfile.BadZipFile as exc:
        raise refuse(Text("the zip file is damaged ({error})", error=exc)) from exc


def _check_records(store: Store, doc: dict[str, Any]) -> None:
    from app.core.case_rules import first_problem
    from app.services.directory import directory_index

    problem = first_problem(doc, set(directory_index(store)))  # as typed-in data is checked
    if problem is not None:
        raise refuse(problem)
    types = (*REQUEST_TYPES, *FOLLOWUP_TYPES)
    for request in doc["requests"]:
        if request["type"] not in types:
            raise refuse(Text("a request has the unknown type {request_type!r}",
                               request_type=request['type'][:40]))
        existing = request_repo.find_by_reference(store.conn, request["reference"])
        if existing is not None:
            raise CaseFileError(
                "this case is already in this OffMap: request {reference} exists (client id "
                "{client_id}). Nothing was imported; delete that client first to import the case "
                "again.",
                reference=request['reference'], client_id=existing.client_id)
    for event in doc["events"]:
        if event["kind"] not in EVENT_KINDS:
            raise refuse(Text("an event has the unknown kind {kind!r}",
                               kind=event['kind'][:40]))
    try:
        validate_client(core.client_from_case(doc["client"]))
    except ValidationError as exc:
        raise refuse(Text("the client's details are not valid ({error})",
                           error=exc.text)) from exc


def _extract_attachments(archive: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo],
                         doc: dict[str, Any], work: Path, progress: Progress) -> dict[str, Path]:
    wanted: dict[str, dict[str, Any]] = {}
    for event in doc["events"]:
        for attachment in event.get("attachments") or []:
            wanted.setdefault(attachment["sha256"], attachment)
    blobs: dict[str, Path] = {}
    folder = work / "files"
    folder.mkdir()
    for number, (sha, attachment) in enumerate(wanted.items(), start=1):
        progress(number, len(wanted), "attachments")
        info = entries.get(attachment["path"])
        if info is None:
            raise refuse(Text("the attached file {path!r} is missing",
                               path=attachment['path'][:80]))
        if info.file_size != attachment["size"]:
            raise refuse(Text("the attached file {path!r} has the wrong size",
                               path=attachment['path'][:80]))
        target = folder / sha
        if copy_capped(archive, info, target, attachment["size"]) != sha:
            raise refuse(Text("the attached file {path!r} does not match its checksum",
                               path=attachment['path'][:80]))
        blobs[sha] = target
    return blobs


def _insert(store: Store, doc: dict[str, Any], blobs: dict[str, Path]) -> ImportResult:
    from app.services.directory import directory_index

    index = directory_index(store)
    client = validate_client(core.client_from_case(doc["client"]))
    with attachment_service.disk_full_explained(store), store.transaction() as conn:
        client_id = client_repo.insert(conn, client)
        result = ImportResult(client_id=client_id)
        for row in doc["companies"]:
            company = _company(row)
            if company_repo.get(conn, company.slug) is None and (
                    company.origin == "cppa" or company.slug not in index):
                if company.origin == "user":  # not typed here: its contacts are confirmed
                    company.extra[PROVENANCE_KEY] = Text(
                        "a case file imported on {date}", date=date.today().isoformat())
                company_repo.upsert(conn, company)
                result.companies += 1
        for row in doc["holdings"]:
            holding_repo.upsert(conn, _holding(client_id, row))
            result.holdings += 1
        new_ids: dict[int, int] = {}
        for row in core.parents_first(doc["requests"]):
            request = _request(client_id, row, new_ids)
            new_ids[row["id"]] = request_repo.insert(conn, request)
            result.requests += 1
        for row in doc["events"]:
            event_repo.insert(conn, _event(new_ids[row["request_id"]], row))
            result.events += 1
        for sha, source in blobs.items():   # one at a time: a case may carry many files
            staged = attachment_service.stage_file(source, confirm_large=True)
            if staged.attachment.sha256 != sha:
                raise refuse(Text("an attached file changed while it was imported"))
            attachment_service.save_staged(conn, [staged])
            result.attachments += 1
        from app.services import audit

        audit.record(conn, "client.import", client_id=client_id,
                     what=f"{result.requests} requests, {result.events} events")
    return result


def _company(row: dict[str, Any]) -> Company:
    from app.core import directory as core_directory

    try:
        company = core.company_from_case(row)
        core_directory.check_schema({"schema_version": 1, "generated_on": "2000-01-01",
                                     "companies": [core_directory.company_to_record(company)]})
    except (TypeError, ValueError, ValidationError) as exc:
        raise refuse(Text("the company {slug!r} is not a valid directory record",
                           slug=row.get('slug', ''))) from exc
    return company


def _holding(client_id: int, row: dict[str, Any]) -> Holding:
    return Holding(client_id=client_id, company=row["company"], data=list(row.get("data") or []),
                   evidence=row.get("evidence") or "", reason=row.get("reason") or "")


def _request(client_id: int, row: dict[str, Any], new_ids: dict[int, int]) -> Request:
    parent = row.get("parent_id")
    return Request(
        client_id=client_id, company=row["company"], law=row["law"], type=row["type"],
        reference=row["reference"], parent_id=new_ids.get(parent) if parent is not None else None,
        created_on=row.get("created_on") or datetime.now(UTC).date().isoformat(),
        status=row["status"], sent_on=row.get("sent_on"), via=row.get("via"),
        due_on=row.get("due_on"), extended_due_on=row.get("extended_due_on"),
        late_after=row.get("late_after"),
        message_id=row.get("message_id"), details=dict(row.get("details") or {}),
    )


def _event(request_id: int, row: dict[str, Any]) -> Event:
    return Event(
        request_id=request_id, kind=row["kind"], on=row["on"], text=row.get("text") or "",
        data=dict(row.get("data") or {}),
        attachments=[Attachment(event_id=0, filename=a["filename"], sha256=a["sha256"],
                                size=a["size"], mime=a.get("mime") or "application/octet-stream")
                     for a in row.get("attachments") or []],
    )


def read_case_document(path: Path | str, passphrase: str | None = None) -> dict[str, Any]:
    """The validated case.json of a case file, without importing it (for previews and tests)."""
    path = Path(path).expanduser().absolute()
    with tempfile.TemporaryDirectory(prefix="offmap-case-") as folder:
        archive = open_archive(path, Path(folder), passphrase)
        with archive:
            entries = check_archive(archive)
            if CASE_JSON not in entries:
                raise refuse(Text("it has no {case_json}", case_json=CASE_JSON))
            try:
                return core.parse_case_json(read_capped(archive, entries[CASE_JSON],
                                                         MAX_JSON_BYTES))
            except CaseFileError as exc:
                raise refuse(exc.text) from exc
