"""The line icons, drawn by Qt's own SVG icon engine from recoloured files: in the palette's
colours per mode, again after a theme change, and still drawn when the cache folder or the icon
is missing."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QPushButton

from app.gui.common import icons
from app.gui.common.appearance import apply_scheme, dark_palette, set_style
from app.gui.common.icons import FALLBACK, icon, icon_name, recolour_line_icons


@pytest.fixture
def app_palette():
    """Sets the application palette for one test (text, disabled text, selected text)."""
    app = QApplication.instance()
    style, before = app.style().name(), app.palette()

    def use(text: str, disabled: str = "#808080", selected: str = "#ffffff") -> QPalette:
        palette = QPalette(before)
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText,
                         QColor(disabled))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor(selected))
        app.setPalette(palette)
        return palette

    yield use
    set_style(app, style)
    app.setPalette(before)


@pytest.fixture
def fresh_icon_files(monkeypatch):
    """No icon made or file found yet in this process (put back after the test)."""
    cached = (icons._icon_folder, icons._icon_file, icons._files_in)
    monkeypatch.setattr(icons, "_icons", {})
    for function in cached:
        function.cache_clear()
    yield
    for function in cached:  # (a test may have replaced them in the module)
        function.cache_clear()


def _image(line_icon: QIcon, mode=QIcon.Mode.Normal, side: int = 24,
           scale: float = 1.0) -> QImage:
    return line_icon.pixmap(QSize(side, side), scale, mode).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)


def _stroke(image: QImage) -> set[str]:
    """The colours of the fully drawn pixels (the stroke, not its anti-aliased edges)."""
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


def test_the_icon_follows_the_palette_per_mode(app_palette):
    app_palette("#aa0000", disabled="#9a9a9a", selected="#00aa00")
    red = icon("add")
    assert _stroke(_image(red)) == {"#aa0000"}
    assert _stroke(_image(red, QIcon.Mode.Active)) == {"#aa0000"}
    assert _stroke(_image(red, QIcon.Mode.Selected)) == {"#00aa00"}
    disabled = _image(red, QIcon.Mode.Disabled)
    assert _stroke(disabled) == {"#9a9a9a"}
    assert disabled != _image(red)

    app_palette("#0000aa")
    blue = icon("add")
    assert _stroke(_image(blue)) == {"#0000aa"}
    assert blue.cacheKey() != red.cacheKey()
    assert icon("add").cacheKey() == blue.cacheKey()  # one icon per name and colours
    assert icon_name(blue) == icon_name(red) == "add"
    assert icon_name(QIcon()) == ""


def test_sharp_at_twice_the_pixels(app_palette):
    app_palette("#000000")
    pixmap = icon("add").pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height(), pixmap.devicePixelRatio()) == (48, 48, 2.0)
    image = pixmap.toImage()
    drawn = sum(image.pixelColor(x, y).alpha() == 255 for x in range(48) for y in range(48))
    assert 100 <= drawn < 48 * 48 // 2  # the plus's two strokes solid at 4 pixels, not a blur


def test_a_missing_icon_falls_back_to_the_neutral_one(app_palette, caplog):
    app_palette("#000000")
    with caplog.at_level(logging.WARNING, logger="app.gui"):
        missing = icon("no-such-icon")
    assert not missing.isNull()
    assert _image(missing) == _image(icon(FALLBACK))
    assert "no-such-icon" in caplog.text


def test_a_theme_change_recolours_the_icons_shown(app_palette):
    app_palette("#000000")
    button = QPushButton(icon("delete"), "Delete")
    plain = QPushButton(QIcon(), "Plain")
    sidebar = QListWidget()
    QListWidgetItem(icon("page-clients"), "Clients", sidebar)
    try:
        shown = (button.icon().cacheKey(), sidebar.item(0).icon().cacheKey())
        recolour_line_icons()
        # Already in this palette's colours: left as they are (no needless relayout).
        assert (button.icon().cacheKey(), sidebar.item(0).icon().cacheKey()) == shown
        apply_scheme(QApplication.instance(), Qt.ColorScheme.Dark)
        text = dark_palette().color(QPalette.ColorRole.WindowText).name()
        assert _stroke(_image(button.icon())) == {text}
        assert _stroke(_image(sidebar.item(0).icon())) == {text}
        assert icon_name(button.icon()) == "delete"
        assert plain.icon().isNull()
    finally:
        for widget in (button, plain, sidebar):
            widget.deleteLater()


def test_icon_files_are_written_once_in_the_cache_folder(app_palette, fresh_icon_files,
                                                       monkeypatch, tmp_path):
    monkeypatch.setattr(icons, "cache_dir", lambda: tmp_path / "cache")
    app_palette("#123456", disabled="#654321", selected="#ffffff")
    icon("edit")
    files = sorted((tmp_path / "cache" / "icons").iterdir())
    assert len(files) == 3  # normal (Qt draws active as normal), disabled, selected
    assert all(f.name.startswith("edit-") and f.suffix == ".svg" for f in files)
    assert any(b"#654321" in f.read_bytes() for f in files)
    stamps = [f.stat().st_mtime_ns for f in files]
    icons._icon_file.cache_clear()  # as in the next start of OffMap
    icons._files_in.cache_clear()
    monkeypatch.setattr(icons, "_icons", {})
    assert _stroke(_image(icon("edit"))) == {"#123456"}
    assert [f.stat().st_mtime_ns for f in sorted(files)] == stamps  # found, not written again


def test_an_unwritable_cache_folder_uses_a_temporary_one(app_palette, fresh_icon_files,
                                                        monkeypatch, tmp_path, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go")
    monkeypatch.setattr(icons, "cache_dir", lambda: blocker)
    app_palette("#aa0000")
    with caplog.at_level(logging.WARNING, logger="app.gui"):
        made = icon("archive")
    folder = icons._icon_folder()
    assert folder is not None and folder != blocker / "icons" and folder.is_dir()
    assert "not writable" in caplog.text
    assert _stroke(_image(made)) == {"#aa0000"}


def test_no_folder_at_all_still_draws_the_icons(app_palette, fresh_icon_files, monkeypatch,
                                                caplog):
    monkeypatch.setattr(icons, "_icon_folder", lambda: None)
    app_palette("#aa0000", disabled="#9a9a9a")
    with caplog.at_level(logging.WARNING, logger="app.gui"):
        made = icon("check")
    assert "drawn at fixed sizes" in caplog.text
    assert _stroke(_image(made)) == {"#aa0000"}
    assert _stroke(_image(made, QIcon.Mode.Disabled)) == {"#9a9a9a"}
    sharp = made.pixmap(QSize(24, 24), 2.0)
    assert (sharp.width(), sharp.devicePixelRatio()) == (48, 2.0)


def test_the_user_cache_folder_is_the_platform_one():
    from app.paths import cache_dir

    assert isinstance(cache_dir(), Path)
    assert "offmap" in str(cache_dir()).lower()
