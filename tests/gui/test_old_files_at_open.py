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


def test_the_notice_is_in_the_windows_language(qtbot, qapp, store):
    from app.gui.common import i18n

    _attachment, _reply, paths = _old_home(store)
    paths[0].write_bytes(b"bit rot")
    home = store.home
    store.close()
    window = build_main_window(home, synchronous_tasks=True, language="es")
    qtbot.addWidget(window)
    try:
        message = window.statusBar().currentMessage()
        assert str(paths[0]) in message
        assert "could not be moved" not in message and "does not match" not in message
        assert "almacén cifrado" in message and "suma de comprobación" in message
    finally:
        window.ctx.store.close()
        i18n.apply_language(qapp, "en")


def test_the_window_removes_a_killed_imports_work_folder(qtbot, store):
    left = store.home / ".import-killed"
    left.mkdir()
    (left / "case.zip").write_bytes(b"decrypted case contents")
    (left / ".owner").write_text("999999", encoding="ascii")   # its process is gone
    _open(qtbot, store.home)
    assert not left.exists()


def test_a_real_start_moves_the_files_after_the_first_paint_before_the_first_page(qtbot, store):
    _attachment, _reply, paths = _old_home(store)
    home = store.home
    store.close()
    window = build_main_window(home, language="en")  # tasks off the window's thread, as in use
    qtbot.addWidget(window)
    try:
        assert all(p.exists() for p in paths)  # the first paint does not wait for the move
        window.show()
        qtbot.waitUntil(lambda: "clients" in window._pages, timeout=5000)
        assert not any(p.exists() for p in paths)
    finally:
        window.ctx.tasks.shutdown(5000)
        window.ctx.store.close()
