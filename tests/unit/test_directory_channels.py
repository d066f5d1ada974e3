"""The bundled directory's channels: every seed company, carrier, MVNO and agency reachable through
a channel read on its own page, each channel cited and dated, and `contacts` agreeing with them."""

from __future__ import annotations

import json
import re

import pytest

from app.core import directory as core
from app.core.errors import ValidationError

from .test_directory_data import REFERENCE_SLUGS

# Records for which no channel could be read on the organisation's own page in the stored
# sources (their notes say where to look). Keep this list short and honest: a record that
# gains a verified channel must leave it (test_known_gaps_are_still_gaps).
KNOWN_GAPS = {
    "alphonso", "babel-street", "bell", "cricket-wireless", "dhs",
    "fog-data-science", "google", "gravy-analytics", "inmarket", "locationsmart",
    "mint-mobile", "mobilewalla", "near-intelligence", "net10", "placer-ai", "safegraph",
    "safelink-wireless", "simple-mobile", "spectrum-mobile", "straight-talk",
    "syniverse", "total-wireless", "tracfone", "ultra-mobile", "usss", "venntel", "visible",
    "walmart-family-mobile",
}
# The carriers, MVNOs and agencies of the first bundled directory (issue 13 item 1). Records
# added later by the breadth import are checked by schema and consistency tests only.
CARRIERS_AND_AGENCIES = (
    "assurance-wireless", "att", "bell", "boost-mobile", "cbp", "cdc", "cricket-wireless", "dea",
    "dhs", "dod", "fbi", "google-fi", "ice", "irs", "metro-by-t-mobile", "mint-mobile", "net10",
    "rogers", "safelink-wireless", "simple-mobile", "spectrum-mobile", "sprint", "straight-talk",
    "t-mobile", "telus", "total-wireless", "tracfone", "ultra-mobile", "us-cellular", "uscg",
    "usms", "usss", "verizon", "visible", "walmart-family-mobile", "xfinity-mobile",
)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
CONTACT_KINDS = {"email": ("email",), "webform": ("webform", "portal"), "postal": ("postal",),
                 "phone": ("phone",)}


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    document = json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))
    return {c["slug"]: c for c in document["companies"]}


def _in_scope(records: dict[str, dict]) -> list[str]:
    return sorted(set(REFERENCE_SLUGS) | set(CARRIERS_AND_AGENCIES))


def _verified(record: dict) -> list[dict]:
    return [c for c in record.get("channels", []) if c["quality"] == "verified"]


def test_every_seed_carrier_mvno_and_agency_has_a_verified_cited_channel(records):
    missing = [s for s in _in_scope(records) if s not in KNOWN_GAPS and not _verified(records[s])]
    assert missing == []
    for slug in _in_scope(records):
        for channel in _verified(records[slug]):
            assert channel["source"].startswith(("https://", "http://")), slug
            assert DATE.match(channel["seen"]), slug
        if _verified(records[slug]):
            assert records[slug]["quality"] == "verified", slug
            assert records[slug]["verified_on"], slug


def test_known_gaps_are_still_gaps_and_say_where_to_look(records):
    for slug in KNOWN_GAPS:
        assert slug in records, slug
        assert not _verified(records[slug]), f"{slug} is verified now: drop it from KNOWN_GAPS"
        assert len(records[slug]["notes"]) > 20, slug


def test_every_channel_is_cited_dated_and_valid(records):
    core.validate_document({"schema_version": 1, "generated_on": "2026-12-03",
                            "companies": list(records.values())})
    for slug, record in records.items():
        for channel in record.get("channels", []):
            assert channel["value"].strip() == channel["value"], slug
            assert DATE.match(channel["seen"]), slug
            if channel["kind"] in ("webform", "portal"):
                assert channel["value"].startswith(("https://", "http://")), slug


def test_contacts_agree_with_channels(records):
    for slug, record in records.items():
        channels = record.get("channels")
        if not channels:
            continue
        for key, kinds in CONTACT_KINDS.items():
            value = record["contacts"].get(key)
            same_kind = [c for c in channels if c["kind"] in kinds]
            if value is not None:
                assert value in {c["value"] for c in same_kind}, (slug, key)
            verified = [c for c in same_kind if c["quality"] == "verified"
                        and c.get("purpose") in (None, "privacy", "privacy-act", "foia")]
            if verified:
                assert value in {c["value"] for c in verified}, (slug, key)


def test_identifiers_asked_for_are_never_also_refused(records):
    for slug, record in records.items():
        asked = set(record.get("required_identification", []))
        assert asked & set(record.get("do_not_send", [])) == set(), slug


def test_ad_id_brokers_take_only_the_advertising_id(records):
    kochava = records["kochava"]
    assert kochava["required_identification"] == ["ad-id"]
    assert {"name", "email", "phone", "postal-address"} <= set(kochava["do_not_send"])
    assert kochava["contacts"]["email"] == "privacy@kochava.com"
    for slug in ("outlogic", "cuebiq"):
        assert records[slug]["required_identification"] == ["ad-id"], slug


def test_dhs_components_ask_for_a_sworn_identity_statement(records):
    for slug in ("dhs", "ice", "cbp"):
        needed = set(records[slug]["required_identification"])
        assert {"name", "date-of-birth", "sworn-statement", "citizenship-statement"} <= needed, slug
    ice = records["ice"]
    assert ice["contacts"]["email"] != "ICE-FOIA@dhs.gov"
    assert any(c.get("purpose") == "amendment" for c in ice["channels"])


def test_sprint_points_to_its_successor(records):
    assert records["sprint"]["successor"] == "t-mobile"
    assert records["sprint"]["successor_reason"] == "merged"


def test_runs_names_listed_companies_and_is_checked(records):
    assert "visible" in records["verizon"]["runs"]
    broken = json.loads(json.dumps(list(records.values())))
    for record in broken:
        if record["slug"] == "verizon":
            record["runs"] = ["no-such-brand"]
    with pytest.raises(ValidationError, match="no-such-brand"):
        core.validate_document({"schema_version": 1, "generated_on": "2026-12-03",
                                "companies": broken})


def test_schema_refuses_a_channel_without_source_or_with_a_bad_value(records):
    for bad in ({"kind": "email", "value": "not-an-address", "source": "https://x.example",
                 "seen": "2026-12-03", "quality": "verified"},
                {"kind": "webform", "value": "www.example.com/form", "source": "https://x.example",
                 "seen": "2026-12-03", "quality": "verified"},
                {"kind": "email", "value": "a@b.example", "seen": "2026-12-03",
                 "quality": "verified"},
                {"kind": "fax", "value": "1", "source": "https://x.example", "seen": "2026-12-03",
                 "quality": "verified"}):
        broken = json.loads(json.dumps(list(records.values())))
        broken[0]["channels"] = [bad]
        with pytest.raises(ValidationError, match="channels"):
            core.validate_document({"schema_version": 1, "generated_on": "2026-12-03",
                                    "companies": broken})


def test_location_brokers_ask_for_the_advertising_id_and_near_answers_through_azira(records):
    # Gravy and Venntel told the California registry the Mobile Advertiser ID is the identifier
    # their data uses; SafeGraph's policy and the FTC's Mobilewalla complaint say the same.
    for slug in ("gravy-analytics", "venntel", "mobilewalla", "safegraph"):
        assert records[slug]["required_identification"] == ["ad-id"], slug
    companies = core.parse_document(core.bundled_directory_path().read_text(encoding="utf-8"))
    index = {c.slug: c for c in companies}
    assert core.resolve(index, "near-intelligence").slug == "azira"
    assert records["near-intelligence"]["successor_reason"] == "acquired"
    for slug in ("venntel", "mobilewalla", "inmarket", "babel-street", "fog-data-science"):
        assert core.drop_covers(index[slug]), slug
        assert core.registry(index[slug])["precise_geolocation"] is True, slug


def test_leads_copied_from_third_party_repositories_are_never_verified(records):
    for record in records.values():
        for channel in record.get("channels", []):
            if channel["source"].startswith("https://github.com/"):
                assert channel["quality"] != "verified", (record["slug"], channel["value"])
