"""Directory: search companies by name, alias or brand, filter by kind, read contacts and sources;
add and edit your own companies; import the California registry and update the directory (both
off the GUI thread, with progress and cancel; their code, the network and signature libraries
with it, loads when first used, not with the page)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import directory as core
from app.core.errors import OffMapError
from app.core.model import COMPANY_KINDS, Company
from app.gui.common.context import GuiContext
from app.gui.common.kind_labels import COMPANY_KIND_LABELS
from app.gui.common.messages import error_text, shown
from app.gui.common.record_table import record_table, select_source_row
from app.gui.common.tasks import Cancelled, TaskHandle, TaskRunner
from app.gui.common.window_layout import room_for_menu_arrow, set_column_floors
from app.gui.directory.company_detail import CompanyDetail
from app.gui.directory.company_dialog import CompanyDialog
from app.gui.directory.directory_model import CompanyFilterProxy, CompanyTableModel
from app.services import directory as directory_service

if TYPE_CHECKING:
    from app.services import directory_update, registry_import

READABLE_NAME = 22  # characters of a company's name the list keeps room for
log = logging.getLogger("app.gui.directory")


def _cancelled(exc: BaseException) -> bool:
    """A task stopped by its Cancel button (the import and the download say so their way)."""
    from app.net import DownloadCancelled
    from app.services.registry_import import ImportCancelled

    return isinstance(exc, Cancelled | ImportCancelled | DownloadCancelled)


def _run_with_store(tasks: TaskRunner, home: Path, work):
    """Runs work(store) with a store of the task's own (tasks never share the GUI's), whose
    writes stop once OffMap closes the store."""
    store = tasks.open_store(home)
    try:
        return work(store)
    finally:
        store.close()


class DirectoryPage(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.index: dict[str, Company] = {}
        self.model = CompanyTableModel(self)
        self.proxy = CompanyFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, other name or brand  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of company"))
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in COMPANY_KINDS:
            self.kind.addItem(self.tr(COMPANY_KIND_LABELS.get(kind, kind)), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._filter_changed())

        self.new_button = QPushButton(self.tr("&New company…"))
        self.new_button.clicked.connect(self.new_company)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_company)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_company)
        self.more = QToolButton()
        self.more.setText(self.tr("&Directory"))
        self.more.setAccessibleName(self.tr("Directory actions"))
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        room_for_menu_arrow(self.more)
        menu = QMenu(self.more)
        self.import_action = QAction(self.tr("Import California registry…"), self)
        self.import_action.triggered.connect(self.choose_registry_file)
        self.update_action = QAction(self.tr("Update directory…"), self)
        self.update_action.triggered.connect(self.ask_update)
        menu.addAction(self.import_action)
        menu.addAction(self.update_action)
        self.more.setMenu(menu)

        self.table = record_table(self.proxy, self.tr("Companies"),
                                  ((0, 190), (1, 80), (2, 110), (3, 78), (4, 80)))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_company())
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of companies shown"))

        self.detail = CompanyDetail()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.kind)
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.more)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addLayout(buttons)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)  # the list and detail take the height, not the figures
        from app.gui.directory.coverage_panel import CoveragePanel  # figures of `directory stats`

        self.coverage = CoveragePanel(ctx, self)
        layout.addWidget(self.coverage)

        ctx.bus.directory_changed.connect(self.reload)
        ctx.bus.company_shown.connect(self.show_company)
        self.reload()

    def _keep_names_readable(self, names: list[str]) -> None:
        """In a narrow list the host network, quality and source give way first: a company's
        name keeps room for names of up to READABLE_NAME characters, its kind for the usual
        labels and the date whole."""
        metrics = self.table.fontMetrics()
        padding = 2 * metrics.averageCharWidth() + 4
        kinds = max(metrics.horizontalAdvance(self.tr(COMPANY_KIND_LABELS[kind]))
                    for kind in COMPANY_KINDS if kind in COMPANY_KIND_LABELS)
        widest = max((metrics.horizontalAdvance(name) for name in names
                      if len(name) <= READABLE_NAME), default=0)
        set_column_floors(self.table, {
            0: min(widest, 30 * metrics.averageCharWidth()) + padding,
            1: min(kinds, 14 * metrics.averageCharWidth()) + padding,
            4: metrics.horizontalAdvance("2026-12-31") + padding,
        })

    # -- data -------------------------------------------------------------------------------
    def reload(self, select_slug: str | None = None) -> None:
        selected = self.selected_company()
        current = select_slug or (selected.slug if selected is not None else None)
        try:
            self.index = directory_service.directory_index(self.ctx.store)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Directory not loaded"), error_text(exc))
            self.index = {}
        self._keep_names_readable([company.name for company in self.index.values()])
        self.model.set_companies(list(self.index.values()))
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if current and self.model.row_of(current) >= 0:
            self.select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()

    def _filter_changed(self, _text: str = "") -> None:
        text, kind = self.search.text(), self.kind.currentData() or None
        self.proxy.set_filter(text, kind)
        # Every company the search ranks is among those the list keeps: ranking only those
        # reads fewer names on each key.
        best = core.search(self.proxy.shown_companies(), text, kind) if text.strip() else []
        if best:
            self.select(best[0].slug)  # the best match, not just the first alphabetically
        elif self.proxy.rowCount() and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("{shown} of {total} companies").replace(
            "{shown}", str(shown)).replace("{total}", str(total)))
        if not shown:
            self.detail.show_company(None, self.index)
            self._set_buttons(None)

    def selected_company(self) -> Company | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.data(rows[0], CompanyTableModel.CompanyRole)

    def select(self, slug: str) -> None:
        select_source_row(self.table, self.model, self.model.row_of(slug))

    def show_company(self, slug: str) -> None:
        """Selects the company, clearing the filters that would hide it (a link elsewhere)."""
        if self.model.row_of(slug) < 0:
            return
        self.search.clear()
        self.kind.setCurrentIndex(0)
        self.select(slug)
        self.table.setFocus()

    def _selection_changed(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        company = self.selected_company()
        self.detail.show_company(company, self.index)
        self._set_buttons(company)

    def _set_buttons(self, company: Company | None) -> None:
        self.edit_button.setEnabled(company is not None)
        self.edit_button.setText(self.tr("&Edit…") if company is None or company.origin == "user"
                                 else self.tr("&Edit my copy…"))
        self.delete_button.setEnabled(company is not None and company.origin == "user")

    # -- the user's companies ---------------------------------------------------------------
    def _carriers(self) -> list[Company]:
        return sorted((c for c in self.index.values() if c.kind == "carrier"),
                      key=lambda c: c.name.casefold())

    def _open_dialog(self, company: Company | None) -> None:
        dialog = CompanyDialog(company, self._carriers(),
                               lambda edited: directory_service.save_user_company(
                                   self.ctx.store, edited), self)
        if dialog.exec() and dialog.result_company:
            self.ctx.bus.directory_changed.emit()
            self.select(dialog.result_company.slug)

    def new_company(self) -> None:
        self._open_dialog(None)

    def edit_company(self) -> None:
        company = self.selected_company()
        if company is not None:
            self._open_dialog(company)

    def delete_company(self) -> None:
        company = self.selected_company()
        if company is None or company.origin != "user":
            return
        answer = QMessageBox.question(
            self, self.tr("Delete company"),
            self.tr("Delete your record of {name}? Holdings and requests that name it keep "
                    "its identifier.").replace("{name}", company.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            directory_service.delete_user_company(self.ctx.store, company.slug)
        except OffMapError as exc:
            QMessageBox.warning(self, self.tr("Not deleted"), error_text(exc))
            return
        self.ctx.bus.directory_changed.emit()

    # -- long work off the GUI thread -------------------------------------------------------
    def _progress(self, title: str, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        return dialog

    def _start(self, title: str, label: str, work, on_done) -> TaskHandle:
        progress = self._progress(title, label)

        def report(done: int, total: int, _message: str) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(min(done, total) if total else 0)

        def finish_ok(result) -> None:
            progress.close()
            on_done(result)

        def finish_error(exc: BaseException) -> None:
            progress.close()
            if _cancelled(exc):
                return
            message = error_text(exc) if isinstance(exc, OffMapError) else self.tr(
                "Something went wrong ({error}); nothing was changed.").replace(
                "{error}", type(exc).__name__)
            QMessageBox.warning(self, title, message)

        handle = self.ctx.tasks.run(work, finish_ok, finish_error, report)
        progress.canceled.connect(handle.cancel)
        if not self.ctx.tasks.synchronous:
            progress.show()
        self._last_progress = progress
        return handle

    def choose_registry_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import California data broker registry"), str(Path.home()),
            self.tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.import_registry(Path(path))

    def import_registry(self, path: Path) -> TaskHandle:
        from app.services import registry_import

        home, tasks = self.ctx.home, self.ctx.tasks

        def work(handle: TaskHandle):
            return _run_with_store(tasks, home, lambda store: registry_import.import_registry(
                store, path, progress=lambda d, t: handle.report(d, t),
                cancelled=lambda: handle.cancelled))

        def done(result: registry_import.ImportResult) -> None:
            self.ctx.bus.directory_changed.emit()
            text = self.tr("{added} added, {updated} updated, {unchanged} unchanged, {skipped} "
                           "skipped.")
            for key in ("added", "updated", "unchanged", "skipped"):
                text = text.replace("{" + key + "}", str(getattr(result, key)))
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Registry imported"), text,
                              QMessageBox.StandardButton.Ok, self)
            box.setInformativeText(self.tr(
                "Registered brokers are reached by one California DROP request "
                "(privacy.ca.gov). Registry e-mail addresses can belong to an agency or vendor: "
                "review before sending letters."))
            if result.problems:
                box.setDetailedText("\n".join(
                    self.tr("line {line}: {reason}").replace("{line}", str(p["line"]))
                    .replace("{reason}", shown(p["reason"])) for p in result.problems))
            self.last_message = text
            if not self.ctx.tasks.synchronous:
                box.exec()

        return self._start(self.tr("Import California registry"),
                           self.tr("Importing the registry…"), work, done)

    def ask_update(self) -> None:
        from app.services import directory_update

        saved = directory_update.saved_update_url(self.ctx.store)
        url, ok = QInputDialog.getText(
            self, self.tr("Update directory"),
            self.tr("Address of the directory file (https://…):"), QLineEdit.EchoMode.Normal,
            saved)
        if ok and url.strip():
            self.update_directory(url.strip())

    def update_directory(self, url: str) -> TaskHandle:
        from app.services import directory_update

        home, tasks = self.ctx.home, self.ctx.tasks

        def work(handle: TaskHandle):
            return _run_with_store(tasks, home, lambda store: directory_update.update_directory(
                store, url, progress=lambda d, t: handle.report(d, t),
                cancelled=lambda: handle.cancelled))

        def done(result: directory_update.UpdateResult) -> None:
            self.ctx.bus.directory_changed.emit()
            text = (self.tr("Directory updated: {n} companies.") if result.changed
                    else self.tr("The directory is already up to date ({n} companies)."))
            self.last_message = text.replace("{n}", str(result.companies))
            if result.withdrawn:
                self.last_message += "\n\n" + self.tr(
                    "Kept because your requests use them, marked withdrawn (the update no "
                    "longer lists them): {slugs}").replace("{slugs}", ", ".join(result.withdrawn))
            if not self.ctx.tasks.synchronous:
                QMessageBox.information(self, self.tr("Update directory"), self.last_message)

        return self._start(self.tr("Update directory"), self.tr("Downloading the directory…"),
                           work, done)
