"""Attachments and received messages are kept inside the store (the `blobs` table), on both the
embedded store and a server store: one copy per content, checked by its SHA-256 on every read,
written or refused whole, removed only when nothing refers to it."""

from __future__ import annotations

import hashlib
import os
import stat
from email.message import EmailMessage

import pytest

from app.core.errors import OffMapError, ValidationError
from app.core.model import Attachment
from app.services import attachments as attachment_service
from app.services import replies, tracking
from app.store import blobs as blob_repo
from tests.unit.reply_samples import make_clinic


def _blob_count(store) -> int:
    return blob_repo.count(store.conn)


def _mail(reference: str, body: str, attachment: bytes | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = "privacy@kochava.com"
    message["To"] = "ana@example.org"
    message["Subject"] = f"Your request {reference}"
    message["Message-ID"] = f"<{hashlib.sha256(body.encode()).hexdigest()[:12]}@kochava.com>"
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment, maintype="application", subtype="pdf",
                               filename="your-data.pdf")
    return message.as_bytes()


def test_an_accepted_reply_and_its_attachment_share_the_store(store, tmp_path):
    clinic = make_clinic(store)
    pdf = b"%PDF-1.4 the data Kochava holds" + os.urandom(64)
    path = tmp_path / "answer.eml"
    path.write_bytes(_mail(clinic.references["A"], "Attached is your data.", pdf))
    [result] = replies.import_files(store, [path])
    assert _blob_count(store) == 1   # the message, written with the reply
    reply = replies.get_reply(store, result.reply_id)
    assert replies.raw_message(store, reply) == path.read_bytes()
    accepted = replies.accept(store, result.reply_id, event="fulfilled")
    files = {a.filename: a for a in accepted.event.attachments}
    assert attachment_service.read_bytes(store, files["your-data.pdf"]) == pdf
    eml = next(a for a in accepted.event.attachments if a.filename.endswith(".eml"))
    assert eml.sha256 == reply.sha256   # the same message is kept once
    assert _blob_count(store) == 2


def test_a_temporary_copy_for_viewers_is_private_and_goes_at_exit(store, tmp_path):
    clinic = make_clinic(store)
    source = tmp_path / "scan of letter.pdf"
    source.write_bytes(b"%PDF scan")
    event = tracking.log_event(store, clinic.ids["A"], "note", attachments=[source])
    copy = attachment_service.path_for(store, event.attachments[0])
    assert copy.read_bytes() == b"%PDF scan" and copy.name == "scan of letter.pdf"
    assert store.home not in copy.parents
    if os.name == "posix":
        assert stat.S_IMODE(copy.stat().st_mode) == 0o600
        assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
    attachment_service.remove_temporary_copies()
    assert not copy.exists()
    assert attachment_service.path_for(store, event.attachments[0]).read_bytes() == b"%PDF scan"


def test_a_damaged_or_missing_content_is_refused_with_a_clear_message(store, tmp_path):
    clinic = make_clinic(store)
    source = tmp_path / "receipt.txt"
    source.write_bytes(b"certified mail receipt")
    event = tracking.log_event(store, clinic.ids["A"], "note", attachments=[source])
    attachment = event.attachments[0]
    with store.transaction() as conn:
        conn.execute("UPDATE blobs SET content = ? WHERE sha256 = ?",
                     (b"something else", attachment.sha256))
    with pytest.raises(OffMapError, match=r"stored copy of 'receipt.txt' is missing.*backup"):
        attachment_service.read_bytes(store, attachment)
    ghost = Attachment(event_id=0, filename="ghost.pdf", sha256="0" * 64, size=1, mime="")
    with pytest.raises(OffMapError, match=r"'ghost\.pdf' is missing"):
        attachment_service.path_for(store, ghost)
    with pytest.raises(ValidationError, match="is not an attachment id"):
        attachment_service.read_bytes(store, Attachment(event_id=0, filename="x", sha256="../x",
                                                        size=1, mime=""))


def test_a_message_over_the_cap_is_refused_with_nothing_stored(store, tmp_path, monkeypatch):
    clinic = make_clinic(store)
    monkeypatch.setattr(blob_repo, "MAX_BLOB_BYTES", 1000)
    path = tmp_path / "long.eml"
    path.write_bytes(_mail(clinic.references["A"], "x" * 5000))
    with pytest.raises(ValidationError, match=r"long.eml is .* over the .* nothing was imported"):
        replies.import_files(store, [path])
    assert replies.list_replies(store) == [] and _blob_count(store) == 0


def test_discard_keeps_content_another_record_uses(store, tmp_path):
    clinic = make_clinic(store)
    source = tmp_path / "same.txt"
    source.write_bytes(b"shared content")
    tracking.log_event(store, clinic.ids["A"], "note", attachments=[source])
    again = attachment_service.store_file(store, source)
    assert not again.created
    attachment_service.discard(store, [again])
    assert _blob_count(store) == 1
    fresh = tmp_path / "fresh.txt"
    fresh.write_bytes(b"only here")
    stored = attachment_service.store_file(store.home, fresh)   # a home still works
    assert stored.created and _blob_count(store) == 2
    attachment_service.discard(store.home, [stored])
    assert _blob_count(store) == 1


def test_a_reply_stays_readable_after_its_event_is_deleted(store, tmp_path):
    clinic = make_clinic(store)
    path = clinic.write("ack_thread.eml", tmp_path)
    [result] = replies.import_files(store, [path])
    accepted = replies.accept(store, result.reply_id)
    tracking.delete_event(store, int(accepted.event.id))
    assert attachment_service.prune_unused(store, min_age_seconds=-1) == 0   # the reply uses it
    reply = replies.get_reply(store, result.reply_id)
    assert replies.raw_message(store, reply) == path.read_bytes()


def test_staged_files_are_saved_with_the_event_or_not_at_all(store, tmp_path):
    from app.core.model import Event
    from app.store import events as event_repo

    clinic = make_clinic(store)
    source = tmp_path / "proof.pdf"
    source.write_bytes(b"%PDF proof of mailing")
    staged = attachment_service.stage_file(source)
    assert _blob_count(store) == 0   # reading writes nothing
    with pytest.raises(RuntimeError), store.transaction() as conn:
        attachment_service.save_staged(conn, [staged])
        raise RuntimeError("the event could not be saved")
    assert _blob_count(store) == 0
    with store.transaction() as conn:
        attachment_service.save_staged(conn, [staged])
        event_repo.insert(conn, Event(request_id=clinic.ids["B"], kind="note", on="2026-11-20",
                                      attachments=[staged.attachment]))
    assert attachment_service.read_bytes(store, staged.attachment) == b"%PDF proof of mailing"


def test_a_file_placed_in_the_old_folder_moves_into_this_store(store, tmp_path):
    """What a case import or the restore of an older backup leaves in attachments/: the store
    whose records refer to it takes it in, checked, and the plain file goes."""
    from app.core.model import Event
    from app.store import events as event_repo

    clinic = make_clinic(store)
    content = b"from a colleague's case file"
    sha = hashlib.sha256(content).hexdigest()
    placed = attachment_service.blob_path(store.home, sha)
    placed.parent.mkdir(parents=True, exist_ok=True)
    placed.write_bytes(content)
    stray = attachment_service.blob_path(store.home, hashlib.sha256(b"stray").hexdigest())
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"stray")   # no record refers to it, and it is new: left alone
    attachment = Attachment(event_id=0, filename="case.pdf", sha256=sha, size=len(content),
                            mime="application/pdf")
    with store.transaction() as conn:
        event_repo.insert(conn, Event(request_id=clinic.ids["A"], kind="note", on="2026-11-20",
                                      attachments=[attachment]))
    assert attachment_service.read_bytes(store, attachment) == content
    assert not placed.exists() and stray.exists()
