"""Bulk reads for reports: every event of many requests in one query (no attachments)."""

from __future__ import annotations

import sqlite3
from collections import defaultdict

from app.core.model import Event
from app.store.rows import loads


def events_by_request(conn: sqlite3.Connection) -> dict[int, list[Event]]:
    """All events, grouped by request, in the order they happened."""
    grouped: dict[int, list[Event]] = defaultdict(list)
    for row in conn.execute(
        "SELECT id, request_id, kind, on_date, text, data FROM events ORDER BY on_date, id"
    ):
        grouped[row["request_id"]].append(Event(
            id=row["id"], request_id=row["request_id"], kind=row["kind"], on=row["on_date"],
            text=row["text"], data=loads(row["data"], {}),
        ))
    return grouped
