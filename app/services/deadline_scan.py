"""The Deadlines list's default orders (by deadline, by urgency) without a sort: one scan of the
index requests_open_by_deadline (migration OPEN_BY_DEADLINE) yields the open requests in
deadline order with their group; grouping them by urgency in that order is the urgency order.
At 100,000 open requests this takes about half the time of the general query, whose temporary
B-tree sort is most of its cost. Only an embedded (SQLite) store, and only a query without text
or client (those narrow the rows first, and the general query is quick on them)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

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
    return not query.text and query.client_id is None and query.sort in SCANNED_SORTS


def _requests(store: Store) -> str:
    """The table, read through the index: named for SQLite (whose planner may otherwise pick
    requests_open and sort); a server's planner chooses by its statistics."""
    return f"requests r INDEXED BY {SCAN_INDEX}" if store.backend == "sqlite" else "requests r"


def _urgency_sql() -> str:
    """The request's position in URGENCY (the CASE of deadlines._listed); parameters: the day
    and the last day of "this week"."""
    return (f"CASE WHEN ({tracking.OVERDUE_CONDITION}) THEN 0"
            " WHEN COALESCE(r.extended_due_on, r.due_on) <= ? THEN 1"
            " WHEN r.status = 'sent' THEN 3 ELSE 2 END")


def _days(as_of: date) -> tuple[str, str]:
    from app.services.deadlines import THIS_WEEK_DAYS

    return as_of.isoformat(), (as_of + timedelta(days=THIS_WEEK_DAYS)).isoformat()


def _cursor(store: Store) -> Any:  # the backend's own cursor: plain tuples
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return cursor


def scanned_ids(store: Store, query: DeadlineQuery,
                as_of: date) -> tuple[list[int], dict[str, int]]:
    """What deadline_ids_by_category answers for a query `applies` to: the ids in the query's
    order (its category only, when it names one) and the open requests per category."""
    from app.services.deadlines import CATEGORIES, URGENCY

    sql = (f"SELECT r.id, {_urgency_sql()} FROM {_requests(store)}"
           f" WHERE r.status IN ({_OPEN}) ORDER BY {_DEADLINE_ORDER}, r.id")
    rows = _cursor(store).execute(sql, _days(as_of)).fetchall()
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


# The group counts in one evaluation of the group per row (a sum per group evaluates it once per
# sum: twice the time): each group adds its own power of 2**21 to one sum, which SQLite keeps in
# a 64-bit integer, so exact while each group is under 2**21 requests (`first_ids` is only asked
# below that).
_GROUP_BITS = 21
MOST_ROWS = 2 ** _GROUP_BITS - 1


def _group_counts(store: Store, cursor: Any, days: tuple[str, str]) -> list[int]:
    weights = " ".join(f"WHEN {n} THEN {1 << (_GROUP_BITS * n)}" for n in range(3))
    packed, every = cursor.execute(
        f"SELECT CAST(coalesce(sum(CASE {_urgency_sql()} {weights} ELSE 0 END), 0) AS BIGINT),"
        f" count(*) FROM {_requests(store)} WHERE r.status IN ({_OPEN})", days).fetchone()
    packed, every = int(packed), int(every)
    mask = (1 << _GROUP_BITS) - 1
    first = [(packed >> (_GROUP_BITS * n)) & mask for n in range(3)]
    return [*first, every - sum(first)]


def open_count(store: Store) -> int:
    """How many requests are open (from the index, in about a millisecond at 100,000)."""
    return int(_cursor(store).execute(
        f"SELECT count(*) FROM {_requests(store)} WHERE r.status IN ({_OPEN})").fetchone()[0])


def first_ids(store: Store, query: DeadlineQuery, as_of: date,
              limit: int) -> tuple[list[int], int, dict[str, int]]:
    """The first `limit` ids of scanned_ids (same query), how many ids it has in all, and the
    counts per category, without reading every id: the counts in one pass over the index (no
    sort, no row per request into Python) and the first ids group by group, each read in index
    order until `limit` are found. A long list shows its first rows from this while the whole
    list is read. Only for a store with at most MOST_ROWS open requests (see open_count)."""
    from app.services.deadlines import CATEGORIES, URGENCY

    days = _days(as_of)
    cursor = _cursor(store)
    counts = dict(zip(URGENCY, _group_counts(store, cursor, days), strict=True))
    counts = {category: counts[category] for category in CATEGORIES}
    direction = " DESC" if query.descending else ""
    order = f" ORDER BY {_DEADLINE_ORDER}{direction}, r.id{direction} LIMIT ?"
    base = f"SELECT r.id FROM {_requests(store)} WHERE r.status IN ({_OPEN})"
    if query.category is None and query.sort == "deadline":
        ids = [row[0] for row in cursor.execute(base + order, (limit,))]
        return ids, sum(counts.values()), counts
    groups = [URGENCY.index(query.category)] if query.category else list(range(len(URGENCY)))
    if query.descending:
        groups.reverse()
    ids = []
    for group in groups:
        if len(ids) >= limit:
            break
        if counts[URGENCY[group]]:
            ids += [row[0] for row in cursor.execute(
                f"{base} AND {_urgency_sql()} = ?{order}", (*days, group, limit - len(ids)))]
    size = counts[query.category] if query.category else sum(counts.values())
    return ids, size, counts
