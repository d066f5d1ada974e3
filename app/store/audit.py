"""The audit trail: who changed what, when, on which client or request. Rows are written inside
the transaction of the change they describe (so a change and its record commit or vanish
together) and are never updated or deleted by OffMap.

Who: on the embedded store the operating-system user running OffMap; on a server store the
database role the worker signed in with (`session_user`), so a worker cannot write another's
name."""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from typing import Any

from app.core.errors import OffMapError
from app.core.text import Text

_COLUMNS = "id, at, who, action, client_id, request_id, what"


class ChangedMeanwhileError(OffMapError):
    """The row was changed by someone else since it was read: nothing was saved."""


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # ISO timestamp, UTC (YYYY-MM-DDTHH:MM:SSZ)
    who: str
    action: str  # e.g. client.add, request.event
    client_id: int | None
    request_id: int | None
    what: str  # what changed, in words without personal data (field names, event kinds)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": self.at, "who": self.who, "action": self.action,
                "client_id": self.client_id, "request_id": self.request_id, "what": self.what}


def _is_embedded(conn: Any) -> bool:
    return type(conn).__module__.startswith(("sqlcipher3", "sqlite3"))


def os_user() -> str:
    """The operating-system account running OffMap (never fails: containers may lack a passwd
    entry)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USER") or os.environ.get("USERNAME") or "unknown"


def current_worker(conn: Any) -> str:
    """The worker a change on `conn` is recorded under."""
    if _is_embedded(conn):
        return os_user()
    return str(conn.execute("SELECT session_user").fetchone()[0])


def record(conn: Any, action: str, *, client_id: int | None = None,
           request_id: int | None = None, what: str = "") -> int:
    """Appends one entry; call it inside the transaction that makes the change."""
    if request_id is not None and client_id is None:
        row = conn.execute("SELECT client_id FROM requests WHERE id=?", (request_id,)).fetchone()
        client_id = row[0] if row else None
    # On a server store the audit_stamp trigger writes the role itself (no round trip here).
    who = os_user() if _is_embedded(conn) else ""
    cur = conn.execute(
        "INSERT INTO audit (who, action, client_id, request_id, what) VALUES (?, ?, ?, ?, ?)",
        (who, action, client_id, request_id, what))
    return int(cur.lastrowid)


def _from_row(row: Any) -> AuditEntry:
    return AuditEntry(id=row[0], at=row[1], who=row[2], action=row[3], client_id=row[4],
                      request_id=row[5], what=row[6])


def list_entries(conn: Any, client_id: int | None = None, request_id: int | None = None,
                 limit: int | None = None) -> list[AuditEntry]:
    """Newest first. With `client_id`: the client's own changes and those on their requests."""
    where, args = [], []
    if client_id is not None:
        where.append("client_id=?")
        args.append(client_id)
    if request_id is not None:
        where.append("request_id=?")
        args.append(request_id)
    sql = f"SELECT {_COLUMNS} FROM audit"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_from_row(r) for r in conn.execute(sql, args)]


def last_change(conn: Any, *, client_id: int | None = None,
                request_id: int | None = None) -> AuditEntry | None:
    """The newest entry about this request (or this client's own record)."""
    if request_id is not None:
        row = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE request_id=?"
                           " ORDER BY id DESC LIMIT 1", (request_id,)).fetchone()
    else:
        row = conn.execute(f"SELECT {_COLUMNS} FROM audit WHERE client_id=? AND request_id IS"
                           " NULL ORDER BY id DESC LIMIT 1", (client_id,)).fetchone()
    return _from_row(row) if row else None


def _when(entry: AuditEntry | None) -> tuple[str, str]:
    if entry is None:
        return Text("another worker"), Text("an unknown time")
    return entry.who, entry.at.replace("T", " ").replace("Z", " UTC")


def client_changed(conn: Any, client_id: int) -> ChangedMeanwhileError:
    entry = last_change(conn, client_id=client_id)
    who, when = _when(entry)
    if entry is None:  # a worker may not read a colleague's trail; the row still says when
        row = conn.execute("SELECT updated_at FROM clients WHERE id=?", (client_id,)).fetchone()
        if row is not None and row[0]:
            when = str(row[0]).replace("T", " ").replace("Z", " UTC")
    return ChangedMeanwhileError(
        "client {client_id} was changed by {who} at {when} meanwhile; nothing was saved. Reload "
        "and try again.", client_id=client_id, who=who, when=when)


def request_changed(conn: Any, request_id: int, reference: str) -> ChangedMeanwhileError:
    who, when = _when(last_change(conn, request_id=request_id))
    return ChangedMeanwhileError(
        "request {reference} was changed by {who} at {when} meanwhile; nothing was saved. "
        "Reload and try again.", reference=reference, who=who, when=when)


__all__ = ["AuditEntry", "ChangedMeanwhileError", "client_changed", "current_worker",
           "last_change", "list_entries", "os_user", "record", "request_changed"]
