"""The domain rules a case file's records must meet before import: the same ones typed-in data
meets (references in OffMap's format, known laws, request types, statuses, events, data kinds
and companies, dates that exist). The JSON Schema only checks shapes; this names the first
value the app itself would never have produced."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app.core.laws import law_ids
from app.core.model import (
    COMPANY_KINDS,
    DATA_KINDS,
    EVENT_KINDS,
    FOLLOWUP_TYPES,
    REQUEST_TYPES,
    SEND_CHANNELS,
)
from app.core.references import is_reference, normalise_reference
from app.core.text import Text
from app.core.tracking import STATUSES

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUEST_DATES = ("created_on", "sent_on", "due_on", "extended_due_on", "late_after")
CHANNELS = (*SEND_CHANNELS, "portal")
EARLIEST_YEAR, LATEST_YEAR = 1990, 2200


def _shown(value: Any) -> str:
    return repr(value)[:60]


def is_date(value: Any) -> bool:
    """An ISO date that exists (2026-02-30 does not) in a plausible range."""
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return False
    return EARLIEST_YEAR <= day.year <= LATEST_YEAR


def is_clean_reference(value: Any) -> bool:
    """A reference exactly as OffMap writes it (OFM-XXXX-XXXX: no spaces or line breaks)."""
    return isinstance(value, str) and is_reference(value) and normalise_reference(value) == value


def _request_problem(row: dict[str, Any], companies: set[str], ids: set[int]) -> Text | None:
    ref = row.get("reference")
    if not is_clean_reference(ref):
        return Text("a request's reference {value} is not in OffMap's format (OFM-XXXX-XXXX)",
                    value=_shown(ref))
    checks = (
        (row.get("law") in law_ids(), "law", row.get("law")),
        (row.get("type") in (*REQUEST_TYPES, *FOLLOWUP_TYPES), "type", row.get("type")),
        (row.get("status") in STATUSES, "status", row.get("status")),
        (row.get("company") in companies, "company", row.get("company")),
        (row.get("via") in (None, *CHANNELS), "channel", row.get("via")),
        (row.get("parent_id") is None or row.get("parent_id") in ids, "parent request",
         row.get("parent_id")),
    )
    for ok, what, value in checks:
        if not ok:
            return Text("request {reference} has an unknown {what} {value}", reference=ref,
                        what=what, value=_shown(value))
    for name in REQUEST_DATES:
        if row.get(name) is not None and not is_date(row[name]):
            return Text("request {reference} has an impossible date {value} ({field})",
                        reference=ref, value=_shown(row[name]), field=name)
    return None


def first_problem(doc: dict[str, Any], known_companies: set[str]) -> Text | None:
    """The first record in a (schema-valid) case document that breaks a domain rule, named;
    None when every record is one OffMap could have written. `known_companies`: the slugs of
    this OffMap's directory (the case's own companies are added)."""
    for row in doc["companies"]:
        if row.get("kind") not in COMPANY_KINDS:
            return Text("the company {slug} has an unknown kind {value}", slug=row["slug"],
                        value=_shown(row.get("kind")))
    companies = set(known_companies) | {row["slug"] for row in doc["companies"]}
    ids = {row["id"] for row in doc["requests"]}  # unique: case_file.validate_case checks it
    for row in doc["requests"]:
        problem = _request_problem(row, companies, ids)
        if problem is not None:
            return problem
    for row in doc["holdings"]:
        if row["company"] not in companies:
            return Text("a holding names the unknown company {value}", value=_shown(row["company"]))
        unknown = [kind for kind in row["data"] if kind not in DATA_KINDS]
        if unknown:
            return Text("a holding has the unknown data kind {value}", value=_shown(unknown[0]))
    for row in doc["events"]:
        if row["request_id"] not in ids:
            return Text("an event belongs to no request of the case (request id {value})",
                        value=_shown(row["request_id"]))
        if row["kind"] not in EVENT_KINDS:
            return Text("an event has the unknown kind {value}", value=_shown(row["kind"]))
        if not is_date(row["on"]):
            return Text("an event has an impossible date {value}", value=_shown(row["on"]))
    return None
