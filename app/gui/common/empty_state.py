"""A friendly 'nothing here yet' panel that says what to do first."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
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
    blank box). A label over the view's viewport, shown only while the model has no rows, so
    the view keeps its place and focus and no Python runs when the view paints; the same words
    are the view's accessible description for screen readers."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.text = ""
        self.label = QLabel(view.viewport())
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.hide()
        view.installEventFilter(self)  # the view's own resizes (not its viewport's paints)
        model = view.model()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                           model.layoutChanged):
                signal.connect(self._update)
        self.set_text(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self._update()

    def showing(self) -> bool:
        model = self.view.model()
        return bool(self.text) and (model is None or model.rowCount() == 0)

    def _update(self, *_args) -> None:
        if not shiboken6.isValid(self.view):
            return
        shown = self.showing()
        self.label.setText(self.text)
        self.label.setGeometry(self.view.viewport().rect().adjusted(16, 12, -16, -12))
        self.label.setVisible(shown)
        self.view.setAccessibleDescription(self.text if shown else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._update)  # once the viewport has its new size
        return False
