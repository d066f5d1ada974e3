"""Clinic profile and authorized-agent rules: agent letters cite the law's agent rule, laws
without one refuse, the authorization form names the clinic, the powers and the rules."""

from __future__ import annotations

from datetime import date

import pytest

from app.core.clinic import (
    ClinicProfile,
    agent_block,
    agent_rule,
    authorization_form,
    validate_profile,
)
from app.core.errors import ValidationError
from app.core.laws import get_law
from app.core.model import Client, Holding, Request
from app.services import clinic as clinic_service
from app.store import clients as client_repo
from app.store import holdings as holding_repo
from app.store import requests as request_repo

CLINIC = ClinicProfile(name="Bay Privacy Clinic", staff="Rosa Staff",
                       address="1 Main St\nOakland CA 94612", email="help@clinic.example.org",
                       mode="agent")
ANA = Client(name="Ana Client", phones=["+14155550100"], emails=["ana@example.org"],
             state="CA", country="US", id=1)


def test_agent_mode_needs_name_staff_and_a_reply_address():
    with pytest.raises(ValidationError, match="the staff member who signs"):
        validate_profile(ClinicProfile(name="Clinic", email="a@example.org", mode="agent"))
    with pytest.raises(ValidationError, match="an address or e-mail"):
        validate_profile(ClinicProfile(name="Clinic", staff="Rosa", mode="agent"))
    with pytest.raises(ValidationError, match="not an e-mail"):
        validate_profile(ClinicProfile(email="nope", mode="client"))
    with pytest.raises(ValidationError, match="letter mode"):
        validate_profile(ClinicProfile(mode="boss"))
    assert validate_profile(ClinicProfile(mode="client")).mode == "client"
    clean = validate_profile(ClinicProfile(name=" Clinic ", staff="Rosa", address="A\n\n\nB",
                                           mode="agent"))
    assert (clean.name, clean.address_lines) == ("Clinic", ["A", "B"])
    with pytest.raises(ValidationError, match="one line"):
        validate_profile(ClinicProfile(name="Clinic\nBcc: x", mode="client"))


def test_us_ca_agent_letters_cite_11_ccr_7063():
    block = agent_block(CLINIC, ANA, get_law("us-ca"), "delete")
    assert "11 CCR 7063" in block["citation"]
    assert "authorized agent of Ana Client" in block["statement"]
    assert "11 CCR 7063" in block["statement"]
    assert block["signature"] == "Rosa Staff, for Bay Privacy Clinic, authorized agent of " \
                                 "Ana Client"


def test_laws_without_agents_refuse_agent_letters():
    with pytest.raises(ValidationError, match=r"us-va\) does not provide for authorized agents"):
        agent_rule(get_law("us-va"), "delete")
    with pytest.raises(ValidationError, match="client's own name"):
        agent_block(CLINIC, ANA, get_law("us-ut"), "opt-out")


def test_only_for_limits_the_agent_to_some_request_types():
    oregon = get_law("us-or")
    assert agent_rule(oregon, "opt-out")["allowed"]
    with pytest.raises(ValidationError, match="only these requests: opt-out"):
        agent_rule(oregon, "access")
    # A reminder follows the type of the request it follows up.
    assert agent_rule(oregon, "reminder", parent_type="opt-out")
    with pytest.raises(ValidationError):
        agent_rule(oregon, "reminder", parent_type="delete")


def test_authorization_form_names_the_powers_companies_and_rules():
    form = authorization_form(CLINIC, ANA, [get_law("us-ca")], ["AT&T", "Kochava"],
                              date(2026, 11, 20))
    assert form.client_lines[0] == "Ana Client"
    assert any("+14155550100" in line for line in form.client_lines)
    assert form.clinic_lines[:2] == ["Bay Privacy Clinic", "1 Main St"]
    assert form.companies == ["AT&T", "Kochava"]
    assert form.laws == ["CCPA/CPRA (us-ca): 11 CCR 7063; opt-out: 11 CCR 7026"]
    assert any("precise geolocation" in power for power in form.powers)
    assert "Signature of Ana Client" in form.signatures
    assert "Signature of Rosa Staff, for Bay Privacy Clinic" in form.signatures
    assert "I, Ana Client, authorize Bay Privacy Clinic" in form.paragraphs[0]
    oregon = authorization_form(CLINIC, ANA, [get_law("us-or")], [], date(2026, 11, 20))
    assert len(oregon.powers) == 1 and "opt out" in oregon.powers[0]
    # Oregon's defined term (ORS 646A.570(13)).
    assert oregon.companies == ["Any business that holds my personal data"]
    assert (form.client_label, form.agent_label, form.rules_heading) == \
        ("The consumer", "The authorized agent", "Rules that allow an authorized agent")
    assert form.title == "Authorization of an authorized agent for privacy requests"
    assert "about the personal information, including location data" in form.paragraphs[0]


def test_a_gdpr_form_names_the_data_subject_and_the_written_mandate():
    pierre = Client(name="Pierre Client", emails=["pierre@example.org"], country="FR", id=2)
    form = authorization_form(CLINIC, pierre, [get_law("eu-gdpr")], [], date(2026, 11, 20))
    assert form.client_label == "The data subject"
    assert form.agent_label == "The representative (written mandate)"
    assert form.rules_heading == "Rules under which a representative acts on a written mandate"
    assert form.title == "Written mandate of a representative for privacy requests"
    assert "to act as my representative under this written mandate" in form.paragraphs[0]
    assert "authorized agent" not in " ".join([form.title, *form.paragraphs])
    assert "about the personal data, including location data" in form.paragraphs[0]
    assert "This mandate remains in effect" in form.paragraphs[1]
    assert form.companies == ["Any business that holds my personal data"]
    words = " ".join([*form.powers, *form.paragraphs, *form.companies])
    assert "personal data" in words and "personal information" not in words


def test_a_form_over_laws_with_different_words_stays_neutral():
    form = authorization_form(CLINIC, ANA, [get_law("us-ca"), get_law("eu-gdpr")], [],
                              date(2026, 11, 20))
    assert form.client_label == "The client"
    assert form.agent_label == "The authorized agent or representative (written mandate)"
    assert "a representative under a written mandate" in form.rules_heading
    assert "about the personal information or personal data" in form.paragraphs[0]
    # "Sensitive personal information" is the CCPA's own term, never rewritten.
    assert any("my sensitive personal information" in power for power in form.powers)
    # Laws that share the word for the person keep it, whatever their word for the data.
    ca_and_colorado = authorization_form(CLINIC, ANA, [get_law("us-ca"), get_law("us-co")], [],
                                         date(2026, 11, 20))
    assert ca_and_colorado.client_label == "The consumer"
    assert ca_and_colorado.agent_label == "The authorized agent"
    assert "about the personal information or personal data" in ca_and_colorado.paragraphs[0]


def test_authorization_form_refused_when_no_law_allows_agents():
    with pytest.raises(ValidationError, match="us-va"):
        authorization_form(CLINIC, ANA, [get_law("us-va")], [], date(2026, 11, 20))
    with pytest.raises(ValidationError, match="staff member"):
        authorization_form(ClinicProfile(name="X", email="x@example.org"), ANA,
                           [get_law("us-ca")], [], date(2026, 11, 20))


def _request(store, client_id: int, law: str, kind: str = "delete",
             parent_id: int | None = None, company: str = "att") -> Request:
    with store.transaction() as conn:
        request = Request(client_id=client_id, company=company, law=law, type=kind,
                          reference=f"OFM-{law.upper()[:4]}-{kind[:4].upper()}",
                          parent_id=parent_id, created_on="2026-11-01")
        request.id = request_repo.insert(conn, request)
    return request


def test_service_profile_round_trip_and_agent_block(store):
    assert clinic_service.get_profile(store) == ClinicProfile()
    with store.transaction() as conn:
        client_id = client_repo.insert(conn, Client(name="Ana Client", state="CA", country="US"))
        holding_repo.upsert(conn, Holding(client_id=client_id, company="att", data=["cpni"]))
    request = _request(store, client_id, "us-ca")
    assert clinic_service.agent_for_request(store, request) is None

    clinic_service.save_profile(store, CLINIC)
    assert clinic_service.get_profile(store) == CLINIC
    agent = clinic_service.agent_for_request(store, request)
    assert agent is not None and "11 CCR 7063" in agent["citation"]
    context = clinic_service.apply_agent({"sender": {"name": "Ana Client",
                                                     "address_lines": [], "email": ""}}, agent)
    assert context["sender"]["name"] == "Bay Privacy Clinic"
    assert context["sender"]["signature"].startswith("Rosa Staff, for Bay Privacy Clinic")
    assert context["agent"]["client_name"] == "Ana Client"

    virginia = _request(store, client_id, "us-va")
    with pytest.raises(ValidationError, match="authorized agents"):
        clinic_service.agent_for_request(store, virginia)

    form = clinic_service.authorization_for_client(store, client_id, date(2026, 11, 20))
    assert form.laws == ["CCPA/CPRA (us-ca): 11 CCR 7063; opt-out: 11 CCR 7026"]
    assert form.companies[0] in ("AT&T", "att")


def test_bad_profile_is_not_saved(store):
    clinic_service.save_profile(store, CLINIC)
    with pytest.raises(ValidationError):
        clinic_service.save_profile(store, ClinicProfile(name="", mode="agent"))
    assert clinic_service.get_profile(store) == CLINIC
