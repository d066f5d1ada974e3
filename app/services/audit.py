"""The audit trail of a store shared by several workers: every change to a client, a request or
its history is recorded (who, when, what, on which client/request) in the same transaction as
the change; `offmap audit` and the client's page list it. Also the optimistic-versioning error
(`ChangedMeanwhileError`) the window catches to offer a reload."""

from __future__ import annotations

from typing import Any

from app.core.errors import NotFoundError
from app.core.text import Text
from app.store import Store
from app.store import audit as audit_repo
from app.store.audit import AuditEntry, ChangedMeanwhileError, client_changed, request_changed

# The actions, as words for people (Texts: the window shows them in its language).
ACTION_WORDS: dict[str, Text] = {
    "client.add": Text("added the client"),
    "client.edit": Text("edited the client"),
    "client.archive": Text("archived the client"),
    "client.unarchive": Text("brought the client back from the archive"),
    "client.delete": Text("deleted the client"),
    "client.import": Text("imported the client from a case file"),
    "request.new": Text("created the request"),
    "request.edit": Text("edited the request's letter"),
    "request.delete": Text("deleted the draft request"),
    "request.sent": Text("recorded the request as sent"),
    "request.delivered": Text("recorded the delivery"),
    "request.event": Text("logged an event"),
    "request.event-edit": Text("changed an event"),
    "request.event-delete": Text("deleted an event"),
    "request.event-restore": Text("restored a deleted event"),
    "request.attach": Text("attached files to an event"),
    "holding.add": Text("recorded who holds the client's data"),
    "holding.delete": Text("removed a company holding the client's data"),
}


def record(conn: Any, action: str, *, client_id: int | None = None,
           request_id: int | None = None, what: str = "") -> int:
    """One entry, inside the caller's transaction (the change and its record go together)."""
    return audit_repo.record(conn, action, client_id=client_id, request_id=request_id, what=what)


def changed_fields(before: Any, after: Any) -> str:
    """The names of the fields that differ between two records' JSON forms (never their values:
    the trail says what changed without copying personal data)."""
    old, new = before.to_json(), after.to_json()
    skip = {"id", "version", "created_at"}
    return ", ".join(sorted(k for k in new if k not in skip and old.get(k) != new.get(k)))


def list_audit(store: Store, client_id: int | None = None, request_id: int | None = None,
               limit: int | None = None) -> list[AuditEntry]:
    """Newest first; for a client, their record's changes and those of their requests. A
    client or request that no longer exists still has its trail (deletions are recorded)."""
    entries = audit_repo.list_entries(store.conn, client_id, request_id, limit)
    if not entries:
        _must_exist(store, client_id, request_id)
    return entries


def _must_exist(store: Store, client_id: int | None, request_id: int | None) -> None:
    if client_id is not None and store.conn.execute(
            "SELECT 1 FROM clients WHERE id=?", (client_id,)).fetchone() is None:
        raise NotFoundError(
            "there is no client with id {client_id} and no record of one; 'offmap client "
            "list' shows the ids.", client_id=client_id)
    if request_id is not None and store.conn.execute(
            "SELECT 1 FROM requests WHERE id=?", (request_id,)).fetchone() is None:
        raise NotFoundError(
            "there is no request with id {request_id} and no record of one; 'offmap request "
            "list' shows the ids.", request_id=request_id)


def describe(entry: AuditEntry) -> str:
    """The action in words (English for the command line; a Text the window translates)."""
    return ACTION_WORDS.get(entry.action, Text(entry.action))


def current_worker(store: Store) -> str:
    """Whom this store records changes under: the database role on a server store, the
    operating-system user on the embedded one."""
    return audit_repo.current_worker(store.conn)


__all__ = ["ACTION_WORDS", "AuditEntry", "ChangedMeanwhileError", "changed_fields",
           "client_changed", "current_worker", "describe", "list_audit", "record",
           "request_changed"]
