"""Agent-mode letters through the letters engine: the agency statement citing the law's agent
rule opens the letter, the clinic is the sender and signs; laws without agents refuse."""

from __future__ import annotations

import pytest

from app.core.clinic import ClinicProfile
from app.core.errors import ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.services import letters as letter_service
from app.services import requests as request_service

CLINIC = ClinicProfile(name="Bay Privacy Clinic", staff="Rosa Staff",
                       address="1 Main St\nOakland CA 94612", email="help@clinic.example.org",
                       mode="agent")


def _client(store, state: str) -> int:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, phones=["+1 415 555 0100"],
        emails=["ana@example.org"])).id


def test_client_mode_letter_has_no_agency(store):
    request = request_service.new_request(store, _client(store, "CA"), "att", "delete")
    letter = letter_service.compose(store, request.id)
    assert letter.sender_lines[0] == "Ana Client"
    assert letter.signature == "Ana Client"
    assert "authorized agent" not in letter_service.render_letter(store, request.id,
                                                                  "txt").decode()


def test_agent_letter_for_us_ca_cites_11_ccr_7063(store):
    request = request_service.new_request(store, _client(store, "CA"), "att", "delete")
    assert request.law == "us-ca"
    clinic_service.save_profile(store, CLINIC)
    letter = letter_service.compose(store, request.id)
    assert letter.sender_lines[:3] == ["Bay Privacy Clinic", "1 Main St", "Oakland CA 94612"]
    assert "help@clinic.example.org" in letter.sender_lines
    first = letter.blocks[0].text
    assert first.startswith("Bay Privacy Clinic makes this request as the authorized agent of "
                            "Ana Client")
    assert "(11 CCR 7063" in first
    assert letter.signature == "Rosa Staff, for Bay Privacy Clinic, authorized agent of " \
                               "Ana Client"
    text = " ".join(letter_service.render_letter(store, request.id, "txt").decode().split())
    assert "11 CCR 7063" in text and "reply to help@clinic.example.org" in text
    # The company still gets the consumer's identifiers to find the records.
    assert "Name: Ana Client" in text
    html = letter_service.render_letter(store, request.id, "html").decode()
    assert "authorized agent of Ana Client" in html


def test_agent_letter_refused_where_the_law_has_no_agents(store):
    request = request_service.new_request(store, _client(store, "VA"), "att", "delete")
    assert request.law == "us-va"
    clinic_service.save_profile(store, CLINIC)
    for fmt in ("txt", "pdf", "eml"):
        with pytest.raises(ValidationError, match="does not provide for authorized agents"):
            letter_service.render_letter(store, request.id, fmt)


def test_authorization_form_pdf_renders(store):
    client_id = _client(store, "CA")
    request_service.new_request(store, client_id, "att", "delete")
    clinic_service.save_profile(store, CLINIC)
    pdf = clinic_service.authorization_pdf(store, client_id)
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000
    assert b"Ana Client" not in pdf.split(b"stream")[0]  # metadata names no person
