"""Every page at the window's first size and at its minimum size, in English and in Spanish: no
two visible controls are laid over one another (in Spanish "Mostrar archivados" once covered
the Clients search box) and no one-line label is narrower than its text as drawn ("Teléfono"
was cut to "Teléfonc")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.core.model import Client
from app.gui.common import i18n
from app.gui.common.label_room import drawn_width, needed_width
from app.gui.common.window_layout import PREFERRED_SIZE, SCREEN_SHARE, first_size
from app.gui.shell.pages import PAGES
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import requests as request_service

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QLabel, QAbstractSpinBox)


@pytest.fixture
def english_afterwards(qapp):
    yield
    i18n.apply_language(qapp, "en")


def _window(qtbot, home, language: str):
    from app.gui.shell.launch import build_main_window

    window = build_main_window(home / language, synchronous_tasks=True, language=language)
    qtbot.addWidget(window)
    store = window.ctx.store
    client = client_service.add_client(store, Client(
        name="Ana López", emails=["ana@example.org"], phones=["+1 415 555 0100"], state="CA"))
    holding_service.add_holding(store, client.id, "att", ["precise-location", "cell-site"])
    request_service.new_request(store, client.id, "att", "delete")
    window.ctx.bus.clients_changed.emit()
    window.ctx.bus.requests_changed.emit()
    window.show()
    qtbot.waitExposed(window)
    return window


def _inside_a_compound(widget: QWidget, page: QWidget) -> bool:
    """Parts of another control (a combo's line edit, a table's editor or header button)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if isinstance(parent, QAbstractItemView | QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def _shown(widget: QWidget, page: QWidget) -> bool:
    if not widget.isVisibleTo(page) or widget.width() <= 0 or widget.height() <= 0:
        return False
    return not (isinstance(widget, QLabel) and not widget.text() and widget.pixmap().isNull())


def _rect(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())


def overlaps(page: QWidget) -> list[str]:
    controls = [w for w in page.findChildren(QWidget) if isinstance(w, CONTROLS)
                and _shown(w, page) and not _inside_a_compound(w, page)]
    found = []
    for index, one in enumerate(controls):
        for other in controls[index + 1:]:
            if one.isAncestorOf(other) or other.isAncestorOf(one):
                continue
            common = _rect(one, page).intersected(_rect(other, page))
            if common.width() > 1 and common.height() > 1:
                found.append(f"{_name(one)} over {_name(other)}")
    return found


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else \
        widget.placeholderText() if isinstance(widget, QLineEdit) else ""
    return f"{type(widget).__name__} {text!r}"


def cut_labels(page: QWidget) -> list[str]:
    return [f"{label.text()!r}: {label.width()} px for {needed_width(label)}"
            for label in page.findChildren(QLabel)
            if _shown(label, page) and not label.wordWrap() and label.text()
            and not _inside_a_compound(label, page) and needed_width(label) > label.width()]


def _walk(window) -> list[str]:
    problems = []
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        for _ in range(3):
            QApplication.processEvents()
        problems += [f"{spec.key}: {p}" for p in overlaps(page) + cut_labels(page)]
    return problems


class _Laptop:
    """A 1366×768 laptop screen with a panel: the common small screen."""

    def availableGeometry(self) -> QRect:
        return QRect(0, 0, 1366, 728)


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_control_covers_another_and_no_label_is_cut(qtbot, home, language, monkeypatch,
                                                       english_afterwards):
    window = _window(qtbot, home, language)
    try:
        monkeypatch.setattr(window, "screen", lambda: _Laptop())
        size = first_size(window)
        # The window's first size on a laptop is the one it asks for: a minimum wider than the
        # screen would have the window system squeeze the controls over one another.
        assert size == PREFERRED_SIZE.boundedTo(QSize(int(1366 * SCREEN_SHARE),
                                                      int(728 * SCREEN_SHARE)))
        window.resize(size)
        problems = [f"first size: {p}" for p in _walk(window)]
        window.resize(window.minimumSizeHint())
        problems += [f"minimum size: {p}" for p in _walk(window)]
        assert not problems, "\n".join(problems)
    finally:
        window.ctx.store.close()


def test_the_clients_bar_wraps_instead_of_covering_the_search(qtbot, home, english_afterwards):
    window = _window(qtbot, home, "es")
    try:
        page = window.page("clients")
        bar = page.top_bar
        window.resize(window.minimumSizeHint())
        qtbot.wait(10)
        assert bar.wrapped and overlaps(page) == []
        assert page.show_archived.y() > page.search.y() + page.search.height() - 2
        window.resize(1700, 800)
        page.splitter.setSizes([1000, 500])  # a wide list: everything on one row again
        qtbot.wait(10)
        assert not bar.wrapped and overlaps(page) == []
        assert page.search.width() >= page.search.minimumWidth()
    finally:
        window.ctx.store.close()


def test_the_checker_sees_a_kerned_alt_key_label_cut(qtbot):
    """A label with an Alt key is drawn wider than its size hint ("&Teléfono"): the checker
    measures it as drawn, so a label given only its hint width counts as cut."""
    label = QLabel("&Teléfono")
    label.setBuddy(QLineEdit())
    qtbot.addWidget(label)
    assert drawn_width(label) >= label.fontMetrics().horizontalAdvance("Teléfono")
    label.resize(drawn_width(label) - 3, label.sizeHint().height())
    assert cut_labels(_holder(qtbot, label))


def _holder(qtbot, label: QLabel) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    label.setParent(holder)
    holder.show()
    return holder


def test_the_spanish_dialogs_cut_no_label(qtbot, home, english_afterwards):
    from app.core.model import Company, MailAccount
    from app.gui.clients.audit_section import AllChangesDialog
    from app.gui.clients.case_actions import PassphraseDialog
    from app.gui.clients.client_dialog import ClientDialog
    from app.gui.clients.holdings_wizard import HoldingsWizard
    from app.gui.directory.company_dialog import CompanyDialog
    from app.gui.requests.event_dialog import EventDialog
    from app.gui.requests.letter_export import ExportDialog
    from app.gui.requests.new_request_dialog import NewRequestDialog
    from app.gui.settings.mail_accounts_section import AccountDialog
    from app.gui.settings.server_store_dialog import ServerStoreDialog
    from app.gui.settings.store_key_dialog import StoreKeyDialog

    window = _window(qtbot, home, "es")
    try:
        client_id = window.page("clients").selected_id() or 1
        request_id = window.page("requests").model.rowCount() and 1
        carrier = Company(slug="mine", name="Mine Mobile", kind="carrier")
        account = MailAccount(host="smtp.example.org", port=587, username="clinic",
                              from_addr="clinic@example.org", id=1)
        dialogs = [
            ClientDialog(parent=window, require_consent=True),
            NewRequestDialog(window.ctx, client_id, parent=window),
            CompanyDialog(carrier, [carrier], lambda company: None, parent=window),
            AccountDialog(window.ctx, parent=window),
            EventDialog(parent=window),
            HoldingsWizard(window.ctx, client_id, parent=window),
            ExportDialog(window.ctx, [request_id], parent=window),
            PassphraseDialog(parent=window),
            ServerStoreDialog(window.ctx, "", parent=window),
            StoreKeyDialog(window.ctx.home, parent=window),
            AllChangesDialog(window.ctx, client_id, "Ana López", parent=window),
        ]
        assert account.id == 1
        problems = []
        for dialog in dialogs:
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            problems += [f"{type(dialog).__name__}: {p}"
                         for p in overlaps(dialog) + cut_labels(dialog)]
            dialog.close()
        assert not problems, "\n".join(problems)
    finally:
        window.ctx.store.close()
