"""Requests: every request letter, filterable by text, client and status; the selected one's
details and letter preview (request_detail.py); new requests from a client's holdings; export
one letter in any format or many at once (off the GUI thread, with progress and Cancel)."""
from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.tracking import STATUSES
from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyState
from app.gui.common.messages import error_text
from app.gui.common.proxy import SourceSortedProxy
from app.gui.common.record_table import leave_on_tab, select_row
from app.gui.common.window_layout import room_for_placeholder, size_columns_from_sample
from app.gui.requests.client_filter import ClientFilter
from app.gui.requests.letter_export import ExportDialog
from app.gui.requests.new_request_dialog import NewRequestDialog
from app.gui.requests.request_detail import RequestDetail
from app.gui.requests.request_model import (
    STATUS_LABELS,
    RequestStoreSource,
    RequestTableModel,
)
from app.gui.requests.request_rows_model import QueryResult
from app.gui.requests.requests_page_base import RequestsPageBase
from app.services import clients as client_service
from app.services import directory, request_queries
from app.services import requests as request_service

log = logging.getLogger("app.gui.requests")
# Typing into the filter of a long list waits this long for the next key before querying.
TYPING_PAUSE_MS = 150
INSTANT_ROWS = 2000  # up to this many requests, every keystroke filters at once
SIZING_SAMPLE_ROWS = 60  # columns are sized from the first rows, never from all of them


class RequestsPage(RequestsPageBase):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._last_client: int | None = None
        self._pending_select: int | None = None
        self._sized = False
        self.model = RequestTableModel(self)
        self.model.runner = self._run_query
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by reference, client, company, type or "
                                               "law  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter requests"))
        self.search.setClearButtonEnabled(True)
        room_for_placeholder(self.search)  # the window's minimum keeps the whole hint in view
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self._filter(text=self.search.text()))
        self.search.textChanged.connect(self._text_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.client = ClientFilter(self.tr("All clients"))
        self._clients_asked = 0
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setMinimumWidth(170)
        self.client.currentIndexChanged.connect(
            lambda _i: self._filter(client_id=self.client.currentData()))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(self.tr(STATUS_LABELS.get(status, status)), status)
        self.status.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status.currentData()))
        self.new_button = QPushButton(self.tr("&New request…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.new_button.setToolTip(self.tr("Draft letters to one or more companies (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_request())
        self.export_button = QPushButton(self.tr("&Export letters…"))
        self.export_button.setToolTip(self.tr(
            "Export the selected letters (or all shown) as PDF, Word, text, web page or "
            "e-mail drafts"))
        self.export_button.clicked.connect(self.export_letters)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        client_label = QLabel(self.tr("&Client:"))
        client_label.setBuddy(self.client)
        top.addWidget(client_label)
        top.addWidget(self.client)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status)
        top.addWidget(status_label)
        top.addWidget(self.status)
        # The actions get their own row so long (translated) labels are never cut off.
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.new_button)

        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Requests"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        # Newest first, no column's arrow, until a header is clicked; a third click on it
        # goes back to newest first.
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorClearable(True)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(SIZING_SAMPLE_ROWS)
        header.setStretchLastSection(True)
        # What needs doing leads: status and due date beside the reference, so they show even
        # when the list shares the window with the letter.
        header.moveSection(header.visualIndex(5), 1)
        header.moveSection(header.visualIndex(7), 2)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rest_read.connect(self._rest_read)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        self.detail = RequestDetail(ctx)
        self.detail.delete_requested.connect(self.delete_request)

        self.empty = EmptyState(
            self.tr("No requests yet"),
            self.tr("Record who holds a client's location data on the Clients page, then draft "
                    "letters here: OffMap picks the law, cites the right, computes the answer "
                    "date and writes the letter for you to print, e-mail or export."),
            self.tr("Draft the first request"),
        )
        assert self.empty.button is not None
        self.empty.button.clicked.connect(lambda: self.new_request())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        self.count = QLabel()
        self.count.setWordWrap(True)  # a failure ("the store is busy…") is read whole, not cut
        left_layout.addWidget(self.count)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([650, 430])
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.stack, 1)

        self._stale = False
        ctx.bus.requests_changed.connect(self._changed)
        ctx.bus.clients_changed.connect(self._changed)
        ctx.bus.directory_changed.connect(self._changed)
        ctx.bus.client_selected.connect(self._remember_client)
        from app.gui.requests.send_actions import SendActions
        from app.gui.requests.tracking_actions import TrackingActions

        # the shown request's timeline, in the Tracking tab
        self.tracking_actions = TrackingActions(self)
        # Send… and Send all drafts… (e-mail from the user's account), and the other ways
        self.sending = SendActions(self)
        self.model.refreshed.connect(self._after_query)
        self.reload()

    def _sort_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column < 0:  # the proxy passes on only a column's order
            self.model.sort(-1, Qt.SortOrder.DescendingOrder)

    # -- data --------------------------------------------------------------------------------
    def _run_query(self, work: Callable[[], QueryResult],
                   done: Callable[[QueryResult], None]) -> None:
        self.ctx.tasks.run(lambda _handle: work(), done, self._query_failed)

    def _changed(self, *_args) -> None:
        """Reloads now when shown, else the next time the page is shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self, select_id: int | None = None) -> None:
        """Lists the requests again: the ids come from an indexed query off the GUI thread
        (the count line says "Loading…" meanwhile), the rows on screen a page at a time."""
        self._stale = False
        current = select_id if select_id is not None else self.selected_id()
        self._pending_select = current
        store = self.ctx.store
        names = {slug: company.name for slug, company in directory.directory_index(store).items()}
        self._load_clients()
        any_request = request_queries.has_requests(store)
        self.stack.setCurrentWidget(self.splitter if any_request else self.empty)
        self.count.setText(self.tr("Loading requests…"))
        self.model.set_source(RequestStoreSource(store, names))

    def _after_query(self) -> None:
        """New ids are in: keep (or restore) the selected request, else select the first."""
        self._update_count()
        if not self._sized and self.model.row_count():
            self._sized = True
            size_columns_from_sample(self.table, SIZING_SAMPLE_ROWS)
        wanted, self._pending_select = self._pending_select, None
        if self.model.total() > INSTANT_ROWS:  # rows first, the letter preview just after
            QTimer.singleShot(0, lambda: self._select_after_query(wanted))
        else:
            self._select_after_query(wanted)

    def _select_after_query(self, wanted: int | None) -> None:
        if wanted is not None and self.select(wanted):
            return
        if self.proxy.rowCount():
            select_row(self.table, 0)
        else:
            self.detail.show_request(None)

    def _query_failed(self, exc: BaseException) -> None:
        log.info("requests not listed: %s", type(exc).__name__)
        self.count.setText(error_text(exc) if isinstance(exc, OffMapError)
                           else self.tr("The requests could not be listed."))

    def _load_clients(self) -> None:
        """The client filter's names, read off the window's thread (a clinic's 8,000 clients:
        tens of milliseconds) and listed when they arrive; only the latest reading is listed."""
        self._clients_asked += 1
        asked = self._clients_asked

        def listed(clients: list[tuple[int, str]]) -> None:
            if asked == self._clients_asked:
                self._fill_clients(clients)

        def failed(exc: BaseException) -> None:
            log.info("client filter not filled: %s", type(exc).__name__)

        self.ctx.tasks.run(lambda _handle: request_queries.in_own_store(
            self.ctx.store, request_queries.client_choices), listed, failed)

    def _fill_clients(self, clients: list[tuple[int, str]]) -> None:
        if self.client.set_clients(clients):
            self.model.set_filters(client_id=None)

    def _text_changed(self, text: str) -> None:
        if self.model.total() <= INSTANT_ROWS:
            self._filter(text=text)
        else:
            self._typing.start()

    def _filter(self, **filters) -> None:
        self._typing.stop()
        self._pending_select = self.selected_id()
        self.model.set_filters(**filters)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count.setText(self.tr("{shown} of {total} requests").replace(
            "{shown}", str(shown)).replace("{total}", str(total)))

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows()
        return [self.proxy.data(r, RequestTableModel.RequestIdRole) for r in rows]

    def selected_id(self) -> int | None:
        ids = self.selected_ids()
        return ids[0] if len(ids) == 1 else None

    def select(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        select_row(self.table, index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if len(rows) == 1:
            self.detail.show_request(self.proxy.data(rows[0], RequestTableModel.RowRole))
        elif not rows:
            self.detail.show_request(None)

    def _rest_read(self) -> None:
        """A row selected while it was still blank (a jump to the end of a long list) gets its
        letter once its request is known."""
        if self.detail.request_id is None:
            self._selection_changed(QItemSelection(), QItemSelection())

    def _remember_client(self, client_id: int) -> None:
        self._last_client = client_id

    # -- actions -----------------------------------------------------------------------------
    def new_request(self, client_id: int | None = None,
                    companies: list[str] | None = None) -> NewRequestDialog | None:
        """Opens the New request flow (for `client_id`, else the filtered or last client)."""
        if not client_service.list_clients(self.ctx.store, include_archived=False):
            QMessageBox.information(self, self.tr("No client yet"), self.tr(
                "Add a client on the Clients page first, with the companies that hold their "
                "location data."))
            return None
        chosen = client_id or self.client.currentData() or self._last_client
        dialog = NewRequestDialog(self.ctx, chosen, companies, self)
        if dialog.exec() and dialog.created_ids:
            self.reload(select_id=dialog.created_ids[0])
            if dialog.export_after:
                ExportDialog(self.ctx, dialog.created_ids, self).exec()
        return dialog

    def export_letters(self) -> None:
        ids = self.selected_ids() or self.model.visible_ids()
        if not ids:
            return
        ExportDialog(self.ctx, ids, self).exec()

    def delete_selected(self) -> None:
        request_id = self.selected_id()
        if request_id is not None:
            self.delete_request(request_id)

    def delete_request(self, request_id: int) -> None:
        try:
            request = request_service.get_request(self.ctx.store, request_id)
        except OffMapError:
            return
        if request.status != "draft":
            QMessageBox.information(self, self.tr("Not a draft"), self.tr(
                "This request was sent and is part of the record, so it cannot be deleted. "
                "Log a 'closed' event on the Tracking tab instead."))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft {ref}? Its letter has not been sent.").replace(
                "{ref}", request.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            request_service.delete_draft(self.ctx.store, request_id)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        log.info("draft %s deleted", request_id)
        self.ctx.bus.requests_changed.emit()
        self.reload()
