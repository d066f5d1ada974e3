"""The main window as its add-ons (the deadline watch, the reply drop) and the pages see it,
declared below them so that they do not import the shell: MainWindow is a `PagedWindow`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QWidget

from app.gui.common.context import GuiContext


class PagedWindow(QMainWindow):
    """Set up by MainWindow: its context, and its pages by key (built when first asked for)."""

    ctx: GuiContext
    page: Callable[[str], QWidget]
    show_page: Callable[[str], None]
