"""California data broker registry: parsing both header styles, quirks, hostile files, and the
all-or-nothing import into the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from app.core import cppa, cppa_cells
from app.core.errors import ValidationError
from app.services import directory as directory_service
from app.services import registry_import
from app.store import companies as company_repo

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "cppa"
HISTORICAL = FIXTURES / "registry-historical.csv"
CURRENT = FIXTURES / "registry-2025.csv"


def by_name(parsed: cppa.RegistryFile) -> dict[str, cppa.RegistryEntry]:
    return {e.name: e for e in parsed.entries}


# ------------------------------------------------------------------ parsing
def test_historical_file_with_preamble_bom_and_crlf():
    parsed = cppa.parse_registry(HISTORICAL.read_bytes())
    assert parsed.style == "historical"
    entries = by_name(parsed)
    assert set(entries) == {"Acme Geodata, Inc.", "Birchline Audience LLC", "Kochava Inc.",
                            "Cobalt People Search", "Dovetail Movement Data"}
    acme = entries["Acme Geodata, Inc."]  # listed twice: merged, later row wins
    assert acme.websites == ["https://acme-geodata.example", "https://acmegeo.example"]
    assert acme.rights_url == "https://acme-geodata.example/privacy/requests"
    assert acme.date_added == "01/10/2023"
    assert entries["Birchline Audience LLC"].email == "privacy@birchline.example"
    assert entries["Birchline Audience LLC"].websites == [
        "https://birchline.example", "https://www.birchline-ads.example"]
    assert entries["Cobalt People Search"].email == "optout@cobaltpeople.example"
    assert entries["Dovetail Movement Data"].email is None
    reasons = {p.line: p.reason for p in parsed.problems}
    assert any("formula" in r for r in reasons.values())
    assert any("name is empty" in r for r in reasons.values())
    assert len(parsed.problems) == 2


def test_current_file_keeps_geolocation_flag_statistics_and_contacts():
    parsed = cppa.parse_registry(CURRENT.read_bytes())
    assert parsed.style == "current"
    entries = by_name(parsed)
    acme = entries["Acme Geodata, Inc."]
    assert acme.dba == "AcmeGeo"
    assert acme.precise_geolocation is True
    assert acme.phone == "+1 (800) 555-0100"
    assert acme.postal == "100 Example Way, Suite 5\nSacramento, CA 95814"
    assert acme.rights_url == "https://acme-geodata.example/ccpa"
    assert acme.statistics["delete"] == {"received": 1204, "complied_in_whole": 1100,
                                         "complied_in_part": 50, "denied": 54,
                                         "mean_days": 12.5, "median_days": 9}
    assert acme.statistics["know"] == {"received": 310, "denied": 4}
    assert acme.statistics["opt-out"] == {"received": 2000, "mean_days": 3}
    assert acme.flags["collects-personal-information-of-minors"] is False
    evergreen = entries["Evergreen Signals LLC"]
    assert evergreen.email == "privacy@evergreen-signals.example"
    assert evergreen.precise_geolocation is True
    assert entries["Harbor Data Partners"].precise_geolocation is False
    assert entries["Harbor Data Partners"].flags["collects-personal-information-of-minors"] is True
    assert "Granite Lookup Co." not in entries  # DDE payload in the phone cell
    assert [p.reason for p in parsed.problems] == [
        "a cell holds a spreadsheet formula (for example =HYPERLINK), which is never imported"]


@pytest.mark.parametrize("header, field", [
    ("Data Broker Name", "name"), ("Data broker name:", "name"),
    ("Name of data broker", "name"),
    ("Website URL", "website"), ("Data broker primary website:", "website"),
    ("Email Address", "email"), ("Data broker primary contact e-mail address:", "email"),
    ("Data broker primary phone number: [optional]", "phone"),
    ("Doing Business As (DBA), if applicable:", "dba"),
    ("How a consumer may opt out of sale or submit requests under the CCPA", "rights"),
    ("Link to the page describing how to exercise CCPA rights", "rights"),
    ("Data broker collects consumers\u2019 precise geolocation", "precise_geolocation"),
    ("Does the data broker collect precise geolocation?", "precise_geolocation"),
    ("Date Added", "date_added"),
])
def test_headers_are_matched_by_meaning(header, field):
    assert cppa._classify(header)[0] == field


@pytest.mark.parametrize("cell, expected", [
    ("privacy [at] example.com", "privacy@example.com"),
    ("privacy (at) example (dot) com", "privacy@example.com"),
    ("Privacy@Example.com; legal@example.com", "privacy@example.com"),
    ("mailto:privacy@example.com", "privacy@example.com"),
    ("privacy at example.com", "privacy@example.com"),
    ("call us", None), ("", None),
])
def test_obfuscated_emails(cell, expected):
    assert cppa_cells.clean_email(cell) == expected


@pytest.mark.parametrize("cell, formula", [
    ("=HYPERLINK(\"http://x\",\"y\")", True), ("@SUM(A1)", True), ("-cmd|' /C calc'!A0", True),
    ("+cmd|x", True), ("\t=1", True), ("+1 800 555 0100", False), ("-", False),
    ("privacy@example.com", False), ("", False),
])
def test_formula_detection(cell, formula):
    assert cppa_cells.is_formula(cell) is formula


def test_wrong_encoding_is_a_clear_error():
    data = HISTORICAL.read_bytes().replace(b"Acme", "Açme".encode("cp1252"))
    with pytest.raises(ValidationError, match=r"not UTF-8 .*CSV UTF-8"):
        cppa.parse_registry(data)


def test_utf16_file_with_bom_is_read():
    text = HISTORICAL.read_bytes().decode("utf-8-sig")
    parsed = cppa.parse_registry(text.encode("utf-16"))
    assert len(parsed.entries) == 5


def test_missing_columns_is_a_clear_error():
    with pytest.raises(ValidationError, match="no header row with a data broker name"):
        cppa.parse_registry(b"Company,Phone\r\nAcme,555-0100\r\n")


def test_binary_file_is_refused():
    with pytest.raises(ValidationError, match="binary"):
        cppa.parse_registry(b"PK\x03\x04\x00\x00\x00garbage")


def test_ten_megabyte_cell_skips_only_that_row():
    huge = "A" * (10 * 1024 * 1024)
    data = ("Data Broker Name,Website URL,Email Address\r\n"
            f"Huge Co,{huge},x@huge.example\r\n"
            "Small Co,small.example,privacy@small.example\r\n").encode()
    parsed = cppa.parse_registry(data)
    assert [e.name for e in parsed.entries] == ["Small Co"]
    assert "longer than 2,000 characters" in parsed.problems[0].reason


def test_unterminated_quote_is_a_clear_error():
    data = b'Data Broker Name,Website URL\r\n"Broken,broken.example\r\n'
    try:
        parsed = cppa.parse_registry(data)
    except ValidationError as exc:
        assert "damaged" in str(exc)
    else:  # csv may read it as one long cell: then the row must not become a broker
        assert all(e.name != "Broken" for e in parsed.entries)


# ------------------------------------------------------------------ import into the store
def test_import_historical_counts_and_merge(store):
    result = registry_import.import_registry(store, HISTORICAL)
    assert (result.added, result.updated, result.skipped) == (4, 1, 2)
    kochava = directory_service.get_company(store, "kochava")  # merged, not duplicated
    assert kochava.origin == "bundled" and kochava.contacts["email"] == "privacy@kochava.com"
    assert kochava.extra["registry"]["drop"] is True
    assert not [c for c in directory_service.search_companies(store, "kochava")
                if c.slug != "kochava"]
    acme = directory_service.get_company(store, "acme-geodata-inc")
    assert acme.origin == "cppa" and acme.kind == "broker"
    assert acme.contacts["webform"] == "https://acme-geodata.example/privacy/requests"
    assert "DROP" in acme.notes


def test_reimport_is_unchanged_and_current_file_updates(store):
    registry_import.import_registry(store, HISTORICAL)
    again = registry_import.import_registry(store, HISTORICAL)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 5)
    current = registry_import.import_registry(store, CURRENT)
    # Acme and Foursquare exist already; Evergreen and Harbor are new; Granite is refused.
    assert (current.added, current.updated, current.skipped) == (2, 2, 1)
    acme = directory_service.get_company(store, "acme-geodata-inc")
    assert acme.extra["registry"]["precise_geolocation"] is True
    assert acme.extra["registry"]["statistics"]["delete"]["received"] == 1204
    assert acme.location_data[0]["kind"] == "precise-location"
    foursquare = directory_service.get_company(store, "foursquare")
    assert foursquare.contacts["webform"] == "https://location.foursquare.com/legal/your-privacy-choices"


def test_user_records_are_never_overwritten(store):
    from app.core.model import Company

    directory_service.save_user_company(store, Company(slug="", name="Birchline Audience",
                                                       kind="broker"))
    result = registry_import.import_registry(store, HISTORICAL)
    assert result.skipped == 3
    mine = directory_service.get_company(store, "birchline-audience")
    assert mine.origin == "user" and not mine.extra.get("registry")
    own = [p["reason"] for p in result.problems if "your own record" in p["reason"]]
    assert own == ["'birchline-audience' is your own record; it was left as you wrote it"]
    assert own[0].template == "'{slug}' is your own record; it was left as you wrote it"


def test_failure_midway_leaves_the_store_as_it_was(store, monkeypatch):
    calls = {"n": 0}
    real = company_repo.upsert

    def failing(conn, company):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real(conn, company)

    monkeypatch.setattr(company_repo, "upsert", failing)
    with pytest.raises(OSError):
        registry_import.import_registry(store, HISTORICAL)
    assert company_repo.list_all(store.conn) == []


def test_cancel_leaves_nothing(store):
    with pytest.raises(registry_import.ImportCancelled):
        registry_import.import_registry(store, HISTORICAL, cancelled=lambda: True)
    assert company_repo.list_all(store.conn) == []


def test_empty_file_is_refused(store, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="empty"):
        registry_import.import_registry(store, empty)


# ------------------------------------------------------------------ CLI
def test_cli_import_prints_counts(home, capsys):
    assert main(["--home", str(home), "directory", "import-cppa", str(CURRENT), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["added"], data["updated"], data["skipped"]) == (3, 1, 1)


def test_cli_import_bad_file_exits_1_with_message(home, tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    assert main(["--home", str(home), "directory", "import-cppa", str(bad)]) == 1
    assert capsys.readouterr().err.startswith("offmap: error: ")
