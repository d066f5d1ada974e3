"""Keyboard and assistive-technology access: every input named, every button labelled, the main
flow done with the keyboard alone, and a tab order that reaches the main controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from app.gui.shell.pages import PAGES
from tests.gui.helpers import when_modal

INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView, QSpinBox, QDateEdit)


def _unnamed_controls(root: QWidget) -> list[str]:
    labelled = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for cls in INPUTS:
        for widget in root.findChildren(cls):
            parent = widget.parent()
            if isinstance(widget, QHeaderView) or isinstance(parent, QComboBox | QAbstractSpinBox):
                continue
            if parent is not None and parent.metaObject().className() == \
                    "QComboBoxPrivateContainer":
                continue
            if not widget.accessibleName() and id(widget) not in labelled:
                missing.append(f"{type(widget).__name__} in {type(root).__name__}")
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root) and not (button.text() or button.accessibleName()):
            missing.append(f"unlabelled button ({button.toolTip()!r}) in {type(root).__name__}")
    return missing


def test_every_input_and_button_on_every_page_has_a_name(window):
    missing = []
    for spec in PAGES:
        window.show_page(spec.key)
        missing += _unnamed_controls(window.page(spec.key))
    assert missing == []


def test_the_checker_finds_an_unnamed_field(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    QLineEdit(root)
    assert _unnamed_controls(root) == ["QLineEdit in QWidget"]


def _focus_chain(start: QWidget) -> list[QWidget]:
    chain, widget = [], start.nextInFocusChain()
    while widget is not start and len(chain) < 500:
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_reaches_the_main_controls_in_reading_order(window):
    from app.core.model import Client
    from app.services import clients as client_service

    client_service.add_client(window.ctx.store, Client(name="Tab Order"))
    window.ctx.bus.clients_changed.emit()
    page = window.page("clients")
    chain = _focus_chain(page.search)
    for widget in (page.add_button, page.table, page.detail.request_button,
                   page.detail.edit_button):
        assert widget in chain, type(widget).__name__
    assert chain.index(page.add_button) < chain.index(page.table) < \
        chain.index(page.detail.request_button)


def test_keyboard_only_walk_through(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.page("clients")

    def type_client(dialog):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.name)
        qtbot.keyClicks(dialog.name, "Kim Keyboard")
        focus = dialog.name
        for _ in range(20):  # Tab down to the state field
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
            focus = QApplication.focusWidget()
            if focus is dialog.state:
                break
        assert focus is dialog.state
        qtbot.keyClicks(focus, "CA")
        qtbot.keyClick(focus, Qt.Key.Key_Return)

    when_modal(type_client)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected_client().name == "Kim Keyboard"
    assert page.selected_client().state == "CA"

    window.activateWindow()  # the offscreen platform does not give it back when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # 5th in sidebar
    assert window.current_page_key() == "directory"
    directory = window.page("directory")
    qtbot.keyClick(directory, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is directory.search)
    qtbot.keyClicks(directory.search, "sprint")
    qtbot.waitUntil(lambda: directory.table.model().rowCount() >= 1)
    assert directory.table.model().rowCount() < 10

    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "clients"


def _dialogs(window) -> list[QWidget]:
    from app.core.model import Client, Company, MailAccount
    from app.gui.clients.bulk_dialog import BulkOptOutDialog
    from app.gui.clients.case_actions import PassphraseDialog
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.clients.holdings_wizard import HoldingsWizard
    from app.gui.common.password_prompt import PasswordDialog
    from app.gui.directory.company_dialog import CompanyDialog
    from app.gui.requests.event_dialog import EventDialog
    from app.gui.requests.letter_export import ExportDialog
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.requests.send_dialog import ConfirmSendDialog
    from app.gui.settings.mail_accounts_section import AccountDialog
    from app.gui.shell.welcome import WelcomeDialog
    from app.services import clients as client_service
    from app.services import holdings as holding_service
    from app.services import requests as request_service

    store = window.ctx.store
    client = client_service.add_client(store, Client(name="Dia Log", state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location"])
    request = request_service.new_request(store, client.id, "att", "delete")
    carrier = Company(slug="mine", name="Mine Mobile", kind="carrier")
    account = MailAccount(host="smtp.example.org", port=587, username="u",
                          from_addr="u@example.org", id=1)
    return [
        ClientDialog(parent=window),
        NewRequestDialog(window.ctx, client.id, parent=window),
        CompanyDialog(carrier, [carrier], lambda company: None, parent=window),
        AccountDialog(window.ctx, parent=window),
        EventDialog(parent=window),
        HoldingsWizard(window.ctx, client.id, parent=window),
        ExportDialog(window.ctx, [request.id], parent=window),
        BulkOptOutDialog(window.ctx, parent=window, preselected=[client.id]),
        PassphraseDialog(parent=window),
        PasswordDialog(account, no_keyring=True, parent=window),
        ConfirmSendDialog(window.ctx, "Dia Log", parent=window),
        WelcomeDialog(str(window.ctx.home), parent=window),
    ]


def test_every_dialog_names_its_inputs_and_buttons(window, qtbot):
    missing = []
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        missing += _unnamed_controls(dialog)
        dialog.close()
    assert missing == []


def test_client_form_tabs_in_reading_order(qtbot):
    from app.gui.clients.client_dialog import ClientDialog

    dialog = ClientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = _focus_chain(dialog.name)
    fields = [dialog.emails, dialog.phones, dialog.ad_ids, dialog.address, dialog.state,
              dialog.country, dialog.notes, dialog.consent]
    positions = [chain.index(field) for field in fields]
    assert positions == sorted(positions), [type(f).__name__ for f in fields]
