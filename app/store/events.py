"""Events on requests, with their attachments (files live content-addressed in the home)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from app.core.errors import NotFoundError
from app.core.model import Attachment, Event
from app.store.rows import dumps, inserted_id, loads


def insert(conn: sqlite3.Connection, event: Event) -> int:
    cur = conn.execute(
        "INSERT INTO events (request_id, kind, on_date, text, data) VALUES (?,?,?,?,?)",
        (event.request_id, event.kind, event.on, event.text, dumps(event.data)),
    )
    event_id = inserted_id(cur)
    for attachment in event.attachments:
        attachment.event_id = event_id
        attachment.id = add_attachment(conn, attachment)
    return event_id


def add_attachment(conn: sqlite3.Connection, attachment: Attachment) -> int:
    cur = conn.execute(
        "INSERT INTO attachments (event_id, filename, sha256, size, mime) VALUES (?,?,?,?,?)",
        (attachment.event_id, attachment.filename, attachment.sha256, attachment.size,
         attachment.mime),
    )
    return inserted_id(cur)


def update(conn: sqlite3.Connection, event: Event) -> None:
    cur = conn.execute(
        "UPDATE events SET kind=?, on_date=?, text=?, data=? WHERE id=?",
        (event.kind, event.on, event.text, dumps(event.data), event.id),
    )
    if cur.rowcount == 0:
        raise NotFoundError(
            "there is no event with id {id}.",
            id=event.id)


def get(conn: sqlite3.Connection, event_id: int) -> Event:
    row = conn.execute("SELECT * FROM events WHERE id=?", (event_id,)).fetchone()
    if row is None:
        raise NotFoundError(
            "there is no event with id {event_id}.",
            event_id=event_id)
    event = _from_row(row)
    event.attachments = _attachments(conn, [event_id]).get(event_id, [])
    return event


def delete(conn: sqlite3.Connection, event_id: int) -> None:
    if conn.execute("DELETE FROM events WHERE id=?", (event_id,)).rowcount == 0:
        raise NotFoundError(
            "there is no event with id {event_id}.",
            event_id=event_id)


def list_for_request(conn: sqlite3.Connection, request_id: int) -> list[Event]:
    rows = conn.execute(
        "SELECT * FROM events WHERE request_id=? ORDER BY on_date, id", (request_id,)
    ).fetchall()
    events = [_from_row(r) for r in rows]
    by_event = _attachments(conn, [e.id for e in events if e.id is not None])
    for event in events:
        event.attachments = by_event.get(event.id, []) if event.id is not None else []
    return events


def attachment_in_use(conn: sqlite3.Connection, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM attachments WHERE sha256=? LIMIT 1", (sha256,)).fetchone() \
        is not None


def _from_row(row: sqlite3.Row) -> Event:
    return Event(
        id=row["id"],
        request_id=row["request_id"],
        kind=row["kind"],
        on=row["on_date"],
        text=row["text"],
        data=loads(row["data"], {}),
        created_at=row["created_at"],
    )


def _attachments(conn: sqlite3.Connection, event_ids: list[int]) -> dict[int, list[Attachment]]:
    result: dict[int, list[Attachment]] = defaultdict(list)
    if not event_ids:
        return result
    marks = ",".join("?" * len(event_ids))
    for row in conn.execute(
        f"SELECT * FROM attachments WHERE event_id IN ({marks}) ORDER BY id", event_ids
    ):
        result[row["event_id"]].append(
            Attachment(
                id=row["id"], event_id=row["event_id"], filename=row["filename"],
                sha256=row["sha256"], size=row["size"], mime=row["mime"],
            )
        )
    return result
