"""Two clients with overlapping companies, requests, answers, a follow-up and attachments, for
the case export tests. Every value of client B is a distinctive canary that must never appear
in client A's export."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, tracking
from app.services import holdings as holding_service
from app.services import requests as request_service

B_CANARIES = (
    "Zebulon Canarywright",
    "zebulon.canary@example.net",
    "+14155550199",
    "77 Canary Lane",
    "canary-evidence-zz",
    "canary reply text zz",
    "canary-attachment-zz.txt",
    "secret canary attachment body",
)


@dataclass
class Sample:
    a: int
    b: int
    a_refs: list[str] = field(default_factory=list)
    b_refs: list[str] = field(default_factory=list)


def build(store, tmp_path: Path) -> Sample:
    a = client_service.add_client(store, Client(
        name="Ana Alvarez", emails=["ana@example.org"], phones=["+1 415 555 0100"],
        address="1 Main St\nSan Francisco CA 94110", state="CA", country="US",
        ad_ids=["38400000-8cf0-11bd-b23e-10b96e40000d"], notes="met at the clinic",
        consent_on="2026-10-01")).id
    b = client_service.add_client(store, Client(
        name=B_CANARIES[0], emails=[B_CANARIES[1]], phones=[B_CANARIES[2]],
        address=f"{B_CANARIES[3]}\nOakland CA 94612", state="CA", country="US",
        notes="canary notes")).id
    sample = Sample(a, b)

    reply_a = tmp_path / "att-reply.txt"
    reply_a.write_text("AT&T answered Ana", encoding="utf-8")
    photo_a = tmp_path / "letter scan é.pdf"
    photo_a.write_bytes(b"%PDF-1.4 scan of the reply for Ana")
    reply_b = tmp_path / B_CANARIES[6]
    reply_b.write_text(B_CANARIES[7], encoding="utf-8")

    holding_service.add_holding(store, a, "att", ["cpni", "cell-site"], evidence="bill 2026")
    holding_service.add_holding(store, a, "kochava", ["ad-id"])
    holding_service.add_holding(store, b, "att", ["precise-location"], evidence=B_CANARIES[4])
    holding_service.add_holding(store, b, "kochava", ["ad-id"])

    delete_a = request_service.new_request(store, a, "att", "delete")
    tracking.mark_sent(store, delete_a.id, "2026-09-01", "email", {"message_id": "<a1@x>"})
    tracking.log_event(store, delete_a.id, "acknowledged", "2026-09-03", "ticket 42")
    tracking.log_event(store, delete_a.id, "fulfilled", "2026-09-20", "deleted",
                       attachments=[reply_a, photo_a])
    optout_a = request_service.new_request(store, a, "kochava", "opt-out")
    tracking.mark_sent(store, optout_a.id, "2026-09-02", "post",
                       {"delivered_on": "2026-09-06"})
    reminder_a = followups.draft_followup(store, optout_a.id, "reminder")
    tracking.log_event(store, optout_a.id, "note", "2026-10-01", "no answer yet")
    sample.a_refs = [delete_a.reference, optout_a.reference, reminder_a.reference]

    delete_b = request_service.new_request(store, b, "att", "delete")
    tracking.mark_sent(store, delete_b.id, "2026-09-05", "email")
    tracking.log_event(store, delete_b.id, "denied", "2026-09-25", B_CANARIES[5],
                       attachments=[reply_b])
    optout_b = request_service.new_request(store, b, "kochava", "opt-out")
    sample.b_refs = [delete_b.reference, optout_b.reference]
    return sample
