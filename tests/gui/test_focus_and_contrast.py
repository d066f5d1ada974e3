"""Keyboard focus is clearly visible on every kind of control, and the palettes' text colours
reach 4.5:1 contrast (WCAG AA) in light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.common.appearance import apply_scheme
from app.gui.common.focus_style import FOCUS_WIDTH
from tests.gui.test_appearance import contrast

R = QPalette.ColorRole
TEXT_PAIRS = [
    (R.WindowText, R.Window),
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.ToolTipText, R.ToolTipBase),
]
SCHEMES = [Qt.ColorScheme.Light, Qt.ColorScheme.Dark]


@pytest.fixture
def scheme_app():
    app = QApplication.instance()
    palette = app.palette()
    yield app
    apply_scheme(app, Qt.ColorScheme.Light)
    app.setPalette(palette)


def _opaque(colour: QColor, background: QColor) -> QColor:
    alpha = colour.alphaF()
    return QColor.fromRgbF(*(alpha * getattr(colour, c)() + (1 - alpha) * getattr(background, c)()
                             for c in ("redF", "greenF", "blueF")))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_palette_text_is_readable(scheme_app, scheme):
    apply_scheme(scheme_app, scheme)
    palette = scheme_app.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in TEXT_PAIRS:
            background = palette.color(group, bg)
            ratio = contrast(_opaque(palette.color(group, fg), background), background)
            assert ratio >= 4.5, f"{scheme.name} {group.name}: {fg.name} on {bg.name} {ratio:.2f}"


def _highlight_pixels(image: QImage, highlight: QColor) -> int:
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y) == highlight)


def _around(control: QWidget) -> QImage:
    """The control and a margin around it as the user sees it (the ring may sit just outside
    the control's own rectangle), grabbed from its window."""
    margin = FOCUS_WIDTH + 2
    window = control.window()
    top_left = control.mapTo(window, control.rect().topLeft())
    area = QRect(top_left, control.size()).adjusted(-margin, -margin, margin, margin)
    return window.grab(area).toImage()


def test_the_style_has_no_python_draw_overrides(scheme_app):
    """A Python QStyle subclass is called on every paint (slow on big tables, and with PySide6
    6.12 on CPython 3.11 it drops a reference to None per call until the process aborts)."""
    for scheme in SCHEMES:
        apply_scheme(scheme_app, scheme)
        assert type(scheme_app.style()).__module__.startswith("PySide6."), type(scheme_app.style())


@pytest.mark.parametrize("scheme", SCHEMES)
def test_focus_is_visible_on_every_kind_of_control(qtbot, scheme_app, scheme):
    apply_scheme(scheme_app, scheme)
    combo = QComboBox()
    combo.addItems(["one", "two"])
    controls = [QPushButton("Save"), QLineEdit("text"), combo, QCheckBox("Agree"), QSpinBox(),
                QDateEdit(), QListView(), QPlainTextEdit(), QToolButton()]
    host = QWidget()
    layout = QVBoxLayout(host)
    anchor = QPushButton("anchor")
    layout.addWidget(anchor)
    for control in controls:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addWidget(control)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    highlight = scheme_app.palette().color(R.Highlight)
    for control in controls:
        anchor.setFocus()
        qtbot.waitUntil(anchor.hasFocus)
        without = _highlight_pixels(_around(control), highlight)
        control.setFocus()
        qtbot.waitUntil(control.hasFocus)
        with_focus = _highlight_pixels(_around(control), highlight)
        # At least a one-pixel ring nearly all round (lists keep the style's frame width).
        perimeter = 2 * (control.width() + control.height())
        assert with_focus - without >= perimeter * 3 // 4, (
            f"{type(control).__name__}: focus adds only {with_focus - without} highlight pixels")


def test_focus_outline_on_the_main_window(window, qtbot):
    from app.core.model import Client
    from app.gui.common.appearance import install_focus_style
    from app.services import clients as client_service

    install_focus_style(QApplication.instance())
    client_service.add_client(window.ctx.store, Client(name="Ana Díaz"))
    window.ctx.bus.clients_changed.emit()
    window.resize(1140, 700)  # a desktop's size (the offscreen test screen is 800 px square)
    window.show_page("clients")
    page = window.page("clients")
    qtbot.waitUntil(page.search.isVisible)
    highlight = QApplication.instance().palette().color(R.Highlight)
    page.search.setFocus()
    qtbot.waitUntil(page.search.hasFocus)
    ring = FOCUS_WIDTH * 2 * (page.search.width() + page.search.height())
    assert _highlight_pixels(_around(page.search), highlight) >= ring * 3 // 4
