"""The machine-readable part of a case export (case.json): one client's record with their
holdings, requests, events, attachment descriptions and the non-bundled companies they refer
to, and its validation on import (JSON Schema in resources/case/schema.json, then the links
between records). Pure: the zip and the store are handled by services.case_files."""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from typing import Any

from app.core import safe_json
from app.core.errors import ValidationError
from app.core.model import Attachment, Client, Company, Event, Holding, Request
from app.core.resources import resource
from app.core.text import Text

CASE_FORMAT = "offmap-case"
CASE_VERSION = 1
CASE_JSON = "case.json"
SUMMARY_PDF = "summary.pdf"


class CaseFileError(ValidationError):
    """A case file cannot be imported; the message says why. Nothing was changed."""


def safe_filename(name: str, limit: int = 80) -> str:
    """A file name safe in any zip and on any disk: ASCII letters, digits, dot, dash, underscore."""
    plain = unicodedata.normalize("NFKD", name or "")
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", plain).strip("._") or "file"
    if len(cleaned) > limit:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: limit - len(ext) - 1] + "." + ext) if dot and len(ext) <= 10 \
            else cleaned[:limit]
    return cleaned


def attachment_entry(attachment: Attachment) -> str:
    return f"attachments/{attachment.sha256[:16]}-{safe_filename(attachment.filename)}"


def letter_entry(request: Request) -> str:
    return f"letters/{safe_filename(request.reference)}-{request.type}.pdf"


def case_document(
    *,
    client: Client,
    holdings: list[Holding],
    requests: list[Request],
    events: list[Event],
    companies: list[Company],
    exported_at: str,
    offmap_version: str,
    letters: list[dict[str, Any]],
) -> dict[str, Any]:
    """case.json for one client. Only this client's records may be passed in."""
    foreign = [r.id for r in requests if r.client_id != client.id]
    foreign += [h.id for h in holdings if h.client_id != client.id]
    request_ids = {r.id for r in requests}
    foreign += [e.id for e in events if e.request_id not in request_ids]
    if foreign:
        raise ValueError("records of another client were passed to case_document")
    event_rows = []
    for event in events:
        row = event.to_json()
        row.pop("id", None)
        row["attachments"] = [
            {"filename": a.filename, "sha256": a.sha256, "size": a.size, "mime": a.mime,
             "path": attachment_entry(a)}
            for a in event.attachments
        ]
        event_rows.append(row)
    company_rows = []
    for company in companies:
        row = company.to_json()
        company_rows.append(row)
    holding_rows = []
    for holding in holdings:
        row = holding.to_json()
        for key in ("id", "client_id", "created_at"):
            row.pop(key, None)
        holding_rows.append(row)
    request_rows = []
    for request in requests:
        row = request.to_json()
        row.pop("client_id", None)
        request_rows.append(row)
    return {
        "format": CASE_FORMAT,
        "version": CASE_VERSION,
        "exported_at": exported_at,
        "offmap_version": offmap_version,
        "client": client.to_json(),
        "holdings": holding_rows,
        "requests": request_rows,
        "events": event_rows,
        "companies": company_rows,
        "letters": letters,
        "summary": SUMMARY_PDF,
    }


@functools.cache
def _schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(resource("case", "schema.json").read_text(
        encoding="utf-8"))
    return schema


def parse_case_json(raw: bytes) -> dict[str, Any]:
    """Parses and validates case.json; CaseFileError says what is wrong."""
    try:
        doc = safe_json.loads(raw, Text("its {case_json}", case_json=CASE_JSON))
    except safe_json.JsonRefused as exc:
        raise CaseFileError(exc.reason) from None
    validate_case(doc)
    parsed: dict[str, Any] = doc
    return parsed


def validate_case(doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("format") != CASE_FORMAT:
        raise CaseFileError(
            "its {case_json} is not an OffMap case",
            case_json=CASE_JSON)
    if isinstance(doc.get("version"), int) and doc["version"] > CASE_VERSION:
        raise CaseFileError(
            "it was exported by a newer OffMap (case format {version}); update OffMap first",
            version=doc['version'])
    import jsonschema  # imported here: it costs a tenth of a second of start-up

    validator = jsonschema.Draft202012Validator(_schema())
    error = next(iter(sorted(validator.iter_errors(doc), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the top level"
        raise CaseFileError(
            "its {case_json} is not valid at {where}: {message}",
            case_json=CASE_JSON, where=where, message=error.message[:200])
    request_ids = [r["id"] for r in doc["requests"]]
    if len(set(request_ids)) != len(request_ids):
        raise CaseFileError(
            "its {case_json} lists the same request twice",
            case_json=CASE_JSON)
    references = [r["reference"] for r in doc["requests"]]
    if len(set(references)) != len(references):
        raise CaseFileError(
            "its {case_json} lists the same request reference twice",
            case_json=CASE_JSON)
    known = set(request_ids)
    for event in doc["events"]:
        if event["request_id"] not in known:
            raise CaseFileError(
                "its {case_json} has an event for a request it does not hold",
                case_json=CASE_JSON)
    for request in doc["requests"]:
        if request.get("parent_id") is not None and request["parent_id"] not in known:
            raise CaseFileError(
                "its {case_json} has a follow-up whose request it does not hold",
                case_json=CASE_JSON)
    holding_companies = [h["company"] for h in doc["holdings"]]
    if len(set(holding_companies)) != len(holding_companies):
        raise CaseFileError(
            "its {case_json} lists the same company's holding twice",
            case_json=CASE_JSON)


def parents_first(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Requests ordered so that each follow-up comes after the request it follows up."""
    by_id = {r["id"]: r for r in requests}
    ordered: list[dict[str, Any]] = []
    placed: set[int] = set()

    def place(request: dict[str, Any], trail: set[int]) -> None:
        if request["id"] in placed:
            return
        parent = request.get("parent_id")
        if parent is not None and parent in by_id and parent not in trail:
            place(by_id[parent], trail | {request["id"]})
        placed.add(request["id"])
        ordered.append(request)

    for request in requests:
        place(request, set())
    return ordered


def client_from_case(row: dict[str, Any]) -> Client:
    """The client of a case file. Files from before advertising IDs were checked may hold IDs
    that are not UUIDs: they move to the notes (kept, but not sent to companies)."""
    from app.core.clients import is_ad_id

    ad_ids = [str(a) for a in row.get("ad_ids") or []]
    notes = row.get("notes") or ""
    odd = [a for a in ad_ids if a.strip() and not is_ad_id(a)]
    if odd:
        notes = (notes + "\n" if notes else "") + \
            "Advertising IDs from an older case file: " + ", ".join(odd)
    return Client(
        name=row["name"], emails=list(row.get("emails") or []),
        phones=list(row.get("phones") or []),
        address=row.get("address") or "", state=row.get("state") or "",
        country=row.get("country") or "", ad_ids=[a for a in ad_ids if is_ad_id(a)],
        notes=notes, archived=bool(row.get("archived")),
        consent_on=row.get("consent_on"),
        birth_date=row.get("birth_date") or "",
        account_numbers={str(k): str(v) for k, v in (row.get("account_numbers") or {}).items()},
    )


def company_from_case(row: dict[str, Any]) -> Company:
    known = set(Company.__dataclass_fields__)
    fields = {k: v for k, v in row.items() if k in known}
    fields["origin"] = row.get("origin") if row.get("origin") in ("user", "cppa") else "user"
    return Company(**fields)
