from __future__ import annotations

from PySide6.QtCore import QSize

from app.gui.common.icons import app_icon, icon, icon_names, page_icon
from app.gui.shell.pages import PAGES


def test_every_page_has_its_own_icon():
    names = set(icon_names())
    assert {f"page-{spec.key}" for spec in PAGES} <= names


def test_icons_render_sharp_at_high_dpi():
    pixmap = icon("add").pixmap(QSize(24, 24), 2.0)
    assert (pixmap.width(), pixmap.height()) == (48, 48)
    assert pixmap.devicePixelRatio() == 2.0
    image = pixmap.toImage()
    drawn = sum(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))
    assert 0 < drawn < 48 * 48  # some strokes, not a filled square


def test_app_icon_has_the_png_sizes():
    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (256, 256)} <= sizes


def test_sidebar_items_carry_icons(window):
    for row, spec in enumerate(PAGES):
        assert not window.sidebar.item(row).icon().isNull(), spec.key
    assert not page_icon("no-such-page").isNull()


def test_main_actions_carry_the_same_icon_on_every_page(window):
    from PySide6.QtWidgets import QAbstractButton, QWidget

    from app.gui.common.icons import ACTION_ICONS, TEXT_ONLY_OWNERS, icon_name

    seen: dict[str, set[str]] = {}
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.page(spec.key)
        for owner in [page, *page.findChildren(QWidget)]:
            if type(owner).__name__ in TEXT_ONLY_OWNERS:
                continue
            for name, value in vars(owner).items():
                if name in ACTION_ICONS and isinstance(value, QAbstractButton):
                    assert not value.icon().isNull(), f"{spec.key}: {name}"
                    seen.setdefault(name, set()).add(icon_name(value.icon()) or "custom")
    assert {"add_button", "edit_button", "delete_button", "export_button"} <= set(seen)
    assert seen["delete_button"] == {"delete"}
