"""Holdings: add/list (service and CLI), the phone-service and app flows, and the DROP note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.core.errors import NotFoundError, ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services import holdings as holding_service
from app.services import registry_import

HISTORICAL = (Path(__file__).resolve().parent.parent / "fixtures" / "cppa"
              / "registry-historical.csv")


@pytest.fixture
def client_id(store) -> int:
    return client_service.add_client(store, Client(name="Casey Example", state="CA",
                                                   country="US")).id


def test_add_and_list(store, client_id):
    holding = holding_service.add_holding(store, client_id, "kochava", ["ad-id"], "FTC case")
    assert holding.company == "kochava" and holding.data == ["ad-id"]
    again = holding_service.add_holding(store, client_id, "kochava", ["precise-location"], "")
    assert again.id == holding.id and again.data == ["ad-id", "precise-location"]
    assert [h.company for h in holding_service.list_holdings(store, client_id)] == ["kochava"]


def test_bad_input_is_refused_with_clear_messages(store, client_id):
    with pytest.raises(ValidationError, match="not a kind of location data"):
        holding_service.add_holding(store, client_id, "att", ["gps"])
    with pytest.raises(NotFoundError, match="no company 'acme'"):
        holding_service.add_holding(store, client_id, "acme")
    with pytest.raises(NotFoundError, match="no client with id 999"):
        holding_service.add_holding(store, 999, "att")
    assert holding_service.list_holdings(store, client_id) == []


def test_phone_service_flow_adds_carrier_host_and_aggregators(store, client_id):
    proposals = holding_service.phone_service_proposals(store, "metro-by-t-mobile")
    by_slug = {p.slug: p for p in proposals}
    assert by_slug["t-mobile"].role == "host"
    assert by_slug["microbilt"].via == "t-mobile" and "MicroBilt" in by_slug["microbilt"].reason
    by_slug["microbilt"].accepted = False  # the user drops one
    holdings = holding_service.accept_proposals(store, client_id, proposals)
    slugs = {h.company for h in holdings}
    assert {"metro-by-t-mobile", "t-mobile", "locationsmart", "zumigo", "securus"} <= slugs
    assert "microbilt" not in slugs
    zumigo = next(h for h in holdings if h.company == "zumigo")
    assert "Source: https://" in zumigo.evidence and zumigo.reason == "recipient"


def test_phone_service_flow_refuses_an_app(store):
    with pytest.raises(ValidationError, match="not a phone carrier or MVNO"):
        holding_service.phone_service_proposals(store, "strava")


def test_apps_flow(store, client_id):
    proposals = holding_service.app_proposals(store, "life360")
    assert {"life360", "arity", "placer-ai"} <= {p.slug for p in proposals}
    with pytest.raises(ValidationError, match="Add my phone service"):
        holding_service.app_proposals(store, "att")


def test_drop_note_only_for_californians_and_names_registered_brokers(store, client_id):
    registry_import.import_registry(store, HISTORICAL)
    holding_service.add_holding(store, client_id, "kochava", ["ad-id"])
    holding_service.add_holding(store, client_id, "att", ["cpni"])
    note = holding_service.drop_note(store, client_id)
    assert "DROP" in note and "Kochava" in note and "AT&T" not in note.split("list:")[-1]
    other = client_service.add_client(store, Client(name="Texan", state="TX", country="US")).id
    assert holding_service.drop_note(store, other) is None


def test_cli_holding_add_list_json(home, capsys):
    assert main(["--home", str(home), "client", "add", "--name", "Casey", "--json"]) == 0
    client = json.loads(capsys.readouterr().out)["id"]
    assert main(["--home", str(home), "holding", "add", "--client", str(client), "--company",
                 "att", "--data", "cpni", "--data", "call-records", "--evidence", "bill"]) == 0
    capsys.readouterr()
    assert main(["--home", str(home), "holding", "list", "--client", str(client), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed[0]["company"] == "att" and listed[0]["data"] == ["cpni", "call-records"]
    assert {"id", "client_id", "company", "data"} <= set(listed[0])


def test_cli_directory_contract_examples(home, capsys):
    assert main(["--home", str(home), "directory", "search", "securus", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["slug"] == "securus"
    assert main(["--home", str(home), "directory", "show", "sprint", "--json"]) == 0
    sprint = json.loads(capsys.readouterr().out)
    assert sprint["successor"] == "t-mobile" and sprint["successor_name"] == "T-Mobile"
    assert main(["--home", str(home), "directory", "search", "--kind", "mvno", "--json"]) == 0
    mvnos = json.loads(capsys.readouterr().out)
    assert mvnos and all(m["hosts"] and m["host_names"] for m in mvnos)
    assert main(["--home", str(home), "directory", "show", "nope"]) == 1
    assert "directory search" in capsys.readouterr().err
