"""Once the window has painted, the list pages' code and the holiday calendar load off its
thread, so the first switch to Requests or Deadlines does not wait for them."""

from __future__ import annotations

import sys

from app.gui.shell import main_window
from app.gui.shell.launch import build_main_window


def test_the_window_warms_up_after_its_first_paint(qtbot, home, monkeypatch):
    for name in main_window.WARM_UP_MODULES:
        monkeypatch.delitem(sys.modules, name, raising=False)
    from app.core import day_counting

    day_counting._federal_holidays.cache_clear()
    window = build_main_window(home, synchronous_tasks=False, language="en")
    qtbot.addWidget(window)
    assert not window.warmed_up.is_set()  # nothing before the window paints
    window.show()
    qtbot.waitUntil(window.warmed_up.is_set, timeout=20000)
    assert all(name in sys.modules for name in main_window.WARM_UP_MODULES)
    assert day_counting._federal_holidays.cache_info().currsize >= 1
    window.close()
    window.ctx.tasks.shutdown(5000)
    window.ctx.store.close()


def test_a_test_window_runs_nothing_behind_the_tests_back(window):
    assert window.warmed_up.is_set()
