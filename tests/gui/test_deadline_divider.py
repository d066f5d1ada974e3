"""The line above each Deadlines group is the row's background, drawn by Qt (no Python delegate):
it follows the palette's text colour in light, dark and high contrast, and shows only in the
urgency order."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView

from app.gui.common.appearance import dark_palette
from app.gui.deadlines.deadlines_model import DeadlineTableModel
from app.gui.deadlines.group_divider import LINE_WIDTH
from tests.gui.test_deadlines_page import _row


def _high_contrast() -> QPalette:
    palette = QPalette()
    for role, value in ((QPalette.ColorRole.Base, "#000000"), (QPalette.ColorRole.Window,
                        "#000000"), (QPalette.ColorRole.AlternateBase, "#000000"),
                        (QPalette.ColorRole.Text, "#ffff00"),
                        (QPalette.ColorRole.WindowText, "#ffff00")):
        palette.setColor(role, QColor(value))
    return palette


@pytest.fixture
def palette_of(qapp):
    before = QApplication.palette()
    yield lambda palette: QApplication.setPalette(palette)
    QApplication.setPalette(before)


@pytest.mark.parametrize("scheme", ["light", "dark", "high contrast"])
def test_the_line_is_the_palettes_text_colour_above_each_group(qtbot, palette_of, scheme):
    palette = {"light": QApplication.style().standardPalette(), "dark": dark_palette(),
               "high contrast": _high_contrast()}[scheme]
    palette_of(palette)
    model = DeadlineTableModel()
    model.set_rows([_row(1, 1, "AT&T", -3, "overdue", "overdue"),
                    _row(2, 1, "Kochava", -1, "overdue", "overdue"),
                    _row(3, 1, "Verizon", 4, "this-week"),
                    _row(4, 2, "Venntel", 30, "waiting", client="Bo")])
    background = Qt.ItemDataRole.BackgroundRole
    starts = [model.data(model.index(row, 0), background) is not None for row in range(4)]
    assert starts == [False, False, True, True]
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    text = palette.color(QPalette.ColorRole.Text)
    x = view.columnViewportPosition(1) + 5
    for row in (2, 3):
        top = view.rowViewportPosition(row)
        assert image.pixelColor(x, top) == text  # the line, in the scheme's text colour
        assert image.pixelColor(x, top + LINE_WIDTH + 2) != text  # the row below it is not
    assert image.pixelColor(x, view.rowViewportPosition(1)) != text  # no line inside a group
    model.sort(1, Qt.SortOrder.AscendingOrder)  # another order: no groups, no lines
    assert all(model.data(model.index(row, 0), background) is None for row in range(4))
