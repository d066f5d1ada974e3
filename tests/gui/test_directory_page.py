"""The Directory page: search, kind filter, detail pane, the user's own companies, and the
registry import and directory update run as tasks (synchronous in tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core.model import Company
from app.gui.directory.directory_model import CompanyFilterProxy, CompanyTableModel
from app.services import directory as directory_service

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "cppa"


@pytest.fixture
def page(window):
    window.show_page("directory")
    return window.page("directory")


def shown_slugs(page) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(r, 0), CompanyTableModel.CompanyRole).slug
            for r in range(proxy.rowCount())]


def test_model_and_proxy_without_widgets(qtbot):
    model = CompanyTableModel()
    model.set_companies([
        Company(slug="b", name="Beta Mobile", kind="mvno", hosts=["a"]),
        Company(slug="a", name="Alpha", kind="carrier", brands=["Beta Prepaid"]),
    ])
    assert model.data(model.index(0, 0)) == "Alpha"
    assert model.data(model.index(1, 2)) == "Alpha"  # host shown by name
    proxy = CompanyFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("beta prepaid")  # Alpha's brand; and Beta Mobile, shown as a prepaid brand
    assert {proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())} == {
        "Alpha", "Beta Mobile"}
    proxy.set_text("alpha carrier")  # every word must match: Beta Mobile is hosted by Alpha
    assert proxy.data(proxy.index(0, 0)) == "Alpha" and proxy.rowCount() == 1  # but no carrier
    proxy.set_text("mobile alpha")  # a name and the host network shown beside it
    assert proxy.data(proxy.index(0, 0)) == "Beta Mobile" and proxy.rowCount() == 1
    proxy.set_text("beta")
    proxy.set_kind("mvno")
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "Beta Mobile"


def test_search_alias_and_kind_filter(page, qtbot):
    qtbot.keyClicks(page.search, "aventiv")
    assert shown_slugs(page) == ["securus"]
    assert "Securus Technologies" in page.detail.toPlainText()
    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("mvno"))
    assert shown_slugs(page) and all(
        page.index[s].kind == "mvno" for s in shown_slugs(page))
    assert "of" in page.count.text()


def test_detail_pane_shows_contacts_sources_quality_and_links(page, qtbot):
    qtbot.keyClicks(page.search, "zumigo")
    text = page.detail.toPlainText()
    assert "privacy@zumigo.com" in text and "Starling Ridge" in text
    assert "Sources" in text and "verified" in text and "2026-" in text
    assert page.detail.openExternalLinks()
    assert "href='mailto:privacy@zumigo.com'" in page.detail.toHtml().replace('"', "'")


def test_sprint_shows_successor_and_mvno_shows_host(page, qtbot):
    qtbot.keyClicks(page.search, "sprint")
    page.select("sprint")
    assert "Now part of: T-Mobile" in page.detail.toPlainText()
    page.search.clear()
    qtbot.keyClicks(page.search, "cricket")
    assert "Host network: AT&T" in page.detail.toPlainText()


def test_user_company_is_added_marked_as_theirs_and_deletable(page, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    saved = directory_service.save_user_company(
        page.ctx.store, Company(slug="", name="Zeta Tracking", kind="broker"))
    page.ctx.bus.directory_changed.emit()
    qtbot.keyClicks(page.search, "zeta tracking")
    assert shown_slugs(page) == [saved.slug]
    assert "Your own record" in page.detail.toPlainText()
    assert page.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.delete_company()
    assert shown_slugs(page) == []


def test_bundled_company_cannot_be_deleted(page, qtbot):
    qtbot.keyClicks(page.search, "securus")
    assert not page.delete_button.isEnabled()
    assert page.edit_button.text().replace("&", "") == "Edit my copy…"


def test_registry_import_runs_as_a_task_and_refreshes(page, qtbot):
    page.import_registry(FIXTURES / "registry-2025.csv")
    assert page.last_message.startswith("3 added, 1 updated")
    qtbot.keyClicks(page.search, "evergreen")
    assert shown_slugs(page) == ["evergreen-signals-llc"]
    assert "California DROP" in page.detail.toPlainText()
    assert page.import_action.text().startswith("Import California registry")
    assert page.update_action.text().startswith("Update directory")


def test_keyboard_and_accessibility(page):
    assert page.search.accessibleName() and page.kind.accessibleName()
    assert page.table.accessibleName() and page.detail.accessibleName()
    page.table.setFocus()
    assert page.table.selectionBehavior() == page.table.SelectionBehavior.SelectRows
    assert page.table.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
