"""Follow-ups: which one can be drafted when, what the letters say, who they go to, and the
timeline PDF enclosed with a complaint."""

from __future__ import annotations

import email
import email.policy
import re
from datetime import date, timedelta

import pytest

from app.core.errors import ValidationError
from app.core.letters import letter_text
from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, letters, timeline, tracking
from app.services import requests as request_service

TODAY = date.today()
REFERENCE = re.compile(r"OFM-[0-9A-Z]{4}-[0-9A-Z]{4}")


def _client(store, state: str, name: str = "Ana Lopez") -> int:
    return client_service.add_client(
        store, Client(name=name, state=state, country="US", emails=["ana@example.org"],
                      phones=["+1 415 555 0100"])).id


def _sent(store, client_id: int, company: str, kind: str, on: date | str) -> int:
    request = request_service.new_request(store, client_id, company, kind)
    tracking.mark_sent(store, request.id, on=on)
    return request.id


def _text(store, request_id: int) -> str:
    return letter_text(letters.compose(store, request_id))


def test_reminder_cites_the_missed_answer_date(store):
    original = _sent(store, _client(store, "CA"), "kochava", "delete", "2026-01-15")
    reminder = followups.draft_followup(store, original, "reminder")
    assert (reminder.type, reminder.parent_id, reminder.law, reminder.status) == \
        ("reminder", original, "us-ca", "draft")
    assert reminder.company == "kochava"
    text = " ".join(_text(store, reminder.id).split())
    parent_ref = request_service.get_request(store, original).reference
    assert f"On January 15, 2026 I sent you a request to delete personal information " \
           f"(reference {parent_ref})" in text
    assert "Your answer was due by March 1, 2026 (2026-03-01), as 11 CCR 7021(b) requires" \
        in text
    assert "California Privacy Protection Agency" in text
    assert reminder.reference in text


def test_reminder_cites_the_missed_confirmation_under_us_ca(store):
    sent_on = TODAY - timedelta(days=20)      # 20 calendar days > 10 business days
    original = _sent(store, _client(store, "CA"), "kochava", "delete", sent_on)
    derived = tracking.derive_one(store, original)
    assert "confirmation-missing" in derived.flags and not derived.overdue
    reminder = followups.draft_followup(store, original, "reminder")
    assert reminder.details["missed"] == "confirmation"
    text = " ".join(_text(store, reminder.id).split())
    assert "You had to confirm that you received it by" in text
    assert derived.confirm_by.isoformat() in text and "11 CCR 7021(a)" in text


def test_reminder_refused_before_any_date_is_missed(store):
    original = _sent(store, _client(store, "CA"), "att", "opt-out", TODAY)
    with pytest.raises(ValidationError, match="can be drafted once that date has passed"):
        followups.draft_followup(store, original, "reminder")
    assert followups.check_followup(store, original, "reminder") is not None


def test_follow_ups_need_a_sent_request(store):
    draft = request_service.new_request(store, _client(store, "CA"), "att", "delete")
    for kind in ("reminder", "appeal", "complaint"):
        with pytest.raises(ValidationError, match="has not reached the company yet"):
            followups.draft_followup(store, draft.id, kind)


def test_appeal_us_co_after_a_refusal_with_the_appeal_deadline(store):
    client_id = _client(store, "CO")
    original = _sent(store, client_id, "verizon", "delete", "2026-03-02")
    assert request_service.get_request(store, original).law == "us-co"
    tracking.log_event(store, original, "acknowledged", on="2026-03-03")
    with pytest.raises(ValidationError, match="an appeal challenges a refusal"):
        followups.draft_followup(store, original, "appeal", today=date(2026, 3, 10))
    tracking.log_event(store, original, "denied", on="2026-03-20", text="Cannot verify")
    appeal = followups.draft_followup(store, original, "appeal")
    assert (appeal.type, appeal.parent_id, appeal.law) == ("appeal", original, "us-co")
    text = " ".join(_text(store, appeal.id).split())
    # Colorado's defined term (Colo. Rev. Stat. 6-1-1303(17)), not the CCPA's.
    assert "I appeal your refusal of my request to delete personal data of " \
           "March 2, 2026" in text
    assert "Your answer of March 20, 2026 refused the request." in text
    due = (TODAY + timedelta(days=45))
    assert f"({due.isoformat()}), 45 calendar days after you receive it" in text
    assert "Colorado Attorney General" in text
    tracking.mark_sent(store, appeal.id, on=TODAY)
    assert request_service.get_request(store, appeal.id).due_on == due.isoformat()


def test_appeal_refused_where_the_law_has_none(store):
    original = _sent(store, _client(store, "CA"), "kochava", "delete", "2026-01-15")
    tracking.log_event(store, original, "denied", on="2026-02-01")
    with pytest.raises(ValidationError, match=r"CCPA/CPRA grants no appeal.*CalPrivacy"):
        followups.draft_followup(store, original, "appeal")


def test_complaint_us_ca_goes_to_calprivacy_with_the_timeline(store, tmp_path):
    original = _sent(store, _client(store, "CA"), "kochava", "delete", "2026-01-15")
    tracking.log_event(store, original, "note", on="2026-02-10", text="Called, no answer")
    complaint = followups.draft_followup(store, original, "complaint")
    letter = letters.compose(store, complaint.id)
    assert letter.recipient_lines[0] == "California Privacy Protection Agency"
    text = " ".join(letter_text(letter).split())
    assert "I wish to complain about Kochava, which did not answer my request to delete " \
           "personal information" in text
    assert "March 1, 2026: the date by which Kochava had to answer (11 CCR 7021(b))" in text
    assert "enclosed timeline" in text

    message = email.message_from_bytes(letters.render_letter(store, complaint.id, "eml"),
                                       policy=email.policy.default)
    names = [part.get_filename() for part in message.iter_attachments()]
    parent_ref = request_service.get_request(store, original).reference
    assert names == [f"{complaint.reference}.pdf", f"timeline-{parent_ref}.pdf"]
    assert message["X-Unsent"] == "1"

    html = timeline.timeline_document(store, complaint.id)[0]
    assert html.count(parent_ref) >= 2 and complaint.reference in html
    assert "Called, no answer" in html and "Request to delete personal information" in html
    assert letters.render_letter(store, complaint.id, "pdf").startswith(b"%PDF")


def test_complaint_us_cpni_goes_to_the_fcc(store):
    original = _sent(store, _client(store, "CA"), "att", "cpni-opt-out", "2026-01-15")
    assert request_service.get_request(store, original).law == "us-cpni"
    complaint = followups.draft_followup(store, original, "complaint")
    letter = letters.compose(store, complaint.id)
    assert letter.recipient_lines[0] == "Federal Communications Commission"
    text = " ".join(letter_text(letter).split())
    assert "I wish to complain about AT&T" in text
    # The CPNI 30 days are a carrier practice, not a rule: no deadline is claimed as missed.
    assert "the date by which I asked AT&T to confirm that it had acted on my request" in text
    assert "The law sets no period for this request" in text
    assert "had to answer" not in text and "was expected to answer" not in text
    assert "emergency (E911) location" in text


def test_complaint_refused_while_the_company_is_within_its_time(store):
    original = _sent(store, _client(store, "CA"), "kochava", "delete", TODAY)
    with pytest.raises(ValidationError, match="a complaint is for a refusal"):
        followups.draft_followup(store, original, "complaint")


def test_one_draft_per_kind_and_follow_ups_attach_to_the_original(store):
    original = _sent(store, _client(store, "CA"), "kochava", "delete", "2026-01-15")
    reminder = followups.draft_followup(store, original, "reminder")
    with pytest.raises(ValidationError, match="already exists"):
        followups.draft_followup(store, original, "reminder")
    complaint = followups.draft_followup(store, reminder.id, "complaint")
    assert complaint.parent_id == original
    chain = [r.id for r in followups.chain_of(store, request_service.get_request(store,
                                                                                 original))]
    assert chain == [original, reminder.id, complaint.id]


def test_hostile_text_in_the_history_stays_plain(store):
    client_id = _client(store, "CA", name="<b>Eve</b> {{ 7*7 }}")
    original = _sent(store, client_id, "kochava", "delete", "2026-01-15")
    tracking.log_event(store, original, "note", on="2026-01-20",
                       text="<script>alert(1)</script>\r\nX-Header: injected")
    complaint = followups.draft_followup(store, original, "complaint")
    html = timeline.timeline_document(store, complaint.id)[0]
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "&lt;b&gt;Eve&lt;/b&gt; {{ 7*7 }}" in html
    text = _text(store, complaint.id)
    # References are random ("OFM-49..." happens): only the rest must not show 7*7 evaluated.
    assert "<b>Eve</b> {{ 7*7 }}" in text and "49" not in REFERENCE.sub("", text)
