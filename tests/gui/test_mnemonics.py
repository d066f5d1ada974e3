"""Alt shortcuts: within one window or dialog, no two visible controls (enabled or not yet) share
an accelerator letter (Alt+R must do one thing), on every page, tab and wizard page and in every
dialog, in English. The same walk checks that Tab leaves every table."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabWidget,
    QWidget,
)

from app.core.model import Client, Company, MailAccount
from app.gui.shell.pages import PAGES
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service

ACCELERATOR = re.compile(r"&(?!&)(\w)")


def _key(text: str) -> str | None:
    found = ACCELERATOR.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _active(widget: QWidget, root: QWidget) -> bool:
    # Disabled controls count too: they are enabled as work goes on ("Save notes" once the
    # notes change), and their Alt key must not clash then.
    return widget.isVisibleTo(root)


def accelerators(root: QWidget) -> dict[str, list[str]]:
    """Accelerator letter → the labels that use it among `root`'s visible controls
    (buttons, labels with a buddy, group boxes, tabs and, for a main window, its menus)."""
    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = _key(text)
        if key:
            found.setdefault(key, []).append(text)

    for button in root.findChildren(QAbstractButton):
        if _active(button, root):
            add(button.text())
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and _active(label, root) and _active(buddy, root):
            add(label.text())
    for box in root.findChildren(QGroupBox):
        if _active(box, root) and (box.isCheckable() or box.focusPolicy()):
            add(box.title())
    for tabs in root.findChildren(QTabWidget):
        if _active(tabs, root):
            for index in range(tabs.count()):
                if tabs.isTabEnabled(index) and tabs.isTabVisible(index):
                    add(tabs.tabText(index))
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            if action.isVisible() and action.isEnabled():
                add(action.text())
    return found


def clashes(root: QWidget) -> dict[str, list[str]]:
    return {key: texts for key, texts in accelerators(root).items() if len(texts) > 1}


def tab_traps(root: QWidget) -> list[str]:
    """Item views in `root` where Tab moves from cell to cell instead of on to the next control."""
    return [view.accessibleName() or type(view).__name__
            for view in root.findChildren(QAbstractItemView) if view.tabKeyNavigation()]


def _sample_case(window) -> tuple[int, int]:
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana Lopez", emails=["ana@example.org"], phones=["+1 415 555 0100"], state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    request = request_service.new_request(store, client.id, "att", "delete")
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    return client.id, request.id


def test_the_checker_finds_a_clash(qtbot):
    from PySide6.QtWidgets import QCheckBox, QPushButton, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton("&Remove…"))
    layout.addWidget(QCheckBox("Show &archived"))
    hidden = QPushButton("&Rename")
    layout.addWidget(hidden)
    hidden.hide()
    root.show()
    assert clashes(root) == {}
    disabled = QPushButton("&Refresh")
    disabled.setEnabled(False)
    layout.addWidget(disabled)
    disabled.show()
    assert clashes(root) == {"r": ["&Remove…", "&Refresh"]}


def test_every_page_has_unique_accelerators(window, qtbot):
    from app.services import tracking

    client_id, request_id = _sample_case(window)
    sent = request_service.new_request(window.ctx.store, client_id, "att", "access")
    tracking.mark_sent(window.ctx.store, sent.id)  # the Deadlines page shows it and its timeline
    window.ctx.bus.requests_changed.emit()
    found = {}
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        qtbot.wait(10)
        if spec.key == "clients":
            page.reload(select_id=client_id)
        if spec.key == "requests":
            page.reload(select_id=request_id)
        if spec.key == "deadlines":
            qtbot.waitUntil(lambda page=page: page.model.total() > 0)
            page.table.selectRow(0)
        qtbot.wait(10)
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget:
                    tab_widget.setCurrentIndex(index)
                if clash := clashes(window):
                    found[f"{spec.key} {index}"] = clash
        if traps := tab_traps(page):
            found[f"{spec.key} tables"] = traps
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def _dialogs(window, client_id: int, request_id: int) -> list[QWidget]:
    from app.gui.clients.bulk_dialog import BulkOptOutDialog
    from app.gui.clients.case_actions import PassphraseDialog
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.clients.holding_dialog import HoldingDialog
    from app.gui.clients.holdings_wizard import HoldingsWizard
    from app.gui.common.password_prompt import PasswordDialog
    from app.gui.directory.company_dialog import CompanyDialog
    from app.gui.requests.event_dialog import EventDialog
    from app.gui.requests.letter_export import ExportDialog
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.requests.phone_dialog import PhoneDialog
    from app.gui.requests.post_dialog import PostDialog
    from app.gui.requests.route_menu import ChannelsDialog
    from app.gui.requests.send_dialog import ChannelDialog, ConfirmSendDialog, SendAllDialog
    from app.gui.requests.webform_dialog import WebformDialog
    from app.gui.settings.mail_accounts_section import AccountDialog
    from app.gui.settings.store_key_dialog import StoreKeyDialog
    from app.gui.shell.welcome import WelcomeDialog
    from app.services import directory, sending

    carrier = Company(slug="mine", name="Mine Mobile", kind="carrier")
    account = MailAccount(host="smtp.example.org", port=587, username="u",
                          from_addr="u@example.org", id=1)
    companies = directory.search_companies(window.ctx.store)
    return [
        ClientDialog(parent=window, require_consent=True),
        NewRequestDialog(window.ctx, client_id, parent=window),
        CompanyDialog(carrier, [carrier], lambda company: None, parent=window),
        AccountDialog(window.ctx, parent=window),
        EventDialog(parent=window),
        HoldingDialog(companies, lambda *args: None, parent=window),
        HoldingsWizard(window.ctx, client_id, parent=window),
        ExportDialog(window.ctx, [request_id], parent=window),
        BulkOptOutDialog(window.ctx, parent=window, preselected=[client_id]),
        PassphraseDialog(parent=window),
        PasswordDialog(account, no_keyring=True, parent=window),
        ConfirmSendDialog(window.ctx, "Ana", parent=window),
        SendAllDialog(window.ctx, [request_id], account, None, parent=window),
        ChannelsDialog(window.ctx, request_id, window),
        ChannelDialog(window.ctx, request_id, sending.channels_for(
            window.ctx.store, request_service.get_request(window.ctx.store, request_id)),
            parent=window),
        PhoneDialog(window.ctx, request_id, parent=window),
        PostDialog(window.ctx, request_id, parent=window),
        WebformDialog(window.ctx, request_id, parent=window),
        StoreKeyDialog(window.ctx.home, parent=window),
        WelcomeDialog(str(window.ctx.home), parent=window),
    ]


def test_every_dialog_has_unique_accelerators(window, qtbot):
    from PySide6.QtWidgets import QWizard

    client_id, request_id = _sample_case(window)
    found = {}
    for dialog in _dialogs(window, client_id, request_id):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        if isinstance(dialog, QWizard):
            while True:
                if clash := clashes(dialog):
                    found[f"{name} page {dialog.currentId()}"] = clash
                if dialog.nextId() < 0 or not dialog.currentPage().isComplete():
                    break
                dialog.next()
        elif clash := clashes(dialog):
            found[name] = clash
        if traps := tab_traps(dialog):
            found[f"{name} tables"] = traps
        dialog.close()
    assert not found, found
    assert QApplication.activeModalWidget() is None


def test_tab_and_shift_tab_leave_the_clients_table(window, qtbot):
    client_id, _request_id = _sample_case(window)
    page = window.page("clients")
    page.reload(select_id=client_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)
    row = page.table.currentIndex().row()
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    after = QApplication.focusWidget()
    assert after is not page.table
    assert after is page.table.nextInFocusChain() or page.isAncestorOf(after)
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is not page.table
    assert page.table.currentIndex().row() == row  # Tab never moved the selection
