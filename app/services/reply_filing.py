"""Which request to file a reply on, for a store with tens of thousands of sent requests: the
requests the reply matcher would weigh first (the one it matched or suggested, the references the
mail names, the open requests of the companies the sender writes from, narrowed by the client's
address), then any sent request found by the typed text, a screenful at a time."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.core.errors import OffMapError
from app.core.model import Request
from app.services import reply_matching, request_queries
from app.services.replies import get_reply, read_reply
from app.store import Store
from app.store import clients as client_repo
from app.store import requests as request_repo

SHOWN = 50  # choices listed at once; typing narrows them
_SENDER_CANDIDATES = 200


@dataclass(frozen=True)
class FilingChoice:
    request_id: int
    reference: str
    client_name: str
    company_name: str
    type: str
    status: str
    suggested: bool  # one of the matcher's candidates


def filing_candidates(store: Store, reply_id: int) -> list[int]:
    """The requests the matcher weighs for the reply, best first (may be empty)."""
    reply = get_reply(store, reply_id)
    found: list[int] = [i for i in (reply.request_id, reply.details.get("suggested_request_id"))
                        if isinstance(i, int)]
    try:
        mail = read_reply(store, reply)
    except OffMapError:
        return found  # the stored copy is unreadable: the recorded match is all there is
    for reference in reply_matching.references_in(mail):
        request = request_repo.find_by_reference(store.conn, reference)
        if request is not None and request.id is not None:
            found.append(request.id)
    found += _from_the_senders_companies(store, mail.from_addr, set(mail.to_addrs))
    return list(dict.fromkeys(found))


def _from_the_senders_companies(store: Store, sender: str, written_to: set[str]) -> list[int]:
    """Open requests to the companies `sender` writes from (one request per company tells the
    company's addresses), those of the client the mail was written to first, newest first."""
    if not sender:
        return []
    statuses = reply_matching.OPEN_FOR_REPLIES
    marks = ",".join("?" * len(statuses))
    latest = [row[0] for row in store.conn.execute(
        f"SELECT max(id) FROM requests WHERE status IN ({marks}) GROUP BY company", statuses)]
    companies = [r.company for r in request_repo.list_by_ids(store.conn, latest)
                 if reply_matching.sender_belongs(
                     sender, reply_matching.recipient_addresses(store, r))]
    if not companies:
        return []
    ids = [row[0] for row in store.conn.execute(
        f"SELECT id FROM requests WHERE status IN ({marks})"
        f" AND company IN ({','.join('?' * len(companies))}) ORDER BY id DESC LIMIT ?",
        (*statuses, *companies, _SENDER_CANDIDATES))]
    requests = {r.id: r for r in request_repo.list_by_ids(store.conn, ids)}
    written = {address.lower() for address in written_to}
    clients_written: dict[int, bool] = {}

    def to_its_client(request: Request) -> bool:
        if request.client_id not in clients_written:
            emails = client_repo.get(store.conn, request.client_id).emails
            clients_written[request.client_id] = bool(written & {e.lower() for e in emails})
        return clients_written[request.client_id]

    return sorted((i for i in ids if i in requests), key=lambda i: not to_its_client(requests[i]))


def filing_choices(store: Store, text: str, first: list[int], names: dict[str, str],
                   limit: int = SHOWN,
                   word_codes: Mapping[str, Sequence[str]] | None = None) -> list[FilingChoice]:
    """Up to `limit` sent requests (never drafts) matching every word of `text` (all for no
    text; `word_codes`: the type/status codes a word names as the window shows them), the ids
    `first` (the candidates) leading in their order, then the newest."""
    query = request_queries.RequestQuery(text=text, sort="id", descending=True,
                                         word_codes=word_codes or {})
    matching = request_queries.request_ids(store, query, names)
    if " ".join(text.split()):
        found = set(matching)
        leading = [i for i in first if i in found]
    else:
        leading = list(first)
    ordered = list(dict.fromkeys((*leading, *matching)))
    candidates = set(first)
    choices: list[FilingChoice] = []
    for start in range(0, len(ordered), 4 * limit):
        for request, client_name in request_queries.requests_with_clients(
                store, ordered[start:start + 4 * limit]):
            if request.status == "draft" or request.id is None:
                continue
            choices.append(FilingChoice(
                request.id, request.reference, client_name,
                names.get(request.company, request.company), request.type, request.status,
                request.id in candidates))
            if len(choices) == limit:
                return choices
    return choices
