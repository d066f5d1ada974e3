"""Requests whose law sets no period (a consent withdrawal under the GDPR, PIPEDA, Quebec's Act
and most state laws; a CPNI opt-out): no due date, no overdue, no deadline claimed in a letter,
only OffMap's suggested follow-up date, presented as a practice. Through the core, the services,
the CLI and the letters read back as text."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cli import main
from app.core import laws
from app.core.deadlines import compute_due
from app.core.errors import ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, routes, tracking
from app.services import letters as letter_service
from app.services import requests as request_service
from app.services.deadlines import list_deadlines

TODAY = date.today()

# (law, type, state, country, company, the period wrongly claimed before: section it cited)
NO_PERIOD = [
    ("eu-gdpr", "withdraw-consent", "", "IE", "kochava", "Art. 12(3)"),
    ("uk-gdpr", "withdraw-consent", "", "GB", "kochava", "Art. 12A"),
    ("ca-pipeda", "withdraw-consent", "ON", "CA", "kochava", "s. 8(3)"),
    ("ca-qc", "withdraw-consent", "QC", "CA", "kochava", "s. 32"),
    ("us-va", "withdraw-consent", "VA", "US", "kochava", "59.1-577(B)"),
    ("us-in", "withdraw-consent", "IN", "US", "kochava", "24-15-3-1(c)"),
    ("us-ky", "withdraw-consent", "KY", "US", "kochava", "367.3615(3)"),
    ("us-tn", "withdraw-consent", "TN", "US", "kochava", "47-18-3304(b)"),
    ("us-tx", "withdraw-consent", "TX", "US", "kochava", "541.052"),
    ("us-de", "withdraw-consent", "DE", "US", "kochava", "12D-104(c)"),
    ("us-ne", "withdraw-consent", "NE", "US", "kochava", "87-1108"),
    ("us-nh", "withdraw-consent", "NH", "US", "kochava", "507-H:4 "),
    ("us-cpni", "cpni-opt-out", "CA", "US", "att", "64.2008"),
    ("us-cpni", "withdraw-consent", "CA", "US", "att", "64.2008"),
    ("us-cpni", "access", "CA", "US", "att", "64.2008"),
]
IDS = [f"{row[0]}-{row[1]}" for row in NO_PERIOD]

# Laws that do set a period to act on a revocation: (law, days, section).
WITH_PERIOD = [
    ("us-md", 30, "Md. Code, Com. Law 14-4707(b)(2)"),
    ("us-or", 15, "ORS 646A.578(1)(d)"),
    ("us-co", 45, "4 CCR 904-3, Rule 7.07(E)"),
]


def _flat(data: bytes) -> str:
    return " ".join(data.decode().split())


def _client(store, state: str, country: str) -> int:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        address="1 Main St\nSpringfield")).id


# ---------------------------------------------------------------- the data and the core

@pytest.mark.parametrize(("law_id", "kind", "state", "country", "company", "cited"), NO_PERIOD,
                         ids=IDS)
def test_no_due_date_only_a_suggested_follow_up(law_id, kind, state, country, company, cited):
    law = laws.get_law(law_id)
    grant = law["grants"][kind]
    assert grant["deadline"] is None and "No statutory period" in grant["deadline_note"]
    info = compute_due(law, kind, date(2026, 3, 2))
    assert (info.due_on, info.late_after, info.extended_due_on) == (None, None, None)
    assert info.follow_up_on == date(2026, 4, 1)            # 30 calendar days, a practice
    assert info.follow_up_rule["practice"] is True
    notes = " ".join(info.notes)
    assert "sets no response deadline" in notes and "not a legal deadline" in notes
    assert info.to_json()["follow_up_on"] == "2026-04-01"


@pytest.mark.parametrize(("law_id", "days", "section"), WITH_PERIOD)
def test_a_law_that_sets_a_period_for_revocation_keeps_it(law_id, days, section):
    info = compute_due(laws.get_law(law_id), "withdraw-consent", date(2026, 3, 2))
    assert info.due_on == date(2026, 3, 2) + timedelta(days=days)
    assert info.rule["citation"].startswith(section) and info.follow_up_on is None


def test_the_other_requests_keep_their_statutory_period():
    for law_id, kind in (("eu-gdpr", "access"), ("ca-pipeda", "access"), ("ca-qc", "access"),
                         ("us-va", "delete")):
        info = compute_due(laws.get_law(law_id), kind, date(2026, 3, 2))
        assert info.due_on is not None and info.follow_up_on is None, law_id


# ---------------------------------------------------------------- services: never overdue

def test_a_withdrawal_long_past_the_follow_up_date_is_not_overdue(store):
    client_id = _client(store, "", "IE")
    request = request_service.new_request(store, client_id, "kochava", "withdraw-consent",
                                          law="eu-gdpr")
    sent_on = TODAY - timedelta(days=200)
    tracking.mark_sent(store, request.id, on=sent_on.isoformat())
    derived = tracking.derive_one(store, request.id)
    assert derived.status == "sent" and derived.overdue is False
    assert (derived.due_on, derived.late_after) == (None, None)
    assert derived.follow_up_on == sent_on + timedelta(days=30)
    assert any("not overdue" in m for m in derived.messages)
    tracking.mark_overdue(store, TODAY)
    assert request_service.get_request(store, request.id).status == "sent"
    [row] = [r for r in list_deadlines(store) if r.request.id == request.id]
    data = row.to_json()
    assert (data["due_on"], data["late_after"], data["deadline"], data["overdue"]) == \
        (None, None, None, False)
    assert data["follow_up_on"] == (sent_on + timedelta(days=30)).isoformat()
    assert data["category"] != "overdue"


def test_no_reminder_before_the_follow_up_date_and_no_complaint_citing_a_deadline(store):
    client_id = _client(store, "ON", "CA")
    request = request_service.new_request(store, client_id, "kochava", "withdraw-consent",
                                          law="ca-pipeda")
    tracking.mark_sent(store, request.id, on=(TODAY - timedelta(days=10)).isoformat())
    with pytest.raises(ValidationError, match="missed date"):
        followups.draft_followup(store, request.id, "reminder")
    with pytest.raises(ValidationError, match="a complaint is for a refusal"):
        followups.draft_followup(store, request.id, "complaint")


def test_the_reminder_after_the_follow_up_date_is_worded_as_a_follow_up(store):
    client_id = _client(store, "", "IE")
    request = request_service.new_request(store, client_id, "kochava", "withdraw-consent",
                                          law="eu-gdpr")
    tracking.mark_sent(store, request.id, on="2026-01-15")
    reminder = followups.draft_followup(store, request.id, "reminder")
    text = _flat(letter_service.render_letter(store, reminder.id, "txt"))
    assert "sets no period for acting on it, so I asked you to confirm by" in text
    assert "(2026-02-14)" in text
    for wrong in ("was due", "requires", "Art. 12(3)", "That date has passed"):
        assert wrong not in text, wrong
    complaint = followups.draft_followup(store, request.id, "complaint")
    text = _flat(letter_service.render_letter(store, complaint.id, "txt"))
    assert "the date by which I asked Kochava to confirm that it had acted on my request" in text
    assert "The law sets no period for this request" in text
    assert "had to answer" not in text and "sets the time for answering" not in text
    assert "which gives me the right to withdraw consent at any time (Art. 7(3))" in text


# ---------------------------------------------------------------- letters read back

@pytest.mark.parametrize(("law_id", "kind", "state", "country", "company", "cited"), NO_PERIOD,
                         ids=IDS)
def test_the_letter_claims_no_deadline(store, law_id, kind, state, country, company, cited):
    request = request_service.new_request(store, _client(store, state, country), company, kind,
                                          law=law_id)
    text = _flat(letter_service.render_letter(store, request.id, "txt"))
    assert "sets no period for acting on this request" in text
    assert "confirm to me in writing, by " in text
    for wrong in ("requires you to respond", "Please respond by", "If you need more time",
                  "Please act on this request by", cited):
        assert wrong not in text, wrong


@pytest.mark.parametrize(("law_id", "days", "section"), WITH_PERIOD)
def test_the_letter_states_a_revocation_period_the_law_sets(store, law_id, days, section):
    state = law_id.split("-")[1].upper()
    request = request_service.new_request(store, _client(store, state, "US"), "kochava",
                                          "withdraw-consent", law=law_id)
    text = _flat(letter_service.render_letter(store, request.id, "txt"))
    assert f"{days} calendar days" in text and section in text
    assert "sets no period" not in text


def test_the_phone_script_calls_the_date_a_suggestion(store):
    request = request_service.new_request(store, _client(store, "CA", "US"), "att",
                                          "cpni-opt-out", law="us-cpni")
    text = " ".join(routes.phone_script(store, request.id).split())
    assert "OffMap's suggestion, not a legal deadline" in text
    assert "A response by" not in text and "the answer is due" not in text


# ---------------------------------------------------------------- the command line

def _cli(capsys, home: Path, *argv: str) -> dict | list:
    try:
        code = main(["--home", str(home), *argv, "--json"])
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    assert code == 0, err
    result: dict | list = json.loads(out)
    return result


def test_cli_request_and_deadlines_show_no_due_date(capsys, tmp_path):
    home = tmp_path / "h"
    client = _cli(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "VA",
                  "--country", "US", "--email", "ana@example.org")
    request = _cli(capsys, home, "request", "new", "--client", str(client["id"]),
                   "--company", "kochava", "--type", "withdraw-consent")
    assert request["law"] == "us-va"
    sent = _cli(capsys, home, "request", "mark-sent", str(request["id"]), "--on", "2026-01-15")
    assert (sent["status"], sent["due_on"], sent["late_after"]) == ("sent", None, None)
    [row] = _cli(capsys, home, "deadlines")
    assert (row["due_on"], row["late_after"], row["days_left"], row["overdue"]) == \
        (None, None, None, False)
    assert row["follow_up_on"] == "2026-02-14" and row["status"] == "sent"


# ---------------------------------------------------------------- a period to stop, not to answer

STOP = [
    ("us-or", "OR", "OCPA requires you to stop the processing that rests on my consent within 15 "
                    "calendar days of receiving this revocation (ORS 646A.578(1)(d))"),
    ("us-mt", "MT", "MCDPA requires you to stop the processing that rests on my consent within 45 "
                    "calendar days of receiving this revocation (Mont. Code Ann. "
                    "30-14-2812(1)(c))"),
    ("us-md", "MD", "Please stop the processing that rests on my consent by "),
]


@pytest.mark.parametrize(("law_id", "state", "sentence"), STOP)
def test_a_revocation_period_is_a_time_to_stop_not_to_answer(store, law_id, state, sentence):
    request = request_service.new_request(store, _client(store, state, "US"), "kochava",
                                          "withdraw-consent", law=law_id)
    text = _flat(letter_service.render_letter(store, request.id, "txt"))
    assert sentence in text
    assert "requires you to respond" not in text and "Please respond by" not in text
    tracking.mark_sent(store, request.id, on="2026-01-15")
    reminder = followups.draft_followup(store, request.id, "reminder")
    text = _flat(letter_service.render_letter(store, reminder.id, "txt"))
    assert "stop the processing that rested on my consent by" in text
    assert "you have not confirmed that you did" in text and "Your answer was due" not in text
    complaint = followups.draft_followup(store, request.id, "complaint")
    text = _flat(letter_service.render_letter(store, complaint.id, "txt"))
    assert "stop the processing that rested on my consent" in text
    assert "sets the time for answering" not in text and "had to answer" not in text


def test_cli_deadlines_table_calls_the_date_a_practice(capsys, tmp_path):
    home = tmp_path / "h"
    client = _cli(capsys, home, "client", "add", "--name", "Ana Lopez", "--state", "",
                  "--country", "IE", "--email", "ana@example.org")
    request = _cli(capsys, home, "request", "new", "--client", str(client["id"]),
                   "--company", "kochava", "--type", "withdraw-consent")
    _cli(capsys, home, "request", "mark-sent", str(request["id"]), "--on", "2026-01-15")
    assert main(["--home", str(home), "deadlines"]) == 0
    out = capsys.readouterr().out
    assert "no legal deadline; follow up after 2026-02-14 (a practice)" in out
    assert "OVERDUE" not in out
