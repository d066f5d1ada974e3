"""Room to work: the first size comes from the screen, the Requests list shows status and due
date at the default size, columns fit a sample of their content, the sidebar fits its longest
label and badge, menu buttons keep their label, and splitters are remembered."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QSplitter, QStyle

from app.core.model import Client
from app.gui.common.window_layout import PREFERRED_SIZE, SCREEN_SHARE, first_size
from app.gui.shell.launch import build_main_window
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service


def _client_with_requests(window) -> int:
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana López", emails=["ana.lopez@example.org"], phones=["+1 415 555 0100"],
        state="CA"))
    holding_service.add_holding(store, client.id, "metro-by-t-mobile", ["precise-location"])
    holding_service.add_holding(store, client.id, "locationsmart", ["precise-location"])
    for slug in ("metro-by-t-mobile", "locationsmart"):
        request_service.new_request(store, client.id, slug, "delete")
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    return client.id


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        self.area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.area


def test_first_size_fits_the_screens_available_area(window, monkeypatch):
    needs = window.minimumSizeHint()
    monkeypatch.setattr(window, "screen", lambda: _Screen(1366, 728))  # a laptop with a panel
    size = first_size(window)
    assert size.width() <= 1366 * SCREEN_SHARE and size.height() <= 728 * SCREEN_SHARE
    assert size.width() >= needs.width() and size.height() >= needs.height()
    monkeypatch.setattr(window, "screen", lambda: _Screen(2560, 1440))
    assert first_size(window) == PREFERRED_SIZE.expandedTo(needs)  # not a giant window
    monkeypatch.setattr(window, "screen", lambda: _Screen(800, 600))
    assert first_size(window).width() >= needs.width()  # too small a screen: labels not cut


def test_requests_list_shows_status_and_due_at_the_default_size(window, qtbot):
    _client_with_requests(window)
    window.resize(1140, 700)
    window.show_page("requests")
    page = window.page("requests")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    header = page.table.horizontalHeader()
    visible = page.table.viewport().width()
    for column in (5, 7):  # Status, Due
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= visible
    assert page.model.index(0, 4).data() != "us-ca"  # the law by its name, not its id


def test_columns_fit_their_content_and_the_menu_button_its_label(window, qtbot):
    client_id = _client_with_requests(window)
    window.resize(1280, 800)  # the preferred first size, on a screen with room for it
    window.show_page("clients")
    clients = window.page("clients")
    clients.select(client_id)
    qtbot.wait(50)
    table = clients.holdings.table
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for row in range(table.model().rowCount()):
        kind = table.model().index(row, 1).data()
        assert header.sectionSize(1) >= metrics.horizontalAdvance(kind), kind
    button = clients.clinic_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.width() >= button.sizeHint().width() + arrow


def test_sidebar_fits_its_longest_label_and_badge(window):
    before = window.sidebar.width()
    item = window.sidebar.item(2)
    title = item.text()
    item.setText(title + "  (2367)")
    assert window.sidebar.width() >= window.sidebar.sizeHintForColumn(0)
    assert not window.sidebar.horizontalScrollBar().isVisible()
    assert window.sidebar.width() == before  # room for the badge from the start: no jump
    item.setText(title + "  (23679)")  # a store of 200,000 requests: wider, never cut
    assert window.sidebar.width() >= window.sidebar.sizeHintForColumn(0)


def test_menu_arrows_have_room_apart_from_the_label(window, qtbot):
    window.show_page("directory")
    button = window.page("directory").more
    qtbot.wait(10)
    image = button.grab().toImage()
    width, height = image.width(), image.height()
    background = image.pixelColor(width // 2, 3).lightness()
    inked = sorted({x for x in range(3, width - 3) for y in range(3, height - 3)
                    if abs(image.pixelColor(x, y).lightness() - background) > 60})
    # The arrow: the last run of inked columns, apart from the label by a gap.
    runs: list[list[int]] = []
    for x in inked:
        if runs and x - runs[-1][-1] <= 2:
            runs[-1].append(x)
        else:
            runs.append([x])
    arrow = runs[-1]
    assert arrow[0] - runs[-2][-1] >= 5, "arrow tight against the label"
    assert width - arrow[-1] >= 6, "arrow tight against the frame"
    rows = [y for y in range(height) for x in arrow
            if abs(image.pixelColor(x, y).lightness() - background) > 60]
    middle = (min(rows) + max(rows)) / 2
    assert abs(middle - height / 2) <= 3, "arrow in the bottom corner, not centred"


def test_splitters_are_remembered(window, home, qtbot):
    _client_with_requests(window)
    window.show_page("clients")
    splitter = window.page("clients").findChildren(QSplitter)[0]
    total = sum(splitter.sizes())
    splitter.setSizes([total // 3, total - total // 3])
    wanted = splitter.sizes()
    window.close()
    window.ctx.store.close()
    again = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(again)
    again.resize(window.size())
    again.show()
    restored = again.page("clients").findChildren(QSplitter)[0]
    assert abs(restored.sizes()[0] - wanted[0]) <= 2
    again.ctx.store.close()


def test_deadlines_open_on_the_first_request_with_its_timeline(window, qtbot):
    from app.services import tracking

    _client_with_requests(window)
    for request in request_service.list_requests(window.ctx.store):
        tracking.mark_sent(window.ctx.store, request.id)
    window.ctx.bus.requests_changed.emit()
    window.show_page("deadlines")
    page = window.page("deadlines")
    qtbot.waitUntil(lambda: page.selected_request_id() is not None)
    assert page.timeline.request_id == page.selected_request_id()


def test_search_hints_are_not_cut_at_the_default_size(window, qtbot):
    from PySide6.QtWidgets import QLineEdit

    _client_with_requests(window)
    window.resize(first_size(window))
    cut = []
    for key in ("clients", "requests", "deadlines", "replies", "directory"):
        window.show_page(key)
        qtbot.wait(10)
        for edit in window.page(key).findChildren(QLineEdit):
            hint = edit.placeholderText()
            if not hint or not edit.isVisible():
                continue
            margins = edit.textMargins()
            room = edit.width() - margins.left() - margins.right() - 8  # frame and padding
            if edit.fontMetrics().horizontalAdvance(hint) > room:
                cut.append(f"{key}: {hint!r} in {edit.width()} px")
    assert not cut, cut
