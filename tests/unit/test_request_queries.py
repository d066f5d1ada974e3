"""The window's list queries: ids from indexed SQL (full-text search kept by triggers, sorting,
filters), rows only for the ids asked, and deadline categories that agree with the row rules."""

from __future__ import annotations

from datetime import date, timedelta

from app.core.model import Client
from app.services import clients as client_service
from app.services import deadlines, tracking
from app.services import request_queries as queries
from app.services import requests as request_service

TODAY = date.today()


def _sent(store, client_id: int, company: str, on: date) -> int:
    request = request_service.new_request(store, client_id, company, "delete")
    tracking.mark_sent(store, request.id, on=on.isoformat(), via="email")
    return request.id


def _setup(store):
    ana = client_service.add_client(store, Client(name="Ana Díaz", state="CA")).id
    bo = client_service.add_client(store, Client(name="Bo Nguyen", state="CA")).id
    late = _sent(store, ana, "kochava", TODAY - timedelta(days=120))
    soon = _sent(store, bo, "kochava", TODAY - timedelta(days=40))
    waiting = _sent(store, bo, "verizon", TODAY - timedelta(days=2))
    draft = request_service.new_request(store, ana, "att", "access").id
    return ana, bo, late, soon, waiting, draft


def test_text_finds_reference_client_company_and_name(store):
    _ana, bo, late, soon, waiting, draft = _setup(store)
    names = queries.company_names(store)

    def ids(text: str, **kw) -> set[int]:
        return set(queries.request_ids(store, queries.RequestQuery(text=text, **kw), names))

    assert ids("kochava") == {late, soon}
    assert ids("KOCH") == {late, soon}                  # case-insensitive
    assert ids("díaz") == {late, draft}                 # client name, accents kept
    assert ids("AT&T") == {draft}                       # the directory's display name
    assert ids("ko") == {late, soon}                    # shorter than a trigram
    reference = request_service.get_request(store, waiting).reference
    assert ids(reference.lower()) == {waiting}
    assert ids("nothing like this") == set()
    assert ids("", client_id=bo) == {soon, waiting}
    assert ids("", status="draft") == {draft}


def test_the_index_follows_renamed_clients_and_deleted_requests(store):
    ana, _bo, late, _soon, _waiting, draft = _setup(store)
    names = queries.company_names(store)
    client = client_service.get_client(store, ana)
    client.name = "Zelda Quintero"
    client_service.update_client(store, client)
    found = queries.request_ids(store, queries.RequestQuery(text="zelda"), names)
    assert set(found) == {late, draft}
    request_service.delete_draft(store, draft)
    assert queries.request_ids(store, queries.RequestQuery(text="zelda"), names) == [late]


def test_sorting_and_rows_in_the_order_asked(store):
    _ana, _bo, late, soon, waiting, draft = _setup(store)
    names = queries.company_names(store)
    by_client = queries.request_ids(store, queries.RequestQuery(sort="client"), names)
    assert by_client == [late, draft, soon, waiting]
    newest = queries.request_ids(store, queries.RequestQuery(descending=True), names)
    assert newest == [draft, waiting, soon, late]
    rows = queries.requests_with_clients(store, [waiting, late, 999])
    assert [(r.id, name) for r, name in rows] == [(waiting, "Bo Nguyen"), (late, "Ana Díaz")]
    assert queries.count_requests(store) == 4


def test_deadline_ids_and_counts_agree_with_the_row_rules(store):
    ana, bo, late, soon, waiting, _draft = _setup(store)
    names = queries.company_names(store)
    rows = {row.request.id: row for row in deadlines.list_deadlines(store)}
    assert deadlines.deadline_counts(store) == {
        category: sum(1 for r in rows.values() if r.category == category)
        for category in deadlines.CATEGORIES}
    for category in deadlines.CATEGORIES:
        wanted = deadlines.DeadlineQuery(category=category)
        assert set(deadlines.deadline_ids(store, wanted, names)) == {
            i for i, r in rows.items() if r.category == category}
    ordered = deadlines.deadline_ids(store, deadlines.DeadlineQuery(), names)
    assert ordered == list(rows)                          # earliest deadline first, as listed
    found = deadlines.deadline_ids(store, deadlines.DeadlineQuery(text="bo ", client_id=bo),
                                   names)
    assert set(found) == {soon, waiting}
    shown = deadlines.deadline_rows(store, [waiting, late], names)
    assert [(r.request.id, r.category) for r in shown] == [
        (waiting, rows[waiting].category), (late, "overdue")]
    assert deadlines.deadline_counts(store, client_id=ana)["overdue"] == 1


def test_every_word_must_match_somewhere(store):
    _ana, _bo, late, soon, waiting, draft = _setup(store)
    names = queries.company_names(store)

    def ids(text: str, **kw) -> set[int]:
        return set(queries.request_ids(store, queries.RequestQuery(text=text, **kw), names))

    assert ids("ana kochava") == {late}                  # client and company
    assert ids("  KOCHAVA   ana ") == {late}              # any order, case, spacing
    assert ids("díaz access") == {draft}                 # client and type
    assert ids("at&t díaz") == {draft}                   # the directory's display name
    assert ids("nguyen ve") == {waiting}                 # a word shorter than a trigram
    assert ids("ana verizon") == set()                   # each word alone matches, not both
    law = request_service.get_request(store, waiting).law
    short_name = queries.law_names()[law].split("/")[0].lower()  # "ccpa" for us-ca
    assert ids(f"{short_name} nguyen") == {soon, waiting}  # a law by the name the list shows
    # A word as the window shows a code ("borrador" for draft) finds that code's rows.
    spanish = {"borrador": ("draft",), "acceso": ("access",)}
    assert ids("borrador díaz", word_codes=spanish) == {draft}
    assert ids("acceso att", word_codes=spanish) == {draft}
    assert ids("borrador nguyen", word_codes=spanish) == set()


def test_like_wildcards_and_backslashes_are_plain_characters(store):
    _setup(store)
    odd = client_service.add_client(store, Client(name="Zed 100%_\\ Odd", state="CA")).id
    odd_request = request_service.new_request(store, odd, "kochava", "delete").id
    names = queries.company_names(store)

    def ids(text: str) -> set[int]:
        return set(queries.request_ids(store, queries.RequestQuery(text=text), names))

    for typed in ("%", "_", "\\", "0%_", "100%_\\", "%_ kochava", "\\ zed"):
        assert ids(typed) == {odd_request}, typed
    assert ids("o%") == set() and ids("a_b") == set() and ids('"') == set()
    pasted = " ".join(["zed"] * 3 + [f"w{i}" for i in range(1500)])  # no "too deep" error
    assert ids(pasted) == set()
