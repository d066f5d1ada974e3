"""Reply pieces the Replies page and a request's timeline share: the suggestion's name in the
interface's language, one-click accept, the follow-up to a refusal, import of dropped or chosen
files off the GUI thread, and the strip of a request's pending replies on its timeline."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.kind_labels import REQUEST_TYPE_LABELS
from app.gui.common.messages import error_text, shown
from app.services import replies as reply_service
from app.services import reply_actions

REPLY_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
SUGGESTION_LABELS = {
    "acknowledged": "Acknowledged", "extended": "Extended",
    "needs-verification": "Needs verification", "fulfilled": "Fulfilled",
    "partial": "Partly answered", "denied": "Refused", "bounced": "Bounced",
    "auto-reply": "Automatic reply", "unrelated": "Unrelated", "note": "Note",
}


def suggestion_label(event: str) -> str:
    return QCoreApplication.translate("Replies", SUGGESTION_LABELS.get(event, event))


def reply_files(paths: list[str]) -> list[str]:
    """The paths that look like saved mail (by their ending)."""
    return [p for p in paths if Path(p).suffix.lower() in REPLY_SUFFIXES]


def accept_reply(parent: QWidget, ctx: GuiContext, reply_id: int,
                 request_id: int | None = None, event: str | None = None) -> bool:
    """Accepts the reply's suggestion (or `event`) and says what changed; False on error."""
    tr = parent.tr
    try:
        done = reply_service.accept(ctx.store, reply_id, request_id=request_id, event=event)
    except OffMapError as exc:
        QMessageBox.warning(parent, tr("Reply not filed"), error_text(exc))
        return False
    ctx.bus.requests_changed.emit()
    if done.note:
        QMessageBox.information(parent, tr("Reply filed"), shown(done.note))
    return True


def draft_followup(parent: QWidget, ctx: GuiContext, reply_id: int) -> int | None:
    """Accepts a refusal if needed, then drafts the appeal or complaint with the reply quoted.
    Returns the new draft's id."""
    tr = parent.tr
    reply = reply_service.get_reply(ctx.store, reply_id)
    if reply.event_id is None and not accept_reply(parent, ctx, reply_id):
        return None
    try:
        created = reply_actions.draft_followup_from_reply(ctx.store, reply_id)
    except OffMapError as exc:
        QMessageBox.warning(parent, tr("No follow-up drafted"), error_text(exc))
        return None
    ctx.bus.requests_changed.emit()
    QMessageBox.information(
        parent, tr("Follow-up drafted"),
        tr("Drafted {kind} {reference} with the company's answer quoted. It is with the client's "
           "requests as a draft: review the letter, then send it.")
        .replace("{kind}", tr(REQUEST_TYPE_LABELS.get(created.type, created.type)))
        .replace("{reference}", created.reference))
    return created.id


def import_in_background(parent: QWidget, ctx: GuiContext, paths: list[str],
                         on_done: Callable[[list], None] | None = None) -> None:
    """Imports reply files in a worker thread with a progress dialog that can cancel."""
    tr = parent.tr
    progress = QProgressDialog(tr("Importing replies…"), tr("Cancel"), 0, 0, parent)
    progress.setWindowTitle(tr("Import replies"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    home = ctx.home

    def work(handle):
        return reply_actions.import_files_in_home(
            home, paths, progress=lambda done, total, name: handle.report(done, total, name))

    def report(done: int, total: int, _name: str) -> None:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))

    def done(results: list) -> None:
        progress.close()
        ctx.bus.requests_changed.emit()
        if on_done:
            on_done(results)

    def failed(exc: BaseException) -> None:
        progress.close()
        from app.gui.common.tasks import Cancelled

        if not isinstance(exc, Cancelled):
            QMessageBox.warning(parent, tr("Replies not imported"), error_text(exc))

    handle = ctx.tasks.run(work, done, failed, report)
    progress.canceled.connect(handle.cancel)


class ReplySuggestions(QWidget):
    """A request's replies waiting to be accepted, each with its suggestion, the reason and an
    Accept button (one click logs the event with the message attached)."""

    accepted = Signal()

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: int | None = None
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.setAccessibleName(self.tr("Replies waiting to be accepted"))
        self.hide()

    def set_request(self, request_id: int | None) -> None:
        self.request_id = request_id
        self.reload()

    def reload(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        pending = [] if self.request_id is None else \
            reply_actions.pending_for_request(self.ctx.store, self.request_id)
        for reply in pending:
            self.rows.addWidget(self._row(reply))
        self.setVisible(bool(pending))

    def _row(self, reply) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        text = self.tr("Reply from {sender} ({date}) — suggested: {event}. Why: {reason}") \
            .replace("{sender}", reply.from_addr or "?").replace("{date}", reply.sent_date or "—") \
            .replace("{event}", suggestion_label(reply.suggested_event)) \
            .replace("{reason}", shown(reply_actions.reason_text(reply)))
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Accept"))
        button.setObjectName("accept_reply_button")
        button.setToolTip(self.tr("Log this on the timeline with the message attached"))
        button.clicked.connect(lambda _=False, rid=reply.id: self._accept(rid))
        line.addWidget(label, 1)
        line.addWidget(button)
        if reply.suggested_event == "denied":
            followup = QPushButton(self.tr("Appeal or complain…"))
            followup.setToolTip(self.tr("Draft the follow-up the law offers, quoting this "
                                        "answer"))
            followup.clicked.connect(lambda _=False, rid=reply.id: self._followup(rid))
            line.addWidget(followup)
        return box

    def _accept(self, reply_id: int) -> None:
        if accept_reply(self, self.ctx, reply_id):
            self.accepted.emit()

    def _followup(self, reply_id: int) -> None:
        if draft_followup(self, self.ctx, reply_id) is not None:
            self.accepted.emit()
