"""Talking to the user's SMTP server with smtplib: connect (STARTTLS, SSL or plain on loopback),
log in, hand over a message. Every failure becomes a MailError whose message says what happened
and what to do; none of them contains the password.

Certificates are always verified for remote servers. A server on this computer (127.0.0.1,
::1, localhost), such as Proton Mail Bridge with its self-signed certificate, is encrypted but
its certificate is not checked: that traffic never leaves the machine."""

from __future__ import annotations

import contextlib
import logging
import smtplib
import socket
import ssl
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.message import EmailMessage

from app.core.errors import OffMapError
from app.core.mail import is_loopback_host
from app.core.model import MailAccount
from app.core.text import Text

DEFAULT_TIMEOUT = 30.0
log = logging.getLogger("app.services.mail_transport")


class MailError(OffMapError):
    """Sending or logging in failed. `stage` says where: connect, tls, login, envelope, data.
    `maybe_delivered` is True only when the server may have accepted the message."""

    def __init__(self, message: str, stage: str, maybe_delivered: bool = False,
                 **values: object) -> None:
        super().__init__(message, **values)
        self.stage = stage
        self.maybe_delivered = maybe_delivered


class MailConnectionError(MailError):
    """The server could not be reached or the secure connection could not be set up."""


class MailLoginError(MailError):
    """The server refused the user name or password, or offers no login."""


class MailRejectedError(MailError):
    """The server refused the sender, a recipient or the message itself."""


@dataclass(frozen=True)
class Delivery:
    """The server's answer to the message (e.g. "250 2.0.0 OK queued as 4F2A")."""

    response: str
    recipients: tuple[str, ...]


class _Recording:
    """Remembers the server's answer to DATA (smtplib does not return it) and whether the
    message body started to go out (after that a lost connection may mean it arrived)."""

    data_started = False
    data_reply: tuple[int, bytes] | None = None

    def data(self, msg):  # type: ignore[no-untyped-def]
        self.data_started = True
        reply = super().data(msg)  # type: ignore[misc]
        self.data_reply = reply
        return reply


class _SMTP(_Recording, smtplib.SMTP):
    pass


class _SMTPSSL(_Recording, smtplib.SMTP_SSL):
    pass


def tls_context(host: str, cafile: str | None = None) -> ssl.SSLContext:
    """Verified TLS for remote hosts; for a loopback host, encryption without checking the
    (usually self-signed) certificate."""
    context = ssl.create_default_context(cafile=cafile)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if is_loopback_host(host) and cafile is None:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def _where(account: MailAccount) -> str:
    return f"{account.host}:{account.port}"


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    return " ".join(value.split())


def _scrub(message: str, password: str | None) -> str:
    if password and len(password) >= 3:
        message = message.replace(password, "***")
    return message


def explain(exc: BaseException, account: MailAccount, stage: str,
            password: str | None = None, data_started: bool = False) -> MailError:
    """Turns what smtplib, ssl or socket raised into a MailError a person can act on."""
    where = _where(account)
    settings = Text("Check the server, port and security in Settings → Mail accounts")
    security_hint = Text(
        "Port 587 normally uses STARTTLS and port 465 uses SSL/TLS; this account uses "
        "{security} on port {port}.", security=account.security.upper(), port=account.port)
    error: MailError
    if isinstance(exc, socket.gaierror):
        error = MailConnectionError(
            "cannot find the mail server '{host}' (the name does not resolve). {settings}, and "
            "that this computer is online.",
            stage, host=account.host, settings=settings)
    elif isinstance(exc, ConnectionRefusedError):
        error = MailConnectionError(
            "the mail server {where} refused the connection. {settings}; {bridge}{security_hint}",
            stage, where=where, settings=settings, security_hint=security_hint,
            bridge=Text("if it is a local bridge (e.g. Proton Mail Bridge), start it first. ")
            if is_loopback_host(account.host) else "")
    elif isinstance(exc, TimeoutError) or (
            isinstance(exc, smtplib.SMTPServerDisconnected) and "timed out" in str(exc)):
        if data_started:
            error = MailError(
                "the mail server {where} stopped answering while receiving the letter, so it is "
                "not known whether it went out. Look in your mail's Sent folder before trying "
                "again.",
                stage, maybe_delivered=True, where=where)
        else:
            error = MailConnectionError(
                "no answer from the mail server {where} in time. Check your connection and the "
                "server, port and security in Settings → Mail accounts. {security_hint}",
                stage, where=where, security_hint=security_hint)
    elif isinstance(exc, ssl.SSLCertVerificationError):
        error = MailConnectionError(
            "the mail server {where} presented a certificate that could not be verified "
            "({verify_message}), so nothing was sent. Check the server name (it must match the "
            "provider's, e.g. smtp.gmail.com); if you are on a public or work network that "
            "intercepts connections, try another network.",
            stage, where=where, verify_message=exc.verify_message or Text('untrusted'))
    elif isinstance(exc, ssl.SSLError):
        error = MailConnectionError(
            "a secure connection to {where} could not be set up ({reason}). This usually means "
            "the security setting does not match the port. {security_hint}",
            stage, where=where, reason=exc.reason or Text('TLS error'), security_hint=security_hint)
    elif isinstance(exc, smtplib.SMTPAuthenticationError):
        error = MailLoginError(
            "the mail server {where} refused the login for '{username}' ({smtp_code} "
            "{smtp_error}). Check the user name and password; Gmail, iCloud, Yahoo and Fastmail "
            "need an app password, not your normal one (see the provider's help in Settings → "
            "Mail accounts).",
            stage, where=where, username=account.username, smtp_code=exc.smtp_code,
            smtp_error=_text(exc.smtp_error))
    elif isinstance(exc, smtplib.SMTPNotSupportedError):
        if stage == "tls":
            error = MailConnectionError(
                "the mail server {where} does not offer STARTTLS. {security_hint} Choose SSL/TLS "
                "if the port is 465.",
                stage, where=where, security_hint=security_hint)
        else:
            error = MailLoginError(
                "the mail server {where} does not offer a login (AUTH). Check that this is the "
                "provider's submission server and port (usually 587 or 465).",
                stage, where=where)
    elif isinstance(exc, smtplib.SMTPRecipientsRefused):
        refused = "; ".join(
            f"{addr}: {code} {_text(msg)}" for addr, (code, msg) in exc.recipients.items()
        )
        error = MailRejectedError(
            "the mail server refused the recipient ({refused}). Nothing was sent. Check the "
            "company's e-mail address in the directory (it may have changed), or use its web form "
            "or post instead.",
            stage, refused=refused)
    elif isinstance(exc, smtplib.SMTPSenderRefused):
        error = MailRejectedError(
            "the mail server refused the From address {sender} ({smtp_code} {smtp_error}). "
            "Nothing was sent. Use a From address that belongs to this account (Settings → Mail "
            "accounts).",
            stage, sender=exc.sender, smtp_code=exc.smtp_code, smtp_error=_text(exc.smtp_error))
    elif isinstance(exc, smtplib.SMTPDataError):
        error = MailRejectedError(
            "the mail server refused the letter ({smtp_code} {smtp_error}). Nothing was sent. "
            "{advice}",
            stage, smtp_code=exc.smtp_code, smtp_error=_text(exc.smtp_error),
            advice=Text("It may be a temporary limit: try again later.")
            if 400 <= exc.smtp_code < 500 else
            Text("Check the account's sending limits or send this letter another way."))
    elif isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionResetError | BrokenPipeError):
        if data_started:
            error = MailError(
                "the mail server {where} closed the connection while receiving the letter, so it "
                "is not known whether it went out. Look in your mail's Sent folder before trying "
                "again.",
                stage, maybe_delivered=True, where=where)
        else:
            error = MailConnectionError(
                "the mail server {where} closed the connection. {security_hint}",
                stage, where=where, security_hint=security_hint)
    elif isinstance(exc, smtplib.SMTPResponseException):
        error = MailConnectionError(
            "the mail server {where} answered {smtp_code} {smtp_error}. {advice}",
            stage, where=where, smtp_code=exc.smtp_code, smtp_error=_text(exc.smtp_error),
            advice=Text("It is busy or limiting you: try again later.")
            if 400 <= exc.smtp_code < 500 else
            Text("{settings}.", settings=settings))
    elif isinstance(exc, OSError):
        error = MailConnectionError(
            "cannot reach the mail server {where} ({error}). {settings}, and that this computer "
            "is online.",
            stage, where=where, error=exc.strerror or type(exc).__name__, settings=settings)
    else:
        error = MailError(
            "sending through {where} failed ({name}). {settings}.",
            stage, where=where, name=type(exc).__name__, settings=settings)
    scrubbed = _scrub(str(error), password)
    if scrubbed != str(error):
        error.text = Text(scrubbed)
        error.args = (error.text,)
    log.info("smtp failed at %s: %s", stage, type(exc).__name__)
    return error


class SmtpSession:
    """One logged-in connection. Use `open_session` to get one."""

    def __init__(self, smtp: _SMTP | _SMTPSSL, account: MailAccount, password: str | None):
        self.smtp = smtp
        self.account = account
        self._password = password

    def send(self, message: EmailMessage, recipients: Sequence[str]) -> Delivery:
        """Hands the message over; the envelope sender is the account's From address."""
        self.smtp.data_started = False
        self.smtp.data_reply = None
        try:
            refused = self.smtp.send_message(
                message, from_addr=self.account.from_addr, to_addrs=list(recipients)
            )
        except Exception as exc:
            raise explain(exc, self.account, "data" if self.smtp.data_started else "envelope",
                          self._password, self.smtp.data_started) from None
        if refused:
            # Some recipients went through; say which did not. (OffMap sends to one address.)
            listed = ", ".join(refused)
            raise MailRejectedError(
                "the server accepted the letter for some recipients but refused {listed}.",
                "envelope", maybe_delivered=True, listed=listed)
        code, text = self.smtp.data_reply or (250, b"")
        accepted = tuple(r for r in recipients if r not in refused)
        return Delivery(response=f"{code} {_text(text)}".strip(), recipients=accepted)


@contextlib.contextmanager
def open_session(account: MailAccount, password: str | None,
                 timeout: float = DEFAULT_TIMEOUT,
                 cafile: str | None = None) -> Iterator[SmtpSession]:
    """Connects and logs in (when the account has a user name), yielding a session; always
    closes the connection."""
    stage = "connect"
    smtp: _SMTP | _SMTPSSL | None = None
    try:
        context = tls_context(account.host, cafile)
        if account.security == "ssl":
            smtp = _SMTPSSL(account.host, account.port, timeout=timeout, context=context)
        else:
            smtp = _SMTP(account.host, account.port, timeout=timeout)
        smtp.ehlo()
        if account.security == "starttls":
            stage = "tls"
            smtp.starttls(context=context)
            smtp.ehlo()
        elif account.security == "none" and not is_loopback_host(account.host):
            raise MailConnectionError(
                "security 'none' is allowed only for a server on this computer, not {host}; "
                "choose STARTTLS or SSL/TLS.",
                stage, host=account.host)
        if account.username:
            stage = "login"
            if not password:
                raise MailLoginError(
                    "no password for '{username}' on {account}; enter it in Settings → Mail "
                    "accounts.",
                    stage, username=account.username, account=_where(account))
            from app.services.oauth import BearerToken, xoauth2

            if isinstance(password, BearerToken):   # OAuth: SASL XOAUTH2, not a password
                response = xoauth2(account.username, password)
                smtp.auth("XOAUTH2", lambda challenge=None: "" if challenge else response,
                          initial_response_ok=True)
            else:
                _one_mechanism(smtp)
                smtp.login(account.username, password)
    except MailError:
        _close(smtp)
        raise
    except Exception as exc:
        _close(smtp)
        raise explain(exc, account, stage, password) from None
    try:
        yield SmtpSession(smtp, account, password)
    finally:
        _close(smtp)


def _one_mechanism(smtp: smtplib.SMTP) -> None:
    """smtplib tries every AUTH mechanism in turn; a wrong password would then count as two or
    three failed logins (providers lock accounts after a few). Offer it only the best one."""
    offered = smtp.esmtp_features.get("auth", "").upper().split()
    for mechanism in ("CRAM-MD5", "PLAIN", "LOGIN"):  # smtplib's own order of preference
        if mechanism in offered:
            smtp.esmtp_features["auth"] = mechanism
            return


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except Exception:
        with contextlib.suppress(Exception):
            smtp.close()


def check_login(account: MailAccount, password: str | None,
                timeout: float = DEFAULT_TIMEOUT, cafile: str | None = None) -> str:
    """Connects and logs in without sending anything; returns a sentence for the user."""
    with open_session(account, password, timeout=timeout, cafile=cafile):
        pass
    how = {"starttls": "STARTTLS", "ssl": "SSL/TLS",
           "none": Text("no encryption (this computer)")}
    if account.username:
        return Text("Connected to {where} with {security} and logged in as {username}. Nothing "
                    "was sent.",
                    where=_where(account), security=how[account.security],
                    username=account.username)
    return Text("Connected to {where} with {security} and logged in. Nothing was sent.",
                where=_where(account), security=how[account.security])
