"""Figures read at section level on 2026-12-03 (issue 14): each with its amount, the section it
comes from, its confidence and a source recorded as read; and the dates OffMap derives from them."""

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

# law, deadline key, amount, citation, confidence
FIGURES = [
    ("us-tn", "respond", 45, "Tenn. Code Ann. 47-18-3304(b)(1)", "statute"),
    ("us-tn", "extension", 45, "Tenn. Code Ann. 47-18-3304(b)(1)", "statute"),
    ("us-tn", "appeal", 60, "Tenn. Code Ann. 47-18-3304", "secondary"),
    ("us-mt", "respond", 45, "Mont. Code Ann. 30-14-2808", "statute"),
    ("us-mt", "extension", 45, "Mont. Code Ann. 30-14-2808", "statute"),
    ("us-mt", "withdraw_consent", 45, "Mont. Code Ann. 30-14-2812(1)(c)", "statute"),
    ("us-or", "withdraw_consent", 15, "ORS 646A.578(1)(d)", "statute"),
    ("us-nh", "extension", 45, "N.H. Rev. Stat. 507-H:4", "secondary"),
]

# Figures that keep an act-level citation because their section was not read: each must
# still name the source read and say what was not read.
UNREAD_SECTION = [("us-nj", "appeal", 45)]


@pytest.mark.parametrize(("law_id", "key", "amount"), UNREAD_SECTION)
def test_figures_without_a_section_say_so_and_name_their_source(law_id, key, amount):
    law = laws.get_law(law_id)
    rule = law["deadlines"][key]
    assert rule["amount"] == amount and rule["confidence"] == "secondary"
    assert "not read" in rule["note"]
    read = {s["url"]: s for s in law["sources"]}
    assert read[rule["source"]]["read_on"] == "2026-12-03"


@pytest.mark.parametrize(("law_id", "key", "amount", "citation", "confidence"), FIGURES)
def test_figure_is_cited_at_section_level_with_its_source(law_id, key, amount, citation,
                                                          confidence):
    law = laws.get_law(law_id)
    rule = law["deadlines"][key]
    assert (rule["amount"], rule["citation"], rule["confidence"]) == \
        (amount, citation, confidence)
    assert "et seq." not in rule["citation"] and " ch. " not in rule["citation"]
    read = {s["url"]: s for s in law["sources"]}
    assert read[rule["source"]]["read_on"] == "2026-12-03"


# law, request type, section read for the right
GRANTS = [
    ("us-tn", "access", "Tenn. Code Ann. 47-18-3304(a)(2)(A)"),
    ("us-tn", "correct", "Tenn. Code Ann. 47-18-3304(a)(2)(B)"),
    ("us-tn", "delete", "Tenn. Code Ann. 47-18-3304(a)(2)(C)"),
    ("us-tn", "opt-out", "Tenn. Code Ann. 47-18-3304(a)(2)(E)"),
    ("us-mt", "access", "Mont. Code Ann. 30-14-2808(1)(a)"),
    ("us-mt", "correct", "Mont. Code Ann. 30-14-2808(1)(b)"),
    ("us-nh", "access", "N.H. Rev. Stat. 507-H:4, I(a)"),
    ("us-nh", "correct", "N.H. Rev. Stat. 507-H:4, I(b)"),
    ("us-nh", "delete", "N.H. Rev. Stat. 507-H:4, I(c)"),
]


@pytest.mark.parametrize(("law_id", "kind", "citation"), GRANTS)
def test_rights_cite_the_paragraph_read(law_id, kind, citation):
    grant = laws.get_law(law_id)["grants"][kind]
    assert (grant["citation"], grant["confidence"]) == (citation, "statute")


def test_tennessee_dates_follow_the_sections_read():
    due = compute_due(laws.get_law("us-tn"), "access", D("2026-03-02"))
    assert due.due_on == D("2026-04-16")   # 45 days, 47-18-3304(b)(1)
    assert due.extended_due_on == D("2026-05-31")   # once, by 45 more days
    appeal = compute_due(laws.get_law("us-tn"), "appeal", D("2026-03-02"), parent_type="access")
    assert appeal.due_on == D("2026-05-01") and appeal.rule["confidence"] == "secondary"


# ------------------------------------------------------------------ consent for sensitive data

# law, citation read, confidence, the law's own period to act on a revocation and that period's
# confidence (None: the law sets none, so the grant has no deadline, only a suggested follow-up)
CONSENT = [
    ("us-va", "Va. Code 59.1-578(A)(5)", "statute", None, None),
    ("us-in", "Ind. Code 24-15-4-1(5)", "statute", None, None),
    ("us-or", "ORS 646A.578(1)(d), (2)(b)", "statute", 15, "statute"),
    ("us-mt", "Mont. Code Ann. 30-14-2812(1)(c), (2)(b)", "statute", 45, "statute"),
    ("us-md", "Md. Code, Com. Law 14-4707(a)(1)-(2)", "statute", 30, "secondary"),
    ("us-ky", "Ky. Rev. Stat. 367.3617(1)", "secondary", None, None),
    ("us-de", "Del. Code tit. 6, 12D-106(a)", "secondary", None, None),
    ("us-tn", "Tenn. Code Ann. 47-18-3305(a)", "secondary", None, None),
]


@pytest.mark.parametrize(("law_id", "citation", "confidence", "days", "days_confidence"), CONSENT)
def test_consent_rules_cite_the_section(law_id, citation, confidence, days, days_confidence):
    law = laws.get_law(law_id)
    grant = law["grants"]["withdraw-consent"]
    assert (grant["citation"], grant["confidence"]) == (citation, confidence)
    read = {s["url"]: s for s in law["sources"]}
    assert read[grant["source"]]["read_on"] == "2026-12-03"
    if days is None:
        # The 45 days answer requests to exercise the listed rights; consent is not one of them.
        assert grant["deadline"] is None and "withdraw_consent" not in law["deadlines"]
        assert "No statutory period" in grant["deadline_note"]
        assert law["deadlines"][grant["follow_up"]]["practice"] is True
    else:
        rule = law["deadlines"][grant["deadline"]]
        assert (rule["amount"], rule["confidence"]) == (days, days_confidence)
        assert grant["extendable"] is False


@pytest.mark.parametrize("law_id", ["us-va", "us-in", "us-ky", "us-tn"])
def test_no_revocation_right_is_claimed_where_none_was_read(law_id):
    right = laws.get_law(law_id)["grants"]["withdraw-consent"]["right"]
    assert right.startswith("the right to refuse consent") and "withdraw" not in right


def test_new_hampshire_consent_is_not_cited_at_the_rights_list():
    # 507-H:4, I lists access, correction, deletion, a copy and opt-out: no consent right.
    grant = laws.get_law("us-nh")["grants"]["withdraw-consent"]
    assert not grant["citation"].startswith("N.H. Rev. Stat. 507-H:4")
    assert grant["confidence"] == "secondary" and "not read" in grant["note"]


def test_maryland_cites_its_current_numbering_not_the_bill_numbers():
    law = laws.get_law("us-md")
    records = [*law["grants"].values(), *law["deadlines"].values(), law["appeal"], law["agent"],
               law["precise_geolocation"], law["global_privacy_control"]]
    assert not [r["citation"] for r in records if "14-46" in r["citation"]]
    # The answer periods stay unconfirmed: the secondary guides disagree (45 + 45 or 45 + 15).
    assert law["deadlines"]["extension"]["confidence"] == "unverified"
    assert law["deadlines"]["appeal"]["confidence"] == "unverified"


def test_oregon_revocation_is_due_in_fifteen_days():
    due = compute_due(laws.get_law("us-or"), "withdraw-consent", D("2026-03-02"))
    assert due.due_on == D("2026-03-17") and due.extended_due_on is None
    assert due.rule["citation"] == "ORS 646A.578(1)(d)"


def _client(store, state: str) -> int:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, country="US", emails=["ana@example.org"],
        phones=["+1 410 555 0100"], address="1 Main St\nBaltimore")).id


def _letter(store, state: str, kind: str) -> str:
    request = request_service.new_request(store, _client(store, state), "kochava", kind)
    return " ".join(letter_service.render_letter(store, request.id, "txt").decode().split())


def test_maryland_letter_states_the_strictly_necessary_rule_not_a_consent_rule(store):
    text = _letter(store, "MD", "withdraw-consent")
    assert "only where strictly necessary" in text and "may not sell it" in text
    assert "Md. Code, Com. Law 14-4707(a)(1)-(2)" in text
    assert "may not be processed without my consent" not in text
    assert "the right to refuse and withdraw consent" not in text


@pytest.mark.parametrize(("state", "citation"), [("VA", "Va. Code 59.1-578(A)(5)"),
                                                 ("IN", "Ind. Code 24-15-4-1(5)")])
def test_consent_letters_cite_the_paragraph_and_claim_no_revocation_right(store, state,
                                                                          citation):
    text = _letter(store, state, "withdraw-consent")
    assert "the right to refuse consent to the processing of sensitive data" in text
    assert citation in text and "et seq." not in text
    assert "right to refuse and withdraw consent" not in text


def test_montana_appeal_stays_unverified_but_cites_the_section():
    law = laws.get_law("us-mt")
    rule = law["deadlines"]["appeal"]
    assert (rule["amount"], rule["citation"], rule["confidence"]) == \
        (60, "Mont. Code Ann. 30-14-2808", "unverified")
    assert law["appeal"]["citation"] == "Mont. Code Ann. 30-14-2808"
    assert "et seq." not in laws.get_law("us-mt")["precise_geolocation"]["citation"]


def test_montana_revocation_is_due_in_forty_five_days(store):
    due = compute_due(laws.get_law("us-mt"), "withdraw-consent", D("2026-03-02"))
    assert due.due_on == D("2026-04-16") and due.extended_due_on is None
    text = _letter(store, "MT", "withdraw-consent")
    assert "Mont. Code Ann. 30-14-2812(1)(c)" in text and "45 calendar days" in text


def test_oregon_letter_gives_the_fifteen_days(store):
    text = _letter(store, "OR", "withdraw-consent")
    assert "ORS 646A.578(1)(d)" in text and "15 calendar days" in text
