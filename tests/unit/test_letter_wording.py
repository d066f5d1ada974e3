"""Letters read as the recipient's counsel reads them: each law's own words for the right it
grants, no foreign (US sale/sharing, GDPR processing) wording, and the right section cited."""

from __future__ import annotations

import pytest

from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, tracking
from app.services import letters as letter_service
from app.services import requests as request_service


def _letter(store, state: str, country: str, company: str, kind: str, law_id: str) -> str:
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"],
        address="1 Main St\nSpringfield")).id
    request = request_service.new_request(store, client_id, company, kind, law=law_id)
    return " ".join(letter_service.render_letter(store, request.id, "txt").decode().split())


US_SALE = ["opt out of the sale", "selling", "sell or share", "sold"]

WORDING = [
    # (state, country, company, type, law, present, absent)
    ("", "FR", "kochava", "opt-out", "eu-gdpr",
     ["Subject: Objection to the processing of my personal data", "Art. 21(1)-(3)",
      "I object to your processing of my personal data", "direct marketing",
      "Art. 6(1)(e) or (f)", "Art. 7(3)", "Art. 18(1)(d)", "Art. 12(3)"],
     [*US_SALE, "targeted advertising", "I am a resident"]),
    ("", "GB", "kochava", "opt-out", "uk-gdpr",
     ["Subject: Objection to the processing of my personal data", "Article 21 of the UK General",
      "I object to your processing of my personal data", "Art. 7(3)"],
     [*US_SALE, "targeted advertising", "(EU) 2016/679"]),
    ("", "DE", "kochava", "delete", "eu-gdpr",
     ["Subject: Request for erasure of my personal data", "Art. 17", "Please erase",
      "Art. 21(2)-(3)", "Art. 19"],
     [*US_SALE, "do not collect it again"]),
    ("", "GB", "kochava", "delete", "uk-gdpr",
     ["Subject: Request for erasure of my personal data", "Art. 17", "Art. 21(2)-(3)"],
     US_SALE),
    ("", "IE", "kochava", "withdraw-consent", "eu-gdpr",
     ["Subject: Withdrawal of consent to the processing of my personal data", "Art. 7(3)",
      "does not affect the lawfulness of processing before it"],
     US_SALE),
    ("", "GB", "kochava", "withdraw-consent", "uk-gdpr",
     ["Subject: Withdrawal of consent to the processing of my personal data", "Art. 7(3)"],
     US_SALE),
    ("ON", "CA", "kochava", "withdraw-consent", "ca-pipeda",
     ["collection, use and disclosure of my personal information",
      "Schedule 1, principle 4.3.8", "legal or contractual restriction",
      "the implications of withdrawing my consent"],
     [*US_SALE, "CPNI", "911", "processing"]),
    ("QC", "CA", "kochava", "withdraw-consent", "ca-qc",
     ["collect, use or communicate to third persons", "CQLR c. P-39.1"],
     [*US_SALE, "CPNI", "911"]),
    ("CA", "US", "att", "withdraw-consent", "us-cpni",
     ["Subject: Revocation of authorization to use or disclose my call location information",
      "47 U.S.C. 222(f)", "47 U.S.C. 222(d), (f)", "express prior authorization"],
     [*US_SALE, "processing"]),
    ("", "FR", "kochava", "access", "eu-gdpr", ["Subject: Subject access request", "Art. 15"], []),
    ("", "GB", "kochava", "correct", "uk-gdpr",
     ["Subject: Request for rectification of my personal data", "Art. 16"], []),
    ("CA", "US", "dhs", "access", "us-privacy-act",
     ["Subject: Privacy Act and Freedom of Information Act request for records about me",
      "a copy of all records about me"],
     ["all personal information you hold about me, including all location data, in"]),
    ("CA", "US", "dhs", "correct", "us-privacy-act",
     ["Subject: Privacy Act request to amend records about me",
      "not accurate, relevant, timely or complete", "5 U.S.C. 552a(d)(2)(B)(i)"],
     ["Please correct any inaccurate personal information"]),
    # A right that ends in a comma clause is closed before "under the ... Act".
    ("VA", "US", "kochava", "withdraw-consent", "us-va",
     ["including precise geolocation, under the Virginia Consumer Data Protection Act"], []),
    ("QC", "CA", "kochava", "delete", "ca-qc",
     ["CQLR c. P-39.1, s. 28", "not justified by the object of the file",
      "collected in contravention of the law", "on which ground"],
     [*US_SALE, "Please delete all personal information you have collected"]),
    ("NY", "US", "att", "access", "us-cpni",
     ["Subject: Written request for disclosure of my customer proprietary network information",
      "47 U.S.C. 222(c)(2)", "Please disclose to me my customer proprietary network information"],
     ["Please send me a copy of all personal information you hold about me"]),
    # US state laws keep their own sale/targeted-advertising wording.
    ("VA", "US", "kochava", "opt-out", "us-va",
     ["Subject: Request to opt out of the sale of personal data, targeted advertising and "
      "profiling", "Va. Code 59.1-577(A)(5)", "I am a resident of Virginia",
      "profiling me with it in furtherance of decisions that produce legal or similarly "
      "significant effects concerning me"],
     ["Art. 21", "direct marketing", "sharing"]),
    ("UT", "US", "kochava", "opt-out", "us-ut",
     ["Subject: Request to opt out of targeted advertising and the sale of personal data",
      "Utah Code 13-61-201(4)"],
     ["profiling", "sharing"]),
    ("CA", "US", "kochava", "opt-out", "us-ca",
     ["opt out of the sale and sharing", "1798.120"], ["Art. 21"]),
    ("VA", "US", "kochava", "delete", "us-va",
     ["Subject: Request to delete personal data", "Please delete all personal data",
      "I am a resident of Virginia"],
     ["Art. 21", "Please erase", "personal information"]),
    ("VA", "US", "kochava", "withdraw-consent", "us-va",
     ["Withdrawal of consent to the processing of my location data"], ["Art. 7(3)"]),
]


@pytest.mark.parametrize(("state", "country", "company", "kind", "law_id", "present", "absent"),
                         WORDING, ids=[f"{row[4]}-{row[3]}" for row in WORDING])
def test_each_law_speaks_its_own_words(store, state, country, company, kind, law_id, present,
                                       absent):
    text = _letter(store, state, country, company, kind, law_id)
    for phrase in present:
        assert phrase in text, phrase
    for phrase in absent:
        assert phrase not in text, phrase


@pytest.mark.parametrize("kind", ["reminder", "appeal", "complaint"])
def test_state_law_follow_ups_state_the_residence(store, kind):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="VA", country="US", emails=["ana@example.org"])).id
    original = request_service.new_request(store, client_id, "kochava", "access", law="us-va")
    tracking.mark_sent(store, original.id, on="2026-01-15")
    follow_up = followups.draft_followup(store, original.id, kind)
    text = " ".join(letter_service.render_letter(store, follow_up.id, "txt").decode().split())
    assert "I am a resident of Virginia" in text


def test_gdpr_follow_ups_do_not_claim_residence(store):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="", country="FR", emails=["ana@example.org"])).id
    original = request_service.new_request(store, client_id, "kochava", "access", law="eu-gdpr")
    tracking.mark_sent(store, original.id, on="2026-01-15")
    follow_up = followups.draft_followup(store, original.id, "reminder")
    text = letter_service.render_letter(store, follow_up.id, "txt").decode()
    assert "resident" not in text


FOLLOW_UPS = [
    # (state, country, type, law, phrase the follow-up must use, phrases it must not)
    ("", "FR", "opt-out", "eu-gdpr",
     "objection to the processing of my personal data, including for direct marketing ",
     ["opt out of the sale", "sharing"]),
    ("", "GB", "withdraw-consent", "uk-gdpr",
     "withdrawal of consent to the processing of my personal data", ["location data"]),
    ("ON", "CA", "withdraw-consent", "ca-pipeda",
     "withdrawal of consent to the collection, use and disclosure of my personal information",
     ["processing"]),
    ("", "FR", "access", "eu-gdpr", " subject access request", ["Subject access request"]),
    ("CA", "US", "access", "us-privacy-act",
     " Privacy Act and Freedom of Information Act request for records about me",
     ["privacy Act"]),
    ("VA", "US", "opt-out", "us-va",
     "request to opt out of the sale of personal data, targeted advertising and profiling",
     ["sharing"]),
]


@pytest.mark.parametrize("kind", ["reminder", "complaint"])
@pytest.mark.parametrize(("state", "country", "request_type", "law_id", "phrase", "absent"),
                         FOLLOW_UPS, ids=[f"{row[3]}-{row[2]}" for row in FOLLOW_UPS])
def test_follow_ups_name_the_request_in_its_laws_words(store, kind, state, country,
                                                       request_type, law_id, phrase, absent):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state=state, country=country, emails=["ana@example.org"])).id
    company = "dhs" if law_id == "us-privacy-act" else "kochava"
    original = request_service.new_request(store, client_id, company, request_type, law=law_id)
    tracking.mark_sent(store, original.id, on="2026-01-15")
    follow_up = followups.draft_followup(store, original.id, kind)
    text = " ".join(letter_service.render_letter(store, follow_up.id, "txt").decode().split())
    body = text.split("Dear Sir or Madam,", 1)[1]
    assert phrase in body
    assert "to the the " not in body
    for wrong in absent:
        assert wrong not in body.split("What happened")[0], wrong


def test_a_cpni_complaint_keeps_every_use_the_act_allows(store):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="NY", country="US", emails=["ana@example.org"])).id
    original = request_service.new_request(store, client_id, "att", "cpni-opt-out",
                                           law="us-cpni")
    tracking.mark_sent(store, original.id, on="2026-01-15")
    complaint = followups.draft_followup(store, original.id, "complaint")
    text = " ".join(letter_service.render_letter(store, complaint.id, "txt").decode().split())
    for phrase in ("47 U.S.C. 222(c)(1) and (d)", "billing", "fraud", "required by law",
                   "E911"):
        assert phrase in text, phrase


def test_the_resident_sentence_closes_the_law_names_aside():
    from app.core.letter_context import _resident_statement
    from app.core.model import Client

    law = {"name": "California Consumer Privacy Act, as amended by the California Privacy Rights "
                   "Act", "jurisdiction": {"country": "US", "state": "CA"}}
    sentence = _resident_statement(law, Client(name="A", state="CA", country="US"), False)
    # No data_word: the general "personal information" (the CCPA's own term too).
    assert sentence.endswith("California Privacy Rights Act, applies to my personal information.")
    law = {"name": "Virginia Consumer Data Protection Act",
           "jurisdiction": {"country": "US", "state": "VA"}}
    sentence = _resident_statement(law, Client(name="A", state="VA", country="US"), False)
    assert "Protection Act applies" in sentence


@pytest.mark.parametrize("via, by_email", [("email", True), ("post", False),
                                           ("webform", False)])
def test_the_recipient_block_names_the_way_the_letter_went(store, via, by_email):
    client_id = client_service.add_client(store, Client(
        name="Ana Client", state="CA", country="US", emails=["ana@example.org"],
        address="1 Main St\nSpringfield")).id
    request = request_service.new_request(store, client_id, "kochava", "delete")
    tracking.mark_sent(store, request.id, via=via)
    text = letter_service.render_letter(store, request.id, "txt").decode()
    assert ("By e-mail: privacy@kochava.com" in text) is by_email
