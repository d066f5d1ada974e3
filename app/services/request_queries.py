"""The queries behind the window's request lists (Requests and Deadlines pages), built to stay
instant at 200,000 requests: which requests match a filter and in what order (ids only, from
indexes), how many there are, and the full rows of just the few on screen.

Text is found word by word (every word must match) through the trigram full-text index
`request_search` (reference, client name, company id, type, law, status; kept up to date by
triggers), plus companies and laws whose names contain the word and the codes a word names in
the interface's language (app.services.text_search). Queries may run on any thread with that
thread's own store (`in_own_store`)."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from app.core.laws import load_laws
from app.core.model import Request
from app.services.own_store import in_own_store as in_own_store  # (re-exported)
from app.services.text_search import CodeCondition, request_text_condition, status_or_type
from app.store import Store
from app.store import requests as request_repo

# Ordering per sortable key; the id breaks ties so pages never shift between queries.
REQUEST_SORTS = {
    "id": "r.id",
    "reference": "r.reference",
    "client": "c.name COLLATE NOCASE",
    "company": "r.company",
    "type": "r.type",
    "law": "r.law",
    "status": "r.status",
    "sent": "r.sent_on",
    "due": "COALESCE(r.extended_due_on, r.due_on)",
}


@dataclass(frozen=True)
class RequestQuery:
    text: str = ""
    client_id: int | None = None
    status: str | None = None
    sort: str = "id"
    descending: bool = False
    # word of `text` -> the status/type codes it names as the window shows them ("borrador")
    word_codes: Mapping[str, Sequence[str]] = field(default_factory=dict)


def company_names(store: Store) -> dict[str, str]:
    """Company id -> display name, for every company the directory knows."""
    from app.services.deadlines import company_names as names

    return names(store)


@functools.cache
def law_names() -> Mapping[str, str]:
    """Law id -> the short name the lists show ("us-ca" -> "CCPA/CPRA"); read once."""
    return MappingProxyType({law_id: str(law.get("short_name") or law_id)
                             for law_id, law in load_laws().items()})


def text_condition(text: str, names: dict[str, str], alias: str = "r",
                   backend: str = "sqlite",
                   word_codes: Mapping[str, Sequence[str]] | None = None,
                   laws: Mapping[str, str] | None = None,
                   coded: CodeCondition = status_or_type) -> tuple[str, list[Any]]:
    """SQL (over rows aliased `alias` with the request's `id`, `company`, `status` and `type`)
    matching the requests where every word of `text` is found in what a request is found by,
    case-insensitively; ("", []) for no text. See app.services.text_search for where a word is
    looked for; `word_codes` are the codes each word names in the interface's language, `laws`
    the law names to match (for lists with a `law` column)."""
    return request_text_condition(text, names, alias, backend, laws, word_codes, coded)


def _ids(store: Store, sql: str, args: Sequence[Any]) -> list[int]:
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: a fifth of the cost of sqlite3.Row per id
    return [row[0] for row in cursor.execute(sql, args)]


def request_ids(store: Store, query: RequestQuery, names: dict[str, str]) -> list[int]:
    """Ids of the requests matching `query`, in its order."""
    where: list[str] = []
    args: list[Any] = []
    if query.client_id is not None:
        where.append("r.client_id = ?")
        args.append(query.client_id)
    if query.status:
        where.append("r.status = ?")
        args.append(query.status)
    found, text_args = text_condition(query.text, names, backend=store.backend,
                                      word_codes=query.word_codes, laws=law_names())
    if found:
        where.append(found)
        args.extend(text_args)
    direction = " DESC" if query.descending else ""
    order = REQUEST_SORTS.get(query.sort, "r.id")
    join = " JOIN clients c ON c.id = r.client_id" if query.sort == "client" else ""
    sql = f"SELECT r.id FROM requests r{join}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}{direction}, r.id{direction}"
    return _ids(store, sql, args)


# A list longer than this opens from its first rows (first_request_ids) while the rest is read.
LONG_LIST = 10_000


def first_request_ids(store: Store, query: RequestQuery,
                      limit: int) -> tuple[list[int], int] | None:
    """For a long list of every request by number (the Requests page's default): its first
    `limit` ids and how many it has, read without its other ids (request_ids reads them all
    next). None for a short list or another query: read it whole at once."""
    if query.text or query.client_id is not None or query.status or query.sort != "id":
        return None
    size = count_requests(store)
    if size <= LONG_LIST:
        return None
    direction = " DESC" if query.descending else ""
    return _ids(store, f"SELECT r.id FROM requests r ORDER BY r.id{direction} LIMIT ?",
                [limit]), size


def client_choices(store: Store) -> list[tuple[int, str]]:
    """(id, name) of every client by name, for a list's client filter (no full records: a
    clinic has thousands)."""
    return [(row[0], row[1]) for row in store.conn.execute(
        "SELECT id, name FROM clients ORDER BY name COLLATE NOCASE, id")]


def mark_overdue(store: Store) -> int:
    """Brings the cached statuses up to date with the passing of time (see tracking)."""
    from app.services.tracking import mark_overdue as mark

    return mark(store)


def count_requests(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM requests").fetchone()[0])


def has_requests(store: Store) -> bool:
    """Whether there is any request (one row read, where counting 200,000 reads them all)."""
    return store.conn.execute("SELECT 1 FROM requests LIMIT 1").fetchone() is not None


def requests_with_clients(store: Store, ids: Sequence[int]) -> list[tuple[Request, str]]:
    """The requests `ids` (in that order, missing ones left out) with their client's name."""
    requests = {r.id: r for r in request_repo.list_by_ids(store.conn, ids)}
    client_ids = sorted({r.client_id for r in requests.values()})
    names: dict[int, str] = {}
    if client_ids:
        marks = ",".join("?" * len(client_ids))
        names = dict(store.conn.execute(
            f"SELECT id, name FROM clients WHERE id IN ({marks})", client_ids).fetchall())
    return [(requests[i], names.get(requests[i].client_id, str(requests[i].client_id)))
            for i in ids if i in requests]
