"""The "New request" flow: from a client's holdings choose companies (several at once) and
request types; OffMap suggests the law for each company (the user may override it); the plan
shows every letter that will be drafted, with a live preview of the selected one; then save
the drafts, or save and export them. Its list and plan models: new_request_models.py."""


from __future__ import annotations

import html
import logging
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import OffMapError
from app.core.folding import fold
from app.core.lawchoice import LawChoice
from app.core.laws import load_laws
from app.core.letter_values import TYPE_TITLES
from app.core.letters import letter_html
from app.core.model import REQUEST_TYPES, Company
from app.gui.common.context import GuiContext
from app.gui.common.kind_labels import COMPANY_KIND_LABELS
from app.gui.common.messages import error_text, sentence, shown
from app.gui.common.plural import english_plural
from app.gui.common.record_table import rows_table
from app.gui.requests.new_request_models import CheckItem, CheckListModel, PlanModel
from app.gui.requests.request_model import TYPE_LABELS
from app.services import clients as client_service
from app.services import directory
from app.services import holdings as holding_service
from app.services import letters as letter_service
from app.services import requests as request_service
from app.services.draft_plan import PlanRow, draft_plan, plan_rows

log = logging.getLogger("app.gui.new_request")
PREVIEW_DELAY_MS = 120
VIA_CHOICES = (("email", "E-mail"), ("post", "Post (5 days to arrive)"), ("webform", "Web form"))


class NewRequestDialog(QDialog):
    def __init__(self, ctx: GuiContext, client_id: int | None = None,
                 companies: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_ids: list[int] = []
        self.export_after = False
        self._companies: dict[str, Company] = {}
        self._choices: dict[str, LawChoice] = {}
        self._preselect = list(companies or [])
        self.setWindowTitle(self.tr("New request"))
        self.resize(1180, 760)

        self.client = QComboBox()
        self.client.setAccessibleName(self.tr("Client"))
        for client in client_service.list_clients(ctx.store, include_archived=False):
            self.client.addItem(client.name, client.id)
        if client_id is not None and self.client.findData(client_id) >= 0:
            self.client.setCurrentIndex(self.client.findData(client_id))

        self.company_model = CheckListModel(self)
        self.company_view = QListView()
        self.company_view.setModel(self.company_model)
        self.company_view.setAccessibleName(self.tr("Companies"))
        self.company_view.setMinimumHeight(110)
        self.add_company = QComboBox()
        self.add_company.setEditable(True)
        self.add_company.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.add_company.setAccessibleName(self.tr("Add a company from the directory"))
        line_edit, completer = self.add_company.lineEdit(), self.add_company.completer()
        assert line_edit is not None and completer is not None  # an editable combo has both
        line_edit.setPlaceholderText(self.tr("Another company…"))
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.clicked.connect(self._add_company)

        self.type_model = CheckListModel(self)
        self.type_model.set_items([
            CheckItem(t, self.tr(TYPE_LABELS[t]), t == "delete", self.tr(TYPE_TITLES[t]))
            for t in REQUEST_TYPES])
        self.type_view = QListView()
        self.type_view.setModel(self.type_model)
        self.type_view.setAccessibleName(self.tr("Request types"))

        self.law = QComboBox()
        self.law.setAccessibleName(self.tr("Law"))
        self.law.addItem(self.tr("Suggested for each company"), None)
        for law_id, law in sorted(load_laws().items()):
            self.law.addItem(f"{law['short_name']} ({law_id})", law_id)
        self.via = QComboBox()
        self.via.setAccessibleName(self.tr("How the letter will be sent"))
        for key, label in VIA_CHOICES:
            self.via.addItem(self.tr(label), key)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note added to the letter"))
        self.note.setPlaceholderText(self.tr(
            "Optional: a paragraph added to the letter. For a correction, say what is wrong "
            "and what it should say."))
        self.note.setMaximumHeight(70)
        self.note.setTabChangesFocus(True)

        self.plan_model = PlanModel(self)
        self.plan_view = rows_table(self.plan_model, self.tr("Letters to draft"))
        self.plan_view.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch)
        self.plan_view.selectionModel().selectionChanged.connect(self._plan_selected)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Letter preview"))
        self.preview.setOpenLinks(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("&Save drafts"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button = self.buttons.addButton(self.tr("Save and e&xport…"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(lambda: self.save(export=False))
        self.export_button.clicked.connect(lambda: self.save(export=True))
        self.buttons.rejected.connect(self.reject)

        self._layout()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self.client.currentIndexChanged.connect(self._client_changed)
        self.company_model.changed.connect(self.rebuild_plan)
        self.type_model.changed.connect(self.rebuild_plan)
        self.law.currentIndexChanged.connect(self.rebuild_plan)
        self.via.currentIndexChanged.connect(self._schedule_preview)
        self.note.textChanged.connect(self._schedule_preview)
        self._load_directory()
        self._client_changed()

    def _layout(self) -> None:
        companies = QGroupBox(self.tr("Companies"))
        company_layout = QVBoxLayout(companies)
        company_layout.addWidget(self.company_view)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_company, 1)
        add_row.addWidget(self.add_button)
        company_layout.addLayout(add_row)
        types = QGroupBox(self.tr("Requests"))
        QVBoxLayout(types).addWidget(self.type_view)
        choices = QHBoxLayout()
        choices.addWidget(companies, 1)
        choices.addWidget(types, 1)

        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Law:"), self.law)
        form.addRow(self.tr("Sent &by:"), self.via)
        form.addRow(self.tr("&Note:"), self.note)
        for field in (self.client, self.law, self.via, self.note):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addLayout(choices, 2)
        letters_label = QLabel(self.tr("Letters to &draft:"))
        letters_label.setBuddy(self.plan_view)  # Alt+D: the letters, then arrows pick one
        left_layout.addWidget(letters_label)
        left_layout.addWidget(self.plan_view, 2)
        left_layout.addWidget(self.explanation)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        preview_label = QLabel(self.tr("&Preview of the selected letter:"))
        preview_label.setBuddy(self.preview)  # Alt+P: scroll the preview with the keyboard
        right_layout.addWidget(preview_label)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)

    # -- data --------------------------------------------------------------------------------
    def _load_directory(self) -> None:
        self._directory = {c.slug: c for c in directory.search_companies(self.ctx.store)}
        self.add_company.clear()
        for company in sorted(self._directory.values(), key=lambda c: c.name.casefold()):
            kind = self.tr(COMPANY_KIND_LABELS.get(company.kind, company.kind))
            self.add_company.addItem(f"{company.name} ({kind})", company.slug)
        self.add_company.setCurrentIndex(-1)

    def client_id(self) -> int | None:
        return self.client.currentData()

    def _client_changed(self) -> None:
        self._choices.clear()
        client_id = self.client_id()
        items = []
        if client_id is not None:
            for holding in holding_service.list_holdings(self.ctx.store, client_id):
                company = self._company(holding.company)
                if company is None:
                    continue
                checked = holding.company in self._preselect if self._preselect else True
                items.append(CheckItem(company.slug, company.name, checked,
                                       ", ".join(holding.data)))
        for slug in self._preselect:
            company = self._company(slug)
            if company is not None and slug not in [i.key for i in items]:
                items.append(CheckItem(slug, company.name, True))
        self.company_model.set_items(items)

    def _company(self, slug: str) -> Company | None:
        if slug not in self._companies:
            try:
                self._companies[slug] = directory.get_company(self.ctx.store, slug)
            except OffMapError:
                return None
        return self._companies[slug]

    def _add_company(self) -> None:
        slug = self.add_company.currentData()
        if slug is None:
            text = fold(self.add_company.currentText().strip())
            match = [c for c in self._directory.values() if text and text in fold(c.name)]
            slug = match[0].slug if len(match) == 1 else None
        if slug is None:
            QMessageBox.information(self, self.tr("Choose a company"), self.tr(
                "Pick a company from the list; the Directory page adds companies that are "
                "not there yet."))
            return
        company = self._company(slug)
        if company is not None:
            self.company_model.add_or_check(CheckItem(slug, company.name, True))
        self.add_company.setCurrentIndex(-1)

    def _choice(self, client_id: int, slug: str) -> LawChoice:
        if slug not in self._choices:
            self._choices[slug] = request_service.suggest_laws(self.ctx.store, client_id, slug)
        return self._choices[slug]

    def rebuild_plan(self) -> None:
        client_id = self.client_id()
        slugs = self.company_model.checked_keys() if client_id is not None else []
        try:
            choices = {} if client_id is None else {
                slug: self._choice(client_id, slug) for slug in slugs}
        except OffMapError as exc:
            self.explanation.setText(error_text(exc))
            choices = {}
            slugs = []
        rows = plan_rows(choices, {s: self._companies[s] for s in slugs}, slugs,
                         self.type_model.checked_keys(), self.law.currentData())
        self.plan_model.set_rows(rows)
        ready = len(self.plan_model.ready_rows())
        self.save_button.setEnabled(ready > 0)
        self.export_button.setEnabled(ready > 0)
        self.save_button.setText(english_plural(self.tr("&Save %n draft(s)", "", ready), ready))
        first = next((i for i, row in enumerate(rows) if row.law), 0 if rows else -1)
        if first >= 0:
            self.plan_view.selectRow(first)
        else:
            self._show_message(self.tr(
                "Choose at least one company and one request type." if client_id is not None
                else "Add a client first (Clients page)."))
            self.explanation.setText("")

    def _plan_selected(self, _sel: QItemSelection, _desel: QItemSelection) -> None:
        row = self.selected_plan_row()
        if row is not None:
            choice = self._choices.get(row.company)
            parts = [shown(text) for text in (choice.explanation, *choice.still_applies)] \
                if choice else []
            if row.reason:
                parts.insert(0, shown(row.reason) + ".")
            from app.gui.requests.missing_id_prompt import draft_warning

            client_id = self.client_id()
            if row.law and client_id is not None:
                parts.append(draft_warning(self.ctx, client_id, row.company, row.law))
            self.explanation.setText(" ".join(p for p in parts if p))
        self._schedule_preview()

    def selected_plan_row(self) -> PlanRow | None:
        rows = self.plan_view.selectionModel().selectedRows()
        return self.plan_model.row_at(rows[0].row()) if rows else None

    def details(self) -> dict[str, Any]:
        details: dict[str, Any] = {"via": self.via.currentData()}
        note = self.note.toPlainText().strip()
        if note:
            details["note"] = note
        return details

    # -- preview -----------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        if self.isVisible():
            self._preview_timer.start()
        else:
            self.update_preview()

    def done(self, result: int) -> None:
        self._preview_timer.stop()
        super().done(result)

    def hideEvent(self, event) -> None:
        self._preview_timer.stop()
        super().hideEvent(event)

    def update_preview(self) -> None:
        row = self.selected_plan_row()
        client_id = self.client_id()
        if row is None or client_id is None:
            return
        if not row.law:
            self._show_message(shown(row.reason))
            return
        try:
            letter = letter_service.preview_letter(self.ctx.store, client_id, row.company,
                                                   row.request_type, row.law, self.details())
        except OffMapError as exc:
            self._show_message(error_text(exc))
            return
        self.preview.setHtml(letter_html(letter))

    def _show_message(self, text: str) -> None:
        self.preview.setHtml(f"<p><i>{html.escape(text)}</i></p>")

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    # -- save --------------------------------------------------------------------------------
    def save(self, export: bool = False) -> None:
        client_id = self.client_id()
        rows = self.plan_model.ready_rows()
        if client_id is None or not rows:
            return
        result = draft_plan(self.ctx.store, client_id, rows, self.details())
        created = result.created
        failures = [f"{row.company_name}, {self.tr(TYPE_LABELS[row.request_type])}: "
                    f"{sentence(reason)}" for row, reason in result.failed]
        self.created_ids = created
        if created:
            self.ctx.bus.requests_changed.emit()
        if failures:
            QMessageBox.warning(self, self.tr("Some letters were not drafted"),
                                "\n\n".join(failures))
        if created:
            self.export_after = export
            self.accept()
