"""A letter carries something the company can find the person by, and never what it refuses."""

from __future__ import annotations

from app.core.letter_context import identity_plan
from app.core.model import Client, Company

AD_ID = "38400000-8cf0-11bd-b23e-10b96e40000d"
AD_ID_ONLY = Company(
    slug="adco", name="AdCo", kind="broker",
    identification=["device advertising ID (IDFA or AAID)", "do not send name, e-mail or address"],
)


def test_ad_id_only_company_gets_only_the_ad_id_when_the_client_has_one():
    client = Client(name="Ana", emails=["ana@example.org"], ad_ids=[AD_ID])
    plan = identity_plan(client, AD_ID_ONLY)
    assert (plan.ad_ids, plan.name, plan.email, plan.address) == (True, False, False, False)
    assert plan.missing == []


def test_without_the_ad_id_the_letter_keeps_to_what_is_not_refused_and_says_what_is_missing():
    client = Client(name="Ana", emails=["ana@example.org"], phones=["+14155550100"])
    plan = identity_plan(client, AD_ID_ONLY)
    # Name and e-mail are refused: the phone is the only thing left to search by.
    assert (plan.name, plan.email, plan.phones, plan.ad_ids) == (False, False, True, False)
    assert plan.missing == ["Mobile advertising ID"]
