"""The Deadlines list's queries: their categories agree with the row rules day by day around
the "due this week" edge, and on the embedded store they are answered from the requests_open
index without reading the requests' rows (100,000 open requests listed in a tenth of a second)."""

from __future__ import annotations

from datetime import timedelta

from app.services import deadlines
from app.services import request_queries as queries
from tests.unit.test_request_queries import TODAY, _sent, _setup


def test_sql_categories_match_the_rows_on_each_day_around_this_week(store):
    ana, *_ = _setup(store)
    for days_ago in range(25, 60):  # deadlines from weeks ahead to days past
        _sent(store, ana, "kochava", TODAY - timedelta(days=days_ago))
    names = queries.company_names(store)
    for sort in ("urgency", "deadline"):
        ids, counts = deadlines.deadline_ids_by_category(
            store, deadlines.DeadlineQuery(sort=sort), names)
        rows = deadlines.deadline_rows(store, ids, names)
        assert [row.request.id for row in rows] == ids
        by_category = {category: [r.request.id for r in rows if r.category == category]
                       for category in deadlines.CATEGORIES}
        assert counts == {category: len(found) for category, found in by_category.items()}
        for category, found in by_category.items():
            wanted = deadlines.DeadlineQuery(sort=sort, category=category)
            assert deadlines.deadline_ids(store, wanted, names) == found
    on_edge = {r.days_left: r.category for r in rows}  # the edge itself was listed
    assert on_edge[deadlines.THIS_WEEK_DAYS] == "this-week"
    assert on_edge[deadlines.THIS_WEEK_DAYS + 1] == "waiting"


def _plan(store, sql: str, args: list) -> str:
    return " | ".join(row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql, args))


def test_the_list_its_counts_and_the_badge_read_only_the_index(home):
    # The embedded store only: query plans are SQLite's (the server has its own planner).
    from app.store import open_store

    store = open_store(home)
    try:
        _read_only_the_index(store)
    finally:
        store.close()


def _read_only_the_index(store) -> None:
    ana, *_ = _setup(store)
    names = queries.company_names(store)
    for wanted in (deadlines.DeadlineQuery(sort="urgency"), deadlines.DeadlineQuery(),
                   deadlines.DeadlineQuery(sort="urgency", client_id=ana)):
        sql, args = deadlines._ids_query(store, wanted, names, None, "l.id, l.category")
        assert "COVERING INDEX requests_open" in _plan(store, sql, args)
    listed, args = deadlines._listed(TODAY)
    counted = _plan(store, f"SELECT category, count(*) FROM ({listed}) l GROUP BY category",
                    args)
    assert "COVERING INDEX requests_open" in counted
    badge = _plan(store, f"SELECT count(*) FROM requests WHERE status IN (?,?,?,?) AND "
                         f"{deadlines.tracking.OVERDUE_CONDITION}",
                  [*deadlines.OPEN_STATUSES, TODAY.isoformat()])
    assert "COVERING INDEX requests_open" in badge


def test_requests_without_a_deadline_come_last_and_first_when_reversed(store):
    _ana, _bo, late, soon, waiting, _draft = _setup(store)
    with store.transaction() as conn:  # a law that sets no period leaves these empty
        conn.execute("UPDATE requests SET due_on = NULL, extended_due_on = NULL,"
                     " late_after = NULL WHERE id = ?", (soon,))
    names = queries.company_names(store)
    for sort in ("urgency", "deadline"):
        ascending = deadlines.deadline_ids(store, deadlines.DeadlineQuery(sort=sort), names)
        assert ascending[-1] == soon and set(ascending) == {late, soon, waiting}
        descending = deadlines.deadline_ids(
            store, deadlines.DeadlineQuery(sort=sort, descending=True), names)
        assert descending == ascending[::-1]
    rows = deadlines.list_deadlines(store)
    assert [row.request.id for row in rows][-1] == soon and rows[-1].deadline is None
