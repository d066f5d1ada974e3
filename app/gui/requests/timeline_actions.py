"""What a request's timeline does: mark the request sent, log, edit and delete events (with
undo), add files, draft a follow-up, save the history as PDF, open and save an event's files.
`RequestTimeline` (request_timeline.py, the view) takes these methods from `TimelineActions`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import Attachment, Event
from app.gui.common.messages import error_text, sentence
from app.gui.requests.event_dialog import EventDialog, EventInput
from app.gui.requests.timeline_models import event_label
from app.gui.requests.timeline_undo import AddedEvent, DeleteEvent, EditEvent
from app.services import attachments as attachment_service
from app.services import followups, tracking

if TYPE_CHECKING:
    from app.gui.common.context import GuiContext
    from app.gui.requests.timeline_undo import EventIds


class TimelineActions(QWidget):
    """The timeline's actions; `RequestTimeline` is this widget with its view. Emits `changed`
    after anything was saved and `followup_created(request_id)` after a follow-up was drafted."""

    changed = Signal()
    followup_created = Signal(int)

    # Set up by the view (RequestTimeline).
    ctx: GuiContext
    request_id: int | None
    ids: EventIds
    undo_stack: QUndoStack
    followup_menu: QMenu
    followup_actions: dict[str, QAction]
    reload: Callable[[], None]
    selected_event: Callable[[], Event | None]
    select_event: Callable[[int], None]
    selected_attachment: Callable[[], Attachment | None]
    _clear_undo: Callable[[], None]

    def _warn(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(exc) if isinstance(exc, OffMapError)
                            else self.tr("Something went wrong; nothing was saved."))

    def report(self, exc: BaseException) -> None:
        """An undo or redo that could not be done (the request changed meanwhile)."""
        self._warn(self.tr("Could not undo or redo"), exc)

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()
        self.ctx.bus.requests_changed.emit()

    def mark_sent(self) -> None:
        if self.request_id is None:
            return
        dialog = EventDialog("sent", parent=self)
        try:
            while dialog.exec() and dialog.result_input:
                given = dialog.result_input
                data = {"delivered_on": given.delivered_on.isoformat()} \
                    if given.delivered_on else None
                try:
                    tracking.mark_sent(self.ctx.store, self.request_id, on=given.on,
                                       via=given.via, data=data)
                except OffMapError as exc:
                    dialog.show_error(error_text(exc))
                    continue
                self._clear_undo()
                self._after_change()
                return
        finally:
            dialog.deleteLater()

    def log_event(self, preset: EventInput | None = None) -> None:
        if self.request_id is None:
            return
        dialog = EventDialog("log", parent=self)
        if preset is not None:
            for path in preset.files:
                dialog.add_file(path)
        given = dialog.result_input if dialog.exec() else None
        dialog.deleteLater()
        if given is not None:
            self._save_new(given)

    def _save_new(self, given: EventInput, confirm_large: bool = False) -> None:
        request_id, home, tasks = self.request_id, self.ctx.home, self.ctx.tasks

        def work(_handle):
            store = tasks.open_store(home)
            try:
                return tracking.log_event(store, request_id, given.kind, on=given.on,
                                          text=given.text, attachments=given.files,
                                          confirm_large=confirm_large)
            finally:
                store.close()

        def done(event: Event) -> None:
            self.undo_stack.push(AddedEvent(self, event, self.tr("Log {kind}").replace(
                "{kind}", self.tr(event_label(event.kind)))))
            self.select_event(saved_id(event))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, attachment_service.LargeFileError) and not confirm_large:
                answer = QMessageBox.question(
                    self, self.tr("Large file"),
                    error_text(exc) + "\n\n" + self.tr("Attach it anyway?"))
                if answer == QMessageBox.StandardButton.Yes:
                    self._save_new(given, confirm_large=True)
                return
            self._warn(self.tr("Not saved"), exc)

        self.ctx.tasks.run(work, done, failed)

    def edit_event(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        dialog = EventDialog("edit", event, parent=self)
        given = dialog.result_input if dialog.exec() else None
        dialog.deleteLater()
        if given is None:
            return
        data = dict(event.data)
        if event.kind == "sent":
            data["via"] = given.via
            data.pop("delivered_on", None)
            if given.delivered_on:
                data["delivered_on"] = given.delivered_on.isoformat()
        after = Event(request_id=event.request_id, kind=given.kind, on=given.on.isoformat(),
                      text=given.text, data=data, id=event.id)
        before = Event(request_id=event.request_id, kind=event.kind, on=event.on,
                       text=event.text, data=dict(event.data), id=event.id)
        try:
            tracking.update_event(self.ctx.store, after)
        except OffMapError as exc:
            self._warn(self.tr("Not saved"), exc)
            return
        self.undo_stack.push(EditEvent(self, before, after, self.tr("Edit event")))
        if given.files:
            self._add_files(event, given.files)

    def _add_files(self, event: Event, files: list[Path],
                   confirm_large: bool = False) -> None:
        home, event_id, tasks = self.ctx.home, self.ids.current(saved_id(event)), self.ctx.tasks

        def work(_handle):
            store = tasks.open_store(home)
            try:
                return tracking.add_attachments(store, event_id, files, confirm_large)
            finally:
                store.close()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, attachment_service.LargeFileError) and not confirm_large:
                answer = QMessageBox.question(
                    self, self.tr("Large file"),
                    error_text(exc) + "\n\n" + self.tr("Attach it anyway?"))
                if answer == QMessageBox.StandardButton.Yes:
                    self._add_files(event, files, confirm_large=True)
                return
            self._warn(self.tr("Files not added"), exc)

        self.ctx.tasks.run(work, lambda _e: self._after_change(), failed)

    def delete_event(self) -> None:
        event = self.selected_event()
        if event is None:
            return
        try:
            removed = tracking.delete_event(self.ctx.store, self.ids.current(saved_id(event)))
        except OffMapError as exc:
            self._warn(self.tr("Not deleted"), exc)
            return
        self.undo_stack.push(DeleteEvent(self, removed, self.tr("Delete event")))

    def _update_followups(self) -> None:
        if self.request_id is None:
            return
        for kind, action in self.followup_actions.items():
            reason = followups.check_followup(self.ctx.store, self.request_id, kind)
            action.setEnabled(reason is None)
            action.setToolTip(sentence(reason) if reason else "")
            action.setStatusTip(sentence(reason) if reason else "")
        self.followup_menu.setToolTipsVisible(True)

    def draft_followup(self, kind: str) -> None:
        if self.request_id is None:
            return
        try:
            created = followups.draft_followup(self.ctx.store, self.request_id, kind)
        except OffMapError as exc:
            self._warn(self.tr("No follow-up drafted"), exc)
            return
        # Time limits for the next step (Quebec's 30 days to the CAI, an agency's appeal window).
        warnings = [sentence(w) for w in created.details.get("warnings") or []]
        QMessageBox.information(
            self, self.tr("Follow-up drafted"),
            "\n\n".join([self.tr("Drafted {kind} {reference}. It is with the client's requests "
                                  "as a draft: review the letter, then send it.")
                          .replace("{kind}", self.tr(kind))
                          .replace("{reference}", created.reference), *warnings]))
        self.ctx.bus.requests_changed.emit()
        self.followup_created.emit(created.id)

    def save_pdf(self) -> None:
        if self.request_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save timeline"),
                                              "timeline.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(Path(path))

    def write_pdf(self, path: Path) -> None:
        request_id, home, tasks = self.request_id, self.ctx.home, self.ctx.tasks

        def work(_handle):
            from app.services.calendar_export import write_atomically
            from app.services.timeline import timeline_pdf

            store = tasks.open_store(home)
            try:
                return write_atomically(path, timeline_pdf(store, request_id))
            finally:
                store.close()

        self.ctx.tasks.run(work, None, lambda exc: self._warn(self.tr("Not saved"), exc))

    def viewable_copy(self, attachment: Attachment) -> Path:
        """A temporary 0600 copy under its own name (system viewers go by the extension),
        outside the data folder (the store keeps the file encrypted); removed when OffMap
        exits."""
        return attachment_service.path_for(self.ctx.store, attachment)

    def open_file(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        try:
            path = self.viewable_copy(attachment)
        except (OffMapError, OSError) as exc:
            self._warn(self.tr("Cannot open the file"), exc)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(self, self.tr("Cannot open the file"), self.tr(
                "No program is set to open this kind of file; use Save as… instead."))

    def save_file(self) -> None:
        attachment = self.selected_attachment()
        if attachment is None:
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), attachment.filename)
        if not target:
            return
        try:
            Path(target).write_bytes(attachment_service.read_bytes(self.ctx.store, attachment))
        except (OffMapError, OSError) as exc:
            self._warn(self.tr("Not saved"), exc)
