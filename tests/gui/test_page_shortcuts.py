"""Ctrl+1…8 follow the sidebar: Ctrl+N opens the page in the sidebar's Nth row, and the sidebar's
tooltips and the Go menu say which key opens which page."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from app.gui.shell.pages import PAGES


def test_ctrl_n_opens_the_nth_page_of_the_sidebar(window, qtbot):
    sidebar = window.sidebar
    assert sidebar.count() == len(PAGES) == 8
    for row in reversed(range(sidebar.count())):  # from the last, so no page is already shown
        key = Qt.Key(Qt.Key.Key_1.value + row)
        qtbot.keyClick(QApplication.focusWidget() or window, key,
                       Qt.KeyboardModifier.ControlModifier)
        shown = sidebar.item(row).data(Qt.ItemDataRole.UserRole)
        assert window.current_page_key() == shown, (row + 1, shown)
        assert sidebar.currentRow() == row
        assert sidebar.item(row).toolTip().endswith(f"(Ctrl+{row + 1})")
    assert window.current_page_key() == "clients"


def test_the_go_menu_lists_the_pages_with_their_keys_in_sidebar_order(window):
    actions = window.go_menu.actions()
    sidebar = [window.sidebar.item(row).data(Qt.ItemDataRole.UserRole)
               for row in range(window.sidebar.count())]
    assert [action.text() for action in actions] == [
        next(spec.title for spec in PAGES if spec.key == key) for key in sidebar]
    assert [action.shortcut() for action in actions] == [
        QKeySequence(f"Ctrl+{n}") for n in range(1, len(sidebar) + 1)]
    replies = sidebar.index("replies")
    actions[replies].trigger()
    assert window.current_page_key() == "replies" and replies == 3  # fourth row, Ctrl+4
