"""Table model of directory companies and its filter proxy (search text + kind); no widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from app.core import directory as core
from app.core.model import Company
from app.gui.common.kind_labels import COMPANY_KIND_LABELS, QUALITY_LABELS
from app.gui.common.label_search import codes_by_word, codes_named, folded
from app.gui.common.table_model import ColumnsTableModel
from app.services.text_search import search_words

Index = QModelIndex | QPersistentModelIndex

ORIGIN_LABELS = {"bundled": "Directory", "cppa": "CA registry", "user": "Yours"}


class CompanyTableModel(ColumnsTableModel):
    COLUMNS = ("Name", "Kind", "Host network", "Quality", "Verified", "Source")
    CompanyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._companies: list[Company] = []
        self._names: dict[str, str] = {}

    def set_companies(self, companies: list[Company]) -> None:
        self.beginResetModel()
        self._companies = sorted(companies, key=lambda c: core.normalise(c.name))
        self._names = {c.slug: c.name for c in companies}
        self.endResetModel()

    def company_at(self, row: int) -> Company:
        return self._companies[row]

    def row_of(self, slug: str) -> int:
        for row, company in enumerate(self._companies):
            if company.slug == slug:
                return row
        return -1

    def row_count(self) -> int:
        return len(self._companies)

    def _text(self, company: Company, column: int) -> str:
        if column == 0:
            return company.name
        if column == 1:
            return self.tr(COMPANY_KIND_LABELS.get(company.kind, company.kind))
        if column == 2:
            return ", ".join(self._names.get(h, h) for h in company.hosts)
        if column == 3:
            return self.tr(QUALITY_LABELS.get(company.quality, company.quality))
        if column == 4:
            return company.verified_on or ""
        return self.tr(ORIGIN_LABELS.get(company.origin, company.origin))

    def shown_texts(self, company: Company) -> list[str]:
        """What the row shows besides the name (kind, host network, quality, date, source)."""
        return [self._text(company, column) for column in range(1, len(self.COLUMNS))]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        company = self._companies[index.row()]
        if role == self.CompanyRole:
            return company
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(company, index.column())
        return None


class CompanyFilterProxy(QSortFilterProxyModel):
    """Keeps the companies of the chosen kind whose name, alias or brand matches the text, or,
    for several words, where every word matches the name or another shown column (kind, host
    network, quality, source): "operador verizon", "aggregator verified"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind: str | None = None
        self._named_kinds: tuple[str, ...] = ()
        self._words: dict[str, tuple[str, ...]] = {}  # word -> the kinds it names
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        # A kind as shown ("Operador", "Data broker") finds the companies of that kind too.
        kinds = codes_named(text, COMPANY_KIND_LABELS, self.tr)
        words = search_words(text)
        named = codes_by_word(text, COMPANY_KIND_LABELS, self.tr)

        def change() -> None:
            self._text, self._named_kinds = text, kinds
            self._words = {word: named.get(word, ()) for word in words} if len(words) > 1 else {}

        self._change_filter(change)

    def set_kind(self, kind: str | None) -> None:
        self._change_filter(lambda: setattr(self, "_kind", kind or None))

    def _change_filter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        source = self.sourceModel()
        if not isinstance(source, CompanyTableModel):
            return True
        company = source.company_at(row)
        if self._kind and company.kind != self._kind:
            return False
        if company.kind in self._named_kinds or core.matches(company, self._text):
            return True
        if not self._words:
            return False
        shown = folded(" ".join(source.shown_texts(company)))
        return all(company.kind in kinds or core.matches(company, word)
                   or folded(word) in shown for word, kinds in self._words.items())
