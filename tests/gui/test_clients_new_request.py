"""The Clients page's "New request…" opens the Requests page's New request flow for the selected
client (the page reaches the Requests page through the window, without importing the shell)."""

from __future__ import annotations

from app.core.model import Client
from app.gui.requests import requests_page
from app.services import clients as client_service


def test_new_request_on_the_clients_page_opens_the_flow_for_the_selected_client(
        window, monkeypatch):
    client_service.add_client(window.ctx.store, Client(name="Bea Ruiz", state="CA",
                                                       country="US"))
    chosen = client_service.add_client(window.ctx.store, Client(name="Ana Díaz", state="CA",
                                                                country="US"))
    opened: list[int | None] = []
    monkeypatch.setattr(requests_page.NewRequestDialog, "exec",
                        lambda dialog: opened.append(dialog.client_id()) or 0)
    clients = window.page("clients")
    clients.reload()
    clients.select(chosen.id)
    assert clients.selected_client().id == chosen.id
    clients.new_request()
    assert opened == [chosen.id]
    assert window.stack.currentWidget() is window.page("requests")
