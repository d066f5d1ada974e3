"""Send all: the letters go one by one with a progress bar and a table of each letter's result;
Cancel stops before the next letter. The worker opens its own store and gets only values."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.model import MailAccount
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.record_table import leave_on_tab
from app.gui.common.table_model import ColumnsTableModel
from app.gui.common.tasks import TaskHandle
from app.services import requests as request_service
from app.services import sending
from app.services.sending import BatchItem

Index = QModelIndex | QPersistentModelIndex

OUTCOME_LABELS = {
    "sent": "Sent",
    "recorded": "Recorded (had gone out)",
    "skipped": "Already sent",
    "web-form-or-post": "Web form or post",
    "unverified": "Address not confirmed",
    "missing-id": "Identification missing",
    "failed": "Failed",
    "not-attempted": "Not sent",
    "pending": "Waiting",
}



@dataclass
class _Row:
    request_id: int
    reference: str
    to: str  # the recipient's name
    outcome: str = "pending"
    message: str = ""


class BatchResultsModel(ColumnsTableModel):
    COLUMNS = ("Reference", "Recipient", "Result", "Details")

    def __init__(self, rows: list[tuple[int, str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        # request id, reference, recipient name
        self._rows = [_Row(i, ref, to) for i, ref, to in rows]

    def set_item(self, item: BatchItem) -> None:
        for number, row in enumerate(self._rows):
            if row.request_id == item.request_id:
                row.outcome, row.message = item.outcome, item.message
                self.dataChanged.emit(self.index(number, 0), self.index(number, 3))
                return

    def outcome(self, row: int) -> str:
        return self._rows[row].outcome

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return shown(row.message)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.reference, row.to, self.tr(OUTCOME_LABELS[row.outcome]),
                shown(row.message))[index.column()]


class SendAllDialog(QDialog):
    """Sends the letters one by one with a progress bar; Cancel stops before the next letter
    (a letter being handed to the server is never cut off). Each letter's result shows as it
    comes."""

    item_done = Signal(object)  # BatchItem, emitted from the worker thread
    finished_sending = Signal(list)

    def __init__(self, ctx: GuiContext, request_ids: list[int], account: MailAccount,
                 password: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_ids = list(request_ids)
        self.account = account
        self.password = password
        self.items: list[BatchItem] = []
        self.allow_unverified = False  # set once the user confirmed unverified addresses
        self.handle: TaskHandle | None = None
        self.running = False
        self._stop = threading.Event()  # read by the worker between letters
        self.setWindowTitle(self.tr("Send all"))
        self.setMinimumSize(720, 360)
        rows = []
        for request_id in self.request_ids:
            request = request_service.get_request(ctx.store, request_id)
            try:
                name = sending.channels_for(ctx.store, request).name
            except OffMapError:
                name = request.company
            rows.append((request_id, request.reference, name))
        self.model = BatchResultsModel(rows, self)
        self.intro = QLabel(self.tr("Sending {n} letters from {account}.")
                            .replace("{n}", str(len(rows))).replace("{account}", account.label))
        self.intro.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(rows))
        self.bar.setAccessibleName(self.tr("Sending progress"))
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Result for each letter"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.item_done.connect(self._show_item)

    def start(self) -> None:
        home, ids, tasks = self.ctx.home, list(self.request_ids), self.ctx.tasks
        account_id, password, stop = self.account.id, self.password, self._stop
        allow_unverified = self.allow_unverified
        self.running = True

        def work(handle) -> list[BatchItem]:
            worker_store = tasks.open_store(home)
            try:
                return sending.send_batch(
                    worker_store, ids, account_id, password,
                    progress=lambda done, total, text: handle.progress.emit(done, total, text),
                    should_stop=lambda: handle.cancelled or stop.is_set(),
                    on_item=self.item_done.emit, allow_unverified=allow_unverified,
                    allow_missing_id=True)  # the user confirmed missing IDs before (Send all)
            finally:
                worker_store.close()

        self.handle = self.ctx.tasks.run(work, self._finished, self._failed, self._progress)

    def cancel(self) -> None:
        if self.running:
            self._stop.set()
            if self.handle is not None:
                self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the letter being sent…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or closing the window while sending stops after the current letter."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def _progress(self, done: int, total: int, _message: str) -> None:
        self.bar.setMaximum(max(total, 1))
        self.bar.setValue(done)

    def _show_item(self, item: BatchItem) -> None:
        self.items.append(item)
        self.model.set_item(item)

    def _finished(self, items: list[BatchItem]) -> None:
        self.running = False
        for item in items:
            if item not in self.items:
                self._show_item(item)
        self.bar.setValue(self.bar.maximum())
        counts: dict[str, int] = {}
        for item in items:
            counts[item.outcome] = counts.get(item.outcome, 0) + 1
        sent = counts.get("sent", 0) + counts.get("recorded", 0)
        text = self.tr("{sent} of {total} sent.").replace("{sent}", str(sent)).replace(
            "{total}", str(len(items)))
        if counts.get("web-form-or-post"):
            text += " " + self.tr("{n} go by web form or post: open each request to print it "
                                  "or open the form.").replace(
                "{n}", str(counts["web-form-or-post"]))
        if counts.get("unverified"):
            text += " " + self.tr("{n} not sent: their address is not from a verified source "
                                  "and was not confirmed.").replace(
                "{n}", str(counts["unverified"]))
        if counts.get("failed"):
            text += " " + self.tr("{n} failed: see Details; nothing was marked sent for them.") \
                .replace("{n}", str(counts["failed"]))
        if counts.get("not-attempted"):
            text += " " + self.tr("{n} not attempted.").replace(
                "{n}", str(counts["not-attempted"]))
        self.summary.setText(text)
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.close_button.setDefault(True)
        self.ctx.bus.requests_changed.emit()
        self.finished_sending.emit(items)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.summary.setText(error_text(exc) if isinstance(exc, OffMapError)
                             else self.tr("Sending stopped unexpectedly."))
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.ctx.bus.requests_changed.emit()
        self.finished_sending.emit(list(self.items))
