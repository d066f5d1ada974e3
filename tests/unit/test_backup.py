"""Backup and verified restore: round trip, refusals that leave the store byte-identical,
restore under an open connection and over a damaged store, daily backups keeping the last 7."""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.core.model import Client, Event, Request
from app.paths import backups_dir, store_path
from app.services import attachments as attachment_service
from app.services import backup as backup_service
from app.services.backup import BackupError
from app.store import clients as client_repo
from app.store import events as event_repo
from app.store import migrations, open_store
from app.store import requests as request_repo
from tests.store_key import raw_connect


def _fill(store, tmp_path: Path, name: str = "Backup Person") -> int:
    source = tmp_path / "reply.txt"
    source.write_text("the company's reply", encoding="utf-8")
    stored = attachment_service.store_file(store.home, source)
    with store.transaction() as conn:
        cid = client_repo.insert(conn, Client(name=name, state="CA", country="US"))
        rid = request_repo.insert(conn, Request(client_id=cid, company="att", law="us-ca",
                                                type="delete", reference=f"OFM-{cid:04d}-TEST",
                                                created_on="2026-11-01"))
        event_repo.insert(conn, Event(request_id=rid, kind="note", on="2026-11-02",
                                      text="called", attachments=[stored.attachment]))
    return cid


def _store_files_digest(home: Path) -> dict[str, str]:
    path = store_path(home)
    return {
        suffix: hashlib.sha256(Path(f"{path}{suffix}").read_bytes()).hexdigest()
        for suffix in ("", "-wal", "-shm") if Path(f"{path}{suffix}").exists()
    }


def _names(home: Path) -> list[str]:
    conn = raw_connect(store_path(home))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM clients ORDER BY id")]
    finally:
        conn.close()


def test_round_trip_into_an_empty_home_with_attachments(store, tmp_path: Path):
    _fill(store, tmp_path)
    out = tmp_path / "copy.sqlite3"
    facts = backup_service.backup_store(store, out)
    assert (facts.clients, facts.requests, facts.attachments) == (1, 1, 1)
    # Encrypted with the store's key, like the store: no SQLite header in clear.
    assert not out.read_bytes().startswith(b"SQLite format 3\x00")
    assert not Path(f"{out}-wal").exists()

    other = tmp_path / "other-home"
    result = backup_service.restore_backup(other, out)
    assert result.previous_copy is None
    restored = open_store(other)
    try:
        assert [c.name for c in client_repo.list_all(restored.conn)] == ["Backup Person"]
        event = event_repo.list_for_request(restored.conn, 1)[0]
        path = attachment_service.path_for(other, event.attachments[0])
        assert path.read_text(encoding="utf-8") == "the company's reply"
        tables = {r[0] for r in restored.conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'")}
        assert backup_service.BLOB_TABLE not in tables
        assert restored.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        restored.close()


def test_restore_under_an_open_connection_keeps_a_copy_of_the_current_store(store, tmp_path):
    _fill(store, tmp_path, "Before")
    out = tmp_path / "b.sqlite3"
    backup_service.backup_store(store, out)
    with store.transaction() as conn:
        client_repo.insert(conn, Client(name="Added after the backup"))
    result = backup_service.restore_backup(store.home, out)
    # The open connection (the window's) sees the restored store at once.
    assert [c.name for c in client_repo.list_all(store.conn)] == ["Before"]
    assert result.previous_copy is not None and result.previous_copy.parent == backups_dir(
        store.home)
    kept = raw_connect(result.previous_copy)
    names = sorted(r[0] for r in kept.execute("SELECT name FROM clients"))
    kept.close()
    assert names == ["Added after the backup", "Before"]


def _refused(home: Path, bad: Path, message: str) -> None:
    before = _store_files_digest(home)
    with pytest.raises(BackupError, match=message):
        backup_service.restore_backup(home, bad)
    assert _store_files_digest(home) == before
    assert not list(backups_dir(home).glob(".restore-*"))


def test_truncated_backup_is_refused_and_the_store_is_byte_identical(store, tmp_path: Path):
    _fill(store, tmp_path)
    out = tmp_path / "full.sqlite3"
    backup_service.backup_store(store, out)
    truncated = tmp_path / "truncated.sqlite3"
    data = out.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    store.close()
    home = store.home
    _refused(home, truncated, "damaged or truncated")
    assert _names(home) == ["Backup Person"]
    assert not list(backups_dir(home).glob("before-restore-*"))


def test_other_bad_files_are_refused(home: Path, tmp_path: Path):
    opened = open_store(home)
    with opened.transaction() as conn:
        client_repo.insert(conn, Client(name="Keep me"))
    opened.close()

    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    _refused(home, text, "not an SQLite file")

    foreign = tmp_path / "foreign.sqlite3"
    conn = raw_connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    _refused(home, foreign, "not an OffMap store")

    newer = tmp_path / "newer.sqlite3"
    backup_service.backup_store(open_store(home), newer)
    conn = raw_connect(newer)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    _refused(home, newer, "newer OffMap")

    _refused(home, tmp_path / "missing.sqlite3", "no file at")
    assert _names(home) == ["Keep me"]


def test_tampered_attachment_inside_a_backup_is_refused(store, tmp_path: Path):
    _fill(store, tmp_path)
    out = tmp_path / "b.sqlite3"
    backup_service.backup_store(store, out)
    conn = raw_connect(out)
    assert conn.execute("UPDATE blobs SET content = X'00'").rowcount == 1
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="checksum"):
        backup_service.restore_backup(tmp_path / "fresh", out)
    assert not store_path(tmp_path / "fresh").exists()


def test_tampered_file_of_an_older_home_inside_a_backup_is_refused(store, tmp_path: Path):
    """A backup of a home whose files were not yet in its store carries them beside it."""
    out = tmp_path / "b.sqlite3"
    backup_service.backup_store(store, out)
    conn = raw_connect(out)
    conn.execute(f"CREATE TABLE {backup_service.BLOB_TABLE} "
                 "(sha256 TEXT PRIMARY KEY, content BLOB NOT NULL)")
    conn.execute(f"INSERT INTO {backup_service.BLOB_TABLE} VALUES (?, ?)",
                 (hashlib.sha256(b"the reply").hexdigest(), b"another reply"))
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="checksum"):
        backup_service.restore_backup(tmp_path / "fresh", out)


def test_restore_over_a_damaged_store(home: Path, tmp_path: Path):
    good = open_store(home)
    with good.transaction() as conn:
        client_repo.insert(conn, Client(name="Good"))
    out = tmp_path / "good.sqlite3"
    backup_service.backup_store(good, out)
    good.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{store_path(home)}{suffix}").unlink(missing_ok=True)
    store_path(home).write_bytes(b"garbage" * 100)
    result = backup_service.restore_backup(home, out)
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes() == b"garbage" * 100
    assert _names(home) == ["Good"]


def test_an_older_backup_is_migrated_on_restore(home: Path, tmp_path: Path):
    old = tmp_path / "v1.sqlite3"
    conn = raw_connect(old)
    conn.executescript(migrations.SCHEMA_V1)
    conn.execute("INSERT INTO clients (name) VALUES ('Old')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    backup_service.restore_backup(home, old)
    restored = open_store(home)
    try:
        version = restored.conn.execute("PRAGMA user_version").fetchone()[0]
        assert version == migrations.LATEST_VERSION
        assert [c.name for c in client_repo.list_all(restored.conn)] == ["Old"]
    finally:
        restored.close()


def test_daily_backup_once_a_day_keeping_the_last_seven(store):
    start = date(2026, 11, 1)
    made = [backup_service.run_daily_backup(store, start + timedelta(days=i)) for i in range(9)]
    assert all(made)
    assert backup_service.run_daily_backup(store, start + timedelta(days=8)) is None
    autos = sorted(p.name for p in backups_dir(store.home).glob("auto-*"))
    assert autos == [f"auto-{(start + timedelta(days=i)).isoformat()}.sqlite3"
                     for i in range(2, 9)]
    listed = backup_service.list_backups(store.home)
    assert {b.kind for b in listed} == {"auto"} and len(listed) == 7
    assert backup_service.verify_backup(listed[0].path, store.key).schema_version == \
        migrations.LATEST_VERSION


def run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_backup_and_restore(capsys, tmp_path: Path):
    home = str(tmp_path / "cli-home")
    assert run(capsys, "--home", home, "client", "add", "--name", "Cli Person")[0] == 0
    out = tmp_path / "cli.sqlite3"
    code, stdout, _ = run(capsys, "--home", home, "backup", "--out", str(out), "--json")
    assert code == 0 and json.loads(stdout)["clients"] == 1
    assert run(capsys, "--home", home, "client", "add", "--name", "Later")[0] == 0
    code, stdout, _ = run(capsys, "--home", home, "restore", str(out), "--json")
    assert code == 0 and json.loads(stdout)["previous_copy"]
    code, stdout, _ = run(capsys, "--home", home, "client", "list", "--json")
    assert [c["name"] for c in json.loads(stdout)] == ["Cli Person"]

    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(out.read_bytes()[:2048])
    code, _, err = run(capsys, "--home", home, "restore", str(bad))
    assert code == 1 and err.startswith("offmap: error: ") and "Nothing was changed" in err
