"""Client use cases."""

from __future__ import annotations

from dataclasses import replace

from app.core.clients import validate_client
from app.core.model import Client
from app.services import audit
from app.store import Store
from app.store import clients as client_repo


def _check_accounts(store: Store, clean: Client, before: Client | None = None) -> None:
    """Account numbers are per company: a company newly named must be in the directory."""
    from app.services.identification import check_account_companies

    known = set(before.account_numbers) if before else set()
    check_account_companies(store, {slug: number for slug, number
                                    in clean.account_numbers.items() if slug not in known})


def add_client(store: Store, client: Client) -> Client:
    clean = validate_client(client)
    _check_accounts(store, clean)
    with store.transaction() as conn:
        client_id = client_repo.insert(conn, clean)
        audit.record(conn, "client.add", client_id=client_id)
    return replace(clean, id=client_id, version=1)


def update_client(store: Store, client: Client) -> Client:
    """Saves the client as edited from the copy read at `client.version`: when another worker
    changed the client since, nothing is saved (audit.ChangedMeanwhileError says who and when)."""
    clean = validate_client(client)
    if clean.account_numbers and clean.id is not None:
        _check_accounts(store, clean, client_repo.get(store.conn, clean.id))
    with store.transaction() as conn:
        before = client_repo.get(conn, int(clean.id or 0))
        clean.version = client_repo.update(conn, clean)
        audit.record(conn, "client.edit", client_id=clean.id,
                     what=audit.changed_fields(before, clean))
    return clean


def delete_client(store: Store, client_id: int) -> None:
    """Deletes the client with their holdings, requests and events (attachment files are kept
    until no event refers to them; see services.attachments). The audit trail keeps the
    deletion."""
    from app.core.errors import OffMapError
    from app.services.server_roles import refused_for_role

    try:
        with store.transaction() as conn:
            client_repo.delete(conn, client_id)
            audit.record(conn, "client.delete", client_id=client_id)
    except OffMapError as exc:
        if refused_for_role(exc):
            raise OffMapError(
                "only a supervisor can delete a client on the clinic's server store; nothing "
                "was deleted. Archive the client instead, or ask a supervisor.") from exc
        raise


def set_archived(store: Store, client_id: int, archived: bool) -> Client:
    with store.transaction() as conn:
        client = client_repo.get(conn, client_id)
        client.archived = archived
        client.version = client_repo.update(conn, client)
        audit.record(conn, "client.archive" if archived else "client.unarchive",
                     client_id=client_id)
    return client


def get_client(store: Store, client_id: int) -> Client:
    return client_repo.get(store.conn, client_id)


def list_clients(store: Store, search: str = "", include_archived: bool = True) -> list[Client]:
    """Clients by name; with `search`, those the Clients list's search finds (every word in
    the name, e-mails, state, country or phones; `%`, `_` and backslashes taken literally)."""
    if not " ".join(search.split()):
        return client_repo.list_all(store.conn, "", include_archived)
    from app.services import client_queries

    ids = client_queries.client_ids(store, client_queries.ClientQuery(
        text=search, include_archived=include_archived))
    return client_queries.clients_by_ids(store, ids)


def has_clients(store: Store) -> bool:
    """True when the store holds any client, archived ones included (one cheap count)."""
    return client_repo.count(store.conn) > 0
