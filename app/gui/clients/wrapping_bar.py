"""A tool bar that puts its buttons under the search box when one row has no room for them all.

One row at a roomy width; two rows (the search box, then the buttons) when the pane is narrower
than all of them need side by side, so no control is ever laid over another (in Spanish
"Mostrar archivados" covered the search box) and the pane never forces the window wider than
the two-row arrangement needs."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStyle, QWidget


class WrappingBar(QWidget):
    def __init__(self, lead: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lead = lead  # stretches to the room left (the search box)
        self.trailing: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # Set, not inherited: the widths below are computed before the bar is in a layout.
        spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        self.grid.setSpacing(spacing if spacing >= 0 else 6)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(self.grid.horizontalSpacing())
        self.buttons.addStretch(1)
        self.wrapped = False
        self._arrange()

    def add_trailing(self, widget: QWidget) -> None:
        self.trailing.append(widget)
        self._arrange()

    # -- sizes ---------------------------------------------------------------------------------
    def _spacing(self) -> int:
        return max(self.grid.horizontalSpacing(), 0)

    def _trailing_width(self) -> int:
        widths = [w.sizeHint().expandedTo(w.minimumSize()).width() for w in self.trailing]
        return sum(widths) + self._spacing() * max(len(widths) - 1, 0)

    def _lead_width(self) -> int:
        return max(self.lead.minimumWidth(), self.lead.minimumSizeHint().width())

    def one_row_width(self) -> int:
        """The width all the controls need side by side."""
        return self._lead_width() + self._spacing() + self._trailing_width()

    def minimumSizeHint(self) -> QSize:
        rows = [self.lead, *self.trailing]
        height = max(w.sizeHint().height() for w in rows)
        spacing = max(self.grid.verticalSpacing(), 0)
        return QSize(max(self._lead_width(), self._trailing_width()), 2 * height + spacing)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wrapped = event.size().width() < self.one_row_width()
        if wrapped != self.wrapped:
            self.wrapped = wrapped
            self._arrange()
        super().resizeEvent(event)

    # -- layout --------------------------------------------------------------------------------
    def _arrange(self) -> None:
        self.grid.removeWidget(self.lead)
        if self.buttons.parent() is not None:
            self.grid.removeItem(self.buttons)
        for widget in self.trailing:
            if self.buttons.indexOf(widget) < 0:
                self.buttons.insertWidget(self.buttons.count() - 1, widget)
        self.grid.setColumnStretch(1, 0)
        if self.wrapped:  # the search box alone on top, the buttons under it from the left
            self.grid.addWidget(self.lead, 0, 0, 1, 2)
            self.grid.addLayout(self.buttons, 1, 0, 1, 2)
        else:
            self.grid.addWidget(self.lead, 0, 0)
            self.grid.addLayout(self.buttons, 0, 1)
        self.grid.setColumnStretch(0, 1)
        self.updateGeometry()
