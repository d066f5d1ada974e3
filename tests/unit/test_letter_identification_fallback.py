"""A letter always carries something the company can find the person by."""

from __future__ import annotations

from app.core.letters import identity_plan
from app.core.model import Client, Company

AD_ID_ONLY = Company(
    slug="adco", name="AdCo", kind="broker",
    identification=["device advertising ID (IDFA or AAID)", "do not send name, e-mail or address"],
)


def test_ad_id_only_company_gets_only_the_ad_id_when_the_client_has_one():
    client = Client(name="Ana", emails=["ana@example.org"], ad_ids=["38400000-8cf0-11bd"])
    plan = identity_plan(client, AD_ID_ONLY)
    assert (plan.ad_ids, plan.name, plan.email, plan.address) == (True, False, False, False)
    assert plan.missing == []


def test_without_the_ad_id_the_letter_falls_back_to_name_and_reply_address():
    client = Client(name="Ana", emails=["ana@example.org"], phones=["+14155550100"])
    plan = identity_plan(client, AD_ID_ONLY)
    assert (plan.name, plan.email, plan.phones, plan.ad_ids) == (True, True, True, False)
    assert plan.missing == ["device advertising ID (IDFA or AAID)"]
