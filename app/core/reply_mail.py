"""Reading a received e-mail (RFC 5322) into what matching and classifying need: the thread
headers, sender, subject, the text (HTML turned into text, never rendered or fetched), the
attachments, the RFC 3834 auto-reply headers and, for an RFC 3464 delivery-status report, what
failed and the original message's Message-ID."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import getaddresses, parsedate_to_datetime
from typing import Any

from app.core.errors import ValidationError
from app.core.html_text import html_to_text

_MSGID = re.compile(r"<[^<>\s]+>")
_HEADER_LINE = re.compile(rb"^[!-9;-~]+:", re.MULTILINE)  # a header name and its colon
_AUTO_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress")


@dataclass(frozen=True)
class PartInfo:
    filename: str
    mime: str
    size: int
    inline_image: bool = False


@dataclass(frozen=True)
class DeliveryReport:
    """What an RFC 3464 report (or a bounce transcript) says about the failed delivery."""

    action: str            # failed | delayed | delivered | relayed | expanded | ''
    status: str            # e.g. 5.1.1
    recipient: str         # the address that failed
    diagnostic: str        # the server's words, e.g. "550 5.1.1 user unknown"
    original_message_id: str | None
    original_subject: str

    @property
    def permanent(self) -> bool:
        return self.action == "failed" or self.status.startswith("5")


@dataclass
class ReceivedMail:
    message_id: str | None
    in_reply_to: list[str]
    references: list[str]
    from_addr: str
    from_name: str
    to_addrs: list[str]
    subject: str
    date: str | None          # YYYY-MM-DD
    text: str
    html: str | None
    attachments: list[PartInfo] = field(default_factory=list)
    auto_headers: dict[str, str] = field(default_factory=dict)
    report: DeliveryReport | None = None
    text_was_plain: bool = True

    @property
    def sender_domain(self) -> str:
        return self.from_addr.rsplit("@", 1)[-1].lower() if "@" in self.from_addr else ""

    @property
    def thread_ids(self) -> list[str]:
        ids = [*self.in_reply_to, *reversed(self.references)]
        if self.report and self.report.original_message_id:
            ids.insert(0, self.report.original_message_id)
        return list(dict.fromkeys(ids))

    def summary(self) -> dict[str, Any]:
        return {
            "message_id": self.message_id, "from": self.from_addr, "from_name": self.from_name,
            "to": self.to_addrs, "subject": self.subject, "date": self.date,
            "attachments": [{"filename": a.filename, "mime": a.mime, "size": a.size}
                            for a in self.attachments if not a.inline_image],
            "html_only": bool(self.html) and not self.text_was_plain,
        }


def message_ids(value: str | None) -> list[str]:
    return [m.lower() for m in _MSGID.findall(value or "")]


def looks_like_mail(raw: bytes) -> bool:
    """True when the bytes start with RFC 5322 headers that a message needs."""
    head = raw[:65536].split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = {m.group(0)[:-1].lower() for m in _HEADER_LINE.finditer(head)}
    return bool(names & {b"from", b"subject", b"message-id", b"date"}) and \
        bool(names & {b"from", b"to", b"received", b"return-path"})


def parse_mail(raw: bytes, name: str = "") -> ReceivedMail:
    """Parses one message; raises ValidationError when the bytes are not an e-mail."""
    if not raw.strip() or not looks_like_mail(raw):
        raise ValidationError(
            "{name} is not an e-mail message (no From, To, Subject or Date header at the top); "
            "save the reply from your mail program as .eml, .msg or mbox and import that.",
            name=name or "the file")
    message = message_from_bytes(raw, policy=policy.default)
    text, html, plain = _body(message)
    from_name, from_addr = _first_address(message, "From")
    to_addrs = [addr.lower() for _n, addr in _addresses(message, ("To", "Cc", "Delivered-To"))
                if addr]
    mail = ReceivedMail(
        message_id=next(iter(message_ids(_header(message, "Message-ID"))), None),
        in_reply_to=message_ids(_header(message, "In-Reply-To")),
        references=message_ids(_header(message, "References")),
        from_addr=from_addr.lower(), from_name=from_name, to_addrs=to_addrs,
        subject=_header(message, "Subject"), date=_date(message),
        text=text, html=html, attachments=list(_attachments(message)),
        auto_headers=_auto_headers(message), report=_delivery_report(message),
    )
    mail.text_was_plain = plain
    return mail


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except (ValueError, IndexError, TypeError):  # a header the parser cannot make sense of
        value = message.get_all(name, [""])[0] if hasattr(message, "get_all") else ""
    return " ".join(str(value or "").split())


def _addresses(message: Message, names: tuple[str, ...]) -> list[tuple[str, str]]:
    values: list[str] = []
    for name in names:
        try:
            values.extend(str(v) for v in message.get_all(name, []))
        except (ValueError, IndexError, TypeError):
            continue
    return getaddresses(values)


def _first_address(message: Message, name: str) -> tuple[str, str]:
    found = [(n, a) for n, a in _addresses(message, (name,)) if "@" in a]
    return found[0] if found else ("", "")


def _date(message: Message) -> str | None:
    try:
        return parsedate_to_datetime(_header(message, "Date")).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _auto_headers(message: Message) -> dict[str, str]:
    found = {}
    for name in ("Auto-Submitted", "Precedence", *_AUTO_HEADERS):
        value = _header(message, name)
        if value:
            found[name.lower()] = value.lower()
    return found


def _decoded_text(part: Message) -> str:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
    except (LookupError, ValueError, AssertionError, KeyError):
        payload = part.get_payload(decode=True) or b""
        content = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
    if isinstance(content, bytes):
        content = content.decode("utf-8", "replace")
    return content if isinstance(content, str) else ""


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment" or \
        (bool(part.get_filename()) and part.get_content_maintype() != "text")


def _body(message: Message) -> tuple[str, str | None, bool]:
    """(text, html or None, whether the text came from a text/plain part)."""
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart() or _is_attachment(part):
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            plain.append(_decoded_text(part))
        elif kind == "text/html":
            html.append(_decoded_text(part))
    html_text = "\n".join(html) or None
    if plain:
        return "\n".join(plain).strip(), html_text, True
    return (html_to_text(html_text) if html_text else ""), html_text, False


def _attachments(message: Message) -> Iterator[PartInfo]:
    for part in message.walk():
        if part.is_multipart() or not _is_attachment(part):
            continue
        payload = part.get_payload(decode=True)
        size = len(payload) if isinstance(payload, bytes) else 0
        mime = part.get_content_type()
        inline_image = mime.startswith("image/") and part.get_content_disposition() == "inline"
        yield PartInfo(filename=part.get_filename() or "attachment", mime=mime, size=size,
                       inline_image=inline_image)


def _delivery_report(message: Message) -> DeliveryReport | None:
    if message.get_content_type() != "multipart/report":
        return None
    action = status = recipient = diagnostic = ""
    original_id: str | None = None
    original_subject = ""
    for part in message.walk():
        kind = part.get_content_type()
        if kind == "message/delivery-status":
            fields = _status_fields(part)
            action = fields.get("action", action)
            status = fields.get("status", status)
            recipient = fields.get("final-recipient", fields.get("original-recipient", recipient))
            recipient = recipient.split(";", 1)[-1].strip()
            diagnostic = fields.get("diagnostic-code", diagnostic).split(";", 1)[-1].strip()
        elif kind in ("message/rfc822", "text/rfc822-headers"):
            original = _original_headers(part)
            original_id = next(iter(message_ids(original.get("Message-ID"))), original_id)
            original_subject = " ".join(str(original.get("Subject") or "").split())
    return DeliveryReport(action=action.lower(), status=status, recipient=recipient.lower(),
                          diagnostic=diagnostic, original_message_id=original_id,
                          original_subject=original_subject)


def _status_fields(part: Message) -> dict[str, str]:
    """message/delivery-status is a list of header blocks; the email package gives them as
    sub-messages. Later blocks (per recipient) win over the first (per message)."""
    fields: dict[str, str] = {}
    payload = part.get_payload(decode=True)
    blocks = part.get_payload() if part.is_multipart() or isinstance(part.get_payload(), list) \
        else [message_from_bytes(payload if isinstance(payload, bytes) else b"",
                                 policy=policy.default)]
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, Message):
            continue
        for name, value in block.items():
            fields[name.lower()] = " ".join(str(value).split())
    return fields


def _original_headers(part: Message) -> Message:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0]
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(part.get_payload()).encode("utf-8", "replace")
    return message_from_bytes(payload, policy=policy.default)
