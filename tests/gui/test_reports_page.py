"""Reports page: the hand-counted figures in the table, the chart, sorting and exports."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.unit.test_reports import TODAY, data_set  # noqa: F401 - the fixture


def _row(page, row: int) -> list[str]:
    return [page.proxy.index(row, c).data() for c in range(page.proxy.columnCount())]


def test_reports_page_shows_the_hand_counted_figures(window, data_set, tmp_path):  # noqa: F811
    page = window.page("reports")
    page.as_of = TODAY
    page.refresh()
    assert page.proxy.rowCount() == 2
    assert _row(page, 0) == ["AT&T", "5", "2", "2", "1", "1", "61"]
    assert _row(page, 1) == ["Kochava", "2", "2", "0", "0", "0", "15"]
    assert len(page.chart._figures) == 2
    assert "2 companies, 7 requests sent" in page.status.text()

    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert _row(page, 0)[0] == "Kochava"
    page.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    assert _row(page, 0)[0] == "AT&T"

    out = tmp_path / "report.csv"
    page.export("csv", out)
    assert out.read_text(encoding="utf-8").splitlines()[1] == "att,AT&T,5,2,2,1,1,61"
    assert "report.csv" in page.status.text()
    pdf = tmp_path / "report.pdf"
    page.export("pdf", pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    image = page.chart.grab()
    assert not image.isNull()


def test_reports_page_without_requests(window):
    page = window.page("reports")
    assert page.proxy.rowCount() == 0
    assert not page.csv_button.isEnabled()
    assert "0 companies" in page.status.text()


def test_the_chart_says_counting_until_the_figures_arrive(window, monkeypatch):
    page = window.page("reports")
    pending = []
    monkeypatch.setattr(window.ctx.tasks, "run", lambda work, done, failed: pending.append(done))
    page.refresh()
    assert page.chart.counting   # not "No requests sent yet" while a large store is counted
    pending[0]([])
    assert not page.chart.counting and "0 companies" in page.status.text()
