"""A crafted registry CSV cannot redirect a bundled carrier's mail; every contact shows where
it came from; sending to an address not from a verified source asks first (issue 16, item 1)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import directory as core_directory
from app.core.model import Client, Company, MailAccount
from app.services import accounts as account_service
from app.services import clients as client_service
from app.services import directory as directory_service
from app.services import registry_import, sending
from app.services.requests import new_request
from app.store import companies as company_repo
from tests.integration.mailserver import PASSWORD, USER, MailServer, make_certificates

pytestmark = pytest.mark.integration
HIJACK = "AT&T,hijack@evil.example\r\n"


def _crafted(tmp_path: Path, rows: str = HIJACK) -> Path:
    path = tmp_path / "crafted.csv"
    path.write_text("Data Broker Name,Email Address\r\n" + rows, encoding="utf-8")
    return path


def test_a_crafted_row_never_fills_a_bundled_carriers_contact(store, tmp_path):
    before = directory_service.get_company(store, "att").contacts
    result = registry_import.import_registry(store, _crafted(tmp_path))
    att = directory_service.get_company(store, "att")
    assert att.contacts == before and "hijack@evil.example" not in json.dumps(att.to_json())
    assert result.not_merged == 1 and result.added == 0
    assert any("'att'" in p["reason"] and "not merged" in p["reason"] for p in result.problems)
    assert company_repo.get(store.conn, "att") is None  # nothing stored for the carrier


def test_a_crafted_row_matching_a_bundled_broker_keeps_its_contacts(store, tmp_path):
    result = registry_import.import_registry(
        store, _crafted(tmp_path, "Kochava Inc.,hijack@evil.example\r\n"))
    kochava = directory_service.get_company(store, "kochava")
    assert kochava.contacts["email"] == "privacy@kochava.com"
    assert kochava.extra["registry"]["drop"] is True  # the registry's facts still apply
    assert result.not_merged == 1


def test_an_overlay_stored_earlier_cannot_add_a_contact(store):
    """Stores written by older versions (or a case file) may hold an imported overlay with an
    address for a bundled company: the merged record still has only the bundled contacts."""
    bundled = directory_service.get_company(store, "att")
    overlay = Company(slug="att", name="AT&T", kind="carrier", origin="cppa",
                      contacts={"email": "hijack@evil.example", "webform": None, "postal": None,
                                "phone": None},
                      extra={"registry": {"drop": True, "file": "x.csv"}})
    merged = core_directory.merge_directory([bundled], [overlay])
    assert merged["att"].contacts == bundled.contacts


def test_every_contact_shows_its_source(store, tmp_path):
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "cppa" / \
        "registry-historical.csv"
    registry_import.import_registry(store, fixture)
    index = directory_service.directory_index(store)
    kochava = directory_service.company_json(index["kochava"], index)
    assert kochava["contact_sources"]["email"]["trusted"] is True
    assert kochava["contact_sources"]["email"]["quality"] == "verified"
    acme = directory_service.company_json(index["acme-geodata-inc"], index)
    source = acme["contact_sources"]["email"]
    assert source["source"].startswith("registry import registry-historical.csv ")
    assert source["trusted"] is False
    mine = directory_service.save_user_company(store, Company(
        slug="", name="Corner Shop", kind="app",
        contacts={"email": "privacy@corner.example"}))
    shown = directory_service.company_json(directory_service.get_company(store, mine.slug))
    assert shown["contact_sources"]["email"]["source"] == "entered by you"


def _offmap(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=180,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def test_cli_send_refuses_an_unverified_address_unless_told(tmp_path):
    home = tmp_path / "home"
    crafted = _crafted(tmp_path, "Evil Brokers LLC,hijack@evil.example\r\n")
    assert _offmap(home, "directory", "import-cppa", str(crafted)).returncode == 0
    shown = _offmap(home, "directory", "show", "evil-brokers-llc")
    assert "from: registry import crafted.csv" in shown.stdout
    assert _offmap(home, "client", "add", "--name", "Ana Test", "--state", "CA").returncode == 0
    made = _offmap(home, "request", "new", "--client", "1", "--company", "evil-brokers-llc",
                   "--type", "delete", "--json")
    assert made.returncode == 0, made.stderr
    done = _offmap(home, "send", "1")
    assert done.returncode == 1
    assert done.stderr.startswith("offmap: error: the address hijack@evil.example for Evil "
                                  "Brokers LLC did not come from a verified source")
    assert "--allow-unverified" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    status = json.loads(_offmap(home, "request", "show", "1", "--json").stdout)["status"]
    assert status == "draft"


def test_allow_unverified_sends_after_confirmation(store, tmp_path):
    registry_import.import_registry(
        store, _crafted(tmp_path, "Evil Brokers LLC,checked@evil.example\r\n"))
    client = client_service.add_client(store, Client(name="Ana Test", state="CA"))
    request = new_request(store, client.id, "evil-brokers-llc", "delete")
    with pytest.raises(sending.UnverifiedContactError):
        sending.send_request(store, request.id, password=PASSWORD)
    certs = make_certificates(tmp_path / "certs")
    with MailServer(certs, "starttls") as server:
        account_service.save_account(store, MailAccount(
            host="127.0.0.1", port=server.port, username=USER, from_addr=USER,
            security="starttls"))
        result = sending.send_request(store, request.id, password=PASSWORD,
                                      allow_unverified=True)
    assert result.to == ("checked@evil.example",)
    assert [m.rcpt_tos for m in server.messages] == [["checked@evil.example"]]
