"""Received replies and the Message-IDs of the letters they answer."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from typing import Any

from app.core.errors import NotFoundError
from app.store.rows import dumps, inserted_id, loads


@dataclass
class StoredReply:
    message_key: str
    sha256: str
    size: int
    suggested_event: str
    message_id: str | None = None
    source: str = ""
    from_addr: str = ""
    subject: str = ""
    sent_date: str | None = None
    request_id: int | None = None
    match: str | None = None
    reason: str = ""
    details: dict[str, Any] = field(default_factory=dict)
    event_id: int | None = None
    imported_at: str = ""
    id: int | None = None


def record_message_id(conn: sqlite3.Connection, request_id: int, message_id: str,
                      kind: str = "sent") -> None:
    conn.execute(
        "INSERT OR IGNORE INTO request_messages (message_id, request_id, kind) VALUES (?,?,?)",
        (message_id.strip().lower(), request_id, kind),
    )


def request_for_message_ids(conn: sqlite3.Connection, message_ids: list[str]) -> int | None:
    """The request one of these Message-IDs (in the order given) belongs to."""
    for message_id in message_ids:
        row = conn.execute(
            "SELECT request_id FROM request_messages WHERE message_id=?"
            " UNION ALL SELECT id FROM requests WHERE lower(message_id)=? LIMIT 1",
            (message_id.lower(), message_id.lower()),
        ).fetchone()
        if row is not None:
            return int(row[0])
    return None


def message_ids_of(conn: sqlite3.Connection, request_id: int) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT message_id FROM request_messages WHERE request_id=? ORDER BY created_at",
        (request_id,))]


def _from_row(row: sqlite3.Row) -> StoredReply:
    return StoredReply(
        id=row["id"], message_key=row["message_key"], message_id=row["message_id"],
        sha256=row["sha256"], size=row["size"], source=row["source"],
        from_addr=row["from_addr"], subject=row["subject"], sent_date=row["sent_date"],
        request_id=row["request_id"], match=row["match"],
        suggested_event=row["suggested_event"], reason=row["reason"],
        details=loads(row["details"], {}), event_id=row["event_id"],
        imported_at=row["imported_at"],
    )


def find_by_key(conn: sqlite3.Connection, message_key: str) -> StoredReply | None:
    row = conn.execute("SELECT * FROM replies WHERE message_key=?", (message_key,)).fetchone()
    return _from_row(row) if row else None


def insert(conn: sqlite3.Connection, reply: StoredReply) -> int:
    cur = conn.execute(
        "INSERT INTO replies (message_key, message_id, sha256, size, source, from_addr, subject,"
        " sent_date, request_id, match, suggested_event, reason, details)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (reply.message_key, reply.message_id, reply.sha256, reply.size, reply.source,
         reply.from_addr, reply.subject, reply.sent_date, reply.request_id, reply.match,
         reply.suggested_event, reply.reason, dumps(reply.details)),
    )
    return inserted_id(cur)


def get(conn: sqlite3.Connection, reply_id: int) -> StoredReply:
    row = conn.execute("SELECT * FROM replies WHERE id=?", (reply_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            "there is no reply with id {reply_id}; 'offmap reply list' shows them.",
            reply_id=reply_id)
    return _from_row(row)


def list_replies(conn: sqlite3.Connection, unmatched: bool = False,
                 request_id: int | None = None) -> list[StoredReply]:
    where, values = [], []
    if unmatched:
        where.append("request_id IS NULL")
    if request_id is not None:
        where.append("request_id=?")
        values.append(request_id)
    sql = "SELECT * FROM replies" + (f" WHERE {' AND '.join(where)}" if where else "")
    return [_from_row(r) for r in conn.execute(sql + " ORDER BY sent_date DESC, id DESC", values)]


def file_on(conn: sqlite3.Connection, reply_id: int, request_id: int | None,
            event_id: int | None, match: str | None) -> None:
    conn.execute("UPDATE replies SET request_id=?, event_id=?, match=? WHERE id=?",
                 (request_id, event_id, match, reply_id))


def sha256_in_use(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM replies WHERE sha256=? LIMIT 1", (sha256,)).fetchone() \
        is not None


def set_details(conn: sqlite3.Connection, reply_id: int, details: dict[str, Any]) -> None:
    conn.execute("UPDATE replies SET details=? WHERE id=?", (dumps(details), reply_id))
