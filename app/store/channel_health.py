"""Channels of a company that failed for this user (a bounce, an SMTP 5xx): one row per
(company, kind, value), counted each time it fails again."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SuspectChannel:
    company: str
    kind: str
    value: str
    reason: str
    marked_on: str
    count: int

    def to_json(self) -> dict[str, Any]:
        return {"company": self.company, "kind": self.kind, "value": self.value,
                "reason": self.reason, "marked_on": self.marked_on, "count": self.count}


def _from_row(row: sqlite3.Row) -> SuspectChannel:
    return SuspectChannel(company=row["company"], kind=row["kind"], value=row["value"],
                          reason=row["reason"], marked_on=row["marked_on"], count=row["count"])


def mark(conn: sqlite3.Connection, company: str, kind: str, value: str, reason: str,
         marked_on: str) -> None:
    conn.execute(
        "INSERT INTO channel_health (company, kind, value, reason, marked_on) VALUES (?,?,?,?,?)"
        " ON CONFLICT (company, kind, value) DO UPDATE SET reason=excluded.reason,"
        " marked_on=excluded.marked_on, count=channel_health.count + 1",
        (company, kind, value, reason, marked_on),
    )


def clear(conn: sqlite3.Connection, company: str, kind: str, value: str) -> bool:
    cur = conn.execute("DELETE FROM channel_health WHERE company=? AND kind=? AND value=?",
                       (company, kind, value))
    return cur.rowcount > 0


def for_company(conn: sqlite3.Connection, company: str) -> list[SuspectChannel]:
    rows = conn.execute("SELECT * FROM channel_health WHERE company=? ORDER BY marked_on, kind",
                        (company,))
    return [_from_row(r) for r in rows]
