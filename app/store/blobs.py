"""Content-addressed file contents (attachments, received messages) inside the store, so they are
encrypted with it and travel in its backups. A blob is kept once per SHA-256, whoever refers to
it (attachments.sha256, replies.sha256). Plain portable SQL: the PostgreSQL dialect translates
BLOB to BYTEA and `?` to its parameters."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

# SQLite takes up to 1e9 bytes in one value by default and PostgreSQL's bytea up to 1 GiB, but a
# blob is read whole into memory and copied into every backup: 100 MiB is the cap.
MAX_BLOB_BYTES = 100 * 1024 * 1024

_REFERENCED = ("SELECT 1 FROM attachments WHERE sha256 = ? "
               "UNION ALL SELECT 1 FROM replies WHERE sha256 = ?")


def exists(conn: sqlite3.Connection | Any, sha256: str) -> bool:
    return conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() \
        is not None


def put(conn: sqlite3.Connection | Any, sha256: str, content: bytes) -> bool:
    """Keeps `content` under `sha256` (computed by the caller) inside the caller's transaction;
    returns False when it was already kept."""
    if exists(conn, sha256):
        return False
    conn.execute("INSERT INTO blobs (sha256, size, content) VALUES (?, ?, ?)",
                 (sha256, len(content), content))
    return True


def get(conn: sqlite3.Connection | Any, sha256: str) -> bytes | None:
    row = conn.execute("SELECT content FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else bytes(row[0])


def is_referenced(conn: sqlite3.Connection | Any, sha256: str) -> bool:
    return conn.execute(_REFERENCED, (sha256, sha256)).fetchone() is not None


def delete_if_unreferenced(conn: sqlite3.Connection | Any, shas: Iterable[str]) -> int:
    """Removes the given blobs that nothing refers to (inside the caller's transaction)."""
    removed = 0
    for sha256 in shas:
        if not is_referenced(conn, sha256):
            removed += conn.execute("DELETE FROM blobs WHERE sha256 = ?", (sha256,)).rowcount
    return removed


def unreferenced(conn: sqlite3.Connection | Any, created_before: str) -> list[str]:
    """Blobs nothing refers to that were stored before `created_before` (ISO UTC time)."""
    rows = conn.execute(
        "SELECT sha256 FROM blobs WHERE created_at < ? "
        "AND sha256 NOT IN (SELECT sha256 FROM attachments) "
        "AND sha256 NOT IN (SELECT sha256 FROM replies)", (created_before,))
    return [str(row[0]) for row in rows]


def count(conn: sqlite3.Connection | Any) -> int:
    return int(conn.execute("SELECT count(*) FROM blobs").fetchone()[0])
