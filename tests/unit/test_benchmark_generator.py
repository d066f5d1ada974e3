from __future__ import annotations

from pathlib import Path

from app.store import open_store
from benchmarks.generate_store import generate
from benchmarks.run import available


def test_generator_writes_the_requested_shape(tmp_path: Path):
    counts = generate(tmp_path / "h", clients=20, requests=100, events=400)
    store = open_store(tmp_path / "h")
    conn = store.conn
    got = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
           for t in ("clients", "requests", "events")}
    assert got == counts == {"clients": 20, "requests": 100, "events": 400}
    # every request has a sent event; foreign keys hold
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute(
        "SELECT count(*) FROM requests r WHERE NOT EXISTS "
        "(SELECT 1 FROM events e WHERE e.request_id = r.id AND e.kind = 'sent')"
    ).fetchone()[0] == 0
    store.close()


def test_runner_finds_the_startup_benchmark():
    assert "startup" in available()


def test_generated_requests_name_companies_the_directory_knows():
    # A slug the directory lacks shows as a raw id ("x-mode-outlogic") in every list.
    from app.core.directory import bundled_directory_path, parse_document
    from benchmarks.generate_store import COMPANIES

    known = {c.slug for c in parse_document(bundled_directory_path().read_bytes())}
    assert sorted(set(COMPANIES) - known) == []
