"""Agent-mode letters and phone scripts read as the recipient's counsel reads them: each law's
own word for the person (consumer, customer, individual, person concerned, data subject), what
lets the agent act, who receives CPNI, and no sentence that only fits a letter from the person."""

from __future__ import annotations

import pytest

from app.core.clinic import ClinicProfile
from app.core.errors import ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.services import letters as letter_service
from app.services import requests as request_service
from app.services import routes

CLINIC = ClinicProfile(name="Bay Privacy Clinic", staff="Rosa Staff",
                       address="1 Main St\nOakland CA 94612", email="help@clinic.example.org",
                       mode="agent")

# (law, type, state, country, company, the law's word, words that must not appear)
WORDS = [
    ("ca-pipeda", "access", "ON", "CA", "kochava", "individual", ["consumer", "CPNI", "911"]),
    ("ca-pipeda", "withdraw-consent", "ON", "CA", "rogers", "individual",
     ["consumer", "CPNI", "911"]),
    ("ca-qc", "delete", "QC", "CA", "kochava", "person concerned", ["consumer", "911"]),
    ("ca-qc", "access", "QC", "CA", "videotron", "person concerned", ["consumer", "911"]),
    ("us-cpni", "access", "CA", "US", "att", "customer", ["consumer"]),
    ("us-privacy-act", "access", "CA", "US", "dhs", "individual", ["consumer"]),
    ("us-privacy-act", "correct", "CA", "US", "dhs", "individual", ["consumer"]),
    ("us-ri", "opt-out", "RI", "US", "kochava", "customer", ["consumer"]),
    ("us-ca", "delete", "CA", "US", "kochava", "consumer", ["customer", "individual"]),
    ("us-nj", "opt-out", "NJ", "US", "kochava", "consumer", ["customer"]),
]
IDS = [f"{row[0]}-{row[1]}" for row in WORDS]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _agent_request(store, law_id: str, kind: str, state: str, country: str,
                   company: str) -> int:
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        phones=["+1 415 555 0100"], address="1 Main St\nSpringfield")).id
    request = request_service.new_request(store, client_id, company, kind, law=law_id)
    clinic_service.save_profile(store, CLINIC)
    assert request.id is not None
    return request.id


@pytest.mark.parametrize(("law_id", "kind", "state", "country", "company", "word", "absent"),
                         WORDS, ids=IDS)
def test_agent_letter_uses_the_laws_word(store, law_id, kind, state, country, company, word,
                                         absent):
    request_id = _agent_request(store, law_id, kind, state, country, company)
    text = _flat(letter_service.render_letter(store, request_id, "txt").decode())
    assert f"authorized agent of Ana Client, the {word}, with their signed permission" in text
    assert f"do not ask the {word} to repeat the request" in text
    for wrong in absent:
        assert wrong not in text, wrong
    script = _flat(routes.phone_script(store, request_id))
    assert "My name is Rosa Staff, of Bay Privacy Clinic. I am calling as the authorized agent " \
           f"of Ana Client, the {word}," in script
    assert "IDENTIFY ANA CLIENT" in script and "IDENTIFY YOURSELF" not in script


def test_privacy_act_agent_letter_names_the_agency_rules_not_the_act(store):
    request_id = _agent_request(store, "us-privacy-act", "access", "CA", "US", "dhs")
    text = _flat(letter_service.render_letter(store, request_id, "txt").decode())
    assert "as the agency's Privacy Act regulations allow. In this letter" in text
    assert "Privacy Act allows" not in text and "(agency Privacy Act regulations)" not in text


def test_cpni_agent_receives_the_cpni_and_cannot_opt_out_for_the_customer(store):
    request_id = _agent_request(store, "us-cpni", "access", "CA", "US", "att")
    text = _flat(letter_service.render_letter(store, request_id, "txt").decode())
    assert "I designate Bay Privacy Clinic, named above, as the person to receive my CPNI on " \
           "my behalf" in text and "(47 U.S.C. 222(c)(2))" in text
    assert "I designate myself" not in text
    for kind in ("cpni-opt-out", "withdraw-consent"):
        opt_out = _agent_request(store, "us-cpni", kind, "CA", "US", "att")
        with pytest.raises(ValidationError, match="only these requests: access"):
            letter_service.render_letter(store, opt_out, "txt")


def test_cpni_letter_in_the_customers_own_name_keeps_designating_the_customer(store):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="CA", country="US", phones=["+1 415 555 0100"])).id
    request = request_service.new_request(store, client_id, "att", "access", law="us-cpni")
    text = _flat(letter_service.render_letter(store, request.id, "txt").decode())
    assert "I designate myself as the person to receive my CPNI" in text


def test_gdpr_mandate_letter_is_signed_under_the_mandate_not_as_an_agent(store):
    request_id = _agent_request(store, "eu-gdpr", "withdraw-consent", "", "IE", "kochava")
    letter = letter_service.compose(store, request_id)
    assert letter.signature == "Rosa Staff, for Bay Privacy Clinic, on behalf of Ana Client " \
                               "under a written mandate"
    text = _flat(letter_service.render_letter(store, request_id, "txt").decode())
    assert "on behalf of Ana Client, the data subject, under the written mandate" in text
    assert "authorized agent" not in text and "consumer" not in text
    script = _flat(routes.phone_script(store, request_id))
    assert "I am calling on behalf of Ana Client, the data subject, under the written mandate" \
        in script and "If they ask for the mandate" in script


def test_agent_letter_does_not_pretend_to_withhold_the_name_or_come_from_the_persons_mail(store):
    # Kochava asks for neither the name nor the e-mail address: an agent must still say for
    # whom it acts, and its letter travels from the clinic's address.
    request_id = _agent_request(store, "ca-qc", "delete", "QC", "CA", "kochava")
    text = _flat(letter_service.render_letter(store, request_id, "txt").decode())
    assert "My name appears above only because Bay Privacy Clinic must say for whom it acts" \
        in text
    assert "does not give my name" not in text
    assert "reaches you from my e-mail address" not in text


def test_client_letter_without_identifiers_does_not_point_to_identifiers_above(store):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="QC", country="CA", emails=["ana@example.org"])).id
    request = request_service.new_request(store, client_id, "kochava", "delete", law="ca-qc")
    text = _flat(letter_service.render_letter(store, request.id, "txt").decode())
    assert "this request does not give my name" in text
    assert "identifiers above" not in text


def test_phone_script_for_a_canadian_carrier_does_not_mention_911(store):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="ON", country="CA", phones=["+1 416 555 0100"])).id
    request = request_service.new_request(store, client_id, "rogers", "withdraw-consent",
                                          law="ca-pipeda")
    script = _flat(routes.phone_script(store, request.id))
    assert "location use for emergency calls is not affected" in script
    assert "911" not in script and "E911" not in script
    assert "That they honour the right to withdraw consent" in script


def test_agent_complaint_says_complaint_and_claims_no_agent_rule_before_the_regulator(store):
    from app.services import followups, tracking

    request_id = _agent_request(store, "us-privacy-act", "access", "CA", "US", "dhs")
    tracking.mark_sent(store, request_id, on="2026-01-15")
    complaint = followups.draft_followup(store, request_id, "complaint")
    text = _flat(letter_service.render_letter(store, complaint.id, "txt").decode())
    assert text.count("Bay Privacy Clinic makes this complaint on behalf of Ana Client, the "
                      "individual, with their signed permission.") == 1
    assert "makes this request" not in text and "repeat the request" not in text
    assert "regulations allow" not in text
    # The Privacy Act gives the right; FOIA, not the Privacy Act, sets the clock.
    assert "(5 U.S.C. 552a(d)(1)), while the Freedom of Information Act sets the time for " \
           "answering (5 U.S.C. 552(a)(6)(A)(i))" in text
    assert "You can reach Bay Privacy Clinic at help@clinic.example.org" in text
    assert "You can reach me" not in text
