"""Law choice from the client's residence and the company's kind (issue 4 item 3)."""

from __future__ import annotations

import pytest

from app.core.lawchoice import choose_laws, is_voluntary
from app.core.laws import get_law, load_laws


def test_californian_gets_ccpa_and_a_carrier_adds_cpni():
    broker = choose_laws("US", "CA", "broker")
    assert broker.laws == ["us-ca"]
    assert "California" in broker.explanation
    carrier = choose_laws("US", "CA", "carrier")
    assert carrier.laws == ["us-ca", "us-cpni"]
    assert "47 U.S.C. 222" in carrier.explanation


def test_first_granting_law_picks_cpni_for_a_cpni_opt_out():
    choice = choose_laws("US", "CA", "carrier")
    laws = load_laws()
    assert choice.first_granting("delete", laws) == "us-ca"
    assert choice.first_granting("cpni-opt-out", laws) == "us-cpni"


def test_state_is_enough_when_country_is_missing():
    assert choose_laws("", "TX", "app").laws == ["us-tx"]


@pytest.mark.parametrize("country", ["DE", "FR", "IE", "NO"])
def test_eu_and_eea_residents_get_gdpr(country):
    choice = choose_laws(country, "", "platform")
    assert choice.laws == ["eu-gdpr"]


def test_uk_resident_gets_uk_gdpr_whichever_code_is_used():
    assert choose_laws("GB", "", "broker").laws == ["uk-gdpr"]
    assert choose_laws("uk", "", "broker").laws == ["uk-gdpr"]


def test_canada_quebec_first_then_pipeda():
    assert choose_laws("CA", "QC", "carrier").laws == ["ca-qc", "ca-pipeda"]
    assert choose_laws("CA", "ON", "broker").laws == ["ca-pipeda"]


def test_government_record_gets_the_privacy_act():
    choice = choose_laws("US", "FL", "government")
    assert choice.laws == ["us-privacy-act"]
    assert "552a" in choice.explanation


def test_state_without_a_law_explains_and_says_what_still_applies():
    broker = choose_laws("US", "FL", "broker")
    assert broker.laws == []
    assert "Florida has no consumer privacy law" in broker.explanation
    assert any("voluntary" in note.lower() for note in broker.still_applies)
    assert broker.voluntary_model == "us-ca"
    carrier = choose_laws("US", "FL", "carrier")
    assert carrier.laws == ["us-cpni"]
    assert any("47 U.S.C. 222" in note for note in carrier.still_applies)


def test_missing_state_asks_for_it():
    choice = choose_laws("US", "", "broker")
    assert choice.laws == []
    assert "add the state" in choice.explanation


def test_company_laws_from_the_directory_are_added_when_they_cover_the_client():
    assert choose_laws("US", "CA", "broker", ["us-ca", "eu-gdpr"]).laws == ["us-ca"]
    assert choose_laws("DE", "", "broker", ["eu-gdpr"]).laws == ["eu-gdpr"]


def test_voluntary_when_the_law_does_not_cover_the_residence():
    ca = get_law("us-ca")
    assert is_voluntary(ca, "US", "FL")
    assert not is_voluntary(ca, "US", "CA")
    assert not is_voluntary(get_law("us-cpni"), "US", "FL")
    assert is_voluntary(get_law("eu-gdpr"), "US", "CA")
    assert not is_voluntary(get_law("eu-gdpr"), "DE", "")
    assert not is_voluntary(get_law("uk-gdpr"), "UK", "")
    assert is_voluntary(ca, "", "")
