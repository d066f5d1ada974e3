"""Room to work: the first window size from the screen's available area, a sidebar as wide as
its longest label and badge, and the pages' splitters as the user left them (kept with the
window geometry in the home's window.ini)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QListWidget,
    QSplitter,
    QStyle,
    QTableView,
    QToolButton,
    QWidget,
)

PREFERRED_SIZE = QSize(1280, 800)  # wide enough for a list with its status and due columns
SCREEN_SHARE = 0.92  # of the available area, so the window never starts under a panel


def first_size(window: QWidget) -> QSize:
    """The size of a first opening: the preferred size, at least what the first page needs,
    never more than the screen's available area allows."""
    wanted = PREFERRED_SIZE.expandedTo(window.minimumSizeHint())
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    area = screen.availableGeometry()
    room = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    return wanted.boundedTo(room).expandedTo(window.minimumSize())


def place_first_time(window: QWidget) -> None:
    """Sizes and centres the window on its screen's available area."""
    window.resize(first_size(window))
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        frame = window.frameGeometry()
        frame.moveCenter(screen.availableGeometry().center())
        window.move(frame.topLeft())


def fit_sidebar(sidebar: QListWidget) -> None:
    """As wide as the widest item (label, icon and badge, with the style's padding), so no
    label is cut and no scroll bar appears; again whenever an item's text changes."""
    def fit(*_args) -> None:
        sidebar.ensurePolished()
        widest = max((sidebar.sizeHintForColumn(0),), default=0)
        sidebar.setFixedWidth(widest + 2 * sidebar.frameWidth() + 8)

    sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    sidebar.model().dataChanged.connect(fit)
    sidebar.model().rowsInserted.connect(fit)
    fit()


def _key(page_key: str, index: int) -> str:
    return f"splitters/{page_key}/{index}"


def restore_splitters(settings: QSettings, page_key: str, page: QWidget) -> None:
    for index, splitter in enumerate(page.findChildren(QSplitter)):
        state = settings.value(_key(page_key, index))
        if isinstance(state, QByteArray | bytes) and state:
            splitter.restoreState(QByteArray(state))


def save_splitters(settings: QSettings, page_key: str, page: QWidget) -> None:
    for index, splitter in enumerate(page.findChildren(QSplitter)):
        settings.setValue(_key(page_key, index), splitter.saveState())


def room_for_menu_arrow(button: QToolButton) -> None:
    """A tool button that opens its menu at once gets its arrow drawn over the end of its
    label ("Clinic…" clipped): it is kept wide enough for both."""
    extra = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    button.setMinimumWidth(button.sizeHint().width() + extra)


SAMPLE_ROWS = 50  # columns are sized from the first rows (and those on screen), never from all
WIDEST_COLUMN = 320  # a long e-mail address or note does not push the others out of sight


def fit_columns(table: QTableView) -> None:
    """Each column as wide as its content in a sample of rows, at least as wide as its heading
    and at most WIDEST_COLUMN (the last column stretches to the edge as before)."""
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(SAMPLE_ROWS)
    table.resizeColumnsToContents()
    for column in range(header.count()):
        fitted = max(min(header.sectionSize(column), WIDEST_COLUMN),
                     header.sectionSizeHint(column))
        header.resizeSection(column, fitted)


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
