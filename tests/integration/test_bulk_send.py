"""Bulk opt-outs sent for real: an aiosmtpd server (STARTTLS + AUTH) on loopback receives one
letter per broker that flags precise geolocation, and each request is marked sent."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.model import Client, MailAccount
from app.services import accounts as account_service
from app.services import bulk, registry_import
from app.services import clients as client_service
from app.store import requests as request_repo
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration
REGISTRY = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / "registry-2025.csv"


def test_bulk_opt_outs_are_sent_and_marked_sent(store, tmp_path):
    certs = make_certificates(tmp_path / "certs")
    registry_import.import_registry(store, REGISTRY)
    # Each client has an advertising ID: brokers that act only on one (Mobilewalla, Venntel) would
    # otherwise keep their letters as drafts until the client gives it.
    clients = [client_service.add_client(store, Client(
        name=f"Bulk {n}", state="CA", ad_ids=[f"38400000-8cf0-11bd-b23e-10b96e40000{n}"])).id
               for n in range(2)]
    with MailServer(certs, "starttls") as server:
        account = account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
            security="starttls")).account
        plan = bulk.plan_geolocation_optouts(store, clients)
        summary = bulk.run_plan(store, plan, send=True, account_id=account.id,
                                password=PASSWORD, allow_unverified=True)
    # Every flagged broker gets a letter per client: the ones with an e-mail address are sent
    # (the registry's own row included), the ones reached only by a form or post wait as drafts.
    # Foursquare is in OffMap's directory with a web form only: the registry's e-mail address for
    # it is never used, so its letters wait for the web form.
    brokers = bulk.geolocation_brokers(store)
    by_email = {b.slug for b in brokers if b.contacts.get("email")}
    assert "foursquare" not in by_email and "acme-geodata-inc" in by_email
    assert len(summary.created) == len(brokers) * len(clients)
    assert summary.sent == len(by_email) * len(clients), summary.not_sent[:3]
    assert len(server.messages) == summary.sent
    assert any("Foursquare" in n for n in summary.not_sent)
    recipients = sorted(r for m in server.messages for r in m.rcpt_tos)
    assert recipients.count("privacy@acme-geodata.example") == 2
    for client_id in clients:
        requests = request_repo.list_where(store.conn, client_id=client_id)
        assert {r.status for r in requests if r.company in by_email} == {"sent"}
        assert {r.status for r in requests if r.company not in by_email} == {"draft"}
