"""Several workers on one store: every change is in the audit trail (who, when, what, on
which client/request) in the same transaction as the change, and an edit made from a stale copy
is refused with who changed it and when, never a silent overwrite."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.core.model import Client
from app.services import audit, tracking
from app.services import clients as client_service
from app.services import requests as request_service
from app.services.identification import edit_identifiers
from app.store import open_store
from app.store.audit import os_user
from app.store.migrations import LATEST_VERSION
from tests.cli_run import failed, ok_json, run


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request) -> str:
    """Each service test runs on the embedded store and on a real PostgreSQL server."""
    return request.param


def _actions(store, **where) -> list[str]:
    return [e.action for e in audit.list_audit(store, **where)]


def test_store_is_at_the_latest_schema_with_versions_and_audit(store):
    assert store.schema_version() == LATEST_VERSION
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    assert client.version == 1
    assert client_service.get_client(store, client.id).version == 1


def test_every_change_is_recorded_with_who_what_and_the_case(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    request_service.update_details(store, request.id, {"note": "call first"})
    tracking.mark_sent(store, request.id, via="email")
    event = tracking.log_event(store, request.id, "acknowledged", text="got it")
    tracking.delete_event(store, event.id)
    edited = client_service.update_client(
        store, replace(client_service.get_client(store, client.id), address="1 Main St"))
    client_service.set_archived(store, client.id, True)

    entries = audit.list_audit(store, client_id=client.id)
    assert [e.action for e in entries] == [
        "client.archive", "client.edit", "request.event-delete", "request.event",
        "request.sent", "request.edit", "request.new", "client.add"]
    # The computer's user on the embedded store, the database role on a server store.
    expected = os_user() if store.backend == "sqlite" else "postgres"
    assert {e.who for e in entries} == {expected} == {audit.current_worker(store)}
    assert all(e.client_id == client.id for e in entries)
    assert entries[1].what == "address" and "1 Main St" not in entries[1].what
    assert entries[3].what == "acknowledged" and entries[3].request_id == request.id
    assert entries[-2].what == "att delete us-ca"
    assert _actions(store, request_id=request.id)[0] == "request.event-delete"
    assert str(audit.describe(entries[0])) == "archived the client"
    assert edited.version == 2


def test_a_failed_change_leaves_no_audit_entry(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    before = len(audit.list_audit(store))
    with pytest.raises(Exception, match="has not been sent yet"):
        tracking.log_event(store, request.id, "fulfilled")
    with pytest.raises(Exception, match="longer than"):
        request_service.update_details(store, request.id, {"note": "x" * 5000})
    assert len(audit.list_audit(store)) == before


def test_a_deleted_client_keeps_its_trail(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    client_service.delete_client(store, client.id)
    assert _actions(store, client_id=client.id) == ["client.delete", "client.add"]
    with pytest.raises(Exception, match="no client with id 999"):
        audit.list_audit(store, client_id=999)


def test_stale_client_edit_is_refused_with_who_and_when(store, home):
    mine = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    other = open_store(home)  # a second worker's connection
    try:
        theirs = client_service.get_client(other, mine.id)
        client_service.update_client(other, replace(theirs, address="2 Oak Ave"))
    finally:
        other.close()
    with pytest.raises(audit.ChangedMeanwhileError) as refused:
        client_service.update_client(store, replace(mine, address="1 Main St"))
    message = str(refused.value)
    assert f"client {mine.id} was changed by {audit.current_worker(store)} at " in message
    assert "meanwhile" in message and "Reload and try again" in message
    kept = client_service.get_client(store, mine.id)
    assert (kept.address, kept.version) == ("2 Oak Ave", 2)
    # Reloaded, the same edit goes through.
    saved = client_service.update_client(store, replace(kept, address="1 Main St"))
    assert saved.version == 3


def test_stale_request_edit_is_refused_but_events_append_freely(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    request_service.update_details(store, request.id, {"note": "first"},
                                   expected_version=request.version)
    with pytest.raises(audit.ChangedMeanwhileError, match=f"request {request.reference} was "
                       "changed by .* meanwhile"):
        request_service.update_details(store, request.id, {"note": "stale"},
                                       expected_version=request.version)
    assert request_service.get_request(store, request.id).details["note"] == "first"
    # History is append-only: two workers logging notes never conflict.
    tracking.log_event(store, request.id, "note", text="one")
    tracking.log_event(store, request.id, "note", text="two")
    assert [e.text for e in tracking.list_events(store, request.id)] == ["one", "two"]


def test_listing_does_not_move_the_version(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request = request_service.new_request(store, client.id, "att", "delete")
    tracking.mark_sent(store, request.id, via="email")
    version = request_service.get_request(store, request.id).version
    request_service.list_requests(store)
    tracking.refresh(store.conn, request.id)
    assert request_service.get_request(store, request.id).version == version


def test_edit_identifiers_checks_the_version_read(store):
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    edit_identifiers(store, client.id, address="1 Main St", expected_version=1)
    with pytest.raises(audit.ChangedMeanwhileError):
        edit_identifiers(store, client.id, address="2 Oak Ave", expected_version=1)
    assert client_service.get_client(store, client.id).address == "1 Main St"


def test_cli_audit_and_refused_stale_edit(capsys, home):
    client_id = ok_json(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "CA")["id"]
    shown = ok_json(capsys, home, "client", "show", str(client_id))
    assert shown["version"] == 1
    code, _out, err = run(capsys, home, "client", "edit", str(client_id), "--address", "x",
                          "--if-version", "1")
    assert code == 0, err
    line = failed(capsys, home, "client", "edit", str(client_id), "--address", "y",
                  "--if-version", "1")
    assert "was changed by" in line and "meanwhile" in line
    entries = ok_json(capsys, home, "audit", "--client", str(client_id))
    assert [e["action"] for e in entries] == ["client.edit", "client.add"]
    assert entries[0]["what"] == "address" and entries[0]["who"] == os_user()
    assert entries[0]["description"] == "edited the client"
    code, out, _ = run(capsys, home, "audit")
    assert code == 0 and "added the client" in out and "WHO" in out
    assert "no client with id 77" in failed(capsys, home, "audit", "--client", "77")
    assert "--limit" in failed(capsys, home, "audit", "--limit", "0")


def test_holdings_changes_are_in_the_case_trail(store):
    from app.services import holdings as holding_service

    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    holding = holding_service.add_holding(store, client.id, "att", ["precise-location"])
    holding_service.delete_holding(store, holding.id)
    proposals = holding_service.phone_service_proposals(store, "att")
    holding_service.accept_proposals(store, client.id, proposals)
    entries = audit.list_audit(store, client_id=client.id)
    assert [(e.action, e.what) for e in entries[1:]] == [
        ("holding.delete", "att"), ("holding.add", "att"), ("client.add", "")]
    assert entries[0].action == "holding.add" and "att" in entries[0].what.split(", ")


def test_an_imported_case_starts_its_trail_with_the_import(store, tmp_path):
    from app.services import case_files

    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    request_service.new_request(store, client.id, "att", "delete")
    out = tmp_path / "case.zip"
    case_files.export_case(store, client.id, out)
    from app.store.connection import EMBEDDED

    other = open_store(tmp_path / "other-home", url=EMBEDDED)  # another clinic's laptop
    try:
        imported = case_files.import_case(other, out)
        [entry] = audit.list_audit(other, client_id=imported.client_id)
        assert (entry.action, entry.what) == ("client.import", "1 requests, 0 events")
        assert client_service.get_client(other, imported.client_id).version == 1
    finally:
        other.close()
