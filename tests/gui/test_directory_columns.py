"""The Directory list at the window's first size (about 1140×700, as issue 17's screenshots): a
company's name keeps room for ~24 characters and the verified date shows whole; the host network,
quality and source give way first (in English and Spanish)."""

from __future__ import annotations

import pytest

from app.gui.common import i18n
from app.gui.shell.launch import build_main_window


@pytest.fixture(params=["en", "es"])
def directory(request, qtbot, qapp, home):
    window = build_main_window(home, synchronous_tasks=True, language=request.param)
    qtbot.addWidget(window)
    window.resize(1140, 700)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("directory")
    page = window.page("directory")
    qtbot.waitUntil(lambda: page.table.model().rowCount() > 100)
    yield page
    window.ctx.store.close()
    i18n.apply_language(qapp, "en")


def _whole(table, column: int, text: str) -> bool:
    from PySide6.QtWidgets import QStyle

    padding = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    return table.fontMetrics().horizontalAdvance(text) + padding <= table.columnWidth(column)


def test_names_and_dates_are_not_cut_at_the_first_size(directory, qtbot):
    table = directory.table
    model = table.model()
    qtbot.wait(50)  # the columns are shared out once the table has its size
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    readable = [name for name in names if len(name) <= 22]
    assert len(readable) > 100
    cut = [name for name in readable if not _whole(table, 0, name)]
    assert cut == []
    assert _whole(table, 4, model.index(0, 4).data())  # 2026-12-03, never "2026-1…"
    header = table.horizontalHeader()
    for column in range(header.count()):  # every heading whole
        assert header.sectionSize(column) >= header.sectionSizeHint(column) - 1, column
