"""Choosing the request a reply answers: a filter box over a short list (never every sent
request in one combo: a clinic has tens of thousands), the reply matcher's candidates first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.context import GuiContext
from app.gui.common.kind_labels import REQUEST_STATUS_LABELS, REQUEST_TYPE_LABELS
from app.gui.common.label_search import codes_by_word
from app.services import reply_filing
from app.services.reply_filing import FilingChoice
from app.services.request_queries import company_names

TYPING_PAUSE_MS = 150
# Types and statuses as the list shows them ("acceso", "enviada") find their requests.
SEARCH_LABELS = {**REQUEST_TYPE_LABELS, **REQUEST_STATUS_LABELS}


class RequestPicker(QDialog):
    """Pick one sent request; `chosen` is its id once accepted."""

    def __init__(self, ctx: GuiContext, reply_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.chosen: int | None = None
        self.setWindowTitle(self.tr("File on request"))
        self.names = company_names(ctx.store)
        self.candidates = reply_filing.filing_candidates(ctx.store, reply_id)

        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type a reference, client, company or type"))
        self.filter.setAccessibleName(self.tr("Find a request"))
        self.filter.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find:"))
        label.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Requests"))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self.filter.textChanged.connect(lambda _text: self._typing.start())
        self.filter.returnPressed.connect(self.accept)
        self.list.currentRowChanged.connect(self._update_ok)
        self.filter.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched, event) -> bool:
        # Up and Down in the filter box move through the list, as in a completer.
        if watched is self.filter and event.type() == event.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.list.count():
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
            self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        self._typing.stop()
        text = self.filter.text()
        choices = reply_filing.filing_choices(
            self.ctx.store, text, self.candidates, self.names,
            word_codes=codes_by_word(text, SEARCH_LABELS, self.tr))
        self.list.clear()
        for choice in choices:
            item = QListWidgetItem(self.label(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.request_id)
            self.list.addItem(item)
        if choices:
            self.list.setCurrentRow(0)
        if not choices:
            self.note.setText(self.tr("No sent request matches; try part of the reference or "
                                      "the client's name."))
        elif len(choices) >= reply_filing.SHOWN:
            self.note.setText(self.tr("Showing the first {n} matches, likely ones first; type "
                                      "to narrow them.").replace("{n}", str(len(choices))))
        else:
            self.note.setText(self.tr("Likely ones first.") if any(
                c.suggested for c in choices) else "")
        self._update_ok()

    def label(self, choice: FilingChoice) -> str:
        kind = self.tr(REQUEST_TYPE_LABELS.get(choice.type, choice.type))
        status = self.tr(REQUEST_STATUS_LABELS.get(choice.status, choice.status))
        text = (f"{choice.reference} — {choice.client_name} — {choice.company_name} — "
                f"{kind} ({status})")
        return self.tr("★ {request}").replace("{request}", text) if choice.suggested else text

    def _update_ok(self, *_args) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.list.currentItem() is not None)

    def accept(self) -> None:
        if self._typing.isActive():  # Enter right after typing: the list of what was typed
            self.refresh()
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = int(item.data(Qt.ItemDataRole.UserRole))
        super().accept()
