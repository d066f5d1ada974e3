"""Load once, compose pure: a letter (and a complaint's enclosed timeline) is composed from one
case loaded in one query set; each request row is read once and nothing is read afterwards."""

from __future__ import annotations

import re
from collections import Counter

from app.core.letter_case import timeline_entries
from app.core.letters import compose_letter, letter_text
from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, letters, timeline, tracking
from app.services import requests as request_service
from app.services.letter_case import load_case, load_history

REQUEST_READ = re.compile(r"FROM requests WHERE (?:id=(\d+)|id IN \(([\d, ]+)\))")


def _case_requests(store) -> tuple[int, int, int]:
    client_id = client_service.add_client(store, Client(
        name="Ana Lopez", state="CA", country="US", emails=["ana@example.org"])).id
    original = request_service.new_request(store, client_id, "kochava", "delete").id
    tracking.mark_sent(store, original, on="2026-01-15")
    reminder = followups.draft_followup(store, original, "reminder").id
    complaint = followups.draft_followup(store, original, "complaint").id
    return original, reminder, complaint


def _statements(store, action) -> list[str]:
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        action()
    finally:
        store.conn.set_trace_callback(None)
    return statements


def _request_reads(statements: list[str]) -> Counter[int]:
    reads: Counter[int] = Counter()
    for statement in statements:
        match = REQUEST_READ.search(statement)
        if match:
            ids = match.group(1) or match.group(2)
            reads.update(int(value) for value in ids.split(","))
    return reads


def _table_reads(statements: list[str], table: str) -> int:
    return sum(1 for s in statements if s.startswith("SELECT") and f"FROM {table} " in s + " ")


def test_a_follow_up_letter_reads_its_request_and_parent_once(store):
    original, reminder, _complaint = _case_requests(store)
    for fmt in ("txt", "html", "eml"):
        statements = _statements(store, lambda fmt=fmt: letters.render_letter(store, reminder,
                                                                                fmt))
        assert _request_reads(statements) == Counter({reminder: 1, original: 1}), fmt
        assert _table_reads(statements, "clients") == 1
        assert _table_reads(statements, "companies") == 1  # the directory, once


def test_a_complaint_email_reads_every_request_of_its_history_once(store):
    original, reminder, complaint = _case_requests(store)
    statements = _statements(
        store, lambda: letters.render_letter(store, complaint, "eml"))
    assert _request_reads(statements) == Counter({complaint: 1, original: 1, reminder: 1})
    assert _table_reads(statements, "clients") == 1
    assert _table_reads(statements, "companies") == 1
    events = [s for s in statements if "FROM events" in s]
    assert len(events) == len(set(events)) == 3  # each request's events once


def test_the_timeline_reads_each_request_once(store):
    original, reminder, complaint = _case_requests(store)
    statements = _statements(store, lambda: timeline.timeline_document(store, reminder))
    assert _request_reads(statements) == Counter({complaint: 1, original: 1, reminder: 1})


def test_a_loaded_case_composes_with_the_store_closed(store):
    original, _reminder, complaint = _case_requests(store)
    before = letters.render_letter(store, complaint, "txt").decode()
    case = load_case(store, complaint, history=True)
    history = load_history(store, original)
    store.close()  # any further read would fail now
    assert letter_text(compose_letter(letters.context_of(case))) == before
    assert [entry.request.id for entry in timeline_entries(history)] == \
        [entry.request.id for entry in timeline_entries(case.history)] == \
        [original, *[r.id for r in history.chain[1:]]]
    assert case.parent is not None and case.parent.id == original
    assert case.history is not None and case.history.original.id == original


def test_exporting_letters_in_every_format_loads_each_case_once(store, tmp_path):
    original, reminder, complaint = _case_requests(store)
    folder = tmp_path / "letters"
    folder.mkdir()
    statements = _statements(store, lambda: letters.export_letters(
        store, [reminder, complaint], folder, ["txt", "html", "eml"]))
    # One case per letter, whatever the formats: the reminder's (itself and its parent) and
    # the complaint's (itself, its parent and, for the enclosed timeline, the reminder).
    assert _request_reads(statements) == Counter({reminder: 2, complaint: 1, original: 2})
    assert len(list(folder.iterdir())) == 6
