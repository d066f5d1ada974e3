"""A request's timeline: its status and deadlines, its events with their files (images
previewed, other files opened with the system viewer), and actions to mark it sent, log, edit
and delete events (with undo), draft a follow-up and save the whole history as PDF.

Embed it anywhere a request is shown: `RequestTimeline(ctx)`, then `set_request(id)`."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QItemSelection, QSize, Qt
from PySide6.QtGui import (
    QKeySequence,
    QPixmap,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.model import Attachment, Event
from app.core.tracking import Derived
from app.gui.common.appearance import color
from app.gui.common.context import GuiContext
from app.gui.common.empty_state import EmptyViewText
from app.gui.common.messages import error_text, sentence
from app.gui.common.record_table import leave_on_tab
from app.gui.common.window_layout import room_for_menu_arrow
from app.gui.requests.timeline_actions import TimelineActions
from app.gui.requests.timeline_models import AttachmentListModel, EventTableModel
from app.gui.requests.timeline_undo import EventIds
from app.services import attachments as attachment_service
from app.services import tracking
from app.services.store_keys import StoreClosedError

log = logging.getLogger("app.gui.timeline")

FOLLOWUP_LABELS = {"reminder": "&Reminder to the company",
                   "appeal": "&Appeal to the company",
                   "complaint": "&Complaint to the regulator"}
PREVIEW_SIZE = QSize(240, 150)



class RequestTimeline(TimelineActions):
    """Timeline of one request (its actions and signals: TimelineActions)."""

    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: int | None = None
        self.derived: Derived | None = None
        self.ids = EventIds()
        self.undo_stack = QUndoStack(self)
        self._quiet = False   # set while the stack is cleared (nothing changed in the store)
        self.undo_stack.indexChanged.connect(self._stack_moved)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Request status"))
        self.flags = QLabel()
        self.flags.setTextFormat(Qt.TextFormat.PlainText)
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(f"color: {color('error')};")
        self.flags.setAccessibleName(self.tr("Warnings"))

        self.mark_sent_button = QPushButton(self.tr("Mar&k sent…"))
        self.mark_sent_button.clicked.connect(self.mark_sent)
        self.log_button = QPushButton(self.tr("Lo&g event…"))
        self.log_button.setToolTip(self.tr("Record a reply, an extension, a refusal or a note"))
        self.log_button.clicked.connect(lambda: self.log_event())  # not clicked(bool) as preset
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.edit_button.clicked.connect(self.edit_event)
        # Disambiguated: this context also translates the request type "Delete" (a noun).
        self.delete_button = QPushButton(self.tr("Delete", "button: delete the selected event"))
        self.delete_button.setToolTip(self.tr("Delete the selected event (Delete; undo with "
                                              "Ctrl+Z)"))
        self.delete_button.clicked.connect(self.delete_event)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(
            lambda text: self.undo_button.setToolTip(self.tr("Undo: {what} (Ctrl+Z)")
                                                     .replace("{what}", text)))
        self.undo_button.setEnabled(False)
        self.followup_button = QToolButton()
        self.followup_button.setText(self.tr("Follo&w up"))
        self.followup_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        room_for_menu_arrow(self.followup_button)
        self.followup_menu = QMenu(self)
        self.followup_actions = {}
        for kind, label in FOLLOWUP_LABELS.items():
            action = self.followup_menu.addAction(self.tr(label))
            action.triggered.connect(lambda _=False, k=kind: self.draft_followup(k))
            self.followup_actions[kind] = action
        self.followup_menu.aboutToShow.connect(self._update_followups)
        self.followup_button.setMenu(self.followup_menu)
        self.pdf_button = QPushButton(self.tr("Timeline &PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the whole history of this request, with its "
                                           "follow-ups, as a PDF"))
        self.pdf_button.clicked.connect(self.save_pdf)
        # Two rows (what to record next; changing what is recorded), so the timeline beside a
        # list needs half the width and the list keeps its columns.
        buttons = QVBoxLayout()
        for row_buttons in ((self.mark_sent_button, self.log_button, self.followup_button,
                             self.pdf_button),
                            (self.edit_button, self.delete_button, self.undo_button)):
            row = QHBoxLayout()
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)

        self.events = EventTableModel(self)
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.events)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 90), (1, 130), (2, 320)):
            header.resizeSection(column, width)
        self.table.selectionModel().selectionChanged.connect(self._event_selected)
        self.table_empty = EmptyViewText(self.table)
        self.table.doubleClicked.connect(lambda _i: self.edit_event())
        for keys, target, slot in ((QKeySequence.StandardKey.Delete, self.table,
                                    self.delete_event),
                                   (QKeySequence.StandardKey.Undo, self, self.undo_stack.undo),
                                   (QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)):
            shortcut = QShortcut(keys, target, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.files = AttachmentListModel(self)
        self.file_list = QListView()
        self.file_list.setModel(self.files)
        self.file_list.setAccessibleName(self.tr("Files of the selected event"))
        self.file_list.selectionModel().selectionChanged.connect(self._file_selected)
        self.file_list.doubleClicked.connect(lambda _i: self.open_file())
        self.files_empty = EmptyViewText(self.file_list)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.preview.setAccessibleName(self.tr("Preview"))
        # A text file (.txt, .eml, .csv, .json) is shown as characters only, never as HTML.
        self.text_preview = QPlainTextEdit()
        self.text_preview.setReadOnly(True)
        self.text_preview.setFixedSize(PREVIEW_SIZE)
        self.text_preview.setAccessibleName(self.tr("Text of the file"))
        self.text_preview.hide()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the file with the program your system uses "
                                            "for it"))
        self.open_button.clicked.connect(self.open_file)
        self.save_button = QPushButton(self.tr("Sa&ve as…"))
        self.save_button.clicked.connect(self.save_file)
        file_buttons = QVBoxLayout()
        file_buttons.addWidget(self.open_button)
        file_buttons.addWidget(self.save_button)
        file_buttons.addStretch(1)
        files_box = QWidget()
        files_box.setMinimumHeight(PREVIEW_SIZE.height() + 4)
        files_layout = QHBoxLayout(files_box)
        files_layout.setContentsMargins(0, 0, 0, 0)
        files_layout.addWidget(self.file_list, 1)
        files_layout.addWidget(self.preview)
        files_layout.addWidget(self.text_preview)
        files_layout.addLayout(file_buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(files_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.flags)
        layout.addLayout(buttons)
        from app.gui.replies.reply_widgets import ReplySuggestions

        self.replies = ReplySuggestions(ctx, self)   # a reply's suggestion, accepted in one click
        self.replies.accepted.connect(self._after_change)
        layout.addWidget(self.replies)
        layout.addWidget(splitter, 1)
        self.set_request(None)

    # -- showing ---------------------------------------------------------------------------
    def set_request(self, request_id: int | None) -> None:
        if request_id != self.request_id:
            self._clear_undo()
            self.ids = EventIds()
        self.request_id = request_id
        self.reload()

    def _clear_undo(self) -> None:
        self._quiet = True
        try:
            self.undo_stack.clear()
        finally:
            self._quiet = False

    def _stack_moved(self, _index: int) -> None:
        if not self._quiet:
            self._after_change()

    def reload(self) -> None:
        selected = self.selected_event()
        if self.request_id is None:
            self.derived = None
            self.events.set_events([])
            self.summary.setText(self.tr("Choose a request to see its timeline."))
            self.flags.hide()
        else:
            try:
                self.derived = tracking.derive_one(self.ctx.store, self.request_id)
                self.events.set_events(tracking.list_events(self.ctx.store, self.request_id))
            except OffMapError as exc:
                self.request_id, self.derived = None, None
                self.events.set_events([])
                self.summary.setText(error_text(exc))
            except (sqlite3.ProgrammingError, StoreClosedError):  # closing: the store is closed
                return
            else:
                self.summary.setText(self._summary_text(self.derived))
                self.flags.setText("\n".join(sentence(m) for m in self.derived.messages))
                self.flags.setVisible(bool(self.derived.messages))
        if selected is not None and selected.id is not None:
            self.select_event(self.ids.current(selected.id))
        self.replies.set_request(self.request_id)
        self.table_empty.set_text(self.tr(
            "Nothing recorded yet. Once the letter is sent, Mark sent… starts its deadline; "
            "Log event… records a reply, a call or a note.") if self.request_id is not None
            else "")
        self._update_buttons()
        self._event_selected()

    def _confidence(self, confidence: str | None) -> str:
        """How sure the deadline's rule is, in the interface language (not the stored code)."""
        labels = {"statute": self.tr("statute"), "regulation": self.tr("regulation"),
                  "secondary": self.tr("secondary source"), "unverified": self.tr("unverified")}
        return labels.get(confidence or "unverified", confidence or "")

    def _summary_text(self, derived: Derived) -> str:
        from app.gui.common.kind_labels import REQUEST_STATUS_LABELS

        status = REQUEST_STATUS_LABELS.get(derived.status, derived.status)
        parts = [self.tr("Status: {s}").replace("{s}", self.tr(status))]
        if derived.sent_on:
            via = {"email": self.tr("e-mail"), "post": self.tr("post"), "phone": self.tr("phone"),
                   "webform": self.tr("web form")}.get(derived.via or "email", derived.via or "")
            parts.append(self.tr("sent {d} by {via}").replace("{d}", derived.sent_on.isoformat())
                         .replace("{via}", via))
        if derived.due_on:
            rule = derived.due.rule if derived.due else {}
            due = self.tr("answer due {d}").replace("{d}", derived.due_on.isoformat())
            if rule.get("citation"):
                due += f" ({rule['citation']}, {self._confidence(rule.get('confidence'))})"
            parts.append(due)
        if derived.extended_due_on:
            parts.append(self.tr("extended to {d}").replace(
                "{d}", derived.extended_due_on.isoformat()))
        if derived.late_after and derived.deadline and derived.late_after != derived.deadline:
            # The law's roll-off rule: the last day falls on a weekend or holiday.
            roll = derived.due.roll_rule if derived.due else {}
            on_time = self.tr("an answer on {d} is still on time").replace(
                "{d}", derived.late_after.isoformat())
            if roll.get("citation"):
                on_time += f" ({roll['citation']})"
            parts.append(on_time)
        if derived.confirm_by and derived.acknowledged_on is None and derived.is_open:
            parts.append(self.tr("receipt to be confirmed by {d}").replace(
                "{d}", derived.confirm_by.isoformat()))
        if derived.days_left is not None and derived.is_open:
            if derived.overdue:
                late = -derived.days_left
                parts.append(self.tr("1 day late") if late == 1 else
                             self.tr("{n} days late").replace("{n}", str(late)))
            elif derived.days_left >= 0:   # past due_on but not late_after: said above
                left = derived.days_left
                parts.append(self.tr("1 day left") if left == 1 else
                             self.tr("{n} days left").replace("{n}", str(left)))
        if derived.closed_reason:
            parts.append(self.tr("closed: {r}").replace("{r}", derived.closed_reason))
        return " · ".join(parts)

    def _update_buttons(self) -> None:
        has_request = self.request_id is not None
        event = self.selected_event()
        stage = self.derived.stage if self.derived else "draft"
        self.mark_sent_button.setEnabled(has_request and stage in ("draft", "bounced"))
        self.log_button.setEnabled(has_request)
        self.edit_button.setEnabled(event is not None)
        self.delete_button.setEnabled(event is not None)
        self.followup_button.setEnabled(has_request and stage not in ("draft", "bounced"))
        self.pdf_button.setEnabled(has_request)

    def selected_event(self) -> Event | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.events.event_at(rows[0].row())

    def select_event(self, event_id: int) -> None:
        row = self.events.row_of(event_id)
        if row >= 0:
            self.table.selectRow(row)

    def _event_selected(self, *_args: QItemSelection) -> None:
        event = self.selected_event()
        self.files.set_attachments(event.attachments if event else [])
        if self.files.rowCount():
            self.file_list.setCurrentIndex(self.files.index(0))
        self._file_selected()
        self.files_empty.set_text(self.tr(
            "No files on this event. Edit… the event to attach a reply's PDF, a screenshot or "
            "a letter.") if event is not None else self.tr(
            "Choose an event to see its files."))
        self._update_buttons()

    def selected_attachment(self) -> Attachment | None:
        index = self.file_list.currentIndex()
        return self.files.attachment_at(index.row()) if index.isValid() else None

    def _file_selected(self, *_args: QItemSelection) -> None:
        attachment = self.selected_attachment()
        self.open_button.setEnabled(attachment is not None)
        self.save_button.setEnabled(attachment is not None)
        self.preview.clear()
        self.text_preview.clear()
        self.text_preview.hide()
        self.preview.show()
        if attachment is None:
            self.preview.setText(self.tr("No file") if self.selected_event() else "")
            return
        if attachment.mime.startswith("image/"):
            try:
                pixmap = QPixmap()
                pixmap.loadFromData(attachment_service.read_bytes(self.ctx.store, attachment))
            except OffMapError as exc:
                self.preview.setText(error_text(exc))
                return
            if not pixmap.isNull():
                self.preview.setPixmap(pixmap.scaled(
                    PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation))
                self.preview.setToolTip(attachment.filename)
                return
        if self._show_text(attachment):
            return
        self.preview.setText(self.tr("No preview: open it with its program."))

    def _show_text(self, attachment: Attachment) -> bool:
        """Shows a text attachment in the text preview; False when it is not one."""
        try:
            found = attachment_service.text_preview(self.ctx.store, attachment)
        except OffMapError as exc:
            self.preview.setText(error_text(exc))
            return True
        if found is None:
            return False
        text = found.text
        if found.cut:
            text += "\n" + self.tr("… (the rest is not shown: open the file to read it all)")
        self.text_preview.setPlainText(text)
        self.text_preview.setToolTip(attachment.filename)
        self.preview.hide()
        self.text_preview.show()
        return True
