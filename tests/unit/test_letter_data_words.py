"""Letters speak of the data in the defined term of the law they invoke: "personal data" for
the GDPR, the UK GDPR and most US state laws, "personal information" for the CCPA, PIPEDA and
Quebec, "records" for the Privacy Act; each term is cited to the law's definitions section."""

from __future__ import annotations

import re

import pytest

from app.core import laws
from app.core.letter_values import data_word, in_law_words
from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, tracking
from app.services import letters as letter_service
from app.services import requests as request_service

PERSONAL_DATA_LAWS = sorted(law_id for law_id in laws.law_ids()
                            if data_word(laws.get_law(law_id)) == "personal data")


def _client(store, state: str, country: str) -> str:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        address="1 Main St\nSpringfield")).id


def _text(store, request_id: str) -> str:
    return " ".join(letter_service.render_letter(store, request_id, "txt").decode().split())


def _letter(store, state: str, country: str, company: str, kind: str, law_id: str) -> str:
    request = request_service.new_request(store, _client(store, state, country), company, kind,
                                          law=law_id)
    return _text(store, request.id)


@pytest.mark.parametrize("law_id", sorted(laws.law_ids()))
def test_every_data_word_is_cited_to_a_source_read_on_a_date(law_id):
    entry = laws.get_law(law_id).get("data_word")
    if law_id == "us-cpni":
        # CPNI letters name customer proprietary network information themselves; the general
        # sentences are broader than CPNI, so the law keeps the general term.
        assert entry is None
        return
    assert entry, f"{law_id} has no data_word"
    assert entry["word"] in ("personal data", "personal information", "records")
    assert entry["citation"].strip()
    assert re.match(r"^https?://\S+$", entry["source"])
    assert re.match(r"^\d{4}-\d{2}-\d{2}$", entry["read_on"])
    assert entry["confidence"] in laws.CONFIDENCES


def test_the_gdpr_laws_and_the_state_data_laws_say_personal_data():
    assert {"eu-gdpr", "uk-gdpr", "us-va", "us-co", "us-tx"} <= set(PERSONAL_DATA_LAWS)
    for law_id in ("us-ca", "ca-pipeda", "ca-qc"):
        assert data_word(laws.get_law(law_id)) == "personal information"


@pytest.mark.parametrize(("country", "law_id"), [("FR", "eu-gdpr"), ("GB", "uk-gdpr")])
@pytest.mark.parametrize("kind", ["access", "delete", "correct", "opt-out", "withdraw-consent"])
def test_a_gdpr_letter_says_personal_data_and_never_personal_information(store, country, law_id,
                                                                         kind):
    text = _letter(store, "", country, "kochava", kind, law_id)
    assert "personal data" in text
    assert "personal information" not in text


def test_a_gdpr_access_letter_asks_for_all_personal_data(store):
    text = _letter(store, "", "FR", "kochava", "access", "eu-gdpr")
    assert "Please send me a copy of all personal data you hold about me" in text
    assert "This request covers all personal data you hold about me" in text


@pytest.mark.parametrize("kind", ["access", "delete", "correct", "opt-out", "limit"])
def test_a_ccpa_letter_says_personal_information(store, kind):
    text = _letter(store, "CA", "US", "kochava", kind, "us-ca")
    assert "personal information" in text
    assert "personal data" not in text


def test_a_ccpa_access_letter_in_its_own_words(store):
    text = _letter(store, "CA", "US", "kochava", "access", "us-ca")
    assert "Subject: Request to access personal information" in text
    assert "so the California Consumer Privacy Act, as amended by the California Privacy " \
           "Rights Act, applies to my personal information." in text


def test_the_ccpa_limit_letter_keeps_sensitive_personal_information(store):
    text = _letter(store, "CA", "US", "kochava", "limit", "us-ca")
    assert "Subject: Request to limit the use of sensitive personal information" in text
    assert "my sensitive personal information, including my precise geolocation" in text


@pytest.mark.parametrize("kind", ["access", "delete", "correct"])
def test_a_state_data_law_letter_uses_personal_data_throughout(store, kind):
    text = _letter(store, "VA", "US", "kochava", kind, "us-va")
    assert f"Subject: Request to {kind} personal data" in text
    assert "so the Virginia Consumer Data Protection Act applies to my personal data." in text
    assert "personal information" not in text


@pytest.mark.parametrize("kind", ["access", "correct"])
def test_a_privacy_act_letter_speaks_of_records(store, kind):
    text = _letter(store, "CA", "US", "dhs", kind, "us-privacy-act")
    assert "This request covers all records you hold about me" in text
    assert "personal information" not in text
    assert "personal data" not in text


def test_a_law_without_data_word_keeps_personal_information(store):
    text = _letter(store, "NY", "US", "att", "cpni-opt-out", "us-cpni")
    assert "This request covers all personal information you hold about me" in text
    assert "customer proprietary network information" in text


@pytest.mark.parametrize("kind", ["reminder", "appeal", "complaint"])
def test_follow_ups_name_the_request_in_the_laws_words(store, kind):
    original = request_service.new_request(store, _client(store, "VA", "US"), "kochava",
                                           "access", law="us-va")
    tracking.mark_sent(store, original.id, on="2026-01-15")
    if kind == "appeal":
        tracking.log_event(store, original.id, "denied", on="2026-02-01", text="No")
    follow_up = followups.draft_followup(store, original.id, kind)
    text = _text(store, follow_up.id)
    assert "request to access personal data" in text
    assert "personal information" not in text


def test_in_law_words_changes_the_general_term_only():
    gdpr = laws.get_law("eu-gdpr")
    assert in_law_words("Request to access personal information", gdpr) == \
        "Request to access personal data"
    assert in_law_words("Request to limit the use of sensitive personal information", gdpr) == \
        "Request to limit the use of sensitive personal information"
    assert in_law_words("Request to delete personal information", {}) == \
        "Request to delete personal information"
    assert data_word({"data_word": {}}) == "personal information"
    assert data_word(None) == "personal information"


def _state_and_country(law: dict) -> tuple[str, str]:
    country = "FR" if law["jurisdiction"]["country"] == "EU" else law["jurisdiction"]["country"]
    return law["jurisdiction"]["state"] or "", country


@pytest.mark.parametrize("law_id", sorted(set(laws.law_ids()) - {"us-cpni", "us-privacy-act"}))
def test_every_letter_of_a_law_keeps_to_its_one_term(store, law_id):
    law = laws.get_law(law_id)
    word = data_word(law)
    other = "personal information" if word == "personal data" else "personal data"
    state, country = _state_and_country(law)
    client_id = _client(store, state, country)
    for kind in law["grants"]:
        request = request_service.new_request(store, client_id, "kochava", kind, law=law_id)
        text = _text(store, request.id).replace("sensitive personal information", "")
        assert word in text, (kind, word)
        assert other not in text, (kind, other)


def test_the_phone_script_names_the_request_in_the_laws_words(store):
    from app.services import routes

    request = request_service.new_request(store, _client(store, "VA", "US"), "kochava",
                                          "access", law="us-va")
    script = routes.phone_script(store, request.id)
    assert "PHONE SCRIPT: Request to access personal data" in script
    assert "personal information" not in script
