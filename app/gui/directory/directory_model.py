"""Table model of directory companies and its filter proxy (search text + kind); no widgets.
Filtering runs on every key: names are compared from their normalised forms, made once per
list, and the model sorts itself, so a key costs a pass over a few hundred tuples."""

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
from app.gui.common.proxy import SourceSortedProxy
from app.gui.common.table_model import ColumnsTableModel
from app.services.text_search import search_words

Index = QModelIndex | QPersistentModelIndex

ORIGIN_LABELS = {"bundled": "Directory", "cppa": "CA registry", "user": "Yours"}


class CompanyTableModel(ColumnsTableModel):
    COLUMNS = ("Name", "Kind", "Host network", "Quality", "Reviewed", "Source")
    CompanyRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._companies: list[Company] = []
        self._by_name: list[Company] = []  # the order every sort starts from (ties keep it)
        self._names: dict[str, str] = {}
        self._name_keys: dict[str, tuple[tuple[str, str], ...]] = {}  # slug -> names, compared
        self._shown_folded: dict[str, str] = {}  # slug -> its other columns' text, folded

    def set_companies(self, companies: list[Company]) -> None:
        self.beginResetModel()
        self._by_name = sorted(companies, key=lambda c: core.normalise(c.name))
        self._companies = list(self._by_name)
        self._names = {c.slug: c.name for c in companies}
        self._name_keys = {company.slug: core.match_keys(company) for company in companies}
        self._shown_folded = {}
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """By the column's text as shown, without case; ties in name order. Sorted here in one
        pass (the proxy would call data() twice per comparison: 15 ms for the whole list, on
        each key that brings rows back)."""
        self.layoutAboutToBeChanged.emit()
        before = self._companies
        if 0 <= column < len(self.COLUMNS):
            self._companies = sorted(self._by_name,
                                     key=lambda company: self._text(company, column).casefold(),
                                     reverse=order == Qt.SortOrder.DescendingOrder)
        else:
            self._companies = list(self._by_name)
        moved = {company.slug: row for row, company in enumerate(self._companies)}
        kept = self.persistentIndexList()  # the selection and current row follow their company
        self.changePersistentIndexList(kept, [
            self.index(moved[before[index.row()].slug], index.column()) for index in kept])
        self.layoutChanged.emit()

    def names_match(self, row: int, needle: str) -> bool:
        """core.matches(company_at(row), text) for `needle` = core.normalise(text), from the
        names prepared once per list rather than on every key."""
        return core.keys_match(self._name_keys[self._companies[row].slug], needle)

    def shown_text(self, row: int) -> str:
        """What the row shows besides the name, folded for search (read once per list)."""
        company = self._companies[row]
        text = self._shown_folded.get(company.slug)
        if text is None:
            text = self._shown_folded[company.slug] = folded(" ".join(
                self.shown_texts(company)))
        return text

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


class CompanyFilterProxy(SourceSortedProxy):
    """Keeps the companies of the chosen kind whose name, alias or brand matches the text, or,
    for several words, where every word matches the name or another shown column (kind, host
    network, quality, source): "operador verizon", "aggregator verified". The source model
    sorts (SourceSortedProxy): the proxy keeps its order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._kind: str | None = None
        self._named_kinds: tuple[str, ...] = ()
        self._words: dict[str, tuple[str, ...]] = {}  # word -> the kinds it names
        self._needle = ""  # the text as names are compared (core.normalise)
        self._needles: dict[str, str] = {}  # each word of several, as names are compared

    def set_text(self, text: str) -> None:
        self.set_filter(text, self._kind)

    def set_kind(self, kind: str | None) -> None:
        self.set_filter(self._text, kind)

    def set_filter(self, text: str, kind: str | None) -> None:
        """The search text and the kind at once: the companies are filtered once, not once per
        change (each pass matches every company's names)."""
        kind = kind or None
        if text == self._text and kind == self._kind:
            return
        # A kind as shown ("Operador", "Data broker") finds the companies of that kind too.
        kinds = codes_named(text, COMPANY_KIND_LABELS, self.tr)
        words = search_words(text)
        named = codes_by_word(text, COMPANY_KIND_LABELS, self.tr)

        def change() -> None:
            self._text, self._kind, self._named_kinds = text, kind, kinds
            self._needle = core.normalise(text)
            self._words = {word: named.get(word, ()) for word in words} if len(words) > 1 else {}
            self._needles = {word: core.normalise(word) for word in self._words}

        self._change_filter(change)

    def shown_companies(self) -> list[Company]:
        """The companies the filter keeps, in the list's order."""
        source = self.sourceModel()
        if not isinstance(source, CompanyTableModel):
            return []
        return [source.company_at(self.mapToSource(self.index(row, 0)).row())
                for row in range(self.rowCount())]

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
        if company.kind in self._named_kinds or source.names_match(row, self._needle):
            return True
        if not self._words:
            return False
        shown = source.shown_text(row)
        return all(company.kind in kinds or source.names_match(row, self._needles[word])
                   or folded(word) in shown for word, kinds in self._words.items())
