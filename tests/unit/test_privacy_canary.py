"""Canary (DESIGN.md): a client filled with distinctive values goes through the main flows; none
of the values may appear in the logs, a crash report, the calendar export or another client's case
file."""

from __future__ import annotations

import json
import logging
import sys
import zipfile
from pathlib import Path

from tests.unit.test_cli_clients import run

CANARY = {
    "name": "Zyxqv Canarywood",
    "email": "canary-7f3a@example.org",
    "phone": "+1 415 555 0199",
    "address": "77 Quokkaplatz Lane, Fresno CA 93650",
    "evidence": "Quokkabeacon SDK in my weather app",
    "note": "Quokkareply ticket 99871",
    "ad_id": "c0ffee77-5eed-4bad-9d0c-2f0e1b2a3c4d",
    "birth_date": "1931-07-19",
    "account": "QK-77310",
}
NEEDLES = ["Zyxqv", "Canarywood", "canary-7f3a", "4155550199", "555-0199", "Quokka", "99871",
           "c0ffee77", "1931-07-19", "July 19, 1931", "QK-77310"]


def _leaks(data: bytes) -> list[str]:
    text = data.decode("utf-8", errors="replace")
    return [needle for needle in NEEDLES if needle in text]


def _json(capsys, *argv: str):
    code, out, err = run(capsys, *argv)
    assert code == 0, err
    return json.loads(out)


def test_client_values_never_leak(capsys, home: Path, tmp_path: Path, monkeypatch):
    canary_id = _json(capsys, "client", "add", "--name", CANARY["name"], "--email",
                      CANARY["email"], "--phone", CANARY["phone"], "--address",
                      CANARY["address"], "--state", "CA", "--ad-id", CANARY["ad_id"],
                      "--birth-date", CANARY["birth_date"], "--account",
                      f"att={CANARY['account']}", "--json")["id"]
    other_id = _json(capsys, "client", "add", "--name", "Other Person", "--state", "CA",
                     "--email", "other@example.org", "--json")["id"]
    for client in (canary_id, other_id):
        assert run(capsys, "holding", "add", "--client", str(client), "--company", "att",
                   "--data", "precise-location", "--evidence", CANARY["evidence"]
                   if client == canary_id else "bill")[0] == 0
    requests = {
        client: _json(capsys, "request", "new", "--client", str(client), "--company", "att",
                      "--type", "delete", "--json")["id"]
        for client in (canary_id, other_id)
    }
    attachment = tmp_path / "reply.txt"
    attachment.write_text(f"Dear {CANARY['name']}, we got it.")
    canary_request = str(requests[canary_id])
    steps = [
        ("letter", canary_request, "--format", "pdf", "--out", str(tmp_path / "l.pdf")),
        ("letter", canary_request, "--format", "eml", "--out", str(tmp_path / "l.eml")),
        ("request", "mark-sent", canary_request, "--on", "2026-09-01"),
        ("request", "log", canary_request, "--event", "denied", "--on", "2026-09-20",
         "--text", CANARY["note"], "--attach", str(attachment)),
        ("followup", canary_request, "--kind", "complaint"),
        ("deadlines", "--json"),
        ("export", "ics", "--out", str(tmp_path / "all.ics")),
        ("export", "case", "--client", str(other_id), "--out", str(tmp_path / "other.zip")),
        ("export", "case", "--client", str(canary_id), "--out", str(tmp_path / "canary.zip")),
        ("backup", "--out", str(tmp_path / "backup.sqlite3")),
        ("client", "show", "999"),  # an error path writes to the log too
        ("client", "edit", str(canary_id), "--ad-id", "not-" + CANARY["ad_id"]),  # refused
        ("client", "edit", str(canary_id), "--birth-date", CANARY["birth_date"] + "x"),
        ("request", "show", canary_request, "--json"),
    ]
    for step in steps:
        run(capsys, *step)

    # A crash report carries the exception type and code locations, never the values.
    from PySide6.QtWidgets import QMessageBox

    from app.gui.shell.crash import install_excepthook
    from app.logging_setup import setup_logging

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        box.text() + box.informativeText() + box.detailedText()))
    log_path = setup_logging(home)
    old_hook = sys.excepthook
    try:
        install_excepthook(log_path)
        try:
            raise RuntimeError(f"failed for {CANARY['name']} {CANARY['email']}")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
    for handler in logging.getLogger("app").handlers:
        handler.flush()

    assert shown and _leaks("".join(shown).encode()) == []
    logs = list((home / "logs").glob("*"))
    assert logs, "the flows should have written a log"
    assert {path.name: _leaks(path.read_bytes()) for path in logs} == {p.name: [] for p in logs}
    assert _leaks((tmp_path / "all.ics").read_bytes()) == []
    with zipfile.ZipFile(tmp_path / "other.zip") as archive:
        leaked = {name: _leaks(archive.read(name)) for name in archive.namelist()}
    assert {name: found for name, found in leaked.items() if found} == {}
    # The canary's own case file does carry the client (proves the needles can be found).
    with zipfile.ZipFile(tmp_path / "canary.zip") as archive:
        assert any(_leaks(archive.read(name)) for name in archive.namelist())
