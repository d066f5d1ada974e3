"""Reading reply files the user gives (RFC 5322 .eml, Outlook .msg, mbox) into raw RFC 5322
messages, and keeping each message's size reasonable: an attachment over ATTACHMENT_LIMIT is
left out of the stored copy with a note that says so."""

from __future__ import annotations

import contextlib
import mailbox
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from app.core.errors import ValidationError
from app.core.reply_mail import looks_like_mail
from app.core.text import Text
from app.services.attachments import human_size

FILE_LIMIT = 200 * 1024 * 1024        # a file bigger than this is not read at all
ATTACHMENT_LIMIT = 25 * 1024 * 1024   # one attachment bigger than this is not kept


@dataclass
class RawMessage:
    raw: bytes
    source: str                       # the file name (and position in an mbox)
    notes: list[str] = field(default_factory=list)


def read_reply_file(path: Path | str) -> list[RawMessage]:
    """The messages in one file. Raises ValidationError with what to do when the file cannot
    be read as mail."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("there is no file at {path}; check the path.", path=path)
    size = path.stat().st_size
    if size > FILE_LIMIT:
        raise ValidationError(
            "{name} is {size}, over the {limit} OffMap reads as a reply; save the message "
            "without its largest attachments and import that.",
            name=path.name, size=human_size(size), limit=human_size(FILE_LIMIT))
    head = path.open("rb").read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):   # OLE compound file: Outlook .msg
        return [cap_attachments(RawMessage(_msg_to_rfc822(path), path.name))]
    if head.startswith(b"From "):
        return [cap_attachments(m) for m in _mbox_messages(path)]
    raw = path.read_bytes()
    if not looks_like_mail(raw):
        raise ValidationError(
            "{name} is not an e-mail message (no From, To, Subject or Date header at the top); "
            "save the reply from your mail program as .eml, .msg or mbox and import that.",
            name=path.name)
    return [cap_attachments(RawMessage(raw, path.name))]


def _mbox_messages(path: Path) -> list[RawMessage]:
    box = mailbox.mbox(path, create=False)
    try:
        keys = list(box.keys())
        messages = [RawMessage(box.get_bytes(key), f"{path.name} #{number}")
                    for number, key in enumerate(keys, start=1)]
    finally:
        with contextlib.suppress(OSError):
            box.close()
    if not messages:
        raise ValidationError("{name} holds no messages.", name=path.name)
    return messages


def _msg_to_rfc822(path: Path) -> bytes:
    """An Outlook .msg as RFC 5322: its transport headers when it kept them (so In-Reply-To and
    References still match), else headers rebuilt from its properties."""
    import extract_msg
    from extract_msg.msg_classes import MessageBase

    try:
        with extract_msg.openMsg(str(path)) as msg:
            if not isinstance(msg, MessageBase):
                raise ValueError("not an e-mail message")
            message = msg.asEmailMessage()
            if not message.get("Message-ID") and msg.messageId:
                message["Message-ID"] = msg.messageId
            if not message.get("In-Reply-To") and msg.inReplyTo:
                message["In-Reply-To"] = msg.inReplyTo
            return message.as_bytes(policy=policy.SMTP)
    except Exception as exc:  # extract_msg raises many kinds for damaged files
        raise ValidationError(
            "{name} could not be read as an Outlook message ({error}); save the reply again "
            "from Outlook, or as .eml.",
            name=path.name, error=type(exc).__name__) from exc


def cap_attachments(item: RawMessage) -> RawMessage:
    """Leaves out attachments over ATTACHMENT_LIMIT (replaced by a short text part that names
    them), so one huge file does not fill the home; the note tells the user."""
    if len(item.raw) <= ATTACHMENT_LIMIT:
        return item
    message = message_from_bytes(item.raw, policy=policy.default)
    changed = False
    for part in message.walk():
        if part.is_multipart() or (part.get_content_disposition() != "attachment" and
                                   not part.get_filename()):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or len(payload) <= ATTACHMENT_LIMIT:
            continue
        name = part.get_filename() or "attachment"
        note = Text("the attachment '{name}' ({size}) is over the {limit} limit for replies and "
                    "was not kept; save it from your mail program and add it to the event "
                    "(offmap request log ID --event E --attach FILE).",
                    name=name, size=human_size(len(payload)), limit=human_size(ATTACHMENT_LIMIT))
        _replace_with_note(part, note)
        item.notes.append(note)
        changed = True
    if changed:
        item.raw = message.as_bytes()
    return item


def _replace_with_note(part: EmailMessage, note: str) -> None:
    for header in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition"):
        del part[header]
    part.set_content(f"[OffMap: {note}]\n", subtype="plain", charset="utf-8")
