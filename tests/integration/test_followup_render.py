"""Follow-up letters and the timeline PDF through the real renderer, read back with
poppler's pdftotext: the complaint to the regulator, its enclosed history, the reminder."""

from __future__ import annotations

import email
import email.policy
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.core.model import Client
from app.services import clients as client_service
from app.services import followups, letters, timeline, tracking
from app.services import requests as request_service

PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) not installed"),
]


def pdf_text(pdf: bytes, tmp_path: Path, name: str = "doc.pdf") -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    out = subprocess.run([PDFTOTEXT, str(path), "-"], capture_output=True, text=True,
                         check=True)
    # A reference may wrap at its dash at the end of a line; join it for matching.
    return re.sub(r"\s*-\s*", "-", " ".join(out.stdout.split()))


def _overdue(store, state: str, company: str, kind: str) -> int:
    client_id = client_service.add_client(
        store, Client(name="Ana Lopez", state=state, country="US",
                      emails=["ana@example.org"], phones=["+1 415 555 0100"])).id
    request = request_service.new_request(store, client_id, company, kind)
    tracking.mark_sent(store, request.id, on="2026-01-15")
    return request.id


def test_complaint_pdf_and_timeline_pdf(store, tmp_path):
    original = _overdue(store, "CA", "kochava", "delete")
    reply = tmp_path / "auto-reply.txt"
    reply.write_text("We received your request.")
    tracking.log_event(store, original, "acknowledged", on="2026-01-20", text="Auto-reply",
                       attachments=[reply])
    tracking.log_event(store, original, "extended", on="2026-03-05", text="Too late")
    reminder = followups.draft_followup(store, original, "reminder")
    tracking.mark_sent(store, reminder.id, on="2026-03-10")
    complaint = followups.draft_followup(store, original, "complaint")
    reference = request_service.get_request(store, original).reference

    letter = pdf_text(letters.render_letter(store, complaint.id, "pdf"), tmp_path)
    assert "California Privacy Protection Agency" in letter
    assert "I wish to complain about Kochava" in letter
    assert complaint.reference in letter

    history = pdf_text(timeline.timeline_pdf(store, complaint.id), tmp_path, "timeline.pdf")
    assert f"Timeline of request {reference}" in history
    for expected in ("Receipt confirmed", "Auto-reply", "auto-reply.txt", "Extension notice",
                     "so it does not extend it", reminder.reference, complaint.reference,
                     "March 1, 2026 (11 CCR 7021(b))"):
        assert expected in history, expected

    message = email.message_from_bytes(letters.render_letter(store, complaint.id, "eml"),
                                       policy=email.policy.default)
    enclosed = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert f"Timeline of request {reference}" in pdf_text(
        enclosed[f"timeline-{reference}.pdf"], tmp_path, "enclosed.pdf")


def test_reminder_and_fcc_complaint_pdf(store, tmp_path):
    original = _overdue(store, "CA", "att", "cpni-opt-out")
    reminder = followups.draft_followup(store, original, "reminder")
    text = pdf_text(letters.render_letter(store, reminder.id, "pdf"), tmp_path)
    # The CPNI 30 days are a carrier practice: the reminder asks again, it claims no deadline.
    flat = " ".join(text.split())
    assert "sets no period for acting on it, so I asked you to confirm by February 14, 2026 " \
        "(2026-02-14)" in flat
    assert "was due" not in flat and "I expected your answer" not in flat
    assert "Federal Communications Commission" in text      # who they may hear from next
    complaint = followups.draft_followup(store, original, "complaint")
    text = pdf_text(letters.render_letter(store, complaint.id, "pdf"), tmp_path, "c.pdf")
    assert text.startswith("Ana Lopez") or "Ana Lopez" in text
    assert "Federal Communications Commission" in text and "AT&T" in text
