"""Sending a request's letter by e-mail from the user's own account.

The message is the same as the .eml export (services.letters.build_email: reference in the
subject, letter as text, PDF attached, a Message-ID). It goes out with smtplib; then
services.tracking.mark_sent records the `sent` event with the server's answer and the
Message-ID, which also sets the deadlines.

A retry never sends twice what already went: before the message is handed to the server a row
is written to the `outbox` table; it is marked delivered as soon as the server accepts the
message and removed once the `sent` event is recorded. A request with a `sent` event is never
sent again; a delivered outbox row only completes the bookkeeping; an interrupted one (the
connection died while the server was receiving the letter) blocks until the user says it did
not go (`resend_interrupted`)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import getaddresses, make_msgid
from typing import Any

from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import Event, MailAccount, Request
from app.core.text import Text
from app.services import accounts as account_service
from app.services import mail_transport, tracking
from app.services.mail_transport import MailConnectionError, MailError, MailLoginError
from app.services.sending_channels import (
    Channels,
    NoEmailChannelError,
    SuspectEmailError,
    UnverifiedContactError,
    channels_for,
)
from app.store import Store
from app.store import events as event_repo
from app.store import outbox as outbox_repo
from app.store import replies as reply_repo
from app.store import requests as request_repo

log = logging.getLogger("app.services.sending")


class AlreadySentError(OffMapError):
    """The request already has a `sent` event; nothing is sent again."""


class SendInterruptedError(OffMapError):
    """An earlier attempt may have delivered the letter; the user must check before a resend."""


@dataclass(frozen=True)
class SendResult:
    request_id: int
    reference: str
    to: tuple[str, ...]
    message_id: str
    smtp_response: str
    sent_on: str | None
    due_on: str | None
    extended_due_on: str | None
    status: str
    account_id: int | None
    recorded_only: bool = False  # True when an earlier attempt had delivered it already

    def to_json(self) -> dict[str, Any]:
        return {
            "request_id": self.request_id, "reference": self.reference, "to": list(self.to),
            "message_id": self.message_id, "smtp_response": self.smtp_response,
            "sent_on": self.sent_on, "due_on": self.due_on,
            "extended_due_on": self.extended_due_on, "status": self.status,
            "account_id": self.account_id, "recorded_only": self.recorded_only,
        }


def _sent_events(store: Store, request_id: int) -> list[Event]:
    return [e for e in event_repo.list_for_request(store.conn, request_id) if e.kind == "sent"]


def _check_not_sent(store: Store, request: Request) -> None:
    sent = _sent_events(store, saved_id(request))
    if sent:
        with store.transaction() as conn:  # a stale outbox row is settled by the event
            outbox_repo.release(conn, saved_id(request))
        first = sent[0]
        mid = first.data.get("message_id") or request.message_id
        extra = f" (Message-ID {mid})" if mid else ""
        raise AlreadySentError(
            "request {reference} was already sent on {on}{extra}; nothing was sent again. To "
            "write to the company again, draft a reminder (offmap followup ID --kind reminder).",
            reference=request.reference, on=first.on, extra=extra)
    if request.status == "closed":
        raise ValidationError(
            "request {reference} is closed; open a follow-up instead of sending it.",
            reference=request.reference)


def _recipients(message: EmailMessage) -> list[str]:
    pairs = getaddresses([*message.get_all("To", []), *message.get_all("Cc", [])])
    return [addr for _name, addr in pairs if addr]


def build_message(store: Store, request: Request, account: MailAccount) -> EmailMessage:
    from app.services.letter_case import load_case
    from app.services.letters import email_of

    message = email_of(store, load_case(store, request), from_addr=account.from_addr)
    if message.get("X-Unsent"):
        del message["X-Unsent"]
    if not message.get("Message-ID"):
        message["Message-ID"] = make_msgid(domain=account.from_addr.rsplit("@", 1)[-1])
    return message


def _record(store: Store, request: Request, entry: outbox_repo.OutboxEntry,
            account_id: int | None, host: str, today: date | None,
            recorded_only: bool) -> SendResult:
    """Writes the `sent` event (which sets the deadlines) and clears the outbox row."""
    day = today or date.today()
    recipients = tuple(a for a in entry.recipient.split(",") if a)
    data = {"smtp_response": entry.smtp_response or "", "message_id": entry.message_id,
            "to": list(recipients), "server": host, "account_id": account_id}
    try:
        updated = tracking.mark_sent(store, saved_id(request), on=day, via="email", data=data)
    except OffMapError as exc:
        raise OffMapError(
            "the letter {reference} went out (the server answered '{smtp_response}'), but "
            "recording it failed: {error} Run the send again: it will only record it, not send it "
            "twice.",
            reference=request.reference, smtp_response=entry.smtp_response,
            error=exc.text) from exc
    with store.transaction() as conn:
        outbox_repo.release(conn, saved_id(request))
    log.info("request %s sent by e-mail (recorded_only=%s)", saved_id(request), recorded_only)
    return SendResult(
        request_id=saved_id(request), reference=request.reference, to=recipients,
        message_id=entry.message_id, smtp_response=entry.smtp_response or "",
        sent_on=updated.sent_on, due_on=updated.due_on,
        extended_due_on=updated.extended_due_on, status=updated.status,
        account_id=account_id, recorded_only=recorded_only,
    )


def _pending_entry(store: Store, request: Request,
                   resend_interrupted: bool) -> outbox_repo.OutboxEntry | None:
    entry = outbox_repo.get(store.conn, saved_id(request))
    if entry is None or entry.delivered:
        return entry
    if resend_interrupted:
        with store.transaction() as conn:
            outbox_repo.release(conn, saved_id(request))
        return None
    raise SendInterruptedError(
        "an earlier attempt to send {reference} (started {started_at}, Message-ID {message_id}) "
        "was interrupted while the server was receiving it, so it may have gone out. Look in the "
        "Sent folder of your mail: if it is there, record it with 'offmap request mark-sent ID'; "
        "if it is not, send again with 'offmap send ID --resend-interrupted' (in the window: "
        "Send, then Send again).",
        reference=request.reference, started_at=entry.started_at, message_id=entry.message_id)


def send_request(store: Store, request_id: int | str, account_id: int | None = None,
                 password: str | None = None, *, today: date | None = None,
                 timeout: float = mail_transport.DEFAULT_TIMEOUT, cafile: str | None = None,
                 resend_interrupted: bool = False, allow_unverified: bool = False) -> SendResult:
    """E-mails the request's letter through the account (the default one when None) and
    records it as sent. An address not from a verified source goes out only with
    `allow_unverified` (the user confirmed it). Raises AlreadySentError, NoEmailChannelError,
    UnverifiedContactError,
    accounts.PasswordNeededError (ask the user, then call again with `password`),
    SendInterruptedError or a MailError; on any error nothing is marked sent."""
    from app.services.requests import get_request

    request = get_request(store, request_id)
    _check_not_sent(store, request)
    pending = _pending_entry(store, request, resend_interrupted)
    if pending is not None:  # delivered earlier, not recorded: record only, never resend
        return _record(store, request, pending, pending.account_id, "", today, True)
    channels = channels_for(store, request)
    if not channels.can_email:
        if channels.suspect_email:
            raise SuspectEmailError(channels, request.reference)
        raise NoEmailChannelError(channels, request.reference)
    if not channels.email_trusted and not allow_unverified:
        raise UnverifiedContactError(channels, request.reference)
    account = account_service.resolve_account(store, account_id)
    secret = account_service.password_for(store, account, password)
    message = build_message(store, request, account)
    recipients = _recipients(message)
    if recipients and channels.email and \
            channels.email.lower() not in {r.lower() for r in recipients}:
        # The letter's address is suspect (it bounced): the next healthy address gets it.
        message.replace_header("To", channels.email)
        recipients = [channels.email]
    if not recipients:
        raise NoEmailChannelError(channels, request.reference)
    message_id = str(message["Message-ID"])

    with store.transaction() as conn:  # claim: a concurrent send of the same request stops here
        if any(e.kind == "sent" for e in event_repo.list_for_request(conn, saved_id(request))) or \
                outbox_repo.get(conn, saved_id(request)) is not None:
            raise AlreadySentError(
                "request {reference} is being sent or was just sent elsewhere; nothing was sent "
                "again. Refresh and check its status.",
                reference=request.reference)
        outbox_repo.claim(conn, saved_id(request), message_id, account.id, ",".join(recipients))
        reply_repo.record_message_id(conn, saved_id(request), message_id, "sent")
    try:
        with mail_transport.open_session(account, secret, timeout=timeout,
                                         cafile=cafile) as session:
            delivery = session.send(message, recipients)
    except MailError as exc:
        if not exc.maybe_delivered:
            with store.transaction() as conn:
                outbox_repo.release(conn, saved_id(request))
        _mark_refused_recipients(store, request, exc)
        raise
    # Any other interruption (e.g. Ctrl+C) leaves the row: the user checks before a resend.
    with store.transaction() as conn:
        outbox_repo.mark_delivered(conn, saved_id(request), delivery.response)
        entry = outbox_repo.get(conn, saved_id(request))
    assert entry is not None
    return _record(store, request, entry, account.id, account.host, today, False)


def refused_permanently(exc: BaseException) -> list[tuple[str, int, str]]:
    """The recipients an SMTP server refused with a permanent (5xx) answer, as (address, code,
    answer). mail_transport raises its own error `from None`; the server's refusal is still
    its __context__."""
    import smtplib

    cause = exc.__context__
    if not isinstance(cause, smtplib.SMTPRecipientsRefused):
        return []
    out = []
    for address, (code, answer) in cause.recipients.items():
        if 500 <= int(code) < 600:
            text = answer.decode("utf-8", "replace") if isinstance(answer, bytes) else str(answer)
            out.append((str(address), int(code), text))
    return out


def _mark_refused_recipients(store: Store, request: Request, exc: MailError) -> None:
    """A 5xx refusal of the company's address marks that address suspect for the company."""
    from app.services import channel_health

    for address, code, answer in refused_permanently(exc):
        channel_health.mark_suspect(
            store, channel_health.health_key(request), "email", address,
            Text("the mail server refused it: {code} {answer}", code=code,
                 answer=" ".join(answer.split())[:200]))


@dataclass(frozen=True)
class BatchItem:
    request_id: int
    reference: str
    outcome: str  # sent | recorded | skipped | web-form-or-post | unverified | missing-id |
    #                failed | not-attempted
    message: str
    result: SendResult | None = None

    @property
    def ok(self) -> bool:
        return self.outcome in ("sent", "recorded")


def send_batch(store: Store, request_ids: Iterable[int], account_id: int | None = None,
               password: str | None = None, *,
               progress: Callable[[int, int, str], None] | None = None,
               should_stop: Callable[[], bool] | None = None,
               on_item: Callable[[BatchItem], None] | None = None,
               timeout: float = mail_transport.DEFAULT_TIMEOUT,
               cafile: str | None = None, allow_unverified: bool = False,
               allow_missing_id: bool = False) -> list[BatchItem]:
    """Sends several requests one after another and reports each. A letter that cannot go
    (already sent, web form only, refused recipient, or lacking identification its company
    needs, unless `allow_missing_id`) does not stop the others; a login or
    connection failure does (the rest would fail the same way). `should_stop` is checked
    between letters: a letter being sent is never cut off half-way. `on_item` gets each
    letter's result as soon as it is known."""
    ids = list(request_ids)
    items: list[BatchItem] = []
    stop_reason: str = ""
    for position, request_id in enumerate(ids):
        request = request_repo.get(store.conn, request_id)
        if stop_reason or (should_stop and should_stop()):
            stop_reason = stop_reason or Text("Cancelled before sending; not marked sent.")
            item = BatchItem(request_id, request.reference, "not-attempted", stop_reason)
        else:
            if progress:
                progress(position, len(ids), request.reference)
            item, server_unusable = _send_one_of_batch(
                store, request, account_id, password, timeout, cafile, allow_unverified,
                allow_missing_id)
            if server_unusable:
                stop_reason = Text("Not attempted: the mail server could not be used (see "
                                   "above).")
        items.append(item)
        if on_item:
            on_item(item)
    if progress:
        progress(len(ids), len(ids), "")
    return items


def _send_one_of_batch(store: Store, request: Request, account_id: int | None,
                       password: str | None, timeout: float, cafile: str | None,
                       allow_unverified: bool = False,
                       allow_missing_id: bool = False) -> tuple[BatchItem, bool]:
    """One letter of a batch: its result, and whether the server itself is unusable."""
    def item(outcome: str, message: str, result: SendResult | None = None) -> BatchItem:
        return BatchItem(saved_id(request), request.reference, outcome, message, result)

    if not allow_missing_id and request.status == "draft":
        from app.services.identification import missing_identification

        missing = missing_identification(store, saved_id(request))
        if missing:
            return item("missing-id", Text(
                "{company} needs identifiers this letter does not carry yet: {missing}; it "
                "stays a draft. {how} To send it as it is, add --allow-missing-id.",
                company=request.company, missing=", ".join(str(m.label) for m in missing),
                how=" ".join(str(m.how) for m in missing))), False

    try:
        result = send_request(store, saved_id(request), account_id, password, timeout=timeout,
                              cafile=cafile, allow_unverified=allow_unverified)
    except AlreadySentError as exc:
        return item("skipped", exc.text), False
    except NoEmailChannelError as exc:
        return item("web-form-or-post", exc.text), False
    except UnverifiedContactError as exc:
        return item("unverified", exc.text), False
    except (MailLoginError, MailConnectionError, account_service.PasswordNeededError) as exc:
        return item("failed", exc.text), True
    except OffMapError as exc:
        return item("failed", exc.text), False
    outcome = "recorded" if result.recorded_only else "sent"
    to = ", ".join(result.to)
    if result.due_on:
        message = Text("Sent to {to}; answer due {due_on}.", to=to, due_on=result.due_on)
    else:
        message = Text("Sent to {to}.", to=to)
    return item(outcome, message, result), False


# Where a letter goes lives in sending_channels; these names stay importable from here.
__all__ = [
    "AlreadySentError", "BatchItem", "Channels", "NoEmailChannelError", "SendInterruptedError",
    "SendResult", "SuspectEmailError", "UnverifiedContactError", "build_message",
    "channels_for", "refused_permanently", "send_batch", "send_request",
]
