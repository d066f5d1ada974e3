"""The Reports page's bar chart: render.chart draws it (as in the PDF) into a pixmap that a plain
QLabel shows, so painting the page runs no Python. The pixmap is drawn again only when what it
shows changes: the figures, the size, the palette (light or dark), the font, the language or
the screen's pixel ratio (when the window moves to another screen)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPalette, QPixmap, QWindow
from PySide6.QtWidgets import QLabel, QSizePolicy

from app.core.reports import CompanyFigures
from app.render.chart import chart_height, paint_company_chart

MARGIN = 8
# (A change of pixel ratio reaches no changeEvent: the window's screenChanged tells it.)
REDRAWN_ON = (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LanguageChange,
              QEvent.Type.StyleChange)


class CompanyChart(QLabel):
    """The bar chart of the report; "Counting…" until the first figures arrive."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Chart of answers per company"))
        # The pixmap follows the widget's size, never the other way round: its size is no hint.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._figures: list[CompanyFigures] = []
        self._counting = False  # until the first figures arrive, not "no requests sent yet"
        self._drawn_ratio = 0.0
        self._watched_window: QWindow | None = None
        self._fit_height()  # drawn at its first resize, which comes before it shows

    @property
    def counting(self) -> bool:
        return self._counting

    def set_counting(self, counting: bool) -> None:
        if counting != self._counting:
            self._counting = counting
            self.redraw()

    def set_figures(self, figures: list[CompanyFigures]) -> None:
        self._figures = list(figures)
        self._counting = False
        self._fit_height()
        self.redraw()

    def _fit_height(self) -> None:
        rows = max(len(self._figures), 2)
        self.setMinimumHeight(int(chart_height(rows, self.font())) + 2 * MARGIN)

    def _empty_text(self) -> str:
        if self._counting:
            return self.tr("Counting…")
        return self.tr(
            "No requests sent yet: the chart fills in as companies answer (or do not).")

    def redraw(self) -> None:
        """Draws the chart at the widget's size and pixel ratio (sharp on high-DPI screens)."""
        ratio = self.devicePixelRatioF()
        width, height = max(1, self.width()), max(1, self.height())
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        palette = self.palette()
        pixmap.fill(palette.color(QPalette.ColorRole.Base))
        painter = QPainter(pixmap)
        try:
            paint_company_chart(
                painter, QRectF(0, 0, width, height).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                self._figures, self.font(), palette.color(QPalette.ColorRole.Text),
                labels=(self.tr("Answered on time"), self.tr("Late or ignored"),
                        self.tr("Pending")),
                empty_text=self._empty_text(),
            )
        finally:
            painter.end()
        self._drawn_ratio = ratio
        self.setPixmap(pixmap)

    def _redraw_at_new_ratio(self) -> None:
        if self.devicePixelRatioF() != self._drawn_ratio:
            self.redraw()

    # These are called when the size, the look or the window changes, never on a paint.
    def showEvent(self, event) -> None:
        super().showEvent(event)
        window = self.window().windowHandle()
        if window is not None and window is not self._watched_window:
            self._watched_window = window
            window.screenChanged.connect(self._screen_changed)  # (ends with this widget)
        self._redraw_at_new_ratio()

    def _screen_changed(self, _screen) -> None:
        QTimer.singleShot(0, self._redraw_at_new_ratio)  # once the window has the new ratio

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in REDRAWN_ON:
            if event.type() == QEvent.Type.FontChange:
                self._fit_height()
            elif event.type() == QEvent.Type.LanguageChange:
                self.setAccessibleName(self.tr("Chart of answers per company"))
            self.redraw()
