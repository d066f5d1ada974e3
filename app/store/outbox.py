"""Letters handed (or about to be handed) to an SMTP server whose `sent` event is not recorded
yet. A row blocks a second send of the same request until it is resolved."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass
class OutboxEntry:
    request_id: int
    message_id: str
    account_id: int | None
    recipient: str
    started_at: str
    delivered_at: str | None
    smtp_response: str | None

    @property
    def delivered(self) -> bool:
        return self.delivered_at is not None


def _from_row(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        request_id=row["request_id"], message_id=row["message_id"],
        account_id=row["account_id"], recipient=row["recipient"],
        started_at=row["started_at"], delivered_at=row["delivered_at"],
        smtp_response=row["smtp_response"],
    )


def get(conn: sqlite3.Connection, request_id: int) -> OutboxEntry | None:
    row = conn.execute("SELECT * FROM outbox WHERE request_id=?", (request_id,)).fetchone()
    return _from_row(row) if row else None


def claim(conn: sqlite3.Connection, request_id: int, message_id: str, account_id: int | None,
          recipient: str) -> None:
    conn.execute(
        "INSERT INTO outbox (request_id, message_id, account_id, recipient) VALUES (?,?,?,?)",
        (request_id, message_id, account_id, recipient),
    )


def mark_delivered(conn: sqlite3.Connection, request_id: int, smtp_response: str) -> None:
    conn.execute(
        "UPDATE outbox SET delivered_at=strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), smtp_response=?"
        " WHERE request_id=?",
        (smtp_response, request_id),
    )


def release(conn: sqlite3.Connection, request_id: int) -> None:
    conn.execute("DELETE FROM outbox WHERE request_id=?", (request_id,))


def list_all(conn: sqlite3.Connection) -> list[OutboxEntry]:
    return [_from_row(r) for r in conn.execute("SELECT * FROM outbox ORDER BY started_at")]
