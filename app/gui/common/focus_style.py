"""A clearly visible keyboard focus: a 2-pixel ring in the highlight colour around the focused
button, field, box, check box, slider, tab bar or list, on top of whatever the platform style
draws (some styles only tint the frame, which is hard to see).

Drawn without Python in the paint path: Python overrides of QStyle's draw methods run on every
paint of every widget, which is slow on big tables and, with PySide6 6.12 on CPython 3.11, drops
a reference to None per call until the interpreter aborts. Most controls get the ring from
application style-sheet `:focus` rules (drawn by Qt's style-sheet style, inside the control, so
never clipped). Spin and date boxes lose their arrows under a style-sheet border, so they get a
QFocusFrame instead: a frame just outside the box that Qt moves with the focus; Python runs only
when the focus moves."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QFocusFrame, QWidget

FOCUS_WIDTH = 2
_SHEET_START = "/* offmap focus ring */"
_SHEET_END = "/* end offmap focus ring */"
_RULES = """
QAbstractButton:focus, QLineEdit:focus, QComboBox:focus, QAbstractScrollArea:focus,
QTabBar:focus, QAbstractSlider:focus {{ border: {width}px solid {colour}; }}
QCheckBox::indicator:unchecked, QAbstractItemView::indicator:unchecked,
QGroupBox::indicator:unchecked {{ border: 1px solid {outline}; background: {base};
 border-radius: 2px; width: 12px; height: 12px; }}
"""


def focus_sheet(colour: QColor, outline: QColor | None = None,
                base: QColor | None = None) -> str:
    """The ring in `colour`; unticked check boxes drawn with an `outline` in the palette's text
    colour on `base` (the platform style outlines them in a shade of the window colour, which
    disappears on a dark scheme)."""
    outline = outline or QColor("#000000")
    base = base or QColor("#ffffff")
    rules = _RULES.format(width=FOCUS_WIDTH, colour=colour.name(), outline=outline.name(),
                          base=base.name()).strip()
    return f"{_SHEET_START}\n{rules}\n{_SHEET_END}"


def _without_ring(sheet: str) -> str:
    start, end = sheet.find(_SHEET_START), sheet.find(_SHEET_END)
    if start < 0 or end < start:
        return sheet
    return (sheet[:start] + sheet[end + len(_SHEET_END):]).strip()


class SpinBoxRing(QObject):
    """Moves one focus frame to each newly focused spin or date box; recreated when the
    window that held it is gone (a frame lives in its box's parent)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._frame: QFocusFrame | None = None
        self._sheet = ""
        app.focusChanged.connect(self._follow)

    def set_colour(self, colour: QColor) -> None:
        self._sheet = f"QFocusFrame {{ border: {FOCUS_WIDTH}px solid {colour.name()}; }}"
        frame = self._live_frame()
        if frame is not None:
            frame.setStyleSheet(self._sheet)

    def _live_frame(self) -> QFocusFrame | None:
        """The frame, unless Qt has deleted it (with the window it was in)."""
        if self._frame is not None and shiboken6.isValid(self._frame):
            return self._frame
        return None

    def _follow(self, _old: QWidget | None, now: QWidget | None) -> None:
        frame = self._live_frame()
        if not isinstance(now, QAbstractSpinBox) or now.isWindow():
            if frame is not None:
                frame.setWidget(None)  # type: ignore[arg-type]  # Qt takes None: no widget
            return
        if frame is None:
            frame = self._frame = QFocusFrame()
            frame.setStyleSheet(self._sheet)
        frame.setWidget(now)


_spin_ring: SpinBoxRing | None = None


def install_focus_style(app: QApplication) -> None:
    """Shows the focus ring in the application's current highlight colour; call again after a
    palette change to recolour it. Other application style-sheet rules are kept."""
    global _spin_ring
    colour = app.palette().color(QPalette.ColorRole.Highlight)
    rest = _without_ring(app.styleSheet())
    palette = app.palette()
    sheet = focus_sheet(colour, palette.color(QPalette.ColorRole.Text),
                        palette.color(QPalette.ColorRole.Base))
    app.setStyleSheet(f"{rest}\n{sheet}".strip())
    if _spin_ring is None or not shiboken6.isValid(_spin_ring) or _spin_ring.parent() is not app:
        _spin_ring = SpinBoxRing(app)
    _spin_ring.set_colour(colour)
