"""The Requests list opens newest first with no column's arrow; the Reference header sorts by
reference (not by creation), and a third click on a header goes back to newest first."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.core.model import Client
from app.services import clients as client_service
from app.services import requests as request_service


def _click(qtbot, header, column: int) -> None:
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def _shown_ids(page) -> list[int]:
    return [page.model.row_at(row).request.id for row in range(page.model.rowCount())]


def test_reference_sorts_by_reference_and_the_default_is_newest_first(window, qtbot):
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    created = [request_service.new_request(store, client.id, company, "delete")
               for company in ("att", "kochava", "verizon", "t-mobile", "safegraph")]
    window.show_page("requests")
    page = window.page("requests")
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == len(created))
    header = page.table.horizontalHeader()
    newest = [r.id for r in reversed(created)]
    assert _shown_ids(page) == newest and header.sortIndicatorSection() == -1

    _click(qtbot, header, 0)  # Reference, A to Z
    by_reference = [r.id for r in sorted(created, key=lambda r: r.reference)]
    qtbot.waitUntil(lambda: _shown_ids(page) == by_reference)
    assert header.sortIndicatorSection() == 0
    _click(qtbot, header, 0)  # Z to A
    qtbot.waitUntil(lambda: _shown_ids(page) == by_reference[::-1])
    _click(qtbot, header, 0)  # back to newest first, no arrow
    qtbot.waitUntil(lambda: _shown_ids(page) == newest)
    assert header.sortIndicatorSection() == -1
