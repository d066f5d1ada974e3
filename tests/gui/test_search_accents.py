"""The window's own text filters ignore accents and case as the stores' searches do: the bulk
opt-out dialog's client filter and the filter proxy it uses."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.model import Client
from app.gui.clients.bulk_dialog import BulkOptOutDialog
from app.gui.common.proxy import FoldedSearchProxy
from app.services import clients as client_service


def _shown(proxy: FoldedSearchProxy, column: int = 0) -> list[str]:
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_the_proxy_finds_every_word_without_accents_or_case(qtbot):
    source = QStandardItemModel()
    for name, state in (("José Peña", "CA"), ("JOSE PENA", "NY"), ("Muñoz Cañón", "CA"),
                        ("Ana López", "TX")):
        source.appendRow([QStandardItem(name), QStandardItem(state)])
    proxy = FoldedSearchProxy()
    proxy.setSourceModel(source)
    proxy.setFilterKeyColumn(0)
    proxy.set_search_text("peña")
    assert _shown(proxy) == ["José Peña", "JOSE PENA"]
    proxy.set_search_text("  MUNOZ cañon ")
    assert _shown(proxy) == ["Muñoz Cañón"]
    proxy.set_search_text("lopez ca")  # "ca" is in another column, not searched here
    assert _shown(proxy) == []
    proxy.setFilterKeyColumn(-1)
    proxy.set_search_text("lopez tx")
    assert _shown(proxy) == ["Ana López"]
    proxy.set_search_text("")
    assert proxy.rowCount() == 4


def test_the_bulk_dialog_filters_clients_without_accents(window):
    store = window.ctx.store
    pena = client_service.add_client(store, Client(name="José Peña", state="CA")).id
    client_service.add_client(store, Client(name="Ana Ruiz", state="CA"))
    dialog = BulkOptOutDialog(window.ctx, window, [pena])
    dialog.search.setText("jose pena")
    assert _shown(dialog.proxy) == ["José Peña"]
    dialog.search.setText("RUÍZ")
    assert _shown(dialog.proxy) == ["Ana Ruiz"]
