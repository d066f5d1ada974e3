"""Search ignores accents and case on both stores, as app.core.folding folds them: "jose" finds
José, "peña" finds Pena (requests, deadlines and clients), the request search still reads the
trigram index, and the window's in-memory filter finds what the store finds."""

from __future__ import annotations

import itertools
import string
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.folding import fold
from app.core.model import Client
from app.gui.common.kind_labels import REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS
from app.gui.requests.request_model import RequestRow, RequestTableModel
from app.services import client_queries, deadlines, tracking
from app.services import clients as client_service
from app.services import request_queries as queries
from app.services import requests as request_service

NAMES = ("José Peña", "JOSE PENA", "Muñoz Cañón", "Hernández", "Ana Lopez", "Óscar Núñez")
# The Spanish window's labels (resources/i18n/offmap_es.ts) of the codes the tests type.
SPANISH = {"Opt-out": "Exclusión", "Correct": "Corrección", "Overdue": "Vencida",
           "Draft": "Borrador", "Sent": "Enviada", "Delete": "Eliminación",
           "Appeal": "Apelación", "Access": "Acceso"}
# Letters people type with and without their accents: the accented ones fold to the plain one.
PLAIN = string.ascii_letters
ACCENTED = "áéíóúüñçàèìòùâêîôûãõäëïöÿÁÉÍÓÚÜÑÇÀÈÌÒÙÂÊÎÔÛÃÕÄËÏÖ"
_counter = itertools.count()


def _sent(store, client_id: int, company: str, kind: str = "delete") -> int:
    request = request_service.new_request(store, client_id, company, kind)
    tracking.mark_sent(store, request.id, via="email")
    return request.id


def _setup(store) -> dict[str, int]:
    """A request per client name (its only one), keyed by that name."""
    found = {}
    for name, company in zip(NAMES, itertools.cycle(("att", "kochava", "verizon")),
                             strict=False):
        client = client_service.add_client(store, Client(name=name, state="CA"))
        found[name] = _sent(store, client.id, company)
    return found


def _requests(store, text: str) -> set[int]:
    names = queries.company_names(store)
    return set(queries.request_ids(store, queries.RequestQuery(text=text), names))


@pytest.mark.parametrize(("typed", "named"), [
    ("jose", {"José Peña", "JOSE PENA"}), ("JOSÉ", {"José Peña", "JOSE PENA"}),
    ("josé pena", {"José Peña", "JOSE PENA"}), ("peña", {"José Peña", "JOSE PENA"}),
    ("munoz canon", {"Muñoz Cañón"}), ("MUÑOZ", {"Muñoz Cañón"}), ("cañon", {"Muñoz Cañón"}),
    ("hernandez", {"Hernández"}), ("HERNÁNDEZ", {"Hernández"}), ("lópez", {"Ana Lopez"}),
    ("oscar nunez", {"Óscar Núñez"}),
    # Shorter than a trigram (letters the random references never hold: I, L, O, U).
    ("ñu", {"Óscar Núñez"}), ("ÓS", {"José Peña", "JOSE PENA", "Óscar Núñez"}),
])
def test_names_with_and_without_accents_find_each_other(store, typed: str, named: set[str]):
    by_name = _setup(store)
    assert _requests(store, typed) == {by_name[name] for name in named}
    found = client_queries.client_ids(store, client_queries.ClientQuery(text=typed))
    assert {client_service.get_client(store, i).name for i in found} == named


def test_deadlines_search_ignores_accents(store):
    by_name = _setup(store)
    names = queries.company_names(store)
    for typed in ("NUNEZ oscar", "núñez ÓSCAR"):
        found = deadlines.deadline_ids(store, deadlines.DeadlineQuery(text=typed), names)
        assert found == [by_name["Óscar Núñez"]]


def test_company_names_are_matched_without_accents(store):
    by_name = _setup(store)
    names = {"att": "AT&T Telefónica", "kochava": "Kochava", "verizon": "Verizon"}
    for typed in ("telefonica", "TELEFÓNICA"):
        found = set(queries.request_ids(store, queries.RequestQuery(text=typed), names))
        assert found == {by_name["José Peña"], by_name["Hernández"]}


def test_a_renamed_client_is_found_by_its_new_name_without_accents(store):
    by_name = _setup(store)
    client = client_service.get_client(store, request_service.get_request(
        store, by_name["Hernández"]).client_id)
    client.name = "Begoña Ibáñez"
    client_service.update_client(store, client)
    assert _requests(store, "begona ibanez") == {by_name["Hernández"]}
    assert _requests(store, "hernandez") == set()


def test_signs_that_fold_into_like_wildcards_stay_plain_characters(store):
    """"％" folds to "%" and PostgreSQL's unaccent turns "∖" into a backslash: still plain
    characters to look for, not wildcards or a dangling escape."""
    _setup(store)  # other requests and clients, none of which these signs may find
    client = client_service.add_client(store, Client(name="Ana 100%_Ruiz", state="CA"))
    odd = _sent(store, client.id, "att", "opt-out")
    assert _requests(store, "０％＿") == {odd}
    for typed in ("∖", "a∖", "x∖∖y", "％％"):
        assert _requests(store, typed) == set()
        assert client_queries.client_ids(store, client_queries.ClientQuery(text=typed)) == []


def _variant(draw, letter: str) -> str:
    """`letter` or another letter folding to the same (an accent added, dropped or changed, or
    the other case)."""
    same = [other for other in PLAIN + ACCENTED if fold(other) == fold(letter)]
    return draw(st.sampled_from(same))


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_spelling_of_a_name_finds_it(store, data):
    letters = PLAIN + ACCENTED
    word = data.draw(st.text(alphabet=letters, min_size=3, max_size=12), label="word")
    unique = f"q{next(_counter)}z"  # no two examples' clients share a name
    client = client_service.add_client(store, Client(name=f"{word} {unique}", state="CA"))
    request_id = _sent(store, client.id, "kochava")
    start = data.draw(st.integers(0, len(word) - 1), label="start")
    end = data.draw(st.integers(start + 1, len(word)), label="end")
    typed = "".join(_variant(data.draw, letter) for letter in word[start:end])
    assert request_id in _requests(store, f"{typed} {unique}")
    assert client.id in client_queries.client_ids(
        store, client_queries.ClientQuery(text=f"{unique} {typed}"))


def _decomposed_latin_letters() -> str:
    """Every letter of Latin-1, Latin Extended-A/B and Latin Extended Additional made of an
    ASCII letter and accents: what a clinic's names are spelt with."""
    letters = []
    for code in itertools.chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        decomposed = unicodedata.normalize("NFD", chr(code))
        if (len(decomposed) > 1 and decomposed[0] in PLAIN
                and all(unicodedata.combining(mark) for mark in decomposed[1:])):
            letters.append(chr(code))
    return "".join(letters)


def test_the_store_folds_every_accented_latin_letter_as_the_window_does(store):
    """The store's own folding (SQLite's trigram index, PostgreSQL's unaccent) agrees with
    app.core.folding on every accented Latin letter, so a list filtered in memory and one
    filtered by the store find the same rows."""
    letters = _decomposed_latin_letters()
    assert len(letters) > 400
    # Each letter after a number of its own ("007é"), which the random references cannot hold
    # (no 0 or 1 in them): only that letter, folded, can be found by "007e".
    tagged = [(f"{number:03d}", letter) for number, letter in enumerate(letters)]
    missed = []
    for start in range(0, len(tagged), 40):  # a client's name holds 200 characters at most
        chunk = tagged[start:start + 40]
        client = client_service.add_client(store, Client(
            name=" ".join(tag + letter for tag, letter in chunk), state="CA"))
        request_id = _sent(store, client.id, "kochava")
        missed += [letter for tag, letter in chunk
                   if _requests(store, tag + fold(letter)) != {request_id}]
    # SQLite's table of diacritics lacks A with dot above and macron (Livonian), nothing else.
    assert missed == ([] if store.backend == "postgresql" else ["Ǡ", "ǡ"])


def test_a_search_still_reads_the_trigram_index(store):
    _setup(store)
    names = queries.company_names(store)
    where, args = queries.text_condition("josé", names, backend=store.backend)
    sql = f"SELECT r.id FROM requests r WHERE {where}"
    if store.backend == "postgresql":
        store.conn.execute("SET enable_seqscan = off")  # a few rows: make it show what it can use
        plan = " ".join(str(row[0]) for row in store.conn.execute(f"EXPLAIN {sql}", args))
        store.conn.execute("RESET enable_seqscan")
        assert "Index Scan on request_search_body" in plan, plan
        return
    plan = " ".join(str(tuple(row)) for row in store.conn.execute(
        f"EXPLAIN QUERY PLAN {sql}", args))
    assert "VIRTUAL TABLE INDEX" in plan and "request_search" in plan, plan
    assert "SEARCH r USING INTEGER PRIMARY KEY" in plan, plan  # no row read to be tested


def _spanish_model() -> RequestTableModel:
    model = RequestTableModel()
    model.tr = lambda text, *_: SPANISH.get(text, text)  # type: ignore[method-assign]
    return model


@pytest.mark.parametrize("typed", ["jose", "JOSÉ", "pena", "peña", "munoz", "cañon eliminacion",
                                   "ELIMINACIÓN", "enviada", "hernandez at&t", "oscar",
                                   "nú", "ñ", "exclusion", "óscar exclusión", "telefónica",
                                   "kochava lopez", "ccpa", "eliminación kochava"])
def test_the_windows_memory_filter_finds_what_the_store_finds(store, typed: str):
    by_name = _setup(store)
    client = client_service.get_client(store, request_service.get_request(
        store, by_name["Óscar Núñez"]).client_id)
    opt_out = _sent(store, client.id, "att", "opt-out")
    names = dict(queries.company_names(store), att="AT&T Telefónica")
    ids = [*by_name.values(), opt_out]
    rows = [RequestRow(request, client_name, names.get(request.company, request.company))
            for request, client_name in queries.requests_with_clients(store, ids)]
    model = _spanish_model()
    assert model.SEARCH_LABELS == {**REQUEST_TYPE_LABELS, **REQUEST_STATUS_LABELS}
    model.set_rows(rows)
    model.set_filters(text=typed)
    in_memory = set(model.visible_ids())
    query = model.text_changes(typed)
    in_store = set(queries.request_ids(store, queries.RequestQuery(
        text=query["text"], word_codes=query["word_codes"]), names))
    assert in_memory == in_store
    assert in_store


def test_an_old_store_is_made_accent_blind_by_its_migration(home, store_backend, request,
                                                            monkeypatch):
    """A store written before ACCENT_BLIND_SEARCH (its requests already indexed, accents and
    all) finds them without accents once migrated, and its triggers keep the new index."""
    import app.store.connection as connection
    import app.store.postgres as postgres
    from app.store import migrations, open_store

    before = migrations.MIGRATIONS[:-1]
    assert migrations.MIGRATIONS[-1] == migrations.ACCENT_BLIND_SEARCH
    module, url = connection, None
    if store_backend == "postgresql":
        from tests.pg_server import SUPERUSER_PASSWORD

        server = request.getfixturevalue("pg_server")
        database = server.new_database(template="template0")  # empty: no schema yet
        request.addfinalizer(lambda: server.drop_database(database))
        url, module = server.url(database), postgres
        monkeypatch.setenv("PGPASSWORD", SUPERUSER_PASSWORD)
        monkeypatch.setattr(connection, "_server_url", url)
    with monkeypatch.context() as old:
        old.setattr(module, "MIGRATIONS", before)
        old.setattr(module, "LATEST_VERSION", len(before))
        store = open_store(home)
        assert store.schema_version() == len(before)
        by_name = _setup(store)
        bodies = " ".join(row[0] for row in store.conn.execute("SELECT body FROM request_search"))
        assert "José Peña" in bodies  # indexed as written, accents and all
        store.close()
    store = open_store(home)
    try:
        assert store.schema_version() == migrations.LATEST_VERSION
        assert _requests(store, "jose") == {by_name["José Peña"], by_name["JOSE PENA"]}
        assert _requests(store, "ñu") == {by_name["Óscar Núñez"]}
        client = client_service.add_client(store, Client(name="Begoña Ibáñez", state="CA"))
        added = _sent(store, client.id, "att", "opt-out")
        assert _requests(store, "begona IBANEZ") == {added}
    finally:
        store.close()
