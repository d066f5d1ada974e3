"""Issue 14, second pass: figures re-read on 2026-12-03 and what changed because of them
(Minnesota's revoked-consent stop, Maryland's opt-out signal wording, the UK GDPR periods moved to
Art. 12A, and the GDPR and PIPEDA periods now tied to the text read)."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import laws
from app.core.deadlines import compute_due
from app.core.model import Client
from app.services import clients as client_service
from app.services import letters as letter_service
from app.services import requests as request_service

D = date.fromisoformat


def _read_on(law: dict, url: str) -> str | None:
    return {s["url"]: s.get("read_on") for s in law["sources"]}.get(url)


def _letter(store, kind: str, state: str = "", country: str = "US") -> str:
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        phones=["+1 612 555 0100"], address="1 Main St\nSpringfield")).id
    request = request_service.new_request(store, client_id, "att", kind)
    return " ".join(letter_service.render_letter(store, request.id, "txt").decode().split())


# ------------------------------------------------------------------ Minnesota: 15-day stop

MN_CONSENT = "Minn. Stat. 325M.10 to 325M.21 (controller duties, subd. 2(e))"


def test_minnesota_consent_rule_is_not_cited_at_the_rights_list():
    law = laws.get_law("us-mn")
    grant = law["grants"]["withdraw-consent"]
    assert grant["citation"] == MN_CONSENT and grant["citation"] != "Minn. Stat. 325M.14"
    assert grant["confidence"] == "secondary" and "not confirmed" in grant["note"]
    assert _read_on(law, grant["source"]) == "2026-12-03"


def test_minnesota_revocation_is_due_in_fifteen_days():
    law = laws.get_law("us-mn")
    due = compute_due(law, "withdraw-consent", D("2026-03-02"))
    assert due.due_on == D("2026-03-17") and due.extended_due_on is None
    assert (due.rule["amount"], due.rule["citation"]) == (15, MN_CONSENT)
    assert _read_on(law, law["deadlines"]["withdraw_consent"]["source"]) == "2026-12-03"
    # The other Minnesota requests keep 45 + 45 days.
    access = compute_due(law, "access", D("2026-03-02"))
    assert access.due_on == D("2026-04-16") and access.extended_due_on == D("2026-05-31")


def test_minnesota_consent_letter_gives_the_fifteen_days(store):
    text = _letter(store, "withdraw-consent", "MN")
    assert "15 calendar days" in text and "subd. 2(e)" in text
    assert "the right to refuse and revoke consent" in text
    assert "Minn. Stat. 325M.14 " not in text and "withdraw consent to the processing" not in text


# ------------------------------------------------------------------ Maryland: signal wording

def test_maryland_signal_cites_the_paragraph_and_says_it_is_one_permitted_method():
    law = laws.get_law("us-md")
    gpc = law["global_privacy_control"]
    assert gpc["citation"] == "Md. Code, Com. Law 14-4707(f)(3)"
    assert gpc["confidence"] == "secondary" and "'may utilize'" in gpc["note"]
    assert "not a duty" in gpc["note"]
    assert _read_on(law, gpc["source"]) == "2026-12-03"


# ------------------------------------------------------------------ GDPR, UK GDPR, PIPEDA

@pytest.mark.parametrize(("law_id", "key", "amount", "unit", "citation", "confidence"), [
    ("eu-gdpr", "respond", 1, "months", "Art. 12(3)", "statute"),
    ("eu-gdpr", "extension", 2, "months", "Art. 12(3)", "statute"),
    ("uk-gdpr", "respond", 1, "months", "UK GDPR Art. 12A (Art. 12(3) as amended)", "secondary"),
    ("uk-gdpr", "extension", 2, "months", "UK GDPR Art. 12A (Art. 12(3) as amended)",
     "secondary"),
    ("ca-pipeda", "respond", 30, "calendar", "PIPEDA s. 8(3)", "statute"),
    ("ca-pipeda", "extension", 30, "calendar", "PIPEDA s. 8(4)", "statute"),
])
def test_period_names_the_text_read(law_id, key, amount, unit, citation, confidence):
    law = laws.get_law(law_id)
    rule = law["deadlines"][key]
    assert (rule["amount"], rule["unit"], rule["citation"], rule["confidence"]) == \
        (amount, unit, citation, confidence)
    assert _read_on(law, rule["source"]) == "2026-12-03"


def test_uk_periods_say_article_12a_was_not_read_and_the_clock_stop_is_not_encoded():
    rules = laws.get_law("uk-gdpr")["deadlines"]
    assert "Art. 12A itself was not read" in rules["respond"]["note"]
    assert "does not encode that pause" in rules["extension"]["note"]


def test_uk_dates_are_unchanged_by_the_new_citation():
    # Received Mon 2 Mar 2026: one month is Thu 2 Apr; two more months end Tue 2 Jun.
    due = compute_due(laws.get_law("uk-gdpr"), "access", D("2026-03-02"))
    assert due.due_on == D("2026-04-02") and due.extended_due_on == D("2026-06-02")


def test_uk_letter_cites_article_12a(store):
    text = _letter(store, "access", country="GB")
    assert "Art. 12A" in text
    assert "CPNI" not in text and "911" not in text


# ------------------------------------------------------------------ Rhode Island, DHS

def test_rhode_island_revocation_fifteen_days_read_in_the_text():
    law = laws.get_law("us-ri")
    rule = law["deadlines"]["withdraw_consent"]
    assert (rule["amount"], rule["citation"], rule["confidence"]) == \
        (15, "R.I. Gen. Laws 6-48.1-4(e)", "statute")
    assert _read_on(law, rule["source"]) == "2026-12-03"
    due = compute_due(law, "withdraw-consent", D("2026-03-02"))
    assert due.due_on == D("2026-03-17") and due.extended_due_on is None


def test_dhs_foia_appeal_is_filed_within_ninety_working_days():
    law = laws.get_law("us-privacy-act")
    window = law["appeal"]["file_within"]
    assert (window["amount"], window["unit"], window["citation"], window["confidence"]) == \
        (90, "business", "6 CFR 5.8(a)(1) (DHS)", "regulation")
    assert _read_on(law, window["source"]) == "2026-12-03"
    assert "90 working days" in window["note"] and "Privacy Act rule" in window["note"]


# ------------------------------------------------------------------ CPNI

def test_cpni_approval_rules_cite_the_paragraphs_read(store):
    law = laws.get_law("us-cpni")
    grant = law["grants"]["cpni-opt-out"]
    assert grant["citation"].endswith("47 CFR 64.2007(a)(2), (b)")
    assert _read_on(law, grant["source"]) == "2026-12-03"
    assert law["deadlines"]["opt_out"]["practice"] is True
    text = _letter(store, "cpni-opt-out", "CA")
    assert "lasts until revoked (47 CFR 64.2007(a)(2))" in text
    assert "opt-in approval (47 CFR 64.2007(b))" in text


# ------------------------------------------------------------------ GDPR Art. 21, Art. 7(3)

def test_gdpr_objection_letter_states_what_article_21_requires(store):
    law = laws.get_law("eu-gdpr")
    grant = law["grants"]["opt-out"]
    assert grant["citation"] == "Art. 21(1)-(3)"
    assert _read_on(law, grant["source"]) == "2026-12-03"
    assert _read_on(law, law["grants"]["withdraw-consent"]["source"]) == "2026-12-03"
    text = _letter(store, "opt-out", country="FR")
    assert "shall no longer be processed for such purposes (Art. 21(2)-(3))" in text
    assert "compelling legitimate grounds" in text and "(Art. 21(1))" in text
    assert "CPNI" not in text and "911" not in text


# ------------------------------------------------------------------ Texas

@pytest.mark.parametrize(("kind", "citation"), [
    ("access", "Tex. Bus. & Com. Code 541.051(b)(1)"),
    ("correct", "Tex. Bus. & Com. Code 541.051(b)(2)"),
    ("delete", "Tex. Bus. & Com. Code 541.051(b)(3)"),
    ("opt-out", "Tex. Bus. & Com. Code 541.051(b)(5)"),
])
def test_texas_rights_cite_the_paragraph_read(kind, citation):
    law = laws.get_law("us-tx")
    grant = law["grants"][kind]
    assert (grant["citation"], grant["confidence"]) == (citation, "statute")
    assert _read_on(law, grant["source"]) == "2026-12-03"


def test_texas_consent_letter_refuses_consent_and_claims_no_revocation_right(store):
    law = laws.get_law("us-tx")
    grant = law["grants"]["withdraw-consent"]
    assert (grant["citation"], grant["confidence"]) == \
        ("Tex. Bus. & Com. Code 541.101(b)(4)", "statute")
    # 541.052's 45 days answer requests under 541.051; refusing consent is not one of them.
    assert grant["deadline"] is None and "withdraw_consent" not in law["deadlines"]
    text = _letter(store, "withdraw-consent", "TX")
    assert "sets no period for acting on this request" in text and "541.052" not in text
    assert "Tex. Bus. & Com. Code 541.101(b)(4)" in text
    assert "the right to refuse consent to the processing of sensitive data" in text
    assert "refuse and withdraw consent" not in text and "ch. 541" not in text


def test_texas_opt_out_signal_cites_the_subsections_and_their_conditions():
    law = laws.get_law("us-tx")
    gpc = law["global_privacy_control"]
    assert (gpc["valid_opt_out"], gpc["citation"], gpc["confidence"]) == \
        (True, "Tex. Bus. & Com. Code 541.055(e)-(f)", "statute")
    assert "Texas resident" in gpc["note"] and "default setting" in gpc["note"]
    assert _read_on(law, gpc["source"]) == "2026-12-03"


def test_tennessee_has_no_opt_out_signal_duty_from_the_guide_read():
    law = laws.get_law("us-tn")
    gpc = law["global_privacy_control"]
    assert (gpc["valid_opt_out"], gpc["confidence"]) == (False, "secondary")
    assert _read_on(law, gpc["source"]) == "2026-12-03"
