"""Searching the Clients list on each key keeps the client on show when the search still lists
them, without reading their details again; a search that drops them shows the first match; an
edit made meanwhile still shows."""

from __future__ import annotations

from dataclasses import replace

from app.core.model import Client
from app.services import clients as client_service
from app.services import holdings as holding_service


def _page_with(window, *names: str):
    store = window.ctx.store
    clients = [client_service.add_client(store, Client(name=name)) for name in names]
    window.ctx.bus.clients_changed.emit()
    return window.page("clients"), clients


def test_a_search_still_listing_the_client_on_show_reads_nothing_again(window, monkeypatch):
    page, (ana, _bea) = _page_with(window, "Ana Díaz", "Bea López")
    holding_service.add_holding(window.ctx.store, ana.id, "att", ["cell-site"])
    page.select(ana.id)
    page.holdings.reload()
    shown: list[int] = []
    window.ctx.bus.client_selected.connect(shown.append)
    reads: list[int] = []
    real = holding_service.list_holdings
    monkeypatch.setattr(holding_service, "list_holdings",
                        lambda store, client_id: reads.append(client_id) or real(store, client_id))

    for text in ("a", "an", "ana", "ana d"):
        page.search.setText(text)

    assert page.selected_id() == ana.id and page.detail.client.id == ana.id
    assert page.holdings.model.row_count() == 1 and page.holdings.add_button.isEnabled()
    assert shown == [] and reads == []


def test_a_search_dropping_the_client_on_show_shows_the_first_match(window):
    page, (ana, bea) = _page_with(window, "Ana Díaz", "Bea López")
    holding_service.add_holding(window.ctx.store, bea.id, "att", ["cell-site"])
    page.select(ana.id)
    shown: list[int] = []
    window.ctx.bus.client_selected.connect(shown.append)

    page.search.setText("lópez")

    assert page.selected_id() == bea.id and page.detail.client.id == bea.id
    assert page.holdings.client_id == bea.id and page.holdings.model.row_count() == 1
    assert shown == [bea.id]
    page.search.setText("")  # Bea is still listed: she stays on show
    assert page.detail.client.id == bea.id and shown == [bea.id]


def test_an_edit_of_the_client_on_show_is_shown(window):
    page, (ana,) = _page_with(window, "Ana Díaz")
    page.select(ana.id)
    page.search.setText("ana")
    saved = client_service.get_client(window.ctx.store, ana.id)
    client_service.update_client(window.ctx.store, replace(saved, state="CA"))
    window.ctx.bus.clients_changed.emit()
    assert page.detail.client.state == "CA"
    assert "CA" in page.detail.body.text()
