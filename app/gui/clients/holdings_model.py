"""Models for holdings (one client's) and for the wizard's proposals (checkable); no widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.core.model import Company, Holding
from app.gui.common.kind_labels import COMPANY_KIND_LABELS, DATA_KIND_SHORT_LABELS
from app.gui.common.messages import shown
from app.gui.common.table_model import ColumnsTableModel
from app.services.holdings import Proposal

Index = QModelIndex | QPersistentModelIndex
ROLE_LABELS = {"service": "your service", "host": "host network", "successor": "successor",
               "recipient": "received data"}


# The rows wrap their words (holdings_section): a long note shows its start, whole in the tooltip.
SHOWN_NOTE_CHARS = 90


def _first_words(text: str) -> str:
    line = " ".join(text.split())
    if len(line) <= SHOWN_NOTE_CHARS:
        return line
    return line[:SHOWN_NOTE_CHARS].rsplit(" ", 1)[0] + "…"


class HoldingTableModel(ColumnsTableModel):
    COLUMNS = ("Company", "Kind", "Location data", "Why / evidence")
    HoldingRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._holdings: list[Holding] = []
        self._index: dict[str, Company] = {}

    def set_holdings(self, holdings: list[Holding], index: dict[str, Company]) -> None:
        self.beginResetModel()
        self._index = index
        self._holdings = sorted(holdings, key=lambda h: self._name(h.company).casefold())
        self.endResetModel()

    def _name(self, slug: str) -> str:
        return self._index[slug].name if slug in self._index else slug

    def holding_at(self, row: int) -> Holding:
        return self._holdings[row]

    def row_count(self) -> int:
        return len(self._holdings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        holding = self._holdings[index.row()]
        if role == self.HoldingRole:
            return holding
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self._name(holding.company)
            if column == 1:
                company = self._index.get(holding.company)
                return self.tr(COMPANY_KIND_LABELS.get(company.kind, company.kind)) \
                    if company else ""
            if column == 2:
                return ", ".join(self.tr(DATA_KIND_SHORT_LABELS.get(kind, kind))
                                 for kind in holding.data)
            text = holding.evidence or shown(holding.reason)
            return text if role == Qt.ItemDataRole.ToolTipRole else _first_words(text)
        return None


class ProposalTableModel(ColumnsTableModel):
    """The wizard's proposals; the first column's check box accepts or drops each."""

    COLUMNS = ("Company", "Role", "Location data", "Why")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.proposals: list[Proposal] = []

    def set_proposals(self, proposals: list[Proposal]) -> None:
        self.beginResetModel()
        self.proposals = list(proposals)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.proposals)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        proposal = self.proposals[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if proposal.accepted else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            source = f"\n{self.tr('Source')}: {proposal.source}" if proposal.source else ""
            return shown(proposal.reason) + source
        if role == Qt.ItemDataRole.DisplayRole:
            return (proposal.name, self.tr(ROLE_LABELS.get(proposal.role, proposal.role)),
                    ", ".join(self.tr(DATA_KIND_SHORT_LABELS.get(kind, kind))
                              for kind in proposal.data), shown(proposal.reason))[column]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and index.column() == 0 and role == Qt.ItemDataRole.CheckStateRole:
            state = value.value if hasattr(value, "value") else value
            self.proposals[index.row()].accepted = state == Qt.CheckState.Checked.value
            self.dataChanged.emit(index, index, [role])
            return True
        return False

    def set_all(self, accepted: bool) -> None:
        for proposal in self.proposals:
            proposal.accepted = accepted
        if self.proposals:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.proposals) - 1, 0))
