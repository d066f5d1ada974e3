"""Roles on the server store, enforced by PostgreSQL itself: two real login roles, one a
worker, one a supervisor (offmap store setup-roles). Workers cannot delete clients, cannot
rewrite or erase the audit trail, and see the trail of the cases they changed; supervisors
delete clients and see everyone's trail."""

from __future__ import annotations

import itertools
import json
import os
from dataclasses import replace

import pytest

from app.core.errors import OffMapError, ValidationError
from app.core.model import Client
from app.services import audit
from app.services import clients as client_service
from app.services.server_roles import setup_roles
from app.store.postgres import open_server_store
from tests.cli_run import failed, run
from tests.pg_server import SUPERUSER_PASSWORD

_names = itertools.count(1)


def _logins(pg_server) -> tuple[str, str]:
    suffix = f"{os.getpid()}_{next(_names)}"
    ana, sam = f"ana_{suffix}", f"sam_{suffix}"
    for login in (ana, sam):  # the same password as the superuser's: PGPASSWORD serves all
        pg_server.admin(f"CREATE ROLE {login} LOGIN PASSWORD '{SUPERUSER_PASSWORD}'")
    return ana, sam


@pytest.fixture
def roles(pg_server, pg_url, home, capsys):
    """(worker store, supervisor store, worker login, supervisor login)."""
    ana, sam = _logins(pg_server)
    code, out, err = run(capsys, home, "--store", pg_url, "store", "setup-roles",
                         "--worker", ana, "--supervisor", sam, "--json")
    assert code == 0, err
    assert json.loads(out) == {"roles": ["offmap_worker", "offmap_supervisor"],
                               "workers": [ana], "supervisors": [sam]}
    database = pg_url.rsplit("/", 1)[1]
    worker = open_server_store(home, pg_server.url(database, user=ana))
    supervisor = open_server_store(home, pg_server.url(database, user=sam))
    yield worker, supervisor, ana, sam
    worker.close()
    supervisor.close()


def _count(store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_only_a_supervisor_deletes_a_client(roles):
    worker, supervisor, _ana, _sam = roles
    client = client_service.add_client(worker, Client(name="Ana Lopez", state="CA"))
    client_service.update_client(worker, replace(client, address="1 Main St"))
    with pytest.raises(OffMapError, match="only a supervisor can delete a client"):
        client_service.delete_client(worker, client.id)
    assert client_service.get_client(worker, client.id).address == "1 Main St"
    client_service.delete_client(supervisor, client.id)
    assert _count(worker, "clients") == 0
    assert [e.action for e in audit.list_audit(supervisor, client_id=client.id)] == [
        "client.delete", "client.edit", "client.add"]


def test_the_trail_is_append_only_and_names_the_signed_in_role(roles):
    worker, _supervisor, ana, sam = roles
    client = client_service.add_client(worker, Client(name="Ana Lopez"))
    # A forged name is replaced by the role that signed in.
    worker.conn.execute("INSERT INTO audit (who, action, client_id) VALUES (?, 'note', ?)",
                        (sam, client.id))
    assert {e.who for e in audit.list_audit(worker, client_id=client.id)} == {ana}
    for statement in ("UPDATE audit SET who = 'x'", "DELETE FROM audit"):
        with pytest.raises(OffMapError, match="permission denied"):
            worker.conn.execute(statement)
    assert _count(worker, "audit") == 2


def test_workers_see_the_trail_of_cases_they_touched_supervisors_see_all(roles):
    worker, supervisor, ana, sam = roles
    theirs = client_service.add_client(supervisor, Client(name="Bo Chen"))
    mine = client_service.add_client(worker, Client(name="Ana Lopez"))
    assert {e.client_id for e in audit.list_audit(worker)} == {mine.id}
    assert {e.client_id for e in audit.list_audit(supervisor)} == {mine.id, theirs.id}
    # Once the worker works on a case, its whole trail is theirs to read.
    client_service.update_client(worker, replace(client_service.get_client(worker, theirs.id),
                                                 address="2 Oak Ave"))
    seen = audit.list_audit(worker, client_id=theirs.id)
    assert [(e.who, e.action) for e in seen] == [(ana, "client.edit"), (sam, "client.add")]
    # A stale edit names the colleague who changed the case.
    with pytest.raises(audit.ChangedMeanwhileError, match=f"changed by {ana} at"):
        client_service.update_client(supervisor, replace(theirs, address="3 Elm St"))


def test_setup_roles_needs_a_server_known_logins_and_the_owner(roles, store, pg_server,
                                                              pg_url, home):
    worker, _supervisor, ana, sam = roles
    with pytest.raises(ValidationError, match="only on a clinic's server store"):
        setup_roles(store, ["someone"])
    with pytest.raises(ValidationError, match="no login role nobody_here"):
        setup_roles(open_server_store(home, pg_url), ["nobody_here"])
    with pytest.raises(ValidationError, match="both a worker and a supervisor"):
        setup_roles(open_server_store(home, pg_url), [ana], [ana])
    with pytest.raises(OffMapError, match="only the database's owner"):
        setup_roles(worker, [sam])


def test_cli_refuses_setup_roles_on_the_embedded_store(capsys, home):
    assert "only on a clinic's server store" in failed(capsys, home, "store", "setup-roles")


def test_the_databases_owner_with_createrole_sets_up_the_roles(pg_server, home):
    """As docs/clinic-setup.md has it: a non-superuser owner (CREATEROLE) creates the schema
    and the roles; its worker then cannot delete a client."""
    suffix = f"{os.getpid()}_{next(_names)}"
    owner, ana = f"owner_{suffix}", f"ana_{suffix}"
    pg_server.admin(f"CREATE ROLE {owner} LOGIN CREATEROLE PASSWORD '{SUPERUSER_PASSWORD}'")
    pg_server.admin(f"CREATE ROLE {ana} LOGIN PASSWORD '{SUPERUSER_PASSWORD}'")
    database = f"clinic_{suffix}"
    pg_server.admin(f"CREATE DATABASE {database} OWNER {owner}")
    pg_server.admin("CREATE EXTENSION IF NOT EXISTS pg_trgm", database=database)
    try:
        as_owner = open_server_store(home, pg_server.url(database, user=owner),
                                     password=SUPERUSER_PASSWORD)
        try:
            assert setup_roles(as_owner, [ana]).workers == (ana,)
        finally:
            as_owner.close()
        worker = open_server_store(home, pg_server.url(database, user=ana),
                                   password=SUPERUSER_PASSWORD)
        try:
            client = client_service.add_client(worker, Client(name="Ana Lopez"))
            with pytest.raises(OffMapError, match="only a supervisor"):
                client_service.delete_client(worker, client.id)
        finally:
            worker.close()
    finally:
        pg_server.drop_database(database)


def test_a_worker_who_cannot_read_the_trail_still_learns_when(roles):
    worker, supervisor, _ana, _sam = roles
    theirs = client_service.add_client(supervisor, Client(name="Bo Chen"))
    mine = client_service.get_client(worker, theirs.id)
    client_service.update_client(supervisor, replace(theirs, address="2 Oak Ave"))
    with pytest.raises(audit.ChangedMeanwhileError) as refused:
        client_service.update_client(worker, replace(mine, address="1 Main St"))
    message = str(refused.value)
    assert "changed by another worker at 20" in message and " UTC meanwhile" in message
