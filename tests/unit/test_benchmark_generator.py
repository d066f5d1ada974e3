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
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    store.close()


def test_generated_timelines_agree_with_their_requests(tmp_path: Path):
    generate(tmp_path / "h", clients=20, requests=300, events=1200)
    store = open_store(tmp_path / "h")
    conn = store.conn
    requests = conn.execute("SELECT id, status, sent_on FROM requests").fetchall()
    timelines: dict[int, list[tuple[str, str]]] = {}
    for request_id, kind, on in conn.execute(
            "SELECT request_id, kind, on_date FROM events ORDER BY request_id, on_date, id"):
        timelines.setdefault(request_id, []).append((kind, on))
    store.close()
    assert {status for _id, status, _sent in requests} >= {"draft", "extended", "fulfilled"}
    for request_id, status, sent_on in requests:
        events = timelines.get(request_id, [])
        if status == "draft":
            assert sent_on is None and events == []  # a draft was never sent
            continue
        # one "sent", on the row's own date, and nothing before it
        assert [on for kind, on in events if kind == "sent"] == [sent_on], request_id
        assert events[0] == ("sent", sent_on)
        kinds = [kind for kind, _on in events]
        if status == "extended":
            assert kinds.index("acknowledged") < kinds.index("extended")
        if status in ("fulfilled", "denied"):
            assert status in kinds


def test_runner_finds_the_startup_benchmark():
    assert "startup" in available()


def test_generated_requests_name_companies_the_directory_knows():
    # A slug the directory lacks shows as a raw id ("x-mode-outlogic") in every list.
    from app.core.directory import bundled_directory_path, parse_document
    from benchmarks.generate_store import COMPANIES

    known = {c.slug for c in parse_document(bundled_directory_path().read_bytes())}
    assert sorted(set(COMPANIES) - known) == []
