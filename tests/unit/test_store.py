from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.core.errors import NotFoundError
from app.core.model import Client, Event, Holding, MailAccount, Request
from app.paths import store_path
from app.store import StoreError, migrations, open_store
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import holdings as holding_repo
from app.store import mail_accounts as account_repo
from app.store import preferences as pref_repo
from app.store import requests as request_repo
from app.store.connection import DatabaseError
from tests.store_key import key_source_line, raw_connect


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_home_and_files_are_private(store, home: Path):
    with store.transaction() as conn:
        client_repo.insert(conn, Client(name="A"))
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    for name in ("offmap.sqlite3", "offmap.sqlite3-wal", "offmap.sqlite3-shm"):
        path = home / name
        if path.exists():
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, name


def test_pragmas(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_repositories_round_trip_every_entity(store):
    with store.transaction() as conn:
        cid = client_repo.insert(conn, Client(name="Ana", phones=["+14155550100"], state="CA"))
        hid = holding_repo.upsert(conn, Holding(client_id=cid, company="att", data=["cpni"]))
        holding_repo.upsert(conn, Holding(client_id=cid, company="att", data=["cell-site"]))
        rid = request_repo.insert(conn, Request(client_id=cid, company="att", law="us-ca",
                                                type="delete", reference="OFM-AAAA-BBBB",
                                                created_on="2026-11-01"))
        eid = event_repo.insert(conn, Event(request_id=rid, kind="note", on="2026-11-02",
                                            text="called"))
        aid = account_repo.upsert(conn, MailAccount(host="smtp.example.org", port=587,
                                                    username="u", from_addr="u@example.org"))
        pref_repo.set_value(conn, "language", "es")
    conn = store.conn
    assert client_repo.get(conn, cid).phones == ["+14155550100"]
    holding = holding_repo.list_for_client(conn, cid)[0]
    assert (holding.id, holding.data) == (hid, ["cpni", "cell-site"])
    assert request_repo.get(conn, rid).reference == "OFM-AAAA-BBBB"
    assert request_repo.find_by_reference(conn, "OFM-AAAA-BBBB").id == rid
    assert event_repo.list_for_request(conn, rid)[0].id == eid
    assert account_repo.get(conn, aid).port == 587
    assert pref_repo.get(conn, "language") == "es"
    with store.transaction() as conn:
        client_repo.delete(conn, cid)
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    with pytest.raises(NotFoundError, match="no client with id"):
        client_repo.get(store.conn, cid)


def test_failed_transaction_leaves_nothing(store):
    with pytest.raises(RuntimeError), store.transaction() as conn:
        client_repo.insert(conn, Client(name="A"))
        raise RuntimeError("boom")
    assert client_repo.count(store.conn) == 0


def test_corrupt_store_is_refused_and_left_untouched(home: Path):
    home.mkdir(parents=True)
    path = store_path(home)
    path.write_bytes(b"this is not a database" * 100)
    before = _digest(path)
    with pytest.raises(StoreError, match="damaged or is not an OffMap store"):
        open_store(home)
    assert _digest(path) == before


def test_truncated_store_is_refused_and_left_untouched(home: Path):
    store = open_store(home)
    with store.transaction() as conn:
        for i in range(200):
            client_repo.insert(conn, Client(name=f"Client {i}", notes="x" * 500))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    path = store_path(home)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    before = _digest(path)
    with pytest.raises(StoreError):
        s = open_store(home)
        try:
            client_repo.list_all(s.conn)  # corruption may only show when pages are read
        except DatabaseError as exc:
            raise StoreError(str(exc)) from exc
        finally:
            s.close()
    assert _digest(path) == before


def test_newer_store_is_refused_and_left_untouched(home: Path):
    open_store(home).close()
    path = store_path(home)
    conn = raw_connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreError, match="newer OffMap"):
        open_store(home)
    assert _digest(path) == before


def test_migration_copies_the_store_first(home: Path, monkeypatch):
    store = open_store(home)
    with store.transaction() as conn:
        client_repo.insert(conn, Client(name="Kept"))
    store.close()
    current = migrations.LATEST_VERSION
    monkeypatch.setattr(migrations, "MIGRATIONS",
                        [*migrations.MIGRATIONS, "ALTER TABLE clients ADD COLUMN extra TEXT;"])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    import app.store.connection as connection

    monkeypatch.setattr(connection, "MIGRATIONS", migrations.MIGRATIONS)
    monkeypatch.setattr(connection, "LATEST_VERSION", migrations.LATEST_VERSION)
    store = open_store(home)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
    store.close()
    copies = list((home / "backups").glob(f"before-migration-v{current}-*.sqlite3"))
    assert len(copies) == 1
    old = raw_connect(copies[0])
    assert old.execute("SELECT name FROM clients").fetchall() == [("Kept",)]
    assert old.execute("PRAGMA user_version").fetchone()[0] == current
    old.close()


def test_failed_migration_step_rolls_back(home: Path, monkeypatch):
    open_store(home).close()
    import app.store.connection as connection

    current = migrations.LATEST_VERSION
    broken = [*migrations.MIGRATIONS, "CREATE TABLE t (x);\nTHIS IS NOT SQL;"]
    monkeypatch.setattr(connection, "MIGRATIONS", broken)
    monkeypatch.setattr(connection, "LATEST_VERSION", len(broken))
    with pytest.raises(StoreError):
        open_store(home)
    conn = raw_connect(store_path(home))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='t'").fetchone()[0] == 0
    conn.close()


WRITER = key_source_line() + textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.core.model import Client
    from app.store import open_store
    from app.store import clients as repo
    store = open_store(Path(sys.argv[1]))
    for i in range(int(sys.argv[3])):
        with store.transaction() as conn:
            repo.insert(conn, Client(name=f"{sys.argv[2]}-{i}"))
    store.close()
    """
)


def test_second_process_sees_committed_writes(store, home: Path):
    with store.transaction() as conn:
        client_repo.insert(conn, Client(name="From parent"))
    code = key_source_line() + (
        "import sys; from pathlib import Path; from app.store import open_store;"
        "from app.store import clients as repo;"
        "s = open_store(Path(sys.argv[1])); print([c.name for c in repo.list_all(s.conn)])"
    )
    out = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True,
                         text=True, check=True)
    assert "From parent" in out.stdout
    subprocess.run([sys.executable, "-c", WRITER, str(home), "child", "3"], check=True)
    names = {c.name for c in client_repo.list_all(store.conn)}
    assert {"child-0", "child-1", "child-2"} <= names


def test_concurrent_writers_lose_nothing(store, home: Path):
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(home), f"p{n}", "40"])
        for n in range(3)
    ]
    for i in range(40):
        with store.transaction() as conn:
            client_repo.insert(conn, Client(name=f"main-{i}"))
    assert all(p.wait(timeout=120) == 0 for p in procs)
    assert client_repo.count(store.conn) == 160
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_unwritable_home_gives_a_clear_error(tmp_path: Path):
    if os.geteuid() == 0:
        target = Path("/proc/offmap-cannot-exist")
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        target = locked / "home"
    from app.paths import HomeError

    with pytest.raises(HomeError, match=r"cannot use the data folder|not writable"):
        open_store(target)
