"""Status derivation: every transition, as a table. Dates hand-counted (see test_deadlines)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.core.model import Event, Request
from app.core.tracking import (
    FLAG_CONFIRMATION_MISSING,
    FLAG_EVENT_BEFORE_SENT,
    FLAG_EXTENSION_LATE,
    FLAG_EXTENSION_NOT_ALLOWED,
    FLAG_LAW_UNKNOWN,
    FLAG_NO_DEADLINE,
    derive,
    ordered,
)
from tests.unit.law_samples import EU_GDPR, US_CA, US_CPNI

D = date.fromisoformat
SENT = ("sent", "2026-01-15")   # us-ca delete: due 2026-03-01, +ext 2026-04-15, confirm 01-30


def _events(spec: list[tuple]) -> list[Event]:
    events = []
    for number, item in enumerate(spec, start=1):
        kind, on, *rest = item
        data: dict[str, Any] = rest[0] if rest and isinstance(rest[0], dict) else {}
        text = rest[0] if rest and isinstance(rest[0], str) else ""
        events.append(Event(request_id=1, kind=kind, on=on, text=text, data=data, id=number))
    return events


def _request(kind: str = "delete", law: str = "us-ca") -> Request:
    return Request(client_id=1, company="att", law=law, type=kind, reference="OFM-TEST-0001",
                   id=1)


# name, law, request type, events, today, expected (a subset of Derived.to_json())
TABLE: list[tuple[str, dict | None, str, list[tuple], str, dict[str, Any]]] = [
    ("no events is a draft", US_CA, "delete", [], "2026-01-20",
     {"status": "draft", "sent_on": None, "due_on": None, "flags": []}),
    ("draft -> sent", US_CA, "delete", [SENT], "2026-01-20",
     {"status": "sent", "sent_on": "2026-01-15", "via": "email", "received_on": "2026-01-15",
      "due_on": "2026-03-01", "extended_due_on": None, "confirm_by": "2026-01-30",
      "days_left": 40, "overdue": False, "flags": []}),
    ("confirmation due on day 10 is not yet missing", US_CA, "delete", [SENT], "2026-01-30",
     {"status": "sent", "flags": []}),
    ("us-ca: no confirmation after 10 business days", US_CA, "delete", [SENT], "2026-02-02",
     {"status": "sent", "flags": [FLAG_CONFIRMATION_MISSING]}),
    ("sent -> acknowledged", US_CA, "delete", [SENT, ("acknowledged", "2026-01-20")],
     "2026-02-02",
     {"status": "acknowledged", "acknowledged_on": "2026-01-20", "flags": []}),
    ("late acknowledgement still clears the flag", US_CA, "delete",
     [SENT, ("acknowledged", "2026-02-05")], "2026-02-06",
     {"status": "acknowledged", "flags": []}),
    ("acknowledged -> extended moves the deadline by 45 days", US_CA, "delete",
     [SENT, ("acknowledged", "2026-01-20"), ("extended", "2026-02-20")], "2026-03-10",
     {"status": "extended", "due_on": "2026-03-01", "extended_due_on": "2026-04-15",
      "deadline": "2026-04-15", "days_left": 36, "overdue": False, "flags": []}),
    ("extension logged on the deadline day is valid", US_CA, "delete",
     [SENT, ("extended", "2026-03-01")], "2026-03-10",
     {"status": "extended", "extended_due_on": "2026-04-15", "flags": []}),
    ("extended deadline passed -> overdue", US_CA, "delete",
     [SENT, ("extended", "2026-02-20")], "2026-04-16",
     {"status": "overdue", "overdue": True, "days_left": -1}),
    ("last day of the deadline is not overdue", US_CA, "delete",
     [SENT, ("acknowledged", "2026-01-20")], "2026-03-01",
     {"status": "acknowledged", "overdue": False, "days_left": 0}),
    ("deadline passed with no answer -> overdue", US_CA, "delete",
     [SENT, ("acknowledged", "2026-01-20")], "2026-03-02",
     {"status": "overdue", "overdue": True, "days_left": -1, "deadline": "2026-03-01"}),
    ("extension after the first deadline is invalid and flagged", US_CA, "delete",
     [SENT, ("extended", "2026-03-05")], "2026-03-10",
     {"status": "overdue", "stage": "acknowledged", "extended_due_on": None,
      "deadline": "2026-03-01", "flags": [FLAG_EXTENSION_LATE]}),
    ("extension where the law allows none is flagged", US_CA, "opt-out",
     [("sent", "2026-07-01"), ("extended", "2026-07-10")], "2026-07-20",
     {"status": "acknowledged", "due_on": "2026-07-23", "extended_due_on": None,
      "flags": [FLAG_EXTENSION_NOT_ALLOWED]}),
    ("sent -> fulfilled", US_CA, "delete", [SENT, ("fulfilled", "2026-02-10")], "2026-06-01",
     {"status": "fulfilled", "answered_on": "2026-02-10", "overdue": False, "days_left": None}),
    ("extended -> fulfilled", US_CA, "delete",
     [SENT, ("extended", "2026-02-10"), ("fulfilled", "2026-04-01")], "2026-06-01",
     {"status": "fulfilled", "extended_due_on": "2026-04-15", "overdue": False}),
    ("acknowledged -> partial", US_CA, "delete",
     [SENT, ("acknowledged", "2026-01-16"), ("partial", "2026-02-10")], "2026-06-01",
     {"status": "partial", "overdue": False}),
    ("sent -> denied", US_CA, "delete", [SENT, ("denied", "2026-01-25")], "2026-06-01",
     {"status": "denied", "answered_on": "2026-01-25"}),
    ("an answer after the deadline ends overdue", US_CA, "delete",
     [SENT, ("denied", "2026-03-20")], "2026-06-01",
     {"status": "denied", "overdue": False}),
    ("acknowledgement after a final answer changes nothing", US_CA, "delete",
     [SENT, ("fulfilled", "2026-02-10"), ("acknowledged", "2026-02-11")], "2026-06-01",
     {"status": "fulfilled"}),
    ("sent -> bounced stops the clock", US_CA, "delete", [SENT, ("bounced", "2026-01-15")],
     "2026-06-01",
     {"status": "bounced", "sent_on": "2026-01-15", "due_on": None, "overdue": False}),
    ("bounced -> sent again restarts the clock", US_CA, "delete",
     [SENT, ("bounced", "2026-01-15"), ("sent", "2026-01-20", {"via": "webform"})],
     "2026-02-01",
     {"status": "sent", "sent_on": "2026-01-20", "via": "webform", "due_on": "2026-03-06"}),
    ("a second send does not restart the clock", US_CA, "delete",
     [SENT, ("sent", "2026-01-20", {"via": "post"})], "2026-02-01",
     {"status": "sent", "sent_on": "2026-01-15", "due_on": "2026-03-01"}),
    ("closed by the user with a reason", US_CA, "delete",
     [SENT, ("closed", "2026-02-01", "the company was dissolved")], "2026-06-01",
     {"status": "closed", "closed_reason": "the company was dissolved", "overdue": False}),
    ("a draft can be closed", US_CA, "delete", [("closed", "2026-02-01", "duplicate")],
     "2026-06-01", {"status": "closed", "closed_reason": "duplicate"}),
    ("denied -> closed", US_CA, "delete",
     [SENT, ("denied", "2026-01-25"), ("closed", "2026-02-01", "appeal lost")], "2026-06-01",
     {"status": "closed"}),
    ("a note changes nothing", US_CA, "delete", [SENT, ("note", "2026-01-16", "called them")],
     "2026-01-20", {"status": "sent", "flags": []}),
    ("an answer before sending is flagged and ignored", US_CA, "delete",
     [("acknowledged", "2026-01-10")], "2026-01-20",
     {"status": "draft", "flags": [FLAG_EVENT_BEFORE_SENT]}),
    ("post: received five days after sending", US_CA, "delete",
     [("sent", "2026-01-15", {"via": "post"})], "2026-01-20",
     {"received_on": "2026-01-20", "due_on": "2026-03-06"}),
    ("post: the recorded delivery date starts the clock", US_CA, "delete",
     [("sent", "2026-01-15", {"via": "post", "delivered_on": "2026-01-17"})], "2026-01-20",
     {"received_on": "2026-01-17", "due_on": "2026-03-03"}),
    ("gdpr: extension gives three months, no confirmation rule", EU_GDPR, "access",
     [("sent", "2026-01-31"), ("extended", "2026-02-10")], "2026-04-01",
     {"status": "extended", "due_on": "2026-03-02", "extended_due_on": "2026-04-30",
      "confirm_by": None, "flags": []}),
    ("unknown law: no deadline, flagged", None, "delete", [SENT], "2026-06-01",
     {"status": "sent", "due_on": None, "overdue": False, "flags": [FLAG_LAW_UNKNOWN]}),
    ("law without a deadline for the type", US_CPNI, "access", [SENT], "2026-06-01",
     {"status": "sent", "due_on": None, "overdue": False, "flags": [FLAG_NO_DEADLINE]}),
    ("a reminder has no deadline and no flag", US_CA, "reminder", [SENT], "2027-01-01",
     {"status": "sent", "due_on": None, "overdue": False, "flags": []}),
]


@pytest.mark.parametrize(
    ("law", "kind", "spec", "today", "expected"),
    [row[1:] for row in TABLE],
    ids=[row[0] for row in TABLE],
)
def test_transition(law, kind, spec, today, expected):
    derived = derive(_request(kind), _events(spec), law, D(today)).to_json()
    got = {key: derived[key] for key in expected}
    assert got == expected


def test_events_are_ordered_by_date_whatever_order_they_come_in():
    events = _events([("fulfilled", "2026-02-10"), SENT, ("acknowledged", "2026-01-20")])
    assert [e.kind for e in ordered(events)] == ["sent", "acknowledged", "fulfilled"]
    assert derive(_request(), events, US_CA, D("2026-06-01")).status == "fulfilled"


def test_flags_come_with_messages_the_user_can_act_on():
    derived = derive(_request(), _events([SENT, ("extended", "2026-03-05")]), US_CA,
                     D("2026-03-10"))
    assert len(derived.messages) == len(derived.flags) == 1
    assert "2026-03-05" in derived.messages[0] and "2026-03-01" in derived.messages[0]
    missing = derive(_request(), _events([SENT]), US_CA, D("2026-02-02"))
    assert missing.messages == [
        "no confirmation of receipt by 2026-01-30, 10 business days (11 CCR 7021(a), "
        "regulation) after receipt; log it when it comes, or send a reminder."
    ]
