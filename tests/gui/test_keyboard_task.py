"""The whole task done with the keyboard alone, in the real window: from an empty home, add a
client, add their phone service, accept the suggestions, draft the requests, preview a letter,
export it as PDF and log the company's reply. Every step is a key press on the focused widget
(never a click): a step that needs the mouse fails here. Also: page shortcuts put the focus on
the page's main control."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from app.gui.shell.pages import PAGES

STEP_TIMEOUT_MS = 10_000
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _target() -> QWidget:
    target = (QApplication.activePopupWidget() or QApplication.focusWidget()
              or QApplication.activeModalWidget() or QApplication.activeWindow())
    assert target is not None, "nothing has the keyboard focus"
    return target


def press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """One key press, delivered to whatever has the focus (as the keyboard would)."""
    qtbot.keyClick(_target(), key, modifier)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(_target(), text)


def tab_to(qtbot, widget: QWidget, limit: int = 40) -> None:
    """Presses Tab until `widget` has the focus (fails if Tab never gets there)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, \
        f"Tab never reached {widget.accessibleName() or type(widget).__name__}"


def when_modal(kind: type, handle: Callable[[QWidget], None], timeout: float = 10) -> None:
    """Runs `handle` on the modal dialog of type `kind` once it shows (the key press that
    opens it blocks in the dialog's own event loop)."""
    deadline = time.monotonic() + timeout

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            if QApplication.activeWindow() is not dialog:
                dialog.activateWindow()  # the window manager's part (see back_to)
            for _ in range(100):
                if QApplication.activeWindow() is dialog:
                    break
                QTest.qWait(20)
            try:
                handle(dialog)
            except BaseException:
                dialog.reject()  # a failed step must not leave the test waiting in the dialog
                raise
            # Tied to the dialog: no check once it is gone.
            QTimer.singleShot(STEP_TIMEOUT_MS, dialog, lambda: still_open(dialog))
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, check)

    def still_open(dialog: QWidget) -> None:
        if dialog.isVisible():
            dialog.reject()
            raise AssertionError(f"{kind.__name__} did not close with the keys pressed")

    QTimer.singleShot(0, check)


def back_to(qtbot, window) -> None:
    # The offscreen platform does not give the activation back when a dialog closes (a
    # desktop does); this is no user action, only the window manager's part.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.fixture
def ready(window, qtbot):
    back_to(qtbot, window)
    return window


def test_page_shortcuts_focus_the_main_control(ready, qtbot):
    from app.core.model import Client
    from app.services import clients as client_service
    from app.services import holdings as holding_service
    from app.services import requests as request_service
    from app.services import tracking

    window = ready
    press(qtbot, Qt.Key.Key_1, CTRL)  # an empty home: the first control of the empty state
    page = window.page("clients")
    assert QApplication.focusWidget() is not None
    assert page.isAncestorOf(QApplication.focusWidget())
    press(qtbot, Qt.Key.Key_3, CTRL)  # nothing waits for an answer: no control to focus
    assert QApplication.focusWidget() is window.sidebar
    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Ana Lopez", state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    tracking.mark_sent(store, request_service.new_request(store, client.id, "att", "delete").id)
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    deadlines = window.page("deadlines")
    qtbot.waitUntil(lambda: deadlines.stack.currentWidget() is deadlines.content)
    for number, spec in enumerate(PAGES):
        key = Qt.Key(Qt.Key.Key_0.value + int(spec.shortcut[-1]))
        press(qtbot, key, CTRL)
        assert window.current_page_key() == spec.key
        page = window.page(spec.key)
        focus = QApplication.focusWidget()
        if spec.focus:
            assert focus is getattr(page, spec.focus), (number, spec.key)
        else:
            assert focus is not None and page.isAncestorOf(focus), spec.key
    press(qtbot, Qt.Key.Key_3, CTRL)
    assert QApplication.focusWidget() is window.page("deadlines").search


def test_add_client_to_logged_reply_with_the_keyboard_only(ready, qtbot, monkeypatch,
                                                           tmp_path: Path):
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.clients.holdings_wizard import HoldingsWizard
    from app.gui.requests.event_dialog import EventDialog
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.services import requests as request_service
    from app.services import tracking

    window = ready
    started = time.monotonic()
    store = window.ctx.store
    clients = window.page("clients")

    # 1. A new client: Ctrl+N, type the name, Tab to the e-mail and the state, Enter.
    def fill_client(dialog: ClientDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
        type_text(qtbot, "Kim Keyboard")
        tab_to(qtbot, dialog.emails)
        type_text(qtbot, "kim@example.org")
        tab_to(qtbot, dialog.phones)
        type_text(qtbot, "+1 415 555 0134")
        tab_to(qtbot, dialog.state)
        type_text(qtbot, "CA")
        press(qtbot, Qt.Key.Key_Return)

    when_modal(ClientDialog, fill_client)
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1)
    client = clients.selected_client()
    assert client is not None and client.name == "Kim Keyboard"
    back_to(qtbot, window)

    # 2. Their phone service: Alt+P opens the wizard; type the carrier, Enter (Next), Enter
    # (Finish) accepts every suggestion. The focus then lands on the new holdings.
    press(qtbot, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HoldingsWizard))
    wizard = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wizard.pick.search)
    type_text(qtbot, "cricket")
    assert wizard.pick.chosen().slug == "cricket-wireless"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.review)
    suggested = [p.slug for p in wizard.review.model.proposals]
    assert {"cricket-wireless", "att"} <= set(suggested)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    back_to(qtbot, window)
    holdings = clients.holdings
    qtbot.waitUntil(lambda: QApplication.focusWidget() is holdings.table)
    assert holdings.model.rowCount() == len(suggested)

    # 3. New requests: Alt+R; Tab through the form into "Letters to draft" (and out of it),
    # arrows pick a letter to preview, Alt+S saves the drafts.
    ready_letters: list[int] = []

    def draft(dialog: NewRequestDialog) -> None:
        qtbot.waitUntil(lambda: dialog.plan_model.rowCount() >= len(suggested))
        ready_letters.append(len(dialog.plan_model.ready_rows()))
        tab_to(qtbot, dialog.plan_view)
        press(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(lambda: "Kim Keyboard" in dialog.preview.toPlainText(), timeout=10_000)
        press(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not dialog.plan_view  # Tab leaves the table
        press(qtbot, Qt.Key.Key_P, ALT)  # the preview, to scroll it
        assert QApplication.focusWidget() is dialog.preview
        press(qtbot, Qt.Key.Key_D, ALT)  # back to the letters
        assert QApplication.focusWidget() is dialog.plan_view
        press(qtbot, Qt.Key.Key_S, ALT)

    when_modal(NewRequestDialog, draft)
    press(qtbot, Qt.Key.Key_R, ALT)  # the button clicks a moment later; its dialog then runs
    qtbot.waitUntil(lambda: bool(request_service.list_requests(store, client_id=client.id)),
                    timeout=20_000)
    created = request_service.list_requests(store, client_id=client.id)
    assert len(created) == ready_letters[0] > 1
    back_to(qtbot, window)
    assert window.current_page_key() == "requests"
    requests = window.page("requests")

    # 4. The preview: Ctrl+2 puts the focus on the search; Tab into the list, Down picks the
    # first letter and its text shows in the Letter tab.
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert QApplication.focusWidget() is requests.search
    tab_to(qtbot, requests.table)
    press(qtbot, Qt.Key.Key_Home, CTRL)
    qtbot.waitUntil(lambda: requests.selected_id() is not None)
    request_id = requests.selected_id()
    detail = requests.detail
    qtbot.waitUntil(lambda: "Kim Keyboard" in detail.preview.toPlainText())

    # 5. Export as PDF: Alt+X opens the export menu, Enter takes its first entry (PDF). The
    # file dialog is the platform's own (its name field takes the keyboard); here it answers
    # with a path, as it would once a name is typed and Enter pressed.
    target = tmp_path / "letter.pdf"
    asked: list[str] = []

    def save_file_name(parent, caption, suggested, filters, *args, **kwargs):
        asked.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))

    def choose_pdf(attempts: int = 250) -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() is not menu.actions()[0]:
                menu.close()
                raise AssertionError("Down does not reach the export menu's PDF entry")
            qtbot.keyClick(menu, Qt.Key.Key_Return)
        elif attempts:
            QTimer.singleShot(20, lambda: choose_pdf(attempts - 1))

    QTimer.singleShot(0, choose_pdf)
    press(qtbot, Qt.Key.Key_X, ALT)
    qtbot.waitUntil(lambda: target.exists() and target.stat().st_size > 0)
    assert asked and asked[0].endswith(".pdf")
    assert target.read_bytes().startswith(b"%PDF")
    # The confirmation ("Exported", with Show in folder) closes with Escape.
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    back_to(qtbot, window)

    # 6. The letter went out (sent by the user's own means): Alt+R shows the Tracking tab,
    # Alt+K marks it sent, Enter takes today's date.
    press(qtbot, Qt.Key.Key_R, ALT)
    assert detail.tabs.currentIndex() == 1

    def sent_today(dialog: EventDialog) -> None:
        assert dialog.sending
        press(qtbot, Qt.Key.Key_Return)

    when_modal(EventDialog, sent_today)
    press(qtbot, Qt.Key.Key_K, ALT)
    qtbot.waitUntil(lambda: any(e.kind == "sent" for e in tracking.list_events(store,
                                                                               request_id)))
    back_to(qtbot, window)

    # 7. The company replies: Alt+G logs an event (its kind has the focus; the arrows would
    # change it), Alt+T goes to the text, Alt+E back to the kind and Enter saves it.

    def log_reply(dialog: EventDialog) -> None:
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.kind)
        assert dialog.kind.currentData() == "acknowledged"
        press(qtbot, Qt.Key.Key_T, ALT)
        assert QApplication.focusWidget() is dialog.text
        type_text(qtbot, "They confirmed they received it.")
        press(qtbot, Qt.Key.Key_E, ALT)
        press(qtbot, Qt.Key.Key_Return)

    when_modal(EventDialog, log_reply)
    press(qtbot, Qt.Key.Key_G, ALT)

    def logged() -> list:
        return [e for e in tracking.list_events(store, request_id) if e.kind == "acknowledged"]

    qtbot.waitUntil(lambda: bool(logged()), timeout=10_000)
    assert logged()[-1].text == "They confirmed they received it."
    timeline = requests.tracking_actions.timeline
    qtbot.waitUntil(lambda: timeline.events.rowCount() >= 2)  # sent, then acknowledged
    assert time.monotonic() - started < 60
