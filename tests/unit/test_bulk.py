"""Bulk opt-outs to every broker whose California registry entry flags precise geolocation:
planning (review before doing), skips with reasons, cancel between requests, no duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.model import Client
from app.core.text import Text
from app.services import bulk, registry_import
from app.services import clients as client_service
from app.store import requests as request_repo

REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / "registry-2025.csv"


@pytest.fixture
def brokers(store):
    registry_import.import_registry(store, REGISTRY)
    return [b.slug for b in bulk.geolocation_brokers(store)]


def _client(store, name: str, state: str = "CA") -> int:
    return client_service.add_client(store, Client(name=name, state=state)).id


def test_only_brokers_flagging_precise_geolocation(store, brokers):
    # the imported registry's flagged brokers, plus the bundled registered ones (e.g. Veraset)
    assert {"acme-geodata-inc", "evergreen-signals-llc", "foursquare", "veraset"} <= set(brokers)
    assert "zumigo" not in brokers  # bundled, never registered
    for company in bulk.geolocation_brokers(store):
        assert bulk.flags_precise_geolocation(company)


def test_plan_and_run_for_several_clients(store, brokers):
    a, b = _client(store, "Bulk A"), _client(store, "Bulk B", "VA")
    nowhere = _client(store, "Bulk C", "")
    plan = bulk.plan_geolocation_optouts(store, [a, b, nowhere, a])
    assert plan.client_ids == [a, b, nowhere]
    n = len(brokers)
    assert len(plan.pairs) == 3 * n and not plan.skipped
    steps: list[tuple[int, int]] = []
    summary = bulk.run_plan(store, plan, progress=lambda d, t, _m: steps.append((d, t)))
    assert len(summary.created) == 2 * n and steps[-1] == (3 * n, 3 * n)
    assert {s.client_id for s in summary.skipped} == {nowhere}
    assert all("no law applies" in s.reason for s in summary.skipped)
    assert all(isinstance(s.reason, Text) for s in summary.skipped)  # translatable
    for client_id, law in ((a, "us-ca"), (b, "us-va")):
        made = request_repo.list_where(store.conn, client_id=client_id)
        assert sorted(r.company for r in made) == sorted(brokers)
        assert {(r.type, r.law, r.status) for r in made} == {("opt-out", law, "draft")}
    # Running the same bulk action again creates nothing twice.
    again = bulk.plan_geolocation_optouts(store, [a, b])
    assert again.pairs == [] and len(again.skipped) == 2 * n
    assert all(s.reason == "already has an opt-out to this broker" for s in again.skipped)
    assert all(s.reason.template == "already has an opt-out to this broker" for s in again.skipped)


def test_cancel_keeps_what_was_done(store, brokers):
    a = _client(store, "Bulk A")
    plan = bulk.plan_geolocation_optouts(store, [a])
    calls = {"n": 0}

    def stop_after_one() -> bool:
        calls["n"] += 1
        return calls["n"] > 1

    summary = bulk.run_plan(store, plan, should_stop=stop_after_one)
    assert summary.cancelled and len(summary.created) == 1
    assert len(request_repo.list_where(store.conn, client_id=a)) == 1


def test_unknown_client_is_named(store, brokers):
    with pytest.raises(Exception, match="no client with id 999"):
        bulk.plan_geolocation_optouts(store, [999])
