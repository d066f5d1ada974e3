"""The guided flows: "Add my phone service" (carrier or MVNO, then its host network and the
companies known to have received that network's location data) and "Apps on my phone" (an app
and its known SDK partners). The user accepts or drops each proposal, with its reason shown."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.core import directory as core
from app.core.errors import OffMapError
from app.core.model import Company
from app.gui.clients.holdings_model import ProposalTableModel
from app.gui.common.context import GuiContext
from app.gui.common.drop_note import drop_note_text
from app.gui.common.messages import error_text
from app.gui.common.record_table import leave_on_tab
from app.gui.directory.directory_model import CompanyFilterProxy, CompanyTableModel
from app.services import directory as directory_service
from app.services import holdings as holding_service


class Mode(TypedDict):
    kinds: tuple[str, ...]  # the directory kinds of company the first page offers
    title: str
    pick: str
    review: str


MODES: dict[str, Mode] = {
    "phone": {"kinds": holding_service.PHONE_SERVICE_KINDS,
              "title": "Add my phone service",
              "pick": "Which company bills you for your phone line? Pick your carrier or "
                      "prepaid brand (MVNO).",
              "review": "These companies hold, or are known to have received, location data "
                        "from your phone service and its network. Untick any you want to leave "
                        "out."},
    "apps": {"kinds": holding_service.APP_KINDS,
             "title": "Apps on my phone",
             "pick": "Pick an app (or app company) installed on your phone.",
             "review": "The app and the companies known to have received its users' location. "
                       "Untick any you want to leave out."},
}


class PickPage(QWizardPage):
    def __init__(self, mode: Mode, companies: list[Company], parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Choose"))
        self.setSubTitle(self.tr(mode["pick"]))
        self.model = CompanyTableModel(self)
        self.companies = [c for c in companies if c.kind in mode["kinds"]]
        self.model.set_companies(self.companies)
        self.proxy = CompanyFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name or brand"))
        self.search.setAccessibleName(self.tr("Search companies"))
        self.search.textChanged.connect(self._filter)
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Companies"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (3, 4, 5):
            self.table.hideColumn(column)
        self.table.horizontalHeader().resizeSection(0, 240)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.completeChanged.emit())
        self.table.doubleClicked.connect(lambda _i: self.wizard().next())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        best = core.search(self.companies, text)
        if best:
            self.choose(best[0].slug)  # the best match, not just the first alphabetically
        self.completeChanged.emit()

    def chosen(self) -> Company | None:
        rows = self.table.selectionModel().selectedRows()
        return self.proxy.data(rows[0], CompanyTableModel.CompanyRole) if rows else None

    def choose(self, slug: str) -> None:
        row = self.model.row_of(slug)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())

    def isComplete(self) -> bool:
        return self.chosen() is not None


class ReviewPage(QWizardPage):
    def __init__(self, mode: Mode, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who holds the data"))
        self.setSubTitle(self.tr(mode["review"]))
        self.model = ProposalTableModel(self)
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Proposed companies; space ticks or unticks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((0, 190), (1, 110), (2, 150)):
            header.resizeSection(column, width)
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Untick a&ll"))
        self.all_button.clicked.connect(lambda: self.model.set_all(True))
        self.none_button.clicked.connect(lambda: self.model.set_all(False))
        self.drop_note = QLabel()
        self.drop_note.setWordWrap(True)
        self.drop_note.setAccessibleName(self.tr("California DROP note"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.drop_note)


class HoldingsWizard(QWizard):
    def __init__(self, ctx: GuiContext, client_id: int, mode: str = "phone", parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.mode = MODES[mode]
        self.added: list = []
        self.setWindowTitle(self.tr(self.mode["title"]))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(820, 560)
        companies = list(directory_service.directory_index(ctx.store).values())
        self.pick = PickPage(self.mode, companies, self)
        self.review = ReviewPage(self.mode, self)
        self.addPage(self.pick)
        self.addPage(self.review)
        self.mode_key = mode

    def initializePage(self, page_id: int) -> None:
        if self.page(page_id) is self.review:
            self._load_proposals()
        super().initializePage(page_id)

    def _load_proposals(self) -> None:
        chosen = self.pick.chosen()
        if chosen is None:
            return
        flow = (holding_service.phone_service_proposals if self.mode_key == "phone"
                else holding_service.app_proposals)
        try:
            proposals = flow(self.ctx.store, chosen.slug)
        except OffMapError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            proposals = []
        self.review.model.set_proposals(proposals)
        self.review.table.resizeRowsToContents()
        note = drop_note_text(self.ctx.store, self.client_id)
        self.review.drop_note.setText(note or "")
        self.review.drop_note.setVisible(bool(note))

    def accept(self) -> None:
        try:
            self.added = holding_service.accept_proposals(
                self.ctx.store, self.client_id, self.review.model.proposals)
        except OffMapError as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        self.ctx.bus.holdings_changed.emit(self.client_id)
        super().accept()
