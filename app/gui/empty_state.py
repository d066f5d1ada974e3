"""A friendly 'nothing here yet' panel that says what to do first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    def __init__(self, title: str, text: str, action_text: str = "", parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A word-wrapped label centred in a layout gets almost no height unless its width is set.
        body.setFixedWidth(480)
        body.setMinimumHeight(body.heightForWidth(480))
        body.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.setDefault(True)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


class EmptyViewText(QObject):
    """Says, inside an empty list or table, why it is empty and what to do next (instead of a
    blank box). Painted over the view's viewport, so the view keeps its place and focus; the
    same words are the view's accessible description for screen readers."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.text = ""
        view.viewport().installEventFilter(self)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self.view.setAccessibleDescription(text if self.showing() else "")
        self.view.viewport().update()

    def showing(self) -> bool:
        model = self.view.model()
        return bool(self.text) and (model is None or model.rowCount() == 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.showing():
            viewport = self.view.viewport()
            painter = QPainter(viewport)
            painter.setPen(viewport.palette().color(QPalette.ColorRole.Text))
            area = viewport.rect().adjusted(16, 12, -16, -12)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.text)
            painter.end()
            self.view.setAccessibleDescription(self.text)
            return True
        return False
