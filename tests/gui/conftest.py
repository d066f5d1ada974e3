"""GUI tests: pytest-qt, offscreen, each test with its own home and synchronous tasks."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def window(qtbot, home: Path):
    from app.gui.shell.launch import build_main_window

    win = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.ctx.store.close()
