"""Importing replies: stored once and privately, matched by the Message-ID OffMap recorded,
accepted onto the request's timeline with the message attached; bad input leaves nothing."""

from __future__ import annotations

import json
import mailbox
import os
import subprocess
import sys
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.core.errors import ValidationError
from app.services import replies, tracking
from app.services.letters import render_letter
from app.services.reply_files import ATTACHMENT_LIMIT
from app.store import replies as reply_repo
from tests.unit.reply_samples import make_clinic

TODAY = date(2026, 12, 3)


@pytest.fixture
def clinic(store):
    return make_clinic(store)


def _count(store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM replies").fetchone()[0]


def _blobs(store) -> int:
    return store.conn.execute("SELECT COUNT(*) FROM blobs").fetchone()[0]


def test_the_same_message_is_stored_once_inside_the_store(store, clinic, tmp_path):
    path = clinic.write("ack_thread.eml", tmp_path)
    first = replies.import_files(store, [path], today=TODAY)[0]
    again = replies.import_files(store, [path], today=TODAY)[0]
    assert again.duplicate and again.reply_id == first.reply_id and _count(store) == 1
    reply = replies.get_reply(store, first.reply_id)
    assert replies.raw_message(store, reply) == path.read_bytes() and _blobs(store) == 1
    assert not replies.replies_dir(store.home).exists()   # no plain copy in the home


def test_a_message_without_message_id_is_kept_once_by_its_content(store, clinic, tmp_path):
    path = tmp_path / "noid.eml"
    path.write_bytes(b"From: privacy@zumigo.com\nTo: ana@example.org\nSubject: " +
                     clinic.references["D"].encode() + b"\n\nWe have received your request.\n")
    first = replies.import_files(store, [path], today=TODAY)[0]
    again = replies.import_files(store, [path], today=TODAY)[0]
    assert first.message_id is None and again.duplicate and _count(store) == 1
    assert first.request_id == clinic.ids["D"]


def test_an_exported_draft_is_found_by_the_reply_to_it(store, clinic, tmp_path):
    from app.services.requests import new_request

    draft = new_request(store, 1, "zumigo", "delete", law="us-ca")
    raw = render_letter(store, draft.id, "eml")
    message_id = next(line.split(b" ", 1)[1].strip().decode() for line in raw.splitlines()
                      if line.lower().startswith(b"message-id:"))
    tracking.mark_sent(store, draft.id, on="2026-11-05", via="email")
    reply = tmp_path / "reply.eml"
    reply.write_text(f"From: someone@elsewhere.example\nTo: ana@example.org\nSubject: Re: your "
                     f"letter\nIn-Reply-To: {message_id}\nMessage-ID: <r@elsewhere.example>\n\n"
                     "We have received your request.\n")
    [result] = replies.import_files(store, [reply], today=TODAY)
    assert (result.request_id, result.match) == (draft.id, "thread")


def test_accepting_logs_the_event_with_the_message_and_its_files(store, clinic, tmp_path):
    [result] = replies.import_files(store, [clinic.write("fulfilled_attachment.eml", tmp_path)],
                                    today=TODAY)
    done = replies.accept(store, result.reply_id)
    assert done.event.kind == "fulfilled" and done.request.status == "fulfilled"
    names = sorted(a.filename for a in done.event.attachments)
    assert names == sorted([f"{clinic.references['A']}-reply-{result.reply_id}.eml",
                            "kochava-export.csv"])
    assert done.event.data["reply_id"] == result.reply_id
    assert replies.get_reply(store, result.reply_id).event_id == done.event.id
    with pytest.raises(ValidationError, match="already accepted"):
        replies.accept(store, result.reply_id)


def test_a_stated_extension_sets_the_extended_date_the_law_allows(store, clinic, tmp_path):
    [result] = replies.import_files(store, [clinic.write("extension_date.eml", tmp_path)],
                                    today=TODAY)
    done = replies.accept(store, result.reply_id)
    # us-ca: 45 days from 2026-11-02, then 45 more; the company's own date is recorded too.
    assert done.request.status == "extended"
    assert done.request.extended_due_on == "2027-01-31"
    assert done.event.data["extended_until"] == "2027-01-19"
    assert "2027-01-31" in done.note


def test_verification_is_logged_as_such_with_what_they_ask(store, clinic, tmp_path):
    [result] = replies.import_files(store, [clinic.write("verification.eml", tmp_path)],
                                    today=TODAY)
    done = replies.accept(store, result.reply_id)
    assert done.event.kind == "needs-verification"
    assert done.request.status == "acknowledged"  # answered; the clock keeps running
    assert "government ID" in done.event.text and done.event.data["suggested"] == \
        "needs-verification"


def test_an_inbox_reply_is_filed_by_hand_with_another_event(store, clinic, tmp_path):
    [result] = replies.import_files(store, [clinic.write("spam.eml", tmp_path)], today=TODAY)
    with pytest.raises(ValidationError, match="not filed on a request"):
        replies.accept(store, result.reply_id)
    done = replies.accept(store, result.reply_id, request_id=clinic.references["A"],
                          event="note")
    assert done.event.kind == "note" and done.request.id == clinic.ids["A"]
    stored = replies.get_reply(store, result.reply_id)
    assert stored.request_id == clinic.ids["A"] and stored.match is None


def test_a_bounce_marks_the_channel_suspect(store, clinic, tmp_path):
    from app.services import channel_health

    [result] = replies.import_files(store, [clinic.write("dsn_bounce.eml", tmp_path)],
                                    today=TODAY)
    assert result.suggested_event == "bounced"
    suspects = channel_health.suspect_channels(store, "3cinteractive")
    assert [s.value for s in suspects] == ["privacy@3cinteractive.com"]


def test_mbox_holds_several_replies(store, clinic, tmp_path):
    box = mailbox.mbox(tmp_path / "replies.mbox")
    for name in ("ack_thread.eml", "denial_no_data.eml", "spam.eml"):
        box.add(clinic.write(name, tmp_path).read_bytes())
    box.flush()
    box.close()
    results = replies.import_files(store, [tmp_path / "replies.mbox"], today=TODAY)
    assert [r.suggested_event for r in results] == ["acknowledged", "denied", "unrelated"]
    assert [r.file for r in results] == [f"replies.mbox #{n}" for n in (1, 2, 3)]


def test_a_malformed_file_stops_the_import_with_nothing_stored(store, clinic, tmp_path):
    good = clinic.write("ack_thread.eml", tmp_path)
    bad = tmp_path / "notes.eml"
    bad.write_bytes(b"\x00\x01 this is not mail at all\n\nreally")
    with pytest.raises(ValidationError, match=r"notes\.eml is not an e-mail message"):
        replies.import_files(store, [good, bad], today=TODAY)
    assert _count(store) == 0 and _blobs(store) == 0


def test_a_50_mb_attachment_is_left_out_with_a_clear_note(store, clinic, tmp_path):
    message = EmailMessage()
    message["From"] = "privacy@kochava.com"
    message["To"] = "ana@example.org"
    message["Subject"] = f"Your data ({clinic.references['A']})"
    message["Message-ID"] = "<big-1@kochava.com>"
    message.set_content("Please find attached a copy of your personal data.")
    message.add_attachment(os.urandom(1024) * (50 * 1024), maintype="application",
                           subtype="zip", filename="everything.zip")
    path = tmp_path / "big.eml"
    path.write_bytes(message.as_bytes())
    [result] = replies.import_files(store, [path], today=TODAY)
    assert result.notes and "everything.zip" in result.notes[0] and "50 MB" in result.notes[0]
    stored = replies.get_reply(store, result.reply_id)
    assert stored.size < ATTACHMENT_LIMIT
    assert result.request_id == clinic.ids["A"]


def test_html_reply_is_shown_as_text_without_scripts_or_remote_images(store, clinic, tmp_path):
    from app.core.html_text import html_risks

    [result] = replies.import_files(store, [clinic.write("html_only.eml", tmp_path)],
                                    today=TODAY)
    mail = replies.read_reply(store, replies.get_reply(store, result.reply_id))
    assert "received your request" in mail.text
    assert "evil.example" not in mail.text and "tracker.example.com" not in mail.text
    assert html_risks(mail.html or "") == (1, 1)


def test_a_failed_insert_leaves_no_stored_file(store, clinic, tmp_path, monkeypatch):
    def broken(conn, reply):
        raise RuntimeError("disk went away")

    monkeypatch.setattr(reply_repo, "insert", broken)
    with pytest.raises(RuntimeError):
        replies.import_files(store, [clinic.write("ack_thread.eml", tmp_path)], today=TODAY)
    assert _blobs(store) == 0 and not replies.replies_dir(store.home).exists()


def _offmap(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=120)


def test_cli_import_list_accept(store, clinic, tmp_path):
    path = clinic.write("denial_exempt.eml", tmp_path)
    done = _offmap(store.home, "reply", "import", str(path), "--json")
    assert done.returncode == 0, done.stderr
    [row] = json.loads(done.stdout)
    assert set(row) >= {"file", "message_id", "reply_id", "request_id", "match",
                        "suggested_event", "reason"}
    assert (row["request_id"], row["match"], row["suggested_event"]) == \
        (clinic.ids["B"], "sender", "denied")
    listed = json.loads(_offmap(store.home, "reply", "list", "--json").stdout)
    assert [r["reply_id"] for r in listed] == [row["reply_id"]]
    accepted = _offmap(store.home, "reply", "accept", str(row["reply_id"]))
    assert accepted.returncode == 0 and "logged 'denied'" in accepted.stdout
    missing = _offmap(store.home, "reply", "accept", "999")
    assert missing.returncode == 1 and missing.stderr.startswith("offmap: error:")


def test_the_follow_up_to_a_refusal_quotes_the_reply(store, clinic, tmp_path):
    from app.services.reply_actions import draft_followup_from_reply, pending_for_request

    [result] = replies.import_files(store, [clinic.write("denial_cannot_verify.eml", tmp_path)],
                                    today=TODAY)
    assert [r.id for r in pending_for_request(store, clinic.ids["A"])] == [result.reply_id]
    replies.accept(store, result.reply_id)
    assert pending_for_request(store, clinic.ids["A"]) == []
    complaint = draft_followup_from_reply(store, result.reply_id)   # CCPA: no appeal step
    text = render_letter(store, complaint.id, "txt").decode()
    assert (complaint.type, complaint.parent_id) == ("complaint", clinic.ids["A"])
    assert "We were unable to verify your identity" in " ".join(text.split())


def test_an_outlook_msg_reply_is_read_and_matched(store, clinic, tmp_path):
    from tests.unit.msg_writer import write_msg

    mid, ref = clinic.message_ids["A"], clinic.references["A"]
    headers = (f"From: Kochava Privacy <privacy@kochava.com>\r\nTo: ana@example.org\r\n"
               f"Subject: RE: Request (reference {ref})\r\nDate: Mon, 09 Nov 2026 09:14:02 -0800"
               f"\r\nMessage-ID: <msg-1@kochava.com>\r\nIn-Reply-To: {mid}\r\n\r\n")
    path = write_msg(tmp_path / "reply.msg", subject=f"RE: Request (reference {ref})",
                     body="We have received your request and opened case 4410.\r\n",
                     sender_email="privacy@kochava.com", sender_name="Kochava Privacy",
                     message_id="<msg-1@kochava.com>", in_reply_to=mid, headers=headers)
    [result] = replies.import_files(store, [path], today=TODAY)
    assert (result.request_id, result.match, result.suggested_event) == \
        (clinic.ids["A"], "thread", "acknowledged")
    assert result.message_id == "<msg-1@kochava.com>"


def test_a_damaged_msg_is_refused_clearly(store, clinic, tmp_path):
    path = tmp_path / "broken.msg"
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 100)
    with pytest.raises(ValidationError, match=r"broken\.msg could not be read as an Outlook"):
        replies.import_files(store, [path], today=TODAY)
    assert _count(store) == 0
