"""When the Clients list selects no one (a search that matches nobody), the page shows no
client's holdings and offers no holding actions: "No client selected" above the previous
client's companies, with Add holding still working on that hidden client, misled the user."""

from __future__ import annotations

from app.core.model import Client
from app.services import clients as client_service
from app.services import holdings as holding_service


def test_a_search_matching_nobody_clears_the_holdings_and_their_actions(window):
    store = window.ctx.store
    ana = client_service.add_client(store, Client(name="Ana Díaz"))
    client_service.add_client(store, Client(name="Bea López"))
    holding_service.add_holding(store, ana.id, "att", ["cell-site"])
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(ana.id)
    holdings = page.holdings
    assert holdings.model.row_count() == 1  # Ana's AT&T holding is shown

    page.search.setText("nobody by this name")

    assert page.proxy.rowCount() == 0
    assert page.detail.client is None
    assert holdings.model.row_count() == 0
    assert not any(button.isEnabled() for button in
                   (holdings.phone_button, holdings.apps_button, holdings.add_button))
    assert page.audit.client_id is None


def test_clearing_the_search_selects_and_shows_a_client_again(window):
    store = window.ctx.store
    ana = client_service.add_client(store, Client(name="Ana Díaz"))
    holding_service.add_holding(store, ana.id, "att", ["cell-site"])
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    page.select(ana.id)
    page.search.setText("nobody by this name")
    page.search.setText("")
    assert page.detail.client is not None and page.detail.client.id == ana.id
    assert page.holdings.model.row_count() == 1
    assert page.holdings.add_button.isEnabled()
