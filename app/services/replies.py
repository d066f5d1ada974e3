"""Replies use cases: import received messages (each stored once, its raw copy kept inside the
store's `blobs` table, content-addressed and encrypted with the store, written in the same
transaction as the reply), match them to requests, suggest what they mean, list them, and accept
a suggestion (the event logged with the message and its attachments)."""

from __future__ import annotations

import hashlib
import logging
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import Event, Request
from app.core.reply_mail import ReceivedMail, parse_mail
from app.core.reply_rules import Suggestion, classify
from app.core.text import Text
from app.services.reply_files import RawMessage, read_reply_file
from app.services.reply_matching import Match, match_mail
from app.store import Store
from app.store import blobs as blob_repo
from app.store import replies as reply_repo
from app.store import requests as request_repo
from app.store.connection import Error as StoreDatabaseError
from app.store.replies import StoredReply

log = logging.getLogger("app.services.replies")

# What accepting each suggestion logs (automatic and unrelated replies are not events of their
# own: they are kept as a note).
EVENT_FOR_SUGGESTION = {"auto-reply": "note", "unrelated": "note"}


@dataclass
class ImportResult:
    file: str
    message_id: str | None
    reply_id: int
    request_id: int | None
    match: str | None
    suggested_event: str
    reason: str
    reference: str | None = None
    duplicate: bool = False
    notes: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"file": self.file, "message_id": self.message_id, "reply_id": self.reply_id,
                "request_id": self.request_id, "match": self.match,
                "suggested_event": self.suggested_event, "reason": self.reason,
                "reference": self.reference, "duplicate": self.duplicate,
                "notes": list(self.notes)}


def replies_dir(home: Path) -> Path:
    """Where homes made before messages moved into the store kept them (see blob_import)."""
    return home / "replies"


def blob_path(home: Path, sha256: str) -> Path:
    """An old home's plain copy of a message (moved into the store when found)."""
    return replies_dir(home) / sha256[:2] / sha256


def _check_size(raw: bytes, source: str) -> None:
    if len(raw) > blob_repo.MAX_BLOB_BYTES:
        from app.services.attachments import human_size

        raise ValidationError(
            "the message {source} is {size}, over the {max_bytes} OffMap can keep for one "
            "message; nothing was imported.",
            source=source, size=human_size(len(raw)),
            max_bytes=human_size(blob_repo.MAX_BLOB_BYTES))


def _storage_error(exc: BaseException, store: Store) -> OffMapError:
    from app.services.attachments import is_disk_full

    if is_disk_full(exc):
        return OffMapError(
            "the disk holding {home} is full, so the message was not imported and nothing was "
            "changed. Free some space and try again.", home=store.home)
    return OffMapError("could not store the message: {error}; nothing was imported.",
                       error=exc)


def message_key(mail: ReceivedMail, raw: bytes) -> str:
    return mail.message_id or "sha256:" + hashlib.sha256(raw).hexdigest()


def _reference(store: Store, request_id: int | None) -> str | None:
    return request_repo.get(store.conn, request_id).reference if request_id else None


def _result(store: Store, reply: StoredReply, source: str, duplicate: bool,
            notes: list[str]) -> ImportResult:
    return ImportResult(
        file=source, message_id=reply.message_id, reply_id=int(reply.id or 0),
        request_id=reply.request_id, match=reply.match, suggested_event=reply.suggested_event,
        reason=reply.reason, reference=_reference(store, reply.request_id),
        duplicate=duplicate, notes=notes)


def _details(mail: ReceivedMail, match: Match, suggestion: Suggestion,
             notes: list[str]) -> dict[str, Any]:
    reasons = [match.reason, suggestion.reason]
    return {
        **mail.summary(), "suggestion": dict(suggestion.details),
        "suggested_request_id": match.suggested_request_id, "notes": list(notes),
        "reason_parts": [{"template": getattr(r, "template", str(r)),
                          "values": {k: str(v) for k, v in getattr(r, "values", {}).items()}}
                         for r in reasons],
    }


def import_message(store: Store, item: RawMessage, today: date | None = None,
                   keep_unlinked: bool = True) -> ImportResult | None:
    """Stores, matches and classifies one message (once: a second import finds the first).
    With keep_unlinked=False (fetching a mailbox) a message that neither matches nor names a
    request is not stored, and None is returned."""
    mail = parse_mail(item.raw, item.source)
    key = message_key(mail, item.raw)
    existing = reply_repo.find_by_key(store.conn, key)
    if existing is not None:
        return _result(store, existing, item.source, True, item.notes)
    suggestion = classify(mail, today or date.today())
    match = match_mail(store, mail, bounce=suggestion.event == "bounced")
    if not keep_unlinked and match.request_id is None and match.suggested_request_id is None:
        return None
    _check_size(item.raw, item.source)
    sha256 = hashlib.sha256(item.raw).hexdigest()
    reply = StoredReply(
        message_key=key, message_id=mail.message_id, sha256=sha256, size=len(item.raw),
        source=item.source, from_addr=mail.from_addr, subject=mail.subject[:500],
        sent_date=mail.date, request_id=match.request_id, match=match.how,
        suggested_event=suggestion.event, reason=f"{match.reason}; {suggestion.reason}",
        details=_details(mail, match, suggestion, item.notes))
    try:
        with store.transaction() as conn:
            found = reply_repo.find_by_key(conn, key)   # imported meanwhile elsewhere
            if found is not None:
                return _result(store, found, item.source, True, item.notes)
            blob_repo.put(conn, sha256, item.raw)
            reply.id = reply_repo.insert(conn, reply)
    except (StoreDatabaseError, OffMapError) as exc:
        if isinstance(exc, ValidationError):
            raise
        raise _storage_error(exc, store) from exc
    if match.request_id is not None and suggestion.event == "bounced":
        _mark_bounce(store, reply)
    log.info("reply %s imported (match=%s, suggested=%s)", reply.id, match.how,
             suggestion.event)
    return _result(store, reply, item.source, False, item.notes)


def read_files(paths: Iterable[Path | str]) -> list[RawMessage]:
    """Every message of every file, read before anything is stored, so a bad file stops the
    import with nothing half-done."""
    items: list[RawMessage] = []
    for path in paths:
        for item in read_reply_file(path):
            parse_mail(item.raw, item.source)   # refuse a malformed message up front
            items.append(item)
    return items


def import_files(store: Store, paths: Iterable[Path | str], today: date | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> list[ImportResult]:
    items = read_files(paths)
    results = []
    for position, item in enumerate(items):
        if progress:
            progress(position, len(items), item.source)
        result = import_message(store, item, today)
        assert result is not None
        results.append(result)
    if progress:
        progress(len(items), len(items), "")
    return results


def get_reply(store: Store, reply_id: int | str) -> StoredReply:
    try:
        number = int(reply_id)
    except (TypeError, ValueError):
        raise ValidationError("'{reply_id}' is not a reply id; 'offmap reply list' shows them.",
                              reply_id=reply_id) from None
    return reply_repo.get(store.conn, number)


def list_replies(store: Store, unmatched: bool = False,
                 request_id: int | None = None) -> list[StoredReply]:
    return reply_repo.list_replies(store.conn, unmatched=unmatched, request_id=request_id)


def reply_json(store: Store, reply: StoredReply) -> dict[str, Any]:
    return {
        "id": reply.id, "reply_id": reply.id, "message_id": reply.message_id,
        "request_id": reply.request_id, "reference": _reference(store, reply.request_id),
        "match": reply.match, "suggested_event": reply.suggested_event, "reason": reply.reason,
        "from": reply.from_addr, "subject": reply.subject, "date": reply.sent_date,
        "accepted": reply.event_id is not None, "event_id": reply.event_id,
        "source": reply.source, "attachments": reply.details.get("attachments", []),
        "notes": reply.details.get("notes", []),
        "suggested_request_id": reply.details.get("suggested_request_id"),
        "suggestion": reply.details.get("suggestion", {}),
    }


def raw_message(store: Store, reply: StoredReply) -> bytes:
    from app.services import blob_import

    blob_import.import_if_needed(store)
    raw = blob_repo.get(store.conn, reply.sha256)
    left = blob_import.left_behind(store, reply.sha256) if raw is None else None
    if left:
        raise OffMapError(
            "the copy of reply {reply_id} is still a plain file in the data folder, not in the "
            "encrypted store: {reason}.", reply_id=reply.id, reason=left)
    if raw is None or hashlib.sha256(raw).hexdigest() != reply.sha256:
        raise OffMapError(
            "the stored copy of reply {reply_id} is missing from the store; restore a backup or "
            "import the message again.",
            reply_id=reply.id)
    return raw


def read_reply(store: Store, reply: StoredReply) -> ReceivedMail:
    return parse_mail(raw_message(store, reply), f"reply {reply.id}")


def _mark_bounce(store: Store, reply: StoredReply) -> None:
    """A bounce on a request marks the channel the letter went through as suspect."""
    from app.services import channel_health
    from app.store import events as event_repo

    request = request_repo.get(store.conn, int(reply.request_id or 0))
    day = date.fromisoformat(reply.sent_date) if reply.sent_date else date.today()
    day = min(day, date.today())
    recipient = str(reply.details.get("suggestion", {}).get("recipient") or "")
    sent = [e for e in event_repo.list_for_request(store.conn, saved_id(request))
            if e.kind == "sent"]
    reason = Text("bounced on {day}: {reason}", day=day.isoformat(), reason=reply.reason[:200])
    if recipient:
        channel_health.mark_suspect(store, channel_health.health_key(request), "email",
                                    recipient, reason, on=day)
    else:
        channel_health.mark_from_bounce(store, request, sent[-1] if sent else None, day,
                                        reply.reason)
    with store.transaction() as conn:
        details = {**reply.details, "marked_suspect": True}
        reply_repo.set_details(conn, int(reply.id or 0), details)
    reply.details = details


@dataclass(frozen=True)
class Accepted:
    reply_id: int
    request: Request
    event: Event
    note: str = ""


def _event_day(reply: StoredReply, request: Request) -> date:
    day = date.fromisoformat(reply.sent_date) if reply.sent_date else date.today()
    day = min(day, date.today())
    if request.sent_on and day < date.fromisoformat(request.sent_on):
        day = date.fromisoformat(request.sent_on)   # a clock or time-zone difference
    return day


def _event_text(reply: StoredReply, suggested: str, kind: str) -> str:
    suggestion = reply.details.get("suggestion", {})
    lines: list[str] = [Text("Reply from {sender}: {subject}", sender=reply.from_addr or "?",
                             subject=reply.subject or "—")]
    if suggested == "needs-verification":
        asks = ", ".join(suggestion.get("asks_for") or []) or Text("proof of identity")
        lines.append(Text("They ask for verification: {asks}.", asks=asks))
    if kind == reply.suggested_event or suggested == reply.suggested_event:
        lines.append(reply.reason.split("; ", 1)[-1])
    return "\n".join(lines)


def accept(store: Store, reply_id: int | str, request_id: int | str | None = None,
           event: str | None = None) -> Accepted:
    """Files the reply on its (or the given) request and logs the suggested (or given) event
    with the message and its attachments; status and deadlines follow from the event."""
    from app.services import tracking
    from app.services.requests import get_request

    reply = get_reply(store, reply_id)
    if reply.event_id is not None:
        raise ValidationError(
            "reply {reply_id} was already accepted (event {event_id}); edit that event on the "
            "request's timeline instead.",
            reply_id=reply.id, event_id=reply.event_id)
    target = request_id if request_id not in (None, "") else reply.request_id
    if target is None:
        raise ValidationError(
            "reply {reply_id} is not filed on a request yet; say which one (offmap reply accept "
            "{reply_id} --request ID, or choose it in the Replies inbox).",
            reply_id=reply.id)
    request = get_request(store, target)
    suggested = event or reply.suggested_event
    kind = EVENT_FOR_SUGGESTION.get(suggested, suggested)
    data = {"reply_id": reply.id, "message_id": reply.message_id, "suggested": suggested,
            **{k: v for k, v in reply.details.get("suggestion", {}).items() if v}}
    with tempfile.TemporaryDirectory(prefix="offmap-reply-") as folder:
        files: list[Path | str] = list(_write_files(store, reply, request, Path(folder)))
        logged = tracking.log_event(store, saved_id(request), kind, on=_event_day(reply, request),
                                    text=_event_text(reply, suggested, kind), attachments=files,
                                    data=data)
    manual = request.id != reply.request_id
    try:
        with store.transaction() as conn:
            reply_repo.file_on(conn, int(reply.id or 0), request.id, logged.id,
                               None if manual else reply.match)
    except BaseException:
        tracking.delete_event(store, int(logged.id or 0))
        raise
    reply.request_id = request.id
    if kind == "bounced" and not reply.details.get("marked_suspect"):
        _mark_bounce(store, reply)
    updated = request_repo.get(store.conn, saved_id(request))
    log.info("reply %s accepted as %s on request %s", reply.id, kind, request.id)
    return Accepted(int(reply.id or 0), updated, logged, _extension_note(reply, kind, updated))


def _extension_note(reply: StoredReply, kind: str, request: Request) -> str:
    stated = reply.details.get("suggestion", {}).get("extended_until")
    if kind != "extended" or not stated:
        return ""
    if request.extended_due_on is None:
        return Text("They state a new date of {stated}, but the law gives no extension here, so "
                    "the deadline stays {due_on}.", stated=stated, due_on=request.due_on or "—")
    if stated > request.extended_due_on:
        return Text("They state {stated}, later than the law allows: the extended deadline is "
                    "{extended}.", stated=stated, extended=request.extended_due_on)
    return Text("Extended deadline: {extended} (they state {stated}).",
                extended=request.extended_due_on, stated=stated)


def _safe_name(name: str, fallback: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_. " else "_" for c in name).strip(" .")
    return cleaned[:120] or fallback


def _write_files(store: Store, reply: StoredReply, request: Request, folder: Path) -> list[Path]:
    """The message as .eml and each of its attachments, as files to attach to the event."""
    raw = raw_message(store, reply)
    message_file = folder / f"{request.reference}-reply-{reply.id}.eml"
    message_file.write_bytes(raw)
    files = [message_file]
    from email import message_from_bytes, policy

    parsed = message_from_bytes(raw, policy=policy.default)
    for number, part in enumerate(parsed.walk()):
        if part.is_multipart() or not (part.get_content_disposition() == "attachment" or
                                       part.get_filename()):
            continue
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload:
            continue
        sub = folder / f"part-{number}"
        sub.mkdir()
        path = sub / _safe_name(part.get_filename() or "", f"attachment-{number}")
        path.write_bytes(payload)
        files.append(path)
    return files

