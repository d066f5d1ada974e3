"""Icons: the app icon and one consistent set of line icons for pages and actions.

Action icons are SVG files in resources/icons/actions/ drawn with `currentColor`. Each is
recoloured once per palette colour (text, disabled text, selected text) into a cache folder and
handed to Qt's own SVG icon engine with QIcon.addFile, which draws and caches it in C++ at any size
and device pixel ratio: no Python runs when an icon is painted. After a theme change,
recolour_line_icons() gives the widgets the new palette's icons.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
import zlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication, QListWidget, QWidget

from app.paths import cache_dir, resource

log = logging.getLogger("app.gui")

APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FALLBACK = "page-generic"
# Only when no folder can take the recoloured files: pixmaps at the sizes the app shows icons.
FALLBACK_PIXMAP_SIZES = (16, 20, 24, 32, 48)

_icons: dict[tuple[str, tuple[str, ...]], QIcon] = {}   # (name, palette colours) -> icon
_names: dict[int, str] = {}                             # QIcon.cacheKey() -> name


@cache
def _svg_source(name: str) -> bytes:
    path = resource("icons", "actions", f"{name}.svg")
    if not path.is_file():
        log.warning("icon %s missing, using %s", name, FALLBACK)
        path = resource("icons", "actions", f"{FALLBACK}.svg")
    return path.read_bytes()


def icon_names() -> list[str]:
    return sorted(p.stem for p in resource("icons", "actions").glob("*.svg"))


def _colours() -> dict[QIcon.Mode, str]:
    """The stroke colour per icon mode, from the application palette. Active (hovered) is not
    given: Qt draws it as Normal, and each file given costs a parse at start-up."""
    palette = QGuiApplication.palette()
    return {
        QIcon.Mode.Normal: palette.color(QPalette.ColorRole.WindowText).name(),
        QIcon.Mode.Disabled: palette.color(QPalette.ColorGroup.Disabled,
                                           QPalette.ColorRole.WindowText).name(),
        QIcon.Mode.Selected: palette.color(QPalette.ColorRole.HighlightedText).name(),
    }


def _recoloured(name: str, colour: str) -> bytes:
    return _svg_source(name).replace(b"currentColor", colour.encode())


def _usable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK)


@cache
def _icon_folder() -> Path | None:
    """The user's cache folder, else a temporary folder removed at exit, else None."""
    folder = cache_dir() / "icons"
    if _usable(folder):
        return folder
    try:
        temporary = Path(tempfile.mkdtemp(prefix="offmap-icons-"))
    except OSError as exc:
        log.warning("no folder for the icon files (%s): icons drawn at fixed sizes", exc)
        return None
    log.warning("cache folder %s not writable: icon files in %s", folder, temporary)
    atexit.register(shutil.rmtree, temporary, ignore_errors=True)
    return temporary


@cache
def _files_in(folder: Path) -> frozenset[str]:
    """The files already in the icon folder, listed once (not one look-up per icon)."""
    return frozenset(os.listdir(folder))


@cache
def _icon_file(name: str, colour: str) -> str:
    """The file of icon `name` in `colour`, named by its content (a changed icon is a new file),
    written once, under a temporary name then renamed so that another OffMap running at the same
    time never reads half a file. Raises OSError when it cannot be written."""
    folder = _icon_folder()
    if folder is None:
        raise OSError("no folder for the icon files")
    svg = _recoloured(name, colour)
    # A checksum, not a digest: hashlib is not loaded yet at start-up, zlib is.
    file_name = f"{name}-{colour.lstrip('#')}-{zlib.crc32(svg):08x}.svg"
    path = os.path.join(folder, file_name)
    if file_name not in _files_in(folder):
        handle, temp_name = tempfile.mkstemp(prefix=".icon-", suffix=".part", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(svg)
            os.replace(temp_name, path)
        except OSError:
            Path(temp_name).unlink(missing_ok=True)
            raise
    return path


def _svg_icon(name: str, colours: dict[QIcon.Mode, str]) -> QIcon:
    result = QIcon()
    for mode, colour in colours.items():
        result.addFile(_icon_file(name, colour), QSize(), mode)
    return result


def _pixmap_icon(name: str, colours: dict[QIcon.Mode, str]) -> QIcon:
    result = QIcon()
    for mode, colour in colours.items():
        renderer = QSvgRenderer(QByteArray(_recoloured(name, colour)))
        for side in FALLBACK_PIXMAP_SIZES:
            for scale in (1, 2):
                pixmap = QPixmap(side * scale, side * scale)
                pixmap.fill(Qt.GlobalColor.transparent)
                painter = QPainter(pixmap)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                renderer.render(painter)
                painter.end()
                pixmap.setDevicePixelRatio(scale)
                result.addPixmap(pixmap, mode)
    return result


def icon(name: str) -> QIcon:
    """A line icon from resources/icons/actions/<name>.svg (a neutral one when missing) in the
    current palette's colours: copies of one QIcon per name and colours."""
    colours = _colours()
    key = (name, tuple(colours.values()))
    found = _icons.get(key)
    if found is not None:
        return QIcon(found)  # a copy: the same key and drawing, but the cached one stays as is
    try:
        made = _svg_icon(name, colours)
    except OSError as exc:
        log.warning("icon %s not written (%s): drawn at fixed sizes", name, exc)
        made = _pixmap_icon(name, colours)
    _icons[key] = made
    _names[made.cacheKey()] = name
    return QIcon(made)


def icon_name(line_icon: QIcon) -> str:
    """The name `line_icon` was made from by icon() (any palette), or "" for another icon."""
    return _names.get(line_icon.cacheKey(), "")


def _current(shown: QIcon) -> QIcon | None:
    """The line icon `shown` should now be, or None when it is no line icon or already that."""
    name = icon_name(shown)
    if not name:
        return None
    wanted = icon(name)
    return None if wanted.cacheKey() == shown.cacheKey() else wanted


def recolour_line_icons() -> int:
    """Gives every button, list item and action showing a line icon the same icon in the current
    palette's colours (after a theme change). Returns how many were changed."""
    changed = 0
    for widget in QApplication.allWidgets():
        holders: list = list(widget.actions())
        if isinstance(widget, QAbstractButton):
            holders.append(widget)
        elif isinstance(widget, QListWidget):
            holders.extend(widget.item(row) for row in range(widget.count()))
        for holder in holders:
            wanted = _current(holder.icon())
            if wanted is not None:
                holder.setIcon(wanted)
                changed += 1
    return changed


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
