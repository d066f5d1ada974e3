"""services.sending against a real SMTP server on loopback: the message on the wire is the one
built (headers, attachment bytes), failures mark nothing sent, and no retry sends twice."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.model import Client, MailAccount
from app.core.text import Text
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services import sending, tracking
from app.services.mail_transport import MailConnectionError, MailLoginError, MailRejectedError
from app.services.requests import new_request
from app.store import outbox as outbox_repo
from tests.integration.mailserver import (
    PASSWORD,
    USER,
    MailServer,
    free_port,
    make_certificates,
)

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


@pytest.fixture
def server(certs):
    with MailServer(certs, "starttls") as running:
        yield running


@pytest.fixture
def client_id(store) -> int:
    return client_service.add_client(
        store, Client(name="Rosa Testwell", emails=["rosa@example.net"], state="CA",
                      country="US")).id


def _account(store, port: int) -> MailAccount:
    # The password is given to each call, so no keyring is needed here.
    return account_service.save_account(store, MailAccount(
        host="127.0.0.1", port=port, username=USER, from_addr=USER, security="starttls",
        label="Test")).account


def _request(store, client_id: int, company: str = "kochava"):
    return new_request(store, client_id, company, "delete")


def _outbox(store) -> list:
    return outbox_repo.list_all(store.conn)


def test_the_built_message_is_what_the_server_receives(store, client_id, server, monkeypatch):
    account = _account(store, server.port)
    request = _request(store, client_id)
    built = []
    original = sending.build_message
    monkeypatch.setattr(sending, "build_message",
                        lambda *a: built.append(original(*a)) or built[-1])
    result = sending.send_request(store, request.id, password=PASSWORD)

    [got] = server.messages
    [message] = built
    assert got.rcpt_tos == ["privacy@kochava.com"] and got.mail_from == USER
    assert got.message["Message-ID"] == message["Message-ID"] == result.message_id
    assert request.reference in got.message["Subject"]
    [sent_pdf] = [p.get_content() for p in got.message.iter_attachments()]
    [built_pdf] = [p.get_content() for p in message.iter_attachments()]
    assert sent_pdf == built_pdf and sent_pdf.startswith(b"%PDF-")
    assert result.smtp_response.startswith("250") and "TEST42" in result.smtp_response

    [event] = [e for e in tracking.list_events(store, request.id) if e.kind == "sent"]
    assert event.on == date.today().isoformat()
    assert event.data["smtp_response"] == result.smtp_response
    assert event.data["message_id"] == result.message_id
    assert event.data["via"] == "email"
    assert PASSWORD not in str(event.data)
    shown = sending.request_repo.get(store.conn, request.id)
    assert shown.status == "sent" and shown.due_on and shown.message_id == result.message_id
    assert _outbox(store) == []
    assert result.account_id == account.id


def test_a_retry_never_sends_twice(store, client_id, server):
    _account(store, server.port)
    request = _request(store, client_id)
    sending.send_request(store, request.id, password=PASSWORD)
    with pytest.raises(sending.AlreadySentError, match="already sent"):
        sending.send_request(store, request.id, password=PASSWORD)
    assert len(server.messages) == 1


@pytest.mark.parametrize(("setup", "error", "words"), [
    ("bad-login", MailLoginError, "refused the login"),
    ("refused-recipient", MailRejectedError, "refused the recipient"),
    ("server-down", MailConnectionError, "refused the connection"),
])
def test_a_failure_marks_nothing_sent(store, client_id, server, setup, error, words):
    _account(store, free_port() if setup == "server-down" else server.port)
    request = _request(store, client_id)
    password = "wrong" if setup == "bad-login" else PASSWORD
    if setup == "refused-recipient":
        server.handler.refuse_recipients.add("privacy@kochava.com")
    with pytest.raises(error, match=words):
        sending.send_request(store, request.id, password=password, timeout=5)
    shown = sending.request_repo.get(store.conn, request.id)
    assert shown.status == "draft" and shown.sent_on is None and shown.message_id is None
    assert [e for e in tracking.list_events(store, request.id) if e.kind == "sent"] == []
    assert _outbox(store) == []
    assert server.messages == []


def test_delivered_but_not_recorded_is_only_recorded_on_retry(store, client_id, server,
                                                            monkeypatch):
    _account(store, server.port)
    request = _request(store, client_id)
    real_mark_sent = tracking.mark_sent

    def broken(*args, **kwargs):
        from app.store.connection import StoreError

        raise StoreError("the store is busy in another OffMap window or command")

    monkeypatch.setattr(tracking, "mark_sent", broken)
    with pytest.raises(Exception, match="went out") as err:
        sending.send_request(store, request.id, password=PASSWORD)
    assert "not send it twice" in str(err.value)
    assert len(server.messages) == 1
    [entry] = _outbox(store)
    assert entry.delivered

    monkeypatch.setattr(tracking, "mark_sent", real_mark_sent)
    result = sending.send_request(store, request.id, password=PASSWORD)
    assert result.recorded_only and result.status == "sent"
    assert len(server.messages) == 1
    assert _outbox(store) == []


def test_an_interrupted_send_waits_for_the_user(store, client_id, server):
    account = _account(store, server.port)
    request = _request(store, client_id)
    with store.transaction() as conn:  # as if the connection died while DATA was going out
        outbox_repo.claim(conn, request.id, "<lost@example.org>", account.id,
                          "privacy@kochava.com")
    with pytest.raises(sending.SendInterruptedError, match="Sent folder"):
        sending.send_request(store, request.id, password=PASSWORD)
    assert server.messages == []
    sending.send_request(store, request.id, password=PASSWORD, resend_interrupted=True)
    assert len(server.messages) == 1


def test_no_email_channel(store, client_id, server):
    _account(store, server.port)
    request = _request(store, client_id, "google")
    with pytest.raises(sending.NoEmailChannelError) as err:
        sending.send_request(store, request.id, password=PASSWORD)
    assert err.value.channels.webform and "web form" in str(err.value)
    assert server.messages == []


def test_missing_password_is_asked_for_not_guessed(store, client_id, server):
    import keyring
    from keyring.backends import fail

    from app import secrets

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    secrets.forget_for_session()
    try:
        _account(store, server.port)
        request = _request(store, client_id)
        with pytest.raises(account_service.PasswordNeededError) as err:
            sending.send_request(store, request.id)
        assert err.value.no_keyring
        assert server.messages == [] and server.handler.logins == []
    finally:
        keyring.set_keyring(before)


def test_batch_reports_each_letter_and_stops_on_cancel(store, client_id, server):
    _account(store, server.port)
    first = _request(store, client_id)
    webform = _request(store, client_id, "google")
    other = new_request(store, client_id, "3cinteractive", "delete")
    sending.send_request(store, other.id, password=PASSWORD,  # already sent
                         allow_unverified=True)
    fourth = _request(store, client_id)
    seen = []
    items = sending.send_batch(store, [first.id, webform.id, other.id, fourth.id],
                               password=PASSWORD, on_item=seen.append, allow_missing_id=True)
    assert [i.outcome for i in items] == ["sent", "web-form-or-post", "skipped", "sent"]
    assert seen == items
    assert len(server.messages) == 3

    later = [_request(store, client_id).id, _request(store, client_id).id]
    stop = iter([False, True])
    items = sending.send_batch(store, later, password=PASSWORD, should_stop=lambda: next(stop),
                               allow_missing_id=True)
    assert [i.outcome for i in items] == ["sent", "not-attempted"]
    assert len(server.messages) == 4
    assert items[0].message.template == "Sent to {to}; answer due {due_on}."
    assert items[0].message == f"Sent to {items[0].result.to[0]}; answer due " \
        f"{items[0].result.due_on}."
    assert items[1].message == "Cancelled before sending; not marked sent."
    assert isinstance(items[1].message, Text)


def test_batch_stops_after_a_login_failure(store, client_id, server):
    _account(store, server.port)
    ids = [_request(store, client_id).id for _ in range(3)]
    items = sending.send_batch(store, ids, password="wrong", allow_missing_id=True)
    assert [i.outcome for i in items] == ["failed", "not-attempted", "not-attempted"]
    assert isinstance(items[0].message, Text) and items[0].message.values
    assert items[2].message == "Not attempted: the mail server could not be used (see above)."
    assert len(server.handler.logins) == 1
    assert all(sending.request_repo.get(store.conn, i).status == "draft" for i in ids)
