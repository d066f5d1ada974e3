"""Signing in with OAuth 2.0 (authorization code + PKCE, loopback redirect, RFC 8252) against a
small authorization server on 127.0.0.1, then sending over SMTP and fetching replies over IMAP
(dovecot) with SASL XOAUTH2; the refresh token only in the keyring."""

from __future__ import annotations

import base64
from dataclasses import replace
from datetime import date, datetime

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from app import secrets
from app.services import accounts, oauth
from app.services.reply_fetch import fetch_replies
from tests.conftest import IN_CI
from tests.integration.imapserver import USER, Dovecot, dovecot_binary
from tests.integration.mailserver import Handler, free_port, make_certificates
from tests.integration.oauthserver import CLIENT_ID, OAuthServer, browser
from tests.unit.reply_samples import make_clinic

pytestmark = pytest.mark.integration


@pytest.fixture
def keyring_ready():
    if not secrets.has_secure_keyring():
        if IN_CI:
            pytest.fail("no secure keyring in CI (run under tests/with_keyring.sh)")
        pytest.skip("no secure keyring in this session")


@pytest.fixture
def auth_server():
    with OAuthServer(USER) as server:
        yield server


def _signed_in(store, auth_server, **account_fields):
    make_clinic(store)
    account = accounts.default_account(store)
    saved = accounts.save_account(store, replace(account, username=USER, **account_fields))
    oauth.sign_in(store, saved.account, "google", CLIENT_ID, open_url=browser, timeout=20,
                  endpoints=auth_server.endpoints())
    return accounts.get_account(store, int(saved.account.id or 0))


def test_sign_in_keeps_only_the_refresh_token_in_the_keyring(store, auth_server,
                                                             keyring_ready):
    account = _signed_in(store, auth_server)
    authorize = next(q for path, q in auth_server.requests if path == "/authorize")
    assert authorize["code_challenge_method"] == "S256" and "code_verifier" not in authorize
    assert authorize["redirect_uri"].startswith("http://127.0.0.1:")
    token_form = next(f for path, f in auth_server.requests if path == "/token")
    assert token_form["code_verifier"] and token_form["grant_type"] == "authorization_code"
    refresh = secrets.get_password(oauth._refresh_key(store, int(account.id or 0)))
    assert refresh in auth_server.refresh_tokens
    dump = store.conn.execute("SELECT group_concat(value) FROM preferences").fetchone()[0]
    assert refresh not in dump and not any(t in dump for t in auth_server.access_tokens)
    assert isinstance(accounts.password_for(store, account), oauth.BearerToken)

    oauth._tokens.clear()   # an hour later: the access token is refreshed from the keyring
    fresh = accounts.password_for(store, account)
    assert fresh in auth_server.access_tokens
    assert any(f.get("grant_type") == "refresh_token" for _p, f in auth_server.requests)


def test_a_wrong_client_id_changes_nothing(store, auth_server, keyring_ready):
    make_clinic(store)
    account = accounts.default_account(store)
    with pytest.raises(oauth.OAuthError, match="unauthorized_client"):
        oauth.sign_in(store, account, "google", "someone-else", open_url=browser, timeout=20,
                      endpoints=auth_server.endpoints())
    assert not oauth.uses_oauth(store, account)


class _XOAuthHandler(Handler):
    def __init__(self, valid_tokens: set[str]) -> None:
        super().__init__()
        self.valid_tokens = valid_tokens

    async def auth_XOAUTH2(self, server, args):
        fields = dict(part.split("=", 1) for part in
                      base64.b64decode(args[1]).decode().split("\x01") if "=" in part)
        token = fields.get("auth", "").removeprefix("Bearer ")
        if token not in self.valid_tokens:
            return AuthResult(success=False, handled=False)
        return AuthResult(success=True, auth_data=LoginPassword(fields["user"].encode(), b""))


def test_letters_go_out_over_smtp_with_xoauth2(store, auth_server, keyring_ready, tmp_path):
    from app.services.requests import new_request
    from app.services.sending import send_request

    certs = make_certificates(tmp_path)
    handler = _XOAuthHandler(auth_server.access_tokens)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            tls_context=certs.server_context(), require_starttls=True,
                            auth_require_tls=True, server_hostname="localhost",
                            ready_timeout=10.0, auth_exclude_mechanism=["PLAIN", "LOGIN"])
    controller.start()
    try:
        account = _signed_in(store, auth_server, host="127.0.0.1", port=port,
                             security="starttls")
        draft = new_request(store, 1, "zumigo", "delete", law="us-ca")
        result = send_request(store, draft.id, account.id, cafile=str(certs.ca_file),
                              allow_unverified=True)
    finally:
        controller.stop()
    assert result.status == "sent"
    assert [m.login for m in handler.messages] == [USER]


def test_replies_are_fetched_over_imap_with_xoauth2(store, auth_server, keyring_ready,
                                                    tmp_path_factory, tmp_path):
    if dovecot_binary() is None:
        if IN_CI:
            pytest.fail("dovecot is missing in CI: .ci/run must install dovecot-imapd")
        pytest.skip("dovecot-imapd is not installed")
    server = Dovecot(tmp_path_factory.mktemp("oauth-imap"), oauth_url=auth_server.url)
    server.start()
    try:
        account = _signed_in(store, auth_server, imap_host="127.0.0.1",
                             imap_port=server.ssl_port, security="ssl")
        clinic = make_clinic_for_reply(store)
        server.append(clinic.write("ack_thread.eml", tmp_path).read_bytes(),
                      when=datetime(2026, 11, 20))
        outcome = fetch_replies(store, account.id, cafile=str(server.certs.ca_file),
                                today=date(2026, 12, 3))
    finally:
        server.stop()
    assert [r.suggested_event for r in outcome.results] == ["acknowledged"]
    assert any(path == "/introspect" for path, _f in auth_server.requests)


def make_clinic_for_reply(store):
    """The clinic's requests are already there (made by _signed_in); fill the corpus file
    with their references."""
    from tests.unit.reply_samples import Clinic

    rows = store.conn.execute("SELECT id, reference, message_id FROM requests ORDER BY id")
    keys = "ABCD"
    ids, refs, mids = {}, {}, {}
    for key, (request_id, reference, message_id) in zip(keys, rows, strict=False):
        ids[key], refs[key], mids[key] = request_id, reference, message_id
    return Clinic(ids, refs, mids)
