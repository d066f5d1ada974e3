"""The bundled directory: valid against its schema, complete for the reference companies, honest."""

from __future__ import annotations

import json
import re

import pytest

from app.core import directory as core
from app.core.errors import ValidationError

REFERENCE_SLUGS = [
    "att", "verizon", "t-mobile", "sprint", "securus", "3cinteractive", "locationsmart", "zumigo",
    "syniverse", "venntel", "gravy-analytics", "google", "strava", "alphonso", "dhs", "ice", "cbp",
    "dea", "cricket-wireless", "metro-by-t-mobile", "visible", "straight-talk", "total-wireless",
    "tracfone", "mint-mobile", "google-fi", "us-cellular", "outlogic", "inmarket", "mobilewalla",
    "kochava", "cuebiq", "foursquare", "safegraph", "placer-ai", "babel-street",
    "fog-data-science", "near-intelligence",
]


@pytest.fixture(scope="module")
def document() -> dict:
    return json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))


def test_bundled_directory_matches_schema(document):
    core.validate_document(document)


def test_bundled_directory_has_at_least_60_records_and_every_reference_company(document):
    slugs = {c["slug"] for c in document["companies"]}
    assert len(slugs) >= 60
    assert sorted(set(REFERENCE_SLUGS) - slugs) == []


def test_every_kind_is_represented(document):
    kinds = {c["kind"] for c in document["companies"]}
    assert kinds == {"carrier", "mvno", "aggregator", "broker", "app", "platform", "government"}


def test_sourced_records_have_dates_and_unknown_contacts_point_somewhere(document):
    for record in document["companies"]:
        if record["quality"] != "unverified":
            assert record["sources"] and record["verified_on"], record["slug"]
        if not any(record["contacts"].values()):
            assert record["notes"], f"{record['slug']} has no contact and no hint where to look"


def test_every_source_and_location_fact_cites_a_url(document):
    for record in document["companies"]:
        for source in record["sources"]:
            assert re.match(r"^https?://\S+$", source["url"]), record["slug"]
        for share in record["shared_with"]:
            assert share["reason"] and share["source"], (record["slug"], share["slug"])


def test_mvnos_have_hosts_and_carriers_list_aggregators_with_reasons(document):
    by_slug = {c["slug"]: c for c in document["companies"]}
    for record in by_slug.values():
        if record["kind"] == "mvno":
            assert record["hosts"], record["slug"]
    for carrier in ("att", "verizon", "t-mobile", "sprint"):
        recipients = {s["slug"] for s in by_slug[carrier]["shared_with"]}
        assert {"locationsmart", "securus"} <= recipients, carrier
    assert by_slug["sprint"]["successor"] == "t-mobile"
    assert by_slug["sprint"]["successor_reason"] == "merged"


def test_government_records_point_to_privacy_act(document):
    for record in document["companies"]:
        if record["kind"] == "government":
            assert record["laws"] == ["us-privacy-act"]
            assert "Privacy Act" in record["notes"]


def _broken(document: dict, change) -> dict:
    copy = json.loads(json.dumps(document))
    change(copy)
    return copy


def test_schema_rejects_a_bad_kind_with_the_company_named(document):
    def bad_kind(doc):
        doc["companies"][0]["kind"] = "bank"

    with pytest.raises(ValidationError, match=r"company '[a-z0-9-]+' kind"):
        core.validate_document(_broken(document, bad_kind))


def test_schema_rejects_an_mvno_without_host(document):
    def no_host(doc):
        for record in doc["companies"]:
            if record["kind"] == "mvno":
                record["hosts"] = []
                break

    with pytest.raises(ValidationError, match="hosts"):
        core.validate_document(_broken(document, no_host))


def test_links_to_missing_companies_are_refused(document):
    def dangling(doc):
        doc["companies"][0]["shared_with"] = [
            {"slug": "nobody-inc", "reason": "x", "source": "https://example.org"}]

    with pytest.raises(ValidationError, match="nobody-inc"):
        core.validate_document(_broken(document, dangling))


def test_truncated_file_gives_a_clear_error(document):
    text = json.dumps(document)
    with pytest.raises(ValidationError, match="cut short"):
        core.parse_document(text[: len(text) // 2])


def test_wrong_schema_version_is_refused(document):
    def version(doc):
        doc["schema_version"] = 2

    with pytest.raises(ValidationError, match="schema"):
        core.validate_document(_broken(document, version))
