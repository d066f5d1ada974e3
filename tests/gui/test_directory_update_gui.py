"""The Directory page's update and import run off the GUI thread (a real thread pool here), with
a progress dialog whose Cancel reaches the task; a failure shows its message and changes nothing."""

from __future__ import annotations

import http.server
import json
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.core import directory as core
from app.gui.common.tasks import TaskRunner
from app.services import directory as directory_service
from app.services import directory_update
from tests.integration.signing import TRUSTED, signature

pytestmark = pytest.mark.integration
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "cppa"


def _good() -> bytes:
    doc = json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))
    doc["generated_on"] = "2027-03-04"
    return json.dumps(doc).encode()


GOOD = _good()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path.endswith(".sig"):
            body = signature(GOOD)
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        if self.path == "/stall.json":  # headers, then nothing for longer than a test runs
            self.send_response(200)
            self.send_header("Content-Length", str(len(GOOD)))
            self.end_headers()
            time.sleep(15)
            return
        body = GOOD if self.path == "/good.json" else GOOD[:100]
        self.send_response(200)
        self.send_header("Content-Length", str(len(GOOD)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def page(window, monkeypatch):
    monkeypatch.setattr(window.ctx, "tasks", TaskRunner(synchronous=False))
    real = directory_update.update_directory  # trust the tests' own key pair
    monkeypatch.setattr(directory_update, "update_directory",
                        lambda *a, **k: real(*a, **{"trusted_keys": TRUSTED, **k}))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.show_page("directory")
    return window.page("directory")


def test_update_runs_off_the_gui_thread_and_refreshes(page, server, qtbot):
    with qtbot.waitSignal(page.ctx.bus.directory_changed, timeout=20000):
        page.update_directory(f"{server}/good.json")
    assert "2027-03-04" in directory_service.home_directory_path(page.ctx.home).read_text()
    assert page.last_message.startswith("Directory updated")
    assert not page._last_progress.isVisible()


def test_failed_update_shows_the_reason_and_keeps_the_directory(page, server, qtbot,
                                                                monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    handle = page.update_directory(f"{server}/truncated.json")
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "cut off" in shown[0]
    assert not directory_service.home_directory_path(page.ctx.home).exists()
    assert handle is not None


def test_cancel_button_reaches_the_task(page, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    started = threading.Event()
    release = threading.Event()
    from app.services import registry_import

    real = registry_import.import_registry

    def slow_import(store, path, progress=None, cancelled=None):
        started.set()
        release.wait(10)
        return real(store, path, progress, cancelled)

    monkeypatch.setattr(registry_import, "import_registry", slow_import)
    handle = page.import_registry(FIXTURES / "registry-historical.csv")
    assert started.wait(10)
    page._last_progress.canceled.emit()  # what the dialog's Cancel button does
    assert handle.cancelled
    # Listen before letting the task go on, or its 'finished' can come before the listener.
    with qtbot.waitSignal(handle.finished, timeout=20000):
        release.set()
    assert shown == []  # a cancel is not an error
    assert directory_service.search_companies(page.ctx.store, "birchline") == []


def test_cancel_stops_a_stalled_download_at_once(page, server, qtbot, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    handle = page.update_directory(f"{server}/stall.json")
    qtbot.waitUntil(lambda: page._last_progress.isVisible(), timeout=5000)
    started = time.monotonic()
    with qtbot.waitSignal(handle.finished, timeout=5000):
        page._last_progress.canceled.emit()  # what the dialog's Cancel button does
    assert time.monotonic() - started < 3  # not the 30 s read timeout
    assert shown == []  # a cancel is not an error
    assert not directory_service.home_directory_path(page.ctx.home).exists()
