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
    clients = [client_service.add_client(store, Client(name=f"Bulk {n}", state="CA")).id
               for n in range(2)]
    with MailServer(certs, "starttls") as server:
        account = account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
            security="starttls")).account
        plan = bulk.plan_geolocation_optouts(store, clients)
        summary = bulk.run_plan(store, plan, send=True, account_id=account.id,
                                password=PASSWORD, allow_unverified=True)
    # Foursquare is in OffMap's directory with a web form only: the registry's e-mail address
    # for it is never used, so its letters wait for the web form.
    assert len(summary.created) == 6 and summary.sent == 4, summary.not_sent
    assert len(summary.not_sent) == 2 and all("Foursquare" in n for n in summary.not_sent)
    assert len(server.messages) == 4
    recipients = sorted(r for m in server.messages for r in m.rcpt_tos)
    assert recipients.count("privacy@acme-geodata.example") == 2
    for client_id in clients:
        requests = request_repo.list_where(store.conn, client_id=client_id)
        assert {r.status for r in requests if r.company != "foursquare"} == {"sent"}
        assert {r.status for r in requests if r.company == "foursquare"} == {"draft"}
