"""`directory update` against hostile servers on 127.0.0.1 (issue 16, items 2-5): unsigned or
wrongly signed files are refused by the production check, a server that drips bytes or stalls is
stopped in bounded time with a clear message, deeply nested JSON is one clean error, and an
update that drops a company in use keeps it, marked withdrawn."""

from __future__ import annotations

import http.server
import json
import threading
import time
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app import net
from app.cli import main
from app.core import directory as core
from app.core.errors import OffMapError, ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import directory as directory_service
from app.services import directory_signature, directory_update
from app.services.requests import new_request
from tests.integration.signing import OTHER_KEY, TRUSTED, signature

pytestmark = pytest.mark.integration


def _bundled() -> dict:
    return json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))


def _unlinked_broker(document: dict) -> str:
    """A broker no other record links to, so a document without it is still consistent."""
    linked = {slug for record in document["companies"] for slug in core_links(record)}
    return next(r["slug"] for r in document["companies"]
                if r["kind"] == "broker" and r["slug"] not in linked)


def core_links(record: dict) -> list[str]:
    return [*record.get("hosts", []), *record.get("runs", []),
            *(s["slug"] for s in record.get("shared_with", [])),
            *([record["successor"]] if record.get("successor") else [])]


GOOD = json.dumps({**_bundled(), "generated_on": "2027-05-06"}).encode()
DROPPED = _unlinked_broker(_bundled())
WITHOUT = json.dumps({**_bundled(), "generated_on": "2027-05-07", "companies": [
    r for r in _bundled()["companies"] if r["slug"] != DROPPED]}).encode()
NESTED = b"[" * 100_000 + b"]" * 100_000
BODIES = {"/good.json": GOOD, "/without.json": WITHOUT, "/nested.json": NESTED,
          "/unsigned.json": GOOD, "/other-key.json": GOOD, "/tampered.json": WITHOUT}
SIGNATURES = {"/other-key.json": signature(GOOD, OTHER_KEY), "/tampered.json": signature(GOOD)}


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, body: bytes, status: int = 200) -> None:
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _drip(self, data: bytes, every: float) -> None:
        try:
            for byte in data:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(every)
        except OSError:
            pass

    def do_GET(self):
        if self.path == "/drip.json":  # one byte every 2 s: never trips a read timeout
            self.send_response(200)
            self.send_header("Content-Length", str(len(GOOD)))
            self.end_headers()
            self._drip(GOOD, 2.0)
        elif self.path == "/drip-headers.json":
            self._drip(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n0123456789", 2.0)
        elif self.path == "/steady.json":  # fast enough, but endless
            self.send_response(200)
            self.send_header("Content-Length", str(5 * 1024 * 1024))
            self.end_headers()
            self._drip(b"x" * 10_000, 0.0005)
        elif self.path == "/stall.json":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.flush()
            time.sleep(20)
        elif self.path.endswith(".sig"):
            base = self.path[:-4]
            if base in SIGNATURES:
                self._send(SIGNATURES[base])
            elif base in BODIES and base != "/unsigned.json":
                self._send(signature(BODIES[base]))
            else:
                self._send(b"no", status=404)
        else:
            self._send(BODIES.get(self.path, b"no"), 200 if self.path in BODIES else 404)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _installed(store) -> Path:
    return directory_service.home_directory_path(store.home)


# ------------------------------------------------------------------ signatures (item 3)
def test_the_shipped_key_is_an_ed25519_key():
    assert len(directory_signature.bundled_keys()) == 1


def test_a_file_signed_by_a_trusted_key_is_swapped_in(store, server):
    result = directory_update.update_directory(store, f"{server}/good.json",
                                               trusted_keys=TRUSTED)
    assert result.changed and _installed(store).read_bytes() == GOOD


@pytest.mark.parametrize("path, message", [
    ("/good.json", "not signed by OffMap's maintainers"),  # the tests' key is not OffMap's
    ("/unsigned.json", "signature .* could not be downloaded"),
])
def test_the_production_check_refuses_other_keys(store, server, path, message):
    with pytest.raises(ValidationError, match=message):
        directory_update.update_directory(store, f"{server}{path}")
    assert not _installed(store).exists()


@pytest.mark.parametrize("path", ["/other-key.json", "/tampered.json", "/unsigned.json"])
def test_bad_signatures_leave_the_directory_byte_identical(store, server, path):
    directory_update.update_directory(store, f"{server}/good.json", trusted_keys=TRUSTED)
    before = _installed(store).read_bytes()
    with pytest.raises(ValidationError, match=r"signature|signed"):
        directory_update.update_directory(store, f"{server}{path}", trusted_keys=TRUSTED)
    assert _installed(store).read_bytes() == before


def test_cli_refuses_a_file_not_signed_with_offmaps_key(home, server, capsys):
    assert main(["--home", str(home), "directory", "update", "--url",
                 f"{server}/good.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("offmap: error: the directory file is not signed by OffMap's")
    assert len(err.strip().splitlines()) == 1


def test_the_maintainers_script_signs_what_the_app_verifies(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "sign_directory", Path(__file__).resolve().parents[2] / "packaging" /
        "sign_directory.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    key_file = tmp_path / "test.key"
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()) as public:
        script.new_key(key_file, None)
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    target = tmp_path / "companies.json"
    target.write_bytes(GOOD)
    sig = script.sign(target, script._private_key(key_file, None))
    keys = directory_signature.load_public_keys(public.getvalue().encode())
    directory_signature.verify(GOOD, sig.read_bytes(), keys)
    with pytest.raises(ValidationError):
        directory_signature.verify(GOOD + b" ", sig.read_bytes(), keys)


# ------------------------------------------------------------------ slow servers (item 4)
@pytest.mark.parametrize("path", ["/drip.json", "/drip-headers.json"])
def test_a_dripping_server_is_stopped_in_bounded_time(home, server, capsys, monkeypatch, path):
    monkeypatch.setattr(net, "RATE_GRACE", 4.0)
    started = time.monotonic()
    assert main(["--home", str(home), "directory", "update", "--url", f"{server}{path}"]) == 1
    assert time.monotonic() - started < 12
    err = capsys.readouterr().err
    assert err.startswith("offmap: error: 127.0.0.1 is sending too slowly")
    assert "nothing was changed" in err and len(err.strip().splitlines()) == 1


def test_a_steady_but_endless_download_meets_the_deadline(store, server, monkeypatch):
    monkeypatch.setattr(net, "DEADLINE", 3.0)
    started = time.monotonic()
    with pytest.raises(net.NetError, match="took longer than 3 seconds"):
        directory_update.update_directory(store, f"{server}/steady.json", trusted_keys=TRUSTED)
    assert time.monotonic() - started < 8


def test_cancel_reaches_a_stalled_download(store, server):
    asked = time.monotonic() + 1.0
    started = time.monotonic()
    with pytest.raises(net.DownloadCancelled):
        directory_update.update_directory(store, f"{server}/stall.json", trusted_keys=TRUSTED,
                                          cancelled=lambda: time.monotonic() > asked)
    assert time.monotonic() - started < 4  # not the 30 s read timeout


# ------------------------------------------------------------------ nested JSON (item 5)
def test_deeply_nested_directory_is_one_clean_error(home, server, capsys, monkeypatch):
    real = directory_update.update_directory
    monkeypatch.setattr(directory_update, "update_directory",
                        lambda *a, **k: real(*a, **{"trusted_keys": TRUSTED, **k}))
    assert main(["--home", str(home), "directory", "update", "--url",
                 f"{server}/nested.json"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("offmap: error: the downloaded directory was refused")
    assert "nested more than 64 levels" in err and len(err.strip().splitlines()) == 1


def test_deeply_nested_case_file_is_one_clean_error(home, tmp_path, capsys):
    case = tmp_path / "nested.zip"
    with zipfile.ZipFile(case, "w") as archive:
        archive.writestr("case.json", NESTED)
    assert main(["--home", str(home), "import", "case", str(case)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("offmap: error: this case file cannot be imported: its case.json is "
                          "nested more than 64 levels deep")
    assert len(err.strip().splitlines()) == 1


# ------------------------------------------------------------------ companies in use (item 2)
def test_an_update_keeps_companies_in_use_as_withdrawn(store, server):
    client = client_service.add_client(store, Client(name="Ana Test", state="CA"))
    request = new_request(store, client.id, DROPPED, "delete")
    result = directory_update.update_directory(store, f"{server}/without.json",
                                               trusted_keys=TRUSTED)
    assert result.withdrawn == [DROPPED] and result.to_json()["withdrawn"] == [DROPPED]
    company = directory_service.get_company(store, DROPPED)
    assert company.extra["withdrawn"] == date.today().isoformat()
    assert directory_service.resolve_company(store, request.company).slug == DROPPED
    again = directory_update.update_directory(store, f"{server}/without.json",
                                              trusted_keys=TRUSTED)
    assert again.withdrawn == [DROPPED] and not again.changed  # kept, same date


def test_withdrawn_company_still_writes_its_letter(home, server, capsys, monkeypatch):
    real = directory_update.update_directory
    monkeypatch.setattr(directory_update, "update_directory",
                        lambda *a, **k: real(*a, **{"trusted_keys": TRUSTED, **k}))
    assert main(["--home", str(home), "client", "add", "--name", "Ana Test",
                 "--state", "CA"]) == 0
    assert main(["--home", str(home), "request", "new", "--client", "1", "--company", DROPPED,
                 "--type", "delete"]) == 0
    capsys.readouterr()
    assert main(["--home", str(home), "directory", "update", "--url",
                 f"{server}/without.json"]) == 0
    out = capsys.readouterr().out
    assert DROPPED in out and "withdrawn" in out
    letter = home / "letter.txt"
    assert main(["--home", str(home), "letter", "1", "--format", "txt", "--out",
                 str(letter)]) == 0
    assert letter.read_text(encoding="utf-8")
    assert main(["--home", str(home), "directory", "show", DROPPED]) == 0
    assert "Withdrawn" in capsys.readouterr().out


def test_an_unused_company_is_dropped(store, server):
    result = directory_update.update_directory(store, f"{server}/without.json",
                                               trusted_keys=TRUSTED)
    assert result.withdrawn == []
    with pytest.raises(OffMapError):
        directory_service.get_company(store, DROPPED)
    assert _installed(store).read_bytes() == WITHOUT  # verbatim: the signed bytes
