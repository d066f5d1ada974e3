"""Search in the interface's language: in Spanish, a status, type or kind typed as the lists
show it ("borrador", "vencida", "operador") finds the rows, as the English codes do."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.model import Client
from app.gui.common.kind_labels import REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS
from app.gui.common.label_search import codes_by_word, codes_named, folded
from app.services import clients as client_service
from app.services import requests as request_service
from app.services import tracking


def test_words_fold_case_and_accents_and_name_codes():
    assert folded("  Vencída  ") == "vencida"
    spanish = {"Draft": "Borrador", "Overdue": "Vencida", "Sent": "Enviada"}.get
    assert codes_named("borrador", REQUEST_STATUS_LABELS, lambda s: spanish(s, s)) == ("draft",)
    assert codes_named("VENCIDA", REQUEST_STATUS_LABELS, lambda s: spanish(s, s)) == ("overdue",)
    assert codes_named("partly", REQUEST_STATUS_LABELS, str) == ("partial",)  # English label
    assert codes_named("en", REQUEST_STATUS_LABELS, lambda s: spanish(s, s)) == ()  # too short


def test_each_word_names_its_own_codes():
    spanish = {"Draft": "Borrador", "Overdue": "Vencida", "Not delivered": "No entregada"}.get
    labels = {**REQUEST_STATUS_LABELS, **REQUEST_TYPE_LABELS}
    found = codes_by_word("Vencida  VERIZON borrador", labels, lambda s: spanish(s, s))
    assert found == {"vencida": ("overdue",), "borrador": ("draft",)}  # "verizon" names none
    # A short word names only labels having it as a whole word.
    assert codes_by_word("no", labels, lambda s: spanish(s, s)) == {"no": ("bounced",)}
    assert codes_by_word("ve", labels, lambda s: spanish(s, s)) == {}


@pytest.fixture
def spanish(qtbot, qapp, home):
    from app.gui.common import i18n
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.ctx.store.close()
    i18n.apply_language(qapp, "en")


def _requests(store) -> tuple[int, int, int]:
    client = client_service.add_client(store, Client(
        name="Ana López", emails=["ana@example.org"], state="CA", country="US"))
    draft = request_service.new_request(store, client.id, "att", "delete").id
    late = request_service.new_request(store, client.id, "verizon", "access").id
    tracking.mark_sent(store, late, on="2026-01-15")
    waiting = request_service.new_request(store, client.id, "kochava", "delete").id
    tracking.mark_sent(store, waiting, on=date.today())
    return draft, late, waiting


def _shown(page) -> set[int]:
    model = page.model
    return {model.row_at(i).request.id for i in range(model.rowCount())}


def test_requests_and_deadlines_find_spanish_words(spanish, qtbot):
    window = spanish
    draft, late, waiting = _requests(window.ctx.store)
    window.ctx.bus.requests_changed.emit()
    window.show_page("requests")
    requests = window.page("requests")
    requests.reload()
    qtbot.waitUntil(lambda: requests.model.rowCount() == 3)
    for typed, expected in (("borrador", {draft}), ("Vencida", {late}),
                            ("acceso", {late}), ("ana", {draft, late, waiting})):
        requests.search.setText(typed)
        qtbot.waitUntil(lambda e=expected: _shown(requests) == e, timeout=3000)
    requests.search.setText("draft")  # the English code still finds them
    qtbot.waitUntil(lambda: _shown(requests) == {draft}, timeout=3000)
    # Several words: every one must match something the row shows.
    for typed, expected in (("vencida verizon", {late}), ("borrador at&t", {draft}),
                            ("López acceso", {late}), ("ana  enviada", {waiting}),
                            ("borrador verizon", set())):
        requests.search.setText(typed)
        qtbot.waitUntil(lambda e=expected: _shown(requests) == e, timeout=3000)
    requests.search.clear()

    window.show_page("deadlines")
    deadlines = window.page("deadlines")
    deadlines.reload()
    qtbot.waitUntil(lambda: deadlines.model.rowCount() == 2)
    deadlines.search.setText("vencida")
    qtbot.waitUntil(lambda: _shown(deadlines) == {late}, timeout=3000)
    deadlines.search.setText("enviada")
    qtbot.waitUntil(lambda: _shown(deadlines) == {waiting}, timeout=3000)
    # Several words on Deadlines too: a status word as shown plus a company or a name.
    for typed, expected in (("vencida verizon", {late}), ("vencida kochava", set()),
                            ("López enviada", {waiting}), ("ana verizon", {late})):
        deadlines.search.setText(typed)
        qtbot.waitUntil(lambda e=expected: _shown(deadlines) == e, timeout=3000)


def test_directory_finds_a_kind_as_shown(spanish, qtbot):
    window = spanish
    window.show_page("directory")
    page = window.page("directory")
    page.search.setText("operador")
    proxy = page.proxy
    kinds = {proxy.data(proxy.index(row, 0), page.model.CompanyRole).kind
             for row in range(proxy.rowCount())}
    assert proxy.rowCount() > 3 and kinds == {"carrier"}


def test_directory_matches_every_word_in_any_shown_column(spanish, qtbot):
    window = spanish
    window.show_page("directory")
    page = window.page("directory")
    proxy = page.proxy

    def shown() -> list:
        return [proxy.data(proxy.index(row, 0), page.model.CompanyRole)
                for row in range(proxy.rowCount())]

    page.search.setText("operador verizon")  # a kind as shown in Spanish, and a name
    found = shown()
    assert found and {c.kind for c in found} == {"carrier"}
    assert all("verizon" in " ".join((c.name, c.slug, *c.aliases, *c.brands)).lower()
               for c in found)
    page.search.setText("verizon operador")
    assert shown() == found
    page.search.setText("operador kochava")  # Kochava is no carrier
    assert shown() == []
    page.search.setText("verizon wireless")  # a name of two words still finds it
    assert "verizon" in {c.slug for c in shown()}
