"""Models for a request's timeline: its events, and the files of one event."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.core.model import Attachment, Event
from app.core.timeline import EVENT_LABELS
from app.gui.common.table_model import ColumnsTableModel
from app.services.attachments import human_size

Index = QModelIndex | QPersistentModelIndex


def event_label(kind: str) -> str:
    return EVENT_LABELS.get(kind, kind)


CHANNEL_LABELS = {"email": "E-mail", "post": "Post", "webform": "Web form", "phone": "Phone"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventTableModel", text)


def event_details(event: Event) -> str:
    parts = []
    if event.kind == "sent":
        via = str(event.data.get("via", "email"))
        label = CHANNEL_LABELS.get(via)
        parts.append(_tr("by {channel}").replace(
            "{channel}", QCoreApplication.translate("OffMap", label).lower() if label else via))
        if event.data.get("delivered_on"):
            parts.append(_tr("delivered {day}").replace("{day}", str(event.data["delivered_on"])))
    if event.text:
        parts.append(" ".join(event.text.split()))
    return "; ".join(parts)


class EventTableModel(ColumnsTableModel):
    COLUMNS = ("Date", "Event", "Details", "Files")
    EventRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []

    def set_events(self, events: list[Event]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: int) -> int:
        for row, event in enumerate(self._events):
            if event.id == event_id:
                return row
        return -1

    def row_count(self) -> int:
        return len(self._events)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        event = self._events[index.row()]
        if role == self.EventRole:
            return event
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return event.on
            if column == 1:
                return self.tr(event_label(event.kind))
            if column == 2:
                return event_details(event) if role == Qt.ItemDataRole.DisplayRole \
                    else event.text or event_details(event)
            if column == 3:
                count = len(event.attachments)
                return "" if not count else (
                    event.attachments[0].filename if count == 1
                    else self.tr("{n} files").replace("{n}", str(count)))
        return None


class AttachmentListModel(QAbstractListModel):
    AttachmentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._items: list[Attachment] = []

    def set_attachments(self, items: list[Attachment]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def attachment_at(self, row: int) -> Attachment:
        return self._items[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{item.filename} ({human_size(item.size)})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.filename}\n{item.mime}\nSHA-256 {item.sha256}"
        if role == self.AttachmentRole:
            return item
        return None
