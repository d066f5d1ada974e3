"""User-added and imported companies. Bundled records are read from resources/ by core.directory."""

from __future__ import annotations

import sqlite3

from app.core.model import Company
from app.store.rows import dumps, loads


def _from_row(row: sqlite3.Row) -> Company:
    record = loads(row["record"], {})
    record["origin"] = row["origin"]
    known = set(Company.__dataclass_fields__)
    extra = {k: v for k, v in record.items() if k not in known}
    fields = {k: v for k, v in record.items() if k in known}
    fields.setdefault("extra", {}).update(extra)
    return Company(**fields)


def upsert(conn: sqlite3.Connection, company: Company) -> None:
    record = company.to_json()
    record.pop("origin", None)
    conn.execute(
        "INSERT INTO companies (slug, record, origin) VALUES (?, ?, ?) ON CONFLICT(slug) DO UPDATE"
        " SET record=excluded.record, origin=excluded.origin,"
        " updated_at=strftime('%Y-%m-%dT%H:%M:%SZ','now')",
        (company.slug, dumps(record), company.origin),
    )


def get(conn: sqlite3.Connection, slug: str) -> Company | None:
    row = conn.execute(
        "SELECT slug, record, origin FROM companies WHERE slug=?", (slug,)
    ).fetchone()
    return _from_row(row) if row else None


def list_all(conn: sqlite3.Connection) -> list[Company]:
    rows = conn.execute("SELECT slug, record, origin FROM companies ORDER BY slug")
    return [_from_row(r) for r in rows]


def delete(conn: sqlite3.Connection, slug: str) -> bool:
    return conn.execute("DELETE FROM companies WHERE slug=?", (slug,)).rowcount > 0
