"""Request use cases: create a draft request (choosing the law when none is given), find and
list requests. Status, sent/due dates are a cache kept by services.tracking from the events."""

from __future__ import annotations

from datetime import date
from typing import Any

from app.core.errors import NotFoundError, ValidationError
from app.core.lawchoice import LawChoice, choose_laws, holiday_region, is_voluntary
from app.core.laws import applies_to_kind, get_law, grant_for, load_laws
from app.core.model import FOLLOWUP_TYPES, REQUEST_TYPES, Client, Company, Request
from app.core.references import is_reference, make_reference, normalise_reference
from app.core.text import join_list
from app.core.tracking import STATUSES
from app.services import audit, directory, tracking
from app.store import Store
from app.store import clients as client_repo
from app.store import requests as request_repo
from app.store.connection import Connection

ALL_TYPES = (*REQUEST_TYPES, *FOLLOWUP_TYPES)
MAX_DETAIL_TEXT = 4000


def suggest_laws(store: Store, client_id: int, company_slug: str) -> LawChoice:
    """The law(s) OffMap suggests for this client writing to this company, with the reason."""
    client = client_repo.get(store.conn, client_id)
    company = directory.resolve_company(store, company_slug)
    return _choice(client, company)


def _choice(client: Client, company: Company) -> LawChoice:
    return choose_laws(client.country, client.state, company.kind, list(company.laws))


def new_request(
    store: Store,
    client_id: int,
    company_slug: str,
    request_type: str,
    law: str | None = None,
    parent_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> Request:
    """A draft request. Without `law` the law is chosen from the client's residence and the
    company's kind; ValidationError says why when no law applies or the law does not grant
    the type. A merged or defunct company's request goes to its successor."""
    if request_type not in ALL_TYPES:
        raise ValidationError(
            "'{request_type}' is not a request type; use one of: {all_types}.",
            request_type=request_type, all_types=', '.join(ALL_TYPES))
    client = client_repo.get(store.conn, client_id)
    named = directory.get_company(store, company_slug)
    company = directory.resolve_company(store, company_slug)
    extra = _clean_details(details)
    if named.slug != company.slug:
        extra["named_company"] = named.slug
        extra["named_company_name"] = named.name
    parent = _parent(store, parent_id, client_id)
    if request_type in FOLLOWUP_TYPES:
        law_id = _followup_law(request_type, law, parent)
    else:
        law_id = _law_for(client, company, request_type, law)
        extra["voluntary"] = is_voluntary(get_law(law_id), client.country, client.state)
    region = holiday_region(get_law(law_id), list(company.jurisdictions), client.country)
    if region:
        extra["holiday_region"] = region
    request = Request(
        client_id=client_id, company=company.slug, law=law_id, type=request_type,
        reference="", parent_id=parent_id, created_on=date.today().isoformat(), details=extra,
    )
    with store.transaction() as conn:
        request.reference = _unused_reference(conn)
        request.id = request_repo.insert(conn, request)
        request.version = 1
        audit.record(conn, "request.new", client_id=client_id, request_id=request.id,
                     what=f"{company.slug} {request_type} {law_id}")
    return request


def _law_for(client: Client, company: Company, request_type: str, law: str | None) -> str:
    if law:
        record = get_law(law)
        grant_for(record, request_type)
        if not applies_to_kind(record, company.kind):
            raise ValidationError(
                "{short_name} ({law}) does not cover {name}, a {kind}; it applies to: "
                "{applies_to}. Choose another law.",
                short_name=record['short_name'], law=law, name=company.name, kind=company.kind,
                applies_to=', '.join(record['applies_to']))
        return law
    choice = _choice(client, company)
    chosen = choice.first_granting(request_type, load_laws())
    if chosen:
        return chosen
    if choice.laws:
        listed = ", ".join(choice.laws)
        raise ValidationError(
            "{explanation} None of the laws that apply ({listed}) grants a '{request_type}' "
            "request; choose another type, or a law with --law.",
            explanation=choice.explanation, listed=listed, request_type=request_type)
    still = join_list(choice.still_applies, " ")
    raise ValidationError(
        "no law applies on its own: {explanation} {still} To send a voluntary request, choose a "
        "model law with --law {voluntary_model}.",
        explanation=choice.explanation, still=still,
        voluntary_model=choice.voluntary_model or 'us-ca')


def _followup_law(request_type: str, law: str | None, parent: Request | None) -> str:
    if parent is None:
        raise ValidationError(
            "a {request_type} follows up an earlier request; give the request it follows.",
            request_type=request_type)
    law_id = law or parent.law
    record = get_law(law_id)
    if request_type == "appeal" and not record.get("appeal", {}).get("available"):
        raise ValidationError(
            "{short_name} grants no appeal; send a reminder or a complaint instead.",
            short_name=record['short_name'])
    return law_id


def _parent(store: Store, parent_id: int | None, client_id: int) -> Request | None:
    if parent_id is None:
        return None
    parent = request_repo.get(store.conn, parent_id)
    if parent.client_id != client_id:
        raise ValidationError(
            "request {parent_id} belongs to another client; a follow-up must be for the same "
            "client.",
            parent_id=parent_id)
    return parent


def _clean_details(details: dict[str, Any] | None) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in (details or {}).items():
        if isinstance(value, str):
            value = value.replace("\r\n", "\n").replace("\r", "\n").strip()
            if len(value) > MAX_DETAIL_TEXT:
                raise ValidationError(
                    "the text for '{key}' is longer than {max_detail_text} characters; shorten it.",
                    key=key, max_detail_text=MAX_DETAIL_TEXT)
        clean[key] = value
    return clean


def _unused_reference(conn: Connection) -> str:
    for _ in range(20):
        reference = make_reference()
        if request_repo.find_by_reference(conn, reference) is None:
            return reference
    raise RuntimeError("could not find an unused reference")  # 30^8 codes: never in practice


def get_request(store: Store, request_id: int | str) -> Request:
    """By id, or by reference ('OFM-7K3Q-9XPD', any case, dashes optional)."""
    if isinstance(request_id, str) and not request_id.strip().isdigit():
        if not is_reference(request_id):
            raise ValidationError(
                "'{request_id}' is neither a request id nor a reference like OFM-7K3Q-9XPD.",
                request_id=request_id)
        found = request_repo.find_by_reference(store.conn, normalise_reference(request_id))
        if found is None:
            raise NotFoundError(
                "no request has the reference {request_id}; 'offmap request list' shows them.",
                request_id=normalise_reference(request_id))
        return found
    return request_repo.get(store.conn, int(request_id))


def list_requests(
    store: Store, client_id: int | None = None, status: str | None = None
) -> list[Request]:
    if status and status not in STATUSES:
        raise ValidationError(
            "'{status}' is not a request status; use one of: {statuses}.",
            status=status, statuses=', '.join(STATUSES))
    if client_id is not None:
        client_repo.get(store.conn, client_id)
    # 'overdue' comes from the passing of time, not an event: bring the cache up to date first.
    tracking.mark_overdue(store)
    return request_repo.list_where(store.conn, client_id=client_id, status=status)


def update_details(store: Store, request_id: int, details: dict[str, Any],
                   expected_version: int | None = None) -> Request:
    """Replaces the request's editable details (data kinds, identifiers, free text) while it
    is a draft. `expected_version` is the version the user's copy was read at: when another
    worker changed the request since, nothing is saved (audit.ChangedMeanwhileError)."""
    with store.transaction() as conn:
        request = request_repo.get(conn, request_id)
        if expected_version is not None and request.version != expected_version:
            raise audit.request_changed(conn, request_id, request.reference)
        if request.status != "draft":
            raise ValidationError(
                "request {reference} was already sent; its letter can no longer change. Create a "
                "follow-up instead.",
                reference=request.reference)
        merged = {**request.details, **_clean_details(details)}
        request.version = request_repo.update_fields(
            conn, request_id, details=merged, expected_version=request.version)
        audit.record(conn, "request.edit", client_id=request.client_id, request_id=request_id,
                     what=", ".join(sorted(k for k in merged
                                           if merged[k] != request.details.get(k))))
        request.details = merged
    return request


def delete_draft(store: Store, request_id: int) -> None:
    with store.transaction() as conn:
        request = request_repo.get(conn, request_id)
        if request.status != "draft":
            raise ValidationError(
                "request {reference} was already sent and is part of the record; it cannot be "
                "deleted. Log a 'closed' event instead.",
                reference=request.reference)
        request_repo.delete(conn, request_id)
        audit.record(conn, "request.delete", client_id=request.client_id,
                     request_id=request_id, what=request.reference)
