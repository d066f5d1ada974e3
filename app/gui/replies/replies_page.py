"""The Replies page: companies' answers imported from files or fetched from the mail account,
each with the request it was matched to (or waiting in the inbox to be filed by hand), the
suggested event and why. The message is shown as plain text: HTML is never rendered, so no
script runs and no remote image loads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.html_text import html_risks
from app.gui.common.context import GuiContext
from app.gui.common.messages import error_text, shown
from app.gui.common.plural import english_plural
from app.gui.common.record_table import rows_table
from app.gui.replies.reply_widgets import (
    accept_reply,
    draft_followup,
    import_in_background,
    suggestion_label,
)
from app.services import accounts as account_service
from app.services import replies as reply_service
from app.services import reply_actions
from app.services.reply_fetch import fetch_in_home

COLUMNS = ("Date", "From", "Subject", "Request", "Suggested", "Filed")
_ROOT = QModelIndex()
LOG_AS = ("acknowledged", "extended", "needs-verification", "fulfilled", "partial", "denied",
          "bounced", "note")


class ReplyTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[dict[str, Any]] = []

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return row["date"] or "—"
        if column == 1:
            return row["from"]
        if column == 2:
            return row["subject"]
        if column == 3:
            return row["reference"] or self.tr("Inbox: file by hand")
        if column == 4:
            return suggestion_label(row["suggested_event"])
        return self.tr("Accepted") if row["accepted"] else ""


class RepliesPage(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Replies"))
        self.import_button = QPushButton(self.tr("&Import replies…"))
        self.import_button.setToolTip(self.tr("Read saved messages (.eml, Outlook .msg, mbox); "
                                              "you can also drop them on the window"))
        self.import_button.clicked.connect(self.choose_files)
        self.fetch_button = QPushButton(self.tr("Fe&tch from mail"))
        self.fetch_button.setToolTip(self.tr("Read new replies from your mail account over IMAP "
                                             "(nothing is deleted, moved or marked read)"))
        self.fetch_button.clicked.connect(lambda: self.fetch())
        self.show_combo = QComboBox()
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.addItem(self.tr("Waiting to be filed"), True)
        self.show_combo.addItem(self.tr("All replies"), False)
        self.show_combo.setCurrentIndex(1)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.reload())
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.fetch_button)
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.show_combo)

        self.model = ReplyTableModel(self)
        self.table = rows_table(self.model, self.tr("Replies"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((0, 90), (1, 190), (2, 300), (3, 130), (4, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())

        self.suggestion = QLabel()
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setWordWrap(True)
        self.suggestion.setAccessibleName(self.tr("Suggestion and reason"))
        self.message = QTextBrowser()
        self.message.setOpenLinks(False)
        self.message.setOpenExternalLinks(False)
        self.message.setAccessibleName(self.tr("Message"))
        self.log_as = QComboBox()
        self.log_as.setAccessibleName(self.tr("Log as"))
        for event in LOG_AS:
            self.log_as.addItem(suggestion_label(event), event)
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Log the event on the request with the message "
                                              "attached"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.file_button = QPushButton(self.tr("File on &request…"))
        self.file_button.clicked.connect(self.file_selected)
        self.followup_button = QPushButton(self.tr("Appeal or &complain…"))
        self.followup_button.setToolTip(self.tr("Draft the follow-up the law offers, quoting "
                                                "this answer"))
        self.followup_button.clicked.connect(self.followup_selected)
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Log as:")))
        actions.addWidget(self.log_as)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.file_button)
        actions.addWidget(self.followup_button)
        actions.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.suggestion)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.message, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        ctx.bus.requests_changed.connect(self.reload)
        self.reload()

    # -- showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        selected = self.selected()
        unmatched = bool(self.show_combo.currentData())
        rows = [reply_service.reply_json(self.ctx.store, r)
                for r in reply_service.list_replies(self.ctx.store, unmatched=unmatched)]
        self.model.set_rows(rows)
        ids = [r["id"] for r in rows]
        if selected is not None and selected["id"] in ids:
            self.table.selectRow(ids.index(selected["id"]))
        elif rows:
            self.table.selectRow(0)
        self.show_selected()

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.rows[rows[0].row()] if rows else None

    def show_selected(self) -> None:
        row = self.selected()
        for button in (self.accept_button, self.file_button, self.followup_button,
                       self.log_as):
            button.setEnabled(row is not None and not row["accepted"])
        if row is None:
            self.suggestion.setText(self.tr("No reply chosen. Import saved messages, drop them "
                                            "on the window, or fetch them from your mail."))
            self.message.setPlainText("")
            return
        reply = reply_service.get_reply(self.ctx.store, row["id"])
        where = row["reference"] or self.tr("the Replies inbox (file it by hand)")
        self.suggestion.setText(
            self.tr("Suggested: {event} — on {where}. Why: {reason}")
            .replace("{event}", suggestion_label(row["suggested_event"]))
            .replace("{where}", where)
            .replace("{reason}", shown(reply_actions.reason_text(reply))))
        self.log_as.setCurrentIndex(max(0, self.log_as.findData(
            row["suggested_event"] if row["suggested_event"] in LOG_AS else "note")))
        self.accept_button.setEnabled(not row["accepted"] and bool(row["request_id"]))
        self.followup_button.setEnabled(bool(row["request_id"]) and
                                        row["suggested_event"] == "denied")
        self.message.setPlainText(self._message_text(reply, row))

    def _message_text(self, reply, row: dict[str, Any]) -> str:
        try:
            mail = reply_service.read_reply(self.ctx.store, reply)
        except OffMapError as exc:
            return error_text(exc)
        lines = [self.tr("From: {sender}").replace("{sender}", row["from"]),
                 self.tr("Subject: {subject}").replace("{subject}", row["subject"]),
                 self.tr("Date: {date}").replace("{date}", row["date"] or "—")]
        files = [a["filename"] for a in row["attachments"]]
        if files:
            lines.append(self.tr("Attachments: {files}").replace("{files}", ", ".join(files)))
        if mail.html and not mail.text_was_plain:
            scripts, images = html_risks(mail.html)
            lines.append(self.tr("Shown as text: this message is HTML; {scripts} and {images} "
                                 "were not run or loaded.")
                         .replace("{scripts}", english_plural(
                             self.tr("%n script(s)", "", scripts), scripts))
                         .replace("{images}", english_plural(
                             self.tr("%n remote image(s)", "", images), images)))
        lines.extend(shown(note) for note in row["notes"])
        following = reply_actions.next_channel(self.ctx.store, reply)
        if following:
            lines.append(shown(following))
        return "\n".join(lines) + "\n\n" + mail.text

    # -- actions ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        from app.gui.common.export_folder import last_folder, remember_folder

        # The last folder used (else the home folder), not the directory OffMap started in.
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import replies"), str(last_folder(self.ctx)),
            self.tr("Saved mail (*.eml *.msg *.mbox *.mbx);;All files (*)"))
        if paths:
            remember_folder(self.ctx, paths[0])
            self.import_paths(paths)

    def import_paths(self, paths: list[str]) -> None:
        import_in_background(self, self.ctx, paths, self._imported)

    def _imported(self, results: list) -> None:
        self.reload()
        filed = sum(1 for r in results if r.request_id)
        QMessageBox.information(
            self, self.tr("Replies imported"),
            english_plural(self.tr("%n message(s) read: {filed} matched to a request, {inbox} "
                                   "waiting in the inbox.", "", len(results)), len(results))
            .replace("{filed}", str(filed)).replace("{inbox}", str(len(results) - filed)))

    def accept_selected(self) -> None:
        row = self.selected()
        if row is not None and accept_reply(self, self.ctx, row["id"],
                                            event=self.log_as.currentData()):
            self.reload()

    def file_selected(self) -> None:
        from app.gui.replies.request_picker import RequestPicker

        row = self.selected()
        if row is None:
            return
        picker = RequestPicker(self.ctx, row["id"], self)
        if not picker.list.count():
            QMessageBox.information(self, self.tr("File on request"),
                                    self.tr("No request has been sent yet."))
            return
        self.picker = picker  # for tests
        if picker.exec() and picker.chosen is not None and accept_reply(
                self, self.ctx, row["id"], request_id=picker.chosen,
                event=self.log_as.currentData()):
            self.reload()

    def followup_selected(self) -> None:
        row = self.selected()
        if row is not None and draft_followup(self, self.ctx, row["id"]) is not None:
            self.reload()

    def fetch(self, password: str | None = None) -> None:
        home = self.ctx.home
        progress = QProgressDialog(self.tr("Fetching replies…"), self.tr("Cancel"), 0, 0, self)
        progress.setWindowTitle(self.tr("Fetch replies"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.fetch_button.setEnabled(False)

        def work(handle):
            return fetch_in_home(home, password=password,
                                 progress=lambda d, t, m: handle.progress.emit(d, t, m),
                                 should_stop=lambda: handle.cancelled)

        def report(done: int, total: int, folder: str) -> None:
            progress.setLabelText(self.tr("Reading {folder}…").replace("{folder}", folder))
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, max(total, 1)))

        def done(outcome) -> None:
            progress.close()
            self.fetch_button.setEnabled(True)
            self.ctx.bus.requests_changed.emit()
            text = shown(outcome.summary)
            if outcome.notes:
                text += "\n\n" + "\n".join(shown(n) for n in outcome.notes)
            QMessageBox.information(self, self.tr("Replies fetched"), text)

        def failed(exc: BaseException) -> None:
            progress.close()
            self.fetch_button.setEnabled(True)
            if isinstance(exc, account_service.PasswordNeededError):
                from app.gui.common.password_prompt import ask_password, keep_password

                answer = ask_password(self, exc.account, exc.no_keyring)
                if answer is not None:
                    if answer[1]:
                        keep_password(self, self.ctx.store, exc.account, answer[0])
                    self.fetch(answer[0])
                return
            QMessageBox.warning(self, self.tr("Replies not fetched"), error_text(exc))

        handle = self.ctx.tasks.run(work, done, failed, report)
        progress.canceled.connect(handle.cancel)
