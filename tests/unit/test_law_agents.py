"""Laws that provide for no authorized agent (issue 14): each says so in its rule file at the
section that names who may make requests, and the clinic's agent letters and authorization form
are refused with that section, through the core, the services and the command line."""

from __future__ import annotations

from datetime import date

import pytest

from app.core import laws
from app.core.clinic import ClinicProfile, agent_rule, authorization_form
from app.core.errors import ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import clinic as clinic_service
from app.services import letters as letter_service
from app.services import requests as request_service
from tests.cli_run import run as _cli

# law id, state, the section read that names who may make requests
NO_AGENT = [
    ("us-va", "VA", "Va. Code 59.1-577(A)"),
    ("us-tn", "TN", "Tenn. Code Ann. 47-18-3304(a)(1)"),
    ("us-ia", "IA", "Iowa Code 715D.3(1)"),
    ("us-ky", "KY", "Ky. Rev. Stat. 367.3615(1)"),
    ("us-ut", "UT", "Utah Code 13-61-202"),
    ("us-in", "IN", "Ind. Code 24-15-3-1(a)"),
]
CLINIC = ClinicProfile(name="Bay Privacy Clinic", staff="Rosa Staff",
                       address="1 Main St\nOakland CA", email="help@clinic.example.org",
                       mode="agent")
ANA = Client(name="Ana Client", state="VA", country="US", emails=["ana@example.org"])


@pytest.mark.parametrize(("law_id", "state", "citation"), NO_AGENT)
def test_the_rule_file_says_the_law_names_no_agent(law_id, state, citation):
    agent = laws.get_law(law_id)["agent"]
    assert agent["allowed"] is False and "only_for" not in agent
    assert (agent["citation"], agent["confidence"]) == (citation, "statute")
    assert agent["note"].startswith("This law provides for no authorized agent: " + citation)
    assert "parent or legal guardian" in agent["note"]
    read = {s["url"]: s for s in laws.get_law(law_id)["sources"]}
    assert read[agent["source"]]["read_on"] == "2026-12-03"


def test_rhode_island_agent_may_only_opt_out():
    # 6-48.1-5(f): "A customer may designate an authorized agent to exercise the rights to opt
    # out on their behalf" (read 2026-12-03); no agent for the other requests.
    law = laws.get_law("us-ri")
    agent = law["agent"]
    assert (agent["allowed"], agent["only_for"]) == (True, ["opt-out"])
    assert (agent["citation"], agent["confidence"]) == ("R.I. Gen. Laws 6-48.1-5(f)", "statute")
    read = {s["url"]: s for s in law["sources"]}
    assert read[agent["source"]]["read_on"] == "2026-12-03"
    assert agent_rule(law, "opt-out")["only_for"] == ["opt-out"]
    for kind in ("access", "delete", "correct", "withdraw-consent"):
        with pytest.raises(ValidationError, match="only these requests: opt-out"):
            agent_rule(law, kind)


def test_rhode_island_agent_letter_for_an_opt_out_only(store):
    clinic_service.save_profile(store, CLINIC)
    client_id = _client(store, "RI")
    opt_out = request_service.new_request(store, client_id, "kochava", "opt-out")
    assert opt_out.law == "us-ri"
    text = " ".join(letter_service.render_letter(store, opt_out.id, "txt").decode().split())
    assert "R.I. Gen. Laws 6-48.1-5(f)" in text and "Bay Privacy Clinic" in text
    access = request_service.new_request(store, client_id, "kochava", "access")
    with pytest.raises(ValidationError, match="only these requests: opt-out"):
        letter_service.render_letter(store, access.id, "txt")


@pytest.mark.parametrize(("law_id", "state", "citation"), NO_AGENT)
@pytest.mark.parametrize("kind", ["opt-out", "access", "delete"])
def test_agent_rule_refuses_every_request_with_the_section(law_id, state, citation, kind):
    with pytest.raises(ValidationError) as refused:
        agent_rule(laws.get_law(law_id), kind)
    text = refused.value.text
    assert "does not provide for authorized agents" in text and citation in text
    assert "client must sign and send their own request" in text
    with pytest.raises(ValidationError):  # a follow-up follows its request
        agent_rule(laws.get_law(law_id), "reminder", parent_type=kind)


def test_authorization_form_refusal_cites_the_section():
    with pytest.raises(ValidationError) as refused:
        authorization_form(CLINIC, ANA, [laws.get_law("us-va"), laws.get_law("us-ia")], [],
                           date(2026, 12, 3))
    assert "us-va (Va. Code 59.1-577(A)), us-ia (Iowa Code 715D.3(1))" in refused.value.text


def _client(store, state: str) -> int:
    return client_service.add_client(store, Client(
        name="Ana Client", state=state, country="US", emails=["ana@example.org"],
        phones=["+1 540 555 0100"], address="1 Main St\nRichmond")).id


@pytest.mark.parametrize(("law_id", "state", "citation"), NO_AGENT)
def test_agent_letter_refused_but_client_letter_made(store, law_id, state, citation):
    client_id = _client(store, state)
    request = request_service.new_request(store, client_id, "kochava", "opt-out")
    assert request.law == law_id
    clinic_service.save_profile(store, CLINIC)
    with pytest.raises(ValidationError) as refused:
        letter_service.render_letter(store, request.id, "txt")
    assert citation in refused.value.text
    # In the client's own name the same letter is made, and it claims no agent.
    clinic_service.save_profile(store, ClinicProfile(
        name=CLINIC.name, staff=CLINIC.staff, address=CLINIC.address, email=CLINIC.email,
        mode="client"))
    text = " ".join(letter_service.render_letter(store, request.id, "txt").decode().split())
    assert "I am writing to exercise" in text and "authorized agent" not in text


def test_cli_agent_letter_and_authorization_refused(capsys, tmp_path):
    home = tmp_path / "home"
    code, _, err = _cli(capsys, home, "client", "add", "--name", "Ana Client", "--state", "VA",
                          "--email", "ana@example.org", "--json")
    assert code == 0, err
    code, _, err = _cli(capsys, home, "clinic", "set", "--name", "Bay Privacy Clinic",
                        "--staff", "Rosa Staff", "--address", "1 Main St",
                        "--email", "help@clinic.example.org", "--mode", "agent")
    assert code == 0, err
    code, _, err = _cli(capsys, home, "export", "authorization", "--client", "1", "--out",
                        str(tmp_path / "form.pdf"))
    assert code == 1 and "us-va (Va. Code 59.1-577(A))" in err
    assert not (tmp_path / "form.pdf").exists()
    code, _, err = _cli(capsys, home, "request", "new", "--client", "1", "--company", "kochava",
                        "--type", "opt-out", "--json")
    assert code == 0, err
    code, _, err = _cli(capsys, home, "letter", "1", "--format", "txt", "--out",
                        str(tmp_path / "letter.txt"))
    assert code == 1 and "Va. Code 59.1-577(A)" in err
    assert "does not provide for authorized agents" in " ".join(err.split())
