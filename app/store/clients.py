"""Clients repository."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from app.core.errors import NotFoundError
from app.core.model import Client
from app.store.rows import dumps, inserted_id, loads

_COLUMNS = (
    "id, name, emails, phones, address, state, country, ad_ids, notes, archived, consent_on,"
    " created_at, birth_date, account_numbers, version"
)


def _from_row(row: sqlite3.Row) -> Client:
    return Client(
        id=row["id"],
        name=row["name"],
        emails=loads(row["emails"], []),
        phones=loads(row["phones"], []),
        address=row["address"],
        state=row["state"],
        country=row["country"],
        ad_ids=loads(row["ad_ids"], []),
        notes=row["notes"],
        archived=bool(row["archived"]),
        consent_on=row["consent_on"],
        created_at=row["created_at"],
        birth_date=row["birth_date"] or "",
        account_numbers=loads(row["account_numbers"], {}),
        version=row["version"],
    )


def _values(client: Client) -> tuple[object, ...]:
    return (
        client.name,
        dumps(client.emails),
        dumps(client.phones),
        client.address,
        client.state,
        client.country,
        dumps(client.ad_ids),
        client.notes,
        int(client.archived),
        client.consent_on,
        client.birth_date or "",
        dumps(client.account_numbers),
    )


def insert(conn: sqlite3.Connection, client: Client, client_id: int | None = None) -> int:
    cur = conn.execute(
        "INSERT INTO clients (id, name, emails, phones, address, state, country, ad_ids, notes,"
        " archived, consent_on, birth_date, account_numbers)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (client_id, *_values(client)),
    )
    return inserted_id(cur)


def update(conn: sqlite3.Connection, client: Client) -> int:
    """Saves `client` and returns the row's new version. When `client.version` (the version it
    was read at) is no longer the row's, nothing is saved and ChangedMeanwhileError says who
    changed it and when."""
    from app.store import audit

    checked = client.version is not None
    cur = conn.execute(
        "UPDATE clients SET name=?, emails=?, phones=?, address=?, state=?, country=?, ad_ids=?,"
        " notes=?, archived=?, consent_on=?, birth_date=?, account_numbers=?,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now'), version=version+1"
        " WHERE id=?" + (" AND version=?" if checked else ""),
        (*_values(client), client.id, *((client.version,) if checked else ())),
    )
    if cur.rowcount == 0:
        if checked and conn.execute("SELECT 1 FROM clients WHERE id=?",
                                    (client.id,)).fetchone():
            raise audit.client_changed(conn, int(client.id or 0))
        raise NotFoundError(
            "there is no client with id {id}.",
            id=client.id)
    return int(conn.execute("SELECT version FROM clients WHERE id=?",
                            (client.id,)).fetchone()[0])


def delete(conn: sqlite3.Connection, client_id: int) -> None:
    cur = conn.execute("DELETE FROM clients WHERE id=?", (client_id,))
    if cur.rowcount == 0:
        raise NotFoundError(
            "there is no client with id {client_id}.",
            client_id=client_id)


def get(conn: sqlite3.Connection, client_id: int) -> Client:
    row = conn.execute(f"SELECT {_COLUMNS} FROM clients WHERE id=?", (client_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            "there is no client with id {client_id}; 'offmap client list' shows the ids.",
            client_id=client_id)
    return _from_row(row)


def list_all(
    conn: sqlite3.Connection, search: str = "", include_archived: bool = True
) -> list[Client]:
    sql = f"SELECT {_COLUMNS} FROM clients"
    where, args = [], []
    if search:
        where.append("(name LIKE ? OR emails LIKE ? OR phones LIKE ?)")
        pattern = f"%{search}%"
        args += [pattern, pattern, pattern]
    if not include_archived:
        where.append("archived = 0")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY name COLLATE NOCASE, id"
    return [_from_row(r) for r in conn.execute(sql, args)]


def count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM clients").fetchone()[0])


def list_by_ids(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Client]:
    """The clients with these ids (a page of a list; any order)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [_from_row(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM clients WHERE id IN ({marks})", list(ids))]
