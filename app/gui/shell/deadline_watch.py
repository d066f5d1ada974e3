"""Watches deadlines while the app runs: keeps a count badge on the sidebar's Deadlines item
and, when a request becomes overdue, says so with a desktop notification (the system tray
when there is one, else the window's status bar and a taskbar alert). The check runs off the
GUI thread a moment after start-up, every few minutes, and whenever requests change."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from app.gui.common.paged_window import PagedWindow
from app.services.session import open_store

log = logging.getLogger("app.gui.deadlines")

PAGE_KEY = "deadlines"
CHECK_EVERY_MS = 5 * 60 * 1000
FIRST_CHECK_MS = 1500
NOTIFY_MS = 10000


class DeadlineWatch(QObject):
    """Install once per main window: `DeadlineWatch(window)`."""

    overdue_changed = Signal(int)          # how many are overdue now
    became_overdue = Signal(list)          # ids that became overdue since the last check

    def __init__(self, window: PagedWindow, first_check_ms: int = FIRST_CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.count = 0
        self._known: set[int] | None = None   # None until the first check
        self._checking = False
        self.tray: QSystemTrayIcon | None = None
        self.last_notification: tuple[str, str] | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.ctx.bus.requests_changed.connect(self.check)
        QTimer.singleShot(first_check_ms, self.check)

    def check(self) -> None:
        if self._checking:
            return
        self._checking = True
        home = self.ctx.home

        def work(_handle):
            from app.services.deadlines import overdue_request_ids

            store = open_store(home)
            try:
                return overdue_request_ids(store, date.today())
            finally:
                store.close()

        def failed(exc: BaseException) -> None:
            self._checking = False
            log.info("deadline check failed: %s", type(exc).__name__)

        self.ctx.tasks.run(work, self._checked, failed)

    def _checked(self, ids: set[int]) -> None:
        self._checking = False
        first = self._known is None
        new = [] if self._known is None else sorted(ids - self._known)
        self._known = set(ids)
        if first or len(ids) != self.count:
            self.count = len(ids)
            self._show_badge()
            self.overdue_changed.emit(self.count)
        if new:
            self.became_overdue.emit(new)
            self._notify(len(new))
            self.ctx.bus.requests_changed.emit()

    # -- badge -----------------------------------------------------------------------------
    def _item(self):
        from app.gui.shell.pages import PAGES

        sidebar = getattr(self.window, "sidebar", None)
        for row, spec in enumerate(PAGES):
            if spec.key == PAGE_KEY and sidebar is not None and row < sidebar.count():
                return sidebar.item(row), spec
        return None, None

    def _show_badge(self) -> None:
        item, spec = self._item()
        if item is None:
            return
        title = self.tr(spec.title)
        if self.count:
            item.setText(f"{title}  ({self.count})")
            from PySide6.QtGui import QColor

            from app.gui.common.appearance import color

            item.setForeground(QColor(color("error")))  # readable in light and dark
            described = self.tr("{title}: {n} overdue").replace(
                "{title}", title).replace("{n}", str(self.count))
        else:
            item.setText(title)
            item.setData(Qt.ItemDataRole.ForegroundRole, None)
            described = title
        item.setToolTip(f"{described} ({spec.shortcut})")
        item.setData(Qt.ItemDataRole.AccessibleTextRole, described)

    # -- notification ----------------------------------------------------------------------
    def _notify(self, new: int) -> None:
        title = self.tr("Deadline passed")
        text = (self.tr("A request is now overdue.") if new == 1 else
                self.tr("{n} requests are now overdue.").replace("{n}", str(new)))
        text += " " + self.tr("Open Deadlines to send a reminder or a complaint.")
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self.tray is None:
                self.tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self.tray.setToolTip("OffMap")
                self.tray.messageClicked.connect(self._open_page)
                self.tray.show()
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, NOTIFY_MS)
        bar = self.window.statusBar()
        bar.showMessage(f"{title}: {text}", NOTIFY_MS)
        QApplication.alert(self.window)
        self.last_notification = (title, text)

    def _open_page(self) -> None:
        self.window.show_page(PAGE_KEY)
        self.window.raise_()
        self.window.activateWindow()
