"""The queries behind the window's Clients list, built to stay instant for a clinic with 20,000
clients: which clients match a search and in what order (ids only, from the name index), and
the full records of just the page on screen."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.model import Client
from app.services.text_search import LIKE_ESCAPE, folded_sql, like_pattern, search_words
from app.store import Store
from app.store import clients as client_repo

# Ordering per sortable key; the id breaks ties so pages never shift between queries. Phones
# and e-mails are JSON lists: their text sorts by the first entry.
CLIENT_SORTS = {
    "name": "name COLLATE NOCASE",
    "state": "state",
    "country": "country",
    "phone": "phones",
    "email": "lower(emails)",
}
_PHONE_DIGITS = 3  # searched text with this many digits also matches phone numbers typed any way


@dataclass(frozen=True)
class ClientQuery:
    text: str = ""
    include_archived: bool = True
    sort: str = "name"
    descending: bool = False


# What a word is looked for in, folded (no accents, no case); the columns are joined by a
# space, which no word contains, so a word never spans two of them.
_TEXT = "(name || ' ' || emails || ' ' || state || ' ' || country || ' ' || phones)"


def _phone_like(text: str) -> str | None:
    """A LIKE pattern of `text`'s digits when `text` is typed like a phone number."""
    digits = re.sub(r"\D", "", text)
    if len(digits) >= _PHONE_DIGITS and re.fullmatch(r"[\d\s()+.\-]+", text):
        return like_pattern(digits)
    return None


def _text_condition(text: str, backend: str) -> tuple[str, list[object]]:
    """Every word of `text` found in the name, e-mails, state, country or phones, accents and
    case ignored; or the whole text, typed like a phone number ("(415) 555-0100"), found in the
    phones by its digits. The word is folded again by the store, as a server store folds a
    few letters more than app.core.folding does (its unaccent turns "ø" into "o")."""
    words = search_words(text)
    found = " AND ".join([f"instr({folded_sql(_TEXT, backend)}, offmap_fold(?)) > 0"]
                         * len(words))
    args: list[object] = list(words)
    phone = _phone_like(text)
    if phone is not None:
        found = f"(({found}) OR phones LIKE ? ESCAPE '{LIKE_ESCAPE}')"
        args.append(phone)
    return found, args


def client_ids(store: Store, query: ClientQuery) -> list[int]:
    """Ids of the clients matching `query`, in its order. Every word of the text matches the
    name, e-mails, state, country or phone anywhere, accents and case ignored ("lopez ca" finds
    Ana López of CA), and text typed like a phone number matches phones by its digits
    ("555-0100" finds +14155550100)."""
    where: list[str] = []
    args: list[object] = []
    text = " ".join(query.text.split())
    if text:
        found, text_args = _text_condition(text, store.backend)
        where.append(found)
        args += text_args
    if not query.include_archived:
        where.append("archived = 0")
    direction = " DESC" if query.descending else ""
    order = CLIENT_SORTS.get(query.sort, CLIENT_SORTS["name"])
    sql = "SELECT id FROM clients"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {order}{direction}, id{direction}"
    cursor = store.conn.cursor()
    cursor.row_factory = None  # plain tuples: ids only
    return [row[0] for row in cursor.execute(sql, args)]


def clients_by_ids(store: Store, ids: Sequence[int]) -> list[Client]:
    """The clients `ids`, in that order (deleted ones left out)."""
    found = {c.id: c for c in client_repo.list_by_ids(store.conn, ids)}
    return [found[i] for i in ids if i in found]


def count_clients(store: Store) -> int:
    """Every client, archived ones included (one cheap count)."""
    return client_repo.count(store.conn)
