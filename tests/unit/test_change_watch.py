"""Others' changes appear: the watcher notices commits made by other connections (another
window or command) on the embedded store through PRAGMA data_version, and names the audited
changes to its subscribers."""

from __future__ import annotations

import queue

import pytest

from app.core.model import Client
from app.services import clients as client_service
from app.services.change_watch import ChangeWatcher, StoreChange
from app.store import open_store
from tests.cli_run import ok_json


@pytest.fixture(params=["sqlite", "postgresql"])
def store_backend(request) -> str:
    """Each service test runs on the embedded store and on a real PostgreSQL server."""
    return request.param


def _next(changes: queue.Queue, seconds: float = 10.0) -> StoreChange:
    return changes.get(timeout=seconds)


def test_another_connections_change_is_reported_with_what_changed(store, home):
    changes: queue.Queue = queue.Queue()
    watcher = ChangeWatcher(home, interval=0.05)
    watcher.subscribe(changes.put)
    watcher.start()
    try:
        other = open_store(home)
        try:
            ana = client_service.add_client(other, Client(name="Ana Lopez", state="CA"))
        finally:
            other.close()
        change = _next(changes)
        assert change.client_ids == {ana.id}
        assert [e.action for e in change.entries] == ["client.add"]
        assert len(change.workers) == 1
        # Nothing more happens: no further notice.
        assert changes.empty()
        client_service.set_archived(store, ana.id, True)
        assert [e.action for e in _next(changes).entries] == ["client.archive"]
    finally:
        watcher.stop()
    assert not watcher.running and watcher.error is None


def test_a_command_line_change_is_reported_and_unsubscribe_stops_notices(capsys, home, store):
    seen: queue.Queue = queue.Queue()
    watcher = ChangeWatcher(home, interval=0.05)
    unsubscribe = watcher.subscribe(seen.put)
    watcher.start()
    try:
        client_id = ok_json(capsys, home, "client", "add", "--name", "Bo Chen")["id"]
        assert _next(seen).client_ids == {client_id}
        unsubscribe()
        ok_json(capsys, home, "client", "add", "--name", "Cy Diaz")
        watcher.stop()
        assert seen.empty()
    finally:
        watcher.stop()


def test_a_failing_subscriber_does_not_stop_the_others(home, store):
    seen: queue.Queue = queue.Queue()
    watcher = ChangeWatcher(home, interval=0.05)
    watcher.subscribe(lambda change: 1 / 0)
    watcher.subscribe(seen.put)
    watcher.start()
    try:
        other = open_store(home)
        try:
            client_service.add_client(other, Client(name="Ana Lopez"))
        finally:
            other.close()
        assert _next(seen).entries
        assert watcher.running
    finally:
        watcher.stop()


def test_a_store_that_cannot_open_is_reported_not_raised(tmp_path):
    def broken(_home):
        raise OSError("no such disk")

    watcher = ChangeWatcher(tmp_path, interval=0.05, opener=broken).start()
    assert isinstance(watcher.error, OSError) and not watcher.running



def test_the_watcher_reconnects_and_reports_what_changed_meanwhile(pg_url, home):
    """The server restarts or the network drops: the watcher connects again and reports the
    changes made while it was away."""
    import psycopg

    from app.store.connection import use_server
    from tests.pg_server import SUPERUSER_PASSWORD

    previous = use_server(pg_url)
    store = open_store(home)
    changes: queue.Queue = queue.Queue()
    watcher = ChangeWatcher(home, interval=0.05, retry=0.1)
    watcher.subscribe(changes.put)
    watcher.start()
    try:
        admin_url = pg_url.replace("postgresql://postgres@",
                                   f"postgresql://postgres:{SUPERUSER_PASSWORD}@")
        with psycopg.connect(admin_url, autocommit=True) as admin:
            dropped = admin.execute("SELECT pg_terminate_backend(%s)",
                                    (watcher._source.raw.info.backend_pid,)).fetchall()
        assert dropped == [(True,)]
        bo = client_service.add_client(store, Client(name="Bo Chen"))  # while it is away
        assert _next(changes).client_ids == {bo.id}
        assert watcher.reconnections == 1
        ana = client_service.add_client(store, Client(name="Ana Lopez"))  # listening again
        assert _next(changes).client_ids == {ana.id}
        assert watcher.running and watcher.error is None
    finally:
        watcher.stop()
        store.close()
        use_server(previous)
