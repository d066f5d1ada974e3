"""Domain preferences (clinic profile, language, default account...). Window state is QSettings."""

from __future__ import annotations

import sqlite3
from typing import Any

from app.store.rows import dumps, loads


def get(conn: sqlite3.Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM preferences WHERE key=?", (key,)).fetchone()
    return loads(row["value"], default) if row else default


def set_value(conn: sqlite3.Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO preferences (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value=excluded.value",
        (key, dumps(value)),
    )


def delete(conn: sqlite3.Connection, key: str) -> None:
    conn.execute("DELETE FROM preferences WHERE key=?", (key,))
