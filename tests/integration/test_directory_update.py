"""`directory update` against a real HTTP server on 127.0.0.1: a good file is swapped in; a
truncated download, a wrong schema, a too-large file, an HTTP error or a cancel leave the current
directory byte-for-byte as it was, and the bundled file is never written."""

from __future__ import annotations

import hashlib
import http.server
import json
import threading
from collections.abc import Iterator

import pytest

from app import net
from app.cli import main
from app.core import directory as core
from app.core.errors import OffMapError
from app.services import directory as directory_service
from app.services import directory_update
from tests.integration.signing import TRUSTED, signature

pytestmark = pytest.mark.integration


@pytest.fixture(autouse=True)
def _tests_key(monkeypatch):
    """These tests trust the tests' own key (test_directory_hardening checks that the production
    path does not); every call below goes through update_directory."""
    real = directory_update.update_directory
    monkeypatch.setattr(directory_update, "update_directory",
                        lambda *a, **k: real(*a, **{"trusted_keys": TRUSTED, **k}))


def _document(generated_on: str = "2027-01-02", extra_name: str | None = None) -> bytes:
    doc = json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))
    doc["generated_on"] = generated_on
    if extra_name:
        doc["companies"].append({**doc["companies"][0], "slug": "newco", "name": extra_name,
                                 "shared_with": [], "hosts": [], "successor": None,
                                 "successor_reason": None, "kind": "broker"})
    return json.dumps(doc).encode()


GOOD = _document(extra_name="Newco Location Data")
GOOD_2 = _document("2027-02-03")
WRONG_SCHEMA = json.dumps({"schema_version": 1, "generated_on": "2027-01-01",
                           "companies": [{"slug": "x", "name": "X"}]}).encode()


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, body: bytes, length: int | None = None, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path.endswith(".sig"):  # signed with the tests' key, as published beside it
            bodies = {"/good.json": GOOD, "/good2.json": GOOD_2, "/truncated.json": GOOD,
                      "/wrong-schema.json": WRONG_SCHEMA,
                      "/not-json.json": b"<html>maintenance</html>"}
            body = bodies.get(self.path[:-4])
            self._send(signature(body)) if body else self._send(b"no", status=404)
            return
        routes = {
            "/good.json": lambda: self._send(GOOD),
            "/good2.json": lambda: self._send(GOOD_2),
            "/wrong-schema.json": lambda: self._send(WRONG_SCHEMA),
            "/not-json.json": lambda: self._send(b"<html>maintenance</html>"),
            "/truncated.json": lambda: self._send(GOOD[: len(GOOD) // 2], length=len(GOOD)),
            "/too-large.json": lambda: self._send(b"{" + b" " * 64, length=50 * 1024 * 1024),
            "/missing.json": lambda: self._send(b"not found", status=404),
        }
        if self.path == "/endless.json":  # no Content-Length: the cap applies while streaming
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            chunk = b" " * 65536
            try:
                for _ in range(200):  # 12.5 MB, more than the 8 MB cap
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if self.path == "/redirect-insecure":
            self.send_response(302)
            self.send_header("Location", "http://example.com/good.json")
            self.end_headers()
            return
        routes.get(self.path, lambda: self._send(b"no", status=404))()
        self.close_connection = True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def bundled_digest() -> Iterator[str]:
    digest = _digest(core.bundled_directory_path())
    yield digest
    assert _digest(core.bundled_directory_path()) == digest, "the bundled file was written"


def test_good_update_is_swapped_in_and_used(store, server, bundled_digest):
    result = directory_update.update_directory(store, f"{server}/good.json")
    assert result.changed and result.generated_on == "2027-01-02"
    installed = directory_service.home_directory_path(store.home)
    assert installed.read_bytes() == GOOD
    assert directory_service.get_company(store, "newco").name == "Newco Location Data"
    assert not list(installed.parent.glob(".companies-*"))  # no temp file left behind
    again = directory_update.update_directory(store)  # remembered address, same content
    assert not again.changed


@pytest.mark.parametrize("path, message", [
    ("/truncated.json", "cut off"),
    ("/wrong-schema.json", "refused, so the current one was kept"),
    ("/not-json.json", "not valid JSON"),
    ("/too-large.json", "limit"),
    ("/endless.json", "limit"),
    ("/missing.json", "HTTP 404"),
    ("/redirect-insecure", "not secure"),
])
def test_failed_update_keeps_the_directory_byte_identical(store, server, bundled_digest,
                                                          path, message):
    directory_update.update_directory(store, f"{server}/good2.json")
    installed = directory_service.home_directory_path(store.home)
    before = installed.read_bytes()
    with pytest.raises(OffMapError, match=message):
        directory_update.update_directory(store, f"{server}{path}")
    assert installed.read_bytes() == before
    assert not list(installed.parent.glob(".companies-*"))
    assert directory_service.get_company(store, "sprint").successor == "t-mobile"


def test_failed_first_update_leaves_no_home_copy(store, server, bundled_digest):
    with pytest.raises(OffMapError):
        directory_update.update_directory(store, f"{server}/truncated.json")
    assert not directory_service.home_directory_path(store.home).exists()


def test_cancel_changes_nothing(store, server, bundled_digest):
    with pytest.raises(net.DownloadCancelled):
        directory_update.update_directory(store, f"{server}/good.json", cancelled=lambda: True)
    assert not directory_service.home_directory_path(store.home).exists()


def test_progress_is_reported(store, server):
    seen: list[tuple[int, int]] = []
    directory_update.update_directory(store, f"{server}/good.json",
                                      progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(GOOD), len(GOOD))


def test_cli_update_json_and_failure_exit_status(home, server, capsys):
    assert main(["--home", str(home), "directory", "update", "--url", f"{server}/good.json",
                 "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["companies"] >= 61
    assert main(["--home", str(home), "directory", "update", "--url",
                 f"{server}/truncated.json"]) == 1
    assert "cut off" in capsys.readouterr().err


def test_a_damaged_home_copy_falls_back_to_the_bundled_directory(store, server):
    directory_update.update_directory(store, f"{server}/good.json")
    directory_service.home_directory_path(store.home).write_bytes(b"{broken")
    assert directory_service.get_company(store, "sprint").successor == "t-mobile"
