"""Icons: the app icon and one consistent set of line icons for pages and actions.

Action icons are SVG files in resources/icons/actions/ drawn with `currentColor`. They are painted
at the size and device pixel ratio asked for (sharp on high-DPI screens) in the current palette's
text colour, so they follow light and dark themes and dim when their control is disabled.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QWidget

from app.paths import resource

log = logging.getLogger("app.gui")

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FALLBACK = "page-generic"


@cache
def _svg_source(name: str) -> bytes:
    path = resource("icons", "actions", f"{name}.svg")
    if not path.is_file():
        log.warning("icon %s missing, using %s", name, FALLBACK)
        path = resource("icons", "actions", f"{FALLBACK}.svg")
    return path.read_bytes()


def icon_names() -> list[str]:
    return sorted(p.stem for p in resource("icons", "actions").glob("*.svg"))


def _colour_for(mode: QIcon.Mode) -> QColor:
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.WindowText)


class _LineIconEngine(QIconEngine):
    """Paints one line icon in the palette's colour for the mode, at any size and scale."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        svg = _svg_source(self.name).replace(b"currentColor", _colour_for(mode).name().encode())
        return QSvgRenderer(QByteArray(svg))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        side = min(rect.width(), rect.height())
        target = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                        side, side)
        self._renderer(mode).render(painter, target)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size

    def clone(self) -> QIconEngine:
        return _LineIconEngine(self.name)

    def key(self) -> str:
        return "offmap-line"

    def iconName(self) -> str:
        return self.name


def icon(name: str) -> QIcon:
    """A line icon from resources/icons/actions/<name>.svg (a neutral one when missing)."""
    return QIcon(_LineIconEngine(name))


def page_icon(page_key: str) -> QIcon:
    name = f"page-{page_key}"
    available = resource("icons", "actions", f"{name}.svg").is_file()
    return icon(name if available else FALLBACK)


# One icon per kind of action, by the button attribute names the pages and panes use, so the
# same action looks the same everywhere without each page choosing its own.
ACTION_ICONS = {
    "add_button": "add", "new_button": "add", "request_button": "letter",
    "edit_button": "edit", "delete_button": "delete", "remove_button": "delete",
    "archive_button": "archive", "export_button": "export", "csv_button": "export",
    "ics_button": "export", "pdf_button": "export", "send_button": "send",
    "send_all_button": "send", "mail_button": "letter", "refresh_button": "refresh",
    "mark_sent_button": "check", "restore_file_button": "import",
    "restore_selected_button": "import",
}


# Rows of buttons too tight for an icon beside a translated label (text would be cut off).
TEXT_ONLY_OWNERS = {"HoldingsSection"}


def decorate_actions(root: QWidget) -> int:
    """Gives the main action buttons under `root` (found by attribute name) their icon, unless
    they already have one. Returns how many were given one."""
    given = 0
    for owner in [root, *root.findChildren(QWidget)]:
        if type(owner).__name__ in TEXT_ONLY_OWNERS:
            continue
        for name, value in list(vars(owner).items()):
            if name in ACTION_ICONS and isinstance(value, QAbstractButton) \
                    and value.icon().isNull():
                value.setIcon(icon(ACTION_ICONS[name]))
                given += 1
    return given


def app_icon() -> QIcon:
    """The window and taskbar icon: the PNG sizes, with the SVG for any other size."""
    result = QIcon()
    for size in APP_ICON_SIZES:
        path = resource("icons", "app", f"offmap-{size}.png")
        if path.is_file():
            result.addFile(str(path), QSize(size, size))
    result.addFile(str(resource("icons", "offmap.svg")))
    return result
