"""The bundled directory's breadth and sourcing: 300+ companies that validate, each with a dated
source, no duplicates, and no contact that does not say where it was read."""

from __future__ import annotations

import json
import re
from collections import Counter
from typing import Any

import jsonschema
import pytest

from app.core import directory as core
from app.paths import resource

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL = re.compile(r"^https?://\S+$")
CHANNEL_CONTACTS = ("email", "webform", "postal", "phone", "cpni_opt_out")
# Records from the first directory (2026-11) that do not cite yet why they hold location data
# (carriers and brands whose holding follows from running the network). New records must cite.
FIRST_RECORDS_WITHOUT_LOCATION_SOURCE = frozenset({
    "assurance-wireless", "bell", "boost-mobile", "cricket-wireless", "metro-by-t-mobile",
    "mint-mobile", "net10", "rogers", "safelink-wireless", "simple-mobile", "spectrum-mobile",
    "straight-talk", "syniverse", "telus", "total-wireless", "tracfone", "ultra-mobile",
    "us-cellular", "visible", "walmart-family-mobile", "x-mode-social", "xfinity-mobile",
})
# A first-directory record with no source at all yet (none since the Reach work sourced Visible).
FIRST_RECORDS_WITHOUT_SOURCE: frozenset[str] = frozenset()


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(core.bundled_directory_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def companies(document) -> list[dict[str, Any]]:
    return document["companies"]


def test_at_least_300_companies_of_every_kind(companies):
    assert len(companies) >= 300
    kinds = Counter(c["kind"] for c in companies)
    assert set(kinds) == {"carrier", "mvno", "aggregator", "broker", "app", "platform",
                          "government"}
    assert kinds["carrier"] + kinds["mvno"] >= 70  # US, Canada, UK and EU/EEA networks


def test_whole_file_validates_against_the_schema_and_its_links(document, companies):
    schema = json.loads(resource("directory", "schema.json").read_text(encoding="utf-8"))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(document))
    assert not errors, [e.message for e in errors[:5]]
    assert core.reference_problems(companies) == []
    # and the app loads it, with and without the schema pass
    assert len(core.parse_document(json.dumps(document))) == len(companies)


def test_file_is_sorted_by_slug_with_unique_slugs_and_names(companies):
    slugs = [c["slug"] for c in companies]
    assert slugs == sorted(slugs)
    assert len(set(slugs)) == len(slugs)
    names = [core.normalise(c["name"]) for c in companies]
    assert [n for n, count in Counter(names).items() if count > 1] == []


def test_every_record_cites_a_source_with_url_and_date(companies):
    unsourced = {c["slug"] for c in companies
                 if not any(URL.match(s.get("url") or "") and DATE.match(s.get("seen") or "")
                            for s in c["sources"])}
    assert unsourced == FIRST_RECORDS_WITHOUT_SOURCE


def test_every_new_record_cites_why_it_holds_location_data(companies):
    without = {c["slug"] for c in companies
               if not any(URL.match(d.get("source") or "") for d in c["location_data"])}
    assert without <= FIRST_RECORDS_WITHOUT_LOCATION_SOURCE, \
        without - FIRST_RECORDS_WITHOUT_LOCATION_SOURCE


def test_no_contact_without_a_channel_that_says_where_it_was_read(companies):
    missing = []
    for company in companies:
        channels = company.get("channels", [])
        for channel in channels:
            assert URL.match(channel["source"]) and DATE.match(channel["seen"]), company["slug"]
        values = {channel["value"] for channel in channels}
        for key in CHANNEL_CONTACTS:
            value = company["contacts"].get(key)
            if value and value not in values:
                missing.append((company["slug"], key))
    assert missing == []


def test_verified_channels_come_from_the_organisations_own_page(companies):
    """'verified' is kept for values read on the organisation's own page; the CC0 database
    and the registry give 'secondary' ones."""
    for company in companies:
        for channel in company.get("channels", []):
            if "datenanfragen/data" in channel["source"]:
                assert channel["quality"] == "secondary", company["slug"]


def test_registered_brokers_are_reachable_through_drop(companies):
    registered = [core.record_to_company(c) for c in companies
                  if (c.get("registry") or {}).get("precise_geolocation")]
    assert len(registered) >= 100
    assert all(core.drop_covers(c) for c in registered)


def test_new_networks_and_brands_are_found_and_linked(companies):
    index = {c.slug: c for c in (core.record_to_company(r) for r in companies)}
    assert next(c.slug for c in core.search(index.values(), "giffgaff")) == "giffgaff"
    assert "koodo" in [c.slug for c in core.search(index.values(), "koodo", kind="mvno")]
    assert "stellantis" in [c.slug for c in core.search(index.values(), "jeep")]  # brand
    roles = {s.company.slug: s.role for s in core.phone_service_suggestions(index, "fizz")}
    assert roles["videotron"] == "host" and roles["rogers"] == "host"
    recipients = {s.company.slug for s in core.app_suggestions(index, "toyota")}
    assert {"arity", "allstate"} <= recipients
