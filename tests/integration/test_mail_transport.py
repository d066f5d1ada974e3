"""SMTP login and delivery against a real aiosmtpd server on 127.0.0.1 (STARTTLS, SSL, AUTH),
and each failure a user can meet: refused, bad login, TLS mismatch, untrusted certificate,
timeout, a 5xx on the recipient."""

from __future__ import annotations

import socket
import threading
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.core.model import MailAccount
from app.services import accounts as account_service
from app.services import mail_transport
from app.services.mail_transport import (
    MailConnectionError,
    MailLoginError,
    MailRejectedError,
    open_session,
)
from tests.integration.mailserver import PASSWORD, USER, MailServer, free_port, make_certificates

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def certs(tmp_path_factory):
    return make_certificates(tmp_path_factory.mktemp("certs"))


def _account(port: int, security: str = "starttls", host: str = "127.0.0.1",
             user: str = USER) -> MailAccount:
    return MailAccount(host=host, port=port, username=user, from_addr=USER, security=security)


def _message(to: str = "privacy@company.example") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = USER
    msg["To"] = to
    msg["Subject"] = "Test OFM-TEST-0001"
    msg.set_content("hello")
    return msg


def test_starttls_login_and_delivery(certs):
    with MailServer(certs, "starttls") as server, \
            open_session(_account(server.port), PASSWORD, timeout=10) as session:
        delivery = session.send(_message(), ["privacy@company.example"])
    assert delivery.response.startswith("250")
    assert "TEST42" in delivery.response
    assert server.handler.logins == [(USER, PASSWORD)]
    [got] = server.messages
    assert got.login == USER
    assert got.rcpt_tos == ["privacy@company.example"]
    assert got.message["Subject"] == "Test OFM-TEST-0001"


def test_starttls_certificate_is_verified_against_a_trusted_ca(certs):
    with MailServer(certs, "starttls") as server:
        text = mail_transport.check_login(_account(server.port), PASSWORD, timeout=10,
                                          cafile=str(certs.ca_file))
    assert "logged in" in text and "Nothing was sent" in text
    assert server.messages == []


def test_untrusted_certificate_is_refused_when_verifying(certs, tmp_path: Path):
    other = make_certificates(tmp_path / "other")
    with MailServer(certs, "starttls") as server, pytest.raises(MailConnectionError) as err:
        mail_transport.check_login(_account(server.port), PASSWORD, timeout=10,
                                   cafile=str(other.ca_file))
    assert "certificate" in str(err.value)
    assert server.handler.logins == []


def test_remote_hosts_always_verify_loopback_does_not():
    remote = mail_transport.tls_context("smtp.example.org")
    assert remote.check_hostname and remote.verify_mode.name == "CERT_REQUIRED"
    local = mail_transport.tls_context("127.0.0.1")
    assert not local.check_hostname and local.verify_mode.name == "CERT_NONE"


def test_implicit_ssl(certs):
    with MailServer(certs, "ssl") as server, \
            open_session(_account(server.port, "ssl"), PASSWORD, timeout=10) as session:
        session.send(_message(), ["privacy@company.example"])
    assert len(server.messages) == 1


def test_plain_loopback_with_security_none(certs):
    with MailServer(certs, "plain") as server, \
            open_session(_account(server.port, "none"), PASSWORD, timeout=10) as session:
        session.send(_message(), ["privacy@company.example"])
    assert server.handler.logins == [(USER, PASSWORD)]


def test_bad_password_says_to_check_login_and_app_password(certs):
    with MailServer(certs, "starttls") as server, pytest.raises(MailLoginError) as err:
        mail_transport.check_login(_account(server.port), "wrong-password", timeout=10)
    text = str(err.value)
    assert "refused the login" in text and "app password" in text
    assert "wrong-password" not in text
    assert server.messages == []


def test_connection_refused():
    port = free_port()  # nothing listens there any more
    with pytest.raises(MailConnectionError, match="refused the connection"):
        mail_transport.check_login(_account(port), PASSWORD, timeout=5)


def test_unknown_host_is_a_dns_error():
    account = _account(587, host="no-such-host.invalid")
    with pytest.raises(MailConnectionError, match="cannot find the mail server"):
        mail_transport.check_login(account, PASSWORD, timeout=5)


def test_ssl_against_a_starttls_port_is_a_tls_mismatch(certs):
    with MailServer(certs, "starttls") as server, pytest.raises(MailConnectionError) as err:
        mail_transport.check_login(_account(server.port, "ssl"), PASSWORD, timeout=5)
    assert "security setting does not match the port" in str(err.value) \
        or "closed the connection" in str(err.value)
    assert "STARTTLS" in str(err.value) or "SSL" in str(err.value)


def test_starttls_against_an_ssl_port_is_explained(certs):
    with MailServer(certs, "ssl") as server, pytest.raises(MailConnectionError) as err:
        mail_transport.check_login(_account(server.port, "starttls"), PASSWORD, timeout=3)
    assert "587" in str(err.value) and "465" in str(err.value)


def test_silent_server_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    accepted: list[socket.socket] = []
    thread = threading.Thread(target=lambda: accepted.append(listener.accept()[0]), daemon=True)
    thread.start()
    try:
        with pytest.raises(MailConnectionError, match="no answer"):
            mail_transport.check_login(_account(port), PASSWORD, timeout=1)
    finally:
        for conn in accepted:
            conn.close()
        listener.close()


def test_recipient_refused_with_5xx(certs):
    with MailServer(certs, "starttls") as server:
        server.handler.refuse_recipients.add("gone@company.example")
        with open_session(_account(server.port), PASSWORD, timeout=10) as session, \
                pytest.raises(MailRejectedError) as err:
            session.send(_message("gone@company.example"), ["gone@company.example"])
    assert "550" in str(err.value) and "Nothing was sent" in str(err.value)
    assert not err.value.maybe_delivered
    assert server.messages == []


def test_check_connection_service_validates_first(certs):
    with MailServer(certs, "starttls") as server:
        text = account_service.check_connection(_account(server.port), PASSWORD, timeout=10)
    assert "Nothing was sent" in text
    assert server.messages == []
