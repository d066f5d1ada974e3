"""The Deadlines list's default orders from one index scan (services.deadline_scan) give exactly
the ids, order and counts of the general query they replace, for any mix of statuses, deadlines,
extensions, last days on time and missing dates; and SQLite really answers them from the index."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import deadline_scan, deadlines
from app.store import open_store

STATUSES = ("draft", "sent", "acknowledged", "extended", "overdue", "completed", "refused")
TODAY = date(2026, 12, 4)
day = st.one_of(st.none(), st.integers(-40, 40).map(lambda n: (TODAY + timedelta(n)).isoformat()))
request = st.tuples(st.sampled_from(STATUSES), day, day, day)


@pytest.fixture(scope="module")
def scan_store(tmp_path_factory):
    home: Path = tmp_path_factory.mktemp("scan")
    store = open_store(home)
    store.conn.execute("INSERT INTO clients (id, name) VALUES (1, 'Ana')")
    yield store
    store.close()


@pytest.fixture
def both_stores(store):
    """The `store` fixture (embedded, then server) with the one client the rows belong to."""
    store.conn.execute("INSERT INTO clients (id, name) VALUES (1, 'Ana')")
    return store


def _fill(store, rows) -> None:
    store.conn.execute("DELETE FROM requests")
    store.conn.executemany(
        "INSERT INTO requests (id, client_id, company, law, type, reference, created_on, status,"
        " due_on, extended_due_on, late_after) VALUES (?, 1, 'att', 'us-ca', 'access', ?,"
        " '2026-01-01', ?, ?, ?, ?)",
        # Ids out of step with the deadlines, so the id tie-break is really tested.
        [((n * 7919) % 10007 + 1, f"OFM-{n}", *row) for n, row in enumerate(rows)])


def _general(store, query, as_of, monkeypatch) -> tuple[list[int], dict[str, int]]:
    with monkeypatch.context() as patched:
        patched.setattr(deadline_scan, "applies", lambda *_: False)
        ids = deadlines.deadline_ids(store, query, {}, as_of)
        return ids, deadlines.deadline_counts(store, None, as_of)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(request, max_size=40), shift=st.integers(-10, 10), limit=st.integers(1, 45))
def test_scan_gives_the_general_querys_ids_order_and_counts(both_stores, monkeypatch, rows, shift,
                                                            limit):
    scan_store = both_stores
    _fill(scan_store, rows)
    as_of = TODAY + timedelta(shift)
    for sort in deadline_scan.SCANNED_SORTS:
        for category in (None, *deadlines.CATEGORIES):
            for descending in (False, True):
                query = deadlines.DeadlineQuery(sort=sort, category=category,
                                                descending=descending)
                assert deadline_scan.applies(scan_store, query)
                expected = _general(scan_store, query, as_of, monkeypatch)
                assert deadline_scan.scanned_ids(scan_store, query, as_of) == expected
                assert deadlines.deadline_ids(scan_store, query, {}, as_of) == expected[0]
                ids, counts = expected
                # The first rows of a long list, read without the others: the same rows.
                assert deadline_scan.first_ids(scan_store, query, as_of, limit) == (
                    ids[:limit], len(ids), counts)


def test_scan_reads_the_index_alone_without_sorting(scan_store):
    plan = " ".join(str(tuple(row)) for row in scan_store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT r.id FROM requests r INDEXED BY requests_open_by_deadline"
        " WHERE r.status IN ('sent', 'acknowledged', 'extended', 'overdue')"
        " ORDER BY COALESCE(r.extended_due_on, r.due_on, '9999-12-31'), r.id"))
    assert "COVERING INDEX requests_open_by_deadline" in plan
    assert "TEMP B-TREE" not in plan


def test_first_rows_read_the_index_in_order_without_sorting(scan_store):
    urgency = deadline_scan._urgency_sql()
    for direction in ("", " DESC"):
        plan = " ".join(str(tuple(row)) for row in scan_store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT r.id FROM requests r INDEXED BY requests_open_by_deadline"
            " WHERE r.status IN ('sent', 'acknowledged', 'extended', 'overdue')"
            f" AND {urgency} = ? ORDER BY COALESCE(r.extended_due_on, r.due_on, '9999-12-31')"
            f"{direction}, r.id{direction} LIMIT 10", ("2026-12-04", "2026-12-11", 0)))
        assert "TEMP B-TREE" not in plan, plan


def test_text_client_and_other_sorts_take_the_general_query(scan_store):
    for query in (deadlines.DeadlineQuery(text="att", sort="urgency"),
                  deadlines.DeadlineQuery(client_id=1, sort="urgency"),
                  deadlines.DeadlineQuery(sort="company")):
        assert not deadline_scan.applies(scan_store, query)


def test_group_counts_unpack_exactly_up_to_their_field_size(scan_store, monkeypatch):
    # Fields of 3 bits (at most 7 per group) stand in for 21: full fields, no carry between them.
    monkeypatch.setattr(deadline_scan, "_GROUP_BITS", 3)
    overdue, this_week, later, waiting = "2026-11-01", "2026-12-06", "2027-03-01", "2027-03-01"
    rows = ([("acknowledged", overdue, None, None)] * 7 + [("acknowledged", this_week, None, None)]
            * 7 + [("acknowledged", later, None, None)] * 7 + [("sent", waiting, None, None)] * 9)
    _fill(scan_store, rows)
    counts = deadline_scan.first_ids(scan_store, deadlines.DeadlineQuery(sort="urgency"), TODAY,
                                     5)[2]
    assert counts == {"overdue": 7, "this-week": 7, "waiting": 9, "later": 7}
