"""Reports: per company, across all clients, requests sent, answered on time, late, refused,
pending and median days to answer, as a sortable table and a bar chart; export as CSV or PDF
with no client named."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.reports import CompanyFigures
from app.gui.common.context import GuiContext
from app.gui.common.export_folder import confirm_export, remember_folder, suggested_path
from app.gui.common.messages import error_text
from app.gui.common.proxy import SourceSortedProxy
from app.gui.common.record_table import leave_on_tab
from app.gui.reports.company_chart import CompanyChart
from app.services import reports as report_service
from app.services.session import open_store

log = logging.getLogger("app.gui.reports")
Index = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    COLUMNS = ("Company", "Sent", "On time", "Late", "Refused", "Pending", "Median days")
    TIPS = (
        "",
        "First requests sent (not reminders, appeals or complaints) that did not bounce",
        "Final answer by the deadline in force",
        "Answered after the deadline, or no answer and the deadline has passed",
        "The final answer was a refusal",
        "No answer yet and the deadline has not passed",
        "Median days from sending to the final answer",
    )
    FiguresRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyFigures] = []
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    def set_figures(self, rows: list[CompanyFigures]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort[0] >= 0:
            self._apply_sort()
        self.endResetModel()

    def figures(self) -> list[CompanyFigures]:
        return list(self._rows)

    def _value(self, row: CompanyFigures, column: int) -> Any:
        return (row.name, row.sent, row.on_time, row.late, row.refused, row.pending,
                row.median_days)[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._apply_sort()
        self.layoutChanged.emit()

    def _apply_sort(self) -> None:
        column, order = self._sort

        def key(row: CompanyFigures):
            value = self._value(row, column)
            if column == 0:
                return (0, value.casefold())
            return (0, value) if value is not None else (1, 0)

        self._rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and self.TIPS[section]:
            return self.tr(self.TIPS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == self.FiguresRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._value(row, index.column())
            if value is None:
                return "–"
            return f"{value:g}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsPage(QWidget):
    def __init__(self, ctx: GuiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.as_of: date | None = None  # None: today
        self.model = ReportTableModel(self)
        self.proxy = SourceSortedProxy(self)
        self.proxy.setSourceModel(self.model)

        title = QLabel(self.tr("Which companies answer on time"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        explain = QLabel(self.tr(
            "Every company your clients wrote to, across all clients: first requests sent, "
            "answered by the legal deadline, late (answered after it, or not at all once it "
            "passed), refused, and the median days to the answer. The report and its exports "
            "name no client, so you can show them to show who ignores the law."
        ))
        explain.setWordWrap(True)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Report status"))
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        self.csv_button = QPushButton(self.tr("Export &CSV…"))
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.refresh_button, self.csv_button, self.pdf_button):
            buttons.addWidget(button)

        self.chart = CompanyChart()
        self.table = leave_on_tab(QTableView())
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Company report"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # most late first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)

        ctx.bus.requests_changed.connect(self.refresh)
        ctx.bus.clients_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        home, as_of = self.ctx.home, self.as_of
        self.status.setText(self.tr("Counting…"))
        self.chart.set_counting(True)

        def work(_handle) -> list[CompanyFigures]:
            store = open_store(home)
            try:
                return report_service.company_report(store, as_of)
            finally:
                store.close()

        self.ctx.tasks.run(work, self._show, self._failed)

    def _show(self, figures: list[CompanyFigures]) -> None:
        self.model.set_figures(figures)
        self.chart.set_figures(figures)
        sent = sum(f.sent for f in figures)
        self.status.setText(self.tr("{companies} companies, {sent} requests sent.")
                            .replace("{companies}", str(len(figures)))
                            .replace("{sent}", str(sent)))
        for button in (self.csv_button, self.pdf_button):
            button.setEnabled(bool(figures))

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))
        self.chart.set_counting(False)

    def export(self, fmt: str, path: Path | None = None) -> None:
        if path is None:
            suggested = suggested_path(
                self.ctx, f"offmap-company-report-{date.today().isoformat()}.{fmt}")
            filters = self.tr("Spreadsheet (*.csv)") if fmt == "csv" else self.tr("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the company report"),
                                                    str(suggested), filters)
            if not chosen:
                return
            path = Path(chosen)
            remember_folder(self.ctx, path)
            confirm = True
        else:
            confirm = False
        home, as_of = self.ctx.home, self.as_of

        def work(_handle):
            store = open_store(home)
            try:
                return report_service.export_report(store, path, fmt, as_of)
            finally:
                store.close()

        def done(_figures) -> None:
            self.status.setText(self.tr("Report written to {path}.").replace("{path}", str(path)))
            if confirm:
                self.confirmation = confirm_export(self, [path])

        def failed(exc: BaseException) -> None:
            self.status.setText(error_text(exc))
            QMessageBox.warning(self, self.tr("Report not written"), error_text(exc))

        self.ctx.tasks.run(work, done, failed)
