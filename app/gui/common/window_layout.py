"""Room to work: the first window size from the screen's available area, a sidebar as wide as
its longest label and badge, and the pages' splitters as the user left them (kept with the
window geometry in the home's window.ini)."""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QSplitter,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from app.services.preferences import window_key

PREFERRED_SIZE = QSize(1280, 800)  # wide enough for a list with its status and due columns
SCREEN_SHARE = 0.92  # of the available area, so the window never starts under a panel


def first_size(window: QWidget) -> QSize:
    """The size of a first opening: the preferred size within the screen's available area,
    but never smaller than the first page needs (a smaller window would cut its labels; on a
    screen too small for that, the window system keeps it on screen)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    wanted = PREFERRED_SIZE
    if screen is not None:
        area = screen.availableGeometry()
        wanted = wanted.boundedTo(QSize(int(area.width() * SCREEN_SHARE),
                                        int(area.height() * SCREEN_SHARE)))
    return wanted.expandedTo(window.minimumSizeHint()).expandedTo(window.minimumSize())


def place_first_time(window: QWidget) -> None:
    """Sizes and centres the window on its screen's available area."""
    window.resize(first_size(window))
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        frame = window.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        window.move(frame.topLeft())


# A count badge after a page's label ("Deadlines  (2367)", see shell.deadline_watch): the
# widest one the sidebar makes room for from the start, so it never widens when one arrives.
PLAUSIBLE_BADGE = "  (8888)"  # a 5-digit count (200,000 requests) widens it once
_BADGE = re.compile(r"\s+\(\d+\)$")


def sidebar_width(sidebar: QListWidget) -> int:
    """The widest item (label, icon, the style's padding) with the widest plausible badge,
    whether or not a badge shows now."""
    sidebar.ensurePolished()
    metrics = sidebar.fontMetrics()
    texts = [sidebar.item(row).text() for row in range(sidebar.count())]
    shown = max((metrics.horizontalAdvance(text) for text in texts), default=0)
    badged = max((metrics.horizontalAdvance(_BADGE.sub("", text) + PLAUSIBLE_BADGE)
                  for text in texts), default=0)
    # The icon and the style's padding around the text, measured once (before any badge): the
    # item's hint rounds differently with a badge, and a pixel's jitter is a visible jump.
    padding = sidebar.property("offmap_item_padding")
    if padding is None:
        padding = sidebar.sizeHintForColumn(0) - shown
        sidebar.setProperty("offmap_item_padding", padding)
    return max(badged, shown) + int(padding) + 2 * sidebar.frameWidth() + 8


def fit_sidebar(sidebar: QListWidget) -> None:
    """As wide as its widest label with the widest plausible badge, so no label is cut, no
    scroll bar appears and a badge arriving moves nothing; again when the labels change
    (another language)."""
    def fit(*_args) -> None:
        sidebar.setFixedWidth(sidebar_width(sidebar))

    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sidebar.model().dataChanged.connect(fit)
    sidebar.model().rowsInserted.connect(fit)
    fit()


def _key(page_key: str, index: int) -> str:
    return window_key("splitters/{page}/{index}", page=page_key, index=index)


def restore_splitters(settings: QSettings, page_key: str, page: QWidget) -> None:
    for index, splitter in enumerate(page.findChildren(QSplitter)):
        state = settings.value(_key(page_key, index))
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))


def save_splitters(settings: QSettings, page_key: str, page: QWidget) -> None:
    for index, splitter in enumerate(page.findChildren(QSplitter)):
        settings.setValue(_key(page_key, index), splitter.saveState())


# The arrow of a button that opens a menu: in its own padding on the right, centred, with a gap
# after the label (Fusion draws it in the bottom corner, tight against the frame and the text).
MENU_ARROW_STYLE = (
    "QToolButton {{ padding-left: {side}px; padding-right: {room}px; }}"
    " QToolButton::menu-indicator {{ subcontrol-origin: padding;"
    " subcontrol-position: center right; right: {side}px; }}")


def room_for_menu_arrow(button: QToolButton) -> None:
    """A tool button that opens its menu at once gets its arrow drawn over the end of its
    label ("Clinic…" clipped): the arrow gets room of its own, apart from the label and the
    frame, and the button is kept wide enough for both."""
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    side = max(6, button.fontMetrics().averageCharWidth())
    button.setStyleSheet(MENU_ARROW_STYLE.format(side=side, room=arrow + 2 * side))
    button.setMinimumWidth(button.sizeHint().width())


def room_for_placeholder(edit: QLineEdit) -> None:
    """A search box at least as wide as its placeholder (what it searches, its shortcut), so the
    hint is never cut to "Search clients by name, ph…"."""
    margins = edit.textMargins().left() + edit.textMargins().right()
    clear = edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, edit)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                         + margins + clear + 24)


SAMPLE_ROWS = 50  # columns are sized from the first rows (and those on screen), never from all
WIDEST_COLUMN = 320  # a long e-mail address or note does not push the others out of sight


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its content in a sample of rows, at least as wide as its heading
    and at most WIDEST_COLUMN (the last column stretches to the edge as before)."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)  # for a double click on a divider
    size_columns_from_sample(table)
    last = header.logicalIndex(header.count() - 1)
    for column in range(header.count()):
        if column == last and header.stretchLastSection():
            # It takes the room left; fitted to a long note it would push the heading out of
            # sight behind a scroll bar.
            header.resizeSection(column, header.sectionSizeHint(column))
            continue
        fitted = max(min(header.sectionSize(column), WIDEST_COLUMN),
                     header.sectionSizeHint(column))
        header.resizeSection(column, fitted)
    watch = table.findChild(_OverflowWatch) or _OverflowWatch(table)
    watch.fitted = [header.sectionSize(column) for column in range(header.count())]
    watch.resizing = True
    try:
        _share_the_overflow(table)
    finally:
        watch.resizing = False


def size_columns_from_sample(table: QTableView, rows: int = SAMPLE_ROWS) -> None:
    """Each column as wide as the wider of its heading and the texts of its first `rows` rows,
    as resizeColumnsToContents does, but cheaply: a cell costs one text (and font) read and a
    font-metrics measure, and only one cell per column goes through the delegate and the style
    sheet, for the cell's padding; resizeColumnsToContents asks every role of every sampled
    cell and lays each out through the style sheet, which at clinic scale costs tens of ms."""
    model = table.model()
    header = table.horizontalHeader()
    count = min(model.rowCount(), rows)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    delegate = table.itemDelegate()
    plain = QFontMetrics(option.font)
    metrics_of: dict[str, QFontMetrics] = {}
    grid = 1 if table.showGrid() else 0
    slack = 1  # the delegate lays text out in fractional widths; whole-pixel advances round down
    stretched = header.logicalIndex(header.count() - 1) if header.stretchLastSection() else -1
    display, font_role = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole
    for column in range(header.count()):
        if header.isSectionHidden(column) or column == stretched:  # it takes the room left
            continue
        widest, padding = 0, None
        for row in range(count):
            index = model.index(row, column)
            text = model.data(index, display)
            if text is None or text == "":
                continue
            font = model.data(index, font_role)
            metrics = plain if font is None else metrics_of.setdefault(font.key(),
                                                                       QFontMetrics(font))
            width = max(metrics.horizontalAdvance(line) for line in str(text).split("\n"))
            if padding is None:  # margins, focus frame and any icon, from the style itself
                padding = max(0, delegate.sizeHint(option, index).width() - width)
            widest = max(widest, width)
        content = widest + padding + grid + slack if padding is not None else 0
        header.resizeSection(column, max(content, header.sectionSizeHint(column)))


class _OverflowWatch(QObject):
    """When the table's size changes, goes back to the fitted widths (no row is read again)
    and shares the overflow anew."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.fitted: list[int] = []
        self.resizing = False
        table.installEventFilter(self)  # the table's resizes: never its viewport's paints
        table.horizontalHeader().sectionResized.connect(self._resized_by_hand)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._refit)  # once the viewport has its new size
        return False

    def _refit(self) -> None:
        if not shiboken6.isValid(self.table):
            return
        header = self.table.horizontalHeader()
        if len(self.fitted) == header.count():
            self.resizing = True
            try:
                for column, width in enumerate(self.fitted):
                    header.resizeSection(column, width)
                _share_the_overflow(self.table)
            finally:
                self.resizing = False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if not self.resizing and column < len(self.fitted):
            self.fitted[column] = new  # the user's width is the one to come back to


def set_column_floors(table: QTableView, floors: dict[int, int]) -> None:
    """Widths (px) below which these columns never give back room when the table is short of
    it (a company's name stays readable; others elide first); the table scrolls if need be."""
    table.setProperty(_FLOORS, {str(column): width for column, width in floors.items()})


_FLOORS = "offmapColumnFloors"


def _floor(table: QTableView, column: int) -> int:
    floors = table.property(_FLOORS) or {}
    return max(table.horizontalHeader().sectionSizeHint(column), int(floors.get(str(column), 0)))


def _share_the_overflow(table: QTableView) -> None:
    """On a table already on screen, columns wider together than the table give back the
    excess from the widest ones (their cells elide with "…"), never below their heading (or
    their floor, set_column_floors), so every heading stays in view without scrolling."""
    header = table.horizontalHeader()
    room = table.viewport().width()
    if not table.isVisible() or room <= 0:
        return
    last = header.logicalIndex(header.count() - 1)
    stretched = header.stretchLastSection()
    # A stretched last column only needs its heading; it takes whatever room is left.
    # (a stretched section never gets narrower than the header's default section size)
    needed = sum(max(header.sectionSizeHint(column), header.defaultSectionSize())
                 if stretched and column == last else header.sectionSize(column)
                 for column in range(header.count()))
    excess = needed - room
    columns = sorted((c for c in range(header.count()) if not (stretched and c == last)),
                     key=header.sectionSize, reverse=True)
    for column in columns:
        if excess <= 0:
            break
        spare = header.sectionSize(column) - _floor(table, column)
        give = min(spare, excess)
        if give > 0:
            header.resizeSection(column, header.sectionSize(column) - give)
            excess -= give


def fit_columns_when_filled(table: QTableView) -> None:
    """Fits the columns once the model first has rows (their headings until then); a width the
    user then sets by hand is left alone."""
    model = table.model()
    fitted = {"done": False}

    def fit(*_args) -> None:
        if fitted["done"]:
            return
        fit_columns(table)
        fitted["done"] = model.rowCount() > 0

    for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
        signal.connect(fit)
    fit()
