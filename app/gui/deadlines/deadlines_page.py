"""Deadlines: every open request across all clients (or one), grouped as overdue, due this
week and waiting for confirmation; sortable and filterable; the selected request's timeline
below, to log what the company did or draft a follow-up."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.appearance import color
from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyState
from app.gui.common.export_folder import confirm_export, remember_folder, suggested_path
from app.gui.common.messages import error_text
from app.gui.common.plural import english_plural
from app.gui.common.proxy import SourceSortedProxy
from app.gui.common.record_table import record_table, select_source_row, selected_value
from app.gui.deadlines.deadlines_model import DeadlineStoreSource, DeadlineTableModel
from app.gui.requests.client_filter import ClientFilter
from app.gui.requests.request_rows_model import QueryResult
from app.gui.requests.request_timeline import RequestTimeline
from app.services.deadlines import CATEGORIES, CATEGORY_TITLES
from app.services.request_queries import client_choices, in_own_store

log = logging.getLogger("app.gui.deadlines")
RELOAD_DELAY_MS = 150
TYPING_PAUSE_MS = 150  # a long list waits this long for the next key before querying
INSTANT_ROWS = 2000  # up to this many open requests, every keystroke filters at once
DAY_CHECK_MS = 10 * 60 * 1000


class DeadlinesPage(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._loaded_on: date | None = None
        self._pending_select: int | None = None
        self._clients_asked = 0
        self.last_export: tuple[Path, int] | None = None
        self.model = DeadlineTableModel(self)

        def run_query(work: Callable[[], QueryResult], done: Callable[[QueryResult], None]) -> None:
            ctx.tasks.run(lambda _handle: work(), done, self._load_failed)

        self.model.runner = run_query
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by reference, client, company, type or "
                                               "status  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Filter deadlines"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(lambda: self._set_text(self.search.text()))
        self.search.textChanged.connect(self._text_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.client = ClientFilter(self.tr("All clients"))
        self.client.setAccessibleName(self.tr("Client"))
        self.client.setMinimumWidth(180)
        self.client.currentIndexChanged.connect(self._client_changed)
        self.ics_button = QPushButton(self.tr("Export &calendar…"))
        self.ics_button.setToolTip(self.tr("Save every open deadline as an .ics file for your "
                                           "calendar, with reminders"))
        self.ics_button.clicked.connect(self.export_calendar)
        self.csv_button = QPushButton(self.tr("Export C&SV…"))
        self.csv_button.setToolTip(self.tr("Save all requests as a spreadsheet (CSV)"))
        self.csv_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        client_label = QLabel(self.tr("C&lient:"))
        client_label.setBuddy(self.client)
        top.addWidget(client_label)
        top.addWidget(self.client)
        top.addWidget(self.ics_button)
        top.addWidget(self.csv_button)

        self.category_group = QButtonGroup(self)
        self.category_group.setExclusive(True)
        self.category_buttons: dict[str | None, QPushButton] = {}
        categories = QHBoxLayout()
        for key in (None, "overdue", "this-week", "waiting"):
            button = QPushButton()
            button.setCheckable(True)
            button.setFlat(True)
            button.clicked.connect(lambda _=False, k=key: self.model.set_category(k))
            self.category_group.addButton(button)
            self.category_buttons[key] = button
            categories.addWidget(button)
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.hide()
        categories.addWidget(self.loading_label)
        categories.addStretch(1)
        self.category_buttons[None].setChecked(True)
        overdue_style = f"QPushButton {{ color: {color('error')}; }}"
        self.category_buttons["overdue"].setStyleSheet(overdue_style)

        widths = ((0, 120), (1, 150), (2, 150), (3, 100), (4, 100), (5, 90), (6, 90), (7, 70))
        self.table = record_table(self.proxy, self.tr("Open requests and their deadlines"),
                                  widths, sort_column=DeadlineTableModel.DEFAULT_SORT[0])
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.rest_read.connect(self._rest_read)

        self.timeline = RequestTimeline(ctx)
        self.timeline.setAccessibleName(self.tr("Timeline of the selected request"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.timeline)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 300])  # the list first; the timeline below needs less
        self.splitter = splitter

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addLayout(categories)
        content_layout.addWidget(splitter, 1)
        self.empty = EmptyState(
            self.tr("Nothing is waiting for an answer"),
            self.tr("When you mark a request as sent, its deadline appears here: overdue "
                    "requests first, then those due this week and those still waiting for the "
                    "company to confirm receipt."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(content)
        # The list (empty while its first query runs) rather than "Nothing is waiting": on a big
        # store the answer comes a moment later, and the empty state would say the wrong thing.
        self.stack.setCurrentWidget(content)
        self.content = content
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        ctx.bus.requests_changed.connect(self._reload_timer.start)
        ctx.bus.clients_changed.connect(self._load_clients)
        self._load_clients()
        self._update_counts()
        self.model.refreshed.connect(self._loaded)
        self.reload()

    # -- data ------------------------------------------------------------------------------
    def _load_clients(self) -> None:
        """The client filter's names, read off the window's thread (a clinic's 8,000 clients
        took 50 ms of the page's first open) and listed when they arrive; until then the
        filter offers "All clients". Only the latest reading is listed."""
        self._clients_asked += 1
        asked = self._clients_asked

        def listed(clients: list[tuple[int, str]]) -> None:
            if asked == self._clients_asked and self.client.set_clients(clients):
                self._client_changed()

        self.ctx.tasks.run(lambda _handle: in_own_store(self.ctx.store, client_choices),
                           listed, self._load_failed)

    def _client_changed(self) -> None:
        self.model.set_client(self.client.currentData())
        self._update_counts()

    def _text_changed(self, text: str) -> None:
        if self.model.total() <= INSTANT_ROWS:
            self._set_text(text)
        else:
            self._typing.start()

    def _set_text(self, text: str) -> None:
        self._typing.stop()
        self._pending_select = self.selected_request_id()
        self.model.set_text(text)

    def reload(self) -> None:
        """Lists the open requests again: ids and counts from indexed queries off the GUI
        thread ("Loading…" shows meanwhile), the rows on screen a page at a time."""
        self._pending_select = self.selected_request_id()
        self.loading_label.show()
        self.model.set_source(DeadlineStoreSource(self.ctx.store))

    def _loaded(self) -> None:
        self.loading_label.hide()
        self._loaded_on = date.today()
        self.stack.setCurrentWidget(self.content if self.model.total() else self.empty)
        self._update_counts()
        wanted, self._pending_select = self._pending_select, None
        if self.model.total() > INSTANT_ROWS:  # a long list: its rows first, the timeline next
            QTimer.singleShot(0, lambda: self._select_after_load(wanted))
        else:
            self._select_after_load(wanted)

    def _select_after_load(self, wanted: int | None) -> None:
        if not (wanted is not None and self.select(wanted)) and self.proxy.rowCount():
            self.table.selectRow(0)  # the first (most urgent) request's timeline, not a blank

    def _load_failed(self, exc: BaseException) -> None:
        self.loading_label.hide()
        log.info("deadlines not loaded: %s", type(exc).__name__)
        if isinstance(exc, OffMapError):
            QMessageBox.warning(self, self.tr("Deadlines not loaded"), error_text(exc))

    def _check_day(self) -> None:
        if self._loaded_on is not None and self._loaded_on != date.today():
            self.reload()

    def _update_counts(self) -> None:
        counts = self.model.counts()
        total = sum(counts.values())
        for key, button in self.category_buttons.items():
            title = self.tr("All open") if key is None else self.tr(CATEGORY_TITLES[key])
            number = total if key is None else counts.get(key, 0)
            button.setText(f"{title} ({number})")
            button.setAccessibleName(f"{title}: {number}")

    # -- selection -------------------------------------------------------------------------
    def selected_request_id(self) -> int | None:
        return selected_value(self.table, DeadlineTableModel.RequestIdRole)

    def select(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        select_source_row(self.table, self.model, row)
        return row >= 0

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        self.timeline.set_request(self.selected_request_id())

    def _rest_read(self) -> None:
        """A row selected while it was still blank (a jump to the end of a long list) gets its
        timeline once its request is known."""
        if self.timeline.request_id is None:
            self.timeline.set_request(self.selected_request_id())

    def show_category(self, category: str | None) -> None:
        if category is not None and category not in CATEGORIES:
            raise ValueError(category)
        self.category_buttons[category].setChecked(True)
        self.model.set_category(category)

    # -- exports ---------------------------------------------------------------------------
    def export_calendar(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export deadlines to a calendar"),
                                              suggested_path(self.ctx, "offmap-deadlines.ics"),
                                              self.tr("Calendar (*.ics)"))
        if path:
            self.write_export("ics", Path(path))

    def export_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export requests"),
                                              suggested_path(self.ctx, "offmap-requests.csv"),
                                              self.tr("Spreadsheet (*.csv)"))
        if path:
            self.write_export("csv", Path(path))

    def write_export(self, kind: str, path: Path) -> None:
        home, client_id = self.ctx.home, self.client.currentData()
        remember_folder(self.ctx, path)

        def work(_handle):
            from app.services.calendar_export import export_csv, export_ics

            write = export_ics if kind == "ics" else export_csv
            return in_own_store(home, lambda store: write(store, path, client_id))

        def done(count: int) -> None:
            self.last_export = (path, count)
            window = self.window()
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(
                    english_plural(self.tr("Saved %n item(s) to {path}", "", count), count)
                    .replace("{path}", str(path)), 8000)
            self.confirmation = confirm_export(self, [path])

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Not exported"), error_text(exc)
                                if isinstance(exc, OffMapError)
                                else self.tr("The file could not be written."))

        self.ctx.tasks.run(work, done, failed)
