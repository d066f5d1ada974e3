"""Letters carry exactly what each recipient requires and never what it refuses; what is missing
is named with how to get it (services and CLI); the client's new identifiers are checked,
editable and travel in the client's own case file only."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from app.core import letter_context, letters
from app.core.clients import clean_ad_id, clean_birth_date
from app.core.deadlines import compute_due
from app.core.errors import ValidationError
from app.core.identification import needs_of, plan_for
from app.core.laws import get_law
from app.core.model import Client, Company, Request
from app.services import case_files
from app.services import clients as client_service
from app.services.identification import edit_identifiers, missing_for
from app.store import open_store
from tests.unit.test_cli_clients import run

AD_ID = "38400000-8cf0-11bd-b23e-10b96e40000d"
IDFA = "6F9619FF-8B86-D011-B42D-00C04FC964FF"
SENT = date(2026, 3, 2)


def _client(**overrides) -> Client:
    values = dict(name="Ana Lopez", emails=["ana@example.org"], phones=["+14155550100"],
                  address="1 Main St\nSan Francisco, CA 94110", state="CA", country="US")
    values.update(overrides)
    return Client(id=7, **values)


KOCHAVA = Company(slug="kochava", name="Kochava", kind="broker",
                  contacts={"email": "privacy@kochava.example"},
                  required_identification=["ad-id"], do_not_send=["name", "email", "phone"])
ICE = Company(slug="ice", name="U.S. Immigration and Customs Enforcement", kind="government",
              contacts={"email": "foia@ice.example"},
              required_identification=["name", "date-of-birth", "sworn-statement",
                                       "citizenship-statement", "postal-address"])
CARRIER = Company(slug="att", name="AT&T", kind="carrier", contacts={"email": "p@att.example"},
                  required_identification=["name", "phone", "account-number"])


def _letter_text(client: Client, company: Company, law_id: str, request_type: str) -> str:
    law = get_law(law_id)
    request = Request(client_id=7, company=company.slug, law=law_id, type=request_type,
                      reference="OFM-7K3Q-9XPD")
    context = letter_context.build_context(client=client, company=company, request=request, law=law,
                                    due=compute_due(law, request_type, SENT), letter_date=SENT)
    letter = letters.compose_letter(context)
    return letters.letter_text(letter) + "\n" + letter.signature + "\n" + " ".join(
        letter.sender_lines)


def test_kochava_letter_carries_the_ad_id_and_nothing_it_refuses():
    text = _letter_text(_client(ad_ids=[AD_ID]), KOCHAVA, "us-ca", "delete")
    assert AD_ID in text
    for absent in ("Ana Lopez", "ana@example.org", "415", "555", "Main St"):
        assert absent not in text, absent
    assert "does not give my name" in text


def test_kochava_letter_without_an_ad_id_still_refuses_what_it_refuses():
    client = _client()
    text = _letter_text(client, KOCHAVA, "us-ca", "delete")
    assert "Ana Lopez" not in text and "ana@example.org" not in text and "555" not in text
    assert [m.kind for m in missing_for(client, KOCHAVA, "us-ca")] == ["ad-id"]


def test_the_bundled_kochava_record_is_read_the_same_way_from_its_words():
    from app.core.directory import bundled_directory_path, parse_document

    kochava = next(c for c in parse_document(bundled_directory_path().read_bytes())
                   if c.slug == "kochava")
    text = _letter_text(_client(ad_ids=[AD_ID]), kochava, "us-ca", "delete")
    assert AD_ID in text and "Ana Lopez" not in text and "ana@example.org" not in text


def test_ice_letter_carries_birth_date_identity_statement_and_1746_declaration():
    text = " ".join(_letter_text(_client(birth_date="1980-04-23"), ICE, "us-privacy-act",
                                 "access").split())
    assert "Date of birth: April 23, 1980" in text
    assert "born on April 23, 1980" in text
    assert ("I declare under penalty of perjury under the laws of the United States of America "
            "that the foregoing is true and correct. Executed on") in text
    assert "Signature:" in text
    assert "I am a citizen of the United States" in text  # the company requires it
    assert "lawfully admitted for permanent residence" in text


def test_privacy_act_adds_birth_date_and_statement_even_without_company_data():
    agency = Company(slug="dea", name="DEA", kind="government", contacts={"email": "x@dea.example"})
    needs = needs_of(agency, "us-privacy-act")
    assert {"name", "date-of-birth", "sworn-statement"} <= set(needs.required)
    text = " ".join(_letter_text(_client(), agency, "us-privacy-act", "access").split())
    assert "under penalty of perjury" in text
    assert "______________ (date of birth)" in text  # a blank to fill in, never invented
    assert "citizen" not in text  # not required by this record
    assert [m.kind for m in missing_for(_client(), agency, "us-privacy-act")] == ["date-of-birth"]


@pytest.mark.parametrize(("company", "client", "missing"), [
    (KOCHAVA, _client(ad_ids=[AD_ID]), []),
    (KOCHAVA, _client(), ["ad-id"]),
    (ICE, _client(), ["date-of-birth"]),
    (ICE, _client(birth_date="1980-04-23", address=""), ["postal-address"]),
    (CARRIER, _client(), ["account-number"]),
    (CARRIER, _client(account_numbers={"att": "99-1"}), []),
    (CARRIER, _client(account_numbers={"verizon": "99-1"}), ["account-number"]),
    (Company(slug="x", name="X", kind="broker", required_identification=["ssn-last4"]),
     _client(), ["ssn-last4"]),
])
def test_missing_identifiers(company, client, missing):
    found = missing_for(client, company, "us-ca")
    assert [m.kind for m in found] == missing
    assert all(m.how for m in found)


def test_how_to_get_names_the_command_and_the_company():
    (item,) = missing_for(_client(), CARRIER, "us-ca")
    assert "offmap client edit 7 --account att=NUMBER" in item.how and "AT&T" in item.how


def test_account_number_goes_only_to_its_own_company():
    client = _client(account_numbers={"att": "AC-4417"})
    assert "Account number: AC-4417" in _letter_text(client, CARRIER, "us-ca", "delete")
    other = Company(slug="verizon", name="Verizon", kind="carrier",
                    contacts={"email": "p@vz.example"},
                    required_identification=["name", "phone", "account-number"])
    assert "AC-4417" not in _letter_text(client, other, "us-ca", "delete")


def test_a_letter_lists_exactly_the_required_identifiers():
    company = Company(slug="y", name="Y", kind="broker", contacts={"email": "y@y.example"},
                      required_identification=["email"])
    plan = plan_for(_client(ad_ids=[AD_ID], birth_date="1980-04-23"), company, "us-ca", False)
    assert plan.items == ["email"]


@pytest.mark.parametrize("bad", [
    "nope", "38400000-8cf0-11bd-b23e", "38400000-8cf0-11bd-b23e-10b96e40000dx",
    "g8400000-8cf0-11bd-b23e-10b96e40000d", "00000000-0000-0000-0000-000000000000",
])
def test_bad_ad_ids_are_refused(bad):
    with pytest.raises(ValidationError):
        clean_ad_id(bad)


@pytest.mark.parametrize(("value", "ok"), [
    ("1980-04-23", True), ("", True), ("23/04/1980", False), ("1980-02-30", False),
    ("1880-01-01", False), ("2999-01-01", False), ("1980-4-3", False),
])
def test_birth_dates(value, ok):
    if ok:
        assert clean_birth_date(value, today=date(2026, 12, 3)) == value
    else:
        with pytest.raises(ValidationError):
            clean_birth_date(value, today=date(2026, 12, 3))


def test_edit_identifiers_changes_nothing_on_a_bad_value(store):
    client = client_service.add_client(store, Client(name="Ana", state="CA", ad_ids=[AD_ID]))
    with pytest.raises(ValidationError):
        edit_identifiers(store, client.id, add_ad_ids=[IDFA], birth_date="yesterday")
    with pytest.raises(ValidationError):
        edit_identifiers(store, client.id, accounts={"no-such-company": "1"})
    assert client_service.get_client(store, client.id).ad_ids == [AD_ID]
    edited = edit_identifiers(store, client.id, add_ad_ids=[IDFA], remove_ad_ids=[AD_ID],
                              birth_date="1980-04-23", accounts={"att": "A-1"})
    stored = client_service.get_client(store, client.id)
    assert stored == edited
    assert (stored.ad_ids, stored.birth_date, stored.account_numbers) == (
        [IDFA], "1980-04-23", {"att": "A-1"})


def _json(capsys, *argv):
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def test_cli_client_identifiers(capsys, home):
    client_id = _json(capsys, "client", "add", "--name", "Ana", "--state", "CA", "--ad-id",
                      AD_ID, "--ad-id", IDFA, "--birth-date", "1980-04-23", "--json")["id"]
    shown = _json(capsys, "client", "show", str(client_id), "--json")
    assert (shown["ad_ids"], shown["birth_date"]) == ([AD_ID, IDFA], "1980-04-23")
    assert run(capsys, "client", "edit", str(client_id), "--account", "att=A-1",
               "--remove-ad-id", IDFA)[0] == 0
    shown = _json(capsys, "client", "show", str(client_id), "--json")
    assert (shown["ad_ids"], shown["account_numbers"]) == ([AD_ID], {"att": "A-1"})
    for argv, words in [
        (("client", "add", "--name", "X", "--ad-id", "123"), "not an advertising ID"),
        (("client", "add", "--name", "X", "--birth-date", "04/23/1980"), "YYYY-MM-DD"),
        (("client", "edit", str(client_id), "--account", "att"), "COMPANY=NUMBER"),
        (("client", "edit", str(client_id), "--account", "nosuch=1"), "not a company"),
    ]:
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, ""), argv
        assert err.startswith("offmap: error:") and words in err, err
    assert len(_json(capsys, "client", "list", "--json")) == 1  # nothing half-written


def test_cli_missing_identification_and_send_refusal(capsys, home, tmp_path):
    client_id = _json(capsys, "client", "add", "--name", "Ana", "--state", "CA", "--email",
                      "ana@example.org", "--json")["id"]
    request = _json(capsys, "request", "new", "--client", str(client_id), "--company",
                    "kochava", "--type", "delete", "--json")
    shown = _json(capsys, "request", "show", str(request["id"]), "--json")
    assert [m["kind"] for m in shown["missing_identification"]] == ["ad-id"]
    assert "--ad-id" in shown["missing_identification"][0]["how"]
    code, _, err = run(capsys, "letter", str(request["id"]), "--format", "txt", "--out",
                       str(tmp_path / "k.txt"))
    assert code == 0 and "warning" in err and "Advertising ID" in err
    code, _out, err = run(capsys, "send", str(request["id"]))
    assert code == 1 and "Advertising ID" in err and "--allow-missing-id" in err
    assert run(capsys, "client", "edit", str(client_id), "--ad-id", AD_ID)[0] == 0
    shown = _json(capsys, "request", "show", str(request["id"]), "--json")
    assert shown["missing_identification"] == []
    assert run(capsys, "letter", str(request["id"]), "--format", "txt", "--out",
               str(tmp_path / "k.txt"))[0] == 0
    text = (tmp_path / "k.txt").read_text()
    assert AD_ID in text and "Ana" not in text and "ana@example.org" not in text


def test_case_export_round_trip_of_the_new_fields(store, tmp_path):
    client = client_service.add_client(store, Client(
        name="Ana", state="CA", ad_ids=[AD_ID, IDFA], birth_date="1980-04-23",
        account_numbers={"att": "A-1"}))
    other = client_service.add_client(store, Client(name="Bo", state="CA"))
    out = tmp_path / "ana.zip"
    case_files.export_case(store, client.id, out)
    with zipfile.ZipFile(tmp_path / "ana.zip") as archive:
        doc = json.loads(archive.read("case.json"))
    assert doc["client"]["birth_date"] == "1980-04-23"
    case_files.export_case(store, other.id, tmp_path / "bo.zip")
    with zipfile.ZipFile(tmp_path / "bo.zip") as archive:
        assert all(b"A-1" not in archive.read(n) and AD_ID.encode() not in archive.read(n)
                   for n in archive.namelist())
    other_home = tmp_path / "other-home"
    second = open_store(other_home)
    try:
        result = case_files.import_case(second, out)
        imported = client_service.get_client(second, result.client_id)
    finally:
        second.close()
    assert (imported.ad_ids, imported.birth_date, imported.account_numbers) == (
        [AD_ID, IDFA], "1980-04-23", {"att": "A-1"})


def test_an_old_case_file_with_a_non_uuid_ad_id_still_imports():
    from app.core.case_file import client_from_case

    client = client_from_case({"id": 1, "name": "Ana", "ad_ids": ["38400000-8cf0", AD_ID]})
    assert client.ad_ids == [AD_ID] and "38400000-8cf0" in client.notes
    assert (client.birth_date, client.account_numbers) == ("", {})


def test_directory_stats_json(capsys, home):
    stats = _json(capsys, "directory", "stats", "--json")
    assert set(stats) >= {"companies", "by_kind", "with_email", "with_verified_channel",
                          "verified", "seed_companies_reachable", "seed_companies"}
    assert stats["companies"] == sum(stats["by_kind"].values())
    assert 0 <= stats["seed_companies_reachable"] <= stats["seed_companies"]
    assert stats["seed_companies"] == len(json.loads(
        (Path(__file__).resolve().parents[2] / "resources" / "directory" / "seed_slugs.json")
        .read_text())["slugs"])


def test_the_same_ad_id_in_two_cases_is_kept_once():
    from app.core.clients import validate_client

    client = validate_client(Client(name="Ana", ad_ids=[IDFA, IDFA.lower(), AD_ID]))
    assert client.ad_ids == [IDFA, AD_ID]


def test_an_account_number_needs_a_company_of_the_directory(store):
    with pytest.raises(ValidationError, match="not a company in the directory"):
        client_service.add_client(store, Client(name="Ana", account_numbers={"nosuch": "1"}))
    client = client_service.add_client(store, Client(name="Ana", account_numbers={"att": "1"}))
    with pytest.raises(ValidationError, match="not a company in the directory"):
        client_service.update_client(store, Client(**{**client.__dict__,
                                                      "account_numbers": {"nosuch": "2"}}))
    assert client_service.get_client(store, client.id).account_numbers == {"att": "1"}
