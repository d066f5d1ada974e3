"""Two workers on the clinic's server store (a real PostgreSQL on loopback), as separate
`offmap` processes: each sees the other's changes, a conflicting edit is refused with who
changed the record and when, and the small version of the 5-worker benchmark (adding and
updating requests while deadlines are listed) loses nothing, on the server and the embedded
store alike."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.bench_workers import embedded_home, load_server, run_round
from tests.pg_server import SUPERUSER_PASSWORD

pytestmark = pytest.mark.integration


def _offmap(home: Path, url: str, *argv: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PGPASSWORD=SUPERUSER_PASSWORD, OFFMAP_HOME=str(home))
    return subprocess.run([sys.executable, "-m", "app", "--store", url, *argv],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def _json(done: subprocess.CompletedProcess[str]):
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_two_cli_processes_see_each_other_and_a_stale_edit_is_refused(pg_url, tmp_path):
    first, second = tmp_path / "ana-laptop", tmp_path / "sam-laptop"
    client_id = _json(_offmap(first, pg_url, "client", "add", "--name", "Ana Lopez",
                              "--state", "CA", "--json"))["id"]
    seen = _json(_offmap(second, pg_url, "client", "show", str(client_id), "--json"))
    assert (seen["name"], seen["version"]) == ("Ana Lopez", 1)
    request = _json(_offmap(second, pg_url, "request", "new", "--client", str(client_id),
                            "--company", "att", "--type", "delete", "--json"))
    listed = _json(_offmap(first, pg_url, "request", "list", "--json"))
    assert [r["reference"] for r in listed] == [request["reference"]]

    # Both read version 1; the second saves first, so the first's save is refused.
    assert _offmap(second, pg_url, "client", "edit", str(client_id), "--address", "2 Oak Ave",
                   "--if-version", "1").returncode == 0
    refused = _offmap(first, pg_url, "client", "edit", str(client_id), "--address", "1 Main St",
                      "--if-version", "1")
    assert refused.returncode == 1
    assert refused.stderr.startswith(f"offmap: error: client {client_id} was changed by "
                                     "postgres at ")
    assert "meanwhile; nothing was saved. Reload and try again." in refused.stderr
    assert _json(_offmap(first, pg_url, "client", "show", str(client_id),
                         "--json"))["address"] == "2 Oak Ave"
    trail = _json(_offmap(first, pg_url, "audit", "--client", str(client_id), "--json"))
    assert [e["action"] for e in trail] == ["client.edit", "request.new", "client.add"]


def test_small_worker_benchmark_loses_nothing_on_either_store(pg_url, tmp_path, monkeypatch):
    from app.store.connection import use_key_source

    monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
    previous = use_key_source(None)  # plain stores, as `make bench` makes them
    try:
        home = embedded_home(tmp_path, requests=200)
        load_server(home, pg_url, SUPERUSER_PASSWORD)
        for url in (pg_url, None):
            figures = run_round(home, url, workers=2, actions=3)
            assert figures["verified"]["nothing_lost"], figures
            assert figures["verified"]["added"] == 2 * 4  # three timed adds and a warm-up each
            assert figures["add"]["count"] == 6 and figures["list_deadlines"]["count"] >= 1
    finally:
        use_key_source(previous)
