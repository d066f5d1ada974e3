"""A small clinic with four sent requests, and the replies corpus filled in with their
references and Message-IDs (tests/fixtures/replies)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.core.model import Client, MailAccount
from app.services import accounts, tracking
from app.services.clients import add_client
from app.services.requests import new_request

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "replies"


@dataclass
class Clinic:
    ids: dict[str, int]          # A: Ana→Kochava, B: Ben→3Cinteractive, C: Ana→3Cinteractive,
    references: dict[str, str]   # D: Ana→Zumigo
    message_ids: dict[str, str]

    def fill(self, text: str) -> str:
        for key, value in self.references.items():
            text = text.replace("{{REF_" + key + "}}", value)
        for key, value in self.message_ids.items():
            text = text.replace("{{MID_" + key + "}}", value)
        return text

    def write(self, name: str, folder: Path) -> Path:
        target = folder / name
        target.write_bytes(self.fill((CORPUS / name).read_text(encoding="utf-8")).encode())
        return target


def make_clinic(store) -> Clinic:
    ana = add_client(store, Client(name="Ana Ruiz", emails=["ana@example.org"], state="CA",
                                   country="US"))
    ben = add_client(store, Client(name="Ben Okafor", emails=["ben@example.net"], state="CA",
                                   country="US"))
    accounts.save_account(store, MailAccount(host="127.0.0.1", port=2525, username="",
                                             from_addr="clinic@example.org", security="none"))
    plan = {"A": (ana.id, "kochava", "access", "2026-11-02"),
            "B": (ben.id, "3cinteractive", "delete", "2026-11-02"),
            "C": (ana.id, "3cinteractive", "opt-out", "2026-11-03"),
            "D": (ana.id, "zumigo", "access", "2026-11-02")}
    ids, references, message_ids = {}, {}, {}
    for key, (client_id, company, kind, sent_on) in plan.items():
        request = new_request(store, client_id, company, kind, law="us-ca")
        message_id = f"<offmap.{key.lower()}.{request.reference.lower()}@example.org>"
        tracking.mark_sent(store, request.id, on=sent_on, via="email",
                           data={"message_id": message_id, "to": [f"privacy@{company}.com"]})
        ids[key], references[key], message_ids[key] = request.id, request.reference, message_id
    return Clinic(ids, references, message_ids)
