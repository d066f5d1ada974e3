"""The Deadlines list's first query reads the ids and the category counts in one pass: the same
ids, order and counts as the two queries it replaces, for everyone and for one client."""

from __future__ import annotations

from app.services import deadlines
from app.services import request_queries as queries
from tests.unit.test_request_queries import _setup


def test_one_pass_gives_the_ids_and_counts_of_the_two_queries(store):
    ana, bo, *_ = _setup(store)
    names = queries.company_names(store)
    for client_id in (None, ana, bo):
        for sort in ("urgency", "deadline", "client"):
            wanted = deadlines.DeadlineQuery(client_id=client_id, sort=sort)
            ids, counts = deadlines.deadline_ids_by_category(store, wanted, names)
            assert ids == deadlines.deadline_ids(store, wanted, names)
            assert counts == deadlines.deadline_counts(store, client_id)
    assert sum(deadlines.deadline_ids_by_category(
        store, deadlines.DeadlineQuery(), names)[1].values()) == 3
