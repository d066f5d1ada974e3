"""Light and dark appearance that follows the system (Qt 6.5+ colour scheme), and the few
colours OffMap adds, chosen per scheme for readable contrast. Colour never carries meaning
alone: every coloured status also has its text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.gui.common.focus_style import install_focus_style
from app.gui.common.icons import recolour_line_icons

_LIGHT = {"error": "#b3261e", "warning_bg": "#fff4e5", "warning_fg": "#5f3700"}
_DARK = {"error": "#ff8a80", "warning_bg": "#4a3300", "warning_fg": "#ffe0b2"}


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def color(name: str) -> str:
    """An OffMap colour ("error", "warning_bg", "warning_fg") for the current scheme."""
    return (_DARK if is_dark() else _LIGHT)[name]


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#ececec",
        QPalette.ColorRole.Base: "#1f1f1f",
        QPalette.ColorRole.AlternateBase: "#2f2f2f",
        QPalette.ColorRole.ToolTipBase: "#3a3a3a",
        QPalette.ColorRole.ToolTipText: "#ececec",
        QPalette.ColorRole.PlaceholderText: "#9a9a9a",
        QPalette.ColorRole.Text: "#ececec",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#ececec",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.Link: "#8ab4f8",
        QPalette.ColorRole.LinkVisited: "#c58af9",
        QPalette.ColorRole.Highlight: "#2a5db0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def light_palette(standard: QPalette) -> QPalette:
    """The style's own light palette, with selection and placeholder colours dark enough for
    4.5:1 text contrast (some styles' defaults are near 3.7:1)."""
    palette = QPalette(standard)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f63a8"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#666666"))
    return palette


def set_style(app: QApplication, name: str) -> None:
    """Changes the application style with the application style sheet (the focus ring) lifted
    first: replacing the style under a style sheet leaves existing views (header views with a
    pending resize) pointing at the deleted style, and Qt crashes on their next timer."""
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet("")
    app.setStyle(name)
    if sheet:
        app.setStyleSheet(sheet)


def apply_scheme(app: QApplication, scheme: Qt.ColorScheme) -> None:
    """Dark uses Fusion with a dark palette (not every platform style has one); light and
    unknown use the style's own palette. The line icons shown take the new palette's colours."""
    if scheme == Qt.ColorScheme.Dark:
        set_style(app, "Fusion")
        app.setPalette(dark_palette())
    else:
        app.setPalette(light_palette(app.style().standardPalette()))
    install_focus_style(app)
    recolour_line_icons()  # icons hold their colours: the new palette's are new icons


def follow_system_scheme(app: QApplication) -> None:
    hints = app.styleHints()
    apply_scheme(app, hints.colorScheme())
    hints.colorSchemeChanged.connect(lambda scheme: apply_scheme(app, scheme))
