"""The main window: a sidebar of pages, each built the first time it is shown.

Start-up: the window paints first with its sidebar, menus and a "Loading…" panel where the
first page goes; the page is built on the next turn of the event loop, so the window appears
without waiting for the page's code and its list query. Tests (synchronous tasks) build it at
once."""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app import APP_NAME, __version__
from app.gui.common.context import GuiContext
from app.gui.common.icons import decorate_actions, page_icon
from app.gui.common.paged_window import PagedWindow
from app.gui.common.window_layout import (
    fit_sidebar,
    place_first_time,
    restore_splitters,
    save_splitters,
)
from app.gui.shell.pages import PAGES, PageSpec
from app.services.preferences import window_key

log = logging.getLogger("app.gui")
CLOSE_WAIT_MS = 10_000  # how long closing the window waits for cancelled tasks to end
GEOMETRY_KEY = window_key("window/geometry")
# Loaded off the window's thread once it has painted, so the first switch to a list page does
# not wait for them: the pages' code (and what it imports) and the holiday calendar that
# business-day deadlines need (the `holidays` package imports every country's).
WARM_UP_MODULES = ("app.gui.requests.requests_page", "app.gui.deadlines.deadlines_page",
                   "app.gui.requests.tracking_actions", "app.gui.requests.send_actions",
                   "app.gui.requests.route_menu",
                   "app.gui.replies.reply_widgets")  # the request timeline's reply hints
START_PAGE = "clients"
WARM_UP_LATEST_MS = 3000  # the warm-up waits for the first page's paint at most this long


def warm_up(done: threading.Event, home: Path | None = None) -> None:
    try:
        for name in WARM_UP_MODULES:
            importlib.import_module(name)
        if home is not None:  # the lists name companies from the directory (parsed once)
            from app.services.directory import bundled_companies

            bundled_companies(home)
        from app.core.day_counting import holiday_name
        from app.core.laws import get_law

        get_law("us-ca")  # reads the law catalogue the lists name laws from
        today = date.today()
        holiday_name(today)
        holiday_name(today.replace(year=today.year + 1, day=1))  # deadlines reach into it
    except Exception:  # only an early start: the page loads what it needs when it opens
        log.exception("warm-up stopped")
    finally:
        done.set()


def _first_control(page: QWidget) -> QWidget | None:
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return widget
        widget = widget.nextInFocusChain()
    return None


def _loading_panel(text: str) -> QWidget:
    panel = QWidget()
    label = QLabel(text, panel)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)  # the palette's dimmed text: a state, not content
    QHBoxLayout(panel).addWidget(label)
    return panel


class MainWindow(PagedWindow):
    # After the first paint, once the first page is built and shown (the start-up benchmark's
    # "content ready" starts watching for the page's first paint here).
    start_page_built = Signal()

    def __init__(self, ctx: GuiContext, settings: QSettings) -> None:
        super().__init__()
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 700)
        self.setMinimumSize(720, 480)

        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: palette(window); font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 9px 12px; border-radius: 6px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self._before_pages: list[Callable[[], None]] = []
        # Where the first page goes until it is built (the stack holds only built pages).
        self._loading: QWidget | None = _loading_panel(self.tr("Loading…"))
        self.stack.addWidget(self._loading)
        self.page_actions: list[QAction] = []
        for spec in PAGES:
            item = QListWidgetItem(page_icon(spec.key), self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(f"{self.tr(spec.title)} ({spec.shortcut})")
            self.sidebar.addItem(item)
            action = QAction(self.tr(spec.title), self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.open_page(key))
            self.addAction(action)
            self.page_actions.append(action)  # listed with their shortcuts in the Go menu
        self.sidebar.currentRowChanged.connect(lambda row: self.show_page(PAGES[row].key))
        fit_sidebar(self.sidebar)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        ctx.bus.navigate.connect(self.show_page)

        self._restore_state()
        self._start_pending = not ctx.tasks.synchronous
        if self._start_pending:  # built once the window has painted (see eventFilter)
            self.stack.setCurrentWidget(self._loading)
            self._select_in_sidebar(START_PAGE)
        else:  # tests: the page is there as soon as the window is
            self.show_page(START_PAGE)
        if self.settings.value(GEOMETRY_KEY) is None:
            # First opening: sized from the screen's available area, wide enough for the first
            # page's controls (translated labels are longer). A size the user chose is kept.
            place_first_time(self)
        from app.gui.shell.deadline_watch import DeadlineWatch

        self.deadline_watch = DeadlineWatch(self)  # sidebar badge, overdue notifications
        from app.gui.shell.reply_drop import ReplyDrop

        self.reply_drop = ReplyDrop(self)  # saved mail dropped on the window becomes replies
        self.warmed_up = threading.Event()
        self._warm_up_started = False
        self._painted_first: QWidget | None = None
        if ctx.tasks.synchronous:  # tests: nothing runs behind their back
            self.warmed_up.set()
        else:
            self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if watched is self:
                self.removeEventFilter(self)
                QTimer.singleShot(0, self._after_first_paint)
            elif watched is self._painted_first:  # the first page has painted its content
                watched.removeEventFilter(self)
                self._painted_first = None
                QTimer.singleShot(0, self._start_warm_up)
        return False

    def _after_first_paint(self) -> None:
        """Builds the first page (unless a shortcut already did); once it has painted, the
        warm-up starts: its imports would otherwise contend with the page's for the
        interpreter."""
        built = False
        if self._start_pending:
            self._start_pending = False
            # Not for a window closed already, or whose store was (tests): built on a visit.
            if self.isVisible() and self._store_open() and \
                    self._loading is not None and self.stack.currentWidget() is self._loading:
                self.show_page(START_PAGE)
                built = True
            self.start_page_built.emit()
        if built:
            self._painted_first = self._pages[START_PAGE]
            self._painted_first.installEventFilter(self)
            QTimer.singleShot(WARM_UP_LATEST_MS, self._start_warm_up)  # should it never paint
        else:
            self._start_warm_up()

    def _start_warm_up(self) -> None:
        if self._warm_up_started:
            return
        self._warm_up_started = True
        threading.Thread(target=warm_up, args=(self.warmed_up, self.ctx.home),
                         name="offmap-warm-up", daemon=True).start()

    def _store_open(self) -> bool:
        try:
            self.ctx.store.conn.execute("SELECT 1")
        except Exception:  # sqlite3 and psycopg name "closed" differently
            return False
        return True

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu
        # No Alt letter: every letter is taken on some page; the menu shows Ctrl+1…8.
        self.go_menu = self.menuBar().addMenu(self.tr("Go"))
        self.go_menu.addActions(self.page_actions)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About OffMap"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About OffMap"),
            self.tr(
                "OffMap {version}\n\nTake your location off the map: record who holds your "
                "phone location data, send them requests grounded in the law, and hold them to "
                "their deadlines.\n\nOffMap is not legal advice."
            ).replace("{version}", __version__),
        )

    def before_first_page(self, work: Callable[[], None]) -> None:
        """Runs `work` before the first page is built (after the first paint), or now when a
        page is built already: what the pages need done but the first paint does not."""
        if self._pages:
            work()
        else:
            self._before_pages.append(work)

    def page(self, key: str) -> QWidget:
        """The page widget for `key`, built now if it has not been shown yet."""
        while self._before_pages:
            self._before_pages.pop(0)()
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            widget = self._build(spec)
            self.stack.addWidget(widget)
            if key == START_PAGE and self._loading is not None:  # the page takes its place
                if self.stack.currentWidget() is self._loading:
                    self.stack.setCurrentWidget(widget)
                self.stack.removeWidget(self._loading)
                self._loading.deleteLater()
                self._loading = None
            self._pages[key] = widget
            restore_splitters(self.settings, key, widget)
        return self._pages[key]

    def _build(self, spec: PageSpec) -> QWidget:
        module_name, class_name = spec.factory.split(":")
        cls = getattr(importlib.import_module(module_name), class_name)
        page = cls(self.ctx, self)
        decorate_actions(page)  # the same icon for the same action on every page
        return page

    def show_page(self, key: str) -> None:
        widget = self.page(key)
        self.stack.setCurrentWidget(widget)
        self._select_in_sidebar(key)

    def _select_in_sidebar(self, key: str) -> None:
        row = next(i for i, s in enumerate(PAGES) if s.key == key)
        if self.sidebar.currentRow() != row:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(row)
            self.sidebar.blockSignals(False)

    def open_page(self, key: str) -> None:
        """Shows the page with the focus on its main control, where the work there starts
        (the page shortcuts; the sidebar keeps the focus when it is used to browse)."""
        self.show_page(key)
        page = self.page(key)
        spec = next(s for s in PAGES if s.key == key)
        target = getattr(page, spec.focus, None) if spec.focus else None
        if not (isinstance(target, QWidget) and target.isVisible() and target.isEnabled()):
            target = _first_control(page) or self.sidebar  # an empty state without a button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(target, QLineEdit):
            target.selectAll()

    def current_page_key(self) -> str:
        return PAGES[self.sidebar.currentRow()].key

    def _restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        for key, page in self._pages.items():
            save_splitters(self.settings, key, page)
        self.settings.sync()
        if self.ctx.tasks.running():
            # Cancel what runs (a letter being sent is finished, never cut off) and wait for
            # it, out of sight; launch.finish waits again before the store closes.
            self.hide()
            self.ctx.tasks.stop(CLOSE_WAIT_MS)
        super().closeEvent(event)
