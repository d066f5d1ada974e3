"""The Deadlines list's default orders (by deadline, by urgency) without a sort: one scan of the
index requests_open_by_deadline (migration OPEN_BY_DEADLINE) yields the open requests in
deadline order with their group; grouping them by urgency in that order is the urgency order.
At 100,000 open requests this takes about half the time of the general query, whose temporary
B-tree sort is most of its cost. Only an embedded (SQLite) store, and only a query without text
or client (those narrow the rows first, and the general query is quick on them)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.services import tracking

if TYPE_CHECKING:
    from app.services.deadlines import DeadlineQuery
    from app.store import Store

SCAN_INDEX = "requests_open_by_deadline"
# Literal, as in the index's WHERE: SQLite uses a partial index only for a query whose WHERE
# names the same values (a bound parameter does not prove it).
_OPEN = "'sent', 'acknowledged', 'extended', 'overdue'"
_DEADLINE_ORDER = "COALESCE(r.extended_due_on, r.due_on, '9999-12-31')"
SCANNED_SORTS = ("deadline", "urgency")


def applies(store: Store, query: DeadlineQuery) -> bool:
    return (store.backend == "sqlite" and not query.text and query.client_id is None
            and query.sort in SCANNED_SORTS)


def scanned_ids(store: Store, query: DeadlineQuery,
                as_of: date) -> tuple[list[int], dict[str, int]]:
    """What deadline_ids_by_category answers for a query `applies` to: the ids in the query's
    order (its category only, when it names one) and the open requests per category."""
    from app.services.deadlines import CATEGORIES, THIS_WEEK_DAYS, URGENCY

    sql = (
        f"SELECT r.id, CASE WHEN ({tracking.OVERDUE_CONDITION}) THEN 0"
        " WHEN COALESCE(r.extended_due_on, r.due_on) <= ? THEN 1"
        " WHEN r.status = 'sent' THEN 3 ELSE 2 END"
        f" FROM requests r INDEXED BY {SCAN_INDEX} WHERE r.status IN ({_OPEN})"
        f" ORDER BY {_DEADLINE_ORDER}, r.id"
    )
    week = (as_of + timedelta(days=THIS_WEEK_DAYS)).isoformat()
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(sql, (as_of.isoformat(), week)).fetchall()
    groups: tuple[list[int], ...] = tuple([] for _ in URGENCY)
    add = [group.append for group in groups]
    for request_id, urgency in rows:
        add[urgency](request_id)
    counts = dict.fromkeys(CATEGORIES, 0)
    counts.update({URGENCY[urgency]: len(group) for urgency, group in enumerate(groups)})
    if query.category:
        ids = groups[URGENCY.index(query.category)]
    elif query.sort == "urgency":
        ids = [request_id for group in groups for request_id in group]
    else:
        ids = [request_id for request_id, _ in rows]
    if query.descending:
        ids.reverse()
    return ids, counts
