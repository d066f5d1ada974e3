"""The deadlines dashboard's data: every open request with its deadline in force, days left,
and where it belongs (overdue, due this week, waiting for confirmation, later). Read from the
cached columns in one query, so it stays quick on a store with 50,000 requests."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from app.core.day_counting import is_overdue
from app.core.deadlines import compute_due, received_on
from app.core.errors import OffMapError
from app.core.model import Request
from app.core.tracking import OPEN_STAGES
from app.services import deadline_scan, tracking
from app.store import Store
from app.store import clients as client_repo
from app.store.rows import loads

OPEN_STATUSES = (*OPEN_STAGES, "overdue")
CATEGORIES = ("overdue", "this-week", "waiting", "later")
CATEGORY_TITLES = {
    "overdue": "Overdue",
    "this-week": "Due this week",
    "waiting": "Waiting for confirmation",
    "later": "Later",
}
THIS_WEEK_DAYS = 7

_COLUMNS = (
    "r.id, r.client_id, r.company, r.law, r.type, r.reference, r.parent_id, r.created_on,"
    " r.message_id, r.details, r.status, r.sent_on, r.via, r.due_on, r.extended_due_on,"
    " r.late_after,"
    " c.name AS client_name"
)


@dataclass
class DeadlineRow:
    request: Request
    client_name: str
    company_name: str
    status: str
    deadline: date | None
    days_left: int | None
    overdue: bool
    category: str
    confirm_by: date | None = None
    confirmation_missing: bool = False
    rule: dict[str, Any] = field(default_factory=dict)
    follow_up_on: date | None = None  # where the law sets no period: a practice, never overdue

    def to_json(self) -> dict[str, Any]:
        data = self.request.to_json()
        data.update({
            "status": self.status,
            "client_name": self.client_name,
            "company_name": self.company_name,
            "deadline": self.deadline.isoformat() if self.deadline else None,
            "days_left": self.days_left,
            "overdue": self.overdue,
            "category": self.category,
            "confirm_by": self.confirm_by.isoformat() if self.confirm_by else None,
            "confirmation_missing": self.confirmation_missing,
            "follow_up_on": self.follow_up_on.isoformat() if self.follow_up_on else None,
        })
        return data


def company_names(store: Store) -> dict[str, str]:
    """Slug -> display name for every company the directory knows (bundled and the store's)."""
    from app.services.directory import search_companies

    try:
        return {c.slug: c.name for c in search_companies(store)}
    except OffMapError:
        return {}


@lru_cache(maxsize=64)
def _law(law_id: str) -> dict[str, Any] | None:
    """The law's record, read (and deep-copied) once per law, not once per row: the laws are
    loaded once per process anyway, and the callers here only read it."""
    return tracking.law_record(law_id)


@lru_cache(maxsize=4096)
def _confirm_by(law_id: str, request_type: str, sent_on: str, via: str) -> date | None:
    law = _law(law_id)
    if law is None:
        return None
    try:
        received = received_on(date.fromisoformat(sent_on), via)
        return compute_due(law, request_type, received).confirm_by
    except OffMapError:
        return None


@lru_cache(maxsize=4096)
def _follow_up_on(law_id: str, request_type: str, sent_on: str, via: str) -> date | None:
    """OffMap's suggested follow-up date for a request whose law sets no period."""
    law = _law(law_id)
    if law is None:
        return None
    try:
        received = received_on(date.fromisoformat(sent_on), via)
        return compute_due(law, request_type, received).follow_up_on
    except OffMapError:
        return None


def _request(row: sqlite3.Row) -> Request:
    details = row["details"]
    return Request(
        id=row["id"], client_id=row["client_id"], company=row["company"], law=row["law"],
        type=row["type"], reference=row["reference"], parent_id=row["parent_id"],
        created_on=row["created_on"], message_id=row["message_id"],
        details={} if details == "{}" else loads(details, {}), status=row["status"],
        sent_on=row["sent_on"],
        via=row["via"], due_on=row["due_on"], extended_due_on=row["extended_due_on"],
        late_after=row["late_after"],
    )


def _category(overdue: bool, days_left: int | None, status: str) -> str:
    if overdue:
        return "overdue"
    if days_left is not None and days_left <= THIS_WEEK_DAYS:
        return "this-week"
    if status == "sent":
        return "waiting"
    return "later"


def _row(store: Store, row: sqlite3.Row, names: dict[str, str], as_of: date,
         today: date) -> DeadlineRow:
    request = _request(row)
    status = request.status
    if status == "overdue" and as_of < today:
        # The cache says overdue as of today; an earlier date needs the stage it had.
        status = tracking.derive_request(store.conn, request, as_of).stage
    deadline_iso = request.extended_due_on or request.due_on
    deadline = date.fromisoformat(deadline_iso) if deadline_iso else None
    days_left = (deadline - as_of).days if deadline else None
    late_after = date.fromisoformat(request.late_after) if request.late_after else deadline
    overdue = is_overdue(late_after, as_of)
    if overdue:
        status = "overdue"
    elif status == "overdue":
        status = tracking.derive_request(store.conn, request, as_of).stage
    result = DeadlineRow(
        request=request, client_name=row["client_name"],
        company_name=names.get(request.company, request.company), status=status,
        deadline=deadline, days_left=days_left, overdue=overdue,
        category=_category(overdue, days_left, status),
    )
    if status == "sent" and request.sent_on:
        result.confirm_by = _confirm_by(request.law, request.type, request.sent_on,
                                        request.via or "email")
        result.confirmation_missing = bool(result.confirm_by and as_of > result.confirm_by)
    if deadline is None and request.sent_on:
        result.follow_up_on = _follow_up_on(request.law, request.type, request.sent_on,
                                            request.via or "email")
    return result


def list_deadlines(store: Store, client_id: int | None = None,
                   as_of: date | None = None) -> list[DeadlineRow]:
    """Open requests (sent, acknowledged, extended, overdue), earliest deadline first."""
    return list(iter_deadlines(store, client_id, as_of))


def iter_deadlines(store: Store, client_id: int | None = None,
                   as_of: date | None = None) -> Iterator[DeadlineRow]:
    """list_deadlines a row at a time, in the store's order (deadline, then id; none last):
    the first rows come before the last are read, and each is built only as it is asked for.
    An unknown client fails here, before any row."""
    today = date.today()
    as_of = as_of or today
    if client_id is not None:
        client_repo.get(store.conn, client_id)
    marks = ",".join("?" * len(OPEN_STATUSES))
    sql = (f"SELECT {_COLUMNS} FROM requests r JOIN clients c ON c.id = r.client_id"
           f" WHERE r.status IN ({marks})")
    args: list[Any] = list(OPEN_STATUSES)
    if client_id is not None:
        sql += " AND r.client_id = ?"
        args.append(client_id)
    sql += f" ORDER BY {_DEADLINE_SQL} IS NULL, {_DEADLINE_SQL}, r.id"
    names = company_names(store)
    return (_row(store, r, names, as_of, today) for r in store.conn.execute(sql, args))


# -- the window's paged list (ids from indexed SQL; full rows only for the rows on screen) --

@dataclass(frozen=True)
class DeadlineQuery:
    text: str = ""
    # The codes each word of `text` names in the interface's language ("vencida" → overdue).
    word_codes: Mapping[str, Sequence[str]] = field(default_factory=dict)
    client_id: int | None = None
    category: str | None = None
    sort: str = "deadline"
    descending: bool = False


_DEADLINE_SQL = "COALESCE(r.extended_due_on, r.due_on)"
# Over the columns of _listed(); each part gets the direction, the id breaks ties.
_DEADLINE_SORTS = {
    "reference": ("reference",),
    "client": ("name COLLATE NOCASE",),
    "company": ("company",),
    "type": ("type",),
    "status": ("overdue", "status"),
    "sent": ("sent_on",),
    "deadline": ("deadline_key",),
    # Actionable first: the groups in URGENCY order, each by its deadline (the most overdue
    # first).
    "urgency": ("urgency", "deadline_key"),
}
# The groups in the order the list shows them by default: what needs doing leads.
URGENCY = ("overdue", "this-week", "later", "waiting")
NO_DEADLINE = "9999-12-31"  # sorts after every ISO date


def _listed(as_of: date, with_names: bool = False) -> tuple[str, list[Any]]:
    """Open requests with their `deadline`, `overdue`, `category` and `urgency` (the position
    of the category in URGENCY) as the rows' rules (_row, _category) give them; the overdue
    test is tracking.OVERDUE_CONDITION, the SQL form of core.deadlines.is_overdue. Only the
    columns of the index requests_open are read unless a query asks for more (SQLite then
    answers the default list from that index alone, without reading the table); the client's
    `name` only `with_names` (a join per row)."""
    marks = ",".join("?" * len(OPEN_STATUSES))
    # Days left <= THIS_WEEK_DAYS, compared as ISO dates (julianday per row cost a third more).
    this_week = f"{_DEADLINE_SQL} <= ?"
    overdue = tracking.OVERDUE_CONDITION
    names, join = (", c.name AS name", " JOIN clients c ON c.id = r.client_id") if with_names \
        else ("", "")
    sql = (
        f"SELECT r.id AS id, r.client_id AS client_id, r.reference AS reference,"
        f" r.company AS company, r.type AS type, r.status AS status, r.sent_on AS sent_on,"
        f" {_DEADLINE_SQL} AS deadline{names},"
        # The deadline to sort by, none after every date: one sort key instead of two (a
        # third of the sort's time for 100,000 open requests).
        f" COALESCE({_DEADLINE_SQL}, '{NO_DEADLINE}') AS deadline_key,"
        f" ({overdue}) AS overdue,"
        f" CASE WHEN ({overdue}) THEN 'overdue' WHEN {this_week} THEN 'this-week'"
        f" WHEN r.status = 'sent' THEN 'waiting' ELSE 'later' END AS category,"
        f" CASE WHEN ({overdue}) THEN 0 WHEN {this_week} THEN 1"
        f" WHEN r.status = 'sent' THEN 3 ELSE 2 END AS urgency"
        f" FROM requests r{join} WHERE r.status IN ({marks})"
    )
    iso, week = as_of.isoformat(), (as_of + timedelta(days=THIS_WEEK_DAYS)).isoformat()
    return sql, [iso, iso, week, iso, week, *OPEN_STATUSES]


def deadline_ids(store: Store, query: DeadlineQuery, names: dict[str, str],
                 as_of: date | None = None) -> list[int]:
    """Ids of the open requests matching `query` (text, client, category), in its order."""
    if deadline_scan.applies(store, query):
        return deadline_scan.scanned_ids(store, query, as_of or date.today())[0]
    sql, args = _ids_query(store, query, names, as_of, "l.id")
    cursor = store.conn.cursor()
    cursor.row_factory = None
    return [row[0] for row in cursor.execute(sql, args)]


# A list longer than this opens from its first rows (first_deadline_ids) while the rest is read.
LONG_LIST = 10_000


def first_deadline_ids(store: Store, query: DeadlineQuery, limit: int, as_of: date | None = None
                       ) -> tuple[list[int], int, dict[str, int]] | None:
    """For a long list that one index scan answers (see scans): its first `limit` ids, how many
    it has and the counts per category, read without its other ids (deadline_ids reads them
    all next). None for a short list or another query: read it whole at once."""
    if not deadline_scan.applies(store, query):
        return None
    open_now = deadline_scan.open_count(store)
    if open_now <= LONG_LIST or open_now > deadline_scan.MOST_ROWS:
        return None
    return deadline_scan.first_ids(store, query, as_of or date.today(), limit)


def scans(store: Store, query: DeadlineQuery) -> bool:
    """Whether `query` is answered by one index scan, which counts every category (whatever the
    query's) in the same pass."""
    return deadline_scan.applies(store, query)


def deadline_ids_by_category(store: Store, query: DeadlineQuery, names: dict[str, str],
                             as_of: date | None = None) -> tuple[list[int], dict[str, int]]:
    """deadline_ids and, from the same pass, how many of them fall in each category (for a
    query without text or category these are its client's deadline_counts: one query less
    when the list opens). A query by deadline or urgency without text or client is answered
    by one index scan (deadline_scan): then the counts are every category's, whatever the
    query's category."""
    if deadline_scan.applies(store, query):
        return deadline_scan.scanned_ids(store, query, as_of or date.today())
    # The category's position in URGENCY, not its name: the sorter carries less per row.
    sql, args = _ids_query(store, query, names, as_of, "l.id, l.urgency")
    cursor = store.conn.cursor()
    cursor.row_factory = None
    rows = cursor.execute(sql, args).fetchall()
    counts = dict.fromkeys(CATEGORIES, 0)
    for urgency, count in Counter(map(itemgetter(1), rows)).items():  # C loops over the rows
        counts[URGENCY[urgency]] = count
    return list(map(itemgetter(0), rows)), counts


def _ids_query(store: Store, query: DeadlineQuery, names: dict[str, str], as_of: date | None,
               columns: str) -> tuple[str, list[Any]]:
    from app.services import text_search
    from app.services.request_queries import text_condition

    listed, args = _listed(as_of or date.today(), with_names=query.sort == "client")
    where = []
    if query.client_id is not None:
        where.append("l.client_id = ?")
        args.append(query.client_id)
    if query.category:
        where.append("l.category = ?")
        args.append(query.category)
    found, text_args = text_condition(query.text, names, alias="l", backend=store.backend,
                                      word_codes=query.word_codes,
                                      coded=text_search.codes_or_categories({"overdue"}))
    if found:
        where.append(found)
        args.extend(text_args)
    direction = " DESC" if query.descending else ""
    parts = _DEADLINE_SORTS.get(query.sort, _DEADLINE_SORTS["deadline"])
    order = ", ".join(f"l.{part}{direction}" for part in (*parts, "id"))
    sql = f"SELECT {columns} FROM ({listed}) l"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return f"{sql} ORDER BY {order}", args


def deadline_counts(store: Store, client_id: int | None = None,
                    as_of: date | None = None) -> dict[str, int]:
    """Open requests per category (for one client, or all)."""
    listed, args = _listed(as_of or date.today())
    sql = f"SELECT category, count(*) FROM ({listed}) l"
    if client_id is not None:
        sql += " WHERE client_id = ?"
        args.append(client_id)
    counts = dict.fromkeys(CATEGORIES, 0)
    counts.update(dict(store.conn.execute(sql + " GROUP BY category", args).fetchall()))
    return counts


def deadline_rows(store: Store, ids: list[int], names: dict[str, str],
                  as_of: date | None = None) -> list[DeadlineRow]:
    """The rows of the open requests `ids`, in that order (a page of the list)."""
    if not ids:
        return []
    today = date.today()
    marks = ",".join("?" * len(ids))
    found = {r["id"]: r for r in store.conn.execute(
        f"SELECT {_COLUMNS} FROM requests r JOIN clients c ON c.id = r.client_id"
        f" WHERE r.id IN ({marks})", ids)}
    return [_row(store, found[i], names, as_of or today, today) for i in ids if i in found]


def count_overdue(store: Store, as_of: date | None = None) -> int:
    """How many open requests are past their deadline (for the sidebar badge)."""
    as_of_iso = (as_of or date.today()).isoformat()
    marks = ",".join("?" * len(OPEN_STATUSES))
    return int(store.conn.execute(
        f"SELECT count(*) FROM requests WHERE status IN ({marks})"
        f" AND {tracking.OVERDUE_CONDITION}",
        (*OPEN_STATUSES, as_of_iso),
    ).fetchone()[0])


def overdue_request_ids(store: Store, today: date) -> set[int]:
    """Open requests past their deadline (first updating the cached status of those that just
    became overdue): what the window's deadline watch counts and notifies about."""
    tracking.mark_overdue(store, today)
    marks = ",".join("?" * len(OPEN_STATUSES))
    rows = store.conn.execute(
        f"SELECT id FROM requests WHERE status IN ({marks})"
        f" AND {tracking.OVERDUE_CONDITION}",
        (*OPEN_STATUSES, today.isoformat()),
    )
    return {row[0] for row in rows}
