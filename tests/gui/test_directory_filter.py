"""The Directory list's filter on each key: names compared as app.core.directory.matches
compares them (normalised once per list, not on every key), one filtering per change, and the
best match selected as the core ranks it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.core import directory as core
from app.gui.directory.directory_model import CompanyTableModel
from app.gui.directory.directory_page import _cancelled
from app.services import directory as directory_service

SEARCHES = ["verizon", "ver", "v", "t-mobile", "t mobile", "tmobile", "mobile", "at&t", "at t",
            "kochava", "data broker", "mvno", "boost", "café", "  Cricket  ", "wire less",
            "&", "a b", "zzz", "x", "securus", "aventiv"]


@pytest.fixture
def page(window):
    window.show_page("directory")
    return window.page("directory")


def _texts_from_names(companies) -> list[str]:
    """Starts of names, of their later words and of slugs, as a user types them."""
    texts: set[str] = set(SEARCHES)
    for company in companies[::5]:
        for name in core.names_of(company):
            texts.update(name[:length] for length in (1, 2, 4, 7))
            words = name.split()
            if len(words) > 1:
                texts.add(words[1][:3])
                texts.add(name.replace(" ", "")[:6])
    return sorted(texts)


def test_names_match_as_the_core_matches_over_the_whole_directory(window):
    companies = list(directory_service.directory_index(window.ctx.store).values())
    model = CompanyTableModel()
    model.set_companies(companies)
    assert model.row_count() > 100
    texts = _texts_from_names([model.company_at(row) for row in range(model.row_count())])
    differing = [(text, model.company_at(row).slug)
                 for text in texts
                 for row in range(model.row_count())
                 if model.names_match(row, core.normalise(text))
                 != core.matches(model.company_at(row), text)]
    assert len(texts) > 300 and differing == []


def test_a_key_filters_the_list_once(page, qtbot, monkeypatch):
    passes: list[str] = []
    real = page.proxy._change_filter
    monkeypatch.setattr(page.proxy, "_change_filter",
                        lambda change: passes.append(page.search.text()) or real(change))
    qtbot.keyClicks(page.search, "ve")
    assert passes == ["v", "ve"]
    page.kind.setCurrentIndex(page.kind.findData("carrier"))
    assert passes == ["v", "ve", "ve"]
    assert all(page.index[slug].kind == "carrier" for slug in _shown(page))


def test_the_best_match_is_selected_as_the_core_ranks_the_whole_directory(page, qtbot):
    for text in ("verizon", "mobile", "t mobile", "boost", "cricket", "data broker", "att"):
        page.search.setText(text)
        best = core.search(page.index.values(), text)
        selected = page.selected_company()
        if best:
            assert selected is not None and selected.slug == best[0].slug, text
        assert set(_shown(page)) >= {company.slug for company in best}, text


def _shown(page) -> list[str]:
    proxy = page.proxy
    return [proxy.data(proxy.index(row, 0), CompanyTableModel.CompanyRole).slug
            for row in range(proxy.rowCount())]


def test_sorting_by_a_column_is_done_by_the_model_and_keeps_the_selection(page, qtbot):
    page.search.setText("mobile")
    selected = page.selected_company()
    assert selected is not None
    header = page.table.horizontalHeader()
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # Kind, as a header click does
    assert header.sortIndicatorSection() == 1
    kinds = [page.proxy.data(page.proxy.index(row, 1)).casefold()
             for row in range(page.proxy.rowCount())]
    assert kinds == sorted(kinds, reverse=True) and len(set(kinds)) > 1
    names_of_a_kind = [page.proxy.data(page.proxy.index(row, 0))
                       for row in range(page.proxy.rowCount())
                       if page.proxy.data(page.proxy.index(row, 1)).casefold() == kinds[0]]
    assert names_of_a_kind == sorted(names_of_a_kind, key=core.normalise)  # ties by name
    assert page.selected_company() == selected  # the selection follows its company
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.search.clear()
    names = [page.proxy.data(page.proxy.index(row, 0)).casefold()
             for row in range(page.proxy.rowCount())]
    assert names == sorted(names) and len(names) == page.model.row_count()


def test_the_page_loads_the_update_and_network_code_only_when_used():
    """Opening the page is not slowed by the libraries only the Directory menu's actions use
    (requests, urllib3, signature checks: two thirds of its first open)."""
    import subprocess
    import sys

    probe = ("import sys, app.gui.directory.directory_page; "
             "print(sorted(m for m in ('app.net', 'requests', 'app.services.directory_update',"
             " 'app.services.registry_import') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_cancelling_an_update_or_import_is_no_error():
    from app.net import DownloadCancelled
    from app.services.registry_import import ImportCancelled

    assert _cancelled(DownloadCancelled()) and _cancelled(ImportCancelled())
    assert not _cancelled(RuntimeError("disk full"))
