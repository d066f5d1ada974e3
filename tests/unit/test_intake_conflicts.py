"""Conflict check at intake: existing clients with the same name (case, accents, spacing, word
order), date of birth or phone number (E.164) are shown before a duplicate is created; the
command line refuses unless --allow-duplicate, and --json names the matches."""

from __future__ import annotations

import json

import pytest

from app.core.errors import ValidationError
from app.core.model import Client
from app.services import clients as client_service
from app.services.intake_conflicts import (
    DuplicateClientError,
    add_client_checked,
    find_matches,
    normalise_name,
)
from tests.cli_run import failed, ok_json, run


def _count(store) -> int:
    return store.conn.execute("SELECT count(*) FROM clients").fetchone()[0]


def test_normalised_names_ignore_case_accents_punctuation_and_spacing():
    assert normalise_name("  GARCÍA-López,   Ana ") == "garcia lopez ana"
    assert normalise_name("Zoë O'Brien") == "zoe o brien"


def test_name_date_of_birth_and_phone_each_find_the_existing_client(store):
    ana = client_service.add_client(store, Client(
        name="Ana García", phones=["+1 415 555 0100"], birth_date="1980-02-03", state="CA"))
    other = client_service.add_client(store, Client(name="Bo Chen", state="CA"))

    by_name = find_matches(store, Client(name="garcia,  ANA"))
    assert [(m.client_id, m.matched_on) for m in by_name] == [(ana.id, ("name",))]
    by_birth = find_matches(store, Client(name="Someone Else", birth_date="1980-02-03"))
    assert [(m.client_id, m.matched_on) for m in by_birth] == [(ana.id, ("birth_date",))]
    # The same number written another way (national form, spaces, dashes) is the same number.
    by_phone = find_matches(store, Client(name="Someone Else", phones=["(415) 555-0100"],
                                          state="CA"))
    assert [(m.client_id, m.matched_on) for m in by_phone] == [(ana.id, ("phone",))]
    everything = find_matches(store, Client(name="Ana Garcia", phones=["+14155550100"],
                                            birth_date="1980-02-03"))
    assert everything[0].matched_on == ("name", "birth_date", "phone")
    assert find_matches(store, Client(name="Bo Chen"), exclude_id=other.id) == []
    assert find_matches(store, Client(name="Nobody Known", phones=["+1 212 555 0199"])) == []


def test_archived_clients_are_matched_too(store):
    ana = client_service.add_client(store, Client(name="Ana García"))
    client_service.set_archived(store, ana.id, True)
    [match] = find_matches(store, Client(name="Ana Garcia"))
    assert match.archived and match.to_json()["matched_on"] == ["name"]


def test_checked_add_refuses_a_likely_duplicate_and_adds_nothing(store):
    client_service.add_client(store, Client(name="Ana García", phones=["+1 415 555 0100"]))
    with pytest.raises(DuplicateClientError) as refused:
        add_client_checked(store, Client(name="Ana Garcia"))
    assert "may be the same person" in str(refused.value)
    assert "--allow-duplicate" in str(refused.value)
    assert _count(store) == 1
    added = add_client_checked(store, Client(name="Ana Garcia"), allow_duplicate=True)
    assert added.id and _count(store) == 2


def test_bad_input_is_refused_before_matching(store):
    with pytest.raises(ValidationError, match="not a phone number"):
        find_matches(store, Client(name="Ana", phones=["banana"]))


def test_cli_refuses_a_duplicate_lists_the_matches_and_allows_it_on_request(capsys, home):
    first = ok_json(capsys, home, "client", "add", "--name", "Ana García", "--phone",
                    "+1 415 555 0100", "--birth-date", "1980-02-03")["id"]
    line = failed(capsys, home, "client", "add", "--name", "Someone", "--phone",
                  "415-555-0100")
    assert f"{first} Ana García (phone)" in line and "--allow-duplicate" in line

    code, out, err = run(capsys, home, "client", "add", "--name", "ANA GARCIA", "--json")
    assert code == 1 and err.startswith("offmap: error: ")
    refused = json.loads(out)
    assert refused["matches"] == [{"id": first, "name": "Ana García", "archived": False,
                                   "matched_on": ["name"]}]
    assert len(ok_json(capsys, home, "client", "list")) == 1

    second = ok_json(capsys, home, "client", "add", "--name", "Ana Garcia",
                     "--allow-duplicate")["id"]
    assert second != first
    assert len(ok_json(capsys, home, "client", "list")) == 2
