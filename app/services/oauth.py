"""OAuth 2.0 sign-in for mail accounts (Gmail, Microsoft 365) that no longer accept passwords:
the authorization code flow with PKCE (RFC 7636) and a loopback redirect on 127.0.0.1 at a port
chosen when the sign-in starts (RFC 8252 section 7.3). The refresh token lives only in the
keyring; access tokens only in memory. SMTP and IMAP then log in with SASL XOAUTH2.

OffMap ships no client id: the user registers their own app with Google or Microsoft (a
"desktop" client) and gives its id; see the README."""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import secrets as random_tokens
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from app import secrets
from app.core import safe_json
from app.core.errors import OffMapError, ValidationError
from app.core.model import MailAccount
from app.core.text import Text
from app.paths import resource
from app.services import preferences
from app.store import Store

log = logging.getLogger("app.services.oauth")

PREF = "mail_account_oauth"          # {account id: {"provider", "client_id", endpoints}}
SIGN_IN_TIMEOUT = 300.0
_tokens: dict[str, tuple[str, float]] = {}   # keyring key -> (access token, expiry)
_lock = threading.Lock()


class OAuthError(OffMapError):
    """Signing in or refreshing the token failed; the message says what to do."""


class BearerToken(str):
    """An OAuth access token given where a password would go: the mail code logs in with
    SASL XOAUTH2 instead of a password when it gets one of these."""


def xoauth2(user: str, token: str) -> str:
    """The SASL XOAUTH2 initial response, before base64: user=...^Aauth=Bearer ...^A^A."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


@dataclass(frozen=True)
class Provider:
    key: str
    name: str
    authorize_url: str
    token_url: str
    scopes: tuple[str, ...]
    extra_params: dict[str, str] = field(default_factory=dict)
    presets: tuple[str, ...] = ()


@functools.cache
def providers() -> dict[str, Provider]:
    data = json.loads(resource("mail", "oauth.json").read_text(encoding="utf-8"))
    return {key: Provider(key=key, name=item["name"], authorize_url=item["authorize_url"],
                          token_url=item["token_url"], scopes=tuple(item["scopes"]),
                          extra_params=dict(item.get("extra_params", {})),
                          presets=tuple(item.get("presets", [])))
            for key, item in data["providers"].items()}


def get_provider(key: str) -> Provider:
    try:
        return providers()[key]
    except KeyError:
        raise ValidationError("'{key}' is not a sign-in provider; use one of: {known}.",
                              key=key, known=", ".join(providers())) from None


def _refresh_key(store: Store, account_id: int) -> str:
    from app.services.accounts import keyring_key

    return "oauth-refresh-" + keyring_key(store, account_id)


def settings_for(store: Store, account: MailAccount) -> dict[str, Any] | None:
    if account.id is None:
        return None
    found = (preferences.read(store.conn, PREF)).get(str(account.id))
    return dict(found) if isinstance(found, dict) else None


def uses_oauth(store: Store, account: MailAccount) -> bool:
    return settings_for(store, account) is not None


def _pkce() -> tuple[str, str]:
    verifier = random_tokens.token_urlsafe(64)[:86]   # 43..128 characters (RFC 7636 4.1)
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return verifier, base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class _Redirect(BaseHTTPRequestHandler):
    """Receives the browser's redirect with ?code=&state= (or ?error=)."""

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        if "code" not in query and "error" not in query:
            self.send_response(404)
            self.end_headers()
            return
        self.server.answer = {k: v[0] for k, v in query.items()}  # type: ignore[attr-defined]
        body = (b"<html><body><p>OffMap: signed in. You can close this window and go back to "
                b"OffMap.</p></body></html>")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:  # the code must not reach any log
        pass


def _post(url: str, form: dict[str, str], timeout: float = 30.0) -> dict[str, Any]:
    import requests

    from app.net import check_url

    check_url(url)
    try:
        response = requests.post(url, data=form, timeout=timeout,
                                 headers={"Accept": "application/json"})
        payload = safe_json.loads(response.content, "the sign-in server's answer",
                                  max_bytes=1024 * 1024)
        if not isinstance(payload, dict):
            raise ValueError("not a JSON object")
    except (requests.RequestException, ValueError, safe_json.JsonRefused) as exc:
        raise OAuthError("the sign-in server {host} could not be reached or answered "
                         "nonsense ({error}); try again later.",
                         host=urlparse(url).hostname, error=type(exc).__name__) from exc
    if response.status_code != 200 or "access_token" not in payload:
        raise OAuthError("the sign-in server refused: {error} {description}. Sign in again "
                         "(Settings → Mail accounts → Sign in).",
                         error=payload.get("error", response.status_code),
                         description=payload.get("error_description", ""))
    return payload


def sign_in(store: Store, account: MailAccount, provider_key: str, client_id: str,
            client_secret: str = "", *, open_url: Callable[[str], Any] | None = None,
            timeout: float = SIGN_IN_TIMEOUT, endpoints: dict[str, str] | None = None,
            should_stop: Callable[[], bool] | None = None) -> None:
    """Opens the provider's sign-in page in the browser, waits for its redirect to 127.0.0.1,
    trades the code for tokens and keeps the refresh token in the keyring. `endpoints`
    (authorize_url, token_url) replace the provider's, for tests against a local server."""
    import webbrowser

    if account.id is None:
        raise ValidationError("save the mail account before signing in.")
    if not client_id.strip():
        raise ValidationError("give the client id of the app you registered with the provider "
                              "(see the README: 'Signing in with Google or Microsoft').")
    provider = get_provider(provider_key)
    authorize_url = (endpoints or {}).get("authorize_url", provider.authorize_url)
    token_url = (endpoints or {}).get("token_url", provider.token_url)
    verifier, challenge = _pkce()
    state = random_tokens.token_urlsafe(24)
    server = HTTPServer(("127.0.0.1", 0), _Redirect)
    server.answer = None  # type: ignore[attr-defined]
    server.timeout = 1.0
    redirect_uri = f"http://127.0.0.1:{server.server_address[1]}/"
    query = {"response_type": "code", "client_id": client_id.strip(),
             "redirect_uri": redirect_uri, "scope": " ".join(provider.scopes), "state": state,
             "code_challenge": challenge, "code_challenge_method": "S256",
             "login_hint": account.username, **provider.extra_params}
    try:
        (open_url or webbrowser.open)(f"{authorize_url}?{urlencode(query)}")
        deadline = time.monotonic() + timeout
        while server.answer is None and time.monotonic() < deadline:  # type: ignore[attr-defined]
            if should_stop and should_stop():
                raise OAuthError("the sign-in was cancelled; nothing was changed.")
            server.handle_request()
        answer = server.answer  # type: ignore[attr-defined]
    finally:
        server.server_close()
    if answer is None:
        raise OAuthError("no answer came from the sign-in page within {minutes} minutes; "
                         "nothing was changed. Try again.", minutes=int(timeout // 60) or 1)
    if answer.get("state") != state:
        raise OAuthError("the sign-in answer did not match the request (state), so it was "
                         "ignored; nothing was changed. Try again.")
    if "error" in answer:
        raise OAuthError("the sign-in was not completed ({error}); nothing was changed.",
                         error=answer["error"])
    form = {"grant_type": "authorization_code", "code": answer["code"],
            "redirect_uri": redirect_uri, "client_id": client_id.strip(),
            "code_verifier": verifier}
    if client_secret:
        form["client_secret"] = client_secret
    tokens = _post(token_url, form)
    if not tokens.get("refresh_token"):
        raise OAuthError("the sign-in server gave no refresh token, so OffMap would have to ask "
                         "you to sign in every hour; nothing was changed. Check that the app "
                         "asks for offline access.")
    key = _refresh_key(store, account.id)
    secrets.set_password(key, tokens["refresh_token"])   # raises without a secure keyring
    if client_secret:
        secrets.set_password(key + "-client-secret", client_secret)
    with store.transaction() as conn:
        settings = dict(preferences.read(conn, PREF))
        settings[str(account.id)] = {"provider": provider.key, "client_id": client_id.strip(),
                                     "token_url": token_url}
        preferences.write(conn, PREF, settings)
    _remember(key, tokens)
    log.info("mail account %s signed in with %s", account.id, provider.key)


def _remember(key: str, tokens: dict[str, Any]) -> None:
    expires = time.monotonic() + max(60, int(tokens.get("expires_in") or 3600)) - 60
    with _lock:
        _tokens[key] = (str(tokens["access_token"]), expires)


def access_token(store: Store, account: MailAccount) -> BearerToken:
    """A current access token for the account, refreshed with the keyring's refresh token
    when the one in memory has expired."""
    settings = settings_for(store, account)
    if settings is None or account.id is None:
        raise OAuthError("the mail account is not signed in with OAuth.")
    key = _refresh_key(store, account.id)
    with _lock:
        cached = _tokens.get(key)
    if cached and cached[1] > time.monotonic():
        return BearerToken(cached[0])
    refresh = secrets.get_password(key)
    if not refresh:
        raise OAuthError("the sign-in for '{username}' is no longer in the keyring; sign in "
                         "again in Settings → Mail accounts.", username=account.username)
    form = {"grant_type": "refresh_token", "refresh_token": refresh,
            "client_id": settings["client_id"]}
    client_secret = secrets.get_password(key + "-client-secret")
    if client_secret:
        form["client_secret"] = client_secret
    tokens = _post(settings["token_url"], form)
    if tokens.get("refresh_token") and tokens["refresh_token"] != refresh:
        secrets.set_password(key, tokens["refresh_token"])   # rotated by the provider
    _remember(key, tokens)
    return BearerToken(tokens["access_token"])


def sign_out(store: Store, account: MailAccount) -> None:
    """Forgets the OAuth sign-in: refresh token out of the keyring, settings removed."""
    if account.id is None:
        return
    key = _refresh_key(store, account.id)
    secrets.delete_password(key)
    with _lock:
        _tokens.pop(key, None)
    with store.transaction() as conn:
        settings = dict(preferences.read(conn, PREF))
        settings.pop(str(account.id), None)
        preferences.write(conn, PREF, settings)


def describe(store: Store, account: MailAccount) -> str:
    settings = settings_for(store, account)
    if settings is None:
        return Text("password")
    return Text("signed in with {provider}", provider=get_provider(settings["provider"]).name)


def sign_in_in_home(home: Path, account_id: int, provider_key: str, client_id: str,
                    should_stop: Callable[[], bool] | None = None) -> None:
    """sign_in with a store of its own, for a worker thread of the window."""
    from app.store import mail_accounts as account_repo
    from app.store import open_store

    store = open_store(home)
    try:
        sign_in(store, account_repo.get(store.conn, account_id), provider_key, client_id,
                should_stop=should_stop)
    finally:
        store.close()


def provider_for_host(host: str) -> str | None:
    """The sign-in provider of a preset's server (smtp.gmail.com: google), if any."""
    from app.core.mail import load_presets

    for preset in load_presets():
        if preset.host == host:
            return next((p.key for p in providers().values() if preset.key in p.presets), None)
    return None
