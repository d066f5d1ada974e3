"""Explanations, notes and reasons from the core and the services are Texts: the English wording
stays, and the interface can translate each template and the words put into it."""

from __future__ import annotations

from datetime import date

from app.core import directory as core_directory
from app.core.day_counting import roll_off_weekend
from app.core.deadlines import compute_due, describe_rule
from app.core.lawchoice import choose_laws
from app.core.laws import get_law
from app.core.model import Client, Event, Request
from app.core.text import Text, localized
from app.core.tracking import FLAG_EVENT_BEFORE_SENT, derive
from app.services import clients as client_service
from app.services import followups
from app.services import requests as request_service
from app.services import tracking as tracking_service


def marked(template: str) -> str:
    """A stand-in catalogue: every template comes back in brackets."""
    return f"[{template}]"


def test_describe_rule_translates_the_period_and_the_confidence():
    rule = {"amount": 45, "unit": "calendar", "citation": "11 CCR 7021(b)",
            "confidence": "regulation"}
    text = describe_rule(rule)
    assert text == "45 calendar days (11 CCR 7021(b), regulation)"
    assert localized(text, marked) == "[[45 calendar days] (11 CCR 7021(b), [regulation])]"
    month = describe_rule({"amount": 1, "unit": "months"})
    assert month == "1 month" and isinstance(month, Text) and month.template == "1 month"


def test_weekend_and_holiday_notes_are_whole_sentences():
    _, note = roll_off_weekend(date(2026, 1, 3))
    assert note == "2026-01-03 falls on a Saturday, moved to Monday 2026-01-05"
    assert note.template == "{day} falls on a Saturday, moved to Monday {monday}"
    info = compute_due({"deadlines": {"d": {"amount": 3, "unit": "business"}},
                        "grants": {"access": {"deadline": "d"}}}, "access", date(2025, 12, 23))
    assert info.notes == ["US federal holidays not counted: Christmas Day (2025-12-25)"]
    assert info.notes[0].template == "US federal holidays not counted: {holidays}"
    reminder = compute_due(get_law("us-ca"), "reminder", date(2026, 1, 5)).notes[0]
    assert reminder.template == "a reminder has no response deadline of its own"


def test_law_choice_explanations_are_texts_with_translatable_places():
    choice = choose_laws("US", "DC", "app")
    assert choice.explanation == (
        "the District of Columbia has no consumer privacy law in OffMap's data.")
    assert localized(choice.explanation, marked) == (
        "[[the District of Columbia] has no consumer privacy law in OffMap's data.]")
    assert all(isinstance(note, Text) for note in choice.still_applies)
    carrier = choose_laws("US", "CA", "carrier")
    assert carrier.explanation.template == (
        "{place} residents are covered by {laws}. As the company is a phone carrier, CPNI "
        "(47 U.S.C. 222) also applies.")
    assert carrier.still_applies[0].template.startswith(
        "{law}: phone carriers need your approval")


def test_tracking_flags_keep_their_english_and_name_the_event_as_a_word():
    request = Request(client_id=1, company="acme", law="us-ca", type="access", reference="R-1")
    early = Event(request_id=1, kind="denied", on="2026-01-02")
    derived = derive(request, [early], get_law("us-ca"), date(2026, 1, 10))
    assert derived.flags == [FLAG_EVENT_BEFORE_SENT]
    message = derived.messages[0]
    assert message == ("'denied' on 2026-01-02 was logged before the request was sent; mark it "
                       "sent first (offmap request mark-sent).")
    assert message.template.startswith("'{kind}' on {on} was logged")
    assert message.values["kind"].template == "denied"  # the event named as a word of its own


def test_a_follow_up_refusal_names_the_request_state_as_a_text(store):
    client = client_service.add_client(store, Client(name="Ana", state="CA", country="US",
                                                     emails=["ana@example.org"])).id
    request = request_service.new_request(store, client, "kochava", "delete")
    reason = followups.check_followup(store, request.id, "reminder")
    assert isinstance(reason, Text)
    state = reason.values["request"]
    assert state == f"request {request.reference} has not reached the company yet"
    assert state.template == "request {reference} has not reached the company yet"
    tracking_service.mark_sent(store, request.id, on=date.today())
    reason = followups.check_followup(store, request.id, "reminder")
    state = reason.values["request"]
    assert state.template == "request {reference} is {status}; its answer is due {due}"
    assert state.values["status"].template == "sent"
    assert state == f"request {request.reference} is sent; its answer is due " \
        f"{state.values['due']}"


def test_directory_problems_and_wizard_reasons_are_texts():
    records = [{"slug": "a", "hosts": ["b"]}, {"slug": "a", "successor": "a"}]
    problems = core_directory.reference_problems(records)
    assert problems == ["slug 'a' appears twice", "'a' names host 'b', which is not listed",
                        "'a' names itself as successor"]
    assert all(isinstance(problem, Text) for problem in problems)
    index = {c.slug: c for c in core_directory.parse_document(
        core_directory.bundled_directory_path().read_bytes())}
    reasons = {s.company.slug: s.reason
               for s in core_directory.phone_service_suggestions(index, "us-cellular")}
    assert reasons["t-mobile"] == (
        "UScellular was acquired by T-Mobile; it now holds the old records.")
    assert reasons["us-cellular"].template == "Your phone service."
