"""Exporting letters from the window: one letter to a file the user names, or many letters in
several formats into a folder, off the GUI thread with a progress bar and Cancel. Each task
opens its own store (a connection belongs to one thread)."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.gui.common.context import GuiContext
from app.gui.common.export_folder import (
    confirm_export,
    last_folder,
    remember_folder,
    suggested_path,
)
from app.gui.common.messages import error_text
from app.gui.common.plural import english_plural
from app.gui.common.tasks import Cancelled, TaskHandle
from app.gui.common.tr_context import TranslationContext
from app.services import letters as letter_service
from app.services import requests as request_service
from app.services.session import open_store

log = logging.getLogger("app.gui.export")

FORMAT_LABELS = {
    "pdf": "PDF (print or attach)",
    "docx": "Word document (.docx, to edit)",
    "txt": "Plain text (.txt)",
    "html": "Web page (.html)",
    "eml": "E-mail draft (.eml, opens in your mail program)",
}
FILE_FILTERS = {
    "pdf": "PDF (*.pdf)", "docx": "Word document (*.docx)", "txt": "Text (*.txt)",
    "html": "Web page (*.html)", "eml": "E-mail draft (*.eml)",
}


class LetterExport(TranslationContext):
    """The words of exporting one letter."""


def export_one(ctx: GuiContext, parent: QWidget, request_id: int, fmt: str) -> None:
    """Asks where to save one letter, then renders and writes it off the GUI thread."""
    request = request_service.get_request(ctx.store, request_id)
    suggested = suggested_path(ctx, letter_service.export_file_name(request, fmt))
    path, _ = QFileDialog.getSaveFileName(
        parent, LetterExport.tr("Export letter"), suggested, FILE_FILTERS[fmt])
    if not path:
        return
    remember_folder(ctx, path)
    home = ctx.home

    def work(handle: TaskHandle) -> Path:
        store = open_store(home)
        try:
            from app.services.calendar_export import write_atomically

            data = letter_service.render_letter(store, request_id, fmt)
            handle.check()
            return write_atomically(Path(path), data)
        finally:
            store.close()

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            QMessageBox.warning(parent, LetterExport.tr("Not exported"), _message(exc))

    def done(written: Path) -> None:
        confirm_export(parent, [written])

    ctx.tasks.run(work, done, failed)


def _message(exc: BaseException) -> str:
    if isinstance(exc, OffMapError):
        return error_text(exc)
    if isinstance(exc, OSError):
        return f"{exc.strerror or exc}; nothing was written."
    log.exception("letter export failed", exc_info=exc)
    return "The letters could not be written; the log in the data folder says why."


class ExportDialog(QDialog):
    """Batch export: choose a folder and formats; progress with Cancel while it runs."""

    def __init__(self, ctx: GuiContext, request_ids: list[int], parent=None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.request_ids = list(request_ids)
        self.written: list[Path] = []
        self.handle: TaskHandle | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Export letters"))
        count = len(self.request_ids)
        intro = QLabel(english_plural(self.tr(
            "Export %n letter(s). Files are named by reference, company and type, never by the "
            "person's name.", "", count), count))
        intro.setWordWrap(True)

        self.folder = QLineEdit(str(folder or last_folder(ctx)))
        self.folder.setAccessibleName(self.tr("Folder"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        folder_row.addWidget(folder_label)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        group = QGroupBox(self.tr("Formats"))
        group_layout = QVBoxLayout(group)
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt, label in FORMAT_LABELS.items():
            box = QCheckBox(self.tr(label))
            box.setChecked(fmt == "pdf")
            box.toggled.connect(self._update_ok)
            group_layout.addWidget(box)
            self.format_boxes[fmt] = box

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(folder_row)
        layout.addWidget(group)
        layout.addWidget(self.buttons)
        self._update_ok()

    def formats(self) -> list[str]:
        return [fmt for fmt, box in self.format_boxes.items() if box.isChecked()]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.formats()) and bool(self.request_ids))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Export letters to"),
                                                  self.folder.text())
        if chosen:
            self.folder.setText(chosen)

    def start(self) -> None:
        folder = Path(self.folder.text()).expanduser()
        if not folder.is_dir():
            QMessageBox.warning(self, self.tr("No such folder"), self.tr(
                "The folder {folder} does not exist. Choose an existing folder."
            ).replace("{folder}", str(folder)))
            return
        remember_folder(self.ctx, folder)
        formats = self.formats()
        total = len(self.request_ids) * len(formats)
        self.progress = QProgressDialog(self.tr("Writing letters…"), self.tr("Cancel"), 0,
                                        total, self)
        self.progress.setWindowTitle(self.tr("Export letters"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.buttons.setEnabled(False)
        home, ids = self.ctx.home, list(self.request_ids)

        def work(handle: TaskHandle) -> list[Path]:
            store = open_store(home)
            try:
                return letter_service.export_letters(store, ids, folder, formats,
                                                     progress=handle.report)
            finally:
                store.close()

        self.handle = self.ctx.tasks.run(work, self._done, self._failed, self._progress)
        if self.progress is not None:
            self.progress.canceled.connect(self.cancel)

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _progress(self, done: int, total: int, _message: str) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(self.tr("Writing letter files: {done} of {total}")
                                       .replace("{done}", str(done))
                                       .replace("{total}", str(total)))

    def _finish(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress = None
        self.buttons.setEnabled(True)

    def _done(self, written: list[Path]) -> None:
        self._finish()
        self.written = list(written)
        self.accept()
        self.confirmation = confirm_export(self.parentWidget() or self, self.written)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            QMessageBox.information(self, self.tr("Export cancelled"), self.tr(
                "The export was cancelled. Files already written stay in the folder; no file "
                "was left half-written."))
            self.reject()
            return
        QMessageBox.warning(self, self.tr("Not exported"), _message(exc))
