"""A long Deadlines list (more than INSTANT_ROWS open requests) paints its rows first and selects
the most urgent request just after, so its timeline still shows without a click."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.gui.deadlines.deadlines_model import DeadlineTableModel
from app.gui.deadlines.deadlines_page import INSTANT_ROWS


@pytest.fixture
def home(tmp_path: Path) -> Path:
    from benchmarks.generate_store import generate

    folder = tmp_path / "home"
    generate(folder, clients=40, requests=3 * INSTANT_ROWS, events=6 * INSTANT_ROWS)
    return folder


def test_the_first_request_is_selected_after_the_rows_show(window, qtbot):
    window.show_page("deadlines")
    page = window.page("deadlines")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.total() > 0)
    assert page.model.total() > INSTANT_ROWS
    first = page.proxy.data(page.proxy.index(0, 0), DeadlineTableModel.RequestIdRole)
    qtbot.waitUntil(lambda: page.selected_request_id() == first)
    assert page.timeline.request_id == first
