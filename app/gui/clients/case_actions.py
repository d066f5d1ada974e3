"""Clinic actions on the Clients page: a per-client "Case" panel (notes, case file export,
authorization form) and page-wide "Import case file…" and "Bulk opt-outs…" buttons."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.case_file import safe_filename
from app.core.errors import OffMapError
from app.core.ids import saved_id
from app.core.model import Client
from app.core.text import DOCUMENT_LANGUAGES
from app.gui.common import i18n
from app.gui.common.appearance import color
from app.gui.common.context import GuiContext
from app.gui.common.export_folder import last_folder, remember_folder
from app.gui.common.messages import error_text, shown
from app.gui.common.tr_context import TranslationContext
from app.gui.common.window_layout import room_for_menu_arrow, room_for_placeholder
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.services.session import open_store

log = logging.getLogger("app.gui.clients.case_actions")


class PassphraseDialog(QDialog):
    """Optional passphrase for a case export (typed twice)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the case file"))
        self.encrypt = QCheckBox(self.tr("&Encrypt with a passphrase"))
        self.encrypt.setChecked(True)
        self.first = QLineEdit()
        self.second = QLineEdit()
        for field, name in ((self.first, self.tr("Passphrase")),
                            (self.second, self.tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.encrypt.toggled.connect(self.first.setEnabled)
        self.encrypt.toggled.connect(self.second.setEnabled)
        explain = QLabel(self.tr(
            "A case file holds the client's details, letters and replies. Encrypt it when it "
            "leaves this computer, and give the passphrase to the recipient another way (by "
            "phone, in person). Without it the file cannot be opened."))
        explain.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {color('error')};")
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        form.addRow(self.tr("&Again:"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def passphrase(self) -> str | None:
        return self.first.text() if self.encrypt.isChecked() else None

    def accept(self) -> None:
        if self.encrypt.isChecked():
            from app.services.case_crypto import check_passphrase

            if self.first.text() != self.second.text():
                self.error.setText(self.tr("The two passphrases differ; type them again."))
                return
            try:
                check_passphrase(self.first.text())
            except OffMapError as exc:
                self.error.setText(error_text(exc))
                return
        super().accept()


class CasePanel(QGroupBox):
    """Per-client notes and case documents, under the client's details."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Case"), parent)
        self.ctx = ctx
        self.client: Client | None = None
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Case notes"))
        self.notes.setPlaceholderText(self.tr("Notes on this case: calls, what the client "
                                              "asked, next steps. Kept on this computer."))
        self.notes.setFixedHeight(90)
        self.notes.textChanged.connect(self._notes_edited)
        self.save_notes_button = QPushButton(self.tr("Sa&ve notes"))
        self.save_notes_button.clicked.connect(self.save_notes)
        self.export_button = QPushButton(self.tr("E&xport case file…"))
        self.export_button.setToolTip(self.tr(
            "A zip with a summary PDF, every letter and attached file, and the records for "
            "another OffMap to import"))
        self.export_button.clicked.connect(lambda: self.export_case())
        self.summary_button = QPushButton(self.tr("S&ummary for the client…"))
        self.summary_button.setToolTip(self.tr(
            "A PDF for the client: who holds their data, the requests and the answers, in "
            "English or Spanish (letters to companies stay in English)"))
        self.summary_button.clicked.connect(lambda: self.save_client_summary())
        self.authorization_button = QPushButton(self.tr("Authori&zation form…"))
        self.authorization_button.setToolTip(self.tr(
            "The form the client signs so the clinic may act as their authorized agent"))
        self.authorization_button.clicked.connect(lambda: self.save_authorization())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Case status"))
        row = QHBoxLayout()
        for button in (self.save_notes_button, self.export_button, self.summary_button,
                       self.authorization_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notes)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.show_client(None)

    def show_client(self, client: Client | None) -> None:
        self.client = client
        self.notes.blockSignals(True)
        self.notes.setPlainText(client.notes if client else "")
        self.notes.blockSignals(False)
        self.status.setText("")
        for widget in (self.notes, self.export_button, self.summary_button,
                       self.authorization_button):
            widget.setEnabled(client is not None)
        self.save_notes_button.setEnabled(False)
        self.authorization_button.setVisible(clinic_service.get_profile(self.ctx.store).is_agent)

    def _notes_edited(self) -> None:
        self.save_notes_button.setEnabled(self.client is not None)

    def save_notes(self) -> bool:
        if self.client is None:
            return False
        try:
            saved = client_service.update_client(
                self.ctx.store, replace(self.client, notes=self.notes.toPlainText()))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return False
        self.client = saved
        self.save_notes_button.setEnabled(False)
        self.status.setText(self.tr("Notes saved."))
        self.ctx.bus.clients_changed.emit()
        return True

    # -- case file --------------------------------------------------------------------------
    def _suggested(self, stem: str, suffix: str) -> Path:
        name = safe_filename(self.client.name if self.client else "client")
        return last_folder(self.ctx) / f"{stem}-{name}-{date.today().isoformat()}{suffix}"

    def export_case(self, path: Path | None = None, passphrase: str | None = None,
                    ask: bool = True) -> None:
        if self.client is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the case file"), str(self._suggested("case", ".zip")),
                self.tr("Case files (*.zip)"))
            if not chosen:
                return
            path = Path(chosen)
            remember_folder(self.ctx, path)
        if ask:
            dialog = PassphraseDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            passphrase = dialog.passphrase()
        home, client_id = self.ctx.home, self.client.id
        progress = QProgressDialog(self.tr("Writing the case file…"), self.tr("Cancel"), 0, 0,
                                   self)
        progress.setMinimumDuration(400)

        def work(handle):
            from app.services import case_files  # zip and crypto code, loaded when used

            store = open_store(home)
            try:
                return case_files.export_case(
                    store, client_id, path, passphrase,
                    progress=lambda d, t, _m: handle.report(d, t))
            finally:
                store.close()

        def done(result) -> None:
            progress.close()
            text = self.tr("Case file written to {path} ({letters} letters, {files} attached "
                           "files{encrypted}).").replace("{path}", str(path)) \
                .replace("{letters}", str(result.letters)) \
                .replace("{files}", str(result.attachments)) \
                .replace("{encrypted}", self.tr(", encrypted") if result.encrypted else "")
            if result.problems:
                text += " " + " ".join(shown(problem) for problem in result.problems)
            self.status.setText(text)

        def failed(exc: BaseException) -> None:
            from app.gui.common.tasks import Cancelled

            progress.close()
            self.status.setText(self.tr("Cancelled; no file was written.")
                                if isinstance(exc, Cancelled) else error_text(exc))

        def on_progress(done_steps: int, total: int, _message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done_steps)

        handle = self.ctx.tasks.run(work, done, failed, on_progress)
        progress.canceled.connect(handle.cancel)

    def save_client_summary(self, path: Path | None = None, language: str | None = None) -> None:
        """The client's own copy of the summary, in the language they choose (the interface's
        language first)."""
        if self.client is None:
            return
        if language is None:
            codes = list(DOCUMENT_LANGUAGES)
            current = codes.index(i18n.current_language()) \
                if i18n.current_language() in codes else 0
            name, chosen = QInputDialog.getItem(
                self, self.tr("Summary for the client"),
                self.tr("The summary's language (letters to companies stay in English):"),
                list(DOCUMENT_LANGUAGES.values()), current, False)
            if not chosen:
                return
            language = codes[list(DOCUMENT_LANGUAGES.values()).index(name)]
        if path is None:
            chosen_path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the summary for the client"),
                str(self._suggested(f"summary-{language}", ".pdf")), self.tr("PDF (*.pdf)"))
            if not chosen_path:
                return
            path = Path(chosen_path)
            remember_folder(self.ctx, path)
        from app.services.client_summary import write_client_summary

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            out = write_client_summary(self.ctx.store, saved_id(self.client), path, language)
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Summary for the client saved to {path}.")
                            .replace("{path}", str(out)))

    def save_authorization(self, path: Path | None = None) -> None:
        if self.client is None:
            return
        try:
            pdf = clinic_service.authorization_pdf(self.ctx.store, saved_id(self.client))
        except OffMapError as exc:
            self.status.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("No authorization form"), error_text(exc))
            return
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the authorization form"),
                str(self._suggested("authorization", ".pdf")), self.tr("PDF (*.pdf)"))
            if not chosen:
                return
            path = Path(chosen)
        try:
            path.write_bytes(pdf)
        except OSError as exc:
            self.status.setText(self.tr("Not saved: {error}").replace(
                "{error}", exc.strerror or error_text(exc)))
            return
        self.status.setText(self.tr("Authorization form saved to {path}: print it, have the "
                                    "client sign it, and keep the signed copy.")
                            .replace("{path}", str(path)))


class CaseActions(TranslationContext):
    """The words of the case file import and the clinic menu."""


def import_case_file(ctx: GuiContext, parent: QWidget, path: Path | None = None,
                     passphrase: str | None = None, on_done=None) -> None:
    """Asks for the file (and the passphrase of an encrypted one), imports it off the GUI
    thread and selects the new client."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, CaseActions.tr("Import a case file"),
                                                str(Path.home()),
                                                CaseActions.tr("Case files (*.zip)"))
        if not chosen:
            return
        path = Path(chosen)
    from app.services import case_files  # zip and crypto code, loaded when used

    if passphrase is None and case_files.is_encrypted_case(path):
        typed, ok = QInputDialog.getText(
            parent, CaseActions.tr("Encrypted case file"),
            CaseActions.tr("Passphrase for {name}:").replace("{name}", path.name),
            QLineEdit.EchoMode.Password)
        if not ok:
            return
        passphrase = typed
    home = ctx.home

    def work(_handle):
        store = ctx.tasks.open_store(home)  # its writes stop once OffMap closes the store
        try:
            return case_files.import_case(store, path, passphrase)
        finally:
            store.close()

    def done(result) -> None:
        ctx.bus.clients_changed.emit()
        ctx.bus.requests_changed.emit()
        ctx.bus.client_selected.emit(result.client_id)
        if on_done:
            on_done(result)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, CaseActions.tr("Case file not imported"), error_text(exc))

    ctx.tasks.run(work, done, failed)


def install_case_actions(page) -> None:
    """Adds the Case panel and the clinic buttons to the Clients page."""
    page.case_panel = CasePanel(page.ctx, page)
    page.detail.sections.addWidget(page.case_panel)

    def follow_selection(*_args) -> None:
        page.case_panel.show_client(page.selected_client())

    page.table.selectionModel().selectionChanged.connect(follow_selection)
    page.model.modelReset.connect(follow_selection)

    def imported(result) -> None:
        page.reload(select_id=result.client_id)

    def import_case(path: Path | None = None, passphrase: str | None = None) -> None:
        import_case_file(page.ctx, page, path, passphrase, on_done=imported)

    page.import_case = import_case

    def open_bulk() -> None:
        from app.gui.clients.bulk_dialog import BulkOptOutDialog

        selected = page.selected_id()
        BulkOptOutDialog(page.ctx, page, [selected] if selected else []).open()

    menu = QMenu(page)
    page.import_action = menu.addAction(CaseActions.tr("&Import a case file…"))
    page.import_action.setToolTip(CaseActions.tr("Add a client from another OffMap's case file"))
    page.import_action.triggered.connect(lambda: import_case())
    page.bulk_action = menu.addAction(CaseActions.tr("&Opt-outs to location data brokers…"))
    page.bulk_action.setToolTip(CaseActions.tr(
        "Opt-outs from many clients to every broker that collects precise geolocation"))
    page.bulk_action.triggered.connect(open_bulk)
    page.clinic_button = QToolButton()
    page.clinic_button.setText(CaseActions.tr("C&linic"))
    page.clinic_button.setAccessibleName(CaseActions.tr("Clinic actions"))
    page.clinic_button.setToolTip(CaseActions.tr("Import a case file, bulk opt-outs"))
    page.clinic_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    page.clinic_button.setMenu(menu)
    # Never narrower than its label (a squeezed tool button showed only its arrow).
    page.clinic_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
    room_for_menu_arrow(page.clinic_button)
    page.top_bar.add_trailing(page.clinic_button)
    room_for_placeholder(page.search)
