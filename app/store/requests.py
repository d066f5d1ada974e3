"""Requests repository. The status columns are a cache written by services.tracking only."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from app.core.errors import NotFoundError
from app.core.model import Request
from app.store.rows import dumps, inserted_id, loads

_COLUMNS = (
    "id, client_id, company, law, type, reference, parent_id, created_on, message_id, details,"
    " status, sent_on, via, due_on, extended_due_on, late_after, version"
)


def _from_row(row: sqlite3.Row) -> Request:
    return Request(
        id=row["id"],
        client_id=row["client_id"],
        company=row["company"],
        law=row["law"],
        type=row["type"],
        reference=row["reference"],
        parent_id=row["parent_id"],
        created_on=row["created_on"],
        message_id=row["message_id"],
        details=loads(row["details"], {}),
        status=row["status"],
        sent_on=row["sent_on"],
        via=row["via"],
        due_on=row["due_on"],
        extended_due_on=row["extended_due_on"],
        late_after=row["late_after"],
        version=row["version"],
    )


def insert(conn: sqlite3.Connection, request: Request) -> int:
    cur = conn.execute(
        "INSERT INTO requests (client_id, company, law, type, reference, parent_id, created_on,"
        " message_id, details, status, sent_on, via, due_on, extended_due_on, late_after)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            request.client_id, request.company, request.law, request.type, request.reference,
            request.parent_id, request.created_on, request.message_id, dumps(request.details),
            request.status, request.sent_on, request.via, request.due_on,
            request.extended_due_on, request.late_after,
        ),
    )
    return inserted_id(cur)


def get(conn: sqlite3.Connection, request_id: int) -> Request:
    row = conn.execute(f"SELECT {_COLUMNS} FROM requests WHERE id=?", (request_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            "there is no request with id {request_id}; 'offmap request list' shows the ids.",
            request_id=request_id)
    return _from_row(row)


def find_by_reference(conn: sqlite3.Connection, reference: str) -> Request | None:
    row = conn.execute(
        f"SELECT {_COLUMNS} FROM requests WHERE reference=?", (reference,)
    ).fetchone()
    return _from_row(row) if row else None


def list_where(
    conn: sqlite3.Connection,
    client_id: int | None = None,
    status: str | None = None,
    statuses: tuple[str, ...] | None = None,
) -> list[Request]:
    where: list[str] = []
    args: list[object] = []
    if client_id is not None:
        where.append("client_id=?")
        args.append(client_id)
    if status:
        where.append("status=?")
        args.append(status)
    if statuses:
        where.append(f"status IN ({','.join('?' * len(statuses))})")
        args.extend(statuses)
    sql = f"SELECT {_COLUMNS} FROM requests"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [_from_row(r) for r in conn.execute(sql + " ORDER BY id", args)]


def list_by_ids(conn: sqlite3.Connection, ids: Sequence[int]) -> list[Request]:
    """The requests with these ids (a page of a list; any order)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    return [_from_row(r) for r in conn.execute(
        f"SELECT {_COLUMNS} FROM requests WHERE id IN ({marks})", list(ids))]


def update_fields(conn: sqlite3.Connection, request_id: int, *,
                  expected_version: int | None = None, **fields: Any) -> int:
    """Changes the fields and raises the row's version; returns the new version. With
    `expected_version` (the version the caller read) a row changed meanwhile is left as it is
    and ChangedMeanwhileError says who changed it and when."""
    allowed = {
        "message_id", "details", "status", "sent_on", "via", "due_on", "extended_due_on",
        "late_after", "law", "type", "company",
    }
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"not updatable: {sorted(unknown)}")
    if "details" in fields:
        fields["details"] = dumps(fields["details"])
    sets = "".join(f"{k}=?, " for k in fields)
    checked = expected_version is not None
    cur = conn.execute(
        f"UPDATE requests SET {sets}version=version+1 WHERE id=?"
        + (" AND version=?" if checked else ""),
        (*fields.values(), request_id, *((expected_version,) if checked else ())))
    if cur.rowcount == 0:
        row = conn.execute("SELECT reference FROM requests WHERE id=?", (request_id,)).fetchone()
        if checked and row is not None:
            from app.store import audit

            raise audit.request_changed(conn, request_id, row[0])
        raise NotFoundError(
            "there is no request with id {request_id}.",
            request_id=request_id)
    return int(conn.execute("SELECT version FROM requests WHERE id=?",
                            (request_id,)).fetchone()[0])


def delete(conn: sqlite3.Connection, request_id: int) -> None:
    if conn.execute("DELETE FROM requests WHERE id=?", (request_id,)).rowcount == 0:
        raise NotFoundError(
            "there is no request with id {request_id}.",
            request_id=request_id)
