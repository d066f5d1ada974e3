"""A sign-in server that answers deeply nested or non-object JSON (issue 16, item 5) gives one
clear OAuthError, never a RecursionError or AttributeError traceback."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from app.services import oauth

pytestmark = pytest.mark.integration
ANSWERS = {"/nested": b"[" * 50_000 + b"]" * 50_000, "/list": b"[1, 2]", "/text": b"<html>"}


class _Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = ANSWERS[self.path]
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("path", sorted(ANSWERS))
def test_hostile_token_answers_are_one_clear_error(server, path):
    with pytest.raises(oauth.OAuthError, match="answered nonsense"):
        oauth._post(f"{server}{path}", {"grant_type": "refresh_token"})
