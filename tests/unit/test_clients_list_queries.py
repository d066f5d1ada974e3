"""The Clients list's queries (ids in order from SQL, records a page at a time), on both stores."""

from __future__ import annotations

from app.core.model import Client
from app.services import client_queries as queries
from app.services import clients as client_service


def _add(store, name: str, phone: str = "", email: str = "", state: str = "",
         archived: bool = False) -> int:
    client = client_service.add_client(store, Client(
        name=name, phones=[phone] if phone else [], emails=[email] if email else [],
        state=state))
    if archived:
        client_service.set_archived(store, client.id, True)
    return client.id


def test_ids_follow_the_name_order_case_insensitively(store):
    bea = _add(store, "bea López")
    ana = _add(store, "Ana Díaz")
    carla = _add(store, "Carla Ruiz")
    assert queries.client_ids(store, queries.ClientQuery()) == [ana, bea, carla]
    assert queries.client_ids(store, queries.ClientQuery(descending=True)) == [carla, bea, ana]


def test_search_matches_name_email_state_and_phone_digits(store):
    ana = _add(store, "Ana Díaz", phone="+1 415 555 0100", email="ana@example.org", state="CA")
    bea = _add(store, "Bea López", phone="+1 212 555 0199", state="NY")
    found = {text: queries.client_ids(store, queries.ClientQuery(text=text))
             for text in ("lóp", "ANA@EXAMPLE", "ny", "555-0100", "(415) 555", "555", "zzz")}
    assert found == {"lóp": [bea], "ANA@EXAMPLE": [ana], "ny": [bea], "555-0100": [ana],
                     "(415) 555": [ana], "555": [ana, bea], "zzz": []}


def test_percent_and_underscore_are_searched_literally(store):
    odd = _add(store, "100% Honest_Name")
    _add(store, "Plain Name")
    assert queries.client_ids(store, queries.ClientQuery(text="%")) == [odd]
    assert queries.client_ids(store, queries.ClientQuery(text="t_N")) == [odd]


def test_every_word_must_match_some_column(store):
    ana = _add(store, "Ana Díaz", phone="+1 415 555 0100", email="ana@example.org", state="CA")
    bea = _add(store, "Bea López", email="bea@example.org", state="NY")
    ana_ny = _add(store, "Ana Ruiz", state="NY")

    def found(text: str) -> list[int]:
        return queries.client_ids(store, queries.ClientQuery(text=text))

    assert found("ana ny") == [ana_ny]                     # name and state
    assert found("  NY   ana ") == [ana_ny]                # any order, case and spacing
    assert found("lópez example") == [bea]                 # name and e-mail
    assert found("ana 415") == [ana]                       # name and phone
    assert found("ana") == [ana, ana_ny]
    assert found("ana zzz") == []                          # one word matching nothing


def test_a_backslash_is_searched_literally(store):
    odd = _add(store, "Back\\slash Name")
    _add(store, "Plain Name")
    assert queries.client_ids(store, queries.ClientQuery(text="\\")) == [odd]
    assert queries.client_ids(store, queries.ClientQuery(text="k\\s name")) == [odd]


def test_archived_clients_are_left_out_when_asked(store):
    kept = _add(store, "Kept")
    _add(store, "Old", archived=True)
    assert queries.client_ids(store, queries.ClientQuery(include_archived=False)) == [kept]
    assert queries.count_clients(store) == 2


def test_records_come_back_in_the_order_asked_and_deleted_ones_are_left_out(store):
    first, second, third = (_add(store, name) for name in ("A", "B", "C"))
    client_service.delete_client(store, second)
    rows = queries.clients_by_ids(store, [third, second, first])
    assert [c.id for c in rows] == [third, first]
    assert queries.clients_by_ids(store, []) == []


def test_the_service_listing_searches_as_the_window_does(store):
    odd = _add(store, "100% Odd_Name", state="NY")
    ana = _add(store, "Ana Díaz", state="CA")
    _add(store, "Old Ana", state="NY", archived=True)
    names = [c.name for c in client_service.list_clients(store, "ana ca")]
    assert names == ["Ana Díaz"]
    assert [c.id for c in client_service.list_clients(store, "%")] == [odd]
    assert [c.id for c in client_service.list_clients(store, "ana", include_archived=False)] \
        == [ana]
    assert len(client_service.list_clients(store)) == 3
