"""A small OAuth 2.0 authorization server on 127.0.0.1 for tests: /authorize answers at once
with a redirect carrying a code (as if the user had signed in), /token checks the PKCE verifier
and hands out access and refresh tokens, /introspect tells dovecot whether a token is valid.
`browser` plays the user's browser: it opens the sign-in URL and follows the redirect."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlparse

import requests

CLIENT_ID = "offmap-test-client"


class OAuthServer:
    def __init__(self, user: str) -> None:
        self.user = user
        self.codes: dict[str, dict[str, str]] = {}
        self.refresh_tokens: set[str] = set()
        self.access_tokens: set[str] = set()
        self.requests: list[tuple[str, dict[str, str]]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                owner.requests.append((url.path, query))
                if url.path != "/authorize":
                    return self._json(404, {"error": "not_found"})
                target = query.get("redirect_uri", "")
                if not target.startswith("http://127.0.0.1:") or \
                        query.get("code_challenge_method") != "S256":
                    return self._json(400, {"error": "invalid_request"})
                answer = {"state": query.get("state", "")}
                if query.get("client_id") != CLIENT_ID:
                    answer["error"] = "unauthorized_client"
                else:
                    code = secrets.token_urlsafe(16)
                    owner.codes[code] = query
                    answer["code"] = code
                self.send_response(302)
                self.send_header("Location", f"{target}?{urlencode(answer)}")
                self.end_headers()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                owner.requests.append((self.path, form))
                if self.path == "/introspect":
                    active = form.get("token") in owner.access_tokens
                    return self._json(200, {"active": active, "username": owner.user}
                                      if active else {"active": False})
                if self.path != "/token":
                    return self._json(404, {"error": "not_found"})
                return self._json(*owner.token(form))

            def _json(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def token(self, form: dict[str, str]) -> tuple[int, dict]:
        if form.get("client_id") != CLIENT_ID:
            return 401, {"error": "invalid_client"}
        if form.get("grant_type") == "authorization_code":
            asked = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(
                hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if asked is None or asked["redirect_uri"] != form.get("redirect_uri") or \
                    asked["code_challenge"] != challenge:
                return 400, {"error": "invalid_grant"}
            refresh = secrets.token_urlsafe(16)
            self.refresh_tokens.add(refresh)
            return 200, self._access(refresh)
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return 400, {"error": "invalid_grant"}
            return 200, self._access(None)
        return 400, {"error": "unsupported_grant_type"}

    def _access(self, refresh: str | None) -> dict:
        token = "at-" + secrets.token_urlsafe(16)
        self.access_tokens.add(token)
        body = {"access_token": token, "token_type": "Bearer", "expires_in": 3600}
        if refresh:
            body["refresh_token"] = refresh
        return body

    def endpoints(self) -> dict[str, str]:
        return {"authorize_url": f"{self.url}/authorize", "token_url": f"{self.url}/token"}

    def __enter__(self) -> OAuthServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def browser(url: str) -> None:
    """Opens the sign-in URL like a browser would, in the background, following redirects."""
    threading.Thread(target=lambda: requests.get(url, timeout=10), daemon=True).start()
