"""The shipped law data: every file valid against the schema, every CONTRACT law present, every
figure with a citation and a confidence, and the loader's refusals."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from app.core import laws
from app.core.deadlines import compute_due
from app.core.errors import ValidationError
from app.core.model import REQUEST_TYPES

CONTRACT_LAW_IDS = (
    "us-ca us-va us-co us-ct us-ut us-tx us-or us-mt us-ia us-de us-ne us-nh us-nj us-tn us-mn "
    "us-md us-in us-ky us-ri us-cpni us-privacy-act eu-gdpr uk-gdpr ca-pipeda ca-qc"
).split()
LAW_FILES = sorted(p for p in laws.laws_dir().glob("*.json") if p.name != "schema.json")


def _schema() -> dict:
    return json.loads((laws.laws_dir() / "schema.json").read_text(encoding="utf-8"))


def test_schema_is_a_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(_schema())


@pytest.mark.parametrize("path", LAW_FILES, ids=lambda p: p.stem)
def test_law_file_matches_schema_and_its_name(path: Path):
    record = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(_schema()).validate(record)
    assert record["id"] == path.stem


def test_schema_rejects_a_figure_without_confidence():
    record = laws.get_law("us-ca")
    del record["deadlines"]["respond"]["confidence"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, _schema())


def test_schema_rejects_an_unknown_request_type():
    record = laws.get_law("us-ca")
    record["grants"]["teleport"] = dict(record["grants"]["delete"])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, _schema())


def test_every_contract_law_is_shipped_and_nothing_else():
    assert sorted(laws.law_ids()) == sorted(CONTRACT_LAW_IDS)


@pytest.mark.parametrize("law_id", CONTRACT_LAW_IDS)
def test_grants_point_at_existing_deadlines(law_id: str):
    law = laws.get_law(law_id)
    for request_type, grant in law["grants"].items():
        assert request_type in REQUEST_TYPES
        for key in (grant["deadline"], grant.get("confirm")):
            if key is not None:
                assert key in law["deadlines"], f"{law_id} {request_type} -> {key}"
        if grant["extendable"]:
            assert "extension" in law["deadlines"], law_id
    if law["appeal"]["available"] and law["appeal"]["deadline"]:
        assert law["appeal"]["deadline"] in law["deadlines"]


def test_only_gdpr_laws_roll_weekends():
    rolling = sorted(i for i, law in laws.load_laws().items() if law["roll_weekend"])
    assert rolling == ["eu-gdpr", "uk-gdpr"]


def test_california_figures():
    law = laws.get_law("us-ca")
    assert law["deadlines"]["respond"] == {**law["deadlines"]["respond"], "amount": 45,
                                           "unit": "calendar", "citation": "11 CCR 7021(b)"}
    assert law["deadlines"]["extension"]["amount"] == 45
    assert law["deadlines"]["confirm"]["unit"] == "business"
    assert law["grants"]["delete"]["citation"] == "Cal. Civ. Code 1798.105"
    assert law["precise_geolocation"]["effect"] == "limit"
    assert law["appeal"]["available"] is False
    assert "cpni-opt-out" not in laws.granted_types(law)


def test_unconfirmed_figures_are_marked_unverified():
    # reference/laws.md marks these UNCONFIRMED.
    # A secondary source gives the 15 business days; the subsection was not read (issue 14).
    assert laws.get_law("us-ca")["deadlines"]["opt_out"]["confidence"] == "secondary"
    # Subsection C read on 2026-12-04 (issue 14 item 8): the 60 days are the statute's.
    assert laws.get_law("us-va")["deadlines"]["appeal"]["confidence"] == "statute"
    assert laws.get_law("us-va")["deadlines"]["appeal"]["amount"] == 60
    # Read in Conn. Gen. Stat. 42-518(c)(1) on 2026-12-03 (issue 14).
    assert laws.get_law("us-ct")["deadlines"]["extension"]["confidence"] == "statute"
    assert laws.get_law("us-co")["deadlines"]["appeal"]["confidence"] == "secondary"
    assert laws.get_law("us-ia")["deadlines"]["respond"]["amount"] == 90
    assert laws.get_law("us-ut")["appeal"]["available"] is False
    assert "extension" not in laws.get_law("ca-qc")["deadlines"]


def test_cpni_cites_section_222_and_covers_carriers_only():
    law = laws.get_law("us-cpni")
    assert "47 U.S.C. 222" in law["grants"]["cpni-opt-out"]["citation"]
    assert laws.applies_to_kind(law, "carrier") and laws.applies_to_kind(law, "mvno")
    assert not laws.applies_to_kind(law, "broker")
    assert law["regulator"]["phone"] == "1-888-225-5322"


def test_citations_and_confidences_everywhere():
    for law in laws.load_laws().values():
        for part in ("agent", "precise_geolocation", "regulator"):
            assert law[part]["confidence"] in laws.CONFIDENCES, (law["id"], part)
        for rule in law["deadlines"].values():
            assert rule["citation"].strip() and rule["confidence"] in laws.CONFIDENCES
        for grant in law["grants"].values():
            assert re.search(r"\w", grant["citation"])


def test_get_law_refuses_an_unknown_id_and_lists_the_valid_ones():
    with pytest.raises(ValidationError) as info:
        laws.get_law("us-zz")
    assert "us-zz" in str(info.value) and "us-ca" in str(info.value)


def test_grant_for_refuses_a_type_the_law_does_not_grant():
    with pytest.raises(ValidationError) as info:
        laws.grant_for(laws.get_law("us-ca"), "cpni-opt-out")
    message = str(info.value)
    assert "does not grant" in message and "delete" in message


def test_loaded_laws_are_copies():
    laws.get_law("us-ca")["short_name"] = "changed"
    assert laws.get_law("us-ca")["short_name"] == "CCPA/CPRA"


def test_loaded_laws_are_deep_copies_equal_to_the_files():
    on_disk = json.loads((laws.laws_dir() / "us-ca.json").read_text(encoding="utf-8"))
    for law in (laws.get_law("us-ca"), laws.load_laws()["us-ca"],
                laws.laws_for_state("US", "CA")[0]):
        assert law == on_disk
        law["jurisdiction"]["state"] = "XX"
        law["applies_to"].append("nobody")
        law["grants"]["delete"]["changed"] = True
    assert laws.get_law("us-ca") == on_disk


def test_laws_for_state():
    assert [law["id"] for law in laws.laws_for_state("US", "CA")] == ["us-ca"]
    assert [law["id"] for law in laws.laws_for_state("CA", "QC")] == ["ca-qc"]
    assert laws.laws_for_state("US", "FL") == []


def test_shipped_data_drives_the_deadline_engine():
    received = date(2026, 3, 2)
    ca = compute_due(laws.get_law("us-ca"), "delete", received)
    assert ca.due_on == date(2026, 4, 16)
    assert ca.extended_due_on == date(2026, 5, 31)
    assert ca.confirm_by is not None
    gdpr = compute_due(laws.get_law("eu-gdpr"), "access", date(2026, 1, 31))
    assert gdpr.due_on == date(2026, 3, 2)  # Feb has no 31st -> 28th, a Saturday -> Monday
    privacy_act = compute_due(laws.get_law("us-privacy-act"), "access", received)
    assert privacy_act.confirm_by is None
    assert compute_due(laws.get_law("us-cpni"), "access", received).due_on is None
