"""A clinic's server store on a real PostgreSQL server (tests/pg_server.py): the CLI on it, signing
in with the password in the real keyring, the errors people meet, and moving a store to the
server and back with every table's rows counted."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from app.store import StoreError, open_store
from app.store.migrations import LATEST_VERSION
from app.store.postgres import open_server_store, parse_url
from tests.cli_run import failed, ok_json, run
from tests.pg_server import SUPERUSER_PASSWORD, TLS_HOST

pytestmark = pytest.mark.integration


def test_the_cli_works_on_a_server_store(capsys, home, pg_url):
    added = ok_json(capsys, home, "--store", pg_url, "client", "add", "--name", "Ana López",
                    "--phone", "+14155550100", "--state", "CA")
    listed = ok_json(capsys, home, "--store", pg_url, "client", "list")
    assert [(c["id"], c["name"]) for c in listed] == [(added["id"], "Ana López")]
    status = ok_json(capsys, home, "--store", pg_url, "store", "status")
    assert status["backend"] == "postgresql"
    assert (status["schema_version"], status["clients"], status["requests"]) == \
        (LATEST_VERSION, 1, 0)
    assert status["location"] == parse_url(pg_url).url
    # The embedded store in the home was never made: the server holds the client.
    assert ok_json(capsys, home, "client", "list") == []


def test_offmap_store_chooses_the_server_for_every_command(capsys, home, pg_url, monkeypatch):
    monkeypatch.setenv("OFFMAP_STORE", pg_url)
    ok_json(capsys, home, "client", "add", "--name", "Bea Kim")
    assert ok_json(capsys, home, "store", "status")["backend"] == "postgresql"
    # `--store home` is the data folder's own store, whatever OFFMAP_STORE says.
    assert ok_json(capsys, home, "--store", "home", "store", "status")["backend"] == "sqlite"


def _offmap(home: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args],
                          input=stdin, capture_output=True, text=True, timeout=120,
                          env=os.environ.copy())


def test_two_processes_see_each_others_changes(home, tmp_path, pg_url):
    other_home = tmp_path / "other-laptop"
    first = _offmap(home, "--store", pg_url, "client", "add", "--name", "Carla Díaz", "--json")
    assert first.returncode == 0, first.stderr
    second = _offmap(other_home, "--store", pg_url, "client", "list", "--json")
    assert [c["name"] for c in json.loads(second.stdout)] == ["Carla Díaz"]


def _secure_keyring_or_skip() -> None:
    from app import secrets

    if not secrets.has_secure_keyring():
        pytest.skip("no secure keyring: run under tests/with_keyring.sh")


def test_login_keeps_the_password_in_the_keyring_only_after_it_connects(
        capsys, home, pg_server, pg_url, monkeypatch):
    from app import secrets

    _secure_keyring_or_skip()
    database = parse_url(pg_url).database
    pg_server.admin("CREATE ROLE maria LOGIN PASSWORD 'maria-s3cret'")
    pg_server.admin(f"GRANT ALL ON DATABASE {database} TO maria")
    pg_server.admin("GRANT ALL ON ALL TABLES IN SCHEMA public TO maria", database=database)
    pg_server.admin("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO maria", database=database)
    monkeypatch.delenv("PGPASSWORD")
    monkeypatch.setenv("PGPASSFILE", str(home / "no-pgpass"))
    url = pg_server.url(database, user="maria")
    key = parse_url(url).keyring_name
    try:
        monkeypatch.setattr(sys, "stdin", _Lines("wrong-password\n"))
        message = failed(capsys, home, "store", "login", url, "--password-stdin")
        assert "refused the password of maria" in message
        assert secrets.get_password(key) is None

        monkeypatch.setattr(sys, "stdin", _Lines("maria-s3cret\n"))
        code, out, err = run(capsys, home, "store", "login", url, "--password-stdin")
        assert code == 0, err
        assert "keyring" in out and "maria-s3cret" not in out + err
        assert secrets.get_password(key) == "maria-s3cret"
        # Every later command finds it there.
        ok_json(capsys, home, "--store", url, "client", "add", "--name", "Diego Silva")
        assert ok_json(capsys, home, "--store", url, "store", "status")["clients"] == 1
        code, out, err = run(capsys, home, "store", "logout", url)
        assert code == 0 and "no longer kept" in out, err
        assert secrets.get_password(key) is None
        assert "refused the password" in failed(capsys, home, "--store", url, "client", "list")
    finally:
        pg_server.admin(f"REVOKE ALL ON DATABASE {database} FROM maria")
        pg_server.admin("DROP OWNED BY maria", database=database)
        pg_server.admin("DROP ROLE maria")
        if secrets.get_password(key) is not None:
            secrets.delete_password(key)


class _Lines:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""

    def isatty(self) -> bool:
        return False


def test_a_server_that_is_down_is_said_plainly(home, pg_server):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(StoreError, match="cannot be reached"):
        open_store(home, url=f"postgresql://postgres@127.0.0.1:{port}/offmap")


def test_wrong_password_missing_database_and_refused_tls_are_said_plainly(home, pg_server,
                                                                         monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(home / "no-pgpass"))
    url = pg_server.url("postgres")
    with pytest.raises(StoreError, match="refused the password of postgres"):
        open_server_store(home, url, password="not-it")
    with pytest.raises(StoreError, match="has no database nowhere"):
        open_server_store(home, pg_server.url("nowhere"), password=SUPERUSER_PASSWORD)


def test_a_schema_newer_than_the_program_is_left_untouched(home, pg_server, pg_url):
    database = parse_url(pg_url).database
    pg_server.admin(f"UPDATE offmap_schema SET version = {LATEST_VERSION + 1}",
                    database=database)
    with pytest.raises(StoreError, match="newer OffMap"):
        open_store(home, url=pg_url)
    assert pg_server.admin("SELECT version FROM offmap_schema", database=database) == \
        [(LATEST_VERSION + 1,)]


def test_an_empty_database_gets_the_schema_once_when_workers_start_together(
        tmp_path, pg_server, monkeypatch):
    database = pg_server.new_database(template="template0")
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    url = pg_server.url(database)
    try:
        workers = [subprocess.Popen(
            [sys.executable, "-m", "app", "--home", str(tmp_path / f"w{i}"), "--store", url,
             "store", "status", "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True) for i in range(3)]
        for worker in workers:
            out, err = worker.communicate(timeout=120)
            assert worker.returncode == 0, err
            assert json.loads(out)["schema_version"] == LATEST_VERSION
    finally:
        pg_server.drop_database(database)


def _generated(home: Path) -> dict[str, int]:
    from benchmarks.generate_store import generate

    return generate(home, clients=30, requests=300, events=900)


def test_a_generated_store_round_trips_through_the_server_with_equal_counts(
        capsys, tmp_path, pg_server, monkeypatch):
    from app.services.store_migrate import count_rows

    embedded, back = tmp_path / "clinic", tmp_path / "after-the-server"
    _generated(embedded)
    database = pg_server.new_database(template="template0")  # a new, empty database
    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    url = pg_server.url(database)
    try:
        before = open_store(embedded)
        counts = count_rows(before)
        before.close()
        assert counts["clients"] == 30 and counts["requests"] == 300 and counts["events"] == 900

        there = ok_json(capsys, embedded, "store", "migrate-to", url)
        assert there["verified"] and there["tables"] == counts
        # A second copy into the now full server store is refused, nothing mixed in.
        assert "is not empty" in failed(capsys, embedded, "store", "migrate-to", url)

        home_again = ok_json(capsys, back, "--store", url, "store", "migrate-to", "home")
        assert home_again["tables"] == counts
        after = open_store(back)
        assert count_rows(after) == counts
        # The copies are the same records, and search and numbering work on both.
        server = open_store(back, url=url)
        for store in (after, server):
            assert [tuple(row) for row in store.conn.execute(
                "SELECT reference, status FROM requests ORDER BY id LIMIT 3")] == \
                _first_requests(embedded)
            assert _search(store, "2025") == _search_embedded(embedded, "2025")
            for sort in ("sent", "due", "client"):
                assert _sorted(store, sort) == _sorted_embedded(embedded, sort)
        server.close()
        after.close()
        added = ok_json(capsys, back, "--store", url, "client", "add", "--name", "New Person")
        assert added["id"] == 31
    finally:
        pg_server.drop_database(database)


def _first_requests(home: Path) -> list[tuple[str, str]]:
    store = open_store(home)
    try:
        return [tuple(row) for row in store.conn.execute(
            "SELECT reference, status FROM requests ORDER BY id LIMIT 3")]
    finally:
        store.close()


def _search(store, text: str) -> list[int]:
    from app.services.request_queries import RequestQuery, request_ids

    return request_ids(store, RequestQuery(text=text), {})


def _sorted(store, sort: str) -> list[int]:
    from app.services.request_queries import RequestQuery, request_ids

    return request_ids(store, RequestQuery(sort=sort, descending=sort == "due"), {})


def _sorted_embedded(home: Path, sort: str) -> list[int]:
    store = open_store(home)
    try:
        return _sorted(store, sort)
    finally:
        store.close()


def _search_embedded(home: Path, text: str) -> list[int]:
    store = open_store(home)
    try:
        return _search(store, text)
    finally:
        store.close()


def test_migrate_to_refuses_an_embedded_store_that_holds_data(capsys, home, pg_url):
    ok_json(capsys, home, "client", "add", "--name", "Already Here")
    ok_json(capsys, home, "--store", pg_url, "client", "add", "--name", "On The Server")
    message = failed(capsys, home, "--store", pg_url, "store", "migrate-to", "home")
    assert "is not empty" in message
    assert [c["name"] for c in ok_json(capsys, home, "client", "list")] == ["Already Here"]


def test_backups_of_a_server_store_are_the_servers_business(capsys, home, tmp_path, pg_url):
    from app.services.backup import run_daily_backup

    message = failed(capsys, home, "--store", pg_url, "backup", "--out",
                     str(tmp_path / "copy.sqlite3"))
    assert "pg_dump" in message and not (tmp_path / "copy.sqlite3").exists()
    assert "data folder's own store" in failed(capsys, home, "--store", pg_url, "store",
                                               "encrypt")
    assert "pg_dump" in failed(capsys, home, "--store", pg_url, "restore",
                               str(tmp_path / "copy.sqlite3"))
    store = open_store(home, url=pg_url)
    try:
        assert run_daily_backup(store) is None
    finally:
        store.close()


def test_after_the_server_drops_the_connection_the_next_action_connects_again(
        home, pg_server, pg_url):
    from app.core.model import Client
    from app.services import clients as client_service

    store = open_store(home, url=pg_url)
    try:
        client_service.add_client(store, Client(name="Before The Restart"))
        pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                        f" WHERE datname = '{parse_url(pg_url).database}'")
        with pytest.raises(StoreError, match="cannot be reached"):
            client_service.list_clients(store)
        client_service.add_client(store, Client(name="After The Restart"))
        assert [c.name for c in client_service.list_clients(store)] == \
            ["After The Restart", "Before The Restart"]
    finally:
        store.close()


def test_a_connection_lost_inside_a_transaction_is_not_replaced_midway(
        home, pg_server, pg_url):
    store = open_store(home, url=pg_url)
    database = parse_url(pg_url).database
    try:
        with pytest.raises(StoreError), store.transaction() as conn:
            conn.execute("INSERT INTO clients (name) VALUES (?)", ("First Half",))
            pg_server.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            f" WHERE datname = '{database}'")
            conn.execute("INSERT INTO clients (name) VALUES (?)", ("Second Half",))
        assert pg_server.admin("SELECT count(*) FROM clients", database=database) == [(0,)]
    finally:
        store.close()


def test_server_search_takes_percent_and_underscore_literally_and_follows_renames(
        home, pg_url):
    from app.core.model import Client
    from app.services import clients as client_service
    from app.services import request_queries as queries
    from app.services import requests as request_service

    store = open_store(home, url=pg_url)
    try:
        odd = client_service.add_client(store, Client(name="Ana_50% Díaz", state="CA"))
        plain = client_service.add_client(store, Client(name="Ana X50 Díaz", state="CA"))
        first = request_service.new_request(store, odd.id, "att", "access").id
        second = request_service.new_request(store, plain.id, "att", "access").id

        def found(text: str) -> list[int]:
            return queries.request_ids(store, queries.RequestQuery(text=text), {})

        assert found("a_5") == [first] and found("50%") == [first]
        assert found("díaz") == [first, second]      # any case, accents kept
        client_service.update_client(store, replace(odd, name="Renamed Person"))
        assert found("renamed") == [first] and found("a_5") == []
    finally:
        store.close()


def _tls_url(pg_server, database: str, root_cert: object) -> str:
    """The test server by the name in its certificate (libpq connects to 127.0.0.1 through
    hostaddr and checks the certificate against the name)."""
    return (f"postgresql://postgres@{TLS_HOST}:{pg_server.port}/{database}"
            f"?hostaddr=127.0.0.1&sslrootcert={root_cert}")


def test_a_server_elsewhere_is_reached_over_verified_tls(capsys, home, pg_server, pg_url):
    database = parse_url(pg_url).database
    url = _tls_url(pg_server, database, pg_server.root_cert)
    assert parse_url(url).sslmode() == "verify-full"   # not this computer: the default
    status = ok_json(capsys, home, "--store", url, "store", "status")
    assert status["backend"] == "postgresql" and status["encrypted"] is True


def test_tls_that_cannot_be_verified_is_refused_with_what_to_check(home, pg_server, pg_url,
                                                                   tmp_path):
    database = parse_url(pg_url).database
    for url in (_tls_url(pg_server, database, tmp_path / "no-root.crt"),   # no root certificate
                # the certificate is for db.clinic.test, not for the address used
                f"postgresql://postgres@127.0.0.1:{pg_server.port}/{database}"
                f"?sslmode=verify-full&sslrootcert={pg_server.root_cert}"):
        with pytest.raises(StoreError, match="no secure \\(TLS\\) connection") as refused:
            open_server_store(home, url, password=SUPERUSER_PASSWORD)
        assert "root.crt" in str(refused.value)
