"""Nothing readable at rest in the data home: attachments and reply messages live inside the
encrypted store, an old home's plain files are moved in (hash-checked, then shredded; a failure
leaves them and says so), and backups carry both."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest

from app.core.errors import OffMapError
from app.core.model import Attachment, Client, Event, Request
from app.paths import attachments_dir
from app.services import attachments as attachment_service
from app.services import backup as backup_service
from app.services import blob_import, replies, tracking
from app.services.clients import add_client
from app.store import blobs as blob_repo
from app.store import events as event_repo
from app.store import open_store
from app.store import replies as reply_repo
from app.store import requests as request_repo
from app.store.replies import StoredReply

CANARY = "Xochiquetzal Qwertzuiop-Canary"


@pytest.fixture
def store_backend() -> str:
    """Files in the data home: the embedded store only (test_blobs_service runs on both)."""
    return "sqlite"

NEEDLES = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), b"Qwertzuiop"]


def _files_holding_the_canary(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(needle in data for needle in NEEDLES):
                found.append(path)
    return found


def _request(store) -> Request:
    client = add_client(store, Client(name="Pat Example", state="CA", country="US"))
    request = Request(client_id=client.id, company="kochava", law="us-ca", type="access",
                      reference="OFM-REST-0001", created_on="2026-11-02")
    with store.transaction() as conn:
        request.id = request_repo.insert(conn, request)
    tracking.mark_sent(store, request.id, on="2026-11-02")
    return request


def _reply_bytes(reference: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = "privacy@kochava.com"
    message["To"] = "pat@example.org"
    message["Subject"] = f"Re: {reference}"
    message["Message-ID"] = "<rest-1@kochava.com>"
    message.set_content(body)
    return message.as_bytes()


def test_no_file_of_the_home_holds_an_attachment_or_reply_in_clear(store, tmp_path):
    request = _request(store)
    scan = tmp_path / "scan.txt"
    scan.write_text(f"Letter for {CANARY}, 12 Main St", encoding="utf-8")
    tracking.log_event(store, request.id, "note", on="2026-11-03", attachments=[scan])
    mail = tmp_path / "answer.eml"
    mail.write_bytes(_reply_bytes(request.reference, f"Dear {CANARY}, we hold no data."))
    [result] = replies.import_files(store, [mail], today=date(2026, 12, 3))
    replies.accept(store, result.reply_id, request_id=request.id, event="denied")
    # Opening them for a viewer writes nothing into the home either.
    for event in tracking.list_events(store, request.id):
        for attachment in event.attachments:
            attachment_service.path_for(store, attachment)
    home = store.home
    store.close()
    assert _files_holding_the_canary(home) == []
    reopened = open_store(home)
    try:
        reply = replies.get_reply(reopened, result.reply_id)
        assert CANARY in replies.read_reply(reopened, reply).text
    finally:
        reopened.close()
    attachment_service.remove_temporary_copies()


def _old_file(folder: Path, content: bytes) -> tuple[str, Path]:
    sha = hashlib.sha256(content).hexdigest()
    path = folder / sha[:2] / sha
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return sha, path


def _old_home(store) -> tuple[Attachment, StoredReply, list[Path]]:
    """A store as versions before this one left it: the rows in the store, the contents as
    plain files under attachments/ and replies/."""
    request = _request(store)
    padding = os.urandom(32 * 1024).hex()   # more than the store's free pages hold
    attachment_content = f"Old attachment {padding} about {CANARY}".encode()
    reply_content = _reply_bytes(request.reference, f"Old reply {padding} to {CANARY}")
    a_sha, a_path = _old_file(attachments_dir(store.home), attachment_content)
    r_sha, r_path = _old_file(store.home / "replies", reply_content)
    attachment = Attachment(event_id=0, filename="old.txt", sha256=a_sha,
                            size=len(attachment_content), mime="text/plain")
    reply = StoredReply(message_key="<rest-1@kochava.com>", message_id="<rest-1@kochava.com>",
                        sha256=r_sha, size=len(reply_content), source="old.eml",
                        from_addr="privacy@kochava.com", subject="Re", sent_date="2026-11-05",
                        request_id=request.id, match="reference", suggested_event="denied",
                        reason="", details={})
    with store.transaction() as conn:
        event_repo.insert(conn, Event(request_id=request.id, kind="note", on="2026-11-04",
                                      attachments=[attachment]))
        reply.id = reply_repo.insert(conn, reply)
    return attachment, reply, [a_path, r_path]


def test_an_old_homes_files_move_into_the_store_and_are_removed(store):
    attachment, reply, paths = _old_home(store)
    leftover = attachments_dir(store.home) / "ab" / ".incoming-x"
    leftover.parent.mkdir(exist_ok=True)
    leftover.write_bytes(CANARY.encode())
    report = blob_import.import_if_needed(store)
    assert report.moved == 2 and report.complete and blob_import.notice(report) == ""
    assert not any(p.exists() for p in paths)
    assert not (store.home / "replies").exists()
    assert attachment_service.read_bytes(store, attachment).decode().endswith(CANARY)
    assert CANARY in replies.read_reply(store, reply).text
    assert blob_import.import_if_needed(store).moved == 0   # once only
    home = store.home
    store.close()
    assert _files_holding_the_canary(home) == []


def test_reading_an_old_homes_attachment_moves_the_files_first(store):
    attachment, _reply, paths = _old_home(store)
    assert attachment_service.read_bytes(store.home, attachment).startswith(b"Old attachment")
    assert not any(p.exists() for p in paths)


def test_a_file_that_does_not_match_its_name_stays_and_is_reported(store):
    attachment, _reply, paths = _old_home(store)
    paths[0].write_bytes(b"bit rot")   # no longer matches its SHA-256 name
    report = blob_import.import_old_files(store)
    assert report.moved == 1 and len(report.problems) == 1
    assert "does not match the checksum" in report.problems[0]
    assert "stays where it is" in blob_import.notice(report)
    assert paths[0].read_bytes() == b"bit rot" and not paths[1].exists()
    with pytest.raises(OffMapError, match=r"'old.txt' is still a plain file .* does not match"):
        attachment_service.read_bytes(store, attachment)
    assert blob_import.import_if_needed(store).moved == 0   # not read again while unchanged
    paths[0].unlink()
    with pytest.raises(OffMapError, match=r"'old.txt' is missing from the store"):
        attachment_service.read_bytes(store, attachment)


def test_a_full_disk_during_the_move_leaves_every_file_in_place(store):
    _attachment, _reply, paths = _old_home(store)
    count = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {count}")   # the store cannot grow
    report = blob_import.import_old_files(store)
    assert report.moved == 0 and len(report.problems) == 2
    assert all("could not be copied into the store" in p for p in report.problems)
    assert all(p.is_file() for p in paths)
    assert blob_repo.count(store.conn) == 0
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    assert blob_import.import_old_files(store).moved == 2


def test_a_backup_carries_attachments_and_replies(store, tmp_path):
    request = _request(store)
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF " + os.urandom(256))
    event = tracking.log_event(store, request.id, "note", on="2026-11-03", attachments=[scan])
    mail = tmp_path / "answer.eml"
    mail.write_bytes(_reply_bytes(request.reference, "We have received your request."))
    [result] = replies.import_files(store, [mail], today=date(2026, 12, 3))
    out = tmp_path / "kept.sqlite3"
    backup_service.backup_store(store, out)
    other = tmp_path / "other-home"
    backup_service.restore_backup(other, out)
    restored = open_store(other)
    try:
        assert attachment_service.read_bytes(restored, event.attachments[0]) == scan.read_bytes()
        reply = replies.get_reply(restored, result.reply_id)
        assert replies.raw_message(restored, reply) == mail.read_bytes()
    finally:
        restored.close()
    assert not [p for p in attachments_dir(other).rglob("*") if p.is_file()]
    assert not (other / "replies").exists()


def test_a_full_disk_while_importing_a_reply_leaves_nothing(store, tmp_path):
    request = _request(store)
    mail = tmp_path / "answer.eml"
    padding = os.urandom(64 * 1024).hex()
    mail.write_bytes(_reply_bytes(request.reference, "Data attached. " + padding))
    count = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {count + 4}")
    with pytest.raises(OffMapError, match=r"disk holding .* is full.*nothing was changed"):
        replies.import_files(store, [mail], today=date(2026, 12, 3))
    assert replies.list_replies(store) == [] and blob_repo.count(store.conn) == 0
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    [result] = replies.import_files(store, [mail], today=date(2026, 12, 3))
    assert replies.raw_message(store, replies.get_reply(store, result.reply_id)) \
        == mail.read_bytes()


def test_an_old_unclaimed_file_is_removed_and_a_fresh_one_kept(store):
    request = _request(store)
    assert request.id
    old_sha, old_path = _old_file(attachments_dir(store.home), CANARY.encode() + b" deleted")
    fresh_sha, fresh_path = _old_file(attachments_dir(store.home), b"being recorded")
    two_hours_ago = old_path.stat().st_mtime - 7200
    os.utime(old_path, (two_hours_ago, two_hours_ago))
    report = blob_import.import_old_files(store)
    assert report.moved == 0 and report.complete
    assert not old_path.exists() and fresh_path.exists()
    assert not blob_repo.exists(store.conn, old_sha)
    assert not blob_repo.exists(store.conn, fresh_sha)


def test_a_damaged_old_reply_is_named_when_it_is_read(store):
    _attachment, reply, paths = _old_home(store)
    paths[1].write_bytes(b"cut short")
    with pytest.raises(OffMapError, match=r"reply \d+ is still a plain file .* does not match"):
        replies.raw_message(store, reply)
    assert paths[1].read_bytes() == b"cut short" and not paths[0].exists()
