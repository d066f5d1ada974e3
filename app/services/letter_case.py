"""Loads a request's case in one query set: the request, its client, company, law and holdings,
its parent with its events, the clinic profile and, for complaints and timelines, the original
request with every follow-up and their events. Each row is read once; app.core.letter_case
composes the letter, the timeline and the follow-ups from what is loaded here."""

from __future__ import annotations

from app.core.directory import lookup, resolve
from app.core.errors import OffMapError
from app.core.laws import get_law
from app.core.letter_case import CaseHistory, LetterCase
from app.core.model import FOLLOWUP_TYPES, Client, Company, Event, Request
from app.services import directory
from app.services.clinic import get_profile
from app.services.tracking import law_record
from app.store import Store
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo


def _request(store: Store, request: int | Request) -> Request:
    return request if isinstance(request, Request) else request_repo.get(store.conn, request)


def load_case(store: Store, request: int | Request, history: bool | None = None) -> LetterCase:
    """The case of a request (saved, or not yet saved for a live preview). `history`: load the
    chain of follow-ups too; by default only for a saved complaint, which encloses it."""
    conn = store.conn
    request = _request(store, request)
    client = client_repo.get(conn, request.client_id)
    index = directory.directory_index(store)
    company = lookup(index, request.company)
    law = get_law(request.law)
    slugs = {request.company, request.details.get("named_company")}
    holding_data: list[str] = []
    for holding in holding_repo.list_for_client(conn, client.id or 0):
        if holding.company in slugs:
            holding_data += [kind for kind in holding.data if kind not in holding_data]
    loaded: dict[int, Request] = {request.id: request} if request.id is not None else {}
    events: dict[int, tuple[Event, ...]] = {}
    parent = parent_company = parent_law = None
    if request.parent_id is not None:
        parent = request_repo.get(conn, request.parent_id)
        parent_company = lookup(index, parent.company)
        parent_law = get_law(parent.law)
        loaded[request.parent_id] = parent
        events[request.parent_id] = tuple(event_repo.list_for_request(conn, request.parent_id))
    if history is None:
        history = request.type == "complaint"
    named_slug = request.details.get("named_company")
    return LetterCase(
        request=request, client=client, company=company, law=law,
        holding_data=tuple(holding_data), parent=parent, parent_company=parent_company,
        parent_law=parent_law, parent_events=events.get(request.parent_id or 0, ()),
        named_company=index.get(named_slug) if named_slug else None,
        clinic=get_profile(store),
        history=_history(store, request, loaded, events, client, index)
        if history and request.id is not None else None,
    )


def load_history(store: Store, request: int | Request) -> CaseHistory:
    """The original request of `request`, every follow-up of it and their events."""
    request = _request(store, request)
    return _history(store, request, {request.id or 0: request}, {}, None, None)


def _original(store: Store, request: Request, loaded: dict[int, Request]) -> Request:
    """The request a chain of follow-ups is about (a loop in the links stops the walk)."""
    seen = {request.id}
    while request.type in FOLLOWUP_TYPES and request.parent_id is not None:
        parent_id = request.parent_id
        if parent_id not in loaded:
            loaded[parent_id] = request_repo.get(store.conn, parent_id)
        request = loaded[parent_id]
        if request.id in seen:
            break
        seen.add(request.id)
    return request


def _history(store: Store, request: Request, loaded: dict[int, Request],
             events: dict[int, tuple[Event, ...]], client: Client | None,
             index: dict[str, Company] | None) -> CaseHistory:
    conn = store.conn
    original = _original(store, request, loaded)
    follow_ids = [row[0] for row in conn.execute(
        "SELECT id FROM requests WHERE parent_id=? ORDER BY id", (original.id,))]
    missing = [rid for rid in follow_ids if rid not in loaded]
    loaded.update({r.id or 0: r for r in request_repo.list_by_ids(conn, missing)})
    chain = (original, *(loaded[rid] for rid in follow_ids))
    for member in chain:
        if member.id is not None and member.id not in events:
            events[member.id] = tuple(event_repo.list_for_request(conn, member.id))
    if client is None or client.id != original.client_id:
        client = client_repo.get(conn, original.client_id)
    if index is None:
        index = directory.directory_index(store)
    try:
        company_name = resolve(index, original.company).name
    except OffMapError:  # a company removed from the directory keeps its slug
        company_name = original.company
    return CaseHistory(client=client, chain=chain,
                       events={r.id or 0: events.get(r.id or 0, ()) for r in chain},
                       laws={r.law: law_record(r.law) for r in chain},
                       company_name=company_name)
