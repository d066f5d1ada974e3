"""Start-up (issue 12): the window paints first with its sidebar, menus and a "Loading…" panel
where the Clients page goes; the page is built on the next turn of the event loop. And the
faster form of PySide6's per-import check gives PySide6's own answers."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLabel

from app.core.model import Client
from app.gui.clients.clients_page import ClientsPage
from app.gui.shell import import_check
from app.gui.shell.launch import build_main_window
from app.services import clients as client_service


def _live_window(qtbot, home: Path):
    window = build_main_window(home, synchronous_tasks=False, language="en")
    qtbot.addWidget(window)
    return window


def _finish(window) -> None:
    window.close()
    window.ctx.tasks.shutdown(5000)
    window.ctx.store.close()


def test_the_window_paints_before_the_first_page_is_built_then_shows_it(qtbot, home):
    window = _live_window(qtbot, home)
    loading = window.stack.currentWidget()
    assert not isinstance(loading, ClientsPage)  # nothing of the page before the first paint
    assert [label.text() for label in loading.findChildren(QLabel)] == ["Loading…"]
    assert window.sidebar.currentItem().text() == "Clients"
    assert window.current_page_key() == "clients"
    with qtbot.waitSignal(window.start_page_built, timeout=20000):
        window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, ClientsPage) and page is window.page("clients")
    assert page.stack.currentWidget() is page.empty  # a new home: the empty state, in place
    # The warm-up waits for the page to paint (its imports would slow the page's paint).
    assert not window.warmed_up.is_set()
    assert "offmap-warm-up" not in {thread.name for thread in threading.enumerate()}
    qtbot.waitUntil(window.warmed_up.is_set, timeout=20000)
    _finish(window)


def test_the_first_page_lists_the_clients_once_built(qtbot, home):
    window = _live_window(qtbot, home)
    client_service.add_client(window.ctx.store, Client(name="Ana Start", state="CA"))
    with qtbot.waitSignal(window.start_page_built, timeout=20000):
        window.show()
    page = window.page("clients")
    assert page.stack.currentWidget() is page.splitter
    assert page.model.rowCount() == 1
    _finish(window)


def test_a_page_opened_before_the_first_paint_is_kept(qtbot, home):
    window = _live_window(qtbot, home)
    window.open_page("settings")  # a shortcut pressed as the window appears
    with qtbot.waitSignal(window.start_page_built, timeout=20000):
        window.show()
    assert window.current_page_key() == "settings"
    assert window.stack.currentWidget() is window.page("settings")
    _finish(window)


def test_a_window_closed_before_its_first_page_builds_none(qtbot, home):
    window = _live_window(qtbot, home)

    def close_at_once() -> None:  # as at exit: building the page now would fail on the store
        window.close()
        window.ctx.store.close()

    class CloseOnPaint(QObject):  # installed last, so it sees the first paint first
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, close_at_once)  # before the window's own turn
            return False

    closer = CloseOnPaint()
    window.installEventFilter(closer)
    with qtbot.waitSignal(window.start_page_built, timeout=20000):
        window.show()
    assert not isinstance(window.stack.currentWidget(), ClientsPage)
    window.ctx.tasks.shutdown(5000)


def test_tests_windows_build_the_first_page_at_once(window):
    assert isinstance(window.stack.currentWidget(), ClientsPage)


def test_the_fast_import_check_gives_pysides_answers(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    assert import_check.install() and import_check.install()  # once; again is harmless
    checked = feature._mod_uses_pyside
    assert getattr(checked, "_offmap_fast_check", False)
    (tmp_path / "offmap_probe_qt.py").write_text(
        "# é\nfrom PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "offmap_probe_plain.py").write_text("VALUE = 'no Qt here'\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    import offmap_probe_plain
    import offmap_probe_qt

    for module in (offmap_probe_qt, offmap_probe_plain):
        monkeypatch.delitem(sys.modules, module.__name__)
    assert checked(offmap_probe_qt) is True
    assert checked(offmap_probe_plain) is False
    assert feature.pyside_feature_dict["offmap_probe_qt"] == 0  # the hook's own bookkeeping
    assert feature.pyside_feature_dict["offmap_probe_plain"] == -1
    assert checked(sys) is False  # a built-in module: left to PySide6's own check


def test_the_start_up_benchmark_times_the_first_paint_then_the_content(home):
    """benchmarks/startup_child.py as bench_startup runs it: a fresh process."""
    import json
    import os
    import subprocess

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    runs = {}
    for mode in (["bare"], ["app", str(home)]):
        out = subprocess.run([sys.executable, "-m", "benchmarks.startup_child", *mode], cwd=root,
                             env=env, capture_output=True, text=True, timeout=120, check=True)
        runs[mode[0]] = json.loads(out.stdout.strip().splitlines()[-1])
    assert runs["bare"]["content"] == runs["bare"]["painted"]  # its label is its content
    assert runs["app"]["painted"] < runs["app"]["content"]  # the page comes after the paint
    assert all(run["peak_kb"] > 0 for run in runs.values())
