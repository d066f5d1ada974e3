"""Case file export and import.

Export: one client's zip with summary.pdf (client, holdings, requests, timeline, outcomes), every
letter (letters/), every attached file (attachments/) and case.json, which `import_case`
restores into another OffMap with new ids. Only the chosen client's records are read, so
nothing of another client can reach the file. With a passphrase the whole archive is sealed
(scrypt + AES-GCM, see case_crypto) inside an outer zip that holds only a README.

Import treats the file as hostile: entry names are checked (no absolute paths, `..`, drive
letters or links), sizes and compression ratios are capped before anything is read, JSON is
validated against resources/case/schema.json and its links, attachment files must match their
SHA-256. Decrypted data and incoming files go to a temporary folder inside the home; files move
into attachments/ only after the records were committed in one transaction.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from app import __version__
from app.core import case_file as core
from app.core.case_file import CASE_JSON, SUMMARY_PDF, CaseFileError
from app.core.clients import validate_client
from app.core.errors import OffMapError, ValidationError
from app.core.model import EVENT_KINDS, FOLLOWUP_TYPES, REQUEST_TYPES, Attachment, Event, Request
from app.core.provenance import PROVENANCE_KEY
from app.core.text import Text
from app.paths import secure_file
from app.services import attachments as attachment_service
from app.services import case_crypto
from app.store import Store
from app.store import clients as client_repo
from app.store import companies as company_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo

log = logging.getLogger("app.services.case_files")

SEALED_ENTRY = "case.sealed"
README_ENTRY = "README.txt"
MAX_ENTRIES = 20_000
MAX_ENTRY_BYTES = 512 * 1024 * 1024
MAX_TOTAL_BYTES = 2 * 1024 * 1024 * 1024
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_RATIO = 100
RATIO_FLOOR = 1024 * 1024  # small entries may compress well without being a bomb
_COPY = 1024 * 1024

Progress = Callable[[int, int, str], None]


class PassphraseNeeded(OffMapError):
    """The case file is encrypted and no passphrase was given."""


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


# -- export ------------------------------------------------------------------------------------
def _render_letter(store: Store, request: Request) -> bytes:
    from app.services.letters import render_letter

    return render_letter(store, request.id, "pdf")


def gather_case(store: Store, client_id: int) -> dict[str, Any]:
    """The chosen client's records only (every query is by this client's id)."""
    conn = store.conn
    client = client_repo.get(conn, client_id)
    holdings = holding_repo.list_for_client(conn, client_id)
    requests = request_repo.list_where(conn, client_id=client_id)
    events: list[Event] = []
    for request in requests:
        events.extend(event_repo.list_for_request(conn, request.id))
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
                              attachment_service.path_for(store.home, attachment)))
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
            log.warning("letter of request %s not rendered: %s", request.id,
                        type(exc).__name__)
            result.problems.append(Text(
                "the letter of {reference} could not be written (internal error {error_type}); "
                "the records are all in case.json",
                reference=request.reference, error_type=type(exc).__name__))
            continue
        name = core.letter_entry(request)
        letters.append((name, pdf))
        letter_rows.append({"request_id": request.id, "reference": request.reference,
                            "path": name})

    doc = document_of(records, letter_rows)
    from app.core.letters import page_size_for
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


# -- reading a hostile archive -----------------------------------------------------------------
def _refuse(why: Text) -> CaseFileError:
    return CaseFileError(
        "this case file cannot be imported: {why}. Nothing was changed.",
        why=why)


def _safe_name(name: str) -> bool:
    if not name or "\x00" in name or "\\" in name or len(name) > 400:
        return False
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("/") or ":" in path.parts[0]:
        return False
    return all(part not in ("..", ".", "") for part in path.parts)


def check_archive(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's entries by name, after refusing unsafe names, links, encrypted entries,
    too many or too large entries, and suspicious compression ratios (zip bombs)."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise _refuse(Text("it has more than {max_entries} entries", max_entries=MAX_ENTRIES))
    entries: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if not _safe_name(info.filename):
            raise _refuse(Text("it contains an unsafe file name ({name!r})",
                               name=info.filename[:80]))
        if stat.S_ISLNK(info.external_attr >> 16):
            raise _refuse(Text("it contains a link ({name!r})", name=info.filename[:80]))
        if info.flag_bits & 0x1:
            raise _refuse(Text("it uses zip encryption, which OffMap does not write"))
        if info.filename in entries:
            raise _refuse(Text("it lists {name!r} twice", name=info.filename[:80]))
        if info.file_size > MAX_ENTRY_BYTES:
            raise _refuse(Text("{name!r} is larger than OffMap accepts",
                               name=info.filename[:80]))
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size,
                                                                             1):
            raise _refuse(Text("{name!r} expands more than {max_ratio} times (a zip bomb?)",
                               name=info.filename[:80], max_ratio=MAX_RATIO))
        total += info.file_size
        if total > MAX_TOTAL_BYTES:
            raise _refuse(Text("its contents are larger than OffMap accepts"))
        if not info.is_dir():
            entries[info.filename] = info
    return entries


def _read_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise _refuse(Text("{name!r} is larger than OffMap accepts", name=info.filename[:80]))
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit or len(data) != info.file_size:
        raise _refuse(Text("{name!r} is not the size its header says",
                           name=info.filename[:80]))
    return data


def _copy_capped(archive: zipfile.ZipFile, info: zipfile.ZipInfo, target: Path,
                 limit: int) -> str:
    """Copies an entry to `target`, never more than `limit` bytes; returns its SHA-256."""
    digest = hashlib.sha256()
    written = 0
    with archive.open(info) as handle, target.open("wb") as out:
        while chunk := handle.read(_COPY):
            written += len(chunk)
            if written > limit:
                raise _refuse(Text("{name!r} is larger than its header says",
                                   name=info.filename[:80]))
            digest.update(chunk)
            out.write(chunk)
    return digest.hexdigest()


def is_encrypted_case(path: Path | str) -> bool:
    """True when the file is a passphrase-protected case file (so the GUI asks for it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return SEALED_ENTRY in {i.filename for i in archive.infolist()}
    except (OSError, zipfile.BadZipFile):
        return False


def _open_archive(path: Path, work: Path, passphrase: str | None) -> zipfile.ZipFile:
    if not path.is_file():
        raise ValidationError(
            "there is no file at {path}; check the path.",
            path=path)
    try:
        outer = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(Text("it is not a zip file")) from exc
    entries = check_archive(outer)
    if SEALED_ENTRY not in entries:
        return outer
    if passphrase is None:
        outer.close()
        raise PassphraseNeeded(
            "this case file is encrypted; give its passphrase (on the command line: "
            "offmap import case FILE --passphrase-stdin)."
        )
    inner_path = work / "case.zip"
    try:
        with outer.open(entries[SEALED_ENTRY]) as source, inner_path.open("wb") as target:
            case_crypto.unseal(source, target, passphrase, MAX_TOTAL_BYTES)
    except case_crypto.SealedFormatError as exc:
        raise _refuse(exc.text) from exc
    finally:
        outer.close()
    try:
        inner = zipfile.ZipFile(inner_path)
    except zipfile.BadZipFile as exc:
        raise _refuse(Text("the decrypted contents are not a zip file")) from exc
    check_archive(inner)
    return inner


# -- import ------------------------------------------------------------------------------------
def import_case(store: Store, path: Path | str, passphrase: str | None = None,
                progress: Progress | None = None) -> ImportResult:
    """Restores a case file as a new client (new ids). Refuses a damaged or crafted file, or
    one whose requests are already in this OffMap, with nothing changed."""
    progress = progress or _noop
    path = Path(path).expanduser().absolute()
    work = Path(tempfile.mkdtemp(prefix=".import-", dir=store.home))
    try:
        archive = _open_archive(path, work, passphrase)
        with archive:
            entries = check_archive(archive)
            if CASE_JSON not in entries:
                raise _refuse(Text("it has no {case_json} (it is not an OffMap case export)",
                                   case_json=CASE_JSON))
            try:
                doc = core.parse_case_json(_read_capped(archive, entries[CASE_JSON],
                                                        MAX_JSON_BYTES))
            except CaseFileError as exc:
                raise _refuse(exc.text) from exc
            _check_records(store, doc)
            blobs = _extract_attachments(archive, entries, doc, work, progress)
        result = _insert(store, doc)
        moved = _move_blobs(store.home, blobs)
        result.attachments = moved
        log.info("case imported: %d requests, %d events, %d files", result.requests,
                 result.events, moved)
        return result
    except zipfile.BadZipFile as exc:
        raise _refuse(Text("the zip file is damaged ({error})", error=exc)) from exc
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _check_records(store: Store, doc: dict[str, Any]) -> None:
    from app.core.case_rules import first_problem
    from app.services.directory import directory_index

    problem = first_problem(doc, set(directory_index(store)))  # as typed-in data is checked
    if problem is not None:
        raise _refuse(problem)
    types = (*REQUEST_TYPES, *FOLLOWUP_TYPES)
    for request in doc["requests"]:
        if request["type"] not in types:
            raise _refuse(Text("a request has the unknown type {request_type!r}",
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
            raise _refuse(Text("an event has the unknown kind {kind!r}",
                               kind=event['kind'][:40]))
    try:
        validate_client(core.client_from_case(doc["client"]))
    except ValidationError as exc:
        raise _refuse(Text("the client's details are not valid ({error})",
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
            raise _refuse(Text("the attached file {path!r} is missing",
                               path=attachment['path'][:80]))
        if info.file_size != attachment["size"]:
            raise _refuse(Text("the attached file {path!r} has the wrong size",
                               path=attachment['path'][:80]))
        target = folder / sha
        if _copy_capped(archive, info, target, attachment["size"]) != sha:
            raise _refuse(Text("the attached file {path!r} does not match its checksum",
                               path=attachment['path'][:80]))
        blobs[sha] = target
    return blobs


def _insert(store: Store, doc: dict[str, Any]) -> ImportResult:
    from app.services.directory import directory_index

    index = directory_index(store)
    client = validate_client(core.client_from_case(doc["client"]))
    with store.transaction() as conn:
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
    return result


def _company(row: dict[str, Any]):
    from app.core import directory as core_directory

    try:
        company = core.company_from_case(row)
        core_directory.check_schema({"schema_version": 1, "generated_on": "2000-01-01",
                                     "companies": [core_directory.company_to_record(company)]})
    except (TypeError, ValueError, ValidationError) as exc:
        raise _refuse(Text("the company {slug!r} is not a valid directory record",
                           slug=row.get('slug', ''))) from exc
    return company


def _holding(client_id: int, row: dict[str, Any]):
    from app.core.model import Holding

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


def _move_blobs(home: Path, blobs: dict[str, Path]) -> int:
    for sha, source in blobs.items():
        target = attachment_service.blob_path(home, sha)
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        secure_file(source)
        os.replace(source, target)
    return len(blobs)


def read_case_document(path: Path | str, passphrase: str | None = None) -> dict[str, Any]:
    """The validated case.json of a case file, without importing it (for previews and tests)."""
    path = Path(path).expanduser().absolute()
    with tempfile.TemporaryDirectory(prefix="offmap-case-") as folder:
        archive = _open_archive(path, Path(folder), passphrase)
        with archive:
            entries = check_archive(archive)
            if CASE_JSON not in entries:
                raise _refuse(Text("it has no {case_json}", case_json=CASE_JSON))
            try:
                return core.parse_case_json(_read_capped(archive, entries[CASE_JSON],
                                                         MAX_JSON_BYTES))
            except CaseFileError as exc:
                raise _refuse(exc.text) from exc


__all__ = ["ExportResult", "ImportResult", "PassphraseNeeded", "export_case", "import_case",
           "is_encrypted_case", "read_case_document"]
