"""Opening the window on an old home moves its plain files into the encrypted store and shows
once, in the status bar, which files had to stay."""

from __future__ import annotations

import pytest

from app.gui.shell.launch import build_main_window
from tests.unit.test_blobs_at_rest import _old_home


@pytest.fixture
def store_backend() -> str:
    """Files in the data home: the embedded store."""
    return "sqlite"


def _open(qtbot, home):
    window = build_main_window(home, synchronous_tasks=True, language="en")
    qtbot.addWidget(window)
    return window


def test_the_window_moves_an_old_homes_files_in(qtbot, store):
    _attachment, _reply, paths = _old_home(store)
    home = store.home
    store.close()
    window = _open(qtbot, home)
    assert not any(p.exists() for p in paths)
    assert window.statusBar().currentMessage() == ""
    window.ctx.store.close()


def test_a_file_that_stays_is_named_in_the_status_bar(qtbot, store):
    _attachment, _reply, paths = _old_home(store)
    paths[0].write_bytes(b"bit rot")
    home = store.home
    store.close()
    window = _open(qtbot, home)
    message = window.statusBar().currentMessage()
    assert message.startswith("1 file(s) of the data folder could not be moved")
    assert str(paths[0]) in message and not paths[1].exists()
    window.ctx.store.close()
