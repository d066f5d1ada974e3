"""Letter text without Qt: the context holds only what the company needs, hostile values stay
plain text, the law data drives the paragraphs and dates."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import letter_context, letter_values, letters
from app.core.deadlines import compute_due
from app.core.laws import get_law
from app.core.model import Client, Company, Request

HOSTILE = "Eve <b>bold</b> {{ 7*7 }} {% raw %}\r\nBcc: victim@example.com"
SENT = date(2026, 3, 2)


def _client(**overrides) -> Client:
    values = dict(name="Ana Lopez", emails=["ana@example.org"], phones=["+14155550100"],
                  address="1 Main St\nSan Francisco, CA 94110", state="CA", country="US")
    values.update(overrides)
    return Client(id=1, **values)


def _carrier(**overrides) -> Company:
    values = dict(slug="att", name="AT&T", kind="carrier",
                  contacts={"email": "privacy@att.example", "cpni_opt_out": "https://x.example"},
                  identification=["full name", "account phone number"])
    values.update(overrides)
    return Company(**values)


def _broker(**overrides) -> Company:
    values = dict(slug="kochava", name="Kochava", kind="broker",
                  contacts={"email": "privacy@kochava.example"}, identification=["e-mail"])
    values.update(overrides)
    return Company(**values)


def _letter(client: Client, company: Company, law_id: str, request_type: str,
            details: dict | None = None, holding: list[str] | None = None):
    law = get_law(law_id)
    request = Request(client_id=1, company=company.slug, law=law_id, type=request_type,
                      reference="OFM-7K3Q-9XPD", details=details or {})
    context = letter_context.build_context(
        client=client, company=company, request=request, law=law,
        due=compute_due(law, request_type, SENT), letter_date=SENT, holding_data=holding,
    )
    return context, letters.compose_letter(context)


def _text(letter) -> str:
    return " ".join(letters.letter_text(letter).split())


def test_californian_delete_to_a_carrier():
    _, letter = _letter(_client(), _carrier(), "us-ca", "delete", holding=["precise-location"])
    text = _text(letter)
    assert "OFM-7K3Q-9XPD" in letter.subject
    assert "Cal. Civ. Code 1798.105" in text
    assert "April 16, 2026 (2026-04-16)" in text  # 45 calendar days after March 2
    assert "11 CCR 7021(b)" in text
    assert "E911" in text
    assert "quoting the reference OFM-7K3Q-9XPD" in text
    assert "+1 415-555-0100" in text
    assert "precise location data" in text
    assert letter.to_addr == "privacy@att.example"
    assert letter.page_size == "Letter"


def test_cpni_opt_out_cites_section_222():
    _, letter = _letter(_client(), _carrier(), "us-cpni", "cpni-opt-out")
    text = _text(letter)
    assert "47 U.S.C. 222" in text
    assert "customer proprietary network information" in text
    assert "E911" in text
    # 30 days is carrier practice (secondary), so the letter asks rather than cites a duty.
    assert "requires you" not in text
    assert "April 1, 2026" in text


def test_no_e911_sentence_for_a_broker():
    _, letter = _letter(_client(), _broker(), "us-ca", "opt-out")
    assert "E911" not in _text(letter)


def test_eu_client_gets_gdpr_one_month_and_a4():
    client = _client(country="DE", state="", address="Hauptstr. 1\n10115 Berlin")
    _, letter = _letter(client, _broker(), "eu-gdpr", "access")
    text = _text(letter)
    assert "Art. 15" in text and "General Data Protection Regulation" in text
    assert "2 April 2026 (2026-04-02)" in text  # one month after 2 March 2026
    assert "1 month" in text
    assert letter.page_size == "A4"


def test_unverified_rule_is_asked_for_not_claimed():
    _, letter = _letter(_client(), _broker(), "us-ca", "limit")
    text = _text(letter)
    assert "Please act on this request by" in text
    assert "requires you" not in text


def _labels(context) -> list[str]:
    return [item["label"] for item in context["identification"]]


def test_identification_is_minimal():
    context, _ = _letter(_client(), _broker(), "us-ca", "delete")
    assert _labels(context) == ["Name", "E-mail"]  # the broker asks for the e-mail only
    assert context["sender"]["address_lines"] == []
    assert context["phones"] == []
    carrier_context, _ = _letter(_client(), _carrier(identification=["service address"]),
                                 "us-ca", "delete")
    assert _labels(carrier_context) == ["Name", "Phone number", "Address"]


def test_without_directory_guidance_name_phones_and_reply_address():
    context, _ = _letter(_client(), _broker(identification=[]), "us-ca", "delete")
    assert _labels(context) == ["Name", "Phone number", "E-mail"]


def test_what_the_company_says_not_to_send_is_left_out():
    ad_id = "38400000-8cf0-11bd-b23e-10b96e40000d"
    company = _broker(identification=["device advertising ID (IDFA or AAID) and its type",
                                      "do not send name, e-mail or address"])
    context, letter = _letter(_client(ad_ids=[ad_id]), company, "us-ca", "delete")
    assert _labels(context) == ["Mobile advertising ID"]
    text = letters.letter_text(letter)
    assert "Ana Lopez" not in text and "ana@example.org" not in text
    assert "Main St" not in text and ad_id in text


def test_email_address_is_not_a_postal_address_and_missing_items_are_listed():
    company = _carrier(identification=["e-mail address on the account", "date of birth"])
    context, _ = _letter(_client(), company, "us-ca", "delete")
    assert "Address" not in _labels(context) and "E-mail" in _labels(context)
    assert context["identification_missing"] == ["Date of birth"]
    assert context["missing_identification"] == ["date-of-birth"]


def test_address_is_used_when_there_is_no_email_to_reply_to():
    _context, letter = _letter(_client(emails=[]), _broker(), "us-ca", "delete")
    assert "1 Main St" in letter.sender_lines


def test_ad_ids_appear_when_given():
    ad_id = "38400000-8cf0-11bd-b23e-10b96e40000d"
    _, letter = _letter(_client(ad_ids=[ad_id]), _broker(), "us-ca", "delete")
    assert ad_id in _text(letter)


def test_hostile_values_stay_plain_text():
    client = _client(name=HOSTILE, address="<script>x</script>\r\n{{ 8*8 }}")
    company = _broker(name="Evil\r\nCorp <i>x</i> {{ 9*9 }}",
                      contacts={"email": "a@b.example\r\nBcc: c@d.example"})
    _context, letter = _letter(client, company, "us-ca", "delete", details={"note": "{{ 6*6 }}"})
    text = letters.letter_text(letter)
    assert "Eve <b>bold</b> {{ 7*7 }} {% raw %} Bcc: victim@example.com" in text
    assert "49" not in text and "64" not in text and "81" not in text and "36" not in text
    assert "Evil Corp <i>x</i> {{ 9*9 }}" in text
    for line in letter.sender_lines + letter.recipient_lines + [letter.subject]:
        assert "\n" not in line and "\r" not in line
    html = letters.letter_html(letter)
    assert "<b>bold" not in html and "&lt;b&gt;bold&lt;/b&gt;" in html
    assert "<i>x" not in html and "<script>" not in html
    assert "\r" not in letter.to_addr and "\n" not in letter.to_addr


def test_one_line_strips_controls_and_bidi_overrides():
    assert letter_values.one_line("a\r\nb\tc\u202ed\x00e") == "a b cde"
    assert letter_values.lines_of("one\r\ntwo\r\n\nthree") == ["one", "two", "three"]


def test_one_line_plain_text_only_loses_its_extra_spaces():
    # Printable text takes a shortcut; separators other than the space still go the long way.
    assert letter_values.one_line("  Acme   Corp, Suite 5 ") == "Acme Corp, Suite 5"
    assert letter_values.one_line("Zoë Müller-Łukasz 山田") == "Zoë Müller-Łukasz 山田"
    assert letter_values.one_line("a\u00a0b\u2028c\u200dd\ufeffe") == "a\u00a0b c\u200dde"
    assert letter_values.one_line(None) == "" and letter_values.one_line(42) == "42"


def test_parse_body_paragraphs_and_lists():
    blocks = letters.parse_body("First.\n\n- a\n- b\nSecond.\n- c\n")
    assert [(b.kind, b.text, b.items) for b in blocks] == [
        ("p", "First.", []), ("ul", "", ["a", "b"]), ("p", "Second.", []), ("ul", "", ["c"]),
    ]


def test_voluntary_request_does_not_claim_residence():
    client = _client(state="FL")
    _, letter = _letter(client, _broker(), "us-ca", "delete", details={"voluntary": True})
    text = _text(letter)
    assert "I do not live in California" in text
    assert "voluntarily" in text
    assert "requires you" not in text


def test_successor_is_named():
    _, letter = _letter(_client(), _carrier(), "us-ca", "delete",
                        details={"named_company": "sprint", "named_company_name": "Sprint"})
    assert "successor of Sprint" in _text(letter)


@pytest.mark.parametrize("law_id,request_type", [
    ("us-ca", "access"), ("us-ca", "correct"), ("us-ca", "opt-out"), ("us-ca", "limit"),
    ("us-va", "withdraw-consent"), ("us-cpni", "withdraw-consent"), ("us-cpni", "access"),
    ("eu-gdpr", "delete"), ("uk-gdpr", "opt-out"), ("ca-pipeda", "access"), ("ca-qc", "delete"),
    ("us-privacy-act", "access"),
])
def test_every_type_renders_with_its_citation(law_id, request_type):
    company = _carrier() if law_id == "us-cpni" else _broker()
    _, letter = _letter(_client(), company, law_id, request_type)
    citation = get_law(law_id)["grants"][request_type]["citation"]
    assert citation in _text(letter)
    assert letter.blocks and letter.subject.endswith("(reference OFM-7K3Q-9XPD)")


def test_every_request_type_has_a_template():
    from app.core.model import REQUEST_TYPES
    from app.paths import resource

    for request_type in REQUEST_TYPES:
        assert resource("templates", letters.template_name(request_type)).is_file()


def test_templates_are_sandboxed():
    from jinja2.exceptions import SecurityError

    env = letters.template_environment()
    with pytest.raises(SecurityError):
        env.from_string("{{ ''.__class__.__mro__[1].__subclasses__() }}").render()


def test_dates_in_both_styles():
    assert letter_values.format_date(date(2027, 1, 5), "us") == "January 5, 2027"
    assert letter_values.format_date(date(2027, 1, 5), "intl") == "5 January 2027"
