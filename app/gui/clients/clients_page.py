"""Clients: search, list, details; add, edit, archive and delete (with confirmation)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelection, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.clients.client_detail import ClientDetail
from app.gui.clients.client_dialog import ClientDialog
from app.gui.clients.client_model import ClientTableModel
from app.gui.clients.holdings_section import HoldingsSection
from app.gui.clients.wrapping_bar import WrappingBar
from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyState
from app.gui.common.icons import icon
from app.gui.common.messages import error_text
from app.gui.common.paged_window import PagedWindow
from app.gui.common.proxy import SourceSortedProxy
from app.gui.common.record_table import record_table, select_source_row, selected_value
from app.services import clients as client_service
from app.services.client_queries import count_clients

log = logging.getLogger("app.gui.clients")
TYPING_PAUSE_MS = 150  # a long list waits this long for the next key before filtering
INSTANT_ROWS = 2000  # up to this many clients, every keystroke filters at once


class _DetailScroll(QScrollArea):
    """Scrolls the details up and down but is never narrower than they need (no cut labels)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        inner_widget = self.widget()
        inner = inner_widget.minimumSizeHint() if inner_widget is not None else QSize(0, 0)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return QSize(inner.width() + scrollbar + 2, 120)


class ClientsPage(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ClientTableModel(self)
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        # The short hint fits the box beside the list; the whole one shows on hovering.
        find = QKeySequence(QKeySequence.StandardKey.Find).toString(
            QKeySequence.SequenceFormat.NativeText)
        self.search.setPlaceholderText(self.tr("Search clients") + f"  ({find})")
        self.search.setToolTip(self.tr("Search clients by name, phone or e-mail  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self._filter(self.search.text()))
        self.search.textChanged.connect(self._text_changed)
        self.add_button = QPushButton(icon("add"), self.tr("&New client…"))
        # On the page, not the button: the button is hidden while the empty state shows.
        QShortcut(QKeySequence.StandardKey.New, self, self.add_client)
        self.add_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        self.add_button.clicked.connect(self.add_client)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.show_archived = QCheckBox(self.tr("Sho&w archived"))
        self.show_archived.setToolTip(self.tr("Also list the clients whose cases are archived"))
        self.show_archived.toggled.connect(lambda _on: self.reload())

        self.table = record_table(self.proxy, self.tr("Clients"),
                                  ((0, 200), (1, 52), (2, 64), (3, 130)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_client())
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_client)

        self.detail = ClientDetail()
        self.detail.edit_requested.connect(self.edit_client)
        self.detail.new_request_requested.connect(self.new_request)
        self.detail.delete_requested.connect(self.delete_client)
        self.detail.archive_requested.connect(self.toggle_archive)
        self.holdings = HoldingsSection(ctx, self.detail)
        self.detail.sections.addWidget(self.holdings)
        from app.gui.clients.audit_section import AuditSection

        self.audit = AuditSection(ctx, self.detail)  # who changed this case, and when
        self.detail.sections.addWidget(self.audit)

        self.empty = EmptyState(
            self.tr("No clients yet"),
            self.tr(
                "Start with yourself or your first client: add their name, phone numbers and "
                "state. OffMap then helps you find who holds their location data and write to "
                "each company. Everything stays on this computer."
            ),
            self.tr("Add the first client"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(self.add_client)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = self.top_bar = WrappingBar(self.search)
        top.add_trailing(self.show_archived)
        top.add_trailing(self.add_button)
        left_layout.addWidget(top)
        left_layout.addWidget(self.table)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        # The details scroll instead of squeezing: long (translated) labels are never cut off.
        self.detail_scroll = _DetailScroll()
        self.detail_scroll.setWidget(self.detail)
        self.splitter.addWidget(self.detail_scroll)
        # Even halves: the list's five short columns fit, and so do the holdings' kinds.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 500])

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        from app.gui.clients.case_actions import install_case_actions

        install_case_actions(self)  # clinic: case notes, case files, bulk opt-outs
        ctx.bus.clients_changed.connect(self.reload)
        self._clients = 0
        self._first_select: tuple[int | None] | None = None
        # The list first; the first client's details (holdings read the directory) just after,
        # so the window paints without waiting for them.
        self.reload(select_later=True)

    # -- data -------------------------------------------------------------------------------
    def reload(self, select_id: int | None = None, select_later: bool = False) -> None:
        """Lists the clients again (ids from one indexed query; records only for the rows on
        screen), keeping the selected client or else selecting the first."""
        current = select_id if select_id is not None else self.selected_id()
        self._clients = count_clients(self.ctx.store)
        self.model.load(self.ctx.store, include_archived=self.show_archived.isChecked(),
                        text=self.search.text())
        self.stack.setCurrentWidget(self.splitter if self._clients else self.empty)
        self._first_select = None
        if select_later and self._clients:
            self._first_select = (current,)  # done once the list has painted (or asked about)
            self.table.viewport().installEventFilter(self)
        else:
            self._select_after_load(current)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._first_select is not None:
            self.table.viewport().removeEventFilter(self)
            QTimer.singleShot(0, self._select_first_if_open)
        return False

    def _select_first_if_open(self) -> None:
        try:  # a window whose store was closed right after showing it (tests) selects nothing
            self.ctx.store.conn.execute("SELECT 1")
        except Exception:  # sqlite3 and psycopg name "closed" differently
            return
        if self.isVisible():
            self._select_first()

    def _select_first(self) -> None:
        if self._first_select is not None:
            (current,), self._first_select = self._first_select, None
            self._select_after_load(current)

    def _select_after_load(self, current: int | None) -> None:
        if current is not None and self.model.row_of(current) >= 0:
            self.select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        else:
            self._show_no_client()

    def _show_no_client(self) -> None:
        """Nobody selected (e.g. a search matching nobody): no one's holdings or changes stay
        on show under "No client selected", and no holding action works on a hidden client."""
        self.detail.show_client(None)
        self.holdings.show_client(None)
        self.audit.show_client(None)

    def _text_changed(self, text: str) -> None:
        if self._clients <= INSTANT_ROWS:
            self._filter(text)
        else:
            self._typing.start()

    def _filter(self, text: str) -> None:
        self._typing.stop()
        current = self.selected_id()
        self.model.set_text(text)
        self._select_after_load(current)

    def selected_id(self) -> int | None:
        client = self.selected_client()
        return client.id if client else None

    def selected_client(self):
        self._select_first()  # asked before the first paint: select now
        return selected_value(self.table, ClientTableModel.ClientRole)

    def select(self, client_id: int) -> None:
        select_source_row(self.table, self.model, self.model.row_of(client_id))

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        client = self.selected_client()
        if client is None or client.id is None:
            self._show_no_client()
            return
        # Selected again after a search still listing them, unchanged: their holdings and
        # changes are on show already (read again, they would be on every key).
        if client == self.detail.client:
            return
        self.detail.show_client(client)
        self.ctx.bus.client_selected.emit(client.id)

    # -- actions ----------------------------------------------------------------------------
    def add_client(self) -> None:
        from app.gui.clients.intake_matches import IntakeChoice, ask_about_matches, matches_for

        dialog = ClientDialog(parent=self, require_consent=self.consent_required())
        if not (dialog.exec() and dialog.result_client):
            return
        # Someone the clinic already helps? Show them before opening a second case.
        matches = matches_for(self.ctx.store, dialog.result_client)
        choice = ask_about_matches(self, matches)
        if choice is IntakeChoice.OPEN:
            if matches[0].archived:
                self.show_archived.setChecked(True)
            self.select(matches[0].client_id)
        elif choice is IntakeChoice.ADD:
            self._save(lambda: client_service.add_client(self.ctx.store, dialog.result_client))

    def new_request(self) -> None:
        """Opens the Requests page's New request flow for the selected client."""
        client = self.selected_client()
        if client is None:
            return
        self.ctx.bus.navigate.emit("requests")
        from app.gui.requests.requests_page import RequestsPage

        window = self.window()
        requests = window.page("requests") if isinstance(window, PagedWindow) else None
        if isinstance(requests, RequestsPage):
            requests.new_request(client.id)

    def edit_client(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        from app.gui.clients.stale_edit import edit_keeping_what_was_typed

        saved = edit_keeping_what_was_typed(self, client)
        if saved is not None and saved.id is not None:
            self.ctx.bus.clients_changed.emit()
            self.select(saved.id)

    def consent_required(self) -> bool:
        """A clinic (a clinic name in Settings) records consent before storing a client."""
        from app.services.clinic import get_profile

        return bool(get_profile(self.ctx.store).name)

    def _save(self, action) -> None:
        try:
            saved = action()
        except OffMapError as exc:
            from app.services.audit import ChangedMeanwhileError

            if isinstance(exc, ChangedMeanwhileError):  # named by name; the colleague's version
                from app.gui.clients.stale_edit import refused_text

                client = self.selected_client()
                text = refused_text(client.name if client else "", exc.text.values)
                QMessageBox.warning(self, self.tr("Not saved"), text)
                self.ctx.bus.clients_changed.emit()
                return
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.ctx.bus.clients_changed.emit()
        self.select(saved.id)

    def toggle_archive(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        self._save(lambda: client_service.set_archived(self.ctx.store, client.id,
                                                       not client.archived))

    def delete_client(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete client"))
        box.setText(self.tr("Delete {name} and everything recorded for them?").replace(
            "{name}", client.name))
        box.setInformativeText(self.tr(
            "Their holdings, requests, events and the log of replies are deleted from this "
            "computer. This cannot be undone; make a backup or a case export first if you may "
            "need them. Archiving keeps everything and hides the client instead."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not delete:
            return
        try:
            client_service.delete_client(self.ctx.store, client.id)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        log.info("client %s deleted", client.id)
        self.ctx.bus.clients_changed.emit()
