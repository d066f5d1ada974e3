"""Holdings repository: which company holds which of a client's location data."""

from __future__ import annotations

import sqlite3

from app.core.errors import NotFoundError
from app.core.model import Holding
from app.store.rows import dumps, inserted_id, loads


def _from_row(row: sqlite3.Row) -> Holding:
    return Holding(
        id=row["id"],
        client_id=row["client_id"],
        company=row["company"],
        data=loads(row["data"], []),
        evidence=row["evidence"],
        reason=row["reason"],
        created_at=row["created_at"],
    )


def upsert(conn: sqlite3.Connection, holding: Holding) -> int:
    """Adds a holding, or merges data kinds and evidence into the existing one."""
    existing = conn.execute(
        "SELECT * FROM holdings WHERE client_id=? AND company=?",
        (holding.client_id, holding.company),
    ).fetchone()
    if existing is None:
        cur = conn.execute(
            "INSERT INTO holdings (client_id, company, data, evidence, reason) VALUES (?,?,?,?,?)",
            (holding.client_id, holding.company, dumps(holding.data), holding.evidence,
             holding.reason),
        )
        return inserted_id(cur)
    old = _from_row(existing)
    data = old.data + [d for d in holding.data if d not in old.data]
    evidence = "\n".join(e for e in (old.evidence, holding.evidence) if e and e != old.evidence) \
        or old.evidence
    conn.execute(
        "UPDATE holdings SET data=?, evidence=?, reason=? WHERE id=?",
        (dumps(data), evidence, holding.reason or old.reason, old.id),
    )
    assert old.id is not None  # read from the table
    return old.id


def list_for_client(conn: sqlite3.Connection, client_id: int) -> list[Holding]:
    rows = conn.execute(
        "SELECT * FROM holdings WHERE client_id=? ORDER BY company", (client_id,)
    )
    return [_from_row(r) for r in rows]


def delete(conn: sqlite3.Connection, holding_id: int) -> None:
    if conn.execute("DELETE FROM holdings WHERE id=?", (holding_id,)).rowcount == 0:
        raise NotFoundError(
            "there is no holding with id {holding_id}.",
            holding_id=holding_id)
