"""A request's status, derived from its events by one pure function (DESIGN.md).

Stages: draft -> sent -> acknowledged -> extended -> fulfilled | partial | denied, plus bounced
(the company never got it) and closed (by the user, with a reason). `status` is the stage, or
"overdue" when the last day still on time (`late_after`: the deadline in force, extended when a
valid extension was logged, moved by the law's roll-off rule) has passed with no final answer.
Problems the user should see are `flags` with a readable message each.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, overload

from app.core.day_counting import is_overdue
from app.core.deadlines import (
    DueInfo,
    compute_due,
    describe_rule,
    received_on,
)
from app.core.errors import OffMapError
from app.core.model import Event, Request
from app.core.text import Text

FINAL_STAGES = ("fulfilled", "partial", "denied")
OPEN_STAGES = ("sent", "acknowledged", "extended")
STATUSES = ("draft", *OPEN_STAGES, "overdue", *FINAL_STAGES, "bounced", "closed")
CLOSED_STATUSES = (*FINAL_STAGES, "closed")
ANSWER_KINDS = ("acknowledged", "extended", "needs-verification", *FINAL_STAGES)
# Statuses (and the answer events of the same names) as words inside a sentence: the English is
# the id itself, and each is translated on its own.
STATUS_WORDS = {
    "draft": Text("draft"), "sent": Text("sent"), "acknowledged": Text("acknowledged"),
    "extended": Text("extended"), "overdue": Text("overdue"), "fulfilled": Text("fulfilled"),
    "partial": Text("partial"), "denied": Text("denied"), "bounced": Text("bounced"),
    "closed": Text("closed"),
}

FLAG_EXTENSION_LATE = "extension-late"
FLAG_EXTENSION_NOT_ALLOWED = "extension-not-allowed"
FLAG_CONFIRMATION_MISSING = "confirmation-missing"
FLAG_EVENT_BEFORE_SENT = "event-before-sent"
FLAG_NO_DEADLINE = "no-deadline"
FLAG_LAW_UNKNOWN = "law-unknown"
# The law sets no period, and OffMap's suggested follow-up date has passed (a practice: the
# request is not overdue, a reminder may be sent, a complaint may not cite a missed deadline).
FLAG_FOLLOW_UP_DUE = "follow-up-due"


@dataclass
class Derived:
    status: str
    stage: str
    sent_on: date | None = None
    via: str | None = None
    received_on: date | None = None
    due_on: date | None = None
    extended_due_on: date | None = None
    late_after: date | None = None
    confirm_by: date | None = None
    follow_up_on: date | None = None
    acknowledged_on: date | None = None
    answered_on: date | None = None
    closed_reason: str = ""
    overdue: bool = False
    days_left: int | None = None
    flags: list[str] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    due: DueInfo | None = None

    @property
    def deadline(self) -> date | None:
        """The date in force: the extended one when a valid extension was logged."""
        return self.extended_due_on or self.due_on

    @property
    def is_open(self) -> bool:
        return self.stage in OPEN_STAGES

    def flag(self, code: str, message: str) -> None:
        if code not in self.flags:
            self.flags.append(code)
            self.messages.append(message)

    def to_json(self) -> dict[str, Any]:
        iso = _iso
        return {
            "status": self.status,
            "stage": self.stage,
            "sent_on": iso(self.sent_on),
            "via": self.via,
            "received_on": iso(self.received_on),
            "due_on": iso(self.due_on),
            "extended_due_on": iso(self.extended_due_on),
            "deadline": iso(self.deadline),
            "late_after": iso(self.late_after),
            "confirm_by": iso(self.confirm_by),
            "follow_up_on": iso(self.follow_up_on),
            "acknowledged_on": iso(self.acknowledged_on),
            "answered_on": iso(self.answered_on),
            "closed_reason": self.closed_reason,
            "overdue": self.overdue,
            "days_left": self.days_left,
            "flags": list(self.flags),
            "messages": list(self.messages),
            "rule": dict(self.due.rule) if self.due else {},
            "notes": list(self.due.notes) if self.due else [],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


@overload
def _day(value: str | date) -> date: ...
@overload
def _day(value: str | date | None) -> date | None: ...
def _day(value: str | date | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def ordered(events: list[Event]) -> list[Event]:
    """Events in the order they happened: by date, then by the order they were logged."""
    return sorted(events, key=lambda e: (e.on, e.id if e.id is not None else 0))


def derive(request: Request, events: list[Event], law: dict[str, Any] | None,
           today: date) -> Derived:
    """Status, dates and flags of `request` from its `events` as of `today`."""
    result = Derived(status="draft", stage="draft")
    send: Event | None = None
    last_attempt: Event | None = None
    extension: Event | None = None
    for event in ordered(events):
        if event.kind == "sent":
            last_attempt = event
            if send is None:
                send, extension = event, None
                result.stage = "sent" if result.stage in ("draft", "bounced") else result.stage
        elif event.kind == "bounced":
            send, extension = None, None
            if result.stage not in CLOSED_STATUSES:
                result.stage = "bounced"
        elif event.kind == "closed":
            result.stage = "closed"
            result.closed_reason = event.text or str(event.data.get("reason", ""))
        elif event.kind in ANSWER_KINDS:
            if send is None:
                result.flag(FLAG_EVENT_BEFORE_SENT, Text(
                    "'{kind}' on {on} was logged before the request was sent; mark it sent "
                    "first (offmap request mark-sent).",
                    kind=status_word(event.kind), on=str(event.on)))
                continue
            _apply_answer(result, event)
            if event.kind == "extended" and extension is None:
                extension = event
    if send is not None:
        _apply_send(result, request, send, law)
        if extension is not None:
            _apply_extension(result, extension)
    elif last_attempt is not None:
        result.sent_on = _day(last_attempt.on)
        result.via = str(last_attempt.data.get("via") or "email")
    _apply_today(result, events, today)
    return result


def status_word(status: str) -> str:
    return STATUS_WORDS.get(status, status)


def _apply_answer(result: Derived, event: Event) -> None:
    on = _day(event.on)
    if event.kind in FINAL_STAGES:
        result.stage = event.kind
        result.answered_on = on
        return
    if result.acknowledged_on is None:
        result.acknowledged_on = on
    if result.stage in CLOSED_STATUSES:
        return
    # A request to verify identity answers the letter (the clock keeps running) and asks the
    # person for something: it counts as an acknowledgement.
    if event.kind in ("acknowledged", "needs-verification") and result.stage == "sent":
        result.stage = "acknowledged"
    elif event.kind == "extended":
        result.stage = "extended"


def _apply_send(result: Derived, request: Request, send: Event, law: dict[str, Any] | None) -> None:
    result.sent_on = _day(send.on)
    result.via = str(send.data.get("via") or "email")
    delivered = _day(send.data.get("delivered_on"))
    result.received_on = received_on(result.sent_on, result.via, delivered)
    if law is None:
        result.flag(FLAG_LAW_UNKNOWN, Text("the law '{law}' is not known to this OffMap, so no "
                                           "deadline could be computed; choose a law it knows.",
                                           law=request.law))
        return
    try:
        result.due = compute_due(law, request.type, result.received_on,
                                 request.details.get("holiday_region") or None,
                                 request.details.get("parent_type") or None)
    except OffMapError as exc:
        result.flag(FLAG_NO_DEADLINE, exc.text)
        return
    result.due_on = result.due.due_on
    result.late_after = result.due.late_after
    result.confirm_by = result.due.confirm_by
    result.follow_up_on = result.due.follow_up_on
    if result.due_on is None and result.follow_up_on is not None:
        result.flag(FLAG_NO_DEADLINE, Text(
            "the law sets no response deadline for this request; OffMap suggests following up "
            "if nothing has changed by {follow_up_on} (a practice, not a legal deadline).",
            follow_up_on=result.follow_up_on.isoformat()))
    elif result.due_on is None and request.type not in ("reminder", "complaint"):
        result.flag(FLAG_NO_DEADLINE, Text("the law sets no response deadline for this request; "
                                           "follow up when a reasonable time has passed."))


def _apply_extension(result: Derived, extension: Event) -> None:
    """A valid extension moves the deadline even when a final answer came later (reports judge
    "on time" against it); an invalid one is flagged and, if still open, leaves it acknowledged."""
    on = _day(extension.on)
    last_day = result.late_after or result.due_on
    if last_day is not None and on > last_day:
        _refuse_extension(result, FLAG_EXTENSION_LATE,
                          Text("the extension notice of {on} came after the deadline of {due_on}, "
                               "so it does not extend it: the request is late. Send a reminder "
                               "or a complaint.",
                               on=on.isoformat(), due_on=last_day.isoformat()))
        return
    extended = result.due.extended_due_on if result.due else None
    if extended is None:
        _refuse_extension(result, FLAG_EXTENSION_NOT_ALLOWED,
                          Text("the law gives no extension for this request (or its length is "
                               "unknown), so the original deadline still applies."))
        return
    result.extended_due_on = extended
    result.late_after = result.due.extended_late_after if result.due else extended


def _refuse_extension(result: Derived, flag: str, message: str) -> None:
    if result.stage == "extended":
        result.stage = "acknowledged"
    result.flag(flag, message)


def _apply_today(result: Derived, events: list[Event], today: date) -> None:
    result.status = result.stage
    if not result.is_open:
        return
    deadline = result.deadline
    if deadline is not None:
        result.days_left = (deadline - today).days
        if is_overdue(result.late_after or deadline, today):
            result.overdue = True
            result.status = "overdue"
    answered = result.acknowledged_on is not None or result.answered_on is not None
    if deadline is None and result.follow_up_on and today > result.follow_up_on:
        result.flag(FLAG_FOLLOW_UP_DUE, Text(
            "no answer by {follow_up_on}, OffMap's suggested follow-up date (the law sets no "
            "period, so this is not overdue); send a reminder.",
            follow_up_on=result.follow_up_on.isoformat()))
    if result.confirm_by and not answered and today > result.confirm_by:
        rule = describe_rule(result.due.confirm_rule) if result.due else ""
        confirm_by = result.confirm_by.isoformat()
        message = Text("no confirmation of receipt by {confirm_by}, {rule} after receipt; log it "
                       "when it comes, or send a reminder.", confirm_by=confirm_by, rule=rule) \
            if rule else Text("no confirmation of receipt by {confirm_by}; log it when it comes, "
                              "or send a reminder.", confirm_by=confirm_by)
        result.flag(FLAG_CONFIRMATION_MISSING, message)
