"""Letters through the real renderers: PDF text read back with poppler's pdftotext (words
intact, no ligatures), PDF metadata without private data, page sizes, DOCX, and the .eml
draft parsed by Python's `email` package with its PDF attached."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.core.day_counting import add_months, roll_off_weekend
from app.core.letter_values import format_date
from app.core.letters import letter_text
from app.core.model import Client, Company
from app.services import clients as client_service
from app.services import letters as letter_service
from app.services import requests as request_service
from app.store import companies as company_repo

HOSTILE_NAME = "Eve <b>Bold</b> {{ 7*7 }}\r\nBcc: victim@example.com"
PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")
needs_poppler = pytest.mark.skipif(not (PDFTOTEXT and PDFINFO),
                                   reason="poppler-utils (pdftotext, pdfinfo) not installed")


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([PDFTOTEXT, str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def _client(store, **values) -> int:
    values.setdefault("name", "Ana Lopez")
    values.setdefault("phones", ["+1 415 555 0100"])
    values.setdefault("emails", ["ana@example.org"])
    return client_service.add_client(store, Client(**values)).id


@pytest.mark.integration
@needs_poppler
def test_californian_att_delete_pdf(store, tmp_path):
    client_id = _client(store, state="CA", address="1 Main St\nSan Francisco, CA 94110")
    request = request_service.new_request(store, client_id, "att", "delete")
    assert request.law == "us-ca"
    text = flat(pdf_text(letter_service.render_letter(store, request.id, "pdf"), tmp_path))
    due = date.today() + timedelta(days=45)
    assert "Cal. Civ. Code 1798.105" in text
    assert text.count(request.reference) >= 2  # subject and body
    assert f"{format_date(due)} ({due.isoformat()})" in text
    assert "emergency (E911) location" in text
    assert "Office" in text  # the Privacy Office line, word intact


@pytest.mark.integration
@needs_poppler
def test_cpni_opt_out_pdf_cites_section_222(store, tmp_path):
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "att", "cpni-opt-out")
    text = flat(pdf_text(letter_service.render_letter(store, request.id, "pdf"), tmp_path))
    assert "47 U.S.C. 222" in text and request.reference in text and "E911" in text


@pytest.mark.integration
@needs_poppler
def test_eu_client_gets_one_month_gdpr_dates_on_a4(store, tmp_path):
    client_id = _client(store, country="FR", phones=[])
    request = request_service.new_request(store, client_id, "google", "delete")
    assert request.law == "eu-gdpr"
    pdf = letter_service.render_letter(store, request.id, "pdf")
    text = flat(pdf_text(pdf, tmp_path))
    due, _ = roll_off_weekend(add_months(date.today(), 1))
    assert f"{format_date(due, 'intl')} ({due.isoformat()})" in text
    assert "1 month" in text and "Art. 17" in text
    info = subprocess.run([PDFINFO, str(tmp_path / "letter.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert "(A4)" in info


@pytest.mark.integration
@needs_poppler
def test_hostile_names_are_plain_text_and_metadata_is_private(store, tmp_path):
    client_id = _client(store, name=HOSTILE_NAME.replace("\r\n", " "), state="CA",
                        emails=["eve@example.org"])
    company_repo.upsert(store.conn, Company(
        slug="evil-corp", name="Evil <i>Corp</i> {{ 9*9 }}", kind="broker", origin="user",
        contacts={"email": "privacy@evil.example"}))
    request = request_service.new_request(store, client_id, "evil-corp", "delete")
    pdf = letter_service.render_letter(store, request.id, "pdf")
    text = flat(pdf_text(pdf, tmp_path))
    assert "Eve <b>Bold</b> {{ 7*7 }} Bcc: victim@example.com" in text
    assert "Evil <i>Corp</i> {{ 9*9 }}" in text
    info = subprocess.run([PDFINFO, str(tmp_path / "letter.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert "(letter)" in info.split("Page size:")[1].splitlines()[0]
    assert request.reference in info
    for private in ("Eve", "eve@example.org", "victim", "Evil"):
        assert private not in info
        assert private.encode() not in pdf  # not in XMP or any uncompressed metadata


@pytest.mark.integration
@needs_poppler
def test_a_letter_of_several_pages_keeps_every_paragraph_and_its_end(store, tmp_path):
    # Moving a paragraph off a page break once made Qt drop what followed: the PDF of a
    # letter of three pages or more ended on page two.
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "att", "delete")
    letter = letter_service.compose(store, request.id)
    long_letter = dataclasses.replace(letter, blocks=letter.blocks * 4)
    text = flat(pdf_text(letter_service.render(long_letter, "pdf"), tmp_path))
    info = subprocess.run([PDFINFO, str(tmp_path / "letter.pdf")], capture_output=True,
                          text=True, check=True).stdout
    assert int(re.search(r"Pages:\s+(\d+)", info).group(1)) >= 4
    plain = flat(letter_text(long_letter))
    for block in letter.blocks:
        opening = " ".join(flat(block.text or block.items[0]).split()[:6])
        assert text.count(opening) >= plain.count(opening), opening
    assert text.endswith(flat(f"{long_letter.closing} {long_letter.signature}"))


@pytest.mark.integration
@needs_poppler
def test_words_are_not_turned_into_ligatures(store, tmp_path):
    client_id = _client(store, name="Effie Official", state="CA")
    request = request_service.new_request(store, client_id, "att", "access")
    request_service.update_details(store, request.id, {
        "note": "The office staff affirmed efficient offline traffic fluffing."})
    text = pdf_text(letter_service.render_letter(store, request.id, "pdf"), tmp_path)
    assert not re.search("[\ufb00-\ufb06]", text)
    assert "Effie Official" in text
    assert "The office staff affirmed efficient offline traffic fluffing." in flat(text)


def test_eml_draft_parses_with_the_pdf_attached(store):
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "kochava", "delete")
    raw = letter_service.render_letter(store, request.id, "eml")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"] == "privacy@kochava.com"
    assert request.reference in message["Subject"]
    assert message["Message-ID"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert request.reference in body and "Cal. Civ. Code 1798.105" in body
    attachments = list(message.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"]
    assert attachments[0].get_filename() == f"{request.reference}.pdf"
    assert attachments[0].get_content().startswith(b"%PDF")


def test_build_email_for_sending_and_its_refusals(store):
    client_id = _client(store, state="CA")
    to_kochava = request_service.new_request(store, client_id, "kochava", "delete")
    message = letter_service.build_email(store, to_kochava.id, from_addr="clinic@example.org")
    assert message["X-Unsent"] is None
    assert message["From"].addresses[0].addr_spec == "clinic@example.org"
    assert message["Message-ID"].endswith("@example.org>")
    to_att = request_service.new_request(store, client_id, "att", "delete")
    with pytest.raises(Exception, match="no e-mail address"):
        letter_service.build_email(store, to_att.id)
    draft = letter_service.build_email(store, to_att.id, draft=True)
    assert draft["To"] is None and draft["X-Unsent"] == "1"


def test_header_injection_through_names_is_impossible(store):
    client_id = _client(store, name=HOSTILE_NAME.replace("\r\n", " "), state="CA",
                        emails=["eve@example.org"])
    company_repo.upsert(store.conn, Company(
        slug="evil-corp", name="Evil\r\nBcc: x@y.example", kind="broker", origin="user",
        contacts={"email": "privacy@evil.example\r\nBcc: spy@evil.example"}))
    request = request_service.new_request(store, client_id, "evil-corp", "delete")
    raw = letter_service.render_letter(store, request.id, "eml")
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Bcc"] is None
    assert all(not line.lower().startswith(b"bcc:") for line in raw.split(b"\r\n")[:20])
    assert all(not line.lower().startswith(b"bcc:") for line in raw.split(b"\n")[:20])


def test_mailto_only_when_the_letter_fits(store):
    client_id = _client(store, state="CA")
    request = request_service.new_request(store, client_id, "kochava", "delete")
    url = letter_service.mailto_url(store, request.id)
    if url is not None:
        assert url.startswith("mailto:privacy@kochava.com?subject=") and len(url) <= 2000
    att = request_service.new_request(store, client_id, "att", "delete")
    assert letter_service.mailto_url(store, att.id) is None  # no address in the directory
