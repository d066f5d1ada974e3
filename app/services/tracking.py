"""Tracking use cases: mark a request sent, log what the company did, edit or delete an event
(with undo), and keep the requests row's cached status and dates in step with the events.
Every action is one transaction; attachment files are read before it and saved inside it, so
an event and its files are saved together or not at all."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from app.core.deadlines import CHANNELS
from app.core.errors import OffMapError, ValidationError
from app.core.ids import saved_id
from app.core.model import EVENT_KINDS, Attachment, Event, Request
from app.core.tracking import Derived, derive
from app.services import attachments as attachment_service
from app.services import audit
from app.store import Store
from app.store import events as event_repo
from app.store import outbox as outbox_repo
from app.store import requests as request_repo

LOGGABLE_KINDS = tuple(k for k in EVENT_KINDS if k != "sent")
ANSWER_KINDS = ("acknowledged", "extended", "fulfilled", "partial", "denied", "bounced")


def law_record(law_id: str) -> dict[str, Any] | None:
    """The law's record, or None when this OffMap does not know it (derive flags that)."""
    from app.core.laws import get_law

    try:
        return get_law(law_id)
    except OffMapError:
        return None


def parse_day(value: str | date | None, what: str = "date") -> date:
    if value is None:
        return date.today()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError(
            "'{value}' is not a {what}; write it as YYYY-MM-DD, e.g. 2026-03-15.",
            value=value, what=what) from None


def _not_future(day: date, what: str) -> None:
    if day > date.today():
        raise ValidationError(
            "the {what} {day} is in the future; log things once they have happened.",
            what=what, day=day.isoformat())


def derive_request(conn: sqlite3.Connection, request: Request,
                   today: date | None = None) -> Derived:
    events = event_repo.list_for_request(conn, saved_id(request))
    return derive(request, events, law_record(request.law), today or date.today())


def refresh(conn: sqlite3.Connection, request_id: int, today: date | None = None) -> Request:
    """Rewrites the request's cached status/sent_on/via/due_on/extended_due_on/late_after from
    its events.
    Call it inside the transaction that changed the events."""
    request = request_repo.get(conn, request_id)
    derived = derive_request(conn, request, today)
    fields: dict[str, Any] = {
        "status": derived.status,
        "sent_on": _iso(derived.sent_on),
        "via": derived.via,
        "due_on": _iso(derived.due_on),
        "extended_due_on": _iso(derived.extended_due_on),
        "late_after": _iso(derived.late_after),
    }
    if any(getattr(request, name) != value for name, value in fields.items()):
        # Only a real change raises the row's version (a colleague's copy stays current).
        fields["version"] = request_repo.update_fields(conn, request_id, **fields)
    return replace(request, **fields)


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def mark_sent(store: Store, request_id: int, on: date | str | None = None, via: str = "email",
              data: dict[str, Any] | None = None, text: str = "",
              attachments: list[Path | str] | None = None,
              confirm_large: bool = False) -> Request:
    """Records that the request was sent on `on` through `via` (e-mail, post, web form, phone).
    `data` may carry smtp_response, message_id, delivered_on and tracking_number (post),
    confirmation (web form, phone); `attachments` (a screenshot or saved page of a submitted
    form, a mailing receipt) are copied into the home and kept with the `sent` event."""
    day = parse_day(on, "sending date")
    _not_future(day, "sending date")
    if via not in CHANNELS:
        raise ValidationError(
            "'{via}' is not a way of sending; use one of: {channels}.",
            via=via, channels=', '.join(CHANNELS))
    payload = {**(data or {}), "via": via}
    if payload.get("delivered_on"):
        delivered = parse_day(payload["delivered_on"], "delivery date")
        if delivered < day:
            raise ValidationError(
                "the delivery date {delivered} is before the sending date {day}; check both dates.",
                delivered=delivered.isoformat(), day=day.isoformat())
        _not_future(delivered, "delivery date")
        payload["delivered_on"] = delivered.isoformat()
    staged = attachment_service.stage_files(store, attachments, confirm_large)
    with attachment_service.disk_full_explained(store), store.transaction() as conn:
        attachment_service.save_staged(conn, staged)
        return _insert_sent(conn, request_id, day, payload, text,
                            [s.attachment for s in staged])


def _insert_sent(conn: sqlite3.Connection, request_id: int, day: date, payload: dict[str, Any],
                 text: str = "", attachments: list[Attachment] | None = None) -> Request:
    """The `sent` event and the request's new state, inside the caller's transaction."""
    request = request_repo.get(conn, request_id)
    if request.status == "closed":
        raise ValidationError(
            "request {reference} is closed; open a follow-up instead of sending it.",
            reference=request.reference)
    event_repo.insert(conn, Event(request_id=request_id, kind="sent", on=day.isoformat(),
                                  text=text.strip(), data=payload, attachments=attachments or []))
    audit.record(conn, "request.sent", client_id=request.client_id, request_id=request_id,
                 what=str(payload.get("via") or "email"))
    if payload.get("message_id"):
        request_repo.update_fields(conn, request_id, message_id=str(payload["message_id"]))
    return refresh(conn, request_id)


def record_interrupted_send(store: Store, request_id: int, on: date | str | None = None) -> Request:
    """An interrupted e-mail the user found in their Sent folder: records it sent by e-mail on
    `on` (today by default) and clears its outbox row, in one transaction, so a failure leaves
    both as they were (never a sent request still blocked, nor a cleared row with no record)."""
    day = parse_day(on, "sending date")
    _not_future(day, "sending date")
    with store.transaction() as conn:
        request = _insert_sent(conn, request_id, day, {"via": "email"})
        outbox_repo.release(conn, request_id)
    return request


def record_delivery(store: Store, request_id: int, on: date | str) -> Request:
    """Records the day a letter sent by post was delivered (from the certified-mail tracking):
    the deadline is then counted from that day instead of the sending date + 5 days."""
    delivered = parse_day(on, "delivery date")
    _not_future(delivered, "delivery date")
    with store.transaction() as conn:
        request = request_repo.get(conn, request_id)
        sends = [e for e in event_repo.list_for_request(conn, request_id) if e.kind == "sent"]
        if not sends:
            raise ValidationError(
                "request {reference} has not been sent yet; record the posting first (offmap "
                "request mark-sent ID --via post).",
                reference=request.reference)
        sent = min(sends, key=lambda e: (e.on, e.id or 0))
        if sent.data.get("via") != "post":
            raise ValidationError(
                "request {reference} was sent by {via}, not by post; a delivery date is only "
                "recorded for letters sent by post.",
                reference=request.reference, via=sent.data.get("via") or "email")
        if delivered < date.fromisoformat(sent.on):
            raise ValidationError(
                "the delivery date {delivered} is before the sending date {day}; check both dates.",
                delivered=delivered.isoformat(), day=sent.on)
        event_repo.update(conn, replace(sent, data={**sent.data,
                                                    "delivered_on": delivered.isoformat()}))
        audit.record(conn, "request.delivered", client_id=request.client_id,
                     request_id=request_id)
        return refresh(conn, request_id)


def _check_event(conn: sqlite3.Connection, request: Request, kind: str, day: date,
                 text: str) -> None:
    if kind == "sent":
        raise ValidationError(
            "use 'offmap request mark-sent' (or Mark sent in the window) to record sending."
        )
    if kind not in EVENT_KINDS:
        raise ValidationError(
            "'{kind}' is not an event; use one of: {loggable_kinds}.",
            kind=kind, loggable_kinds=', '.join(LOGGABLE_KINDS))
    _not_future(day, "event date")
    if kind == "closed" and not text.strip():
        raise ValidationError("say why the request is closed (--text REASON).")
    if kind in ANSWER_KINDS:
        sends = [e for e in event_repo.list_for_request(conn, saved_id(request))
                 if e.kind == "sent"]
        if not sends:
            raise ValidationError(
                "request {reference} has not been sent yet; mark it sent first (offmap request "
                "mark-sent).",
                reference=request.reference)
        first = min(date.fromisoformat(e.on) for e in sends)
        if day < first:
            raise ValidationError(
                "the {kind} date {day} is before the request was sent ({first}); check the date.",
                kind=kind, day=day.isoformat(), first=first.isoformat())


def log_event(store: Store, request_id: int, kind: str, on: date | str | None = None,
              text: str = "", attachments: list[Path | str] | None = None,
              data: dict[str, Any] | None = None, confirm_large: bool = False) -> Event:
    """Logs what happened (acknowledged, extended, fulfilled, partial, denied, bounced, note,
    closed) with files copied into the home. Returns the saved event."""
    day = parse_day(on, "event date")
    request = request_repo.get(store.conn, request_id)
    _check_event(store.conn, request, kind, day, text)
    staged = attachment_service.stage_files(store, attachments, confirm_large)
    event = Event(request_id=request_id, kind=kind, on=day.isoformat(), text=text.strip(),
                  data=dict(data or {}), attachments=[s.attachment for s in staged])
    with attachment_service.disk_full_explained(store), store.transaction() as conn:
        _check_event(conn, request_repo.get(conn, request_id), kind, day, text)
        attachment_service.save_staged(conn, staged)
        event.id = event_repo.insert(conn, event)
        audit.record(conn, "request.event", request_id=request_id, what=kind)
        refresh(conn, request_id)
    if kind == "bounced":  # the channel it went through is suspect for this company now
        from app.services import channel_health

        sends = [e for e in event_repo.list_for_request(store.conn, request_id)
                 if e.kind == "sent" and e.on <= event.on]
        channel_health.mark_from_bounce(store, request, sends[-1] if sends else None, day,
                                        text)
    return event


def get_event(store: Store, event_id: int) -> Event:
    return event_repo.get(store.conn, event_id)


def list_events(store: Store, request_id: int) -> list[Event]:
    request_repo.get(store.conn, request_id)
    return event_repo.list_for_request(store.conn, request_id)


def update_event(store: Store, event: Event) -> Event:
    """Saves a changed date, kind, text or data of an event (attachments stay as they are)."""
    day = parse_day(event.on, "event date")
    with store.transaction() as conn:
        old = event_repo.get(conn, saved_id(event))
        request = request_repo.get(conn, old.request_id)
        if old.kind == "sent" or event.kind == "sent":
            if old.kind != event.kind:
                raise ValidationError(
                    "a sending cannot become another event or the reverse; delete the event "
                    "and log the right one."
                )
            _not_future(day, "sending date")
            if event.data.get("via", "email") not in CHANNELS:
                raise ValidationError(
                    "'{data}' is not a way of sending; use one of: {channels}.",
                    data=event.data.get('via'), channels=', '.join(CHANNELS))
        else:
            _check_event(conn, request, event.kind, day, event.text)
        updated = replace(old, kind=event.kind, on=day.isoformat(), text=event.text.strip(),
                          data=dict(event.data))
        event_repo.update(conn, updated)
        audit.record(conn, "request.event-edit", request_id=old.request_id,
                     what=old.kind if old.kind == updated.kind else f"{old.kind} → {updated.kind}")
        refresh(conn, old.request_id)
    return updated


def delete_event(store: Store, event_id: int) -> Event:
    """Deletes an event and returns it as it was, so `restore_event` can undo the deletion.
    Its attachment files stay in the home until `attachments.prune_unused`."""
    with store.transaction() as conn:
        event = event_repo.get(conn, event_id)
        event_repo.delete(conn, event_id)
        audit.record(conn, "request.event-delete", request_id=event.request_id, what=event.kind)
        refresh(conn, event.request_id)
    return event


def restore_event(store: Store, event: Event) -> Event:
    """Puts back an event removed by `delete_event` (undo), with its attachments."""
    with store.transaction() as conn:
        request_repo.get(conn, event.request_id)
        copy = replace(event, id=None, attachments=[
            Attachment(event_id=0, filename=a.filename, sha256=a.sha256, size=a.size,
                       mime=a.mime) for a in event.attachments])
        copy.id = event_repo.insert(conn, copy)
        audit.record(conn, "request.event-restore", request_id=event.request_id,
                     what=event.kind)
        refresh(conn, event.request_id)
    return copy


def add_attachments(store: Store, event_id: int, paths: list[Path | str],
                    confirm_large: bool = False) -> Event:
    """Adds files to an existing event."""
    staged = attachment_service.stage_files(store, paths, confirm_large)
    with attachment_service.disk_full_explained(store), store.transaction() as conn:
        target = event_repo.get(conn, event_id)
        attachment_service.save_staged(conn, staged)
        for item in staged:
            event_repo.add_attachment(conn, replace(item.attachment, event_id=event_id))
        audit.record(conn, "request.attach", request_id=target.request_id,
                     what=str(len(staged)))
        return event_repo.get(conn, event_id)


def derive_one(store: Store, request_id: int, today: date | None = None) -> Derived:
    """The full derivation (flags, confirm-by date, rule) for showing one request."""
    return derive_request(store.conn, request_repo.get(store.conn, request_id), today)


# The cached form of core.deadlines.is_overdue, for SQL over the requests table: true once the
# as-of date (the one parameter) is after the last day still on time. Rows cached before
# late_after existed fall back to the unmoved deadline, and mark_overdue re-derives them.
OVERDUE_CONDITION = "COALESCE(late_after, extended_due_on, due_on) < ?"


OVERDUE_BATCH = 100


def mark_overdue(store: Store, today: date | None = None) -> int:
    """Turns open requests whose last day on time (`late_after`) has passed to 'overdue' in the
    cache (time passes without events). Candidates are re-derived, so the law's roll-off rule
    decides, not the SQL. Returns how many changed."""
    today = today or date.today()
    ids = [row[0] for row in store.conn.execute(
        "SELECT id FROM requests WHERE status IN ('sent', 'acknowledged', 'extended')"
        f" AND {OVERDUE_CONDITION}", (today.isoformat(),))]
    # Short transactions: on a clinic's store thousands of requests can fall due at once, and one
    # long write would keep the window's other connections waiting past their busy timeout.
    # Each request is re-derived on its own, so stopping half-way leaves nothing inconsistent.
    changed = 0
    for start in range(0, len(ids), OVERDUE_BATCH):
        with store.transaction() as conn:
            changed += sum(refresh(conn, request_id, today).status == "overdue"
                           for request_id in ids[start:start + OVERDUE_BATCH])
    return changed
